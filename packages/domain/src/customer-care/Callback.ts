/**
 * Callback tasks (回访): `scheduled → attempted* → completed | unreachableClosed`.
 *
 * A callback is created when a service is recorded ({@link fromService}) and is due within three
 * days of it (必须保证在三天之内回访; calendar days by default, working days on the business
 * calendar when the policy says so). Customers are contacted only in their contact hours (避免在
 * 客户休息时打扰客户): logging a call made in quiet hours is refused unless a supervisor gives a
 * reason. A call that does not reach the customer (no answer, busy, wrong number) is logged, the
 * task stays open and is rescheduled while the deadline keeps running; a time agreed with the
 * customer (约定时间) is recorded and becomes the due time ({@link effectiveTracker}); after N
 * failed attempts a supervisor may approve closing it as unreachable. A completed callback always
 * holds a complete {@link CallbackRecord.Record}.
 *
 * @example
 * ```ts
 * import { Actor, Workflow } from "@frontdesk/domain"
 * import { Callback, Roles } from "@frontdesk/domain/customer-care"
 * const input = Callback.fromService({
 *   customerId: "c-1", customerName: "张伟", phone: "13800138000", membership: "member",
 *   assignee: "u-1", serviceName: "空调清洗", serviceDate: "2026-03-02"
 * })
 * const created = Workflow.create(Callback.workflow, {
 *   id: "cb-1", input, actor: Actor.make("u-2", "李强", [Roles.supervisor]), now: new Date("2026-03-02T06:00:00Z")
 * })
 * ```
 * @module
 * @since 0.1.0
 */
import { Schema } from "effect"
import * as Actor from "../kernel/Actor.js"
import type * as Calendar from "../kernel/Calendar.js"
import * as ContactWindow from "../kernel/ContactWindow.js"
import * as Deadline from "../kernel/Deadline.js"
import * as Field from "../kernel/Field.js"
import * as Messages from "../kernel/Messages.js"
import type * as Rules from "../kernel/Rules.js"
import * as Workflow from "../kernel/Workflow.js"
import { customerCareTexts } from "../messages/customer-care.js"
import * as CallbackRecord from "./CallbackRecord.js"
import * as Customer from "./Customer.js"
import * as Roles from "./Roles.js"

Messages.register(customerCareTexts)

// ---------------------------------------------------------------------------------------------
// kinds and results
// ---------------------------------------------------------------------------------------------

/**
 * Kinds of callback (回访内容): after-sale, pre-sale and complaint callbacks (售后/售前/投诉回访),
 * themed ones at special times (holidays, anniversaries, promotions) and friendly reminders to
 * renew or upgrade a card, or that maintenance is due.
 *
 * @example
 * ```ts
 * import type { Callback } from "@frontdesk/domain/customer-care"
 * const kind: Callback.Kind = "renewalReminder"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Kind =
  | "afterSale"
  | "preSale"
  | "complaint"
  | "holiday"
  | "anniversary"
  | "promotion"
  | "renewalReminder"
  | "maintenanceReminder"

/**
 * The kinds with their labels.
 *
 * @example
 * ```ts
 * import { Callback } from "@frontdesk/domain/customer-care"
 * Callback.kinds.length // 8
 * ```
 * @category constants
 * @since 0.1.0
 */
export const kinds: ReadonlyArray<Field.Option & { readonly value: Kind }> = [
  { value: "afterSale", label: "customerCare.callback.kind.afterSale" },
  { value: "preSale", label: "customerCare.callback.kind.preSale" },
  { value: "complaint", label: "customerCare.callback.kind.complaint" },
  { value: "holiday", label: "customerCare.callback.kind.holiday" },
  { value: "anniversary", label: "customerCare.callback.kind.anniversary" },
  { value: "promotion", label: "customerCare.callback.kind.promotion" },
  { value: "renewalReminder", label: "customerCare.callback.kind.renewalReminder" },
  { value: "maintenanceReminder", label: "customerCare.callback.kind.maintenanceReminder" }
]

/**
 * Why an attempt did not reach the customer.
 *
 * @example
 * ```ts
 * import type { Callback } from "@frontdesk/domain/customer-care"
 * const r: Callback.AttemptResult = "busy"
 * ```
 * @category models
 * @since 0.1.0
 */
export type AttemptResult = "noAnswer" | "busy" | "wrongNumber"

