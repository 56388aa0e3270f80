/**
 * Deadlines (时限): rules of the kind "within N days/hours of X" (三天之内回访, 一周内沟通).
 *
 * A {@link Policy} is data: what starts the clock, what meets it, what pauses and resumes it, how
 * long it runs and in which unit. The state kept on a record is a small serialisable
 * {@link Tracker}, a pure fold of the record's history ({@link fromHistory}), so loading newer
 * calendar data and calling {@link recompute} moves every open deadline to where it belongs.
 *
 * @example
 * ```ts
 * import { Calendar, Deadline } from "@frontdesk/domain"
 * const policy = Deadline.make({ id: "x", start: "created", met: { commands: ["done"] }, duration: Deadline.hours(2) })
 * const tracker = { startedAt: "2026-03-02T00:00:00.000Z", dueAt: "2026-03-02T02:00:00.000Z" }
 * Deadline.status(policy, tracker, "2026-03-02T03:00:00Z", Calendar.cnMainland()) // "overdue"
 * ```
 * @module
 * @since 0.1.0
 */

import { calendarTexts } from "../messages/calendar.js"
import * as Calendar from "./Calendar.js"
import * as ContactWindow from "./ContactWindow.js"
import * as History from "./History.js"
import * as Messages from "./Messages.js"
import type * as Rules from "./Rules.js"

Messages.register(calendarTexts)

const HOUR_MS = 3_600_000
const MINUTE_MS = 60_000
const DAY_MS = 86_400_000

// ---------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------

/**
 * How a deadline counts time.
 * - `calendarDays`: to the end of the N-th local day after the start (see `Calendar.addCalendarDays`);
 * - `workingDays`: to the close of the N-th working day after the start day (see `Calendar.addWorkingDays`);
 * - `businessHours`: N hours of time inside working windows;
 * - `hours`: N elapsed hours, nights and holidays included.
 *
 * @example
 * ```ts
 * import type { Deadline } from "@frontdesk/domain"
 * const unit: Deadline.Unit = "workingDays"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Unit = "calendarDays" | "workingDays" | "businessHours" | "hours"

/**
 * An amount of time in one {@link Unit}.
 *
 * @example
 * ```ts
 * import type { Deadline } from "@frontdesk/domain"
 * const threeDays: Deadline.Duration = { amount: 3, unit: "calendarDays" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Duration {
  readonly amount: number
  readonly unit: Unit
}

/**
 * Which history entries fire a step: any of the `commands`, or any entry whose target state is
 * one of `states`.
 *
 * @example
 * ```ts
 * import type { Deadline } from "@frontdesk/domain"
 * const met: Deadline.Trigger = { commands: ["complete"], states: ["closed"] }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Trigger {
  readonly commands?: ReadonlyArray<string> | undefined
  readonly states?: ReadonlyArray<string> | undefined
}

/**
 * A deadline policy: when the clock starts (`"created"` is the record's first history entry),
 * when it is met, what pauses and resumes it, how long it runs, when it counts as due soon,
 * which calendar it counts on (by id; the caller passes the calendar itself), and the
 * customer's contact windows.
 *
 * With `contactWindows`, a due time is always one at which the customer can still be reached:
 * a due time that would fall in quiet hours is moved back to the end of the last contact window
 * before it. With the default windows (09:00–12:00 and 14:00–20:00) a callback due at 23:59:59
 * on Sunday is due at 20:00 that Sunday, and one due at 13:00 is due at 12:00. A due time inside
 * a window, or exactly at a window's end, stays. When no contact window ends after the clock
 * started (the whole span falls in quiet hours, e.g. "within 1 hour" started at 21:00), the due
 * time moves forward instead, to the end of the next contact window, so the customer can be
 * reached at least once. A due time agreed with the customer ({@link withDueAt}) is never moved.
 *
 * @example
 * ```ts
 * import { Deadline } from "@frontdesk/domain"
 * const callback: Deadline.Policy = Deadline.make({
 *   id: "callback", start: { commands: ["serve"] }, met: { commands: ["complete"] },
 *   duration: Deadline.calendarDays(3)
 * })
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Policy {
  readonly id: string
  readonly start: "created" | Trigger
  readonly met: Trigger
  readonly pause?: Trigger | undefined
  readonly resume?: Trigger | undefined
  readonly duration: Duration
  readonly dueSoon: Duration
  readonly calendar?: string | undefined
  /**
   * When the customer may be contacted (可联系时段); quiet hours are the rest. Absent, contact is
   * allowed at any time and due times are not moved. A workflow can give each record its own
   * windows (`Workflow.DeadlineSpec.contactWindows`).
   */
  readonly contactWindows?: ContactWindow.ContactWindows | undefined
}

