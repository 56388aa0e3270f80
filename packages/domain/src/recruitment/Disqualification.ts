/**
 * The disqualification rule set (有下列情形之一者，不得录用), exactly the spec's table, each rule
 * with its legal standing:
 *
 * | rule | standing |
 * |---|---|
 * | `recruitment.disqualification.minor`: under 16 at the start date; 16–17 unless the position suits juvenile workers (Labour Law art. 15) | legal requirement |
 * | `recruitment.disqualification.contractRunning`: a labour contract with another employer still running, until proof of termination (Labour Contract Law art. 91) | legal requirement |
 * | `recruitment.disqualification.fraud`: a failed document check (Labour Contract Law art. 26) | legal basis |
 * | `recruitment.disqualification.blacklisted`: dismissed by this company before | internal policy |
 * | `recruitment.disqualification.criminalRecord`: only for positions that declare a lawful need | restricted |
 * | `recruitment.disqualification.medical`: "unfit for this position" only, for positions with a declared requirement (Employment Promotion Law art. 30) | restricted |
 *
 * A rule never rejects on its own: it reports, a person confirms (the candidate workflow's
 * `disqualify` command, recorded in the history), or records facts that clear it.
 *
 * @example
 * ```ts
 * import { Disqualification } from "@frontdesk/domain/recruitment"
 * const found = Disqualification.check(
 *   { facts: { birthDate: "2011-03-01" }, position: { title: "收银员", positionType: "frontLine", level: "ordinary", juvenileSuitable: false, wantedStart: "2026-05-01" }, startDate: "2026-05-01" },
 *   { blacklist: [] }
 * )
 * found.map((v) => v.code) // ["recruitment.disqualification.minor"]
 * ```
 * @module
 * @since 0.1.0
 */
import { Schema } from "effect"
import * as Field from "../kernel/Field.js"
import * as Messages from "../kernel/Messages.js"
import * as Rules from "../kernel/Rules.js"
import { recruitmentTexts } from "../messages/recruitment.js"
import * as Blacklist from "./Blacklist.js"
import * as Dates from "./internal/dates.js"
import type * as Requisition from "./Requisition.js"

Messages.register(recruitmentTexts)

/**
 * The minimum working age and the age below which a worker is a juvenile (未成年工), from the
 * Labour Law (arts. 15 and 58).
 *
 * @example
 * ```ts
 * import { Disqualification } from "@frontdesk/domain/recruitment"
 * Disqualification.ages.minimum // 16
 * ```
 * @category configuration
 * @since 0.1.0
 */
export const ages = { minimum: 16, adult: 18 } as const

/**
 * What is known about a candidate that the rules weigh. Health is only ever the outcome
 * "fit / unfit for this position"; a criminal record is only recorded for a position that
 * declares a lawful need.
 *
 * @example
 * ```ts
 * import type { Disqualification } from "@frontdesk/domain/recruitment"
 * const facts: Disqualification.Facts = { birthDate: "1998-05-04", previousContract: "terminated", documentCheck: "passed" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Facts {
  readonly birthDate?: string | undefined
  readonly residentId?: string | undefined
  /** `running`: a labour contract with another employer has not ended; `terminated`: proof seen. */
  readonly previousContract?: "none" | "running" | "terminated" | undefined
  readonly documentCheck?: "passed" | "failed" | undefined
  readonly criminalRecord?: "none" | "found" | undefined
  readonly medical?: "fit" | "unfit" | undefined
}

