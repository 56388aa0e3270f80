/**
 * Small schemas the recruitment modules share: bounded whole numbers and option lists.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import * as Input from "../../kernel/Input.js"
import * as Messages from "../../kernel/Messages.js"
import { recruitmentTexts } from "../../messages/recruitment.js"

Messages.register(recruitmentTexts)

/**
 * A whole number from `min` to `max`, refused with `recruitment.count.range`.
 *
 * @example
 * ```ts
 * const Headcount = count(1, 999)
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const count = (min: number, max: number) =>
  Schema.Number.check(
    Input.makeFilter<number>("recruitment.count.range", (n) =>
      Number.isInteger(n) && n >= min && n <= max
        ? undefined
        : { code: "recruitment.count.range", params: { min, max } }
    )
  )

/**
 * Options for a select, each value labelled by a catalogue code.
 *
 * @example
 * ```ts
 * options([["ordinary", "recruitment.level.ordinary"]])
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const options = (
  entries: ReadonlyArray<readonly [string, Messages.Code]>
): ReadonlyArray<{ readonly value: string; readonly label: Messages.Code }> =>
  entries.map(([value, label]) => ({ value, label }))
