/**
 * Complaints and suggestions (投诉建议): `received → routed → handled → callbackDone → closed`,
 * or `reopened` when the customer is not satisfied at the callback.
 *
 * The acceptance group records the complaint and promises the customer a callback within a
 * stated time; that promised time is the complaint's deadline. The issue goes to the responsible
 * department; when it is handled the callback group calls back with the answer.
 *
 * @example
 * ```ts
 * import { Actor, Workflow } from "@frontdesk/domain"
 * import { Complaint, Roles } from "@frontdesk/domain/customer-care"
 * const created = Workflow.create(Complaint.workflow, {
 *   id: "cp-1",
 *   input: { customerName: "张伟", phone: "13800138000", kind: "complaint", summary: "维修后仍漏水" },
 *   actor: Actor.make("u-5", "赵敏", [Roles.acceptance]),
 *   now: new Date("2026-03-02T02:00:00Z")
 * })
 * ```
 * @module
 * @since 0.1.0
 */
import { Schema } from "effect"
import * as Calendar from "../kernel/Calendar.js"
import * as Deadline from "../kernel/Deadline.js"
import * as Field from "../kernel/Field.js"
import * as Messages from "../kernel/Messages.js"
import type * as Rules from "../kernel/Rules.js"
import * as Workflow from "../kernel/Workflow.js"
import { customerCareTexts } from "../messages/customer-care.js"
import * as CallbackRecord from "./CallbackRecord.js"
import * as Roles from "./Roles.js"

Messages.register(customerCareTexts)

/**
 * A complaint or a suggestion.
 *
 * @example
 * ```ts
 * import type { Complaint } from "@frontdesk/domain/customer-care"
 * const k: Complaint.Kind = "suggestion"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Kind = "complaint" | "suggestion"

/**
 * The kinds with their labels.
 *
 * @example
 * ```ts
 * import { Complaint } from "@frontdesk/domain/customer-care"
 * Complaint.kinds.map((k) => k.value) // ["complaint", "suggestion"]
 * ```
 * @category constants
 * @since 0.1.0
 */
export const kinds: ReadonlyArray<Field.Option & { readonly value: Kind }> = [
  { value: "complaint", label: "customerCare.complaint.kind.complaint" },
  { value: "suggestion", label: "customerCare.complaint.kind.suggestion" }
]

/**
 * What an organisation may configure: the callback time promised when the person recording the
 * complaint names none (one working day by default — the seed says only "a stated time"), and
 * the calendar it counts on.
 *
 * @example
 * ```ts
 * import { Deadline } from "@frontdesk/domain"
 * import type { Complaint } from "@frontdesk/domain/customer-care"
 * const policy: Complaint.Policy = { promiseWithin: Deadline.hours(24) }
 * ```
 * @category policy
 * @since 0.1.0
 */
export interface Policy {
  readonly promiseWithin: Deadline.Duration
  readonly calendar?: string | undefined
}

/**
 * The default: a callback promised within one working day.
 *
 * @example
 * ```ts
 * import { Complaint } from "@frontdesk/domain/customer-care"
 * Complaint.defaultPolicy.promiseWithin // { amount: 1, unit: "workingDays" }
 * ```
 * @category policy
 * @since 0.1.0
 */
export const defaultPolicy: Policy = { promiseWithin: Deadline.workingDays(1) }

/**
 * The name of the complaint's deadline (`record.deadlines.promisedCallback`).
 *
 * @example
 * ```ts
 * import { Complaint } from "@frontdesk/domain/customer-care"
 * Complaint.deadlineName // "promisedCallback"
 * ```
 * @category policy
 * @since 0.1.0
 */
export const deadlineName = "promisedCallback"

/**
 * The promised-callback deadline: from receipt to the callback (met by `recordCallback`), for
 * the policy's default promise; a promise named at receipt replaces it ({@link effectiveTracker}).
 *
 * @example
 * ```ts
 * import { Complaint } from "@frontdesk/domain/customer-care"
 * Complaint.deadlinePolicy().met // { commands: ["recordCallback"] }
 * ```
 * @category policy
 * @since 0.1.0
 */
export const deadlinePolicy = (policy: Partial<Policy> = {}): Deadline.Policy => {
  const { promiseWithin, calendar } = { ...defaultPolicy, ...policy }
  return Deadline.make({
    id: deadlineName,
    start: "created",
    met: { commands: ["recordCallback"] },
    duration: promiseWithin,
    calendar
  })
}

