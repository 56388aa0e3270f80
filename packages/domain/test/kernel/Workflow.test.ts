import { Result, Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Actor from "../../src/kernel/Actor.js"
import * as Calendar from "../../src/kernel/Calendar.js"
import * as ContactWindow from "../../src/kernel/ContactWindow.js"
import * as Deadline from "../../src/kernel/Deadline.js"
import * as Field from "../../src/kernel/Field.js"
import type * as History from "../../src/kernel/History.js"
import * as Input from "../../src/kernel/Input.js"
import * as Messages from "../../src/kernel/Messages.js"
import * as Rules from "../../src/kernel/Rules.js"
import * as Workflow from "../../src/kernel/Workflow.js"

// A callback task (回访): a supervisor creates it, specialists work it, a supervisor may cancel.

interface TaskData {
  readonly phone: string
  readonly attempts: number
  readonly outcome?: string
}

const Outcome = Schema.String.check(Schema.isMinLength(1))
const NewTask = Schema.Struct({ phone: Schema.String.check(Schema.isMinLength(11)) })

const completeRules = Rules.make("task.complete", [
  Rules.rule({
    code: "task.attemptedFirst",
    message: { code: "input.invalid" },
    standing: "internal-policy",
    check: (attempt: Workflow.Attempt<TaskData, { readonly outcome: string }>) =>
      attempt.record.data.attempts > 0
  }),
  Rules.rule({
    code: "task.outcomeNotPlaceholder",
    message: { code: "field.text.empty" },
    check: (attempt: Workflow.Attempt<TaskData, { readonly outcome: string }>) =>
      attempt.input.outcome.trim() !== "-" || { path: ["outcome"] }
  })
])

const task = Workflow.make({
  name: "task",
  collection: "tasks",
  label: "workflow.task",
  states: [
    { id: "open", label: "workflow.state.open" },
    { id: "inProgress", label: "workflow.state.inProgress" },
    { id: "completed", label: "workflow.state.completed", terminal: true },
    { id: "cancelled", label: "workflow.state.cancelled", terminal: true }
  ],
  initial: "open",
  create: {
    input: NewTask,
    roles: ["supervisor"],
    // Annotated so the data type is known before the rule-set guards below are checked.
    apply: (input: typeof NewTask.Type): TaskData => ({ phone: input.phone, attempts: 0 })
  },
  commands: {
    start: {
      label: "workflow.command.start",
      from: "open",
      to: "inProgress",
      roles: ["specialist", "supervisor"]
    },
    update: {
      label: "workflow.command.update",
      from: ["open", "inProgress"],
      to: (_record, input) => (input.reached ? "inProgress" : "open"),
      targets: ["open", "inProgress"],
      roles: ["specialist"],
      input: Schema.Struct({ reached: Schema.Boolean, note: Schema.String }),
      apply: (data, _input) => ({ ...data, attempts: data.attempts + 1 }),
      note: (input) => input.note
    },
    complete: {
      label: "workflow.command.complete",
      from: "inProgress",
      to: "completed",
      roles: ["specialist"],
      input: Schema.Struct({ outcome: Outcome }),
      guard: completeRules,
      apply: (data, input) => ({ ...data, outcome: input.outcome })
    },
    cancel: {
      label: "workflow.command.cancel",
      from: ["open", "inProgress"],
      to: "cancelled",
      roles: ["supervisor"],
      input: Schema.Struct({ reason: Schema.String }),
      guard: (record, input) =>
        record.data.attempts === 0 && input.reason.length < 4
          ? [{ code: "task.cancelReason", message: { code: "field.text.empty" }, path: ["reason"] }]
          : []
    }
  }
})

const specialist = Actor.make("u-1", "王芳", ["specialist"])
const supervisor = Actor.make("u-2", "李强", ["supervisor"])
const both = Actor.make("u-3", "张伟", ["specialist", "supervisor"])
const guest = Actor.make("u-4", "Guest", [])
const t0 = new Date("2026-03-05T06:00:00.000Z")
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000)

const success = <A, E>(result: Result.Result<A, E>): A => {
  if (Result.isFailure(result)) throw new Error(`expected success, got ${String(result.failure)}`)
  return result.success
}
const failure = <A, E>(result: Result.Result<A, E>): E => {
  if (Result.isSuccess(result)) throw new Error("expected a failure")
  return result.failure
}

const created = () =>
  success(Workflow.create(task, { id: "t-1", input: { phone: "13800138000" }, actor: supervisor, now: t0 }))
const step = (
  record: Workflow.Record<TaskData>,
  command: Workflow.CommandOf<typeof task>,
  input: unknown,
  actor: Actor.Actor,
  minutes: number
) => success(Workflow.decide(task, record, command, input, actor, later(minutes)))

