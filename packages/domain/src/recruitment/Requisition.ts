/**
 * The staffing requisition (用人需求申请表): what the hiring department asks for, its lead-time
 * check, and the approval workflow `draft → submitted → hrReviewed → internalTransfer | approved →
 * recruiting → filled | cancelled`. Nobody reviews or approves a requisition they raised or
 * signed, and who reviews depends on the position's level, as configured in the approval chain.
 *
 * @example
 * ```ts
 * import { Actor, Workflow } from "@frontdesk/domain"
 * import { Requisition } from "@frontdesk/domain/recruitment"
 * const head = Actor.make("u-1", "张伟", ["departmentHead"])
 * const created = Workflow.create(Requisition.workflow, {
 *   id: "rq-1", actor: head, now: new Date("2026-03-02T01:00:00Z"),
 *   input: {
 *     reason: "moreWork", department: "客服部", position: "客服专员", positionType: "frontLine",
 *     level: "ordinary", headcount: 2, jobDescription: "JD-CS-01", qualifications: "大专及以上",
 *     duties: "接听来电", wantedStart: "2026-04-15"
 *   }
 * })
 * ```
 * @module
 * @since 0.1.0
 */
import { Schema } from "effect"
import * as Actor from "../kernel/Actor.js"
import * as Calendar from "../kernel/Calendar.js"
import * as Field from "../kernel/Field.js"
import * as Messages from "../kernel/Messages.js"
import type * as Rules from "../kernel/Rules.js"
import * as Workflow from "../kernel/Workflow.js"
import { recruitmentTexts } from "../messages/recruitment.js"
import * as Dates from "./internal/dates.js"
import { count, options } from "./internal/schemas.js"
import { hrStaff, roles } from "./Roles.js"

Messages.register(recruitmentTexts)

/**
 * Why the position is needed: a resignation to replace, more work, or a new position.
 *
 * @example
 * ```ts
 * import type { Requisition } from "@frontdesk/domain/recruitment"
 * const reason: Requisition.Reason = "resignation"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Reason = "resignation" | "moreWork" | "newPosition"

/**
 * The position's level: ordinary (一般岗位), important (重要岗位), or department head and above,
 * which the unit head reviews.
 *
 * @example
 * ```ts
 * import type { Requisition } from "@frontdesk/domain/recruitment"
 * const level: Requisition.Level = "important"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Level = "ordinary" | "important" | "departmentHead"

/**
 * The position type that routes interviews: front-line staff (一线人员), professionals (finance,
 * planning, technical, programmers) or other positions.
 *
 * @example
 * ```ts
 * import type { Requisition } from "@frontdesk/domain/recruitment"
 * const type: Requisition.PositionType = "professional"
 * ```
 * @category models
 * @since 0.1.0
 */
export type PositionType = "frontLine" | "professional" | "other"

/**
 * Every level, from the lowest.
 *
 * @example
 * ```ts
 * import { Requisition } from "@frontdesk/domain/recruitment"
 * Requisition.levels.length // 3
 * ```
 * @category constants
 * @since 0.1.0
 */
export const levels: ReadonlyArray<Level> = ["ordinary", "important", "departmentHead"]

