/**
 * Rule sets: named lists of checks over a subject that report every violation, never only the
 * first, so a form or a reviewer sees all that is wrong at once. Each rule is data — a code, a
 * catalogue message and, where the law is involved, its legal standing — so a rule set can be
 * listed for documentation and screens as well as evaluated.
 *
 * @example
 * ```ts
 * import { Rules } from "@frontdesk/domain"
 * const hiring = Rules.make("hiring", [
 *   Rules.rule({ code: "minor", message: { code: "input.invalid" }, standing: "legal-requirement", check: (age: number) => age >= 16 })
 * ])
 * Rules.evaluate(hiring, 15) // [{ code: "minor", message: { code: "input.invalid" }, standing: "legal-requirement" }]
 * ```
 * @module
 * @since 0.1.0
 */
import { Data, Result } from "effect"
import { workflowTexts } from "../messages/workflow.js"
import * as Messages from "./Messages.js"

Messages.register(workflowTexts)

/**
 * How firmly a rule rests on the law. Hiring rules carry one so that screens and reports can
 * show which refusals are required, which are merely allowed, and which are risky or unlawful.
 *
 * - `legal-requirement`: the law requires the check (e.g. no workers under 16).
 * - `legal-basis`: the law allows acting on it (e.g. a contract made by fraud is void).
 * - `internal-policy`: the organisation's own rule.
 * - `restricted`: lawful only in declared circumstances; risky otherwise.
 * - `prohibited`: the law forbids using it as a ground.
 *
 * @example
 * ```ts
 * import type { Rules } from "@frontdesk/domain"
 * const standing: Rules.Standing = "legal-requirement"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Standing = "legal-requirement" | "legal-basis" | "internal-policy" | "restricted" | "prohibited"

/**
 * Every standing, from the firmest ground to the forbidden one.
 *
 * @example
 * ```ts
 * import { Rules } from "@frontdesk/domain"
 * Rules.standings.length // 5
 * ```
 * @category constants
 * @since 0.1.0
 */
export const standings: ReadonlyArray<Standing> = [
  "legal-requirement",
  "legal-basis",
  "internal-policy",
  "restricted",
  "prohibited"
]

const standingCodes = {
  "legal-requirement": "rules.standing.legalRequirement",
  "legal-basis": "rules.standing.legalBasis",
  "internal-policy": "rules.standing.internalPolicy",
  restricted: "rules.standing.restricted",
  prohibited: "rules.standing.prohibited"
} as const satisfies { readonly [S in Standing]: Messages.Code }

/**
 * The catalogue message that names a standing, for badges and legends.
 *
 * @example
 * ```ts
 * import { Messages, Rules } from "@frontdesk/domain"
 * Messages.render(Rules.standingLabel("prohibited"), "zh-CN") // "法律禁止"
 * ```
 * @category rendering
 * @since 0.1.0
 */
export const standingLabel = (standing: Standing): Messages.Message => ({ code: standingCodes[standing] })

/**
 * Where in the subject a violation sits, e.g. `["documents", 0]`, so a form can mark the field.
 *
 * @example
 * ```ts
 * import type { Rules } from "@frontdesk/domain"
 * const path: Rules.Path = ["documents", 0]
 * ```
 * @category models
 * @since 0.1.0
 */
export type Path = ReadonlyArray<string | number>

/**
 * One broken rule: the rule's code, the text to show, its standing and where it applies.
 *
 * @example
 * ```ts
 * import type { Rules } from "@frontdesk/domain"
 * const violation: Rules.Violation = {
 *   code: "recruitment.falsifiedDocuments",
 *   message: { code: "input.invalid" },
 *   standing: "legal-basis",
 *   path: ["documents"]
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Violation {
  readonly code: string
  readonly message: Messages.Message
  readonly standing?: Standing | undefined
  readonly path?: Path | undefined
}

/**
 * What a check reports about one failure when the rule's own message is not specific enough:
 * a more precise message (often the same code with params) and a path.
 *
 * @example
 * ```ts
 * import type { Rules } from "@frontdesk/domain"
 * const finding: Rules.Finding = { message: { code: "field.text.tooLong", params: { max: 20 } }, path: ["name"] }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Finding {
  readonly message?: Messages.Message | undefined
  readonly path?: Path | undefined
}

/**
 * What a check returns: `true` when the rule holds, `false` when it is broken (reported with the
 * rule's message), or one or more findings when it is broken in specific places. An empty list of
 * findings means the rule holds — handy for "each document must ..." rules.
 *
 * @example
 * ```ts
 * import type { Rules } from "@frontdesk/domain"
 * const outcome: Rules.Outcome = [{ path: ["documents", 2] }]
 * ```
 * @category models
 * @since 0.1.0
 */
