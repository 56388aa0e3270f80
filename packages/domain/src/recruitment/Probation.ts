/**
 * Probation (试用期): goals, coaching notes, career plan, self-assessment, assessment, its
 * approval, the notice of the result, then confirmation (转正) or the end of the employment. The
 * length is checked against the contract term (Labour Contract Law art. 19) and the end of
 * probation is a deadline.
 *
 * A probation record has the id of the candidate it follows, so the candidate's `confirm` and
 * `failProbation` commands can check its outcome.
 *
 * @example
 * ```ts
 * import { Probation } from "@frontdesk/domain/recruitment"
 * Probation.maxMonths({ kind: "fixed", months: 24 }) // 2
 * Probation.endDate("2026-05-01", 2) // "2026-06-30"
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
import { recruitmentTexts } from "../messages/recruitment.js"
import * as Dates from "./internal/dates.js"
import { count } from "./internal/schemas.js"
import { hrStaff, roles } from "./Roles.js"

Messages.register(recruitmentTexts)

/**
 * Schema of a labour contract's term: fixed, in months, or open-ended (无固定期限).
 *
 * @example
 * ```ts
 * import { Probation } from "@frontdesk/domain/recruitment"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Probation.ContractTermSchema)({ kind: "openEnded" })
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const ContractTermSchema = Schema.Union([
  Schema.Struct({ kind: Schema.Literal("fixed"), months: count(1, 1200) }),
  Schema.Struct({ kind: Schema.Literal("openEnded") })
]).pipe(Field.meta({ label: "recruitment.probation.field.contractTerm", widget: "select" }))

/**
 * A contract term.
 *
 * @example
 * ```ts
 * import type { Probation } from "@frontdesk/domain/recruitment"
 * const term: Probation.ContractTerm = { kind: "fixed", months: 36 }
 * ```
 * @category models
 * @since 0.1.0
 */
export type ContractTerm = typeof ContractTermSchema.Type

/**
 * The bounds of Labour Contract Law art. 19: contracts under 3 months have no probation; 3 months
 * to under 1 year at most 1 month; 1 year to under 3 years at most 2 months; 3 years or more, or
 * open-ended, at most 6 months. Each bound applies to terms shorter than `under` months.
 *
 * @example
 * ```ts
 * import { Probation } from "@frontdesk/domain/recruitment"
 * Probation.article19[0] // { under: 3, maxMonths: 0 }
 * ```
 * @category configuration
 * @since 0.1.0
 */
export const article19: ReadonlyArray<{ readonly under: number; readonly maxMonths: number }> = [
  { under: 3, maxMonths: 0 },
  { under: 12, maxMonths: 1 },
  { under: 36, maxMonths: 2 },
  { under: Number.POSITIVE_INFINITY, maxMonths: 6 }
]

/**
 * The longest probation a contract term allows.
 *
 * @example
 * ```ts
 * import { Probation } from "@frontdesk/domain/recruitment"
 * Probation.maxMonths({ kind: "fixed", months: 2 }) // 0
 * Probation.maxMonths({ kind: "openEnded" }) // 6
 * ```
 * @category length
 * @since 0.1.0
 */
export const maxMonths = (term: ContractTerm): number => {
  const months = term.kind === "openEnded" ? Number.POSITIVE_INFINITY : term.months
  return article19.find((bound) => months < bound.under)?.maxMonths ?? article19.at(-1)?.maxMonths ?? 0
}

/**
 * Checks a probation length against the contract term and whether the person already had a
 * probation with this employer (only one is allowed); returns every violation.
 *
 * @example
 * ```ts
 * import { Probation } from "@frontdesk/domain/recruitment"
 * Probation.lengthViolations({ kind: "fixed", months: 12 }, 3).map((v) => v.code) // ["recruitment.probation.tooLong"]
 * ```
 * @category length
 * @since 0.1.0
 */