/**
 * What the disqualification rules need to know about a position, copied from its requisition onto
 * each candidate so decisions stay reproducible: its type, whether juvenile workers (16–17) may
 * hold it, and the lawful needs it declares for a criminal-record check or a medical requirement.
 *
 * @example
 * ```ts
 * import type { Requisition } from "@frontdesk/domain/recruitment"
 * const position: Requisition.Position = {
 *   title: "出纳", positionType: "professional", level: "important", juvenileSuitable: false,
 *   criminalRecordBasis: "《会计法》第40条", wantedStart: "2026-05-01"
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Position {
  readonly title: string
  readonly positionType: PositionType
  readonly level: Level
  readonly juvenileSuitable: boolean
  readonly criminalRecordBasis?: string | undefined
  readonly medicalRequirement?: string | undefined
  readonly wantedStart: string
}

/**
 * Schema of a {@link Position}, as a candidate carries it.
 *
 * @example
 * ```ts
 * import { Requisition } from "@frontdesk/domain/recruitment"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Requisition.PositionSchema)({
 *   title: "客服专员", positionType: "frontLine", level: "ordinary", juvenileSuitable: false, wantedStart: "2026-05-01"
 * })
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const PositionSchema = Schema.Struct({
  title: Schema.String,
  positionType: Schema.Literals(["frontLine", "professional", "other"]),
  level: Schema.Literals(["ordinary", "important", "departmentHead"]),
  juvenileSuitable: Schema.Boolean,
  criminalRecordBasis: Schema.optional(Schema.String),
  medicalRequirement: Schema.optional(Schema.String),
  wantedStart: Field.LocalDate
})

const text = (max: number) => Field.Text({ max, nonEmpty: true })

/**
 * The requisition form: reason, department, position, type, level, headcount, the job
 * description it references, qualifications, duties, wanted start date, and the position's
 * declarations (suitable for juvenile workers; a lawful basis for a criminal-record check; a
 * medical requirement).
 *
 * @example
 * ```ts
 * import { Requisition } from "@frontdesk/domain/recruitment"
 * import { Schema } from "effect"
 * const decode = Schema.decodeUnknownSync(Requisition.RequisitionForm)
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const RequisitionForm = Schema.Struct({
  reason: Schema.Literals(["resignation", "moreWork", "newPosition"]).pipe(
    Field.meta({
      label: "recruitment.requisition.field.reason",
      widget: "select",
      options: options([
        ["resignation", "recruitment.reason.resignation"],
        ["moreWork", "recruitment.reason.moreWork"],
        ["newPosition", "recruitment.reason.newPosition"]
      ])
    })
  ),
  department: text(60).pipe(
    Field.meta({ label: "recruitment.requisition.field.department", widget: "text" })
  ),
  position: text(60).pipe(Field.meta({ label: "recruitment.requisition.field.position", widget: "text" })),
  positionType: Schema.Literals(["frontLine", "professional", "other"]).pipe(
    Field.meta({
      label: "recruitment.requisition.field.positionType",
      widget: "select",
      options: options([
        ["frontLine", "recruitment.positionType.frontLine"],
        ["professional", "recruitment.positionType.professional"],
        ["other", "recruitment.positionType.other"]
      ])
    })
  ),
  level: Schema.Literals(["ordinary", "important", "departmentHead"]).pipe(
    Field.meta({
      label: "recruitment.requisition.field.level",
      widget: "select",
      options: options([
        ["ordinary", "recruitment.level.ordinary"],
        ["important", "recruitment.level.important"],
        ["departmentHead", "recruitment.level.departmentHead"]
      ])
    })
  ),
  headcount: count(1, 999).pipe(
    Field.meta({ label: "recruitment.requisition.field.headcount", widget: "number" })
  ),
  jobDescription: text(120).pipe(
    Field.meta({
      label: "recruitment.requisition.field.jobDescription",
      hint: "recruitment.requisition.hint.jobDescription",
      widget: "text"
    })
  ),
  qualifications: text(1000).pipe(
    Field.meta({ label: "recruitment.requisition.field.qualifications", widget: "textarea" })
  ),
  duties: text(1000).pipe(Field.meta({ label: "recruitment.requisition.field.duties", widget: "textarea" })),
  wantedStart: Field.LocalDate.pipe(
    Field.meta({
      label: "recruitment.requisition.field.wantedStart",
      hint: "recruitment.requisition.hint.wantedStart",
      widget: "date"
    })
  ),
  juvenileSuitable: Schema.optional(
    Schema.Boolean.pipe(
      Field.meta({ label: "recruitment.requisition.field.juvenileSuitable", widget: "checkbox" })
    )
  ),
  criminalRecordBasis: Schema.optional(
    Field.Text({ max: 200 }).pipe(
      Field.meta({
        label: "recruitment.requisition.field.criminalRecordBasis",
        hint: "recruitment.requisition.hint.criminalRecordBasis",
        widget: "text"
      })
    )
  ),
  medicalRequirement: Schema.optional(
    Field.Text({ max: 200 }).pipe(
      Field.meta({
        label: "recruitment.requisition.field.medicalRequirement",
        hint: "recruitment.requisition.hint.medicalRequirement",
        widget: "text"
      })
    )
  )
})

/**
 * The decoded requisition form.
 *
 * @example
 * ```ts
 * import type { Requisition } from "@frontdesk/domain/recruitment"
 * declare const form: Requisition.Form
 * form.wantedStart // "2026-04-15"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Form = typeof RequisitionForm.Type

/**
 * A requisition's data: the form, who raised it, the lead-time verdict, and who signed, reviewed
 * and approved it, for the approval tracking.
 *
 * @example
 * ```ts
 * import type { Requisition } from "@frontdesk/domain/recruitment"
 * declare const data: Requisition.Data
 * data.late // true when raised later than its lead time
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Data extends Form {
  readonly requestedBy: string
  readonly requestedByName: string
  /** Raised (or, once submitted, submitted) later than the level's lead time allows. */
  readonly late: boolean
  /** The last day on which it would have been on time. */
  readonly onTimeBy: string
  readonly submittedAt?: string | undefined
  readonly signedBy?: string | undefined
  readonly reviewedBy?: string | undefined
  readonly approvedBy?: string | undefined
  readonly approvedAt?: string | undefined
  readonly closedNote?: string | undefined
}

