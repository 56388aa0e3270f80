/**
 * A choice offered by `fd-select` and `fd-multi-select`.
 *
 * @example
 * ```ts
 * import type { FieldOption } from "@frontdesk/elements"
 * const option: FieldOption = { value: "walk-in", label: "Walk-in" }
 * ```
 * @category fields
 * @since 0.1.0
 */
export interface FieldOption {
  readonly value: string
  /** The text shown, already in the page's language. */
  readonly label: string
}