/**
 * The attempt results with their labels.
 *
 * @example
 * ```ts
 * import { Callback } from "@frontdesk/domain/customer-care"
 * Callback.attemptResults.map((r) => r.value) // ["noAnswer", "busy", "wrongNumber"]
 * ```
 * @category constants
 * @since 0.1.0
 */
export const attemptResults: ReadonlyArray<Field.Option & { readonly value: AttemptResult }> = [
  { value: "noAnswer", label: "customerCare.callback.result.noAnswer" },
  { value: "busy", label: "customerCare.callback.result.busy" },
  { value: "wrongNumber", label: "customerCare.callback.result.wrongNumber" }
]

// ---------------------------------------------------------------------------------------------
// policy
// ---------------------------------------------------------------------------------------------

/**
 * What an organisation may configure about callbacks:
 * - `within`: how long after the service (3 calendar days; `Deadline.workingDays(3)` counts
 *   working days on the business calendar passed to `decide`);
 * - `maxAttempts`: failed attempts before a supervisor may close the task as unreachable (3);
 * - `contactWindows`: contact hours for customers without their own (09:00–12:00, 14:00–20:00);
 * - `retryAfter`: when a failed attempt is rescheduled, if the specialist names no time (2 hours,
 *   moved to the next contact window);
 * - `calendar`: the id of the business calendar the deadline counts on.
 *
 * @example
 * ```ts
 * import { Deadline } from "@frontdesk/domain"
 * import type { Callback } from "@frontdesk/domain/customer-care"
 * const policy: Partial<Callback.Policy> = { within: Deadline.workingDays(3), maxAttempts: 5 }
 * ```
 * @category policy
 * @since 0.1.0
 */
export interface Policy {
  readonly within: Deadline.Duration
  readonly maxAttempts: number
  readonly contactWindows: ContactWindow.ContactWindows
  readonly retryAfter: Deadline.Duration
  readonly calendar?: string | undefined
}

/**
 * The procedure's numbers: within three calendar days, three attempts, the default contact hours,
 * retry after two hours.
 *
 * @example
 * ```ts
 * import { Callback } from "@frontdesk/domain/customer-care"
 * Callback.defaultPolicy.within // { amount: 3, unit: "calendarDays" }
 * ```
 * @category policy
 * @since 0.1.0
 */
export const defaultPolicy: Policy = {
  within: Deadline.calendarDays(3),
  maxAttempts: 3,
  contactWindows: ContactWindow.make(),
  retryAfter: Deadline.hours(2)
}

/**
 * The name of the callback's deadline (`record.deadlines.callback`).
 *
 * @example
 * ```ts
 * import { Callback } from "@frontdesk/domain/customer-care"
 * Callback.deadlineName // "callback"
 * ```
 * @category policy
 * @since 0.1.0
 */
export const deadlineName = "callback"

/**
 * The callback deadline policy: starts when the task is created (when the service is recorded),
 * met when it is completed or closed as unreachable, with the policy's contact hours so that a
 * due time never falls in quiet hours.
 *
 * @example
 * ```ts
 * import { Deadline } from "@frontdesk/domain"
 * import { Callback } from "@frontdesk/domain/customer-care"
 * Callback.deadlinePolicy({ within: Deadline.workingDays(3) }).duration.unit // "workingDays"
 * ```
 * @category policy
 * @since 0.1.0
 */
export const deadlinePolicy = (policy: Partial<Policy> = {}): Deadline.Policy => {
  const { within, contactWindows, calendar } = { ...defaultPolicy, ...policy }
  return Deadline.make({
    id: deadlineName,
    start: "created",
    met: { commands: ["complete", "closeUnreachable"] },
    duration: within,
    contactWindows,
    calendar
  })
}

// ---------------------------------------------------------------------------------------------
// data
// ---------------------------------------------------------------------------------------------