/**
 * Who reviews (审核) a requisition at each level and who approves (审批) it. Configuration, so a
 * group with its own chain can change it.
 *
 * @example
 * ```ts
 * import type { Requisition } from "@frontdesk/domain/recruitment"
 * const chain: Requisition.ApprovalChain = {
 *   review: { ordinary: ["hrHead"], important: ["hrHead"], departmentHead: ["unitHead"] },
 *   approve: ["generalManager"]
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface ApprovalChain {
  readonly review: { readonly [L in Level]: ReadonlyArray<Actor.Role> }
  readonly approve: ReadonlyArray<Actor.Role>
}

/**
 * The seed's chain: the HR head reviews, the unit head reviews department-head-and-above
 * positions, the general manager approves.
 *
 * @example
 * ```ts
 * import { Requisition } from "@frontdesk/domain/recruitment"
 * Requisition.defaultApprovalChain.review.departmentHead // ["unitHead"]
 * ```
 * @category configuration
 * @since 0.1.0
 */
export const defaultApprovalChain: ApprovalChain = {
  review: { ordinary: [roles.hrHead], important: [roles.hrHead], departmentHead: [roles.unitHead] },
  approve: [roles.generalManager]
}

/**
 * Lead time in months per level: ordinary positions 1 month before the start date, important ones
 * 2 months (一般岗位提前1个月、重要岗位提前2个月); department-head positions count as important.
 *
 * @example
 * ```ts
 * import { Requisition } from "@frontdesk/domain/recruitment"
 * Requisition.defaultLeadTimeMonths.important // 2
 * ```
 * @category configuration
 * @since 0.1.0
 */
export const defaultLeadTimeMonths: { readonly [L in Level]: number } = {
  ordinary: 1,
  important: 2,
  departmentHead: 2
}

/**
 * Configuration of the requisition workflow.
 *
 * @example
 * ```ts
 * import type { Requisition } from "@frontdesk/domain/recruitment"
 * const config: Partial<Requisition.Config> = { leadTimeMonths: { ordinary: 1, important: 3, departmentHead: 3 } }
 * ```
 * @category configuration
 * @since 0.1.0
 */
export interface Config {
  readonly approvalChain: ApprovalChain
  readonly leadTimeMonths: { readonly [L in Level]: number }
  /** The organisation's time zone, for "today" in the lead-time check. */
  readonly timeZone: string
}

