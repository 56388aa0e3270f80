import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import * as Diagram from "../../src/kernel/Diagram.js"
import * as Workflow from "../../src/kernel/Workflow.js"

// A callback: open → in progress → completed, or cancelled by a supervisor.
const callback = Workflow.make({
  name: "callback",
  collection: "callbacks",
  label: "workflow.task",
  states: [
    { id: "open", label: "workflow.state.open" },
    { id: "in-progress", label: "workflow.state.inProgress" },
    { id: "completed", label: "workflow.state.completed", terminal: true },
    { id: "cancelled", label: "workflow.state.cancelled", terminal: true }
  ],
  initial: "open",
  create: { input: Schema.Struct({}), roles: ["supervisor"], apply: () => ({}) },
  commands: {
    update: {
      label: "workflow.command.update",
      from: "open",
      to: (_record, input) => (input.reached ? "in-progress" : "open"),
      targets: ["open", "in-progress"],
      roles: ["specialist"],
      input: Schema.Struct({ reached: Schema.Boolean })
    },
    complete: {
      label: "workflow.command.complete",
      from: "in-progress",
      to: "completed",
      roles: ["specialist"]
    },
    cancel: {
      label: "workflow.command.cancel",
      from: ["open", "in-progress"],
      to: "cancelled",
      roles: ["supervisor", "specialist"]
    }
  }
})

describe("Diagram.mermaid", () => {
  it("draws states with labels, the initial and terminal markers, and every transition with its roles", () => {
    expect(Diagram.mermaid(callback, "en")).toBe(
      [
        "---",
        "title: task",
        "---",
        "stateDiagram-v2",
        '  state "open" as open',
        '  state "in progress" as in_progress',
        '  state "completed" as completed',
        '  state "cancelled" as cancelled',
        "  [*] --> open : create [supervisor]",
        "  open --> open : record progress [specialist]",
        "  open --> in_progress : record progress [specialist]",
        "  in_progress --> completed : complete [specialist]",
        "  open --> cancelled : cancel [supervisor, specialist]",
        "  in_progress --> cancelled : cancel [supervisor, specialist]",
        "  completed --> [*]",
        "  cancelled --> [*]",
        ""
      ].join("\n")
    )
  })

  it("speaks Chinese by default", () => {
    const lines = Diagram.mermaid(callback).split("\n")
    expect(lines[1]).toBe("title: 任务")
    expect(lines).toContain('  state "处理中" as in_progress')
    expect(lines).toContain("  in_progress --> completed : 完成 [specialist]")
  })

  it("sends a computed next state without declared targets to a choice node", () => {
    const open = Workflow.make({
      name: "open",
      collection: "open",
      label: "workflow.task",
      states: [{ id: "open", label: "workflow.state.open" }],
      initial: "open",
      commands: {
        review: { label: "workflow.command.update", from: "open", to: () => "open", roles: ["qa"] }
      }
    })
    expect(Diagram.mermaid(open, "en").split("\n").slice(4)).toEqual([
      '  state "open" as open',
      "  [*] --> open",
      "  state review_choice <<choice>>",
      "  open --> review_choice : record progress [qa]",
      ""
    ])
  })
})