export type Outcome = boolean | Finding | ReadonlyArray<Finding>

/**
 * One rule: a code, the message shown when it is broken, its standing, and the check itself.
 *
 * @example
 * ```ts
 * import { Rules } from "@frontdesk/domain"
 * const rule: Rules.Rule<{ readonly age: number }> = Rules.rule({
 *   code: "recruitment.minor",
 *   message: { code: "input.invalid" },
 *   standing: "legal-requirement",
 *   check: (candidate) => candidate.age >= 16
 * })
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Rule<in S, in C = unknown> {
  readonly code: string
  readonly message: Messages.Message
  readonly standing?: Standing | undefined
  /** Answers `true` when the rule holds, otherwise how it is broken; see {@link Outcome}. */
  readonly check: (subject: S, context: C) => Outcome
}

/**
 * A named list of rules over one kind of subject, evaluated together.
 *
 * @example
 * ```ts
 * import { Rules } from "@frontdesk/domain"
 * const set: Rules.RuleSet<string> = Rules.make("name", [])
 * ```
 * @category models
 * @since 0.1.0
 */
export interface RuleSet<in S, in C = unknown> {
  readonly _tag: "RuleSet"
  readonly name: string
  readonly rules: ReadonlyArray<Rule<S, C>>
}

/**
 * Declares a rule. The subject and context types come from the `check` function.
 *
 * @example
 * ```ts
 * import { Rules } from "@frontdesk/domain"
 * const notEmpty = Rules.rule({
 *   code: "callback.notes",
 *   message: { code: "field.text.empty" },
 *   check: (record: { readonly notes: string }) => record.notes.trim() !== "" || { path: ["notes"] }
 * })
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const rule = <S, C = unknown>(rule: {
  readonly code: string
  readonly message: Messages.Message
  readonly standing?: Standing | undefined
  readonly check: (subject: S, context: C) => Outcome
}): Rule<S, C> => ({ ...rule })

/**
 * Makes a named rule set. Rule codes must be unique within the set, because screens and reports
 * key violations by code.
 *
 * @example
 * ```ts
 * import { Rules } from "@frontdesk/domain"
 * const callbackComplete = Rules.make("callback.complete", [
 *   Rules.rule({ code: "callback.notes", message: { code: "field.text.empty" }, check: (r: { notes: string }) => r.notes !== "" })
 * ])
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const make = <S, C = unknown>(name: string, rules: ReadonlyArray<Rule<S, C>>): RuleSet<S, C> => {
  const seen = new Set<string>()
  for (const { code } of rules) {
    if (seen.has(code)) {
      throw new Error(
        `Rule set "${name}" declares the rule code "${code}" twice; give each rule its own code.`
      )
    }
    seen.add(code)
  }
  return { _tag: "RuleSet", name, rules: [...rules] }
}

/**
 * Tells whether a value is a rule set (as opposed to, say, a guard function).
 *
 * @example
 * ```ts
 * import { Rules } from "@frontdesk/domain"
 * Rules.isRuleSet(Rules.make("empty", [])) // true
 * ```
 * @category guards
 * @since 0.1.0
 */
export const isRuleSet = (value: unknown): value is RuleSet<never, never> =>
  typeof value === "object" && value !== null && (value as { _tag?: unknown })._tag === "RuleSet"

const violationOf = (rule: Rule<never, never>, finding: Finding | undefined): Violation => {
  const violation: { -readonly [K in keyof Violation]: Violation[K] } = {
    code: rule.code,
    message: finding?.message ?? rule.message
  }
  if (rule.standing !== undefined) violation.standing = rule.standing
  if (finding?.path !== undefined) violation.path = finding.path
  return violation
}

const violationsOf = (rule: Rule<never, never>, outcome: Outcome): ReadonlyArray<Violation> => {
  if (outcome === true) return []
  if (outcome === false) return [violationOf(rule, undefined)]
  if (Array.isArray(outcome)) return outcome.map((finding: Finding) => violationOf(rule, finding))
  return [violationOf(rule, outcome as Finding)]
}

