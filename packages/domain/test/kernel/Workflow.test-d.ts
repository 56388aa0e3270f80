import { Schema } from "effect"
import { describe, expectTypeOf, it } from "vitest"
import * as Actor from "../../src/kernel/Actor.js"
import * as Workflow from "../../src/kernel/Workflow.js"

const callback = Workflow.make({
  name: "callback",
  collection: "callbacks",
  label: "workflow.task",
  states: [
    { id: "open", label: "workflow.state.open" },
    { id: "attempted", label: "workflow.state.inProgress" },
    { id: "completed", label: "workflow.state.completed", terminal: true }
  ],
  initial: "open",
  create: {
    input: Schema.Struct({ phone: Schema.String }),
    roles: ["supervisor"],
    apply: (input) => ({ phone: input.phone, attempts: 0 })
  },
  commands: {
    attempt: {
      label: "workflow.command.update",
      from: ["open", "attempted"],
      to: "attempted",
      roles: ["specialist"],
      input: Schema.Struct({ method: Schema.Literals(["phone", "sms", "email"]) }),
      apply: (data, input) => {
        expectTypeOf(input).toEqualTypeOf<{ readonly method: "phone" | "sms" | "email" }>()
        return { ...data, attempts: data.attempts + 1 }
      }
    },
    complete: {
      label: "workflow.command.complete",
      from: "attempted",
      to: (record, input) => (record.data.attempts > 0 && input.satisfied ? "completed" : "attempted"),
      roles: ["specialist", "supervisor"],
      input: Schema.Struct({ satisfied: Schema.Boolean }),
      note: (input) => (input.satisfied ? undefined : "unsatisfied")
    }
  }
})

const actor = Actor.make("u-1", "王芳", ["specialist"])
declare const record: Workflow.Record<Workflow.DataOf<typeof callback>>

describe("Workflow.make infers the definition's names and types", () => {
  it("state ids and command names are literal unions", () => {
    expectTypeOf<Workflow.StateOf<typeof callback>>().toEqualTypeOf<"open" | "attempted" | "completed">()
    expectTypeOf<Workflow.CommandOf<typeof callback>>().toEqualTypeOf<"attempt" | "complete">()
  })

  it("the data type comes from create.apply and each command's input from its schema", () => {
    expectTypeOf<Workflow.DataOf<typeof callback>>().toEqualTypeOf<{ phone: string; attempts: number }>()
    expectTypeOf<Workflow.InputOf<typeof callback, "complete">>().toEqualTypeOf<{
      readonly satisfied: boolean
    }>()
  })

  it("a concrete workflow is a Workflow.Any", () => {
    expectTypeOf(callback).toExtend<Workflow.Any>()
  })
})

describe("misspellings are compile errors", () => {
  it("a misspelt command passed to decide", () => {
    Workflow.decide(callback, record, "attempt", { method: "sms" }, actor, new Date(0))
    // @ts-expect-error "atempt" is not a command of the callback workflow
    Workflow.decide(callback, record, "atempt", { method: "sms" }, actor, new Date(0))
  })

  it("a misspelt state passed to commandsFrom", () => {
    Workflow.commandsFrom(callback, "attempted")
    // @ts-expect-error "attempet" is not a state of the callback workflow
    Workflow.commandsFrom(callback, "attempet")
  })

  it("a misspelt state in initial, from, to or targets", () => {
    const states = [
      { id: "open", label: "workflow.state.open" },
      { id: "closed", label: "workflow.state.closed" }
    ] as const
    const base = { name: "w", collection: "w", label: "workflow.task", states } as const
    Workflow.make({ ...base, initial: "open", commands: {} })
    // @ts-expect-error initial names no declared state
    Workflow.make({ ...base, initial: "opne", commands: {} })
    Workflow.make({
      ...base,
      initial: "open",
      commands: {
        // @ts-expect-error from names no declared state
        close: { label: "workflow.command.close", from: "opne", to: "closed", roles: ["a"] }
      }
    })
    Workflow.make({
      ...base,
      initial: "open",
      commands: {
        // @ts-expect-error to names no declared state
        close: { label: "workflow.command.close", from: "open", to: "closd", roles: ["a"] }
      }
    })
    Workflow.make({
      ...base,
      initial: "open",
      commands: {
        close: {
          label: "workflow.command.close",
          from: "open",
          // @ts-expect-error a computed to returns no declared state
          to: () => "closd",
          roles: ["a"]
        }
      }
    })
  })

  it("a label that is not a catalogue code", () => {
    Workflow.make({
      name: "w",
      collection: "w",
      // @ts-expect-error not a catalogue code
      label: "workflow.tsak",
      states: [{ id: "open", label: "workflow.state.open" }],
      initial: "open",
      commands: {}
    })
  })
})