/**
 * Schema of the facts a background check or medical examination records. Anything else, such as
 * a diagnosis, is not part of it and is dropped on decode.
 *
 * @example
 * ```ts
 * import { Disqualification } from "@frontdesk/domain/recruitment"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Disqualification.FactsInput)({ documentCheck: "failed" })
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const FactsInput = Schema.Struct({
  birthDate: Schema.optional(
    Field.LocalDate.pipe(
      Field.meta({ label: "recruitment.facts.birthDate", widget: "date", sensitive: true })
    )
  ),
  previousContract: Schema.optional(
    Schema.Literals(["none", "running", "terminated"]).pipe(
      Field.meta({
        label: "recruitment.facts.previousContract",
        widget: "select",
        options: [
          { value: "none", label: "recruitment.facts.previousContract.none" },
          { value: "running", label: "recruitment.facts.previousContract.running" },
          { value: "terminated", label: "recruitment.facts.previousContract.terminated" }
        ]
      })
    )
  ),
  documentCheck: Schema.optional(
    Schema.Literals(["passed", "failed"]).pipe(
      Field.meta({
        label: "recruitment.facts.documentCheck",
        widget: "select",
        options: [
          { value: "passed", label: "recruitment.facts.documentCheck.passed" },
          { value: "failed", label: "recruitment.facts.documentCheck.failed" }
        ]
      })
    )
  ),
  criminalRecord: Schema.optional(
    Schema.Literals(["none", "found"]).pipe(
      Field.meta({
        label: "recruitment.facts.criminalRecord",
        widget: "select",
        options: [
          { value: "none", label: "recruitment.facts.criminalRecord.none" },
          { value: "found", label: "recruitment.facts.criminalRecord.found" }
        ]
      })
    )
  ),
  medical: Schema.optional(
    Schema.Literals(["fit", "unfit"]).pipe(
      Field.meta({
        label: "recruitment.facts.medical",
        widget: "select",
        options: [
          { value: "fit", label: "recruitment.facts.medical.fit" },
          { value: "unfit", label: "recruitment.facts.medical.unfit" }
        ]
      })
    )
  )
})

/**
 * What the rule set is evaluated over: the facts, the position, and the start date ages are
 * judged on.
 *
 * @example
 * ```ts
 * import type { Disqualification } from "@frontdesk/domain/recruitment"
 * declare const subject: Disqualification.Subject
 * subject.startDate // "2026-05-01"
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Subject {
  readonly facts: Facts
  readonly position: Requisition.Position
  readonly startDate: string
}

/**
 * The rule codes, one per row of the table.
 *
 * @example
 * ```ts
 * import { Disqualification } from "@frontdesk/domain/recruitment"
 * Disqualification.codes.blacklisted // "recruitment.disqualification.blacklisted"
 * ```
 * @category constants
 * @since 0.1.0
 */
export const codes = {
  minor: "recruitment.disqualification.minor",
  contractRunning: "recruitment.disqualification.contractRunning",
  fraud: "recruitment.disqualification.fraud",
  blacklisted: "recruitment.disqualification.blacklisted",
  criminalRecord: "recruitment.disqualification.criminalRecord",
  medical: "recruitment.disqualification.medical"
} as const

/**
 * Under 16 at the start date: refused (Labour Law art. 15); 16–17: only for positions marked
 * suitable for juvenile workers. An unknown birth date is reported too, because the law requires
 * the check.
 *
 * @example
 * ```ts
 * import { Disqualification } from "@frontdesk/domain/recruitment"
 * Disqualification.minor.standing // "legal-requirement"
 * ```
 * @category rules
 * @since 0.1.0
 */
export const minor = Rules.rule<Subject, Blacklist.Context | undefined>({
  code: codes.minor,
  message: { code: "recruitment.disqualification.minor" },
  standing: "legal-requirement",
  check: ({ facts, position, startDate }) => {
    if (facts.birthDate === undefined) {
      return { message: { code: "recruitment.disqualification.minor.unknownAge" }, path: ["birthDate"] }
    }
    const age = Dates.ageOn(facts.birthDate, startDate)
    if (age < ages.minimum) {
      return {
        message: { code: "recruitment.disqualification.minor.under16", params: { age } },
        path: ["birthDate"]
      }
    }
    if (age < ages.adult && !position.juvenileSuitable) {
      return {
        message: { code: "recruitment.disqualification.minor.juvenile", params: { age } },
        path: ["birthDate"]
      }
    }
    return true
  }
})

/**
 * A labour contract with another employer still running: refused until proof of termination
 * (Labour Contract Law art. 91 makes the new employer jointly liable).
 *
 * @example
 * ```ts
 * import { Disqualification } from "@frontdesk/domain/recruitment"
 * Disqualification.contractRunning.standing // "legal-requirement"
 * ```
 * @category rules
 * @since 0.1.0
 */
export const contractRunning = Rules.rule<Subject, Blacklist.Context | undefined>({
  code: codes.contractRunning,
  message: { code: "recruitment.disqualification.contractRunning" },
  standing: "legal-requirement",
  check: ({ facts }) => facts.previousContract !== "running" || { path: ["previousContract"] }
})

