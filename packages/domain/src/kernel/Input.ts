/**
 * Input: decoding unknown input against a Schema into either a value or every issue found,
 * each issue carrying a catalogue message so it can be shown in zh-CN and en.
 *
 * @example
 * ```ts
 * import { Field, Input } from "@frontdesk/domain"
 * import { Schema } from "effect"
 * const Contact = Schema.Struct({ mobile: Field.Mobile })
 * Input.decode(Contact, { mobile: "12345" })
 * // Failure: InvalidInput with issues [{ path: ["mobile"], message: { code: "field.mobile.invalid" } }]
 * ```
 * @module
 * @since 0.1.0
 */
import { Data, Result, Schema, SchemaAST, SchemaIssue } from "effect"
import { fieldTexts } from "../messages/field.js"
import * as Messages from "./Messages.js"

Messages.register(fieldTexts)

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

/**
 * The annotation key under which a schema node, a filter or an issue carries its catalogue
 * {@link Messages.Message}. Namespaced so it never meets effect's own annotation keys.
 *
 * @example
 * ```ts
 * import { Input } from "@frontdesk/domain"
 * import { Schema } from "effect"
 * const Code = Schema.String.annotate({ [Input.messageKey]: { code: "field.mobile.invalid" } })
 * ```
 * @category annotations
 * @since 0.1.0
 */
export const messageKey = "frontdesk/message"

const isMessage = (value: unknown): value is Messages.Message =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as { code?: unknown }).code === "string" &&
  Messages.isCode((value as { code: string }).code)

const messageIn = (
  annotations: { readonly [key: string]: unknown } | undefined
): Messages.Message | undefined => {
  const value = annotations?.[messageKey]
  return isMessage(value) ? value : undefined
}

/**
 * Makes the schema issue of a failed check that carries its catalogue message, so
 * {@link issuesOf} reports that code and its params instead of a generic one.
 *
 * @example
 * ```ts
 * import { Input } from "@frontdesk/domain"
 * const issue = Input.invalid({ code: "field.text.tooLong", params: { max: 20 } })
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const invalid = (message: Messages.Message): SchemaIssue.InvalidValue =>
  new SchemaIssue.InvalidValue({
    // The English text keeps effect's own formatter and logs readable.
    message: Messages.render(message, "en"),
    [messageKey]: message
  })

/**
 * Makes a schema filter from a check that returns a catalogue message when the value is wrong
 * and `undefined` when it is right. `code` names the filter's usual failure for tools that list
 * a schema's constraints.
 *
 * @example
 * ```ts
 * import { Input } from "@frontdesk/domain"
 * import { Schema } from "effect"
 * const Even = Schema.Number.check(
 *   Input.makeFilter<number>("input.invalid", (n) => (n % 2 === 0 ? undefined : { code: "input.invalid" }))
 * )
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const makeFilter = <T>(
  code: Messages.Code,
  check: (value: T) => Messages.Message | undefined
): SchemaAST.Filter<T> =>
  Schema.makeFilter<T>(
    (value) => {
      const message = check(value)
      return message === undefined ? undefined : invalid(message)
    },
    { [messageKey]: { code }, expected: Messages.format(code, "en") }
  )

const genericMessage = (issue: SchemaIssue.Issue): Messages.Message => {
  switch (issue._tag) {
    case "MissingKey":
      return { code: "input.required" }
    case "UnexpectedKey":
      return { code: "input.unexpected" }
    case "InvalidType":
      return (
        messageIn(SchemaAST.resolve(issue.ast)) ?? messageIn(issue.ast.annotations) ?? { code: "input.type" }
      )
    case "InvalidValue":
      return messageIn(issue.annotations) ?? { code: "input.invalid" }
    default:
      return { code: "input.invalid" }
  }
}

const pathKey = (key: PropertyKey): string | number => (typeof key === "symbol" ? String(key) : key)

const walk = (
  issue: SchemaIssue.Issue,
  path: ReadonlyArray<string | number>,
  fallback: Messages.Message | undefined,
  out: Array<Issue>
): void => {
  switch (issue._tag) {
    case "Pointer":
      walk(issue.issue, [...path, ...issue.path.map(pathKey)], fallback, out)
      return
    case "Composite":
      for (const inner of issue.issues) walk(inner, path, fallback, out)
      return
    case "Encoding":
      walk(issue.issue, path, fallback, out)
      return
    case "Filter":
      // A filter's own message stands in when its inner issue carries none (e.g. `false` results).
      walk(issue.issue, path, messageIn(issue.filter.annotations) ?? fallback, out)
      return
    case "AnyOf": {
      // A union member that accepted the input's type but rejected its value explains the failure
      // best (an optional mobile given "123" should say what a mobile is, not "wrong type").
      const relevant = issue.issues.find((inner) => inner._tag !== "InvalidType")
      if (relevant !== undefined) walk(relevant, path, fallback, out)
      else out.push({ path, message: messageIn(issue.ast.annotations) ?? { code: "input.type" } })
      return
    }
    case "InvalidValue": {
      const own = messageIn(issue.annotations)
      out.push({ path, message: own ?? fallback ?? { code: "input.invalid" } })
      return
    }
    default:
      out.push({ path, message: genericMessage(issue) })
  }
}

/**
 * Flattens a schema failure into every {@link Issue}, each with its path. Checks built with
 * {@link makeFilter} or {@link invalid} keep their catalogue code and params; effect's built-in
 * failures get a generic code: a missing key `input.required`, a wrong type `input.type`, an
 * unexpected key `input.unexpected`, anything else `input.invalid`.
 *
 * @example
 * ```ts
 * import { Input } from "@frontdesk/domain"
 * import { Result, Schema } from "effect"
 * const result = Schema.decodeUnknownResult(Schema.Struct({ name: Schema.String }))({})
 * if (Result.isFailure(result)) Input.issuesOf(result.failure) // [{ path: ["name"], message: { code: "input.required" } }]
 * ```
 * @category decoding
 * @since 0.1.0
 */
