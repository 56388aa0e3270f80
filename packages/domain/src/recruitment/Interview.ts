/**
 * Interviews: who shortlists and interviews by position type, and the interview evaluation form
 * (面试评价表) with each interviewer's scores and recommendation.
 *
 * Routing (configuration, the seed's by default): front-line staff are interviewed by the HR
 * manager, in one round; professionals' files go to the department manager, who shortlists and
 * interviews; other positions have a first interview by the HR manager and a second by the
 * department manager.
 *
 * @example
 * ```ts
 * import { Interview } from "@frontdesk/domain/recruitment"
 * Interview.defaultRouting.professional.shortlist // ["departmentManager"]
 * Interview.hasSecondRound("frontLine") // false
 * ```
 * @module
 * @since 0.1.0
 */
import { Schema } from "effect"
import type * as Actor from "../kernel/Actor.js"
import * as Field from "../kernel/Field.js"
import * as Messages from "../kernel/Messages.js"
import { recruitmentTexts } from "../messages/recruitment.js"
import { count, options } from "./internal/schemas.js"
import type * as Requisition from "./Requisition.js"
import { roles } from "./Roles.js"

Messages.register(recruitmentTexts)

/**
 * An interview round.
 *
 * @example
 * ```ts
 * import type { Interview } from "@frontdesk/domain/recruitment"
 * const round: Interview.Round = "first"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Round = "first" | "second"

/**
 * Who shortlists (when anyone does) and who interviews in each round, per position type. An empty
 * `second` means there is no second round.
 *
 * @example
 * ```ts
 * import type { Interview } from "@frontdesk/domain/recruitment"
 * const step: Interview.Route = { first: ["hrManager"], second: [] }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Route {
  readonly shortlist?: ReadonlyArray<Actor.Role> | undefined
  readonly first: ReadonlyArray<Actor.Role>
  readonly second: ReadonlyArray<Actor.Role>
}

/**
 * Interview routing for every position type.
 *
 * @example
 * ```ts
 * import type { Interview } from "@frontdesk/domain/recruitment"
 * declare const routing: Interview.Routing
 * routing.other.first // ["hrManager"]
 * ```
 * @category models
 * @since 0.1.0
 */
export type Routing = { readonly [T in Requisition.PositionType]: Route }

/**
 * The seed's routing.
 *
 * @example
 * ```ts
 * import { Interview } from "@frontdesk/domain/recruitment"
 * Interview.defaultRouting.frontLine.first // ["hrManager"]
 * ```
 * @category configuration
 * @since 0.1.0
 */
export const defaultRouting: Routing = {
  frontLine: { first: [roles.hrManager], second: [] },
  professional: {
    shortlist: [roles.departmentManager],
    first: [roles.departmentManager],
    second: [roles.departmentManager]
  },
  other: { first: [roles.hrManager], second: [roles.departmentManager] }
}

/**
 * The roles whose evaluation counts for a round of a position type.
 *
 * @example
 * ```ts
 * import { Interview } from "@frontdesk/domain/recruitment"
 * Interview.interviewers("other", "second") // ["departmentManager"]
 * ```
 * @category routing
 * @since 0.1.0
 */
export const interviewers = (
  positionType: Requisition.PositionType,
  round: Round,
  routing: Routing = defaultRouting
): ReadonlyArray<Actor.Role> => routing[positionType][round]

/**
 * Tells whether a position type needs the department manager's shortlist before invitations.
 *
 * @example
 * ```ts
 * import { Interview } from "@frontdesk/domain/recruitment"
 * Interview.needsShortlist("professional") // true
 * ```
 * @category routing
 * @since 0.1.0
 */
export const needsShortlist = (
  positionType: Requisition.PositionType,
  routing: Routing = defaultRouting
): boolean => (routing[positionType].shortlist?.length ?? 0) > 0

/**
 * Tells whether a position type has a second interview.
 *
 * @example
 * ```ts
 * import { Interview } from "@frontdesk/domain/recruitment"
 * Interview.hasSecondRound("other") // true
 * ```
 * @category routing
 * @since 0.1.0
 */
export const hasSecondRound = (
  positionType: Requisition.PositionType,
  routing: Routing = defaultRouting
): boolean => routing[positionType].second.length > 0

/**
 * What an interview evaluation scores: general qualities (HR's part), professional skill (the
 * hiring department's part), communication and fit with the position's experience needs.
 *
 * @example
 * ```ts
 * import { Interview } from "@frontdesk/domain/recruitment"
 * Interview.criteria[0] // "generalQualities"
 * ```
 * @category constants
 * @since 0.1.0
 */