/**
 * Fraud or falsified documents: refused when a document check fails (a contract made by fraud is
 * void, Labour Contract Law art. 26).
 *
 * @example
 * ```ts
 * import { Disqualification } from "@frontdesk/domain/recruitment"
 * Disqualification.fraud.standing // "legal-basis"
 * ```
 * @category rules
 * @since 0.1.0
 */
export const fraud = Rules.rule<Subject, Blacklist.Context | undefined>({
  code: codes.fraud,
  message: { code: "recruitment.disqualification.fraud" },
  standing: "legal-basis",
  check: ({ facts }) => facts.documentCheck !== "failed" || { path: ["documentCheck"] }
})

/**
 * Dismissed by this company before: refused when the resident ID is on the blacklist.
 *
 * @example
 * ```ts
 * import { Disqualification } from "@frontdesk/domain/recruitment"
 * Disqualification.blacklisted.standing // "internal-policy"
 * ```
 * @category rules
 * @since 0.1.0
 */
export const blacklisted = Rules.rule<Subject, Blacklist.Context | undefined>({
  code: codes.blacklisted,
  message: { code: "recruitment.disqualification.blacklisted" },
  standing: "internal-policy",
  check: ({ facts }, context) => !Blacklist.includes(context, facts.residentId) || { path: ["residentId"] }
})

/**
 * A criminal record: only for positions that declare a lawful need; otherwise never checked.
 *
 * @example
 * ```ts
 * import { Disqualification } from "@frontdesk/domain/recruitment"
 * Disqualification.criminalRecord.standing // "restricted"
 * ```
 * @category rules
 * @since 0.1.0
 */
export const criminalRecord = Rules.rule<Subject, Blacklist.Context | undefined>({
  code: codes.criminalRecord,
  message: { code: "recruitment.disqualification.criminalRecord" },
  standing: "restricted",
  check: ({ facts, position }) =>
    position.criminalRecordBasis === undefined ||
    facts.criminalRecord !== "found" || { path: ["criminalRecord"] }
})

/**
 * Health: only "unfit for this position" from a medical examination, and only for positions with
 * a declared requirement. Carriers of infectious pathogens may not be refused except where law
 * forbids the work (Employment Promotion Law art. 30), so no diagnosis is ever recorded.
 *
 * @example
 * ```ts
 * import { Disqualification } from "@frontdesk/domain/recruitment"
 * Disqualification.medical.standing // "restricted"
 * ```
 * @category rules
 * @since 0.1.0
 */
export const medical = Rules.rule<Subject, Blacklist.Context | undefined>({
  code: codes.medical,
  message: { code: "recruitment.disqualification.medical" },
  standing: "restricted",
  check: ({ facts, position }) =>
    position.medicalRequirement === undefined || facts.medical !== "unfit" || { path: ["medical"] }
})

/**
 * The rule set, in the table's order.
 *
 * @example
 * ```ts
 * import { Rules } from "@frontdesk/domain"
 * import { Disqualification } from "@frontdesk/domain/recruitment"
 * Rules.describe(Disqualification.ruleSet).map((r) => r.standing)
 * ```
 * @category rules
 * @since 0.1.0
 */
export const ruleSet = Rules.make<Subject, Blacklist.Context | undefined>("recruitment.disqualification", [
  minor,
  contractRunning,
  fraud,
  blacklisted,
  criminalRecord,
  medical
])

/**
 * Evaluates every rule and returns every violation: what a person must confirm or clear.
 *
 * @example
 * ```ts
 * import { Disqualification } from "@frontdesk/domain/recruitment"
 * declare const subject: Disqualification.Subject
 * Disqualification.check(subject, { blacklist: [] }).map((v) => v.code)
 * ```
 * @category evaluation
 * @since 0.1.0
 */
export const check = (subject: Subject, context?: Blacklist.Context): ReadonlyArray<Rules.Violation> =>
  Rules.evaluate(ruleSet, subject, context)

/**
 * The standing of a rule code, or undefined for a code that is not a disqualification rule.
 *
 * @example
 * ```ts
 * import { Disqualification } from "@frontdesk/domain/recruitment"
 * Disqualification.standingOf("recruitment.disqualification.fraud") // "legal-basis"
 * ```
 * @category introspection
 * @since 0.1.0
 */
export const standingOf = (code: string): Rules.Standing | undefined =>
  ruleSet.rules.find((rule) => rule.code === code)?.standing