/**
 * One logged attempt that did not reach the customer. `override` is the supervisor's reason when
 * it was made in quiet hours.
 *
 * @example
 * ```ts
 * import type { Callback } from "@frontdesk/domain/customer-care"
 * const a: Callback.Attempt = { at: "2026-03-03T02:00:00.000Z", method: "phone", result: "busy", by: "u-1" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Attempt {
  readonly at: string
  readonly method: CallbackRecord.Method
  readonly result: AttemptResult
  readonly by: string
  readonly note?: string | undefined
  readonly override?: string | undefined
}

/**
 * A time agreed with the customer (约定时间): when it was agreed, by whom, and the agreed time.
 *
 * @example
 * ```ts
 * import type { Callback } from "@frontdesk/domain/customer-care"
 * const a: Callback.Agreement = { at: "2026-03-03T02:00:00.000Z", agreedAt: "2026-03-06T11:00:00.000Z", by: "u-1" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Agreement {
  readonly at: string
  readonly agreedAt: string
  readonly by: string
  readonly note?: string | undefined
}

/**
 * A callback task's data. `assignee` is the specialist who makes the call; `contactWindows` the
 * customer's own contact hours when they have some; `attempts` every failed attempt;
 * `nextAttemptAt` when to try next; `agreedAt` the latest agreed time; `record` the complete
 * callback record once completed; `closure` the supervisor's approval of closing as unreachable.
 *
 * @example
 * ```ts
 * import type { Callback } from "@frontdesk/domain/customer-care"
 * const isMember = (data: Callback.Callback) => data.membership === "member"
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Callback {
  readonly customerId: string
  readonly customerName: string
  readonly phone: string
  readonly membership: Customer.Membership
  readonly kind: Kind
  readonly method: CallbackRecord.Method
  readonly assignee: string
  readonly serviceName?: string | undefined
  readonly serviceDate?: string | undefined
  readonly complaintId?: string | undefined
  readonly contactHours?: string | undefined
  readonly contactWindows?: ContactWindow.ContactWindows | undefined
  readonly attempts: ReadonlyArray<Attempt>
  readonly agreements: ReadonlyArray<Agreement>
  readonly nextAttemptAt?: string | undefined
  readonly agreedAt?: string | undefined
  readonly record?: CallbackRecord.Record | undefined
  readonly completedAt?: string | undefined
  readonly closure?: { readonly at: string; readonly by: string; readonly reason: string } | undefined
}

const kindValues = [
  "afterSale",
  "preSale",
  "complaint",
  "holiday",
  "anniversary",
  "promotion",
  "renewalReminder",
  "maintenanceReminder"
] as const

/**
 * Input of creating a callback. Usually built by {@link fromService}; a supervisor can also plan
 * themed callbacks and reminders by hand.
 *
 * @example
 * ```ts
 * import { Callback } from "@frontdesk/domain/customer-care"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Callback.NewCallback)({
 *   customerId: "c-1", customerName: "张伟", phone: "13800138000", membership: "member",
 *   kind: "holiday", method: "sms", assignee: "u-1"
 * })
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const NewCallback = Schema.Struct({
  customerId: Field.Text({ max: 64, nonEmpty: true }).pipe(
    Field.meta({ label: "customerCare.callback.customerId", widget: "text" })
  ),
  customerName: Field.Text({ max: 40, nonEmpty: true }).pipe(
    Field.meta({ label: "customerCare.customer.name", widget: "text", sensitive: true })
  ),
  phone: Field.Mobile.pipe(
    Field.meta({ label: "customerCare.customer.mobile", widget: "mobile", sensitive: true })
  ),
  membership: Customer.MembershipSchema,
  kind: Schema.Literals(kindValues).pipe(
    Field.meta({ label: "customerCare.callback.kind", widget: "select", options: kinds })
  ),
  method: CallbackRecord.MethodSchema,
  assignee: Customer.SpecialistId.pipe(
    Field.meta({ label: "customerCare.callback.assignee", widget: "text" })
  ),
  serviceName: Schema.optional(
    Field.Text({ max: 100, nonEmpty: true }).pipe(
      Field.meta({ label: "customerCare.callback.service", widget: "text" })
    )
  ),
  serviceDate: Schema.optional(
    Field.LocalDate.pipe(Field.meta({ label: "customerCare.callback.serviceDate", widget: "date" }))
  ),
  complaintId: Schema.optional(Field.Text({ max: 64, nonEmpty: true })),
  contactHours: Schema.optional(Customer.ContactHours)
})

/**
 * The decoded create input.
 *
 * @example
 * ```ts
 * import type { Callback } from "@frontdesk/domain/customer-care"
 * const kindOf = (input: Callback.NewCallbackType) => input.kind
 * ```
 * @category models
 * @since 0.1.0
 */
