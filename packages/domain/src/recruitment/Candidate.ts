/**
 * Candidates (应聘者): registration with duplicate detection by resident ID or mobile and merging,
 * and the candidate workflow from application to the end of probation. Every transition is
 * guarded by role; the disqualification rules report, a person confirms (`disqualify`, kept in
 * the history), and no step towards hiring runs while a rule fires that nobody has confirmed or
 * cleared.
 *
 * States: `applied → screenedOut | screened → (shortlisted →) firstInterview → (secondInterview →)
 * backgroundCheck → offer → medical → onboarding → onProbation → confirmed | probationFailed`;
 * `withdrawn` from any open state; `disqualified` and `rejected` (not selected) before hire;
 * `merged` for a duplicate folded into another record.
 *
 * @example
 * ```ts
 * import { Actor, Workflow } from "@frontdesk/domain"
 * import { Candidate } from "@frontdesk/domain/recruitment"
 * const hr = Actor.make("u-2", "李强", ["hr"])
 * Workflow.create(Candidate.workflow, {
 *   id: "c-1", actor: hr, now: new Date("2026-03-10T02:00:00Z"),
 *   input: {
 *     requisitionId: "rq-1", name: "王芳", mobile: "13812345678", channel: "online",
 *     position: { title: "客服专员", positionType: "frontLine", level: "ordinary", juvenileSuitable: false, wantedStart: "2026-05-01" }
 *   }
 * })
 * ```
 * @module
 * @since 0.1.0
 */
import { Schema } from "effect"
import type * as Actor from "../kernel/Actor.js"
import * as ActorOps from "../kernel/Actor.js"
import * as Field from "../kernel/Field.js"
import * as Messages from "../kernel/Messages.js"
import type * as Rules from "../kernel/Rules.js"
import * as Workflow from "../kernel/Workflow.js"
import { recruitmentTexts } from "../messages/recruitment.js"
import type * as Blacklist from "./Blacklist.js"
import * as Disqualification from "./Disqualification.js"
import * as Interview from "./Interview.js"
import { count } from "./internal/schemas.js"
import * as Offer from "./Offer.js"
import * as Plan from "./Plan.js"
import type * as Probation from "./Probation.js"
import * as Requisition from "./Requisition.js"
import { hrStaff, roles } from "./Roles.js"
import * as Screening from "./Screening.js"

Messages.register(recruitmentTexts)