/**
 * Evaluates every rule of a set and returns every violation, in the order the rules are declared.
 * An empty list means the subject passes.
 *
 * @example
 * ```ts
 * import { Rules } from "@frontdesk/domain"
 * const set = Rules.make("age", [
 *   Rules.rule({ code: "minor", message: { code: "input.invalid" }, standing: "legal-requirement", check: (age: number) => age >= 16 })
 * ])
 * Rules.evaluate(set, 15) // [{ code: "minor", message: { code: "input.invalid" }, standing: "legal-requirement" }]
 * ```
 * @category evaluation
 * @since 0.1.0
 */
export const evaluate = <S, C>(
  ruleSet: RuleSet<S, C>,
  subject: S,
  ...context: undefined extends C ? [context?: C] : [context: C]
): ReadonlyArray<Violation> =>
  ruleSet.rules.flatMap((rule) =>
    violationsOf(rule as Rule<never, never>, rule.check(subject, context[0] as C))
  )

/**
 * Evaluates a rule set and returns the subject when it passes, or {@link RuleViolated} with every
 * violation.
 *
 * @example
 * ```ts
 * import { Rules } from "@frontdesk/domain"
 * import { Result } from "effect"
 * const set = Rules.make("age", [
 *   Rules.rule({ code: "minor", message: { code: "input.invalid" }, check: (age: number) => age >= 16 })
 * ])
 * Result.isFailure(Rules.validate(set, 15)) // true
 * ```
 * @category evaluation
 * @since 0.1.0
 */
export const validate = <S, C>(
  ruleSet: RuleSet<S, C>,
  subject: S,
  ...context: undefined extends C ? [context?: C] : [context: C]
): Result.Result<S, RuleViolated> => {
  const violations = evaluate(ruleSet, subject, ...context)
  return violations.length === 0
    ? Result.succeed(subject)
    : Result.fail(new RuleViolated({ ruleSet: ruleSet.name, violations }))
}

/**
 * One rule as documentation and screens show it: its code, its text in every locale, and its
 * standing with that standing's text.
 *
 * @example
 * ```ts
 * import type { Rules } from "@frontdesk/domain"
 * const entry: Rules.Description = {
 *   code: "minor",
 *   message: { code: "input.invalid" },
 *   texts: { "zh-CN": "输入无效", en: "This value is not valid" }
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Description {
  readonly code: string
  readonly message: Messages.Message
  readonly texts: Messages.Text
  readonly standing?: Standing | undefined
  readonly standingTexts?: Messages.Text | undefined
}

/**
 * Lists the rules of a set without evaluating them, for documentation, legends and settings
 * screens.
 *
 * @example
 * ```ts
 * import { Rules } from "@frontdesk/domain"
 * const set = Rules.make("age", [
 *   Rules.rule({ code: "minor", message: { code: "input.invalid" }, standing: "legal-requirement", check: (age: number) => age >= 16 })
 * ])
 * Rules.describe(set)[0]?.standingTexts?.en // "legal requirement"
 * ```
 * @category introspection
 * @since 0.1.0
 */
export const describe = <S, C>(ruleSet: RuleSet<S, C>): ReadonlyArray<Description> =>
  ruleSet.rules.map((rule) => {
    const description: { -readonly [K in keyof Description]: Description[K] } = {
      code: rule.code,
      message: rule.message,
      texts: Messages.texts(rule.message)
    }
    if (rule.standing !== undefined) {
      description.standing = rule.standing
      description.standingTexts = Messages.texts(standingLabel(rule.standing))
    }
    return description
  })

/**
 * A subject broke one or more rules; carries every violation so each can be shown in zh-CN or en.
 *
 * @example
 * ```ts
 * import { Rules } from "@frontdesk/domain"
 * const error = new Rules.RuleViolated({
 *   ruleSet: "callback.complete",
 *   violations: [{ code: "callback.notes", message: { code: "field.text.empty" }, path: ["notes"] }]
 * })
 * error.texts("en") // ["notes: Must not be empty"]
 * ```
 * @category errors
 * @since 0.1.0
 */
export class RuleViolated extends Data.TaggedError("RuleViolated")<{
  readonly ruleSet?: string | undefined
  readonly violations: ReadonlyArray<Violation>
}> {
  /** A summary in English, so logs and uncaught errors say what went wrong. */
  override get message(): string {
    return `${Messages.format("workflow.ruleViolated", "en")}: ${this.texts("en").join("; ")}`
  }

  /** Every violation rendered in one locale, each prefixed with its path when it has one. */
  texts(locale: Messages.Locale): ReadonlyArray<string> {
    return this.violations.map((violation) => {
      const text = Messages.render(violation.message, locale)
      return violation.path === undefined || violation.path.length === 0
        ? text
        : `${violation.path.join(".")}: ${text}`
    })
  }
}