export type NewCallbackType = typeof NewCallback.Type

/**
 * A recorded service, as {@link fromService} reads it.
 *
 * @example
 * ```ts
 * import type { Callback } from "@frontdesk/domain/customer-care"
 * const s: Callback.Service = {
 *   customerId: "c-1", customerName: "张伟", phone: "13800138000", membership: "member",
 *   assignee: "u-1", serviceName: "空调清洗", serviceDate: "2026-03-02"
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Service {
  readonly customerId: string
  readonly customerName: string
  readonly phone: string
  readonly membership: Customer.Membership
  readonly assignee: string
  readonly serviceName: string
  readonly serviceDate: string
  readonly contactHours?: string | undefined
}

/**
 * The create input of the callback that a recorded service calls for: an after-sale phone
 * callback by the customer's specialist, with the customer's own contact hours. Create it when
 * the service is recorded: the three days count from creation.
 *
 * @example
 * ```ts
 * import { Callback } from "@frontdesk/domain/customer-care"
 * Callback.fromService({
 *   customerId: "c-1", customerName: "张伟", phone: "13800138000", membership: "member",
 *   assignee: "u-1", serviceName: "空调清洗", serviceDate: "2026-03-02"
 * }).kind // "afterSale"
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const fromService = (
  service: Service,
  options: { readonly kind?: Kind | undefined; readonly method?: CallbackRecord.Method | undefined } = {}
): NewCallbackType => {
  const input: NewCallbackType = {
    customerId: service.customerId,
    customerName: service.customerName,
    phone: service.phone,
    membership: service.membership,
    kind: options.kind ?? "afterSale",
    method: options.method ?? "phone",
    assignee: service.assignee,
    serviceName: service.serviceName,
    serviceDate: service.serviceDate
  }
  return service.contactHours === undefined ? input : { ...input, contactHours: service.contactHours }
}

// ---------------------------------------------------------------------------------------------
// command inputs
// ---------------------------------------------------------------------------------------------

const overrideReason = Schema.optional(
  Field.Text({ max: 200, nonEmpty: true }).pipe(
    Field.meta({ label: "customerCare.callback.overrideReason", widget: "text" })
  )
)

const callTime = Schema.optional(
  Field.LocalDateTime.pipe(
    Field.meta({
      label: "customerCare.callback.at",
      hint: "customerCare.callback.atHint",
      widget: "dateTime"
    })
  )
)

const note = Schema.optional(
  Field.Text({ max: 500 }).pipe(Field.meta({ label: "customerCare.callback.note", widget: "textarea" }))
)

/**
 * Input of `logAttempt`: how the specialist tried, why it failed, when (now when absent), an
 * optional time to try again, a note, and a supervisor's reason for calling in quiet hours.
 *
 * @example
 * ```ts
 * import { Callback } from "@frontdesk/domain/customer-care"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Callback.AttemptInput)({ method: "phone", result: "noAnswer" })
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const AttemptInput = Schema.Struct({
  method: CallbackRecord.MethodSchema,
  result: Schema.Literals(["noAnswer", "busy", "wrongNumber"]).pipe(
    Field.meta({ label: "customerCare.callback.result", widget: "select", options: attemptResults })
  ),
  at: callTime,
  retryAt: Schema.optional(
    Field.LocalDateTime.pipe(Field.meta({ label: "customerCare.callback.retryAt", widget: "dateTime" }))
  ),
  note,
  overrideReason
})

/**
 * Input of `agreeTime` (约定时间): the time agreed with the customer, when the call was made (now
 * when absent), a note, and a supervisor's reason for calling in quiet hours.
 *
 * @example
 * ```ts
 * import { Callback } from "@frontdesk/domain/customer-care"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Callback.AgreeInput)({ agreedAt: "2026-03-06T19:00" })
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const AgreeInput = Schema.Struct({
  agreedAt: Field.LocalDateTime.pipe(
    Field.meta({ label: "customerCare.callback.agreedAt", widget: "dateTime" })
  ),
  at: callTime,
  note,
  overrideReason
})

/**
 * Input of `complete`: the callback record form ({@link CallbackRecord.Input}) and a supervisor's
 * reason for calling in quiet hours.
 *
 * @example
 * ```ts
 * import { Callback } from "@frontdesk/domain/customer-care"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Callback.CompleteInput)({
 *   method: "phone", outcome: "surveyed", satisfaction: "satisfied", notes: "对服务满意"
 * })
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const CompleteInput = Schema.Struct({ ...CallbackRecord.Input.fields, overrideReason })

/**
 * Input of `closeUnreachable`: the supervisor's reason.
 *
 * @example
 * ```ts
 * import { Callback } from "@frontdesk/domain/customer-care"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Callback.CloseInput)({ reason: "三次均无人接听" })
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const CloseInput = Schema.Struct({
  reason: Field.Text({ max: 300, nonEmpty: true }).pipe(
    Field.meta({ label: "customerCare.callback.closeReason", widget: "textarea" })
  )
})

/**
 * Input of `reassign`: the specialist who takes the task over.
 *
 * @example
 * ```ts
 * import { Callback } from "@frontdesk/domain/customer-care"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Callback.ReassignInput)({ assignee: "u-3" })
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const ReassignInput = Schema.Struct({
  assignee: Customer.SpecialistId.pipe(
    Field.meta({ label: "customerCare.callback.assignee", widget: "text" })
  ),
  note
})

// ---------------------------------------------------------------------------------------------
// guards
// ---------------------------------------------------------------------------------------------

/** The zone a callback's local times are read in: the customer's own, else the policy's. */
const zoneOf = (data: Callback, policy: Policy): string =>
  data.contactWindows?.timeZone ?? policy.contactWindows.timeZone

