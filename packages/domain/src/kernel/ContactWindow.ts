/**
 * Contact windows (可联系时段) and quiet hours (免打扰时段): when a customer may be called.
 *
 * The seed's rule "avoid disturbing customers while they rest" (避免在客户休息时打扰客户)
 * becomes weekly windows in the customer's time zone; quiet hours are everything outside them.
 *
 * @example
 * ```ts
 * import { ContactWindow } from "@frontdesk/domain"
 * const windows = ContactWindow.make() // 09:00-12:00 and 14:00-20:00 in Asia/Shanghai
 * ContactWindow.isQuiet(windows, "2026-03-02T13:00:00Z") // true: 21:00 in Shanghai
 * ContactWindow.nextOpen(windows, "2026-03-02T13:00:00Z") // 2026-03-03T01:00:00.000Z
 * ```
 * @module
 * @since 0.1.0
 */
import * as Calendar from "./Calendar.js"

/**
 * A customer's contact windows: the local hours of each weekday in which they may be contacted.
 *
 * @example
 * ```ts
 * import { ContactWindow } from "@frontdesk/domain"
 * const w: ContactWindow.ContactWindows = ContactWindow.make()
 * ```
 * @category models
 * @since 0.1.0
 */
export interface ContactWindows {
  readonly timeZone: string
  readonly weekly: Calendar.Weekly
}

/**
 * The contact hours used when none are configured: 09:00–12:00 and 14:00–20:00 local time,
 * which keeps calls away from the morning, the midday rest and the evening.
 *
 * @example
 * ```ts
 * import { ContactWindow } from "@frontdesk/domain"
 * ContactWindow.defaultWindows[1] // { start: "14:00", end: "20:00" }
 * ```
 * @category constants
 * @since 0.1.0
 */
export const defaultWindows: Calendar.Windows = [
  { start: "09:00", end: "12:00" },
  { start: "14:00", end: "20:00" }
]

/**
 * Options of {@link make}.
 *
 * @example
 * ```ts
 * import type { ContactWindow } from "@frontdesk/domain"
 * const o: ContactWindow.Options = { timeZone: "Europe/Berlin", windows: [{ start: "10:00", end: "18:00" }] }
 * ```
 * @category constructors
 * @since 0.1.0
 */
export interface Options {
  /** IANA zone of the customer; default Asia/Shanghai. */
  readonly timeZone?: string | undefined
  /** The same windows every day of the week; default {@link defaultWindows}. */
  readonly windows?: Calendar.Windows | undefined
  /** Per-weekday windows, overriding `windows` for the weekdays given. */
  readonly weekly?: Partial<Calendar.Weekly> | undefined
}

/**
 * Makes contact windows. Every day of the week uses the same windows unless `weekly` says
 * otherwise (service customers are called at weekends too). Throws `Calendar.InvalidCalendar`
 * for malformed windows or an unknown zone.
 *
 * @example
 * ```ts
 * import { ContactWindow } from "@frontdesk/domain"
 * const noSundays = ContactWindow.make({ weekly: { sun: [] } })
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const make = (options: Options = {}): ContactWindows => {
  const timeZone = options.timeZone ?? Calendar.defaultTimeZone
  const windows = options.windows ?? defaultWindows
  const weekly = Object.fromEntries(
    Calendar.weekdays.map((d) => [d, options.weekly?.[d] ?? windows])
  ) as unknown as Calendar.Weekly
  const problems = Calendar.weekdays.flatMap((d) => Calendar.windowProblems(d, weekly[d]))
  try {
    new Intl.DateTimeFormat("en", { timeZone })
  } catch {
    problems.push(`${timeZone}: not a known IANA time zone`)
  }
  if (problems.length > 0) throw new Calendar.InvalidCalendar({ problems })
  return { timeZone, weekly }
}

const toDate = (instant: Calendar.Instant): Date => new Date(instant)

const intervalsAround = (w: ContactWindows, at: Date, days: number) => {
  const first = Calendar.addDays(Calendar.localDateOf(at, w.timeZone), -1)
  const out: Array<{ readonly start: Date; readonly end: Date }> = []
  for (let i = 0; i <= days; i++) {
    const date = Calendar.addDays(first, i)
    out.push(...Calendar.intervalsOn(w.timeZone, date, w.weekly[Calendar.weekdayOf(date)]))
  }
  return out
}

/**
 * Tells whether a customer may be contacted at an instant.
 *
 * @example
 * ```ts
 * import { ContactWindow } from "@frontdesk/domain"
 * ContactWindow.isOpen(ContactWindow.make(), "2026-03-02T02:00:00Z") // true (10:00 in Shanghai)
 * ```
 * @category queries
 * @since 0.1.0
 */
export const isOpen = (w: ContactWindows, instant: Calendar.Instant): boolean => {
  const at = toDate(instant).getTime()
  return intervalsAround(w, toDate(instant), 2).some((i) => i.start.getTime() <= at && at < i.end.getTime())
}

/**
 * Tells whether an instant falls in quiet hours, the complement of the contact windows.
 *
 * @example
 * ```ts
 * import { ContactWindow } from "@frontdesk/domain"
 * ContactWindow.isQuiet(ContactWindow.make(), "2026-03-02T05:00:00Z") // true (13:00, the midday rest)
 * ```
 * @category queries
 * @since 0.1.0
 */
export const isQuiet = (w: ContactWindows, instant: Calendar.Instant): boolean => !isOpen(w, instant)

/**
 * The first instant at or after `instant` at which contact is allowed: `instant` itself when
 * the window is open, else the start of the next window; undefined when no weekday has a window.
 *
 * @example
 * ```ts
 * import { ContactWindow } from "@frontdesk/domain"
 * ContactWindow.nextOpen(ContactWindow.make(), "2026-03-02T13:00:00Z") // 2026-03-03T01:00:00.000Z (09:00 next day)
 * ```
 * @category queries
 * @since 0.1.0
 */
export const nextOpen = (w: ContactWindows, instant: Calendar.Instant): Date | undefined => {
  const at = toDate(instant)
  // Eight days ahead reach every weekday's windows at least once.
  for (const i of intervalsAround(w, at, 9)) {
    if (i.end.getTime() <= at.getTime()) continue
    return i.start.getTime() <= at.getTime() ? at : i.start
  }
  return undefined
}

/**
 * The end of the contact window open at `instant` (when quiet hours begin), or undefined when
 * `instant` is already in quiet hours.
 *
 * @example
 * ```ts
 * import { ContactWindow } from "@frontdesk/domain"
 * ContactWindow.quietFrom(ContactWindow.make(), "2026-03-02T02:00:00Z") // 2026-03-02T04:00:00.000Z (12:00)
 * ```
 * @category queries
 * @since 0.1.0
 */
export const quietFrom = (w: ContactWindows, instant: Calendar.Instant): Date | undefined => {
  const at = toDate(instant).getTime()
  return intervalsAround(w, toDate(instant), 2).find((i) => i.start.getTime() <= at && at < i.end.getTime())
    ?.end
}