/**
 * A closed pause of the clock, as ISO instants.
 *
 * @example
 * ```ts
 * import type { Deadline } from "@frontdesk/domain"
 * const p: Deadline.Pause = { from: "2026-03-02T02:00:00.000Z", to: "2026-03-02T06:00:00.000Z" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Pause {
  readonly from: string
  readonly to: string
}

/**
 * The deadline state kept on a record; every instant is an ISO string so a store can index it.
 *
 * - `dueAt` is set when the due time is known. When it needs a date the calendar does not
 *   cover, `dueAt` is absent and `unknown: true`, `estimate` (provisional, Monday–Friday rule)
 *   and `reason` are set instead; index `dueAt ?? estimate` to find everything due.
 * - `dueAt` counts closed `pauses` only; while `pausedAt` is set the clock is stopped and
 *   {@link status} pushes the due time out by the pause so far.
 * - `agreedDueAt` is a time agreed with the customer (约定时间); it replaces the computed due.
 *
 * @example
 * ```ts
 * import type { Deadline } from "@frontdesk/domain"
 * const t: Deadline.Tracker = { startedAt: "2026-03-02T02:00:00.000Z", dueAt: "2026-03-05T15:59:59.999Z" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Tracker {
  readonly startedAt?: string
  readonly pausedAt?: string
  readonly pauses?: ReadonlyArray<Pause>
  readonly agreedDueAt?: string
  readonly dueAt?: string
  readonly unknown?: boolean
  readonly estimate?: string
  readonly reason?: Messages.Message
  readonly metAt?: string
}

/**
 * Where a deadline stands at a moment.
 *
 * @example
 * ```ts
 * import type { Deadline } from "@frontdesk/domain"
 * const s: Deadline.Status = "due-soon"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Status = "on-track" | "due-soon" | "overdue" | "met"

// ---------------------------------------------------------------------------------------------
// constructors
// ---------------------------------------------------------------------------------------------

/**
 * `amount` calendar days.
 *
 * @example
 * ```ts
 * import { Deadline } from "@frontdesk/domain"
 * Deadline.calendarDays(7) // { amount: 7, unit: "calendarDays" } — 一周内
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const calendarDays = (amount: number): Duration => ({ amount, unit: "calendarDays" })

/**
 * `amount` working days.
 *
 * @example
 * ```ts
 * import { Deadline } from "@frontdesk/domain"
 * Deadline.workingDays(3) // { amount: 3, unit: "workingDays" }
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const workingDays = (amount: number): Duration => ({ amount, unit: "workingDays" })

/**
 * `amount` hours of working time.
 *
 * @example
 * ```ts
 * import { Deadline } from "@frontdesk/domain"
 * Deadline.businessHours(4) // { amount: 4, unit: "businessHours" }
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const businessHours = (amount: number): Duration => ({ amount, unit: "businessHours" })

/**
 * `amount` elapsed hours.
 *
 * @example
 * ```ts
 * import { Deadline } from "@frontdesk/domain"
 * Deadline.hours(48) // { amount: 48, unit: "hours" }
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const hours = (amount: number): Duration => ({ amount, unit: "hours" })

/**
 * The due-soon threshold used when a policy gives none: one unit of the policy's own unit
 * (the last day, working day or hour before the due time).
 *
 * @example
 * ```ts
 * import { Deadline } from "@frontdesk/domain"
 * Deadline.defaultDueSoon(Deadline.workingDays(3)) // { amount: 1, unit: "workingDays" }
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const defaultDueSoon = (duration: Duration): Duration => ({ amount: 1, unit: duration.unit })

/**
 * Makes a policy; `dueSoon` defaults to {@link defaultDueSoon} of the duration. Throws a
 * `RangeError` when an amount is NaN or infinite.
 *
 * @example
 * ```ts
 * import { Deadline } from "@frontdesk/domain"
 * const contactNewCustomer = Deadline.make({
 *   id: "contact-new-customer", start: "created", met: { commands: ["record-contact"] },
 *   duration: Deadline.calendarDays(7)
 * })
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const make = (
  options: Omit<Policy, "dueSoon"> & { readonly dueSoon?: Duration | undefined }
): Policy => {
  const dueSoon = options.dueSoon ?? defaultDueSoon(options.duration)
  // A policy is configuration: a NaN or infinite amount fails here, where it was written, rather
  // than in the first command that starts the clock.
  for (const [what, duration] of [
    ["duration", options.duration],
    ["dueSoon", dueSoon]
  ] as const) {
    if (!Number.isFinite(duration.amount))
      throw new RangeError(`Deadline policy "${options.id}": ${what}.amount must be a finite number`)
  }
  return { ...options, dueSoon }
}

// ---------------------------------------------------------------------------------------------
// computing the due time
// ---------------------------------------------------------------------------------------------

const fires = (trigger: Trigger | undefined, entry: History.Entry): boolean =>
  trigger !== undefined &&
  ((trigger.commands?.includes(entry.command) ?? false) || (trigger.states?.includes(entry.to) ?? false))

const ms = (instant: string): number => Date.parse(instant)

const add = (
  duration: Duration,
  from: Calendar.Instant,
  calendar: Calendar.Calendar
): Calendar.Outcome<Date> => {
  switch (duration.unit) {
    case "calendarDays":
      return Calendar.addCalendarDays(calendar, from, duration.amount)
    case "workingDays":
      return Calendar.addWorkingDays(calendar, from, duration.amount)
    case "businessHours":
      return Calendar.addBusinessHours(calendar, from, duration.amount)
    case "hours":
      return Calendar.known(new Date(new Date(from).getTime() + duration.amount * HOUR_MS))
  }
}

/**
 * Pushes a due time out by one pause. Clocks that count working time (working days, business
 * hours) move by the working time the pause covered, so a pause over a weekend or a holiday
 * moves nothing; elapsed clocks (calendar days, hours) move by the elapsed length of the pause.
 */
