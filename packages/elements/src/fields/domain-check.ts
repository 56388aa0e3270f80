/**
 * The controls check their values with the domain's own field schemas, so a control and the
 * decoder behind its form can never disagree about what is valid.
 */
import { Input, type Messages } from "@frontdesk/domain"
import { Result, type Schema } from "effect"

/**
 * The first issue the schema finds in the value, or `undefined` when it decodes.
 *
 * @example
 * ```ts
 * firstIssue(Field.Mobile, "123") // { code: "field.mobile.invalid" }
 * ```
 * @category fields
 * @since 0.1.0
 */
export const firstIssue = (schema: Schema.Decoder<unknown>, value: unknown): Messages.Message | undefined => {
  const result = Input.decode(schema, value)
  return Result.isFailure(result) ? result.failure.issues[0]?.message : undefined
}