/**
 * The default configuration: the seed's chain and lead times, Asia/Shanghai.
 *
 * @example
 * ```ts
 * import { Requisition } from "@frontdesk/domain/recruitment"
 * Requisition.defaultConfig.timeZone // "Asia/Shanghai"
 * ```
 * @category configuration
 * @since 0.1.0
 */
export const defaultConfig: Config = {
  approvalChain: defaultApprovalChain,
  leadTimeMonths: defaultLeadTimeMonths,
  timeZone: Field.defaultTimeZone
}

/**
 * The lead-time verdict for a start date raised on `today`: the last on-time day (start date
 * minus the level's lead time) and whether `today` is past it. Late is accepted, only flagged.
 *
 * @example
 * ```ts
 * import { Requisition } from "@frontdesk/domain/recruitment"
 * Requisition.leadTime({ level: "ordinary", wantedStart: "2026-04-15" }, "2026-03-20")
 * // { late: true, onTimeBy: "2026-03-15", months: 1 }
 * ```
 * @category lead time
 * @since 0.1.0
 */
export const leadTime = (
  form: Pick<Form, "level" | "wantedStart">,
  today: string,
  leadTimeMonths: Config["leadTimeMonths"] = defaultLeadTimeMonths
): { readonly late: boolean; readonly onTimeBy: string; readonly months: number } => {
  const months = leadTimeMonths[form.level]
  const onTimeBy = Dates.addMonths(form.wantedStart, -months)
  return { late: today > onTimeBy, onTimeBy, months }
}

/**
 * The warning a requisition form shows when the start date is too close, or undefined.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * import { Requisition } from "@frontdesk/domain/recruitment"
 * const warning = Requisition.leadTimeWarning({ level: "important", wantedStart: "2026-04-15" }, "2026-03-20")
 * if (warning) Messages.render(warning, "en")
 * ```
 * @category lead time
 * @since 0.1.0
 */
export const leadTimeWarning = (
  form: Pick<Form, "level" | "wantedStart">,
  today: string,
  leadTimeMonths: Config["leadTimeMonths"] = defaultLeadTimeMonths
): Messages.Message | undefined => {
  const verdict = leadTime(form, today, leadTimeMonths)
  return verdict.late
    ? { code: "recruitment.requisition.late", params: { months: verdict.months, date: verdict.onTimeBy } }
    : undefined
}

/**
 * The position facts a candidate carries, taken from a requisition.
 *
 * @example
 * ```ts
 * import { Requisition } from "@frontdesk/domain/recruitment"
 * declare const data: Requisition.Data
 * const position = Requisition.positionOf(data)
 * ```
 * @category conversions
 * @since 0.1.0
 */
export const positionOf = (data: Form): Position => {
  const position: { -readonly [K in keyof Position]: Position[K] } = {
    title: data.position,
    positionType: data.positionType,
    level: data.level,
    juvenileSuitable: data.juvenileSuitable === true,
    wantedStart: data.wantedStart
  }
  if (data.criminalRecordBasis !== undefined && data.criminalRecordBasis !== "")
    position.criminalRecordBasis = data.criminalRecordBasis
  if (data.medicalRequirement !== undefined && data.medicalRequirement !== "")
    position.medicalRequirement = data.medicalRequirement
  return position
}

/**
 * Tells whether an actor raised or signed the requisition, and so may not review or approve it.
 *
 * @example
 * ```ts
 * import { Actor } from "@frontdesk/domain"
 * import { Requisition } from "@frontdesk/domain/recruitment"
 * declare const data: Requisition.Data
 * Requisition.isOwnRequest(data, Actor.make("u-1", "张伟", ["generalManager"]))
 * ```
 * @category approvals
 * @since 0.1.0
 */
export const isOwnRequest = (data: Pick<Data, "requestedBy" | "signedBy">, actor: Actor.Actor): boolean =>
  actor.id === data.requestedBy || actor.id === data.signedBy

/**
 * The violation refusing an approval step to the person who raised or signed the request.
 *
 * @example
 * ```ts
 * import { Requisition } from "@frontdesk/domain/recruitment"
 * Requisition.ownRequest.code // "recruitment.approval.ownRequest"
 * ```
 * @category approvals
 * @since 0.1.0
 */
