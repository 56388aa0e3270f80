/** A small callback workflow (回访) for the element suites, with labels from the catalogue. */
import { Actor, Deadline, Field, Workflow } from "@frontdesk/domain"
import { Schema } from "effect"

export const callback = Workflow.make({
  name: "callback",
  collection: "callbacks",
  label: "workflow.task",
  states: [
    { id: "open", label: "workflow.state.open" },
    { id: "completed", label: "workflow.state.completed" },
    { id: "closed", label: "workflow.state.closed", terminal: true }
  ],
  initial: "open",
  create: {
    input: Schema.Struct({ phone: Schema.String }),
    roles: ["supervisor"],
    apply: (input) => ({ phone: input.phone, outcome: "" })
  },
  commands: {
    complete: {
      label: "workflow.command.complete",
      from: "open",
      to: "completed",
      roles: ["specialist"],
      input: Schema.Struct({
        outcome: Schema.String.check(Schema.isMinLength(1)).pipe(
          Field.meta({ label: "workflow.command.update", widget: "textarea" })
        )
      }),
      apply: (data: { readonly phone: string; readonly outcome: string }, input) => ({
        ...data,
        outcome: input.outcome
      })
    },
    close: { label: "workflow.command.close", from: "completed", to: "closed", roles: ["supervisor"] },
    cancel: {
      label: "workflow.command.cancel",
      from: ["open", "completed"],
      to: "closed",
      roles: ["supervisor"]
    }
  },
  deadlines: [
    {
      name: "callback",
      policy: Deadline.make({
        id: "callback",
        start: "created",
        met: { commands: ["complete"] },
        duration: Deadline.calendarDays(3)
      })
    }
  ]
})

export const specialist = Actor.make("u-1", "王芳", ["specialist"])
export const supervisor = Actor.make("u-2", "李强", ["supervisor"])

export const openRecord = (
  id = "cb-1"
): Workflow.Record<{ readonly phone: string; readonly outcome: string }> => ({
  id,
  version: 1,
  state: "open",
  data: { phone: "13800138000", outcome: "" },
  createdAt: "2026-03-02T01:00:00.000Z",
  updatedAt: "2026-03-02T01:00:00.000Z"
})
