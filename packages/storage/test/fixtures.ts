import { Actor, type Calendar, Deadline, Workflow } from "@frontdesk/domain"
import { Store } from "@frontdesk/storage"
import { Effect, Schema } from "effect"

export interface TaskData {
  readonly phone: string
  readonly notes: ReadonlyArray<string>
}

/** A small workflow: open → inProgress → completed, with a note that can be added any time before. */
export const task = Workflow.make({
  name: "task",
  collection: "tasks",
  label: "workflow.task",
  states: [
    { id: "open", label: "workflow.state.open" },
    { id: "inProgress", label: "workflow.state.inProgress" },
    { id: "completed", label: "workflow.state.completed", terminal: true }
  ],
  initial: "open",
  create: {
    input: Schema.Struct({ phone: Schema.String }),
    roles: ["supervisor"],
    apply: (input: { readonly phone: string }): TaskData => ({ phone: input.phone, notes: [] })
  },
  commands: {
    start: { label: "workflow.command.start", from: "open", to: "inProgress", roles: ["specialist"] },
    note: {
      label: "workflow.command.update",
      from: ["open", "inProgress"],
      to: (record) => (record.state === "open" ? "open" : "inProgress"),
      targets: ["open", "inProgress"],
      roles: ["specialist"],
      input: Schema.Struct({ text: Schema.String }),
      apply: (data, input) => ({ ...data, notes: [...data.notes, input.text] })
    },
    complete: {
      label: "workflow.command.complete",
      from: "inProgress",
      to: "completed",
      roles: ["specialist"]
    }
  }
})

export const schema = Store.define({
  version: 1,
  collections: [{ name: "tasks", indexes: [{ name: "byState", keyPath: "state" }] }]
})

export const supervisor = Actor.make("u-2", "李强", ["supervisor"])
export const specialist = Actor.make("u-1", "王芳", ["specialist"])
export const colleague = Actor.make("u-3", "张伟", ["specialist"])

/**
 * A store on which, each time a record is read, someone else changes it before the reader can
 * write — the race that optimistic versions exist for — `times` times.
 */
export const racing = (
  inner: Store.Store,
  times: number,
  race: (inner: Store.Store) => Effect.Effect<unknown, unknown>
): Store.Store & { readonly reads: () => number } => {
  let left = times
  let reads = 0
  return {
    ...inner,
    reads: () => reads,
    get: (collection, id) =>
      Effect.flatMap(inner.get(collection, id), (item) => {
        reads++
        if (left <= 0) return Effect.succeed(item)
        left--
        return Effect.as(Effect.orDie(race(inner)), item)
      })
  }
}

/** `task` with a deadline: reply within 5 working days of creation, met on completion. */
export const timedTask: typeof task = {
  ...task,
  deadlines: [
    {
      name: "reply",
      policy: Deadline.make({
        id: "reply",
        start: "created",
        met: { states: ["completed"] },
        duration: Deadline.workingDays(5)
      })
    }
  ]
}

/** `schema` with an index on the records' earliest open due instant. */
export const timedSchema = Store.define({
  version: 1,
  collections: [
    {
      name: "tasks",
      indexes: [
        { name: "byState", keyPath: "state" },
        { name: "byDue", keyPath: "dueAt" }
      ]
    }
  ]
})

/** Made-up 2027 calendar data (the shipped cn-mainland data ends with 2026): New Year 1–3 January. */
export const data2027: Calendar.Dataset = {
  version: "2027.test",
  source: "made-up test data",
  from: "2027-01-01",
  to: "2027-12-31",
  holidays: [{ name: { "zh-CN": "元旦", en: "New Year's Day" }, from: "2027-01-01", to: "2027-01-03" }],
  makeUpDays: []
}

/** A day off declared at short notice: Wednesday 2026-03-04. */
export const extraHoliday: Calendar.Dataset = {
  version: "2026.extra",
  source: "made-up test data",
  from: "2026-03-04",
  to: "2026-03-04",
  holidays: [{ name: { "zh-CN": "临时休息日", en: "Extra day off" }, from: "2026-03-04", to: "2026-03-04" }],
  makeUpDays: []
}