describe("Workflow.make", () => {
  it("stores commands as a list in declaration order, with `from` as a list and a default empty input", () => {
    expect(task.commands.map((c) => c.name)).toEqual(["start", "update", "complete", "cancel"])
    const start = Workflow.command(task, "start")
    expect(start?.from).toEqual(["open"])
    expect(Result.isSuccess(Input.decode(start!.input, {}))).toBe(true)
  })

  it("refuses, when defined, a definition a JavaScript caller got wrong", () => {
    const base = {
      name: "bad",
      collection: "bad",
      label: "workflow.task",
      states: [{ id: "open", label: "workflow.state.open" }],
      initial: "open",
      commands: {}
    } as const
    const make = (overrides: object) => () => Workflow.make({ ...base, ...overrides } as never)
    expect(make({ initial: "opne" })).toThrow(/`initial` names the state "opne"/)
    expect(make({ states: [...base.states, ...base.states] })).toThrow(/declared twice/)
    expect(
      make({
        commands: { go: { label: "workflow.command.start", from: "nowhere", to: "open", roles: ["a"] } }
      })
    ).toThrow(/"go"'s `from` names the state "nowhere"/)
    expect(
      make({ commands: { go: { label: "workflow.command.start", from: "open", to: "open", roles: [] } } })
    ).toThrow(/lists no roles/)
    expect(
      make({
        commands: { create: { label: "workflow.command.start", from: "open", to: "open", roles: ["a"] } }
      })
    ).toThrow(/reserved/)
  })
})

describe("Workflow.create", () => {
  it('creates version 1 in the initial state, with a `create` history entry from ""', () => {
    const { record, entry } = created()
    expect(record).toEqual({
      id: "t-1",
      version: 1,
      state: "open",
      data: { phone: "13800138000", attempts: 0 },
      createdAt: "2026-03-05T06:00:00.000Z",
      updatedAt: "2026-03-05T06:00:00.000Z"
    })
    expect(entry).toEqual({
      recordId: "t-1",
      version: 1,
      at: "2026-03-05T06:00:00.000Z",
      actor: supervisor,
      command: "create",
      from: "",
      to: "open",
      input: { phone: "13800138000" }
    })
  })

  it("refuses an actor without a create role, naming the roles allowed", () => {
    const error = failure(
      Workflow.create(task, { id: "t-1", input: { phone: "13800138000" }, actor: specialist, now: t0 })
    )
    expect(error).toBeInstanceOf(Workflow.RoleNotPermitted)
    expect((error as Workflow.RoleNotPermitted).roles).toEqual(["supervisor"])
  })

  it("refuses invalid input with every issue", () => {
    const error = failure(
      Workflow.create(task, { id: "t-1", input: { phone: "1380" }, actor: supervisor, now: t0 })
    )
    expect(error._tag).toBe("InvalidInput")
    expect((error as Input.InvalidInput).issues.map((issue) => issue.path)).toEqual([["phone"]])
  })

  it("refuses to create through a workflow that declares no creation", () => {
    const { create: _, ...rest } = task
    const error = failure(Workflow.create(rest, { id: "x", input: {}, actor: supervisor, now: t0 }))
    expect(error).toBeInstanceOf(Workflow.UnknownCommand)
  })
})

describe("Workflow.decide", () => {
  it("an accepted command moves the state, applies the data, adds one version and one entry", () => {
    const { record } = created()
    const started = step(record, "start", {}, specialist, 10)
    const { record: updated, entry } = success(
      Workflow.decide(
        task,
        started.record,
        "update",
        { reached: true, note: "约好周五再谈" },
        specialist,
        later(20)
      )
    )
    expect(updated).toEqual({
      ...started.record,
      version: 3,
      data: { phone: "13800138000", attempts: 1 },
      updatedAt: later(20).toISOString()
    })
    expect(entry).toEqual({
      recordId: "t-1",
      version: 3,
      at: later(20).toISOString(),
      actor: specialist,
      command: "update",
      from: "inProgress",
      to: "inProgress",
      note: "约好周五再谈",
      input: { reached: true, note: "约好周五再谈" }
    })
  })

  it("a computed `to` picks the next state from the input", () => {
    const { record } = created()
    expect(step(record, "update", { reached: false, note: "" }, specialist, 1).record.state).toBe("open")
    expect(step(record, "update", { reached: true, note: "" }, specialist, 1).record.state).toBe("inProgress")
  })

  it("UnknownCommand: a command the workflow does not declare", () => {
    const { record } = created()
    const error = failure(Workflow.decide(task as Workflow.Any, record, "escalate", {}, both, t0))
    expect(error).toBeInstanceOf(Workflow.UnknownCommand)
    expect(error.texts("en")).toEqual(["“task” has no command “escalate”"])
    expect(error.texts("zh-CN")).toEqual(["「任务」没有「escalate」这一操作"])
  })

  it("NotAllowedInState: carries the state, the command and the states it is allowed from", () => {
    const { record } = created()
    const error = failure(Workflow.decide(task, record, "complete", { outcome: "ok" }, specialist, t0))
    expect(error).toBeInstanceOf(Workflow.NotAllowedInState)
    const refused = error as Workflow.NotAllowedInState
    expect([refused.state, refused.command, refused.allowedFrom]).toEqual([
      "open",
      "complete",
      ["inProgress"]
    ])
    expect(refused.texts("en")).toEqual([
      "“complete” is not allowed while the record is “open”; it is allowed only when “in progress”"
    ])
    expect(refused.texts("zh-CN")).toEqual([
      "当前状态「待处理」下不能执行「完成」，只有在「处理中」状态下才能执行"
    ])
  })

  it("NotAllowedInState comes before RoleNotPermitted: the state is checked first", () => {
    const { record } = created()
    expect(failure(Workflow.decide(task, record, "complete", {}, guest, t0))._tag).toBe("NotAllowedInState")
  })

  it("RoleNotPermitted: carries the roles allowed, and comes before input checks", () => {
    const { record } = created()
    const error = failure(Workflow.decide(task, record, "cancel", { reason: 42 }, specialist, t0))
    expect(error).toBeInstanceOf(Workflow.RoleNotPermitted)
    expect((error as Workflow.RoleNotPermitted).roles).toEqual(["supervisor"])
    expect(error.texts("en")).toEqual([
      "Your role may not perform “cancel”; it needs one of these roles: “supervisor”"
    ])
    expect(error.texts("zh-CN")).toEqual(["您的角色无权执行「取消」，需要以下角色之一：「supervisor」"])
  })

  it("InvalidInput: every issue, and it comes before the guard", () => {
    const { record } = created()
    const error = failure(Workflow.decide(task, record, "update", { reached: "yes" }, specialist, t0))
    expect(error).toBeInstanceOf(Input.InvalidInput)
    expect((error as Input.InvalidInput).issues).toEqual([
      { path: ["reached"], message: { code: "input.type" } },
      { path: ["note"], message: { code: "input.required" } }
    ])
    // The cancel guard would also fail on this record, but bad input is reported first.
    expect(failure(Workflow.decide(task, record, "cancel", {}, supervisor, t0))._tag).toBe("InvalidInput")
  })

  it("missing input counts as an empty object, so each required field is reported", () => {
    const { record } = created()
    const error = failure(
      Workflow.decide(task, record, "cancel", undefined, supervisor, t0)
    ) as Input.InvalidInput
    expect(error.issues).toEqual([{ path: ["reason"], message: { code: "input.required" } }])
  })

  it("RuleViolated from a rule set guard: every violation, with standing and path", () => {
    const started = step(created().record, "start", {}, specialist, 1).record
    const error = failure(Workflow.decide(task, started, "complete", { outcome: "-" }, specialist, later(2)))
    expect(error).toBeInstanceOf(Rules.RuleViolated)
    expect((error as Rules.RuleViolated).violations).toEqual([
      { code: "task.attemptedFirst", message: { code: "input.invalid" }, standing: "internal-policy" },
      { code: "task.outcomeNotPlaceholder", message: { code: "field.text.empty" }, path: ["outcome"] }
    ])
    expect(error.texts("en")).toEqual(["This value is not valid", "outcome: Must not be empty"])
  })

  it("RuleViolated from a guard function", () => {
    const error = failure(Workflow.decide(task, created().record, "cancel", { reason: "no" }, supervisor, t0))
    expect((error as Rules.RuleViolated).violations.map((v) => v.code)).toEqual(["task.cancelReason"])
    expect(
      Result.isSuccess(
        Workflow.decide(task, created().record, "cancel", { reason: "duplicate" }, supervisor, t0)
      )
    ).toBe(true)
  })

  it("a computed `to` outside the declared targets is a definition bug and throws", () => {
    const loose = Workflow.make({
      name: "loose",
      collection: "loose",
      label: "workflow.task",
      states: [
        { id: "open", label: "workflow.state.open" },
        { id: "closed", label: "workflow.state.closed" }
      ],
      initial: "open",
      create: { input: Schema.Struct({}), roles: ["a"], apply: () => ({}) },
      commands: {
        go: {
          label: "workflow.command.close",
          from: "open",
          to: () => "closed",
          targets: ["open"],
          roles: ["a"]
        }
      }
    })
    const record = success(
      Workflow.create(loose, { id: "l", input: {}, actor: Actor.make("a", "A", ["a"]), now: t0 })
    ).record
    expect(() => Workflow.decide(loose, record, "go", {}, Actor.make("a", "A", ["a"]), t0)).toThrow(
      /not in its `targets`/
    )
  })
})

describe("Workflow queries", () => {
  it("commandsFrom lists the commands a state allows, whoever the actor", () => {
    expect(Workflow.commandsFrom(task, "open").map((c) => c.name)).toEqual(["start", "update", "cancel"])
    expect(Workflow.commandsFrom(task, "completed")).toEqual([])
  })

  it("availableCommands filters by state and role", () => {
    const { record } = created()
    expect(Workflow.availableCommands(task, record, specialist).map((c) => c.name)).toEqual([
      "start",
      "update"
    ])
    expect(Workflow.availableCommands(task, record, supervisor).map((c) => c.name)).toEqual([
      "start",
      "cancel"
    ])
    expect(Workflow.availableCommands(task, record, guest)).toEqual([])
  })

  it("isTerminal and state describe the states", () => {
    expect(Workflow.isTerminal(task, "completed")).toBe(true)
    expect(Workflow.isTerminal(task, "open")).toBe(false)
    expect(Workflow.state(task, "inProgress")?.label).toBe("workflow.state.inProgress")
  })
})

describe("Workflow deadlines", () => {
  const respond = Deadline.make({
    id: "respond",
    start: "created",
    met: { commands: ["start"] },
    duration: Deadline.hours(4)
  })
  const resolve = Deadline.make({
    id: "resolve",
    start: "created",
    met: { states: ["completed", "cancelled"] },
    duration: Deadline.calendarDays(3)
  })
  const timed = {
    ...task,
    deadlines: [
      { name: "respond", policy: respond },
      { name: "resolve", policy: resolve }
    ]
  }
  const context = { calendar: Calendar.cnMainland() }

  it("each accepted command folds into every tracker; dueAt is the earliest open due instant", () => {
    const first = success(
      Workflow.create(timed, {
        id: "t-1",
        input: { phone: "13800138000" },
        actor: supervisor,
        now: t0,
        context
      })
    )
    const respondDue = Deadline.advance(respond, undefined, first.entry, context.calendar).dueAt
    const resolveDue = Deadline.advance(resolve, undefined, first.entry, context.calendar).dueAt
    expect(respondDue).toBe("2026-03-05T10:00:00.000Z")
    expect(resolveDue).toBe("2026-03-08T15:59:59.999Z")
    expect(first.record.dueAt).toBe(respondDue)
    expect(Object.keys(first.record.deadlines ?? {})).toEqual(["respond", "resolve"])

    const started = success(Workflow.decide(timed, first.record, "start", {}, specialist, later(30), context))
    expect(started.record.deadlines?.respond?.metAt).toBe(later(30).toISOString())
    expect(started.record.dueAt).toBe(resolveDue)

    const cancelled = success(
      Workflow.decide(
        timed,
        started.record,
        "cancel",
        { reason: "customer moved away" },
        supervisor,
        later(60),
        context
      )
    )
    expect(cancelled.record.deadlines?.resolve?.metAt).toBe(later(60).toISOString())
    expect(cancelled.record).not.toHaveProperty("dueAt")
  })

  it("a refused command leaves the deadlines untouched", () => {
    const first = success(
      Workflow.create(timed, {
        id: "t-1",
        input: { phone: "13800138000" },
        actor: supervisor,
        now: t0,
        context
      })
    )
    const before = structuredClone(first.record)
    expect(
      Result.isFailure(Workflow.decide(timed, first.record, "complete", {}, specialist, later(5), context))
    ).toBe(true)
    expect(first.record).toEqual(before)
  })

  it("a workflow without deadlines keeps no trackers and no dueAt", () => {
    expect(created().record).not.toHaveProperty("deadlines")
    expect(created().record).not.toHaveProperty("dueAt")
  })
})

describe("Workflow contact windows", () => {
  // 回访: a callback within three days; each customer may have their own contact windows.
  interface CallbackData {
    readonly phone: string
    readonly attempts: number
    readonly contactWindows?: ContactWindow.ContactWindows
  }
  const within3Days = Deadline.make({
    id: "callback",
    start: "created",
    met: { commands: ["complete"] },
    duration: Deadline.calendarDays(3),
    contactWindows: ContactWindow.make()
  })
  const callbackDeadline: Workflow.DeadlineSpec<CallbackData> = {
    name: "callback",
    policy: within3Days,
    contactWindows: (data) => data.contactWindows
  }
  const NewCallback = Schema.Struct({
    phone: Schema.String,
    evenings: Schema.optional(Schema.Boolean)
  })
  const evenings = ContactWindow.make({ windows: [{ start: "18:00", end: "21:00" }] })
  const callback = Workflow.make({
    name: "callback",
    collection: "callbacks",
    label: "workflow.task",
    states: [
      { id: "open", label: "workflow.state.open" },
      { id: "completed", label: "workflow.state.completed", terminal: true }
    ],
    initial: "open",
    create: {
      input: NewCallback,
      roles: ["supervisor"],
      apply: (input: typeof NewCallback.Type): CallbackData =>
        input.evenings === true
          ? { phone: input.phone, attempts: 0, contactWindows: evenings }
          : { phone: input.phone, attempts: 0 }
    },
    commands: {
      attempt: {
        label: "workflow.command.update",
        from: "open",
        to: "open",
        roles: ["specialist"],
        input: Schema.Struct({ note: Schema.optional(Schema.String) }),
        guard: Workflow.duringContactHours(callbackDeadline),
        apply: (data) => ({ ...data, attempts: data.attempts + 1 }),
        note: (input) => input.note
      },
      complete: { label: "workflow.command.complete", from: "open", to: "completed", roles: ["specialist"] }
    },
    deadlines: [callbackDeadline]
  })
  // Created Thursday 2026-03-05 14:00 Shanghai.
  const open = (evening = false) =>
    success(
      Workflow.create(callback, {
        id: "cb-1",
        input: { phone: "13800138000", evenings: evening },
        actor: supervisor,
        now: t0
      })
    ).record

  it("an attempt logged at 22:00 is refused in zh-CN and en; one at 10:00 is accepted", () => {
    const record = open()
    const at22 = new Date("2026-03-05T14:00:00Z")
    const refused = failure(Workflow.decide(callback, record, "attempt", {}, specialist, at22))
    expect(refused).toBeInstanceOf(Rules.RuleViolated)
    const violated = refused as Rules.RuleViolated
    expect(violated.violations.map((v) => v.code)).toEqual(["contact.outsideWindow"])
    expect(violated.texts("zh-CN")).toEqual(["现在是免打扰时段，下一个可联系时间是 2026-03-06 09:00"])
    expect(violated.texts("en")).toEqual([
      "It is quiet hours now; the next contact hours start at 2026-03-06 09:00"
    ])
    const at10 = new Date("2026-03-06T02:00:00Z")
    const accepted = success(Workflow.decide(callback, record, "attempt", {}, specialist, at10))
    expect(accepted.record.data.attempts).toBe(1)
  })

  it("the due time is the end of the last contact window before the third day ends", () => {
    // Due Sunday 23:59:59.999 → 20:00 Sunday with the policy's windows.
    expect(open().dueAt).toBe("2026-03-08T12:00:00.000Z")
    expect(open().deadlines?.callback?.dueAt).toBe("2026-03-08T12:00:00.000Z")
  })

  it("a customer's own windows, kept on the record, override the policy's for the guard and the due time", () => {
    const record = open(true)
    // Evenings only: 21:00 Sunday, and a call at 10:00 is refused until 18:00.
    expect(record.dueAt).toBe("2026-03-08T13:00:00.000Z")
    const refused = failure(
      Workflow.decide(callback, record, "attempt", {}, specialist, new Date("2026-03-06T02:00:00Z"))
    ) as Rules.RuleViolated
    expect(refused.texts("en")).toEqual([
      "It is quiet hours now; the next contact hours start at 2026-03-06 18:00"
    ])
    expect(
      Result.isSuccess(
        Workflow.decide(callback, record, "attempt", {}, specialist, new Date("2026-03-06T11:00:00Z"))
      )
    ).toBe(true)
    expect(Workflow.deadlinePolicy(callbackDeadline, record).contactWindows).toBe(evenings)
    expect(Workflow.deadlinePolicy(callbackDeadline, open()).contactWindows).toBe(within3Days.contactWindows)
  })
})

describe("Workflow agreed due times (约定时间)", () => {
  interface Task {
    readonly agreedAt?: string
  }
  const within3Days = Deadline.make({
    id: "callback",
    start: "created",
    met: { commands: ["complete"] },
    duration: Deadline.calendarDays(3)
  })
  const task = Workflow.make({
    name: "agreed",
    collection: "tasks",
    label: "workflow.task",
    states: [
      { id: "open", label: "workflow.state.open" },
      { id: "completed", label: "workflow.state.completed", terminal: true }
    ],
    initial: "open",
    create: { input: Schema.Struct({}), roles: ["supervisor"], apply: (): Task => ({}) },
    commands: {
      agree: {
        label: "workflow.command.update",
        from: "open",
        to: "open",
        roles: ["specialist"],
        input: Schema.Struct({ at: Schema.String }),
        apply: (_data: Task, input: { readonly at: string }): Task => ({ agreedAt: input.at })
      },
      complete: { label: "workflow.command.complete", from: "open", to: "completed", roles: ["specialist"] }
    },
    deadlines: [{ name: "callback", policy: within3Days, agreedDueAt: (data: Task) => data.agreedAt }]
  })
  const created = () =>
    success(Workflow.create(task, { id: "t-1", input: {}, actor: supervisor, now: t0 })).record

  it("an agreed time replaces the computed due time in the tracker and in the record's dueAt", () => {
    const record = created()
    expect(record.dueAt).toBe("2026-03-08T15:59:59.999Z")
    const agreed = success(
      Workflow.decide(task, record, "agree", { at: "2026-03-12T10:00:00+08:00" }, specialist, t0)
    ).record
    expect(agreed.dueAt).toBe("2026-03-12T02:00:00.000Z")
    expect(agreed.deadlines?.callback?.agreedDueAt).toBe("2026-03-12T02:00:00.000Z")
    // Agreeing again moves it again; replaying the history gives the same record.
    const moved = success(
      Workflow.decide(task, agreed, "agree", { at: "2026-03-09T15:00:00+08:00" }, specialist, t0)
    ).record
    expect(moved.dueAt).toBe("2026-03-09T07:00:00.000Z")
  })

  it("a met deadline keeps its due time whatever is agreed afterwards", () => {
    const done = success(Workflow.decide(task, created(), "complete", {}, specialist, t0)).record
    expect(done.deadlines?.callback?.metAt).toBeDefined()
    expect(done.deadlines?.callback?.agreedDueAt).toBeUndefined()
  })
})

describe("Workflow.recomputeDeadlines", () => {
  const reply = Deadline.make({
    id: "reply",
    start: "created",
    met: { states: ["completed", "cancelled"] },
    duration: Deadline.workingDays(5)
  })
  const timed = { ...task, deadlines: [{ name: "reply", policy: reply }] }
  const cn = Calendar.cnMainland()
  const y2027: Calendar.Dataset = {
    version: "2027.test",
    source: "made-up test data",
    from: "2027-01-01",
    to: "2027-12-31",
    holidays: [{ name: { "zh-CN": "元旦", en: "New Year's Day" }, from: "2027-01-01", to: "2027-01-03" }],
    makeUpDays: []
  }
  const createdAt = (at: string) =>
    success(
      Workflow.create(timed, {
        id: "t-1",
        input: { phone: "13800138000" },
        actor: supervisor,
        now: new Date(at),
        context: { calendar: cn }
      })
    )

  it("an Unknown due date past the calendar's data becomes Known when newer data is loaded", () => {
    // Monday 2026-12-28 10:00 + 5 working days reaches 2027, past cn-mainland's data.
    const { record } = createdAt("2026-12-28T02:00:00.000Z")
    expect(record.deadlines?.reply).toMatchObject({ unknown: true })
    expect(record.dueAt).toBe(record.deadlines?.reply?.estimate)
    const next = Workflow.recomputeDeadlines(timed, record, Calendar.withData(cn, y2027))
    // 29, 30, 31 December, then 4 and 5 January (1–3 January are the New Year holiday).
    expect(next.deadlines?.reply).toEqual({
      startedAt: "2026-12-28T02:00:00.000Z",
      dueAt: "2027-01-05T10:00:00.000Z"
    })
    expect(next.dueAt).toBe("2027-01-05T10:00:00.000Z")
    expect(next.version).toBe(record.version)
    expect(next.updatedAt).toBe(record.updatedAt)
    expect(record.deadlines?.reply).toMatchObject({ unknown: true })
  })

  it("a known due date moves when a holiday is declared on a day it counted", () => {
    // Monday 2026-03-02 10:00 + 5 working days → Monday 2026-03-09 18:00.
    const { record } = createdAt("2026-03-02T02:00:00.000Z")
    expect(record.dueAt).toBe("2026-03-09T10:00:00.000Z")
    const holiday = Calendar.withData(cn, {
      version: "2026.extra",
      source: "made-up test data",
      from: "2026-03-04",
      to: "2026-03-04",
      holidays: [
        { name: { "zh-CN": "临时休息日", en: "Extra day off" }, from: "2026-03-04", to: "2026-03-04" }
      ],
      makeUpDays: []
    })
    expect(Workflow.recomputeDeadlines(timed, record, holiday).dueAt).toBe("2026-03-10T10:00:00.000Z")
  })

  it("returns the very same record when nothing changes, and never touches a met deadline", () => {
    const { record } = createdAt("2026-03-02T02:00:00.000Z")
    expect(Workflow.recomputeDeadlines(timed, record, cn)).toBe(record)
    expect(Workflow.recomputeDeadlines(task, created().record, Calendar.withData(cn, y2027))).toEqual(
      created().record
    )
    const late = createdAt("2026-12-28T02:00:00.000Z").record
    const cancelled = success(
      Workflow.decide(
        timed,
        late,
        "cancel",
        { reason: "customer request" },
        supervisor,
        new Date("2026-12-29T02:00:00Z"),
        {
          calendar: cn
        }
      )
    ).record
    expect(cancelled).not.toHaveProperty("dueAt")
    expect(Workflow.recomputeDeadlines(timed, cancelled, Calendar.withData(cn, y2027))).toBe(cancelled)
  })

  it("a recomputed record equals the one its history gives on the newer calendar", () => {
    const first = createdAt("2026-12-28T02:00:00.000Z")
    const newer = Calendar.withData(cn, y2027)
    const stored = { ...Workflow.recomputeDeadlines(timed, first.record, newer), version: 2 }
    const started = success(
      Workflow.decide(timed, stored, "start", {}, specialist, new Date("2026-12-28T03:00:00Z"), {
        calendar: newer
      })
    )
    // The history skips version 2, the write that stored the recomputed deadlines.
    expect(started.entry.version).toBe(3)
    expect(success(Workflow.replay(timed, [first.entry, started.entry], { calendar: newer }))).toEqual(
      started.record
    )
  })

  it("is idempotent: recomputing a recomputed record on the same calendar returns it unchanged", () => {
    const newer = Calendar.withData(cn, y2027)
    for (const at of ["2026-12-28T02:00:00.000Z", "2026-03-02T02:00:00.000Z"]) {
      const { record } = createdAt(at)
      const paused = { ...record, deadlines: { reply: { ...record.deadlines!.reply!, pausedAt: at } } }
      for (const r of [record, paused]) {
        const once = Workflow.recomputeDeadlines(timed, r, newer)
        expect(Workflow.recomputeDeadlines(timed, once, newer)).toBe(once)
      }
    }
  })
})

describe("Workflow.replay", () => {
  it("rebuilds the same record from its history", () => {
    const first = created()
    const a = step(first.record, "update", { reached: false, note: "无人接听" }, specialist, 5)
    const b = step(a.record, "start", {}, both, 10)
    const c = step(b.record, "update", { reached: true, note: "" }, specialist, 15)
    const d = step(c.record, "complete", { outcome: "satisfied" }, specialist, 20)
    const entries = [first.entry, a.entry, b.entry, c.entry, d.entry]
    expect(success(Workflow.replay(task, [...entries].reverse()))).toEqual(d.record)
  })

  it("reports a history that no longer leads to the recorded state", () => {
    const first = created()
    const a = step(first.record, "update", { reached: true, note: "" }, specialist, 5)
    const forged: History.Entry = { ...a.entry, to: "open" }
    const error = failure(Workflow.replay(task, [first.entry, forged]))
    expect(error).toBeInstanceOf(Workflow.HistoryMismatch)
    expect(error.texts("en")).toEqual([
      "History entry 2 does not match the workflow: it says “open”, replaying gives “inProgress”"
    ])
  })
})

describe("Workflow.replay with input schemas that transform", () => {
  // A deposit (押金): the mobile and the amount are typed as people type them and decode to other values.
  const deposit = Workflow.make({
    name: "deposit",
    collection: "deposits",
    label: "workflow.task",
    states: [
      { id: "open", label: "workflow.state.open" },
      { id: "closed", label: "workflow.state.closed", terminal: true }
    ],
    initial: "open",
    create: {
      input: Schema.Struct({ mobile: Field.Mobile, amount: Field.MoneyFromYuan }),
      roles: ["reception"],
      apply: (input: { readonly mobile: string; readonly amount: Field.Money }) => ({
        mobile: input.mobile,
        fen: input.amount.amount,
        refunded: 0
      })
    },
    commands: {
      refund: {
        label: "workflow.command.close",
        from: "open",
        to: "closed",
        roles: ["finance"],
        input: Schema.Struct({ amount: Field.MoneyFromYuan }),
        apply: (data, input) => ({ ...data, refunded: input.amount.amount })
      }
    }
  })
  const reception = Actor.make("u-5", "赵敏", ["reception"])
  const finance = Actor.make("u-6", "钱多", ["finance"])

  it("history keeps the input as typed, so replaying decodes it again to the same record, also after JSON", () => {
    const first = success(
      Workflow.create(deposit, {
        id: "d-1",
        input: { mobile: "+86 (138) 1234 5678", amount: "¥1,000.5" },
        actor: reception,
        now: t0
      })
    )
    expect(first.record.data).toEqual({ mobile: "13812345678", fen: 100050, refunded: 0 })
    // Stored raw: the decoded value ({ amount, currency }) would not decode a second time.
    expect(first.entry.input).toEqual({ mobile: "+86 (138) 1234 5678", amount: "¥1,000.5" })
    const refunded = success(
      Workflow.decide(deposit, first.record, "refund", { amount: " 1000.50 " }, finance, later(5))
    )
    expect(refunded.record.data.refunded).toBe(100050)
    const stored = JSON.parse(JSON.stringify([first.entry, refunded.entry])) as Array<History.Entry>
    expect(success(Workflow.replay(deposit, stored))).toEqual(refunded.record)
  })
})

describe("Workflow refusals speak both languages", () => {
  const texts = (error: { texts: (locale: Messages.Locale) => ReadonlyArray<string> }) => [
    error.texts("zh-CN"),
    error.texts("en")
  ]

  it("every error decide, create and replay can return renders a full text in zh-CN and in en", () => {
    const first = created()
    const done = step(
      step(first.record, "start", {}, specialist, 1).record,
      "update",
      { reached: true, note: "" },
      specialist,
      2
    )
    const refusals = [
      failure(Workflow.decide(task, first.record, "escalate" as never, {}, specialist, later(3))),
      failure(Workflow.decide(task, first.record, "complete", { outcome: "ok" }, specialist, later(3))),
      failure(
        Workflow.decide(task, first.record, "cancel", { reason: "customer request" }, specialist, later(3))
      ),
      failure(Workflow.decide(task, done.record, "complete", {}, specialist, later(3))),
      failure(Workflow.decide(task, first.record, "cancel", { reason: "no" }, supervisor, later(3))),
      failure(Workflow.replay(task, [{ ...first.entry, command: "start" }]))
    ]
    expect(refusals.map((error) => error._tag)).toEqual([
      "UnknownCommand",
      "NotAllowedInState",
      "RoleNotPermitted",
      "InvalidInput",
      "RuleViolated",
      "HistoryMismatch"
    ])
    expect(texts(refusals[0]!)).toEqual([
      ["「任务」没有「escalate」这一操作"],
      ["“task” has no command “escalate”"]
    ])
    expect(texts(refusals[1]!)).toEqual([
      ["当前状态「待处理」下不能执行「完成」，只有在「处理中」状态下才能执行"],
      ["“complete” is not allowed while the record is “open”; it is allowed only when “in progress”"]
    ])
    expect(texts(refusals[2]!)).toEqual([
      ["您的角色无权执行「取消」，需要以下角色之一：「supervisor」"],
      ["Your role may not perform “cancel”; it needs one of these roles: “supervisor”"]
    ])
    for (const error of refusals) {
      for (const locale of Messages.locales) {
        const lines = (error as { texts: (l: Messages.Locale) => ReadonlyArray<string> }).texts(locale)
        expect(lines.length, `${error._tag} ${locale}`).toBeGreaterThan(0)
        // No placeholder left unfilled, no bare catalogue code instead of text.
        for (const line of lines)
          expect(line, `${error._tag} ${locale}`).not.toMatch(/\{\w+\}|^[a-z]+(\.[\w]+)+$/)
      }
      expect(error.message.length).toBeGreaterThan(0)
    }
  })

  it("NotAllowedInState from a state no command leads out of uses the shorter text", () => {
    const error = new Workflow.NotAllowedInState({
      command: "complete",
      commandLabel: "workflow.command.complete",
      state: "completed",
      stateLabel: "workflow.state.completed",
      allowedFrom: [],
      allowedFromLabels: []
    })
    expect(texts(error)).toEqual([
      ["当前状态「已完成」下不能执行「完成」"],
      ["“complete” is not allowed while the record is “completed”"]
    ])
  })
})

describe("Workflow model (random command sequences)", () => {
  const actors = [specialist, supervisor, both, guest]
  const commandNames = ["start", "update", "complete", "cancel", "escalate"] as const
  const inputFor = (name: (typeof commandNames)[number], pick: number): unknown => {
    switch (name) {
      case "update":
        return { reached: pick % 2 === 0, note: `n${pick}` }
      case "complete":
        return { outcome: pick % 5 === 0 ? "-" : "done" }
      case "cancel":
        return { reason: pick % 3 === 0 ? "no" : "customer request" }
      default:
        return {}
    }
  }
  const steps = fc.array(
    fc.record({
      command: fc.constantFrom(...commandNames),
      actor: fc.constantFrom(...actors),
      pick: fc.nat(20),
      minutes: fc.integer({ min: 1, max: 600 })
    }),
    { maxLength: 25 }
  )

  it("keeps every invariant of states, versions, history, refusals and availableCommands", () => {
    fc.assert(
      fc.property(steps, (sequence) => {
        let { record, entry } = created()
        const history: Array<History.Entry> = [entry]
        let clock = t0.getTime()
        for (const { command, actor, pick, minutes } of sequence) {
          clock += minutes * 60_000
          const available = Workflow.availableCommands(task, record, actor).map((c) => c.name)
          const before = structuredClone(record)
          const result = Workflow.decide(
            task as Workflow.Any,
            record,
            command,
            inputFor(command, pick),
            actor,
            new Date(clock)
          )
          if (Result.isFailure(result)) {
            // Refused commands change nothing.
            expect(record).toEqual(before)
            const tag = result.failure._tag
            const stateOrRole =
              tag === "UnknownCommand" || tag === "NotAllowedInState" || tag === "RoleNotPermitted"
            // availableCommands holds exactly the commands that pass the state and role checks.
            expect(available.includes(command as never)).toBe(!stateOrRole)
            continue
          }
          expect(available).toContain(command)
          const next = result.success
          // Each accepted command follows a declared transition into a declared state.
          const declared = Workflow.command(task, command)!
          expect(declared.from).toContain(record.state)
          const targets = typeof declared.to === "string" ? [declared.to] : (declared.targets ?? [])
          expect(targets).toContain(next.record.state)
          expect(Workflow.state(task, next.record.state)).toBeDefined()
          expect(next.entry).toMatchObject({ from: record.state, to: next.record.state, command })
          // Versions grow by exactly one; history by exactly one entry with that version.
          expect(next.record.version).toBe(record.version + 1)
          expect(next.entry.version).toBe(next.record.version)
          history.push(next.entry)
          expect(history.length).toBe(next.record.version)
          record = next.record
        }
        // Terminal states allow nothing more.
        if (Workflow.isTerminal(task, record.state)) {
          for (const actor of actors) expect(Workflow.availableCommands(task, record, actor)).toEqual([])
        }
        // The history alone rebuilds the record.
        expect(success(Workflow.replay(task, history))).toEqual(record)
      }),
      { numRuns: 300 }
    )
  })
})