export const lengthViolations = (
  term: ContractTerm,
  months: number,
  priorProbation = false
): ReadonlyArray<Rules.Violation> => {
  const found: Array<Rules.Violation> = []
  const max = maxMonths(term)
  if (months > 0 && max === 0) {
    found.push({
      code: "recruitment.probation.none",
      message: { code: "recruitment.probation.none" },
      standing: "legal-requirement",
      path: ["months"]
    })
  } else if (months > max) {
    found.push({
      code: "recruitment.probation.tooLong",
      message: { code: "recruitment.probation.tooLong", params: { max, months } },
      standing: "legal-requirement",
      path: ["months"]
    })
  }
  if (months > 0 && priorProbation) {
    found.push({
      code: "recruitment.probation.repeat",
      message: { code: "recruitment.probation.repeat" },
      standing: "legal-requirement",
      path: ["months"]
    })
  }
  return found
}

/**
 * The last day of a probation of `months` months starting on `startDate`: the day before the same
 * date `months` later, or that month's last day when it has no such date (Civil Code art. 202).
 *
 * @example
 * ```ts
 * import { Probation } from "@frontdesk/domain/recruitment"
 * Probation.endDate("2026-05-01", 3) // "2026-07-31"
 * Probation.endDate("2026-01-31", 1) // "2026-02-28"
 * ```
 * @category length
 * @since 0.1.0
 */
export const endDate = (startDate: string, months: number): string => {
  const same = Dates.addMonths(startDate, months)
  // addMonths clamps to the month's end when the date does not exist there; that end is the last day.
  return same.slice(8) === startDate.slice(8) ? Dates.addDays(same, -1) : same
}

/**
 * The probation form: whom it is for, the position, start date, contract term and length.
 *
 * @example
 * ```ts
 * import { Probation } from "@frontdesk/domain/recruitment"
 * import { Schema } from "effect"
 * const decode = Schema.decodeUnknownSync(Probation.ProbationForm)
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const ProbationForm = Schema.Struct({
  candidateId: Field.Text({ max: 64, nonEmpty: true }).pipe(
    Field.meta({ label: "recruitment.probation.field.candidate", widget: "text" })
  ),
  employeeName: Field.Text({ max: 40, nonEmpty: true }).pipe(
    Field.meta({ label: "recruitment.probation.field.employeeName", widget: "text", sensitive: true })
  ),
  position: Field.Text({ max: 60, nonEmpty: true }).pipe(
    Field.meta({ label: "recruitment.probation.field.position", widget: "text" })
  ),
  startDate: Field.LocalDate.pipe(
    Field.meta({ label: "recruitment.probation.field.startDate", widget: "date" })
  ),
  contractTerm: ContractTermSchema,
  months: count(1, 6).pipe(Field.meta({ label: "recruitment.probation.field.months", widget: "number" }))
})

/**
 * The decoded probation form.
 *
 * @example
 * ```ts
 * import type { Probation } from "@frontdesk/domain/recruitment"
 * declare const form: Probation.Form
 * form.months // 2
 * ```
 * @category models
 * @since 0.1.0
 */
export type Form = typeof ProbationForm.Type

/**
 * An assessment (试用期考评): pass or fail, a score out of 100 when used, and comments.
 *
 * @example
 * ```ts
 * import type { Probation } from "@frontdesk/domain/recruitment"
 * const a: Probation.Assessment = { result: "pass", comments: "达到试用目标", by: "u-7", at: "2026-06-25T02:00:00.000Z" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Assessment {
  readonly result: "pass" | "fail"
  readonly score?: number | undefined
  readonly comments: string
  readonly by: string
  readonly at: string
}

/**
 * A note with who wrote it and when.
 *
 * @example
 * ```ts
 * import type { Probation } from "@frontdesk/domain/recruitment"
 * const n: Probation.Note = { text: "熟悉了工单系统", by: "u-7", at: "2026-05-15T02:00:00.000Z" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Note {
  readonly text: string
  readonly by: string
  readonly at: string
}

/**
 * A probation's data: the form, its end date and instant, goals, coaching notes, career plan,
 * self-assessment, assessment, who approved it, and when the result was notified and closed.
 *
 * @example
 * ```ts
 * import type { Probation } from "@frontdesk/domain/recruitment"
 * declare const data: Probation.Data
 * data.endDate // "2026-06-30"
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Data extends Form {
  readonly endDate: string
  /** The last instant of the end date in the organisation's time zone; index it for alerts. */
  readonly endsAt: string
  readonly goals: ReadonlyArray<string>
  readonly coachingNotes: ReadonlyArray<Note>
  readonly careerPlan?: string | undefined
  readonly selfAssessment?: Note | undefined
  readonly assessment?: Assessment | undefined
  readonly approvedBy?: string | undefined
  readonly notifiedAt?: string | undefined
  readonly closedAt?: string | undefined
}