/**
 * One callback to the customer about the complaint.
 *
 * @example
 * ```ts
 * import type { Complaint } from "@frontdesk/domain/customer-care"
 * const c: Complaint.CallbackNote = { at: "2026-03-03T02:00:00.000Z", by: "u-1", satisfied: false, notes: "仍漏水" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface CallbackNote {
  readonly at: string
  readonly by: string
  readonly method?: CallbackRecord.Method | undefined
  readonly satisfied: boolean
  readonly notes: string
}

/**
 * A complaint's data. `promisedCallbackAt` is the callback time promised to the customer (an
 * instant), `department` where it was routed, `callbacks` every callback made about it,
 * `closedAt` when it was closed (for time to close).
 *
 * @example
 * ```ts
 * import type { Complaint } from "@frontdesk/domain/customer-care"
 * const open = (c: Complaint.Complaint) => c.closedAt === undefined
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Complaint {
  readonly customerId?: string | undefined
  readonly customerName: string
  readonly phone: string
  readonly kind: Kind
  readonly summary: string
  readonly promisedCallbackAt?: string | undefined
  readonly department?: string | undefined
  readonly resolution?: string | undefined
  readonly callbacks: ReadonlyArray<CallbackNote>
  readonly reopenCount: number
  readonly closedAt?: string | undefined
}

/**
 * Input of recording a complaint. `promisedCallbackAt` is the local time promised to the
 * customer (`2026-03-03T17:00`); the policy's default promise when absent.
 *
 * @example
 * ```ts
 * import { Complaint } from "@frontdesk/domain/customer-care"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Complaint.NewComplaint)({
 *   customerName: "张伟", phone: "13800138000", kind: "complaint", summary: "维修后仍漏水", promisedCallbackAt: "2026-03-03T17:00"
 * })
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const NewComplaint = Schema.Struct({
  customerId: Schema.optional(
    Field.Text({ max: 64, nonEmpty: true }).pipe(
      Field.meta({ label: "customerCare.callback.customerId", widget: "text" })
    )
  ),
  customerName: Field.Text({ max: 40, nonEmpty: true }).pipe(
    Field.meta({ label: "customerCare.customer.name", widget: "text", sensitive: true })
  ),
  phone: Field.Mobile.pipe(
    Field.meta({ label: "customerCare.customer.mobile", widget: "mobile", sensitive: true })
  ),
  kind: Schema.Literals(["complaint", "suggestion"]).pipe(
    Field.meta({ label: "customerCare.complaint.kind", widget: "select", options: kinds })
  ),
  summary: Field.Text({ max: 1000, nonEmpty: true }).pipe(
    Field.meta({ label: "customerCare.complaint.summary", widget: "textarea" })
  ),
  promisedCallbackAt: Schema.optional(
    Field.LocalDateTime.pipe(
      Field.meta({
        label: "customerCare.complaint.promisedCallbackAt",
        hint: "customerCare.complaint.promisedHint",
        widget: "dateTime"
      })
    )
  )
})

/**
 * Input of `route`: the responsible department.
 *
 * @example
 * ```ts
 * import { Complaint } from "@frontdesk/domain/customer-care"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Complaint.RouteInput)({ department: "售后服务部" })
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const RouteInput = Schema.Struct({
  department: Field.Text({ max: 60, nonEmpty: true }).pipe(
    Field.meta({ label: "customerCare.complaint.department", widget: "text" })
  )
})

/**
 * Input of `handle`: what the department did.
 *
 * @example
 * ```ts
 * import { Complaint } from "@frontdesk/domain/customer-care"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Complaint.HandleInput)({ resolution: "更换密封圈" })
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const HandleInput = Schema.Struct({
  resolution: Field.Text({ max: 1000, nonEmpty: true }).pipe(
    Field.meta({ label: "customerCare.complaint.resolution", widget: "textarea" })
  )
})

/**
 * Input of `recordCallback`: whether the customer is satisfied with the answer (not satisfied
 * reopens the complaint), how they were called and notes.
 *
 * @example
 * ```ts
 * import { Complaint } from "@frontdesk/domain/customer-care"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Complaint.CallbackInput)({ satisfied: "yes", notes: "已解决" })
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const CallbackInput = Schema.Struct({
  satisfied: Schema.Literals(["yes", "no"]).pipe(
    Field.meta({
      label: "customerCare.complaint.satisfied",
      widget: "select",
      options: [
        { value: "yes", label: "customerCare.record.satisfaction.satisfied" },
        { value: "no", label: "customerCare.record.satisfaction.unsatisfied" }
      ]
    })
  ),
  method: Schema.optional(CallbackRecord.MethodSchema),
  notes: Field.Text({ max: 1000, nonEmpty: true }).pipe(
    Field.meta({ label: "customerCare.record.notes", widget: "textarea" })
  )
})

// ---------------------------------------------------------------------------------------------
// workflow
// ---------------------------------------------------------------------------------------------

/**
 * Makes the complaint workflow under a policy; a promised callback time typed at receipt is read
 * in `timeZone` (Asia/Shanghai by default).
 *
 * | command | from | to | roles | input |
 * |---|---|---|---|---|
 * | (create) | — | received | acceptance, supervisor, specialist | {@link NewComplaint} |
 * | `route` | received, reopened | routed | acceptance, supervisor | {@link RouteInput} |
 * | `handle` | routed | handled | department, supervisor | {@link HandleInput} |
 * | `recordCallback` | handled | callbackDone (satisfied) or reopened | specialist, acceptance, supervisor | {@link CallbackInput} |
 * | `close` | callbackDone | closed | supervisor, acceptance | none |
 *
 * @example
 * ```ts
 * import { Deadline } from "@frontdesk/domain"
 * import { Complaint } from "@frontdesk/domain/customer-care"
 * const complaints = Complaint.make({ promiseWithin: Deadline.hours(24) })
 * ```
 * @category workflow
 * @since 0.1.0
 */
