/**
 * The one catalogue of user-visible text, in Simplified Chinese and English.
 *
 * Every string the domain or the elements show comes from here, looked up by a code such as
 * `"field.mobile.invalid"`. Texts may hold `{name}` placeholders filled from a message's params.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * Messages.format("field.text.tooLong", "zh-CN", { max: 20 }) // "不能超过 20 个字符"
 * Messages.localeOf("en-GB") // "en"
 * ```
 * @module
 * @since 0.1.0
 */
import { catalogue } from "../messages/index.js"

/**
 * A locale the toolkit speaks.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * const locale: Messages.Locale = "zh-CN"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Locale = "zh-CN" | "en"

/**
 * The locales in the order they are preferred when nothing else says which.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * Messages.locales[0] // "zh-CN"
 * ```
 * @category constants
 * @since 0.1.0
 */
export const locales: ReadonlyArray<Locale> = ["zh-CN", "en"]

/**
 * One piece of text in every locale.
 *
 * @example
 * ```ts
 * import type { Messages } from "@frontdesk/domain"
 * const text: Messages.Text = { "zh-CN": "已逾期", en: "overdue" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Text {
  readonly "zh-CN": string
  readonly en: string
}

/**
 * A code that names an entry of the catalogue.
 *
 * @example
 * ```ts
 * import type { Messages } from "@frontdesk/domain"
 * const code: Messages.Code = "field.mobile.invalid"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Code = keyof typeof catalogue

/**
 * A label: a catalogue code, or text given inline in every locale. Inline text lets a host
 * application label its own fields, states and commands without a catalogue of its own.
 *
 * @example
 * ```ts
 * import type { Messages } from "@frontdesk/domain"
 * const fromCatalogue: Messages.Label = "state.overdue"
 * const inline: Messages.Label = { "zh-CN": "来访登记", en: "Visitor sign-in" }
 * ```
 * @category models
 * @since 0.1.0
 */
export type Label = Code | Text

/**
 * Values substituted for `{name}` placeholders.
 *
 * @example
 * ```ts
 * import type { Messages } from "@frontdesk/domain"
 * const params: Messages.Params = { max: 20 }
 * ```
 * @category models
 * @since 0.1.0
 */
export type Params = Readonly<Record<string, string | number>>

/**
 * A message not yet rendered: a catalogue code and its params.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * const message: Messages.Message = { code: "field.text.tooLong", params: { max: 20 } }
 * Messages.render(message, "en")
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Message {
  readonly code: Code
  readonly params?: Params | undefined
}

/**
 * Tells whether a string is a code of the catalogue.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * Messages.isCode("field.mobile.invalid") // true
 * Messages.isCode("no such code") // false
 * ```
 * @category guards
 * @since 0.1.0
 */
export const isCode = (value: string): value is Code => Object.hasOwn(catalogue, value)

const fill = (template: string, params: Params | undefined): string =>
  params === undefined
    ? template
    : template.replace(/\{(\w+)\}/g, (whole, name: string) =>
        Object.hasOwn(params, name) ? String(params[name]) : whole
      )

/**
 * The text of a label (a catalogue code or inline text) in one locale, with its placeholders filled.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * Messages.format("field.text.tooLong", "zh-CN", { max: 20 }) // "不能超过 20 个字符"
 * Messages.format({ "zh-CN": "共 {n} 条", en: "{n} items" }, "en", { n: 3 }) // "3 items"
 * ```
 * @category rendering
 * @since 0.1.0
 */
export const format = (label: Label, locale: Locale, params?: Params): string =>
  fill(typeof label === "string" ? catalogue[label][locale] : label[locale], params)

/**
 * The text of a {@link Message} in one locale.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * Messages.render({ code: "state.overdue" }, "en") // "overdue"
 * ```
 * @category rendering
 * @since 0.1.0
 */
export const render = (message: Message, locale: Locale): string =>
  format(message.code, locale, message.params)

/**
 * The text of a {@link Message} in every locale.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * Messages.texts({ code: "state.overdue" }) // { "zh-CN": "已逾期", en: "overdue" }
 * ```
 * @category rendering
 * @since 0.1.0
 */
export const texts = (message: Message): Text => ({
  "zh-CN": render(message, "zh-CN"),
  en: render(message, "en")
})

/**
 * Picks the supported locale for a BCP 47 language tag such as a page's `lang` attribute:
 * any Chinese tag gives `zh-CN`, anything else `en`.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * Messages.localeOf("zh-Hans-CN") // "zh-CN"
 * Messages.localeOf("en-GB") // "en"
 * Messages.localeOf(undefined) // "zh-CN"
 * ```
 * @category rendering
 * @since 0.1.0
 */
export const localeOf = (tag: string | null | undefined): Locale => {
  if (tag === null || tag === undefined || tag.trim() === "") return "zh-CN"
  return tag.toLowerCase().startsWith("zh") ? "zh-CN" : "en"
}