/**
 * Configuration: the time zone of the end instant, who approves assessments, and how many days
 * before the end the deadline counts as due soon.
 *
 * @example
 * ```ts
 * import { Probation } from "@frontdesk/domain/recruitment"
 * Probation.defaultConfig.approvers // ["hrManager", "hrHead"]
 * ```
 * @category configuration
 * @since 0.1.0
 */
export const defaultConfig = {
  timeZone: Field.defaultTimeZone,
  approvers: [roles.hrManager, roles.hrHead] as ReadonlyArray<string>,
  dueSoonDays: 7
}

/**
 * How many days before its end a probation counts as due soon. The seed names no number (the
 * personnel alerts make it configurable); a week's notice is this library's default.
 *
 * @example
 * ```ts
 * import { Probation } from "@frontdesk/domain/recruitment"
 * Probation.defaultDueSoonDays // 7
 * ```
 * @category configuration
 * @since 0.1.0
 */
export const defaultDueSoonDays = defaultConfig.dueSoonDays

/**
 * The deadline policy of the end of probation, due soon `dueSoonDays` ahead, met by `confirm` or
 * `end`. Its due time is each record's own end (see {@link endTracker}), not a fixed duration.
 *
 * @example
 * ```ts
 * import { Probation } from "@frontdesk/domain/recruitment"
 * const fortnight = Probation.endPolicyWith(14)
 * ```
 * @category deadlines
 * @since 0.1.0
 */
export const endPolicyWith = (dueSoonDays: number): Deadline.Policy =>
  Deadline.make({
    id: "probationEnd",
    start: "created",
    met: { commands: ["confirm", "end"] },
    duration: Deadline.calendarDays(0),
    dueSoon: Deadline.calendarDays(dueSoonDays)
  })

/**
 * The end-of-probation policy with the default notice ({@link defaultDueSoonDays}).
 *
 * @example
 * ```ts
 * import { Probation } from "@frontdesk/domain/recruitment"
 * Probation.endPolicy.met.commands // ["confirm", "end"]
 * ```
 * @category deadlines
 * @since 0.1.0
 */
export const endPolicy: Deadline.Policy = endPolicyWith(defaultDueSoonDays)

/**
 * The end-of-probation deadline of a record as a tracker, for `Deadline.status`, `Deadline.describe`
 * and `fd-deadline-badge` (with {@link endPolicy}): the one the workflow keeps in
 * `record.deadlines.probationEnd`, or, for a record stored without it, one rebuilt from its data.
 *
 * @example
 * ```ts
 * import { Calendar, Deadline } from "@frontdesk/domain"
 * import { Probation } from "@frontdesk/domain/recruitment"
 * declare const record: Probation.Record
 * Deadline.status(Probation.endPolicy, Probation.endTracker(record), new Date(), Calendar.cnMainland())
 * ```
 * @category deadlines
 * @since 0.1.0
 */
export const endTracker = (record: Workflow.Record<Data>): Deadline.Tracker => {
  const kept = record.deadlines?.[deadlineName]
  if (kept !== undefined) return kept
  const tracker = Deadline.withDueAt(endPolicy, { startedAt: record.createdAt }, record.data.endsAt)
  return record.data.closedAt === undefined ? tracker : { ...tracker, metAt: record.data.closedAt }
}

/**
 * Where the end of probation stands at `now` (with {@link endPolicy} unless another is given).
 *
 * @example
 * ```ts
 * import { Probation } from "@frontdesk/domain/recruitment"
 * declare const record: Probation.Record
 * Probation.endStatus(record, new Date("2026-06-28T02:00:00Z")) // "due-soon"
 * ```
 * @category deadlines
 * @since 0.1.0
 */
export const endStatus = (
  record: Workflow.Record<Data>,
  now: Date,
  calendar: Calendar.Calendar = Calendar.cnMainland(),
  policy: Deadline.Policy = endPolicy
): Deadline.Status => Deadline.status(policy, endTracker(record), now, calendar)