export const issuesOf = (failure: Schema.SchemaError | SchemaIssue.Issue): ReadonlyArray<Issue> => {
  const out: Array<Issue> = []
  walk(Schema.isSchemaError(failure) ? failure.issue : failure, [], undefined, out)
  return out
}

/**
 * Options of {@link decode}.
 *
 * @example
 * ```ts
 * import type { Input } from "@frontdesk/domain"
 * const strict: Input.DecodeOptions = { onExcessProperty: "error" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface DecodeOptions {
  /**
   * What to do with keys a struct does not declare: `"ignore"` (default) drops them, so a form
   * may post extra controls; `"error"` reports each as `input.unexpected`, for strict APIs.
   */
  readonly onExcessProperty?: "ignore" | "error" | undefined
}

/**
 * Decodes unknown input against a schema into its value, or into {@link InvalidInput} holding
 * every issue found (never only the first). Never throws, whatever the input.
 *
 * @example
 * ```ts
 * import { Field, Input } from "@frontdesk/domain"
 * import { Schema } from "effect"
 * const Contact = Schema.Struct({ mobile: Field.Mobile })
 * Input.decode(Contact, { mobile: "+86 138-1234-5678" }) // Success { mobile: "13812345678" }
 * ```
 * @category decoding
 * @since 0.1.0
 */
export const decode = <S extends Schema.Decoder<unknown>>(
  schema: S,
  input: unknown,
  options?: DecodeOptions
): Result.Result<S["Type"], InvalidInput> => {
  try {
    const result = Schema.decodeUnknownResult(schema)(input, {
      errors: "all",
      onExcessProperty: options?.onExcessProperty ?? "ignore"
    })
    return Result.isSuccess(result)
      ? Result.succeed(result.success)
      : Result.fail(new InvalidInput({ issues: issuesOf(result.failure) }))
  } catch {
    // Exotic input (a throwing getter, a revoked proxy) must become an issue, not a crash.
    return Result.fail(new InvalidInput({ issues: [{ path: [], message: { code: "input.invalid" } }] }))
  }
}

/**
 * Validates one field of a struct on its own, for checking a form control when it loses focus.
 * Returns every issue of that field (empty when it is valid), with paths starting at its name.
 * A name the struct does not declare gives one `input.unexpected` issue.
 *
 * @example
 * ```ts
 * import { Field, Input } from "@frontdesk/domain"
 * import { Schema } from "effect"
 * const Contact = Schema.Struct({ mobile: Field.Mobile })
 * Input.decodeField(Contact, "mobile", "12812345678") // [{ path: ["mobile"], message: { code: "field.mobile.invalid" } }]
 * ```
 * @category decoding
 * @since 0.1.0
 */
export const decodeField = (
  struct: Schema.Struct<Schema.Struct.Fields>,
  name: string,
  value: unknown
): ReadonlyArray<Issue> => {
  if (!Object.hasOwn(struct.fields, name)) return [{ path: [name], message: { code: "input.unexpected" } }]
  const single = Schema.Struct({ [name]: struct.fields[name]! })
  // An absent control and an empty one both mean "no value", so a required field says so.
  const input = value === undefined ? {} : { [name]: value }
  const result = decode(single as unknown as Schema.Decoder<unknown>, input)
  return Result.isFailure(result) ? result.failure.issues : []
}