/**
 * The fields a person fills in on the registration form (应聘登记表): name, mobile, resident ID,
 * email, the channel the application came through, education and years of experience. A form
 * element renders these; {@link createInput} adds the requisition.
 *
 * @example
 * ```ts
 * import { Candidate } from "@frontdesk/domain/recruitment"
 * // <fd-form .schema=${Candidate.RegistrationFields}>
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const RegistrationFields = Schema.Struct({
  name: Field.Text({ max: 40, nonEmpty: true }).pipe(
    Field.meta({ label: "recruitment.candidate.field.name", widget: "text", sensitive: true })
  ),
  mobile: Field.Mobile.pipe(
    Field.meta({ label: "recruitment.candidate.field.mobile", widget: "mobile", sensitive: true })
  ),
  residentId: Schema.optional(
    Field.ResidentId.pipe(
      Field.meta({ label: "recruitment.candidate.field.residentId", widget: "residentId", sensitive: true })
    )
  ),
  email: Schema.optional(
    Field.Email.pipe(Field.meta({ label: "recruitment.candidate.field.email", widget: "email" }))
  ),
  channel: Plan.ChannelSchema,
  education: Schema.optional(
    Field.Text({ max: 100 }).pipe(
      Field.meta({ label: "recruitment.candidate.field.education", widget: "text" })
    )
  ),
  experienceYears: Schema.optional(
    count(0, 60).pipe(Field.meta({ label: "recruitment.candidate.field.experienceYears", widget: "number" }))
  )
})

/**
 * The input of creating a candidate: the requisition applied for, its position facts (see
 * `Requisition.positionOf`), and the {@link RegistrationFields}.
 *
 * @example
 * ```ts
 * import { Candidate } from "@frontdesk/domain/recruitment"
 * import { Schema } from "effect"
 * const decode = Schema.decodeUnknownSync(Candidate.CandidateForm)
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const CandidateForm = Schema.Struct({
  requisitionId: Field.Text({ max: 64, nonEmpty: true }).pipe(
    Field.meta({ label: "recruitment.candidate.field.requisition", widget: "text" })
  ),
  position: Requisition.PositionSchema,
  ...RegistrationFields.fields
})

/**
 * The create input for a registration against a requisition: its id and position facts, and
 * what the person filled in.
 *
 * @example
 * ```ts
 * import { Workflow } from "@frontdesk/domain"
 * import { Candidate, type Requisition } from "@frontdesk/domain/recruitment"
 * declare const requisition: Requisition.Record
 * declare const filled: typeof Candidate.RegistrationFields.Encoded
 * // Workflow.create(Candidate.workflow, { id, input: Candidate.createInput(requisition, filled), actor, now })
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const createInput = <F extends object>(
  requisition: { readonly id: string; readonly data: Requisition.Form },
  fields: F
): F & { readonly requisitionId: string; readonly position: Requisition.Position } => ({
  ...fields,
  requisitionId: requisition.id,
  position: Requisition.positionOf(requisition.data)
})

/**
 * The decoded registration form.
 *
 * @example
 * ```ts
 * import type { Candidate } from "@frontdesk/domain/recruitment"
 * declare const form: Candidate.Form
 * form.channel // "online"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Form = typeof CandidateForm.Type

/**
 * A rule finding cleared by a person, with the reason (e.g. a false match on the blacklist).
 *
 * @example
 * ```ts
 * import type { Candidate } from "@frontdesk/domain/recruitment"
 * const w: Candidate.Waiver = { code: "recruitment.disqualification.blacklisted", reason: "同名不同人", by: "u-5", at: "2026-03-12T02:00:00.000Z" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Waiver {
  readonly code: string
  readonly reason: string
  readonly by: string
  readonly at: string
}

/**
 * A confirmed disqualification: the rule codes that fired and the person's note.
 *
 * @example
 * ```ts
 * import type { Candidate } from "@frontdesk/domain/recruitment"
 * const d: Candidate.Disqualified = { codes: ["recruitment.disqualification.fraud"], note: "学历证书伪造", by: "u-5", at: "2026-03-12T02:00:00.000Z" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Disqualified {
  readonly codes: ReadonlyArray<string>
  readonly note: string
  readonly by: string
  readonly at: string
}

/**
 * When the candidate reached each stage that the recruitment evaluation counts.
 *
 * @example
 * ```ts
 * import type { Candidate } from "@frontdesk/domain/recruitment"
 * const m: Candidate.Milestones = { screenedAt: "2026-03-11T02:00:00.000Z" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Milestones {
  readonly screenedAt?: string | undefined
  readonly interviewedAt?: string | undefined
  readonly offeredAt?: string | undefined
  readonly hiredAt?: string | undefined
}

/**
 * A candidate's data.
 *
 * @example
 * ```ts
 * import type { Candidate } from "@frontdesk/domain/recruitment"
 * declare const data: Candidate.Data
 * data.facts.birthDate // from the resident ID
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Data extends Form {
  readonly facts: Disqualification.Facts
  readonly documents: Offer.Checklist<Offer.Document>
  readonly screening?: (Screening.Input & { readonly by: string; readonly at: string }) | undefined
  readonly screeningWarnings: ReadonlyArray<Screening.Warning>
  readonly shortlistedBy?: string | undefined
  readonly evaluations: ReadonlyArray<Interview.Evaluation>
  readonly waivers: ReadonlyArray<Waiver>
  readonly disqualification?: Disqualified | undefined
  readonly offer?: (Offer.Terms & { readonly draftedBy: string }) | undefined
  readonly hireApprovedBy?: string | undefined
  readonly onboarding: Offer.Checklist<Offer.OnboardingItem>
  readonly milestones: Milestones
  readonly mergedInto?: string | undefined
  /** Applications of the same person folded into this one. */
  readonly merged: ReadonlyArray<{ readonly id: string; readonly channel: Plan.Channel }>
  readonly closingReason?: string | undefined
}

/**
 * A stored candidate.
 *
 * @example
 * ```ts
 * import type { Candidate } from "@frontdesk/domain/recruitment"
 * declare const record: Candidate.Record
 * record.state // "firstInterview"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Record = Workflow.Record<Data>

/**
 * The context candidate commands read: the blacklist for the disqualification rules, and, for
 * `confirm` and `failProbation`, the candidate's probation record.
 *
 * @example
 * ```ts
 * import type { Candidate } from "@frontdesk/domain/recruitment"
 * const context: Candidate.Context = { blacklist: ["110101199003074514"] }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Context extends Blacklist.Context {
  readonly probation?: Probation.Record | undefined
}

// ---------------------------------------------------------------------------------------------
// Duplicates
// ---------------------------------------------------------------------------------------------

/**
 * A possible duplicate: the other record and what matched.
 *
 * @example
 * ```ts
 * import type { Candidate } from "@frontdesk/domain/recruitment"
 * declare const match: Candidate.Duplicate
 * match.by // "residentId"
 * ```
 * @category duplicates
 * @since 0.1.0
 */