const shift = (
  unit: Unit,
  due: Date,
  from: Calendar.Instant,
  to: Calendar.Instant,
  calendar: Calendar.Calendar
): Calendar.Outcome<Date> => {
  if (unit === "calendarDays" || unit === "hours")
    return Calendar.known(
      new Date(due.getTime() + Math.max(0, new Date(to).getTime() - new Date(from).getTime()))
    )
  return Calendar.flatMap(Calendar.workingTimeBetween(calendar, from, to), (paused) =>
    Calendar.addWorkingTime(calendar, due, paused)
  )
}

/** How far back {@link lastContactEnd} looks: a week and a day reach every weekday's windows. */
const contactLookBackDays = 8

/** The latest end of a contact window at or before `at`, or undefined when no weekday has one. */
const lastContactEnd = (w: ContactWindow.ContactWindows, at: number): number | undefined => {
  const today = Calendar.localDateOf(at, w.timeZone)
  for (let back = 0; back <= contactLookBackDays; back++) {
    const date = Calendar.addDays(today, -back)
    let latest: number | undefined
    for (const { end } of Calendar.intervalsOn(w.timeZone, date, w.weekly[Calendar.weekdayOf(date)])) {
      const t = end.getTime()
      if (t <= at && (latest === undefined || t > latest)) latest = t
    }
    if (latest !== undefined) return latest
  }
  return undefined
}

/** Moves a due time out of quiet hours, by the rule documented on {@link Policy}. */
const settle = (policy: Policy, due: Date, startedAt: string): Date => {
  const w = policy.contactWindows
  if (w === undefined || ContactWindow.isOpen(w, due)) return due
  const end = lastContactEnd(w, due.getTime())
  if (end !== undefined && end > ms(startedAt)) return new Date(end)
  // No chance to reach the customer before the due time: give them their next window in full.
  const open = ContactWindow.nextOpen(w, due)
  return (open === undefined ? undefined : ContactWindow.quietFrom(w, open)) ?? due
}