export const make = (overrides: Partial<Policy> = {}, timeZone: string = Calendar.defaultTimeZone) =>
  Workflow.make({
    name: "complaint",
    collection: "complaints",
    label: "customerCare.complaint",
    states: [
      { id: "received", label: "customerCare.complaint.state.received" },
      { id: "routed", label: "customerCare.complaint.state.routed" },
      { id: "handled", label: "customerCare.complaint.state.handled" },
      { id: "callbackDone", label: "customerCare.complaint.state.callbackDone" },
      { id: "reopened", label: "customerCare.complaint.state.reopened" },
      { id: "closed", label: "customerCare.complaint.state.closed", terminal: true }
    ],
    initial: "received",
    create: {
      input: NewComplaint,
      roles: [Roles.acceptance, Roles.supervisor, Roles.specialist],
      guard: (input, _actor, now): ReadonlyArray<Rules.Violation> => {
        if (input.promisedCallbackAt === undefined) return []
        const promised = Field.toInstant(input.promisedCallbackAt, timeZone)
        return promised !== undefined && Date.parse(promised) > now.getTime()
          ? []
          : [
              {
                code: "customerCare.complaint.promiseInPast",
                message: { code: "customerCare.complaint.promiseInPast" },
                path: ["promisedCallbackAt"]
              }
            ]
      },
      apply: (input: typeof NewComplaint.Type): Complaint => {
        const { promisedCallbackAt, ...rest } = input
        const promised =
          promisedCallbackAt === undefined ? undefined : Field.toInstant(promisedCallbackAt, timeZone)
        const data: Complaint = { ...rest, callbacks: [], reopenCount: 0 }
        return promised === undefined ? data : { ...data, promisedCallbackAt: promised }
      },
      note: (input) => input.summary
    },
    commands: {
      route: {
        label: "customerCare.complaint.command.route",
        from: ["received", "reopened"],
        to: "routed",
        roles: [Roles.acceptance, Roles.supervisor],
        input: RouteInput,
        apply: (data, input) => ({ ...data, department: input.department }),
        note: (input) => input.department
      },
      handle: {
        label: "customerCare.complaint.command.handle",
        from: "routed",
        to: "handled",
        roles: [Roles.department, Roles.supervisor],
        input: HandleInput,
        apply: (data, input) => ({ ...data, resolution: input.resolution }),
        note: (input) => input.resolution
      },
      recordCallback: {
        label: "customerCare.complaint.command.recordCallback",
        from: "handled",
        to: (_record, input) => (input.satisfied === "yes" ? "callbackDone" : "reopened"),
        targets: ["callbackDone", "reopened"],
        roles: [Roles.specialist, Roles.acceptance, Roles.supervisor],
        input: CallbackInput,
        apply: (data, input, ctx) => {
          const satisfied = input.satisfied === "yes"
          const callback: CallbackNote = {
            at: ctx.now.toISOString(),
            by: ctx.actor.id,
            satisfied,
            notes: input.notes,
            ...(input.method === undefined ? {} : { method: input.method })
          }
          return {
            ...data,
            callbacks: [...data.callbacks, callback],
            reopenCount: data.reopenCount + (satisfied ? 0 : 1)
          }
        },
        note: (input) => input.notes
      },
      close: {
        label: "customerCare.complaint.command.close",
        from: "callbackDone",
        to: "closed",
        roles: [Roles.supervisor, Roles.acceptance],
        apply: (data, _input, ctx) => ({ ...data, closedAt: ctx.now.toISOString() })
      }
    },
    deadlines: [
      {
        name: deadlineName,
        policy: deadlinePolicy(overrides),
        // The promised callback time is the record's `dueAt`, so boards and indexes order by it.
        agreedDueAt: (data: Complaint) => data.promisedCallbackAt
      }
    ]
  })