export interface Duplicate {
  readonly record: Record
  readonly by: "residentId" | "mobile"
}

/**
 * Finds the records of the same person among `others` — same resident ID, or else same mobile —
 * leaving out the record itself and records already merged away.
 *
 * @example
 * ```ts
 * import { Candidate } from "@frontdesk/domain/recruitment"
 * declare const others: ReadonlyArray<Candidate.Record>
 * Candidate.findDuplicates({ mobile: "13812345678" }, others)
 * ```
 * @category duplicates
 * @since 0.1.0
 */
export const findDuplicates = (
  candidate: {
    readonly id?: string | undefined
    readonly mobile: string
    readonly residentId?: string | undefined
  },
  others: ReadonlyArray<Record>
): ReadonlyArray<Duplicate> =>
  others.flatMap((record): ReadonlyArray<Duplicate> => {
    if (record.id === candidate.id || record.state === "merged") return []
    if (candidate.residentId !== undefined && record.data.residentId === candidate.residentId)
      return [{ record, by: "residentId" }]
    if (record.data.mobile === candidate.mobile) return [{ record, by: "mobile" }]
    return []
  })

const AbsorbInput = Schema.Struct({
  duplicateId: Field.Text({ max: 64, nonEmpty: true }),
  channel: Plan.ChannelSchema,
  documents: Schema.Array(Schema.Literals(Offer.documents)),
  residentId: Schema.optional(Field.ResidentId),
  email: Schema.optional(Field.Email)
})

/**
 * The input of the `absorb` command that folds `duplicate` into another record.
 *
 * @example
 * ```ts
 * import { Candidate } from "@frontdesk/domain/recruitment"
 * declare const duplicate: Candidate.Record
 * const input = Candidate.absorbInput(duplicate)
 * ```
 * @category duplicates
 * @since 0.1.0
 */
export const absorbInput = (duplicate: Record): typeof AbsorbInput.Encoded => {
  const input: { -readonly [K in keyof typeof AbsorbInput.Encoded]: (typeof AbsorbInput.Encoded)[K] } = {
    duplicateId: duplicate.id,
    channel: duplicate.data.channel,
    documents: Offer.documents.filter((d) => duplicate.data.documents[d] === true)
  }
  if (duplicate.data.residentId !== undefined) input.residentId = duplicate.data.residentId
  if (duplicate.data.email !== undefined) input.email = duplicate.data.email
  return input
}

/**
 * Folds what a duplicate knows into a record's data: documents received, a resident ID or email
 * it lacked, and the duplicate's channel among `merged`.
 *
 * @example
 * ```ts
 * import { Candidate } from "@frontdesk/domain/recruitment"
 * declare const primary: Candidate.Data
 * declare const duplicate: Candidate.Record
 * Candidate.merge(primary, Candidate.absorbInput(duplicate))
 * ```
 * @category duplicates
 * @since 0.1.0
 */
export const merge = (primary: Data, duplicate: typeof AbsorbInput.Type): Data => {
  const documents: { [D in Offer.Document]?: boolean } = { ...primary.documents }
  for (const d of duplicate.documents) documents[d] = true
  const residentId = primary.residentId ?? duplicate.residentId
  const birthDate =
    primary.facts.birthDate ?? (residentId === undefined ? undefined : Field.residentIdBirthDate(residentId))
  const facts: Disqualification.Facts = {
    ...primary.facts,
    ...(residentId === undefined ? {} : { residentId }),
    ...(birthDate === undefined ? {} : { birthDate })
  }
  const next: Data = {
    ...primary,
    documents,
    facts,
    merged: [...primary.merged, { id: duplicate.duplicateId, channel: duplicate.channel }]
  }
  const email = primary.email ?? duplicate.email
  return {
    ...next,
    ...(residentId === undefined ? {} : { residentId }),
    ...(email === undefined ? {} : { email })
  }
}

// ---------------------------------------------------------------------------------------------
// Disqualification
// ---------------------------------------------------------------------------------------------

/**
 * The date ages are judged on: the offer's start date once there is one, else the position's
 * wanted start.
 *
 * @example
 * ```ts
 * import { Candidate } from "@frontdesk/domain/recruitment"
 * declare const data: Candidate.Data
 * Candidate.startDate(data)
 * ```
 * @category disqualification
 * @since 0.1.0
 */
export const startDate = (data: Data): string => data.offer?.startDate ?? data.position.wantedStart