const computeDue = (
  policy: Policy,
  startedAt: string,
  pauses: ReadonlyArray<Pause>,
  calendar: Calendar.Calendar
): Calendar.Outcome<Date> =>
  Calendar.map(
    pauses.reduce(
      (due, p) => Calendar.flatMap(due, (d) => shift(policy.duration.unit, d, p.from, p.to, calendar)),
      add(policy.duration, startedAt, calendar)
    ),
    (due) => settle(policy, due, startedAt)
  )

interface Fields {
  readonly startedAt?: string | undefined
  readonly pausedAt?: string | undefined
  readonly pauses?: ReadonlyArray<Pause> | undefined
  readonly agreedDueAt?: string | undefined
  readonly metAt?: string | undefined
}

/** Builds a tracker with its due fields derived, keys always in one order and absent when unset. */
const build = (policy: Policy, fields: Fields, calendar: Calendar.Calendar): Tracker => {
  const t: {
    -readonly [K in keyof Tracker]: Tracker[K]
  } = {}
  if (fields.startedAt !== undefined) t.startedAt = fields.startedAt
  if (fields.pausedAt !== undefined) t.pausedAt = fields.pausedAt
  if (fields.pauses !== undefined && fields.pauses.length > 0) t.pauses = fields.pauses
  if (fields.agreedDueAt !== undefined) {
    t.agreedDueAt = fields.agreedDueAt
    t.dueAt = fields.agreedDueAt
  } else if (fields.startedAt !== undefined) {
    const due = computeDue(policy, fields.startedAt, fields.pauses ?? [], calendar)
    if (due._tag === "Known") t.dueAt = due.value.toISOString()
    else {
      t.unknown = true
      t.estimate = due.estimate.toISOString()
      t.reason = due.reason
    }
  }
  if (fields.metAt !== undefined) t.metAt = fields.metAt
  return t
}

/**
 * Folds one accepted history entry into a tracker: starts the clock, pauses or resumes it, or
 * marks it met, and recomputes the due time. A met tracker never changes again; a pause still
 * open when the deadline is met is closed at that moment. A met entry before the clock starts
 * does not count (the obligation begins with the clock); one entry that both starts and meets
 * the deadline meets it at once.
 *
 * @example
 * ```ts
 * import { Calendar, Deadline } from "@frontdesk/domain"
 * const policy = Deadline.make({ id: "callback", start: "created", met: { commands: ["complete"] }, duration: Deadline.calendarDays(3) })
 * const entry = { recordId: "cb-1", version: 1, at: "2026-03-05T06:00:00.000Z",
 *   actor: { id: "u-1", name: "王芳", roles: ["specialist"] }, command: "create", from: "", to: "scheduled" }
 * Deadline.advance(policy, undefined, entry, Calendar.cnMainland()).dueAt // "2026-03-08T15:59:59.999Z"
 * ```
 * @category folding
 * @since 0.1.0
 */
export const advance = (
  policy: Policy,
  tracker: Tracker | undefined,
  entry: History.Entry,
  calendar: Calendar.Calendar
): Tracker => {
  const current = tracker ?? {}
  if (current.metAt !== undefined) return current
  let { startedAt, pausedAt } = current
  let pauses = current.pauses ?? []
  let metAt: string | undefined
  if (startedAt === undefined) {
    const starts = policy.start === "created" ? tracker === undefined : fires(policy.start, entry)
    if (!starts) return tracker === undefined ? build(policy, {}, calendar) : current
    startedAt = entry.at
  }
  if (fires(policy.met, entry)) {
    if (pausedAt !== undefined) pauses = [...pauses, { from: pausedAt, to: entry.at }]
    pausedAt = undefined
    metAt = entry.at
  } else if (pausedAt === undefined && fires(policy.pause, entry)) {
    pausedAt = entry.at
  } else if (pausedAt !== undefined && fires(policy.resume, entry)) {
    pauses = [...pauses, { from: pausedAt, to: entry.at }]
    pausedAt = undefined
  }
  return build(policy, { startedAt, pausedAt, pauses, agreedDueAt: current.agreedDueAt, metAt }, calendar)
}

