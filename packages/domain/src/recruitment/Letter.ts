/**
 * The thank-you letter (致谢函) that candidates who are not hired receive, from zh-CN and en
 * templates in the catalogue or the host's own. The letter never gives the grounds of a
 * disqualification: those stay in the history.
 *
 * @example
 * ```ts
 * import { Letter } from "@frontdesk/domain/recruitment"
 * const letter = Letter.thankYou({ name: "王芳", position: "客服专员", company: "某某物业", date: "2026-03-20" }, "zh-CN")
 * letter.subject // "致谢函"
 * ```
 * @module
 * @since 0.1.0
 */
import * as Messages from "../kernel/Messages.js"
import { recruitmentTexts } from "../messages/recruitment.js"
import type * as Candidate from "./Candidate.js"

Messages.register(recruitmentTexts)

/**
 * What a letter is filled with.
 *
 * @example
 * ```ts
 * import type { Letter } from "@frontdesk/domain/recruitment"
 * const input: Letter.Input = { name: "Wang Fang", position: "Customer-service specialist", company: "Acme", date: "2026-03-20" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Input {
  readonly name: string
  readonly position: string
  readonly company: string
  /** The letter's date, `YYYY-MM-DD`. */
  readonly date: string
}

/**
 * A letter's templates, with `{name}`, `{position}`, `{company}` and `{date}` placeholders; labels,
 * so a host can give its own text in both languages.
 *
 * @example
 * ```ts
 * import type { Letter } from "@frontdesk/domain/recruitment"
 * const templates: Letter.Templates = {
 *   subject: { "zh-CN": "感谢您的应聘", en: "Thank you for applying" },
 *   body: { "zh-CN": "{name}您好：……{company}", en: "Dear {name}, … {company}" }
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Templates {
  readonly subject: Messages.Label
  readonly body: Messages.Label
}

/**
 * The catalogue's thank-you letter.
 *
 * @example
 * ```ts
 * import { Letter } from "@frontdesk/domain/recruitment"
 * Letter.defaultTemplates.subject // "recruitment.letter.thankYou.subject"
 * ```
 * @category constants
 * @since 0.1.0
 */
export const defaultTemplates: Templates = {
  subject: "recruitment.letter.thankYou.subject",
  body: "recruitment.letter.thankYou.body"
}

/**
 * A date as a letter writes it: `2026年3月20日` or `20 March 2026`.
 *
 * @example
 * ```ts
 * import { Letter } from "@frontdesk/domain/recruitment"
 * Letter.formatDate("2026-03-20", "en") // "20 March 2026"
 * ```
 * @category rendering
 * @since 0.1.0
 */
export const formatDate = (date: string, locale: Messages.Locale): string => {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number]
  if (locale === "zh-CN") return `${year}年${month}月${day}日`
  const months = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  ]
  return `${day} ${months[month - 1]} ${year}`
}

/**
 * A rendered letter.
 *
 * @example
 * ```ts
 * import type { Letter } from "@frontdesk/domain/recruitment"
 * declare const letter: Letter.Letter
 * letter.body
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Letter {
  readonly locale: Messages.Locale
  readonly subject: string
  readonly body: string
}

/**
 * Renders the thank-you letter in one locale.
 *
 * @example
 * ```ts
 * import { Letter } from "@frontdesk/domain/recruitment"
 * Letter.thankYou({ name: "Wang Fang", position: "Cashier", company: "Acme", date: "2026-03-20" }, "en").subject
 * // "Thank you for your application"
 * ```
 * @category rendering
 * @since 0.1.0
 */
export const thankYou = (
  input: Input,
  locale: Messages.Locale,
  templates: Templates = defaultTemplates
): Letter => {
  const params = {
    name: input.name,
    position: input.position,
    company: input.company,
    date: formatDate(input.date, locale)
  }
  return {
    locale,
    subject: Messages.format(templates.subject, locale, params),
    body: Messages.format(templates.body, locale, params)
  }
}

/**
 * Tells whether a candidate should get a thank-you letter: screened out, not selected or
 * disqualified.
 *
 * @example
 * ```ts
 * import { Letter } from "@frontdesk/domain/recruitment"
 * declare const record: { readonly state: string }
 * Letter.isDue(record)
 * ```
 * @category queries
 * @since 0.1.0
 */
export const isDue = (record: { readonly state: string }): boolean =>
  (["screenedOut", "rejected", "disqualified"] satisfies ReadonlyArray<Candidate.State>).includes(
    record.state as "screenedOut"
  )