/**
 * The complaint workflow with the default promise ({@link defaultPolicy}).
 *
 * @example
 * ```ts
 * import { Workflow } from "@frontdesk/domain"
 * import { Complaint } from "@frontdesk/domain/customer-care"
 * Workflow.commandsFrom(Complaint.workflow, "handled").map((c) => c.name) // ["recordCallback"]
 * ```
 * @category workflow
 * @since 0.1.0
 */
export const workflow = make()

/**
 * The complaint's deadline tracker: the callback time promised to the customer is its due time
 * (the workflow's deadline reads it through `DeadlineSpec.agreedDueAt`). `undefined` before the
 * record has a tracker.
 *
 * @example
 * ```ts
 * import { Complaint } from "@frontdesk/domain/customer-care"
 * declare const record: Parameters<typeof Complaint.effectiveTracker>[0]
 * Complaint.effectiveTracker(record)?.dueAt
 * ```
 * @category deadlines
 * @since 0.1.0
 */
export const effectiveTracker = (
  record: Pick<Workflow.Record<Complaint>, "data" | "deadlines">
): Deadline.Tracker | undefined => record.deadlines?.[deadlineName]

/**
 * When the promised callback is due (the promised time, else the default promise); `undefined`
 * once the customer was called back.
 *
 * @example
 * ```ts
 * import { Complaint } from "@frontdesk/domain/customer-care"
 * declare const record: Parameters<typeof Complaint.dueAt>[0]
 * Complaint.dueAt(record)
 * ```
 * @category deadlines
 * @since 0.1.0
 */
export const dueAt = (record: Pick<Workflow.Record<Complaint>, "data" | "deadlines">): string | undefined => {
  const tracker = effectiveTracker(record)
  if (tracker === undefined || tracker.metAt !== undefined) return undefined
  return tracker.dueAt ?? tracker.estimate
}

/**
 * Describes the promised-callback deadline for a badge at `now`.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * import { Complaint } from "@frontdesk/domain/customer-care"
 * declare const record: Parameters<typeof Complaint.describeDeadline>[0]
 * Complaint.describeDeadline(record, new Date(), Calendar.cnMainland()).status
 * ```
 * @category deadlines
 * @since 0.1.0
 */
export const describeDeadline = (
  record: Pick<Workflow.Record<Complaint>, "data" | "deadlines">,
  now: Calendar.Instant,
  calendar: Calendar.Calendar,
  policy: Partial<Policy> = {}
): Deadline.Description =>
  Deadline.describe(deadlinePolicy(policy), effectiveTracker(record) ?? {}, now, calendar)

/**
 * Hours from receipt to closing, or `undefined` while the complaint is open.
 *
 * @example
 * ```ts
 * import { Complaint } from "@frontdesk/domain/customer-care"
 * declare const record: Parameters<typeof Complaint.hoursToClose>[0]
 * Complaint.hoursToClose(record)
 * ```
 * @category queries
 * @since 0.1.0
 */
export const hoursToClose = (
  record: Pick<Workflow.Record<Complaint>, "createdAt" | "data">
): number | undefined =>
  record.data.closedAt === undefined
    ? undefined
    : (Date.parse(record.data.closedAt) - Date.parse(record.createdAt)) / 3_600_000