/**
 * The tracker of a record's whole history: entries sorted oldest first, then folded with
 * {@link advance}. Deadlines are a pure function of history, policy and calendar.
 *
 * @example
 * ```ts
 * import { Calendar, Deadline } from "@frontdesk/domain"
 * const policy = Deadline.make({ id: "callback", start: "created", met: { commands: ["complete"] }, duration: Deadline.calendarDays(3) })
 * Deadline.fromHistory(policy, [], Calendar.cnMainland()) // {}
 * ```
 * @category folding
 * @since 0.1.0
 */
export const fromHistory = (
  policy: Policy,
  entries: ReadonlyArray<History.Entry>,
  calendar: Calendar.Calendar
): Tracker =>
  History.sort(entries).reduce<Tracker | undefined>(
    (tracker, entry) => advance(policy, tracker, entry, calendar),
    undefined
  ) ?? {}

/**
 * Sets a due time agreed with the customer (约定时间). It replaces the computed due time and is
 * not moved by later pauses: what was promised stays promised. A met tracker is unchanged.
 *
 * @example
 * ```ts
 * import { Deadline } from "@frontdesk/domain"
 * const policy = Deadline.make({ id: "callback", start: "created", met: { commands: ["complete"] }, duration: Deadline.calendarDays(3) })
 * Deadline.withDueAt(policy, { startedAt: "2026-03-05T06:00:00.000Z" }, "2026-03-10T02:00:00.000Z").dueAt
 * // "2026-03-10T02:00:00.000Z"
 * ```
 * @category combinators
 * @since 0.1.0
 */
export const withDueAt = (_policy: Policy, tracker: Tracker, dueAt: Calendar.Instant): Tracker => {
  if (tracker.metAt !== undefined) return tracker
  const agreed = new Date(dueAt).toISOString()
  const { unknown: _u, estimate: _e, reason: _r, ...rest } = tracker
  return { ...rest, agreedDueAt: agreed, dueAt: agreed }
}

/**
 * Recomputes the due fields of a tracker on a calendar, e.g. after newer calendar data was
 * loaded: an Unknown due time becomes Known once the calendar covers the dates it needs, and a
 * known one moves when a holiday is declared. A met tracker is returned as it is: whether it was
 * met on time was judged against the due time that applied then.
 *
 * @example
 * ```ts
 * import { Calendar, Deadline } from "@frontdesk/domain"
 * const policy = Deadline.make({ id: "reply", start: "created", met: { commands: ["reply"] }, duration: Deadline.workingDays(3) })
 * Deadline.recompute(policy, { startedAt: "2026-12-30T02:00:00.000Z" }, Calendar.cnMainland()).unknown // true
 * ```
 * @category folding
 * @since 0.1.0
 */
export const recompute = (policy: Policy, tracker: Tracker, calendar: Calendar.Calendar): Tracker =>
  tracker.metAt !== undefined ? tracker : build(policy, tracker, calendar)

// ---------------------------------------------------------------------------------------------
// contact windows
// ---------------------------------------------------------------------------------------------

/**
 * The policy with other contact windows, e.g. one customer's own (可联系时段按客户配置); the
 * policy itself when `windows` is undefined, so a record without its own windows keeps the
 * policy's.
 *
 * @example
 * ```ts
 * import { ContactWindow, Deadline } from "@frontdesk/domain"
 * const callback = Deadline.make({ id: "callback", start: "created", met: { commands: ["complete"] }, duration: Deadline.calendarDays(3) })
 * const evenings = Deadline.withContactWindows(callback, ContactWindow.make({ windows: [{ start: "18:00", end: "21:00" }] }))
 * ```
 * @category combinators
 * @since 0.1.0
 */
export const withContactWindows = (
  policy: Policy,
  windows: ContactWindow.ContactWindows | undefined
): Policy => (windows === undefined ? policy : { ...policy, contactWindows: windows })

