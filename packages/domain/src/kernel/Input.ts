/**
 * Input: decoding unknown input against a Schema into either a value or every issue found,
 * each issue carrying a catalogue message so it can be shown in zh-CN and en.
 *
 * @since 0.1.0
 */
import { Data } from "effect"
import * as Messages from "./Messages.js"

/**
 * One problem with one part of the input: where it is (`path`) and what is wrong (`message`).
 *
 * @example
 * ```ts
 * import type { Input } from "@frontdesk/domain"
 * const issue: Input.Issue = { path: ["mobile"], message: { code: "field.mobile.invalid" } }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Issue {
  readonly path: ReadonlyArray<string | number>
  readonly message: Messages.Message
}

/**
 * Input that did not decode: every issue, never only the first.
 *
 * @example
 * ```ts
 * import { Input } from "@frontdesk/domain"
 * const error = new Input.InvalidInput({ issues: [{ path: ["mobile"], message: { code: "field.mobile.invalid" } }] })
 * error.texts("en") // ["mobile: Enter an 11-digit mainland China mobile number, ..."]
 * ```
 * @category errors
 * @since 0.1.0
 */
export class InvalidInput extends Data.TaggedError("InvalidInput")<{
  readonly issues: ReadonlyArray<Issue>
}> {
  /** A summary in English, so logs and uncaught errors say what went wrong. */
  override get message(): string {
    return this.texts("en").join("; ")
  }

  /** Every issue rendered in one locale, each prefixed with its path when it has one. */
  texts(locale: Messages.Locale): ReadonlyArray<string> {
    return this.issues.map((issue) => {
      const text = Messages.render(issue.message, locale)
      return issue.path.length === 0 ? text : `${issue.path.join(".")}: ${text}`
    })
  }
}