/**
 * The instant of a call: its local time read in the callback's zone, or now when not given.
 *
 * @example
 * ```ts
 * import { Callback } from "@frontdesk/domain/customer-care"
 * Callback.callInstant(undefined, "Asia/Shanghai", new Date("2026-03-03T02:00:00Z")) // "2026-03-03T02:00:00.000Z"
 * Callback.callInstant("2026-03-03T10:30", "Asia/Shanghai", new Date(0)) // "2026-03-03T02:30:00.000Z"
 * ```
 * @category contact hours
 * @since 0.1.0
 */
export const callInstant = (local: string | undefined, timeZone: string, now: Date): string =>
  (local === undefined ? undefined : Field.toInstant(local, timeZone)) ?? now.toISOString()

/**
 * What refuses contact at an instant for a callback: nothing inside the customer's contact
 * hours; in quiet hours a `contact.outsideWindow` violation (saying when the next window opens)
 * unless an override reason is given by a supervisor — a reason given by anyone else is refused
 * with `customerCare.callback.overrideNeedsSupervisor`.
 *
 * @example
 * ```ts
 * import { Actor } from "@frontdesk/domain"
 * import { Callback, Roles } from "@frontdesk/domain/customer-care"
 * declare const record: Parameters<typeof Callback.contactViolations>[0]
 * Callback.contactViolations(record, "2026-03-02T14:00:00Z", Actor.make("u-1", "王芳", [Roles.specialist]), undefined)
 * ```
 * @category contact hours
 * @since 0.1.0
 */
export const contactViolations = (
  record: Pick<Workflow.Record<Callback>, "data">,
  at: Calendar.Instant,
  actor: Actor.Actor,
  override: string | undefined,
  policy: Partial<Policy> = {}
): ReadonlyArray<Rules.Violation> => {
  if (override !== undefined) {
    return Actor.hasAnyRole(actor, [Roles.supervisor])
      ? []
      : [
          {
            code: "customerCare.callback.overrideNeedsSupervisor",
            message: { code: "customerCare.callback.overrideNeedsSupervisor" },
            path: ["overrideReason"]
          }
        ]
  }
  const windows = record.data.contactWindows ?? { ...defaultPolicy, ...policy }.contactWindows
  return Deadline.contactViolations(Deadline.withContactWindows(deadlinePolicy(policy), windows), at)
}

const notInFuture = (at: string, now: Date): ReadonlyArray<Rules.Violation> =>
  Date.parse(at) > now.getTime()
    ? [
        {
          code: "customerCare.callback.inFuture",
          message: { code: "customerCare.callback.inFuture" },
          path: ["at"]
        }
      ]
    : []

// ---------------------------------------------------------------------------------------------
// workflow
// ---------------------------------------------------------------------------------------------

const sameState = (record: Workflow.Record<Callback>): "attempted" | "scheduled" =>
  record.state === "attempted" ? "attempted" : "scheduled"

