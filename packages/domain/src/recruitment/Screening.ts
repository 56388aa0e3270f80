/**
 * Screening criteria (初步筛选) with their legal standing. Gender, ethnicity, religion, household
 * registration (户口) and appearance are prohibited grounds (Employment Promotion Law arts. 3,
 * 27–31): they are not offered, and a deployment that insists must enable them explicitly, after
 * which every use is recorded with a warning. Age is offered but risky, and also recorded.
 *
 * @example
 * ```ts
 * import { Screening } from "@frontdesk/domain/recruitment"
 * Screening.offered().map((c) => c.id) // ["education", "experience", "skills", "certificates", "age"]
 * Screening.offered({ enabledProhibited: ["householdRegistration"] }).at(-1)?.standing // "prohibited"
 * ```
 * @module
 * @since 0.1.0
 */
import { Schema } from "effect"
import type * as Actor from "../kernel/Actor.js"
import * as Field from "../kernel/Field.js"
import * as Messages from "../kernel/Messages.js"
import type * as Rules from "../kernel/Rules.js"
import { recruitmentTexts } from "../messages/recruitment.js"

Messages.register(recruitmentTexts)

/**
 * Criteria offered by default.
 *
 * @example
 * ```ts
 * import { Screening } from "@frontdesk/domain/recruitment"
 * Screening.lawfulCriteria.includes("education") // true
 * ```
 * @category constants
 * @since 0.1.0
 */
export const lawfulCriteria = ["education", "experience", "skills", "certificates", "age"] as const

/**
 * Criteria the law forbids as hiring grounds; never offered unless a deployment enables them.
 *
 * @example
 * ```ts
 * import { Screening } from "@frontdesk/domain/recruitment"
 * Screening.prohibitedCriteria // ["gender", "ethnicity", "religion", "householdRegistration", "appearance"]
 * ```
 * @category constants
 * @since 0.1.0
 */
export const prohibitedCriteria = [
  "gender",
  "ethnicity",
  "religion",
  "householdRegistration",
  "appearance"
] as const

/**
 * A screening criterion.
 *
 * @example
 * ```ts
 * import type { Screening } from "@frontdesk/domain/recruitment"
 * const criterion: Screening.Criterion = "experience"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Criterion = (typeof lawfulCriteria)[number] | (typeof prohibitedCriteria)[number]

/**
 * A prohibited criterion.
 *
 * @example
 * ```ts
 * import type { Screening } from "@frontdesk/domain/recruitment"
 * const criterion: Screening.ProhibitedCriterion = "gender"
 * ```
 * @category models
 * @since 0.1.0
 */
export type ProhibitedCriterion = (typeof prohibitedCriteria)[number]

const descriptions = {
  education: { label: "recruitment.criterion.education", standing: "internal-policy" },
  experience: { label: "recruitment.criterion.experience", standing: "internal-policy" },
  skills: { label: "recruitment.criterion.skills", standing: "internal-policy" },
  certificates: { label: "recruitment.criterion.certificates", standing: "internal-policy" },
  age: { label: "recruitment.criterion.age", standing: "restricted" },
  gender: { label: "recruitment.criterion.gender", standing: "prohibited" },
  ethnicity: { label: "recruitment.criterion.ethnicity", standing: "prohibited" },
  religion: { label: "recruitment.criterion.religion", standing: "prohibited" },
  householdRegistration: { label: "recruitment.criterion.householdRegistration", standing: "prohibited" },
  appearance: { label: "recruitment.criterion.appearance", standing: "prohibited" }
} as const satisfies {
  readonly [C in Criterion]: { readonly label: Messages.Code; readonly standing: Rules.Standing }
}

/**
 * A criterion as a screening form shows it: its id, label and legal standing.
 *
 * @example
 * ```ts
 * import type { Screening } from "@frontdesk/domain/recruitment"
 * const d: Screening.Description = { id: "age", label: "recruitment.criterion.age", standing: "restricted" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Description {
  readonly id: Criterion
  readonly label: Messages.Code
  readonly standing: Rules.Standing
}

/**
 * Screening configuration: the prohibited criteria a deployment has explicitly enabled (none by
 * default).
 *
 * @example
 * ```ts
 * import type { Screening } from "@frontdesk/domain/recruitment"
 * const config: Screening.Config = { enabledProhibited: [] }
 * ```
 * @category configuration
 * @since 0.1.0
 */
export interface Config {
  readonly enabledProhibited: ReadonlyArray<ProhibitedCriterion>
}

/**
 * The default: no prohibited criterion enabled.
 *
 * @example
 * ```ts
 * import { Screening } from "@frontdesk/domain/recruitment"
 * Screening.defaultConfig.enabledProhibited // []
 * ```
 * @category configuration
 * @since 0.1.0
 */
export const defaultConfig: Config = { enabledProhibited: [] }

/**
 * Describes one criterion.
 *
 * @example
 * ```ts
 * import { Screening } from "@frontdesk/domain/recruitment"
 * Screening.describe("gender").standing // "prohibited"
 * ```
 * @category introspection
 * @since 0.1.0
 */
export const describe = (id: Criterion): Description => ({ id, ...descriptions[id] })

