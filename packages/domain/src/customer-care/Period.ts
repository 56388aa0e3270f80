/**
 * Reporting periods: a span of local calendar dates, both ends included, in the organisation's
 * time zone, and the weeks (Monday first) a chart groups by.
 *
 * @example
 * ```ts
 * import { Period } from "@frontdesk/domain/customer-care"
 * const march = Period.make("2026-03-01", "2026-03-31")
 * Period.contains(march, "2026-03-31T15:59:59.000Z") // true: 23:59:59 on 31 March in Shanghai
 * ```
 * @module
 * @since 0.1.0
 */
import * as Calendar from "../kernel/Calendar.js"

/**
 * A span of local dates, `from` and `to` included, read in `timeZone`.
 *
 * @example
 * ```ts
 * import type { Period } from "@frontdesk/domain/customer-care"
 * const p: Period.Period = { from: "2026-03-01", to: "2026-03-31", timeZone: "Asia/Shanghai" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Period {
  readonly from: Calendar.LocalDate
  readonly to: Calendar.LocalDate
  readonly timeZone: string
}

/**
 * Makes a period; the time zone defaults to Asia/Shanghai. Throws a `RangeError` when `to` is
 * before `from`, a mistake in configuration rather than in data.
 *
 * @example
 * ```ts
 * import { Period } from "@frontdesk/domain/customer-care"
 * Period.make("2026-03-01", "2026-03-31").timeZone // "Asia/Shanghai"
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const make = (
  from: Calendar.LocalDate,
  to: Calendar.LocalDate,
  timeZone: string = Calendar.defaultTimeZone
): Period => {
  if (to < from) throw new RangeError(`Period: ${to} is before ${from}`)
  return { from, to, timeZone }
}

/**
 * Tells whether an instant falls on one of the period's local dates.
 *
 * @example
 * ```ts
 * import { Period } from "@frontdesk/domain/customer-care"
 * Period.contains(Period.make("2026-03-02", "2026-03-02"), "2026-03-01T16:30:00Z") // true: 00:30 on 2 March
 * ```
 * @category queries
 * @since 0.1.0
 */
export const contains = (period: Period, instant: Calendar.Instant): boolean => {
  const date = Calendar.localDateOf(instant, period.timeZone)
  return period.from <= date && date <= period.to
}

/**
 * The Monday that starts the week of a local date; weeks are what the report's chart groups by.
 *
 * @example
 * ```ts
 * import { Period } from "@frontdesk/domain/customer-care"
 * Period.weekStart("2026-03-05") // "2026-03-02"
 * ```
 * @category queries
 * @since 0.1.0
 */
export const weekStart = (date: Calendar.LocalDate): Calendar.LocalDate =>
  Calendar.addDays(date, -Calendar.weekdays.indexOf(Calendar.weekdayOf(date)))

/**
 * The Mondays of every week the period touches, oldest first.
 *
 * @example
 * ```ts
 * import { Period } from "@frontdesk/domain/customer-care"
 * Period.weeks(Period.make("2026-03-04", "2026-03-10")) // ["2026-03-02", "2026-03-09"]
 * ```
 * @category queries
 * @since 0.1.0
 */
export const weeks = (period: Period): ReadonlyArray<Calendar.LocalDate> => {
  const out: Array<Calendar.LocalDate> = []
  for (let monday = weekStart(period.from); monday <= period.to; monday = Calendar.addDays(monday, 7)) {
    out.push(monday)
  }
  return out
}