/**
 * Every violation of the disqualification rules for this candidate now, waived or not.
 *
 * @example
 * ```ts
 * import { Candidate } from "@frontdesk/domain/recruitment"
 * declare const data: Candidate.Data
 * Candidate.findings(data, { blacklist: [] }).map((v) => v.code)
 * ```
 * @category disqualification
 * @since 0.1.0
 */
export const findings = (data: Data, context?: Blacklist.Context): ReadonlyArray<Rules.Violation> =>
  Disqualification.check({ facts: data.facts, position: data.position, startDate: startDate(data) }, context)

/**
 * The violations nobody has yet confirmed or cleared: while any remains, no step towards hiring
 * runs.
 *
 * @example
 * ```ts
 * import { Candidate } from "@frontdesk/domain/recruitment"
 * declare const data: Candidate.Data
 * Candidate.unconfirmed(data, { blacklist: [] }).length === 0 // may proceed
 * ```
 * @category disqualification
 * @since 0.1.0
 */
export const unconfirmed = (data: Data, context?: Blacklist.Context): ReadonlyArray<Rules.Violation> =>
  findings(data, context).filter((v) => !data.waivers.some((w) => w.code === v.code))

const blacklistOf = (context: Workflow.Context): Blacklist.Context => {
  const list = context.blacklist
  return Array.isArray(list) ? { blacklist: list as ReadonlyArray<string> } : {}
}

/** Refuses a step towards hiring while a rule fires that nobody confirmed or cleared. */
const noUnconfirmed = (record: Record, context: Workflow.Context): ReadonlyArray<Rules.Violation> => {
  const open = unconfirmed(record.data, blacklistOf(context))
  return open.length === 0
    ? []
    : [
        {
          code: "recruitment.disqualification.unconfirmed",
          message: { code: "recruitment.disqualification.unconfirmed" }
        },
        ...open
      ]
}

// ---------------------------------------------------------------------------------------------
// Workflow
// ---------------------------------------------------------------------------------------------

/**
 * Configuration of the candidate workflow: interview routing, screening opt-ins, who approves a
 * hire, and who may confirm or clear a disqualification.
 *
 * @example
 * ```ts
 * import { Candidate } from "@frontdesk/domain/recruitment"
 * Candidate.defaultConfig.hireApprovers // ["generalManager", "hrHead"]
 * ```
 * @category configuration
 * @since 0.1.0
 */
export const defaultConfig: {
  readonly routing: Interview.Routing
  readonly screening: Screening.Config
  readonly hireApprovers: ReadonlyArray<Actor.Role>
  readonly disqualifiers: ReadonlyArray<Actor.Role>
} = {
  routing: Interview.defaultRouting,
  screening: Screening.defaultConfig,
  hireApprovers: [roles.generalManager, roles.hrHead],
  disqualifiers: [roles.hrManager, roles.hrHead]
}

/**
 * The states before hire, from which a candidate can be disqualified.
 *
 * @example
 * ```ts
 * import { Candidate } from "@frontdesk/domain/recruitment"
 * Candidate.beforeHire.includes("onboarding") // true
 * ```
 * @category constants
 * @since 0.1.0
 */
export const beforeHire = [
  "applied",
  "screened",
  "shortlisted",
  "firstInterview",
  "secondInterview",
  "backgroundCheck",
  "offer",
  "medical",
  "onboarding"
] as const

/**
 * The open states: before hire and on probation.
 *
 * @example
 * ```ts
 * import { Candidate } from "@frontdesk/domain/recruitment"
 * Candidate.open.includes("onProbation") // true
 * ```
 * @category constants
 * @since 0.1.0
 */
export const open = [...beforeHire, "onProbation"] as const

/**
 * The states in which a candidate gets a thank-you letter (致谢函): screened out, not selected,
 * disqualified.
 *
 * @example
 * ```ts
 * import { Candidate } from "@frontdesk/domain/recruitment"
 * Candidate.declined // ["screenedOut", "rejected", "disqualified"]
 * ```
 * @category constants
 * @since 0.1.0
 */
export const declined = ["screenedOut", "rejected", "disqualified"] as const

const violation = (code: Messages.Code, path?: Rules.Path): Rules.Violation =>
  path === undefined ? { code, message: { code } } : { code, message: { code }, path }

const Reasoned = Schema.Struct({
  reason: Field.Text({ max: 500, nonEmpty: true }).pipe(
    Field.meta({ label: "recruitment.field.reason", widget: "textarea" })
  )
})

const Note = Schema.Struct({
  note: Schema.optional(
    Field.Text({ max: 500 }).pipe(Field.meta({ label: "recruitment.field.note", widget: "textarea" }))
  )
})

