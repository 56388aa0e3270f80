/**
 * Date arithmetic on ISO local dates (`YYYY-MM-DD`), done in UTC so no time zone shifts a day.
 *
 * @since 0.1.0
 */
import { addMonths as addMonthsUtc, differenceInCalendarDays } from "date-fns"

const parse = (date: string): Date => new Date(`${date}T00:00:00.000Z`)
const format = (date: Date): string => date.toISOString().slice(0, 10)

/**
 * The date `months` months after `date`, clamped to the month's last day (01-31 + 1 month = 02-28).
 *
 * @example
 * ```ts
 * addMonths("2026-01-31", 1) // "2026-02-28"
 * ```
 * @category dates
 * @since 0.1.0
 */
export const addMonths = (date: string, months: number): string => format(addMonthsUtc(parse(date), months))

/**
 * The date `days` days after `date` (before, when negative).
 *
 * @example
 * ```ts
 * addDays("2026-03-01", -1) // "2026-02-28"
 * ```
 * @category dates
 * @since 0.1.0
 */
export const addDays = (date: string, days: number): string =>
  format(new Date(parse(date).getTime() + days * 86_400_000))

/**
 * Calendar days from `a` to `b` (negative when `b` is earlier).
 *
 * @example
 * ```ts
 * daysBetween("2026-03-01", "2026-03-31") // 30
 * ```
 * @category dates
 * @since 0.1.0
 */
export const daysBetween = (a: string, b: string): number => differenceInCalendarDays(parse(b), parse(a))

/**
 * Full years of age on `on` for someone born on `birthDate`.
 *
 * @example
 * ```ts
 * ageOn("2010-06-01", "2026-05-31") // 15
 * ```
 * @category dates
 * @since 0.1.0
 */
export const ageOn = (birthDate: string, on: string): number => {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number]
  const [y, m, d] = on.split("-").map(Number) as [number, number, number]
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0)
}

/**
 * Whole calendar months from `a` to `b`, counting a month only once its day is reached.
 *
 * @example
 * ```ts
 * monthsBetween("2026-01-15", "2027-01-14") // 11
 * ```
 * @category dates
 * @since 0.1.0
 */
export const monthsBetween = (a: string, b: string): number => {
  const [ay, am, ad] = a.split("-").map(Number) as [number, number, number]
  const [by, bm, bd] = b.split("-").map(Number) as [number, number, number]
  return (by - ay) * 12 + (bm - am) - (bd < ad ? 1 : 0)
}
