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

describe("Diagram.mermaid escaping", () => {
  // Mermaid's state diagram lexer ends a transition label at ":", ";" or a newline, reads a state
  // label up to the next '"', and takes `#name;` as an entity; the title is YAML front matter.
  const awkward = Workflow.make({
    name: "awkward",
    collection: "awkward",
    label: { "zh-CN": "回访: VIP #1", en: "Callback: VIP #1" },
    states: [
      { id: "default", label: { "zh-CN": '"紧急"：待处理', en: 'Say "hi"; then: wait' } },
      { id: "note", label: { "zh-CN": "a<<choice>>b", en: "a<<choice>>b" } },
      { id: "review_choice", label: "workflow.state.closed", terminal: true }
    ],
    initial: "default",
    commands: {
      review: {
        label: { "zh-CN": "审核: [加急]", en: 'Review: "urgent"; [a]\nnext' },
        from: "default",
        to: () => "note",
        roles: ["lead:a"]
      },
      finish: { label: "workflow.command.close", from: "note", to: "review_choice", roles: ["qa"] }
    }
  })
  const lines = Diagram.mermaid(awkward, "en").split("\n")
  /**
   * The text of a transition label after the " : " that separates it from the states, as the
   * lexer sees it: Mermaid swaps each `#name;` entity for a placeholder before it parses.
   */
  const labelOf = (line: string) => line.slice(line.indexOf(" : ") + 3).replace(/#\w+;/g, "\u00b6")

  it("writes the title as a quoted YAML scalar, so a colon or # in a label cannot break the front matter", () => {
    expect(lines[1]).toBe('title: "Callback: VIP #1"')
    expect(JSON.parse(lines[1]!.slice("title: ".length))).toBe("Callback: VIP #1")
  })

  it("escapes quotes without their entity being broken by the semicolon escape", () => {
    expect(lines).toContain('  state "Say #quot;hi#quot;#59; then#58; wait" as s_default')
  })

  it("keeps a transition label on its line with no bare colon, semicolon or newline", () => {
    const transitions = lines.filter((line) => line.includes(" --> ") && line.includes(" : "))
    expect(transitions.length).toBe(2)
    for (const line of transitions) expect(labelOf(line)).toMatch(/^[^:;\n]+$/)
    expect(transitions).toContain(
      "  s_default --> review_choice_2 : Review#58; #quot;urgent#quot;#59; [a] next [lead#58;a]"
    )
  })

  it("renames state ids that Mermaid reads as keywords and keeps choice nodes apart from states", () => {
    expect(lines).toContain('  state "a#lt;#lt;choice#gt;#gt;b" as s_note')
    expect(lines).toContain("  state review_choice_2 <<choice>>")
    expect(lines).toContain("  s_note --> review_choice : close [qa]")
  })
})