/**
 * The name of the end-of-probation deadline on a record (`record.deadlines.probationEnd`); the
 * record's `dueAt` is its end, so an index on `dueAt` lists the probations ending next.
 *
 * @example
 * ```ts
 * import { Probation } from "@frontdesk/domain/recruitment"
 * declare const record: Probation.Record
 * record.deadlines?.[Probation.deadlineName]?.dueAt
 * ```
 * @category deadlines
 * @since 0.1.0
 */
export const deadlineName = "probationEnd"

const endsAt = (date: string, timeZone: string): string =>
  new Date(Calendar.instantAt(Dates.addDays(date, 1), "00:00", timeZone).getTime() - 1).toISOString()

const Text = (max: number, label: Messages.Code) =>
  Field.Text({ max, nonEmpty: true }).pipe(Field.meta({ label, widget: "textarea" }))

const GoalsInput = Schema.Struct({
  goals: Schema.NonEmptyArray(Text(500, "recruitment.probation.field.goal"))
})

/**
 * The context the probation workflow reads on creation: whether the person already had a
 * probation with this employer.
 *
 * @example
 * ```ts
 * import type { Probation } from "@frontdesk/domain/recruitment"
 * const context: Probation.Context = { priorProbation: false }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Context {
  readonly priorProbation?: boolean | undefined
}

const wrongResult = (expected: "pass" | "fail"): Rules.Violation => ({
  code: "recruitment.probation.resultMismatch",
  message: {
    code: expected === "pass" ? "recruitment.probation.notPassed" : "recruitment.probation.notFailed"
  }
})

/**
 * Makes the probation workflow: `planning → inProgress → selfAssessed → assessed → approved →
 * notified → confirmed | ended`.
 *
 * @example
 * ```ts
 * import { Probation } from "@frontdesk/domain/recruitment"
 * const probations = Probation.make({ timeZone: "Asia/Hong_Kong" })
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const make = (overrides: Partial<typeof defaultConfig> = {}) => {
  const config = { ...defaultConfig, ...overrides }
  const coaches = [roles.departmentManager, roles.departmentHead, roles.hrManager]
  return Workflow.make({
    name: "probation",
    collection: "probations",
    label: "recruitment.probation",
    states: [
      { id: "planning", label: "recruitment.probation.state.planning" },
      { id: "inProgress", label: "recruitment.probation.state.inProgress" },
      { id: "selfAssessed", label: "recruitment.probation.state.selfAssessed" },
      { id: "assessed", label: "recruitment.probation.state.assessed" },
      { id: "approved", label: "recruitment.probation.state.approved" },
      { id: "notified", label: "recruitment.probation.state.notified" },
      { id: "confirmed", label: "recruitment.probation.state.confirmed", terminal: true },
      { id: "ended", label: "recruitment.probation.state.ended", terminal: true }
    ],
    initial: "planning",
    create: {
      input: ProbationForm,
      roles: hrStaff,
      guard: (input: Form, _actor, _now, context) =>
        lengthViolations(input.contractTerm, input.months, (context as Context).priorProbation === true),
      apply: (input: Form): Data => {
        const end = endDate(input.startDate, input.months)
        return { ...input, endDate: end, endsAt: endsAt(end, config.timeZone), goals: [], coachingNotes: [] }
      }
    },
    commands: {
      setGoals: {
        label: "recruitment.probation.command.setGoals",
        from: "planning",
        to: "inProgress",
        roles: coaches,
        input: GoalsInput,
        apply: (data, input) => ({ ...data, goals: input.goals })
      },
      coach: {
        label: "recruitment.probation.command.coach",
        from: "inProgress",
        to: "inProgress",
        roles: [...coaches, roles.hr],
        input: Schema.Struct({ note: Text(1000, "recruitment.probation.field.coachingNote") }),
        apply: (data, input, { actor, now }) => ({
          ...data,
          coachingNotes: [...data.coachingNotes, { text: input.note, by: actor.id, at: now.toISOString() }]
        }),
        note: (input) => input.note
      },
      planCareer: {
        label: "recruitment.probation.command.planCareer",
        from: "inProgress",
        to: "inProgress",
        roles: [...coaches, roles.employee],
        input: Schema.Struct({ plan: Text(1000, "recruitment.probation.field.careerPlan") }),
        apply: (data, input) => ({ ...data, careerPlan: input.plan })
      },
      selfAssess: {
        label: "recruitment.probation.command.selfAssess",
        from: "inProgress",
        to: "selfAssessed",
        roles: [roles.employee, roles.hr],
        input: Schema.Struct({ summary: Text(2000, "recruitment.probation.field.selfAssessment") }),
        apply: (data, input, { actor, now }) => ({
          ...data,
          selfAssessment: { text: input.summary, by: actor.id, at: now.toISOString() }
        })
      },
      assess: {
        label: "recruitment.probation.command.assess",
        from: "selfAssessed",
        to: "assessed",
        roles: [roles.departmentManager, roles.departmentHead],
        input: Schema.Struct({
          result: Schema.Literals(["pass", "fail"]).pipe(
            Field.meta({
              label: "recruitment.probation.field.result",
              widget: "select",
              options: [
                { value: "pass", label: "recruitment.probation.result.pass" },
                { value: "fail", label: "recruitment.probation.result.fail" }
              ]
            })
          ),
          score: Schema.optional(
            count(0, 100).pipe(Field.meta({ label: "recruitment.probation.field.score", widget: "number" }))
          ),
          comments: Text(2000, "recruitment.probation.field.comments")
        }),
        apply: (data, input, { actor, now }) => {
          const assessment: Assessment =
            input.score === undefined
              ? { result: input.result, comments: input.comments, by: actor.id, at: now.toISOString() }
              : {
                  result: input.result,
                  score: input.score,
                  comments: input.comments,
                  by: actor.id,
                  at: now.toISOString()
                }
          return { ...data, assessment }
        }
      },
      approveAssessment: {
        label: "recruitment.probation.command.approveAssessment",
        from: "assessed",
        to: "approved",
        roles: config.approvers,
        guard: (record, _input, actor) =>
          record.data.assessment?.by === actor.id
            ? [
                {
                  code: "recruitment.approval.ownRequest",
                  message: { code: "recruitment.approval.ownRequest" }
                } as const
              ]
            : [],
        apply: (data, _input, { actor }) => ({ ...data, approvedBy: actor.id })
      },
      returnAssessment: {
        label: "recruitment.probation.command.returnAssessment",
        from: "assessed",
        to: "selfAssessed",
        roles: config.approvers,
        input: Schema.Struct({ reason: Text(500, "recruitment.field.reason") }),
        apply: (data) => {
          const { assessment: _a, ...rest } = data
          return rest
        },
        note: (input) => input.reason
      },
      notify: {
        label: "recruitment.probation.command.notify",
        from: "approved",
        to: "notified",
        roles: hrStaff,
        apply: (data, _input, { now }) => ({ ...data, notifiedAt: now.toISOString() })
      },
      confirm: {
        label: "recruitment.probation.command.confirm",
        from: "notified",
        to: "confirmed",
        roles: hrStaff,
        guard: (record) => (record.data.assessment?.result === "pass" ? [] : [wrongResult("pass")]),
        apply: (data, _input, { now }) => ({ ...data, closedAt: now.toISOString() })
      },
      end: {
        label: "recruitment.probation.command.end",
        from: "notified",
        to: "ended",
        roles: hrStaff,
        guard: (record) => (record.data.assessment?.result === "fail" ? [] : [wrongResult("fail")]),
        apply: (data, _input, { now }) => ({ ...data, closedAt: now.toISOString() })
      }
    },
    deadlines: [
      {
        name: deadlineName,
        policy: endPolicyWith(config.dueSoonDays),
        agreedDueAt: (data: Data) => data.endsAt
      }
    ]
  })
}

/**
 * The probation workflow with the default configuration; records live in `probations`.
 *
 * @example
 * ```ts
 * import { Workflow } from "@frontdesk/domain"
 * import { Probation } from "@frontdesk/domain/recruitment"
 * Workflow.commandsFrom(Probation.workflow, "notified").map((c) => c.name) // ["confirm", "end"]
 * ```
 * @category workflows
 * @since 0.1.0
 */
export const workflow = make()

/**
 * A stored probation.
 *
 * @example
 * ```ts
 * import type { Probation } from "@frontdesk/domain/recruitment"
 * declare const record: Probation.Record
 * record.data.endsAt
 * ```
 * @category models
 * @since 0.1.0
 */
export type Record = Workflow.Record<Data>