/**
 * Tells whether the policy allows contacting the customer at an instant: always when it has no
 * contact windows, else only inside them.
 *
 * @example
 * ```ts
 * import { ContactWindow, Deadline } from "@frontdesk/domain"
 * const callback = Deadline.make({
 *   id: "callback", start: "created", met: { commands: ["complete"] }, duration: Deadline.calendarDays(3),
 *   contactWindows: ContactWindow.make()
 * })
 * Deadline.canContact(callback, "2026-03-02T14:00:00Z") // false: 22:00 in Shanghai
 * ```
 * @category contact windows
 * @since 0.1.0
 */
export const canContact = (policy: Policy, instant: Calendar.Instant): boolean =>
  policy.contactWindows === undefined || ContactWindow.isOpen(policy.contactWindows, instant)

/**
 * The first instant at or after `instant` at which the policy allows contact: `instant` itself
 * when contact is allowed then, else the start of the next contact window; undefined when the
 * windows are empty on every weekday.
 *
 * @example
 * ```ts
 * import { ContactWindow, Deadline } from "@frontdesk/domain"
 * const callback = Deadline.make({
 *   id: "callback", start: "created", met: { commands: ["complete"] }, duration: Deadline.calendarDays(3),
 *   contactWindows: ContactWindow.make()
 * })
 * Deadline.nextContact(callback, "2026-03-02T14:00:00Z") // 2026-03-03T01:00:00.000Z, 09:00 the next morning
 * ```
 * @category contact windows
 * @since 0.1.0
 */
export const nextContact = (policy: Policy, instant: Calendar.Instant): Date | undefined =>
  policy.contactWindows === undefined
    ? new Date(instant)
    : ContactWindow.nextOpen(policy.contactWindows, instant)

const minuteFormats = new Map<string, Intl.DateTimeFormat>()

/** `YYYY-MM-DD HH:mm` in the zone: readable in both languages, with no locale conventions. */
const localMinute = (at: Date, timeZone: string): string => {
  let format = minuteFormats.get(timeZone)
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23"
    })
    minuteFormats.set(timeZone, format)
  }
  return `${Calendar.localDateOf(at, timeZone)} ${format.format(at)}`
}

/**
 * What a guard reports when a contact is attempted in quiet hours: nothing when the policy
 * allows contact at `instant`, else one violation (code `contact.outsideWindow`) whose message
 * says, in zh-CN and en, when the customer's next contact window opens (local time of the
 * windows' zone), or `contact.noWindows` when the customer has none at all.
 *
 * @example
 * ```ts
 * import { ContactWindow, Deadline, Rules } from "@frontdesk/domain"
 * const callback = Deadline.make({
 *   id: "callback", start: "created", met: { commands: ["complete"] }, duration: Deadline.calendarDays(3),
 *   contactWindows: ContactWindow.make()
 * })
 * const refusal = new Rules.RuleViolated({ violations: Deadline.contactViolations(callback, "2026-03-02T14:00:00Z") })
 * refusal.texts("en") // ["It is quiet hours now; the next contact hours start at 2026-03-03 09:00"]
 * ```
 * @category contact windows
 * @since 0.1.0
 */
export const contactViolations = (
  policy: Policy,
  instant: Calendar.Instant
): ReadonlyArray<Rules.Violation> => {
  const w = policy.contactWindows
  if (w === undefined || ContactWindow.isOpen(w, instant)) return []
  const next = ContactWindow.nextOpen(w, instant)
  return [
    next === undefined
      ? { code: "contact.outsideWindow", message: { code: "contact.noWindows" } }
      : {
          code: "contact.outsideWindow",
          message: { code: "contact.outsideWindow", params: { next: localMinute(next, w.timeZone) } }
        }
  ]
}

// ---------------------------------------------------------------------------------------------
// status
// ---------------------------------------------------------------------------------------------

/**
 * The due time that applies at `now`: the tracker's due (or estimate), pushed out by a pause
 * still open at `now`. Undefined while the clock has not started.
 *
 * @example
 * ```ts
 * import { Calendar, Deadline } from "@frontdesk/domain"
 * const policy = Deadline.make({ id: "x", start: "created", met: { commands: ["done"] }, duration: Deadline.hours(2) })
 * Deadline.dueAt(policy, { startedAt: "2026-03-02T00:00:00.000Z", dueAt: "2026-03-02T02:00:00.000Z" }, "2026-03-02T01:00:00Z", Calendar.cnMainland())
 * ```
 * @category status
 * @since 0.1.0
 */