/**
 * The criteria a screening form offers: the lawful ones, then any prohibited one the deployment
 * enabled.
 *
 * @example
 * ```ts
 * import { Screening } from "@frontdesk/domain/recruitment"
 * Screening.offered().some((c) => c.standing === "prohibited") // false
 * ```
 * @category introspection
 * @since 0.1.0
 */
export const offered = (config: Config = defaultConfig): ReadonlyArray<Description> => [
  ...lawfulCriteria.map(describe),
  ...prohibitedCriteria.filter((c) => config.enabledProhibited.includes(c)).map(describe)
]

/**
 * Schema of one criterion's result in a screening.
 *
 * @example
 * ```ts
 * import { Screening } from "@frontdesk/domain/recruitment"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Screening.CriterionResult)({ criterion: "education", met: true })
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const CriterionResult = Schema.Struct({
  criterion: Schema.Literals([...lawfulCriteria, ...prohibitedCriteria]),
  met: Schema.Boolean,
  note: Schema.optional(Field.Text({ max: 200 }))
})

/**
 * The screening decision: pass or fail, the criteria weighed, and a note.
 *
 * @example
 * ```ts
 * import { Screening } from "@frontdesk/domain/recruitment"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Screening.ScreeningInput)({ outcome: "pass", criteria: [{ criterion: "education", met: true }] })
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const ScreeningInput = Schema.Struct({
  outcome: Schema.Literals(["pass", "fail"]).pipe(
    Field.meta({
      label: "recruitment.screening.field.outcome",
      widget: "select",
      options: [
        { value: "pass", label: "recruitment.screening.pass" },
        { value: "fail", label: "recruitment.screening.fail" }
      ]
    })
  ),
  criteria: Schema.Array(CriterionResult),
  note: Schema.optional(
    Field.Text({ max: 500 }).pipe(Field.meta({ label: "recruitment.field.note", widget: "textarea" }))
  )
})

/**
 * The decoded screening decision.
 *
 * @example
 * ```ts
 * import type { Screening } from "@frontdesk/domain/recruitment"
 * declare const input: Screening.Input
 * input.outcome // "pass"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Input = typeof ScreeningInput.Type

/**
 * A recorded use of a risky or prohibited criterion: which, its standing, who used it and when.
 *
 * @example
 * ```ts
 * import type { Screening } from "@frontdesk/domain/recruitment"
 * const w: Screening.Warning = { criterion: "age", standing: "restricted", by: "u-2", at: "2026-03-02T01:00:00.000Z" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Warning {
  readonly criterion: Criterion
  readonly standing: Rules.Standing
  readonly by: string
  readonly at: string
}

/**
 * The violations of a screening that uses a prohibited criterion the deployment has not enabled,
 * one per use, with its path in the input.
 *
 * @example
 * ```ts
 * import { Screening } from "@frontdesk/domain/recruitment"
 * Screening.violations({ outcome: "fail", criteria: [{ criterion: "gender", met: false }] })[0]?.standing // "prohibited"
 * ```
 * @category rules
 * @since 0.1.0
 */
export const violations = (
  input: Pick<Input, "criteria">,
  config: Config = defaultConfig
): ReadonlyArray<Rules.Violation> =>
  input.criteria.flatMap((result, index) =>
    descriptions[result.criterion].standing === "prohibited" &&
    !config.enabledProhibited.includes(result.criterion as ProhibitedCriterion)
      ? [
          {
            code: "recruitment.screening.notOffered",
            message: { code: "recruitment.screening.notOffered" },
            standing: "prohibited" as const,
            path: ["criteria", index, "criterion"]
          }
        ]
      : []
  )

/**
 * The warnings a screening records: one for every use of a restricted or prohibited criterion.
 *
 * @example
 * ```ts
 * import { Actor } from "@frontdesk/domain"
 * import { Screening } from "@frontdesk/domain/recruitment"
 * Screening.warnings({ criteria: [{ criterion: "age", met: true }] }, Actor.make("u-2", "李强", ["hr"]), new Date(0)).length // 1
 * ```
 * @category rules
 * @since 0.1.0
 */
export const warnings = (
  input: Pick<Input, "criteria">,
  actor: Actor.Actor,
  now: Date
): ReadonlyArray<Warning> =>
  input.criteria.flatMap((result) => {
    const standing = descriptions[result.criterion].standing
    return standing === "restricted" || standing === "prohibited"
      ? [{ criterion: result.criterion, standing, by: actor.id, at: now.toISOString() }]
      : []
  })

/**
 * The text of a recorded warning in one locale, naming the criterion.
 *
 * @example
 * ```ts
 * import { Screening } from "@frontdesk/domain/recruitment"
 * declare const warning: Screening.Warning
 * Screening.warningText(warning, "en") // "Screened on “household registration (hukou)”, a ground the law prohibits"
 * ```
 * @category rendering
 * @since 0.1.0
 */
export const warningText = (warning: Warning, locale: Messages.Locale): string =>
  Messages.format(
    warning.standing === "prohibited"
      ? "recruitment.screening.warning.prohibited"
      : "recruitment.screening.warning.restricted",
    locale,
    { criterion: Messages.format(descriptions[warning.criterion].label, locale) }
  )
