/**
 * Hiring (录用): the offer's terms, the hiring approval, the documents a candidate hands in and
 * the onboarding checklist (录用手续, 入职面谈, 入职培训). The medical examination is recorded only
 * as fit / unfit for this position (see `Disqualification.FactsInput`).
 *
 * @example
 * ```ts
 * import { Offer } from "@frontdesk/domain/recruitment"
 * Offer.missing(Offer.documents, { residentId: true, resume: true }) // ["diploma", "medicalCertificate", "registrationForm"]
 * ```
 * @module
 * @since 0.1.0
 */
import { Schema } from "effect"
import * as Field from "../kernel/Field.js"
import * as Messages from "../kernel/Messages.js"
import type * as Rules from "../kernel/Rules.js"
import { recruitmentTexts } from "../messages/recruitment.js"
import { count, options } from "./internal/schemas.js"
import * as Probation from "./Probation.js"

Messages.register(recruitmentTexts)

/**
 * The documents a candidate hands in: resident ID, diploma, medical certificate (体检证明), the
 * application registration form (应聘登记表) and résumé.
 *
 * @example
 * ```ts
 * import { Offer } from "@frontdesk/domain/recruitment"
 * Offer.documents.length // 5
 * ```
 * @category constants
 * @since 0.1.0
 */
export const documents = [
  "residentId",
  "diploma",
  "medicalCertificate",
  "registrationForm",
  "resume"
] as const

/**
 * A document of the checklist.
 *
 * @example
 * ```ts
 * import type { Offer } from "@frontdesk/domain/recruitment"
 * const document: Offer.Document = "diploma"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Document = (typeof documents)[number]

/**
 * The onboarding checklist: hiring paperwork, the labour contract, the onboarding talk and the
 * onboarding training.
 *
 * @example
 * ```ts
 * import { Offer } from "@frontdesk/domain/recruitment"
 * Offer.onboardingItems[0] // "paperwork"
 * ```
 * @category constants
 * @since 0.1.0
 */
export const onboardingItems = ["paperwork", "contract", "onboardingTalk", "onboardingTraining"] as const

/**
 * An item of the onboarding checklist.
 *
 * @example
 * ```ts
 * import type { Offer } from "@frontdesk/domain/recruitment"
 * const item: Offer.OnboardingItem = "contract"
 * ```
 * @category models
 * @since 0.1.0
 */
export type OnboardingItem = (typeof onboardingItems)[number]

/**
 * A checklist: which items are done.
 *
 * @example
 * ```ts
 * import type { Offer } from "@frontdesk/domain/recruitment"
 * const done: Offer.Checklist<Offer.Document> = { residentId: true }
 * ```
 * @category models
 * @since 0.1.0
 */
export type Checklist<K extends string> = { readonly [Key in K]?: boolean }

/**
 * The items of a checklist not yet done, in the list's order.
 *
 * @example
 * ```ts
 * import { Offer } from "@frontdesk/domain/recruitment"
 * Offer.missing(Offer.onboardingItems, { paperwork: true }) // ["contract", "onboardingTalk", "onboardingTraining"]
 * ```
 * @category checklists
 * @since 0.1.0
 */
export const missing = <K extends string>(items: ReadonlyArray<K>, done: Checklist<K>): ReadonlyArray<K> =>
  items.filter((item) => done[item] !== true)

const documentLabels = {
  residentId: "recruitment.document.residentId",
  diploma: "recruitment.document.diploma",
  medicalCertificate: "recruitment.document.medicalCertificate",
  registrationForm: "recruitment.document.registrationForm",
  resume: "recruitment.document.resume"
} as const satisfies { readonly [D in Document]: Messages.Code }

const onboardingLabels = {
  paperwork: "recruitment.onboarding.paperwork",
  contract: "recruitment.onboarding.contract",
  onboardingTalk: "recruitment.onboarding.onboardingTalk",
  onboardingTraining: "recruitment.onboarding.onboardingTraining"
} as const satisfies { readonly [I in OnboardingItem]: Messages.Code }

/**
 * The catalogue label of a document or onboarding item.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * import { Offer } from "@frontdesk/domain/recruitment"
 * Messages.format(Offer.itemLabel("diploma"), "zh-CN") // "学历证书（原件及复印件）"
 * ```
 * @category rendering
 * @since 0.1.0
 */
export const itemLabel = (item: Document | OnboardingItem): Messages.Code =>
  item in documentLabels ? documentLabels[item as Document] : onboardingLabels[item as OnboardingItem]

/**
 * Input of the documents checklist: the documents received so far.
 *
 * @example
 * ```ts
 * import { Offer } from "@frontdesk/domain/recruitment"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Offer.DocumentsInput)({ received: ["residentId", "resume"] })
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const DocumentsInput = Schema.Struct({
  received: Schema.Array(Schema.Literals(documents)).pipe(
    Field.meta({
      label: "recruitment.candidate.field.documents",
      widget: "multiSelect",
      options: options(documents.map((d) => [d, documentLabels[d]] as const))
    })
  )
})

/**
 * Input of the onboarding checklist: the items done so far.
 *
 * @example
 * ```ts
 * import { Offer } from "@frontdesk/domain/recruitment"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Offer.OnboardingInput)({ done: ["paperwork"] })
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const OnboardingInput = Schema.Struct({
  done: Schema.Array(Schema.Literals(onboardingItems)).pipe(
    Field.meta({
      label: "recruitment.candidate.field.onboarding",
      widget: "multiSelect",
      options: options(onboardingItems.map((i) => [i, onboardingLabels[i]] as const))
    })
  )
})

/**
 * The offer's terms (录用意向): start date, monthly salary, contract term and probation length.
 *
 * @example
 * ```ts
 * import { Offer } from "@frontdesk/domain/recruitment"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Offer.TermsInput)({
 *   startDate: "2026-05-01", salary: { amount: 800_000 }, contractTerm: { kind: "fixed", months: 36 }, probationMonths: 3
 * })
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const TermsInput = Schema.Struct({
  startDate: Field.LocalDate.pipe(Field.meta({ label: "recruitment.offer.field.startDate", widget: "date" })),
  salary: Field.Money.pipe(
    Field.meta({ label: "recruitment.offer.field.salary", widget: "money", sensitive: true })
  ),
  contractTerm: Probation.ContractTermSchema,
  probationMonths: count(0, 6).pipe(
    Field.meta({ label: "recruitment.offer.field.probationMonths", widget: "number" })
  )
})

/**
 * The offer's terms.
 *
 * @example
 * ```ts
 * import type { Offer } from "@frontdesk/domain/recruitment"
 * declare const terms: Offer.Terms
 * terms.probationMonths // 3
 * ```
 * @category models
 * @since 0.1.0
 */
export type Terms = typeof TermsInput.Type

/**
 * The problems with an offer's terms: a probation the contract term does not allow (Labour
 * Contract Law art. 19).
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * import { Offer } from "@frontdesk/domain/recruitment"
 * Offer.termViolations({ startDate: "2026-05-01", salary: Field.money(1), contractTerm: { kind: "fixed", months: 6 }, probationMonths: 2 })
 * // [{ code: "recruitment.probation.tooLong", ... }]
 * ```
 * @category rules
 * @since 0.1.0
 */
export const termViolations = (terms: Terms, priorProbation = false): ReadonlyArray<Rules.Violation> =>
  Probation.lengthViolations(terms.contractTerm, terms.probationMonths, priorProbation).map((v) => ({
    ...v,
    path: ["probationMonths"]
  }))