/**
 * Makes the callback workflow under a policy. States: `scheduled`, `attempted` (at least one
 * failed attempt, still open), `completed` and `unreachableClosed` (both terminal). Commands:
 *
 * | command | from | to | roles | input |
 * |---|---|---|---|---|
 * | `logAttempt` | scheduled, attempted | attempted | specialist, supervisor | {@link AttemptInput} |
 * | `agreeTime` | scheduled, attempted | scheduled | specialist, supervisor | {@link AgreeInput} |
 * | `complete` | scheduled, attempted | completed | specialist, supervisor | {@link CompleteInput} |
 * | `closeUnreachable` | attempted | unreachableClosed | supervisor | {@link CloseInput} |
 * | `reassign` | scheduled, attempted | (same) | supervisor | {@link ReassignInput} |
 *
 * `logAttempt`, `agreeTime` and `complete` are refused in the customer's quiet hours (the call's
 * time `at`, now when absent) unless a supervisor gives `overrideReason`; a call time later than
 * now is refused. `closeUnreachable` needs `maxAttempts` failed attempts.
 *
 * @example
 * ```ts
 * import { Deadline } from "@frontdesk/domain"
 * import { Callback } from "@frontdesk/domain/customer-care"
 * const workingDayCallbacks = Callback.make({ within: Deadline.workingDays(3), maxAttempts: 5 })
 * ```
 * @category workflow
 * @since 0.1.0
 */