export const ownRequest: Rules.Violation = {
  code: "recruitment.approval.ownRequest",
  message: { code: "recruitment.approval.ownRequest" }
}

/**
 * The violation refusing a step to an actor whose role the approval chain does not name for it.
 *
 * @example
 * ```ts
 * import { Requisition } from "@frontdesk/domain/recruitment"
 * Requisition.wrongApprover.code // "recruitment.approval.wrongRole"
 * ```
 * @category approvals
 * @since 0.1.0
 */
export const wrongApprover: Rules.Violation = {
  code: "recruitment.approval.wrongRole",
  message: { code: "recruitment.approval.wrongRole" }
}

const today = (now: Date, timeZone: string): string => Calendar.localDateOf(now, timeZone)

const unique = (list: ReadonlyArray<Actor.Role>): ReadonlyArray<Actor.Role> => [...new Set(list)]

const Note = Schema.Struct({
  note: Schema.optional(
    Field.Text({ max: 500 }).pipe(Field.meta({ label: "recruitment.field.note", widget: "textarea" }))
  )
})

const Reasoned = Schema.Struct({
  reason: text(500).pipe(Field.meta({ label: "recruitment.field.reason", widget: "textarea" }))
})

/**
 * Makes the requisition workflow with a configuration (approval chain, lead times, time zone).
 *
 * @example
 * ```ts
 * import { Requisition } from "@frontdesk/domain/recruitment"
 * const groupChain = Requisition.make({
 *   approvalChain: { ...Requisition.defaultApprovalChain, approve: ["groupHr"] }
 * })
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const make = (overrides: Partial<Config> = {}) => {
  const config: Config = { ...defaultConfig, ...overrides }
  const chain = config.approvalChain
  const reviewers = unique(levels.flatMap((level) => chain.review[level]))
  const deciders = unique([...reviewers, ...chain.approve])
  const notOwn = (record: Workflow.Record<Data>, actor: Actor.Actor): ReadonlyArray<Rules.Violation> =>
    isOwnRequest(record.data, actor) ? [ownRequest] : []
  return Workflow.make({
    name: "requisition",
    collection: "requisitions",
    label: "recruitment.requisition",
    states: [
      { id: "draft", label: "recruitment.requisition.state.draft" },
      { id: "submitted", label: "recruitment.requisition.state.submitted" },
      { id: "hrReviewed", label: "recruitment.requisition.state.hrReviewed" },
      { id: "internalTransfer", label: "recruitment.requisition.state.internalTransfer", terminal: true },
      { id: "approved", label: "recruitment.requisition.state.approved" },
      { id: "recruiting", label: "recruitment.requisition.state.recruiting" },
      { id: "filled", label: "recruitment.requisition.state.filled", terminal: true },
      { id: "cancelled", label: "recruitment.requisition.state.cancelled", terminal: true }
    ],
    initial: "draft",
    create: {
      input: RequisitionForm,
      roles: [roles.departmentHead],
      apply: (input: Form, { actor, now }): Data => {
        const verdict = leadTime(input, today(now, config.timeZone), config.leadTimeMonths)
        return {
          ...input,
          requestedBy: actor.id,
          requestedByName: actor.name,
          late: verdict.late,
          onTimeBy: verdict.onTimeBy
        }
      }
    },
    commands: {
      edit: {
        label: "recruitment.requisition.command.edit",
        from: "draft",
        to: "draft",
        roles: [roles.departmentHead],
        input: RequisitionForm,
        apply: (data, input, { now }) => {
          const verdict = leadTime(input, today(now, config.timeZone), config.leadTimeMonths)
          return { ...data, ...input, late: verdict.late, onTimeBy: verdict.onTimeBy }
        }
      },
      submit: {
        label: "recruitment.requisition.command.submit",
        from: "draft",
        to: "submitted",
        roles: [roles.departmentHead],
        input: Note,
        // The department head's signature; the lead time is judged again when it reaches HR.
        apply: (data, _input, { actor, now }) => {
          const verdict = leadTime(data, today(now, config.timeZone), config.leadTimeMonths)
          return {
            ...data,
            signedBy: actor.id,
            submittedAt: now.toISOString(),
            late: verdict.late,
            onTimeBy: verdict.onTimeBy
          }
        },
        note: (input) => input.note
      },
      review: {
        label: "recruitment.requisition.command.review",
        from: "submitted",
        to: "hrReviewed",
        roles: reviewers,
        input: Note,
        guard: (record, _input, actor) => [
          ...notOwn(record, actor),
          ...(Actor.hasAnyRole(actor, chain.review[record.data.level]) ? [] : [wrongApprover])
        ],
        apply: (data, _input, { actor }) => ({ ...data, reviewedBy: actor.id }),
        note: (input) => input.note
      },
      sendBack: {
        label: "recruitment.requisition.command.sendBack",
        from: ["submitted", "hrReviewed"],
        to: "draft",
        roles: deciders,
        input: Reasoned,
        guard: (record, _input, actor) => notOwn(record, actor),
        apply: (data) => {
          const { signedBy: _s, reviewedBy: _r, submittedAt: _t, ...rest } = data
          return rest
        },
        note: (input) => input.reason
      },
      closeByTransfer: {
        label: "recruitment.requisition.command.closeByTransfer",
        from: "hrReviewed",
        to: "internalTransfer",
        roles: hrStaff,
        input: Reasoned,
        guard: (record, _input, actor) => notOwn(record, actor),
        apply: (data, input) => ({ ...data, closedNote: input.reason }),
        note: (input) => input.reason
      },
      approve: {
        label: "recruitment.requisition.command.approve",
        from: "hrReviewed",
        to: "approved",
        roles: chain.approve,
        input: Note,
        guard: (record, _input, actor) => notOwn(record, actor),
        apply: (data, _input, { actor, now }) => ({
          ...data,
          approvedBy: actor.id,
          approvedAt: now.toISOString()
        }),
        note: (input) => input.note
      },
      startRecruiting: {
        label: "recruitment.requisition.command.startRecruiting",
        from: "approved",
        to: "recruiting",
        roles: hrStaff,
        input: Note,
        note: (input) => input.note
      },
      fill: {
        label: "recruitment.requisition.command.fill",
        from: "recruiting",
        to: "filled",
        roles: hrStaff,
        input: Note,
        note: (input) => input.note
      },
      cancel: {
        label: "recruitment.requisition.command.cancel",
        from: ["draft", "submitted", "hrReviewed", "approved", "recruiting"],
        to: "cancelled",
        roles: unique([roles.departmentHead, ...hrStaff, ...chain.approve]),
        input: Reasoned,
        apply: (data, input) => ({ ...data, closedNote: input.reason }),
        note: (input) => input.reason
      }
    }
  })
}

/**
 * The requisition workflow with the default configuration; records live in `requisitions`.
 *
 * @example
 * ```ts
 * import { Workflow } from "@frontdesk/domain"
 * import { Requisition } from "@frontdesk/domain/recruitment"
 * Workflow.commandsFrom(Requisition.workflow, "hrReviewed").map((c) => c.name)
 * // ["sendBack", "closeByTransfer", "approve", "cancel"]
 * ```
 * @category workflows
 * @since 0.1.0
 */
export const workflow = make()

/**
 * A stored requisition.
 *
 * @example
 * ```ts
 * import type { Requisition } from "@frontdesk/domain/recruitment"
 * declare const record: Requisition.Record
 * record.state // "approved"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Record = Workflow.Record<Data>

/**
 * The requisition workflow's states.
 *
 * @example
 * ```ts
 * import type { Requisition } from "@frontdesk/domain/recruitment"
 * const state: Requisition.State = "hrReviewed"
 * ```
 * @category models
 * @since 0.1.0
 */
export type State = Workflow.StateOf<typeof workflow>