export const dueAt = (
  policy: Policy,
  tracker: Tracker,
  now: Calendar.Instant,
  calendar: Calendar.Calendar
): Calendar.Outcome<Date> | undefined => {
  const base: Calendar.Outcome<Date> | undefined =
    tracker.dueAt !== undefined
      ? Calendar.known(new Date(tracker.dueAt))
      : tracker.estimate !== undefined && tracker.reason !== undefined
        ? Calendar.unknown(new Date(tracker.estimate), tracker.reason)
        : undefined
  if (base === undefined) return undefined
  if (tracker.pausedAt === undefined || tracker.agreedDueAt !== undefined || tracker.metAt !== undefined)
    return base
  const pausedAt = tracker.pausedAt
  if (policy.contactWindows !== undefined && tracker.startedAt !== undefined) {
    // The stored due was moved out of quiet hours; push the unmoved due out, then move it again.
    const soFar = {
      from: pausedAt,
      to: new Date(Math.max(ms(pausedAt), new Date(now).getTime())).toISOString()
    }
    return computeDue(policy, tracker.startedAt, [...(tracker.pauses ?? []), soFar], calendar)
  }
  return Calendar.flatMap(base, (d) => shift(policy.duration.unit, d, pausedAt, now, calendar))
}

const remaining = (unit: Unit, now: Calendar.Instant, due: Date, calendar: Calendar.Calendar): number => {
  switch (unit) {
    case "calendarDays":
      return Calendar.calendarDaysBetween(calendar, now, due)
    case "workingDays":
      return Calendar.valueOrEstimate(Calendar.workingDaysBetween(calendar, now, due))
    case "businessHours":
      return Calendar.valueOrEstimate(Calendar.workingTimeBetween(calendar, now, due)) / HOUR_MS
    case "hours":
      return (due.getTime() - new Date(now).getTime()) / HOUR_MS
  }
}

/**
 * Where a deadline stands at `now`: `met` exactly when `metAt` is set; `overdue` once `now` is
 * past the due time; `due-soon` when what remains, counted in the policy's `dueSoon` unit, is
 * at most its amount; otherwise (including a clock not started yet) `on-track`. An unknown due
 * time is judged by its estimate.
 *
 * @example
 * ```ts
 * import { Calendar, Deadline } from "@frontdesk/domain"
 * const policy = Deadline.make({ id: "x", start: "created", met: { commands: ["done"] }, duration: Deadline.hours(2) })
 * Deadline.status(policy, { startedAt: "2026-03-02T00:00:00.000Z", dueAt: "2026-03-02T02:00:00.000Z" }, "2026-03-02T03:00:00Z", Calendar.cnMainland())
 * // "overdue"
 * ```
 * @category status
 * @since 0.1.0
 */
export const status = (
  policy: Policy,
  tracker: Tracker,
  now: Calendar.Instant,
  calendar: Calendar.Calendar
): Status => {
  if (tracker.metAt !== undefined) return "met"
  const due = dueAt(policy, tracker, now, calendar)
  if (due === undefined) return "on-track"
  const at = Calendar.valueOrEstimate(due)
  if (new Date(now).getTime() > at.getTime()) return "overdue"
  return remaining(policy.dueSoon.unit, now, at, calendar) <= policy.dueSoon.amount ? "due-soon" : "on-track"
}