export const criteria = ["generalQualities", "professionalSkill", "communication", "experienceFit"] as const

/**
 * The score scale, 1 (poor) to 5 (excellent).
 *
 * @example
 * ```ts
 * import { Interview } from "@frontdesk/domain/recruitment"
 * Interview.scale.max // 5
 * ```
 * @category configuration
 * @since 0.1.0
 */
export const scale = { min: 1, max: 5 } as const

/**
 * One interviewer's evaluation form: the round, a score per criterion, a recommendation and a
 * comment.
 *
 * @example
 * ```ts
 * import { Interview } from "@frontdesk/domain/recruitment"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Interview.EvaluationInput)({
 *   round: "first", scores: [{ criterion: "generalQualities", score: 4 }], recommendation: "hire"
 * })
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const EvaluationInput = Schema.Struct({
  round: Schema.Literals(["first", "second"]).pipe(
    Field.meta({
      label: "recruitment.interview.field.round",
      widget: "select",
      options: options([
        ["first", "recruitment.interview.round.first"],
        ["second", "recruitment.interview.round.second"]
      ])
    })
  ),
  scores: Schema.Array(
    Schema.Struct({
      criterion: Schema.Literals(criteria).pipe(
        Field.meta({
          label: "recruitment.interview.field.criterion",
          widget: "select",
          options: options([
            ["generalQualities", "recruitment.interview.criterion.generalQualities"],
            ["professionalSkill", "recruitment.interview.criterion.professionalSkill"],
            ["communication", "recruitment.interview.criterion.communication"],
            ["experienceFit", "recruitment.interview.criterion.experienceFit"]
          ])
        })
      ),
      score: count(scale.min, scale.max).pipe(
        Field.meta({ label: "recruitment.interview.field.score", widget: "number" })
      )
    })
  ),
  recommendation: Schema.Literals(["hire", "consider", "reject"]).pipe(
    Field.meta({
      label: "recruitment.interview.field.recommendation",
      widget: "select",
      options: options([
        ["hire", "recruitment.interview.recommendation.hire"],
        ["consider", "recruitment.interview.recommendation.consider"],
        ["reject", "recruitment.interview.recommendation.reject"]
      ])
    })
  ),
  comment: Schema.optional(
    Field.Text({ max: 1000 }).pipe(
      Field.meta({ label: "recruitment.interview.field.comment", widget: "textarea" })
    )
  )
})

/**
 * A recorded evaluation: the form plus who gave it, in which roles, and when.
 *
 * @example
 * ```ts
 * import type { Interview } from "@frontdesk/domain/recruitment"
 * declare const evaluation: Interview.Evaluation
 * evaluation.interviewerId // "u-3"
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Evaluation extends Schema.Schema.Type<typeof EvaluationInput> {
  readonly interviewerId: string
  readonly interviewerName: string
  readonly interviewerRoles: ReadonlyArray<Actor.Role>
  readonly at: string
}

/**
 * A round's evaluations summed up: how many, the average per criterion and overall, and the
 * recommendations counted.
 *
 * @example
 * ```ts
 * import type { Interview } from "@frontdesk/domain/recruitment"
 * declare const summary: Interview.Summary
 * summary.average // 4.25
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Summary {
  readonly evaluations: number
  readonly average: number | undefined
  readonly byCriterion: { readonly [C in (typeof criteria)[number]]?: number }
  readonly recommendations: { readonly hire: number; readonly consider: number; readonly reject: number }
}

const mean = (values: ReadonlyArray<number>): number | undefined =>
  values.length === 0
    ? undefined
    : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100

/**
 * Sums up the evaluations of one round.
 *
 * @example
 * ```ts
 * import { Interview } from "@frontdesk/domain/recruitment"
 * Interview.summarise([], "first").evaluations // 0
 * ```
 * @category evaluation
 * @since 0.1.0
 */
export const summarise = (evaluations: ReadonlyArray<Evaluation>, round: Round): Summary => {
  const inRound = evaluations.filter((e) => e.round === round)
  const byCriterion: { [C in (typeof criteria)[number]]?: number } = {}
  for (const criterion of criteria) {
    const average = mean(
      inRound.flatMap((e) => e.scores.filter((s) => s.criterion === criterion).map((s) => s.score))
    )
    if (average !== undefined) byCriterion[criterion] = average
  }
  const count = (r: Evaluation["recommendation"]) => inRound.filter((e) => e.recommendation === r).length
  return {
    evaluations: inRound.length,
    average: mean(inRound.flatMap((e) => e.scores.map((s) => s.score))),
    byCriterion,
    recommendations: { hire: count("hire"), consider: count("consider"), reject: count("reject") }
  }
}