export const make = (overrides: Partial<Policy> = {}) => {
  const policy: Policy = { ...defaultPolicy, ...overrides }
  const spec: Workflow.DeadlineSpec<Callback> = {
    name: deadlineName,
    policy: deadlinePolicy(policy),
    contactWindows: (data) => data.contactWindows,
    // The agreed time becomes the record's `dueAt`, so the queue's index orders by it.
    agreedDueAt: (data) => data.agreedAt
  }
  const callGuard =
    <I extends { readonly at?: string | undefined; readonly overrideReason?: string | undefined }>(
      more: (
        record: Workflow.Record<Callback>,
        input: I,
        now: Date
      ) => ReadonlyArray<Rules.Violation> = () => []
    ) =>
    (
      record: Workflow.Record<Callback>,
      input: I,
      actor: Actor.Actor,
      now: Date
    ): ReadonlyArray<Rules.Violation> => {
      const at = callInstant(input.at, zoneOf(record.data, policy), now)
      return [
        ...notInFuture(at, now),
        ...contactViolations(record, at, actor, input.overrideReason, policy),
        ...more(record, input, now)
      ]
    }
  return Workflow.make({
    name: "callback",
    collection: "callbacks",
    label: "customerCare.callback",
    states: [
      { id: "scheduled", label: "customerCare.callback.state.scheduled" },
      { id: "attempted", label: "customerCare.callback.state.attempted" },
      { id: "completed", label: "customerCare.callback.state.completed", terminal: true },
      { id: "unreachableClosed", label: "customerCare.callback.state.unreachableClosed", terminal: true }
    ],
    initial: "scheduled",
    create: {
      input: NewCallback,
      roles: [Roles.supervisor, Roles.specialist, Roles.acceptance],
      apply: (input: NewCallbackType): Callback => {
        const contactWindows = Customer.contactWindowsOf(input.contactHours, policy.contactWindows.timeZone)
        const data: Callback = { ...input, attempts: [], agreements: [] }
        return contactWindows === undefined ? data : { ...data, contactWindows }
      }
    },
    commands: {
      logAttempt: {
        label: "customerCare.callback.command.logAttempt",
        from: ["scheduled", "attempted"],
        to: "attempted",
        roles: [Roles.specialist, Roles.supervisor],
        input: AttemptInput,
        guard: callGuard(),
        apply: (data, input, ctx) => {
          const zone = zoneOf(data, policy)
          const at = callInstant(input.at, zone, ctx.now)
          const attempt: Attempt = {
            at,
            method: input.method,
            result: input.result,
            by: ctx.actor.id,
            ...(input.note === undefined || input.note === "" ? {} : { note: input.note }),
            ...(input.overrideReason === undefined ? {} : { override: input.overrideReason })
          }
          const retry = input.retryAt === undefined ? undefined : Field.toInstant(input.retryAt, zone)
          const windows = data.contactWindows ?? policy.contactWindows
          const later = new Date(Date.parse(ctx.now.toISOString()) + durationMs(policy.retryAfter))
          const nextAttemptAt = retry ?? (ContactWindow.nextOpen(windows, later) ?? later).toISOString()
          return { ...data, attempts: [...data.attempts, attempt], nextAttemptAt }
        },
        note: (input) => input.note
      },
      agreeTime: {
        label: "customerCare.callback.command.agreeTime",
        from: ["scheduled", "attempted"],
        to: "scheduled",
        roles: [Roles.specialist, Roles.supervisor],
        input: AgreeInput,
        guard: callGuard((record, input, now) => {
          const agreed = Field.toInstant(input.agreedAt, zoneOf(record.data, policy))
          return agreed !== undefined && Date.parse(agreed) > now.getTime()
            ? []
            : [
                {
                  code: "customerCare.callback.agreedInPast",
                  message: { code: "customerCare.callback.agreedInPast" },
                  path: ["agreedAt"]
                }
              ]
        }),
        apply: (data, input, ctx) => {
          const zone = zoneOf(data, policy)
          const agreedAt = Field.toInstant(input.agreedAt, zone) ?? ctx.now.toISOString()
          const agreement: Agreement = {
            at: callInstant(input.at, zone, ctx.now),
            agreedAt,
            by: ctx.actor.id,
            ...(input.note === undefined || input.note === "" ? {} : { note: input.note })
          }
          return { ...data, agreements: [...data.agreements, agreement], agreedAt, nextAttemptAt: agreedAt }
        },
        note: (input) => input.agreedAt
      },
      complete: {
        label: "customerCare.callback.command.complete",
        from: ["scheduled", "attempted"],
        to: "completed",
        roles: [Roles.specialist, Roles.supervisor],
        input: CompleteInput,
        guard: callGuard((_record, input) => CallbackRecord.violations(input)),
        apply: (data, input, ctx) => {
          const { nextAttemptAt: _next, ...rest } = data
          const at = callInstant(input.at, zoneOf(data, policy), ctx.now)
          return {
            ...rest,
            record: CallbackRecord.fromInput(input, at, ctx.actor.id),
            completedAt: ctx.now.toISOString()
          }
        },
        note: (input) => input.overrideReason
      },
      closeUnreachable: {
        label: "customerCare.callback.command.closeUnreachable",
        from: "attempted",
        to: "unreachableClosed",
        roles: [Roles.supervisor],
        input: CloseInput,
        guard: (record) =>
          record.data.attempts.length >= policy.maxAttempts
            ? []
            : [
                {
                  code: "customerCare.callback.tooFewAttempts",
                  message: {
                    code: "customerCare.callback.tooFewAttempts",
                    params: { attempts: record.data.attempts.length, required: policy.maxAttempts }
                  }
                }
              ],
        apply: (data, input, ctx) => {
          const { nextAttemptAt: _next, ...rest } = data
          return { ...rest, closure: { at: ctx.now.toISOString(), by: ctx.actor.id, reason: input.reason } }
        },
        note: (input) => input.reason
      },
      reassign: {
        label: "customerCare.callback.command.reassign",
        from: ["scheduled", "attempted"],
        to: sameState,
        targets: ["scheduled", "attempted"],
        roles: [Roles.supervisor],
        input: ReassignInput,
        apply: (data, input) => ({ ...data, assignee: input.assignee }),
        note: (input) => input.note
      }
    },
    deadlines: [spec]
  })
}

const durationMs = (duration: Deadline.Duration): number =>
  duration.unit === "hours" || duration.unit === "businessHours"
    ? duration.amount * 3_600_000
    : duration.amount * 86_400_000

/**
 * The callback workflow under the procedure's numbers ({@link defaultPolicy}).
 *
 * @example
 * ```ts
 * import { Workflow } from "@frontdesk/domain"
 * import { Callback } from "@frontdesk/domain/customer-care"
 * Workflow.commandsFrom(Callback.workflow, "attempted").map((c) => c.name)
 * // ["logAttempt", "agreeTime", "complete", "closeUnreachable", "reassign"]
 * ```
 * @category workflow
 * @since 0.1.0
 */
export const workflow = make()

// ---------------------------------------------------------------------------------------------
// deadlines as screens show them
// ---------------------------------------------------------------------------------------------