/**
 * What a deadline badge shows: the status, a message such as "2 working days left" or
 * "overdue by 3 hours", the due instant that applies, and whether it is provisional (then
 * `reason` says which date the calendar lacks).
 *
 * @example
 * ```ts
 * import type { Deadline } from "@frontdesk/domain"
 * const d: Deadline.Description = { status: "overdue", message: { code: "deadline.overdue.hours.other", params: { count: 3 } }, provisional: false }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Description {
  readonly status: Status
  readonly message: Messages.Message
  readonly dueAt?: string | undefined
  readonly provisional: boolean
  readonly reason?: Messages.Message | undefined
}

type Counted = "days" | "workingDays" | "hours" | "workingHours" | "minutes"

const left = (kind: Counted, count: number): Messages.Message => ({
  code: `deadline.left.${kind}.${count === 1 ? "one" : "other"}`,
  params: { count }
})

const overdueBy = (elapsed: number): Messages.Message => {
  const [kind, count] =
    elapsed >= DAY_MS
      ? (["days", Math.floor(elapsed / DAY_MS)] as const)
      : elapsed >= HOUR_MS
        ? (["hours", Math.floor(elapsed / HOUR_MS)] as const)
        : (["minutes", Math.max(1, Math.ceil(elapsed / MINUTE_MS))] as const)
  return { code: `deadline.overdue.${kind}.${count === 1 ? "one" : "other"}`, params: { count } }
}

/** Under an hour shows minutes (rounded up, so never "0 minutes"); whole units are rounded down. */
const shortLeft = (msLeft: number, hoursKind: "hours" | "workingHours"): Messages.Message =>
  msLeft >= HOUR_MS
    ? left(hoursKind, Math.floor(msLeft / HOUR_MS))
    : left("minutes", Math.max(1, Math.ceil(msLeft / MINUTE_MS)))

const timeLeft = (
  policy: Policy,
  now: Calendar.Instant,
  due: Date,
  calendar: Calendar.Calendar
): Messages.Message => {
  const elapsedLeft = due.getTime() - new Date(now).getTime()
  const workingLeft = () => Calendar.valueOrEstimate(Calendar.workingTimeBetween(calendar, now, due))
  switch (policy.duration.unit) {
    case "workingDays": {
      const days = Calendar.valueOrEstimate(Calendar.workingDaysBetween(calendar, now, due))
      return days >= 1 ? left("workingDays", days) : shortLeft(workingLeft(), "workingHours")
    }
    case "calendarDays": {
      const days = Calendar.calendarDaysBetween(calendar, now, due)
      // The due time is the day's last millisecond; the day itself runs to the midnight after it,
      // so at 22:00 two hours are left, not one hour and 59:59.999.
      return days >= 1 ? left("days", days) : shortLeft(elapsedLeft + 1, "hours")
    }
    case "businessHours":
      return shortLeft(workingLeft(), "workingHours")
    case "hours":
      return shortLeft(elapsedLeft, "hours")
  }
}

/**
 * Describes a deadline for a badge at `now`, in catalogue messages (zh-CN and en).
 *
 * @example
 * ```ts
 * import { Calendar, Deadline, Messages } from "@frontdesk/domain"
 * const policy = Deadline.make({ id: "x", start: "created", met: { commands: ["done"] }, duration: Deadline.workingDays(3) })
 * const d = Deadline.describe(policy, { startedAt: "2026-03-02T02:00:00.000Z", dueAt: "2026-03-05T10:00:00.000Z" }, "2026-03-03T02:00:00Z", Calendar.cnMainland())
 * Messages.render(d.message, "en") // "2 working days left"
 * ```
 * @category status
 * @since 0.1.0
 */
export const describe = (
  policy: Policy,
  tracker: Tracker,
  now: Calendar.Instant,
  calendar: Calendar.Calendar
): Description => {
  const current = status(policy, tracker, now, calendar)
  const due = dueAt(policy, tracker, now, calendar)
  if (due === undefined)
    return {
      status: current,
      message: { code: current === "met" ? "deadline.met.onTime" : "deadline.notStarted" },
      provisional: false
    }
  const at = Calendar.valueOrEstimate(due)
  const facts = {
    status: current,
    dueAt: at.toISOString(),
    provisional: due._tag === "Unknown",
    ...(due._tag === "Unknown" ? { reason: due.reason } : {})
  }
  if (tracker.metAt !== undefined)
    return {
      ...facts,
      message: { code: ms(tracker.metAt) <= at.getTime() ? "deadline.met.onTime" : "deadline.met.late" }
    }
  if (current === "overdue") return { ...facts, message: overdueBy(new Date(now).getTime() - at.getTime()) }
  if (tracker.pausedAt !== undefined) return { ...facts, message: { code: "deadline.paused" } }
  return { ...facts, message: timeLeft(policy, now, at, calendar) }
}