const DisqualifyInput = Schema.Struct({
  codes: Schema.NonEmptyArray(Schema.String).pipe(
    Field.meta({
      label: "recruitment.candidate.field.disqualificationCodes",
      widget: "multiSelect",
      options: Disqualification.ruleSet.rules.map((rule) => ({ value: rule.code, label: rule.message.code }))
    })
  ),
  note: Field.Text({ max: 500, nonEmpty: true }).pipe(
    Field.meta({ label: "recruitment.candidate.field.confirmationNote", widget: "textarea" })
  )
})

const WaiveInput = Schema.Struct({
  code: Schema.String.pipe(
    Field.meta({
      label: "recruitment.candidate.field.disqualificationCodes",
      widget: "select",
      options: Disqualification.ruleSet.rules.map((rule) => ({ value: rule.code, label: rule.message.code }))
    })
  ),
  reason: Field.Text({ max: 500, nonEmpty: true }).pipe(
    Field.meta({ label: "recruitment.field.reason", widget: "textarea" })
  )
})

const MergeInput = Schema.Struct({
  into: Field.Text({ max: 64, nonEmpty: true }).pipe(
    Field.meta({ label: "recruitment.candidate.field.mergeInto", widget: "text" })
  )
})

const stay = <S extends string>(record: Workflow.Record<unknown>): S => record.state as S