/**
 * The callback's deadline tracker: a time agreed with the customer (约定时间) replaces the computed
 * due time (the workflow's deadline reads it through `DeadlineSpec.agreedDueAt`). `undefined`
 * before the record has a tracker.
 *
 * @example
 * ```ts
 * import { Callback } from "@frontdesk/domain/customer-care"
 * declare const record: Parameters<typeof Callback.effectiveTracker>[0]
 * Callback.effectiveTracker(record)?.dueAt
 * ```
 * @category deadlines
 * @since 0.1.0
 */
export const effectiveTracker = (
  record: Pick<Workflow.Record<Callback>, "data" | "deadlines">
): Deadline.Tracker | undefined => record.deadlines?.[deadlineName]

/**
 * When the callback is due: the agreed time when there is one, else the computed due time (or
 * its provisional estimate past the calendar's coverage); `undefined` once met.
 *
 * @example
 * ```ts
 * import { Callback } from "@frontdesk/domain/customer-care"
 * declare const record: Parameters<typeof Callback.dueAt>[0]
 * Callback.dueAt(record) // "2026-03-05T12:00:00.000Z"
 * ```
 * @category deadlines
 * @since 0.1.0
 */
export const dueAt = (record: Pick<Workflow.Record<Callback>, "data" | "deadlines">): string | undefined => {
  const tracker = effectiveTracker(record)
  if (tracker === undefined || tracker.metAt !== undefined) return undefined
  return tracker.dueAt ?? tracker.estimate
}

/**
 * Describes the callback's deadline for a badge at `now` (on-track, due-soon, overdue or met,
 * with the time left), honouring an agreed time.
 *
 * @example
 * ```ts
 * import { Calendar, Messages } from "@frontdesk/domain"
 * import { Callback } from "@frontdesk/domain/customer-care"
 * declare const record: Parameters<typeof Callback.describeDeadline>[0]
 * const d = Callback.describeDeadline(record, new Date(), Calendar.cnMainland())
 * Messages.render(d.message, "zh-CN")
 * ```
 * @category deadlines
 * @since 0.1.0
 */
export const describeDeadline = (
  record: Pick<Workflow.Record<Callback>, "data" | "deadlines">,
  now: Calendar.Instant,
  calendar: Calendar.Calendar,
  policy: Partial<Policy> = {}
): Deadline.Description => {
  const deadline = Deadline.withContactWindows(deadlinePolicy(policy), record.data.contactWindows)
  return Deadline.describe(deadline, effectiveTracker(record) ?? {}, now, calendar)
}

/**
 * Tells whether a callback was done (completed) by its due time — the agreed time when one was
 * agreed. Callbacks not completed are not on time.
 *
 * @example
 * ```ts
 * import { Callback } from "@frontdesk/domain/customer-care"
 * declare const record: Parameters<typeof Callback.isOnTime>[0]
 * Callback.isOnTime(record)
 * ```
 * @category deadlines
 * @since 0.1.0
 */
export const isOnTime = (
  record: Pick<Workflow.Record<Callback>, "state" | "data" | "deadlines">
): boolean => {
  if (record.state !== "completed") return false
  const tracker = effectiveTracker(record)
  const due = tracker?.dueAt ?? tracker?.estimate
  const met = tracker?.metAt ?? record.data.completedAt
  return due !== undefined && met !== undefined && Date.parse(met) <= Date.parse(due)
}

/**
 * Orders open callbacks most urgent first: overdue and due soonest first (agreed times
 * honoured), then those without a due time, then by id — the callback queue's order.
 *
 * @example
 * ```ts
 * import { Callback } from "@frontdesk/domain/customer-care"
 * declare const open: ReadonlyArray<Parameters<typeof Callback.byUrgency>[0]>
 * const queue = [...open].sort(Callback.byUrgency)
 * ```
 * @category deadlines
 * @since 0.1.0
 */
export const byUrgency = (
  a: Pick<Workflow.Record<Callback>, "id" | "data" | "deadlines">,
  b: Pick<Workflow.Record<Callback>, "id" | "data" | "deadlines">
): number => {
  const da = dueAt(a)
  const db = dueAt(b)
  if (da !== undefined && db !== undefined && da !== db) return Date.parse(da) - Date.parse(db)
  if (da === undefined && db !== undefined) return 1
  if (da !== undefined && db === undefined) return -1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}
