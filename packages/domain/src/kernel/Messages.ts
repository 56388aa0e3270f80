/**
 * The one catalogue of user-visible text, in Simplified Chinese and English.
 *
 * Every string the domain or the elements show comes from here, looked up by a code such as
 * `"field.mobile.invalid"`. Texts may hold `{name}` placeholders filled from a message's params.
 *
 * The catalogue is split into sections (`@frontdesk/domain/messages`), and each module that shows
 * or names the codes of a section registers that section when it loads. A bundle therefore
 * carries only the texts of the modules it contains, while {@link Code} stays one closed union of
 * every section's codes, checked at compile time.
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
// Type-only: the sections' texts reach a bundle through the modules that register them, not here.
import type * as Sections from "../messages/index.js"

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
export type Code = {
  readonly [Name in keyof typeof Sections]: keyof (typeof Sections)[Name]
}[keyof typeof Sections]

/**
 * A label: a catalogue code, or text given inline in every locale. Inline text lets a host
 * application label its own fields, states and commands without a catalogue of its own.
 *
 * @example
 * ```ts
 * import type { Messages } from "@frontdesk/domain"
 * const fromCatalogue: Messages.Label = "workflow.state.open"
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
 * A section of the catalogue: texts keyed by code, as exported by `@frontdesk/domain/messages`.
 *
 * @example
 * ```ts
 * import type { Messages } from "@frontdesk/domain"
 * const section: Messages.Section = { "state.overdue": { "zh-CN": "已逾期", en: "overdue" } }
 * ```
 * @category models
 * @since 0.1.0
 */
export type Section = { readonly [code: string]: Text }

const registered = new Set<Section>()
const entries = new Map<string, Text>()

/**
 * Adds a section to the catalogue and returns it; registering a section again changes nothing.
 *
 * Every module that shows or names codes of a section calls this at its top level, so the section
 * is in any bundle that holds the module and in no other. Until its section is registered, a code
 * is not {@link isCode} and {@link format} gives the code itself. A host that names codes of a
 * section none of the modules it imports use registers that section itself. Only sections of the
 * catalogue fit: a key that is not a {@link Code} does not compile.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * import { storageTexts } from "@frontdesk/domain/messages"
 * Messages.register(storageTexts)
 * Messages.format("storage.quotaExceeded", "en") // "Storage is full; none of the changes were saved"
 * ```
 * @category registration
 * @since 0.1.0
 */
export const register = <S extends Section>(
  section: S & { readonly [K in Exclude<keyof S, Code>]: never }
): S => {
  if (!registered.has(section)) {
    registered.add(section)
    for (const [code, text] of Object.entries(section)) entries.set(code, text)
  }
  return section
}

/**
 * Tells whether a string is a code of a registered section of the catalogue.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * Messages.isCode("field.mobile.invalid") // true (Field registers its section)
 * Messages.isCode("no such code") // false
 * ```
 * @category guards
 * @since 0.1.0
 */
export const isCode = (value: string): value is Code => entries.has(value)

const fill = (template: string, params: Params | undefined): string =>
  params === undefined
    ? template
    : template.replace(/\{(\w+)\}/g, (whole, name: string) =>
        Object.hasOwn(params, name) ? String(params[name]) : whole
      )

/**
 * The text of a label (a catalogue code or inline text) in one locale, with its placeholders filled.
 *
 * A code whose section is not registered (see {@link register}) gives the code itself, unfilled:
 * a missing text shows up on screen and in tests rather than throwing while rendering.
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
export const format = (label: Label, locale: Locale, params?: Params): string => {
  if (typeof label !== "string") return fill(label[locale], params)
  const text = entries.get(label)
  return text === undefined ? label : fill(text[locale], params)
}

/**
 * The text of a {@link Message} in one locale.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * Messages.render({ code: "workflow.state.open" }, "en") // "open"
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
 * Messages.texts({ code: "workflow.state.open" }) // { "zh-CN": "待处理", en: "open" }
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