/**
 * Makes the candidate workflow with a configuration.
 *
 * @example
 * ```ts
 * import { Candidate } from "@frontdesk/domain/recruitment"
 * const withHukou = Candidate.make({ screening: { enabledProhibited: ["householdRegistration"] } })
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const make = (overrides: Partial<typeof defaultConfig> = {}) => {
  const config = { ...defaultConfig, ...overrides }
  const { routing } = config
  const interviewing = [
    ...new Set([
      roles.interviewer,
      ...Object.values(routing).flatMap((route) => [...route.first, ...route.second])
    ])
  ]
  const shortlisters = [...new Set(Object.values(routing).flatMap((route) => route.shortlist ?? []))]
  const hasRoutedEvaluation = (data: Data, round: Interview.Round): boolean => {
    const counted = Interview.interviewers(data.position.positionType, round, routing)
    return data.evaluations.some(
      (e) => e.round === round && e.interviewerRoles.some((r) => counted.includes(r))
    )
  }
  return Workflow.make({
    name: "candidate",
    collection: "candidates",
    label: "recruitment.candidate",
    states: [
      { id: "applied", label: "recruitment.candidate.state.applied" },
      { id: "screenedOut", label: "recruitment.candidate.state.screenedOut", terminal: true },
      { id: "screened", label: "recruitment.candidate.state.screened" },
      { id: "shortlisted", label: "recruitment.candidate.state.shortlisted" },
      { id: "firstInterview", label: "recruitment.candidate.state.firstInterview" },
      { id: "secondInterview", label: "recruitment.candidate.state.secondInterview" },
      { id: "backgroundCheck", label: "recruitment.candidate.state.backgroundCheck" },
      { id: "offer", label: "recruitment.candidate.state.offer" },
      { id: "medical", label: "recruitment.candidate.state.medical" },
      { id: "onboarding", label: "recruitment.candidate.state.onboarding" },
      { id: "onProbation", label: "recruitment.candidate.state.onProbation" },
      { id: "confirmed", label: "recruitment.candidate.state.confirmed", terminal: true },
      { id: "probationFailed", label: "recruitment.candidate.state.probationFailed", terminal: true },
      { id: "withdrawn", label: "recruitment.candidate.state.withdrawn", terminal: true },
      { id: "disqualified", label: "recruitment.candidate.state.disqualified", terminal: true },
      { id: "rejected", label: "recruitment.candidate.state.rejected", terminal: true },
      { id: "merged", label: "recruitment.candidate.state.merged", terminal: true }
    ],
    initial: "applied",
    create: {
      input: CandidateForm,
      roles: hrStaff,
      apply: (input: Form): Data => {
        const birthDate =
          input.residentId === undefined ? undefined : Field.residentIdBirthDate(input.residentId)
        return {
          ...input,
          facts: {
            ...(input.residentId === undefined ? {} : { residentId: input.residentId }),
            ...(birthDate === undefined ? {} : { birthDate })
          },
          documents: {},
          screeningWarnings: [],
          evaluations: [],
          waivers: [],
          onboarding: {},
          milestones: {},
          merged: []
        }
      }
    },
    commands: {
      screen: {
        label: "recruitment.candidate.command.screen",
        from: "applied",
        to: (_record, input) => (input.outcome === "pass" ? "screened" : "screenedOut"),
        targets: ["screened", "screenedOut"],
        roles: hrStaff,
        input: Screening.ScreeningInput,
        guard: (_record, input) => Screening.violations(input, config.screening),
        apply: (data, input, { actor, now }) => ({
          ...data,
          screening: { ...input, by: actor.id, at: now.toISOString() },
          screeningWarnings: [...data.screeningWarnings, ...Screening.warnings(input, actor, now)],
          milestones:
            input.outcome === "pass" ? { ...data.milestones, screenedAt: now.toISOString() } : data.milestones
        }),
        note: (input) => input.note
      },
      shortlist: {
        label: "recruitment.candidate.command.shortlist",
        from: "screened",
        to: "shortlisted",
        roles: shortlisters.length > 0 ? shortlisters : [roles.departmentManager],
        input: Note,
        guard: (record) =>
          Interview.needsShortlist(record.data.position.positionType, routing)
            ? []
            : [violation("recruitment.interview.noShortlist")],
        apply: (data, _input, { actor }) => ({ ...data, shortlistedBy: actor.id }),
        note: (input) => input.note
      },
      invite: {
        label: "recruitment.candidate.command.invite",
        from: ["screened", "shortlisted"],
        to: "firstInterview",
        roles: hrStaff,
        input: Note,
        guard: (record) =>
          record.state === "screened" && Interview.needsShortlist(record.data.position.positionType, routing)
            ? [violation("recruitment.interview.shortlistFirst")]
            : [],
        note: (input) => input.note
      },
      evaluate: {
        label: "recruitment.candidate.command.evaluate",
        from: ["firstInterview", "secondInterview"],
        to: stay,
        targets: ["firstInterview", "secondInterview"],
        roles: interviewing,
        input: Interview.EvaluationInput,
        guard: (record, input, actor) => {
          const expected = record.state === "firstInterview" ? "first" : "second"
          const found: Array<Rules.Violation> = []
          if (input.round !== expected) found.push(violation("recruitment.interview.wrongRound", ["round"]))
          if (record.data.evaluations.some((e) => e.round === input.round && e.interviewerId === actor.id))
            found.push(violation("recruitment.interview.alreadyEvaluated"))
          return found
        },
        apply: (data, input, { actor, now }) => ({
          ...data,
          evaluations: [
            ...data.evaluations,
            {
              ...input,
              interviewerId: actor.id,
              interviewerName: actor.name,
              interviewerRoles: actor.roles,
              at: now.toISOString()
            }
          ],
          milestones:
            data.milestones.interviewedAt === undefined
              ? { ...data.milestones, interviewedAt: now.toISOString() }
              : data.milestones
        }),
        note: (input) => input.comment
      },
      passFirstInterview: {
        label: "recruitment.candidate.command.passFirstInterview",
        from: "firstInterview",
        to: (record) =>
          Interview.hasSecondRound(record.data.position.positionType, routing)
            ? "secondInterview"
            : "backgroundCheck",
        targets: ["secondInterview", "backgroundCheck"],
        roles: hrStaff,
        input: Note,
        guard: (record) =>
          hasRoutedEvaluation(record.data, "first") ? [] : [violation("recruitment.interview.notEvaluated")],
        note: (input) => input.note
      },
      passSecondInterview: {
        label: "recruitment.candidate.command.passSecondInterview",
        from: "secondInterview",
        to: "backgroundCheck",
        roles: hrStaff,
        input: Note,
        guard: (record) =>
          hasRoutedEvaluation(record.data, "second") ? [] : [violation("recruitment.interview.notEvaluated")],
        note: (input) => input.note
      },
      recordFacts: {
        label: "recruitment.candidate.command.recordFacts",
        from: beforeHire,
        to: stay,
        targets: beforeHire,
        roles: hrStaff,
        input: Disqualification.FactsInput,
        guard: (record, input) =>
          input.criminalRecord !== undefined && record.data.position.criminalRecordBasis === undefined
            ? [
                {
                  ...violation("recruitment.facts.criminalRecordNotDeclared", ["criminalRecord"]),
                  standing: "restricted"
                }
              ]
            : [],
        apply: (data, input) => {
          const facts: { -readonly [K in keyof Disqualification.Facts]: Disqualification.Facts[K] } = {
            ...data.facts
          }
          for (const [key, value] of Object.entries(input) as Array<[keyof typeof input, string]>) {
            if (value !== undefined) (facts as { [k: string]: unknown })[key] = value
          }
          return { ...data, facts }
        }
      },
      recordDocuments: {
        label: "recruitment.candidate.command.recordDocuments",
        from: open,
        to: stay,
        targets: open,
        roles: hrStaff,
        input: Offer.DocumentsInput,
        apply: (data, input) => ({
          ...data,
          documents: Object.fromEntries(Offer.documents.map((d) => [d, input.received.includes(d)]))
        })
      },
      passBackgroundCheck: {
        label: "recruitment.candidate.command.passBackgroundCheck",
        from: "backgroundCheck",
        to: "offer",
        roles: hrStaff,
        input: Note,
        guard: (record, _input, _actor, _now, context) => noUnconfirmed(record, context),
        note: (input) => input.note
      },
      draftOffer: {
        label: "recruitment.candidate.command.draftOffer",
        from: "offer",
        to: "offer",
        roles: hrStaff,
        input: Offer.TermsInput,
        guard: (_record, input) => Offer.termViolations(input),
        // New terms need a new approval.
        apply: (data, input, { actor }) => {
          const { hireApprovedBy: _approved, ...rest } = data
          return { ...rest, offer: { ...input, draftedBy: actor.id } }
        }
      },
      approveHire: {
        label: "recruitment.candidate.command.approveHire",
        from: "offer",
        to: "offer",
        roles: config.hireApprovers,
        input: Note,
        guard: (record, _input, actor, _now, context) => [
          ...(record.data.offer === undefined ? [violation("recruitment.offer.notDrafted")] : []),
          ...(record.data.offer?.draftedBy === actor.id
            ? [violation("recruitment.approval.ownRequest")]
            : []),
          ...noUnconfirmed(record, context)
        ],
        apply: (data, _input, { actor }) => ({ ...data, hireApprovedBy: actor.id }),
        note: (input) => input.note
      },
      sendOffer: {
        label: "recruitment.candidate.command.sendOffer",
        from: "offer",
        to: "medical",
        roles: hrStaff,
        input: Note,
        guard: (record, _input, _actor, _now, context) => [
          ...(record.data.hireApprovedBy === undefined ? [violation("recruitment.offer.notApproved")] : []),
          ...noUnconfirmed(record, context)
        ],
        apply: (data, _input, { now }) => ({
          ...data,
          milestones: { ...data.milestones, offeredAt: now.toISOString() }
        }),
        note: (input) => input.note
      },
      startOnboarding: {
        label: "recruitment.candidate.command.startOnboarding",
        from: "medical",
        to: "onboarding",
        roles: hrStaff,
        input: Note,
        guard: (record, _input, _actor, _now, context) => [
          ...(record.data.facts.medical === undefined ? [violation("recruitment.offer.medicalMissing")] : []),
          ...noUnconfirmed(record, context)
        ],
        note: (input) => input.note
      },
      checkOnboarding: {
        label: "recruitment.candidate.command.checkOnboarding",
        from: "onboarding",
        to: "onboarding",
        roles: hrStaff,
        input: Offer.OnboardingInput,
        apply: (data, input) => ({
          ...data,
          onboarding: Object.fromEntries(Offer.onboardingItems.map((i) => [i, input.done.includes(i)]))
        })
      },
      hire: {
        label: "recruitment.candidate.command.hire",
        from: "onboarding",
        to: "onProbation",
        roles: hrStaff,
        input: Note,
        guard: (record, _input, _actor, _now, context) => [
          ...Offer.missing(Offer.documents, record.data.documents).map((d) =>
            violation("recruitment.offer.documentMissing", ["documents", d])
          ),
          ...Offer.missing(Offer.onboardingItems, record.data.onboarding).map((i) =>
            violation("recruitment.offer.onboardingIncomplete", ["onboarding", i])
          ),
          ...noUnconfirmed(record, context)
        ],
        apply: (data, _input, { now }) => ({
          ...data,
          milestones: { ...data.milestones, hiredAt: now.toISOString() }
        }),
        note: (input) => input.note
      },
      confirm: {
        label: "recruitment.candidate.command.confirm",
        from: "onProbation",
        to: "confirmed",
        roles: hrStaff,
        guard: (record, _input, _actor, _now, context) => {
          const probation = (context as Context).probation
          return probation?.data.candidateId === record.id && probation.state === "confirmed"
            ? []
            : [violation("recruitment.candidate.probationNotConfirmed")]
        }
      },
      failProbation: {
        label: "recruitment.candidate.command.failProbation",
        from: "onProbation",
        to: "probationFailed",
        roles: hrStaff,
        guard: (record, _input, _actor, _now, context) => {
          const probation = (context as Context).probation
          return probation?.data.candidateId === record.id && probation.state === "ended"
            ? []
            : [violation("recruitment.candidate.probationNotEnded")]
        }
      },
      reject: {
        label: "recruitment.candidate.command.reject",
        from: ["screened", "shortlisted", "firstInterview", "secondInterview", "backgroundCheck", "offer"],
        to: "rejected",
        roles: [...hrStaff, roles.departmentManager],
        input: Reasoned,
        apply: (data, input) => ({ ...data, closingReason: input.reason }),
        note: (input) => input.reason
      },
      disqualify: {
        label: "recruitment.candidate.command.disqualify",
        from: beforeHire,
        to: "disqualified",
        roles: config.disqualifiers,
        input: DisqualifyInput,
        // A person confirms what the rules found; a code no rule reports cannot be confirmed.
        guard: (record, input, _actor, _now, context) => {
          const firing = findings(record.data, blacklistOf(context)).map((v) => v.code)
          return input.codes.flatMap((code, index) =>
            firing.includes(code)
              ? []
              : [violation("recruitment.disqualification.notFound", ["codes", index])]
          )
        },
        apply: (data, input, { actor, now }) => ({
          ...data,
          disqualification: { codes: input.codes, note: input.note, by: actor.id, at: now.toISOString() }
        }),
        note: (input) => `${input.codes.join(", ")}: ${input.note}`
      },
      waive: {
        label: "recruitment.candidate.command.waive",
        from: beforeHire,
        to: stay,
        targets: beforeHire,
        roles: config.disqualifiers,
        input: WaiveInput,
        guard: (record, input, _actor, _now, context) => {
          if (!findings(record.data, blacklistOf(context)).some((v) => v.code === input.code))
            return [violation("recruitment.disqualification.notFound", ["code"])]
          return Disqualification.standingOf(input.code) === "legal-requirement"
            ? [
                {
                  ...violation("recruitment.disqualification.cannotWaive", ["code"]),
                  standing: "legal-requirement"
                }
              ]
            : []
        },
        apply: (data, input, { actor, now }) => ({
          ...data,
          waivers: [
            ...data.waivers,
            { code: input.code, reason: input.reason, by: actor.id, at: now.toISOString() }
          ]
        }),
        note: (input) => `${input.code}: ${input.reason}`
      },
      absorb: {
        label: "recruitment.candidate.command.absorb",
        from: open,
        to: stay,
        targets: open,
        roles: hrStaff,
        input: AbsorbInput,
        guard: (record, input) =>
          input.duplicateId === record.id
            ? [violation("recruitment.candidate.mergeSelf", ["duplicateId"])]
            : [],
        apply: (data, input) => merge(data, input)
      },
      markDuplicate: {
        label: "recruitment.candidate.command.markDuplicate",
        from: open,
        to: "merged",
        roles: hrStaff,
        input: MergeInput,
        guard: (record, input) =>
          input.into === record.id ? [violation("recruitment.candidate.mergeSelf", ["into"])] : [],
        apply: (data, input) => ({ ...data, mergedInto: input.into })
      },
      withdraw: {
        label: "recruitment.candidate.command.withdraw",
        from: open,
        to: "withdrawn",
        roles: hrStaff,
        input: Reasoned,
        apply: (data, input) => ({ ...data, closingReason: input.reason }),
        note: (input) => input.reason
      }
    }
  })
}

/**
 * The candidate workflow with the default configuration; records live in `candidates`.
 *
 * @example
 * ```ts
 * import { Workflow } from "@frontdesk/domain"
 * import { Candidate } from "@frontdesk/domain/recruitment"
 * Workflow.commandsFrom(Candidate.workflow, "offer").map((c) => c.name)
 * ```
 * @category workflows
 * @since 0.1.0
 */
export const workflow = make()

/**
 * The candidate workflow's states.
 *
 * @example
 * ```ts
 * import type { Candidate } from "@frontdesk/domain/recruitment"
 * const state: Candidate.State = "offer"
 * ```
 * @category models
 * @since 0.1.0
 */
export type State = Workflow.StateOf<typeof workflow>

/**
 * Tells whether an actor holds a role that may confirm or clear disqualifications.
 *
 * @example
 * ```ts
 * import { Actor } from "@frontdesk/domain"
 * import { Candidate } from "@frontdesk/domain/recruitment"
 * Candidate.canConfirmDisqualification(Actor.make("u-5", "陈静", ["hrManager"])) // true
 * ```
 * @category queries
 * @since 0.1.0
 */
export const canConfirmDisqualification = (
  actor: Actor.Actor,
  disqualifiers: ReadonlyArray<Actor.Role> = defaultConfig.disqualifiers
): boolean => ActorOps.hasAnyRole(actor, disqualifiers)
