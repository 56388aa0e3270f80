/**
 * Business calendars: weekly working windows in a time zone, dated overrides (public holidays,
 * 法定节假日, and make-up working days, 调休上班日), and the range of dates the data covers.
 *
 * A calendar is data, not code: it serialises to JSON, and newer years are merged in at run time
 * with {@link withData} when the State Council publishes the next arrangement. Any computation
 * that needs a date outside the covered range answers {@link Unknown} with a provisional
 * estimate instead of guessing.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * // Thursday before the 2026 Spring Festival: the holiday is skipped, the make-up Saturday counts
 * Calendar.addWorkingDays(Calendar.cnMainland(), "2026-02-12T02:00:00Z", 3)
 * // { _tag: "Known", value: 2026-02-24T10:00:00.000Z }
 * ```
 * @module
 * @since 0.1.0
 */
import { TZDate, tzOffset } from "@date-fns/tz"
import { Data, Result, Schema } from "effect"
import { calendarTexts } from "../messages/calendar.js"
import { datasets as cnMainlandDatasets } from "./calendars/cn-mainland.js"
import * as Input from "./Input.js"
import * as Messages from "./Messages.js"

Messages.register(calendarTexts)

// ---------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------

/**
 * A date on the wall calendar of the calendar's zone, written `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import type { Calendar } from "@frontdesk/domain"
 * const day: Calendar.LocalDate = "2026-02-14"
 * ```
 * @category models
 * @since 0.1.0
 */
export type LocalDate = string

/**
 * A moment in time: a `Date`, an ISO 8601 string with offset, or epoch milliseconds.
 *
 * @example
 * ```ts
 * import type { Calendar } from "@frontdesk/domain"
 * const at: Calendar.Instant = "2026-02-12T02:00:00.000Z"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Instant = Date | string | number

/**
 * One working window of a day in local time, `start` inclusive and `end` exclusive
 * (`HH:mm`, `end` may be `24:00`).
 *
 * @example
 * ```ts
 * import type { Calendar } from "@frontdesk/domain"
 * const morning: Calendar.Window = { start: "09:00", end: "12:00" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Window {
  readonly start: string
  readonly end: string
}

/**
 * The windows of one day, in order and not overlapping; empty means the day is not worked.
 *
 * @example
 * ```ts
 * import type { Calendar } from "@frontdesk/domain"
 * const day: Calendar.Windows = [{ start: "09:00", end: "12:00" }, { start: "13:30", end: "18:00" }]
 * ```
 * @category models
 * @since 0.1.0
 */
export type Windows = ReadonlyArray<Window>

/**
 * Key of a weekday, Monday first.
 *
 * @example
 * ```ts
 * import type { Calendar } from "@frontdesk/domain"
 * const day: Calendar.Weekday = "sat"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun"

/**
 * The weekdays Monday to Sunday, in the order {@link Weekly} lists them.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * Calendar.weekdays[5] // "sat"
 * ```
 * @category constants
 * @since 0.1.0
 */
export const weekdays: ReadonlyArray<Weekday> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

/**
 * The regular working windows of each weekday.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * const weekly: Calendar.Weekly = Calendar.mondayToFriday([{ start: "09:00", end: "17:00" }])
 * ```
 * @category models
 * @since 0.1.0
 */
export type Weekly = { readonly [D in Weekday]: Windows }

/**
 * A public holiday (法定节假日): a closed range of days off, named in both languages.
 *
 * @example
 * ```ts
 * import type { Calendar } from "@frontdesk/domain"
 * const h: Calendar.Holiday = { name: { "zh-CN": "春节", en: "Spring Festival" }, from: "2026-02-15", to: "2026-02-23" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Holiday {
  readonly name: Messages.Text
  readonly from: LocalDate
  readonly to: LocalDate
}

/**
 * A make-up working day (调休上班日), usually a weekend day worked in exchange for a holiday
 * bridge. Without `windows` it uses the calendar's `makeUpWindows`.
 *
 * @example
 * ```ts
 * import type { Calendar } from "@frontdesk/domain"
 * const d: Calendar.MakeUpDay = { date: "2026-02-14", name: { "zh-CN": "春节调休上班", en: "Spring Festival make-up working day" } }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface MakeUpDay {
  readonly date: LocalDate
  readonly name: Messages.Text
  readonly windows?: Windows | undefined
}

/**
 * One versioned piece of calendar data: the holidays and make-up days of a date range, with
 * where they come from. Inside `[from, to]` every day not listed follows the weekly windows.
 *
 * @example
 * ```ts
 * import type { Calendar } from "@frontdesk/domain"
 * const data: Calendar.Dataset = {
 *   version: "2027.1", source: "国务院办公厅关于2027年部分节假日安排的通知",
 *   from: "2027-01-01", to: "2027-12-31", holidays: [], makeUpDays: []
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Dataset {
  readonly version: string
  readonly source: string
  readonly from: LocalDate
  readonly to: LocalDate
  readonly holidays: ReadonlyArray<Holiday>
  readonly makeUpDays: ReadonlyArray<MakeUpDay>
}

/**
 * A dated override: a closed day or a worked day with its own windows.
 *
 * @example
 * ```ts
 * import type { Calendar } from "@frontdesk/domain"
 * const o: Calendar.Override = { _tag: "Closed", name: { "zh-CN": "元旦", en: "New Year's Day" } }
 * ```
 * @category models
 * @since 0.1.0
 */
export type Override =
  | { readonly _tag: "Closed"; readonly name: Messages.Text }
  | { readonly _tag: "Working"; readonly name: Messages.Text; readonly windows: Windows }

/**
 * Where one merged dataset came from, kept so a screen can say which notice a date rests on.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * Calendar.cnMainland().sources.map((s) => s.version) // ["2024.1", "2025.1", "2026.1"]
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Source {
  readonly version: string
  readonly source: string
  readonly from: LocalDate
  readonly to: LocalDate
}

/**
 * A business calendar. Plain, JSON-serialisable data; build one with {@link make}.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * const cal: Calendar.Calendar = Calendar.cnMainland()
 * cal.timeZone // "Asia/Shanghai"
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Calendar {
  readonly id: string
  readonly timeZone: string
  readonly weekly: Weekly
  /** Windows of a make-up working day that does not state its own. */
  readonly makeUpWindows: Windows
  /** Covered date ranges, sorted and not touching one another. */
  readonly coverage: ReadonlyArray<{ readonly from: LocalDate; readonly to: LocalDate }>
  readonly sources: ReadonlyArray<Source>
  readonly overrides: { readonly [date: LocalDate]: Override }
}

// ---------------------------------------------------------------------------------------------
// outcomes
// ---------------------------------------------------------------------------------------------

/**
 * A result computed entirely from covered calendar data.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * const k: Calendar.Known<number> = { _tag: "Known", value: 3 }
 * ```
 * @category outcomes
 * @since 0.1.0
 */
export interface Known<A> {
  readonly _tag: "Known"
  readonly value: A
}

/**
 * A result that needed a date the calendar does not cover. `estimate` applies the weekly
 * windows alone (Monday–Friday for cn-mainland) to uncovered dates and must be shown as
 * provisional; `reason` says which date was missing.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * const u: Calendar.Unknown<number> = {
 *   _tag: "Unknown",
 *   estimate: 3,
 *   reason: { code: "calendar.unknown", params: { calendar: "cn-mainland", date: "2027-02-01" } }
 * }
 * ```
 * @category outcomes
 * @since 0.1.0
 */
export interface Unknown<A> {
  readonly _tag: "Unknown"
  readonly estimate: A
  readonly reason: Messages.Message
}

/**
 * Either a {@link Known} value or an {@link Unknown} with a provisional estimate.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * const o: Calendar.Outcome<boolean> = Calendar.isWorkingDay(Calendar.cnMainland(), "2026-02-14")
 * ```
 * @category outcomes
 * @since 0.1.0
 */
export type Outcome<A> = Known<A> | Unknown<A>

/**
 * Makes a {@link Known} outcome.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * Calendar.known(1) // { _tag: "Known", value: 1 }
 * ```
 * @category outcomes
 * @since 0.1.0
 */
export const known = <A>(value: A): Outcome<A> => ({ _tag: "Known", value })

/**
 * Makes an {@link Unknown} outcome.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * Calendar.unknown(1, { code: "calendar.unknown", params: { calendar: "x", date: "2030-01-01" } })
 * ```
 * @category outcomes
 * @since 0.1.0
 */
export const unknown = <A>(estimate: A, reason: Messages.Message): Outcome<A> => ({
  _tag: "Unknown",
  estimate,
  reason
})

/**
 * The value of a known outcome, or the estimate of an unknown one (callers that show it must
 * mark it provisional).
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * Calendar.valueOrEstimate(Calendar.known(2)) // 2
 * ```
 * @category outcomes
 * @since 0.1.0
 */
export const valueOrEstimate = <A>(outcome: Outcome<A>): A =>
  outcome._tag === "Known" ? outcome.value : outcome.estimate

/**
 * Transforms the value (or the estimate) of an outcome, keeping whether it is known.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * Calendar.map(Calendar.known(2), (n) => n * 2) // { _tag: "Known", value: 4 }
 * ```
 * @category outcomes
 * @since 0.1.0
 */
export const map = <A, B>(outcome: Outcome<A>, f: (a: A) => B): Outcome<B> =>
  outcome._tag === "Known" ? known(f(outcome.value)) : unknown(f(outcome.estimate), outcome.reason)

/**
 * Chains a computation on an outcome; the result is known only when both steps are, and keeps
 * the first reason.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * Calendar.flatMap(Calendar.known(2), (n) => Calendar.known(n + 1)) // { _tag: "Known", value: 3 }
 * ```
 * @category outcomes
 * @since 0.1.0
 */
export const flatMap = <A, B>(outcome: Outcome<A>, f: (a: A) => Outcome<B>): Outcome<B> => {
  const next = f(valueOrEstimate(outcome))
  if (outcome._tag === "Known") return next
  return unknown(valueOrEstimate(next), outcome.reason)
}

// ---------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------

/**
 * Calendar data that cannot be used: a malformed date or time, overlapping windows, an
 * override outside its dataset's range, or a week without any working window.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * const error = new Calendar.InvalidCalendar({ problems: ["mon: 18:00–09:00 ends before it starts"] })
 * error.messages // [{ code: "calendar.invalid", params: { detail: "mon: 18:00–09:00 ends before it starts" } }]
 * ```
 * @category errors
 * @since 0.1.0
 */
export class InvalidCalendar extends Data.TaggedError("InvalidCalendar")<{
  readonly problems: ReadonlyArray<string>
}> {
  /** A summary in English for logs. */
  override get message(): string {
    return `Invalid calendar data: ${this.problems.join("; ")}`
  }

  /** One catalogue message per problem; the problem text names the offending data. */
  get messages(): ReadonlyArray<Messages.Message> {
    return this.problems.map((detail) => ({ code: "calendar.invalid", params: { detail } }))
  }
}

// ---------------------------------------------------------------------------------------------
// local dates and times
// ---------------------------------------------------------------------------------------------

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME = /^(\d{2}):(\d{2})$/
const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000

const pad = (n: number, width = 2): string => String(n).padStart(width, "0")

const partsOf = (date: LocalDate): readonly [number, number, number] => {
  const m = DATE.exec(date)
  if (m === null) throw new InvalidCalendar({ problems: [`${date}: not a YYYY-MM-DD date`] })
  return [Number(m[1]), Number(m[2]), Number(m[3])]
}

const isLocalDate = (date: string): boolean => {
  const m = DATE.exec(date)
  if (m === null) return false
  const utc = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return utc.toISOString().slice(0, 10) === date
}

const minutesOf = (time: string): number => {
  const m = TIME.exec(time)
  if (m === null) return Number.NaN
  const minutes = Number(m[1]) * 60 + Number(m[2])
  return Number(m[2]) < 60 && minutes <= 24 * 60 ? minutes : Number.NaN
}

/**
 * The local date `days` days after (or before, when negative) a local date.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * Calendar.addDays("2026-02-28", 1) // "2026-03-01"
 * ```
 * @category local time
 * @since 0.1.0
 */
export const addDays = (date: LocalDate, days: number): LocalDate => {
  const [y, m, d] = partsOf(date)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/**
 * The weekday of a local date.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * Calendar.weekdayOf("2026-02-12") // "thu"
 * ```
 * @category local time
 * @since 0.1.0
 */
export const weekdayOf = (date: LocalDate): Weekday => {
  const [y, m, d] = partsOf(date)
  // getUTCDay counts from Sunday; the Weekly table counts from Monday.
  return weekdays[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7] as Weekday
}

/**
 * An amount to add must be a finite number: NaN or Infinity would walk the calendar day by day
 * until dates ran out, freezing the caller for seconds before failing on a date past year 9999.
 */
const finite = (amount: number, what: string): number => {
  if (!Number.isFinite(amount)) throw new RangeError(`${what} must be a finite number, got ${amount}`)
  return amount
}

const toMs = (instant: Instant): number => {
  const ms =
    instant instanceof Date ? instant.getTime() : typeof instant === "number" ? instant : Date.parse(instant)
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: ${String(instant)}`)
  return ms
}

/**
 * The local date of an instant in a time zone.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * Calendar.localDateOf("2026-02-12T16:30:00Z", "Asia/Shanghai") // "2026-02-13"
 * ```
 * @category local time
 * @since 0.1.0
 */
export const localDateOf = (instant: Instant, timeZone: string): LocalDate => {
  const t = new TZDate(toMs(instant), timeZone)
  return `${pad(t.getFullYear(), 4)}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`
}

/**
 * The instant at which a local date and `HH:mm` time occur in a time zone (`24:00` is the
 * next day's midnight).
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * Calendar.instantAt("2026-02-24", "18:00", "Asia/Shanghai").toISOString() // "2026-02-24T10:00:00.000Z"
 * ```
 * @category local time
 * @since 0.1.0
 */
export const instantAt = (date: LocalDate, time: string, timeZone: string): Date => {
  const [y, m, d] = partsOf(date)
  const minutes = minutesOf(time)
  if (Number.isNaN(minutes)) throw new InvalidCalendar({ problems: [`${time}: not an HH:mm time`] })
  return new Date(new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, timeZone).getTime())
}

// ---------------------------------------------------------------------------------------------
// construction
// ---------------------------------------------------------------------------------------------

/**
 * A weekly table that works the same windows Monday to Friday and rests at the weekend.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * Calendar.mondayToFriday(Calendar.defaultWindows).sat // []
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const mondayToFriday = (windows: Windows): Weekly => ({
  mon: windows,
  tue: windows,
  wed: windows,
  thu: windows,
  fri: windows,
  sat: [],
  sun: []
})

/**
 * Office hours used when none are given: 09:00–12:00 and 13:30–18:00, a lunch break between.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * Calendar.defaultWindows.length // 2
 * ```
 * @category constants
 * @since 0.1.0
 */
export const defaultWindows: Windows = [
  { start: "09:00", end: "12:00" },
  { start: "13:30", end: "18:00" }
]

/**
 * The time zone used when none is given.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * Calendar.defaultTimeZone // "Asia/Shanghai"
 * ```
 * @category constants
 * @since 0.1.0
 */
export const defaultTimeZone = "Asia/Shanghai"

/**
 * Every problem with a day's windows (malformed, reversed, overlapping or out of order),
 * each prefixed with `label`; empty when the windows are usable.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * Calendar.windowProblems("mon", [{ start: "18:00", end: "09:00" }]) // ["mon: 18:00–09:00 ends before it starts"]
 * ```
 * @category validation
 * @since 0.1.0
 */
export const windowProblems = (label: string, windows: Windows): ReadonlyArray<string> => {
  const problems: Array<string> = []
  let previousEnd = -1
  for (const w of windows) {
    const start = minutesOf(w.start)
    const end = minutesOf(w.end)
    if (Number.isNaN(start) || Number.isNaN(end))
      problems.push(`${label}: ${w.start}–${w.end} is not HH:mm–HH:mm`)
    else if (end <= start) problems.push(`${label}: ${w.start}–${w.end} ends before it starts`)
    else if (start < previousEnd) problems.push(`${label}: ${w.start}–${w.end} overlaps or is out of order`)
    else previousEnd = end
  }
  return problems
}

const timeZoneProblems = (timeZone: string): ReadonlyArray<string> => {
  try {
    new Intl.DateTimeFormat("en", { timeZone })
    return []
  } catch {
    return [`${timeZone}: not a known IANA time zone`]
  }
}

/**
 * Every problem with a dataset, empty when it can be merged.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * Calendar.datasetProblems({ version: "x", source: "", from: "2027-01-01", to: "2026-12-31", holidays: [], makeUpDays: [] })
 * // ["2027-01-01..2026-12-31: the range ends before it starts"]
 * ```
 * @category validation
 * @since 0.1.0
 */
export const datasetProblems = (data: Dataset): ReadonlyArray<string> => {
  const problems: Array<string> = []
  const inRange = (d: LocalDate) => d >= data.from && d <= data.to
  for (const d of [data.from, data.to]) if (!isLocalDate(d)) problems.push(`${d}: not a YYYY-MM-DD date`)
  if (data.to < data.from) problems.push(`${data.from}..${data.to}: the range ends before it starts`)
  for (const h of data.holidays) {
    if (!isLocalDate(h.from) || !isLocalDate(h.to))
      problems.push(`${h.name.en}: ${h.from}..${h.to} is not a date range`)
    else if (h.to < h.from) problems.push(`${h.name.en}: ${h.from}..${h.to} ends before it starts`)
    else if (!inRange(h.from) || !inRange(h.to))
      problems.push(`${h.name.en}: ${h.from}..${h.to} is outside the dataset`)
  }
  for (const w of data.makeUpDays) {
    if (!isLocalDate(w.date)) problems.push(`${w.name.en}: ${w.date} is not a date`)
    else if (!inRange(w.date)) problems.push(`${w.name.en}: ${w.date} is outside the dataset`)
    if (w.windows !== undefined) problems.push(...windowProblems(w.date, w.windows))
    if (w.windows !== undefined && w.windows.length === 0)
      problems.push(`${w.date}: a make-up working day needs windows`)
    const clash = data.holidays.find((h) => w.date >= h.from && w.date <= h.to)
    if (clash !== undefined) problems.push(`${w.date}: both a make-up working day and ${clash.name.en}`)
  }
  return problems
}

const TextSchema = Schema.Struct({ "zh-CN": Schema.String, en: Schema.String })
const WindowSchema = Schema.Struct({ start: Schema.String, end: Schema.String })

/**
 * Schema of a {@link Dataset}, for data that arrives at run time as JSON.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Calendar.DatasetSchema)({ version: "2027.1", source: "", from: "2027-01-01", to: "2027-12-31", holidays: [], makeUpDays: [] })
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const DatasetSchema = Schema.Struct({
  version: Schema.String,
  source: Schema.String,
  from: Schema.String,
  to: Schema.String,
  holidays: Schema.Array(Schema.Struct({ name: TextSchema, from: Schema.String, to: Schema.String })),
  makeUpDays: Schema.Array(
    Schema.Struct({
      date: Schema.String,
      name: TextSchema,
      windows: Schema.optional(Schema.Array(WindowSchema))
    })
  )
})

/**
 * Decodes calendar data loaded at run time (for example next year's arrangement fetched as
 * JSON): a wrongly shaped value fails with `Input.InvalidInput`, well-shaped but unusable data
 * (bad dates, a make-up day inside a holiday) with {@link InvalidCalendar}. Never throws.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * import { Result } from "effect"
 * const decoded = Calendar.decodeDataset(JSON.parse('{"version":"2027.1","source":"","from":"2027-01-01","to":"2027-12-31","holidays":[],"makeUpDays":[]}'))
 * if (Result.isSuccess(decoded)) Calendar.withData(Calendar.cnMainland(), decoded.success)
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const decodeDataset = (
  input: unknown
): Result.Result<Dataset, Input.InvalidInput | InvalidCalendar> => {
  const decoded = Input.decode(DatasetSchema, input)
  if (Result.isFailure(decoded)) return decoded
  const problems = datasetProblems(decoded.success)
  return problems.length === 0
    ? Result.succeed(decoded.success)
    : Result.fail(new InvalidCalendar({ problems }))
}

const normaliseCoverage = (
  ranges: ReadonlyArray<{ readonly from: LocalDate; readonly to: LocalDate }>
): Calendar["coverage"] => {
  const sorted = [...ranges].sort((a, b) => a.from.localeCompare(b.from))
  const merged: Array<{ from: LocalDate; to: LocalDate }> = []
  for (const r of sorted) {
    const last = merged[merged.length - 1]
    if (last !== undefined && r.from <= addDays(last.to, 1)) {
      if (r.to > last.to) last.to = r.to
    } else merged.push({ from: r.from, to: r.to })
  }
  return merged
}

const mergeDataset = (cal: Calendar, data: Dataset): Calendar => {
  const problems = datasetProblems(data)
  if (problems.length > 0) throw new InvalidCalendar({ problems })
  // Newer data wins for every date in its range, so a corrected notice replaces the old one.
  const overrides: Record<LocalDate, Override> = {}
  for (const [date, o] of Object.entries(cal.overrides))
    if (date < data.from || date > data.to) overrides[date] = o
  for (const h of data.holidays)
    for (let d = h.from; d <= h.to; d = addDays(d, 1)) overrides[d] = { _tag: "Closed", name: h.name }
  for (const w of data.makeUpDays)
    overrides[w.date] = { _tag: "Working", name: w.name, windows: w.windows ?? cal.makeUpWindows }
  const sorted = Object.fromEntries(Object.entries(overrides).sort(([a], [b]) => a.localeCompare(b)))
  return {
    ...cal,
    coverage: normaliseCoverage([...cal.coverage, { from: data.from, to: data.to }]),
    sources: [...cal.sources, { version: data.version, source: data.source, from: data.from, to: data.to }],
    overrides: sorted
  }
}

/**
 * Options of {@link make}.
 *
 * @example
 * ```ts
 * import type { Calendar } from "@frontdesk/domain"
 * const options: Calendar.Options = { id: "berlin", timeZone: "Europe/Berlin" }
 * ```
 * @category constructors
 * @since 0.1.0
 */
export interface Options {
  readonly id: string
  /** IANA zone; default Asia/Shanghai. */
  readonly timeZone?: string | undefined
  /** The full weekly table; default {@link defaultWindows} Monday to Friday. */
  readonly weekly?: Weekly | undefined
  /** Shorthand for `weekly`: these windows Monday to Friday, weekends off. */
  readonly windows?: Windows | undefined
  /** Windows of make-up working days that do not state their own; default Monday's windows. */
  readonly makeUpWindows?: Windows | undefined
  readonly datasets?: ReadonlyArray<Dataset> | undefined
}

/**
 * Builds a calendar from its weekly windows and datasets.
 * Throws {@link InvalidCalendar} for malformed data, since shipped calendar data is code's
 * responsibility; check data loaded at run time with {@link datasetProblems} first.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * const berlin = Calendar.make({
 *   id: "de-berlin", timeZone: "Europe/Berlin", windows: [{ start: "09:00", end: "17:00" }],
 *   datasets: [{ version: "2026.1", source: "Berliner Feiertage", from: "2026-01-01", to: "2026-12-31",
 *     holidays: [{ name: { "zh-CN": "元旦", en: "New Year's Day" }, from: "2026-01-01", to: "2026-01-01" }], makeUpDays: [] }]
 * })
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const make = (options: Options): Calendar => {
  const timeZone = options.timeZone ?? defaultTimeZone
  const weekly = options.weekly ?? mondayToFriday(options.windows ?? defaultWindows)
  const makeUpWindows = options.makeUpWindows ?? weekly.mon
  const problems = [
    ...timeZoneProblems(timeZone),
    ...weekdays.flatMap((d) => windowProblems(d, weekly[d])),
    ...windowProblems("makeUpWindows", makeUpWindows)
  ]
  // Without one weekly window a search for the next working day past the data would never end.
  if (weekdays.every((d) => weekly[d].length === 0)) problems.push("weekly: no working window on any weekday")
  if (makeUpWindows.length === 0) problems.push("makeUpWindows: a make-up working day needs windows")
  if (problems.length > 0) throw new InvalidCalendar({ problems })
  const empty: Calendar = {
    id: options.id,
    timeZone,
    weekly,
    makeUpWindows,
    coverage: [],
    sources: [],
    overrides: {}
  }
  return (options.datasets ?? []).reduce(mergeDataset, empty)
}

/**
 * Merges newer data into a calendar, e.g. next year's State Council notice loaded at run time.
 * Inside a dataset's range its holidays and make-up days replace what the calendar had; the
 * covered range grows to include it. Throws {@link InvalidCalendar} for malformed data.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * const cal = Calendar.withData(Calendar.cnMainland(), {
 *   version: "2027.1", source: "国务院办公厅关于2027年部分节假日安排的通知",
 *   from: "2027-01-01", to: "2027-12-31", holidays: [], makeUpDays: []
 * })
 * ```
 * @category combinators
 * @since 0.1.0
 */
export const withData = (cal: Calendar, ...data: ReadonlyArray<Dataset>): Calendar =>
  data.reduce(mergeDataset, cal)

/**
 * The mainland China calendar (cn-mainland) with every State Council arrangement shipped
 * (2024–2026): weekday windows 09:00–12:00 and 13:30–18:00 unless configured.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * const cal = Calendar.cnMainland()
 * const early = Calendar.cnMainland({ windows: [{ start: "08:30", end: "17:30" }] })
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const cnMainland = (options: Partial<Options> = {}): Calendar =>
  make({ ...options, id: options.id ?? "cn-mainland", datasets: options.datasets ?? cnMainlandDatasets })

/**
 * The version label of a calendar's data: the versions of its datasets joined with `+`.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * Calendar.version(Calendar.cnMainland()) // "2024.1+2025.1+2026.1"
 * ```
 * @category getters
 * @since 0.1.0
 */
export const version = (cal: Calendar): string => cal.sources.map((s) => s.version).join("+")

// ---------------------------------------------------------------------------------------------
// days
// ---------------------------------------------------------------------------------------------

/**
 * Tells whether the calendar has data for a local date.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * Calendar.covers(Calendar.cnMainland(), "2027-01-04") // false
 * ```
 * @category days
 * @since 0.1.0
 */
export const covers = (cal: Calendar, date: LocalDate): boolean =>
  cal.coverage.some((r) => date >= r.from && date <= r.to)

/**
 * What a calendar says about one local date.
 *
 * @example
 * ```ts
 * import type { Calendar } from "@frontdesk/domain"
 * const day: Calendar.Day = { date: "2026-02-14", kind: "makeUp", windows: [], name: { "zh-CN": "春节调休上班", en: "Spring Festival make-up working day" } }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Day {
  readonly date: LocalDate
  /** `regular` follows the weekly table; `holiday` and `makeUp` come from an override. */
  readonly kind: "regular" | "holiday" | "makeUp"
  readonly windows: Windows
  readonly name?: Messages.Text | undefined
}

/**
 * Tracks the first uncovered date a computation needed, so one pass yields both the answer and
 * whether it can be trusted.
 */
interface Probe {
  missing: LocalDate | undefined
}

const lookup = (cal: Calendar, date: LocalDate, probe: Probe): Day => {
  if (!covers(cal, date)) {
    if (probe.missing === undefined) probe.missing = date
    return { date, kind: "regular", windows: cal.weekly[weekdayOf(date)] }
  }
  const o = cal.overrides[date]
  if (o === undefined) return { date, kind: "regular", windows: cal.weekly[weekdayOf(date)] }
  return o._tag === "Closed"
    ? { date, kind: "holiday", windows: [], name: o.name }
    : { date, kind: "makeUp", windows: o.windows, name: o.name }
}

const settle = <A>(cal: Calendar, probe: Probe, value: A): Outcome<A> =>
  probe.missing === undefined
    ? known(value)
    : unknown(value, { code: "calendar.unknown", params: { calendar: cal.id, date: probe.missing } })

const run = <A>(cal: Calendar, f: (day: (date: LocalDate) => Day) => A): Outcome<A> => {
  const probe: Probe = { missing: undefined }
  const value = f((date) => lookup(cal, date, probe))
  return settle(cal, probe, value)
}

/**
 * What the calendar says about a local date: its kind, windows and holiday name.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * Calendar.dayOf(Calendar.cnMainland(), "2026-02-17") // Known: { kind: "holiday", name: { en: "Spring Festival", ... } }
 * ```
 * @category days
 * @since 0.1.0
 */
export const dayOf = (cal: Calendar, date: LocalDate): Outcome<Day> => run(cal, (day) => day(date))

/**
 * Tells whether a local date has at least one working window.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * Calendar.isWorkingDay(Calendar.cnMainland(), "2026-02-14") // { _tag: "Known", value: true } (调休上班)
 * ```
 * @category days
 * @since 0.1.0
 */
export const isWorkingDay = (cal: Calendar, date: LocalDate): Outcome<boolean> =>
  run(cal, (day) => day(date).windows.length > 0)

interface Interval {
  readonly start: number
  readonly end: number
}

const intervalsOf = (timeZone: string, date: LocalDate, windows: Windows): ReadonlyArray<Interval> =>
  windows.map((w) => ({
    start: instantAt(date, w.start, timeZone).getTime(),
    end: instantAt(date, w.end, timeZone).getTime()
  }))

/**
 * The working intervals of a local date as instants (used by contact windows too).
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * Calendar.intervalsOn("Asia/Shanghai", "2026-02-24", Calendar.defaultWindows)[1]?.end // 2026-02-24T10:00:00.000Z
 * ```
 * @category local time
 * @since 0.1.0
 */
export const intervalsOn = (
  timeZone: string,
  date: LocalDate,
  windows: Windows
): ReadonlyArray<{ readonly start: Date; readonly end: Date }> =>
  intervalsOf(timeZone, date, windows).map((i) => ({ start: new Date(i.start), end: new Date(i.end) }))

// ---------------------------------------------------------------------------------------------
// memoised days
// ---------------------------------------------------------------------------------------------

/**
 * One local date resolved for a calendar: covered or not, its windows, and (once asked) the
 * instants of those windows. Dates are day numbers (days since 1970-01-01) while walking, so a
 * step is `k + 1` rather than a parse and a format.
 */
interface Resolved {
  readonly date: LocalDate
  readonly covered: boolean
  readonly windows: Windows
  intervals: ReadonlyArray<Interval> | undefined
  /** End of the last window; only asked of working days. */
  close: number | undefined
}

/**
 * What a calendar has already worked out: its days and its zone's UTC offsets, per date. A
 * calendar is an immutable value, so this lives in a WeakMap keyed by the calendar and goes away
 * with it; a calendar made by `withData` is a new object with a memo of its own.
 */
interface Memo {
  /** Day number of the first memoised local date. */
  readonly first: number
  /** Day number of the last memoised local date. */
  readonly last: number
  readonly days: Array<Resolved | undefined>
  /** Offsets per UTC day from `first - 1` to `last + 1`, enough for any zone's local dates. */
  readonly shifts: Array<Shift | undefined>
}

/**
 * The UTC offset during one UTC day, in ms to add to an instant to get local wall time: `before`
 * until `switchAt`, `after` from it. Offsets change at most once within a UTC day (a daylight
 * saving or zone rule change), so two values and a switching instant describe the whole day.
 */
interface Shift {
  readonly before: number
  readonly after: number
  readonly switchAt: number
}

/**
 * Days memoised on each side of the covered dates, so estimates just past the data (a deadline
 * in January computed in December) stay fast.
 */
const MEMO_MARGIN_DAYS = 366
/** Calendars covering more than this many days (about a century) are not memoised at all. */
const MEMO_MAX_DAYS = 40_000
/**
 * The day numbers a memo may span, 0100-01-01 to 9999-12-31: beyond them dates are not plain
 * `YYYY-MM-DD` (and `Date.UTC` reads years 0–99 as 1900–1999), so such days keep going through
 * the string path and fail or behave exactly as they always did.
 */
const FIRST_DAY = Date.UTC(100, 0, 1) / DAY_MS
const LAST_DAY = Date.UTC(9999, 11, 31) / DAY_MS
const memos = new WeakMap<Calendar, Memo | null>()

const dayNumber = (date: LocalDate): number => {
  const [y, m, d] = partsOf(date)
  return Date.UTC(y, m - 1, d) / DAY_MS
}

/** The `YYYY-MM-DD` of a day number, as {@link addDays} writes it. */
const dateOfDay = (k: number): LocalDate => new Date(k * DAY_MS).toISOString().slice(0, 10)

const memoOf = (cal: Calendar): Memo | undefined => {
  let memo = memos.get(cal)
  if (memo === undefined) {
    const firstCovered = cal.coverage[0]
    const lastCovered = cal.coverage[cal.coverage.length - 1]
    memo = null
    if (
      firstCovered !== undefined &&
      lastCovered !== undefined &&
      firstCovered.from >= dateOfDay(FIRST_DAY)
    ) {
      const first = Math.max(dayNumber(firstCovered.from) - MEMO_MARGIN_DAYS, FIRST_DAY)
      const last = Math.min(dayNumber(lastCovered.to) + MEMO_MARGIN_DAYS, LAST_DAY)
      if (last - first < MEMO_MAX_DAYS)
        memo = { first, last, days: new Array(last - first + 1), shifts: new Array(last - first + 3) }
    }
    memos.set(cal, memo)
  }
  return memo ?? undefined
}

/** Resolves a day number the way {@link lookup} resolves its date (and fails where it fails). */
const resolve = (cal: Calendar, k: number): Resolved => {
  const date = dateOfDay(k)
  const covered = covers(cal, date)
  const o = covered ? cal.overrides[date] : undefined
  const windows = o === undefined ? cal.weekly[weekdayOf(date)] : o._tag === "Closed" ? [] : o.windows
  return { date, covered, windows, intervals: undefined, close: undefined }
}

/** Milliseconds to add to `t` for the wall time `TZDate` shows in the zone at `t`. */
const shiftAt = (timeZone: string, t: number): number =>
  -Math.round(-tzOffset(timeZone, new Date(t)) * 60) * 1000

const shiftOn = (timeZone: string, utcDay: number): Shift => {
  let lo = utcDay * DAY_MS
  let hi = lo + DAY_MS - 1
  const before = shiftAt(timeZone, lo)
  const after = shiftAt(timeZone, hi)
  if (before === after) return { before, after, switchAt: Number.POSITIVE_INFINITY }
  // The first millisecond of the new offset: lo keeps `before`, hi has `after`.
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (shiftAt(timeZone, mid) === before) lo = mid
    else hi = mid
  }
  return { before, after, switchAt: hi }
}

/**
 * One computation's view of a calendar's days: memoised where the calendar has a memo, resolved
 * afresh elsewhere, and tracking the first uncovered date it was asked about.
 */
class Walk {
  missing: LocalDate | undefined = undefined
  readonly #cal: Calendar
  readonly #memo: Memo | undefined

  constructor(cal: Calendar) {
    this.#cal = cal
    this.#memo = memoOf(cal)
  }

  /** The day number of the local date of an instant (`localDateOf` without the string). */
  localDay(at: number): number {
    const memo = this.#memo
    // As a Date would, drop any fraction of a millisecond before converting.
    const t = Math.trunc(at)
    if (memo !== undefined) {
      const utcDay = Math.floor(t / DAY_MS)
      const i = utcDay - memo.first + 1
      if (i >= 0 && i < memo.shifts.length) {
        let shift = memo.shifts[i]
        if (shift === undefined) {
          shift = shiftOn(this.#cal.timeZone, utcDay)
          memo.shifts[i] = shift
        }
        return Math.floor((t + (t < shift.switchAt ? shift.before : shift.after)) / DAY_MS)
      }
    }
    return dayNumber(localDateOf(t, this.#cal.timeZone))
  }

  day(k: number): Resolved {
    const memo = this.#memo
    let day: Resolved | undefined
    if (memo !== undefined && k >= memo.first && k <= memo.last) {
      day = memo.days[k - memo.first]
      if (day === undefined) {
        day = resolve(this.#cal, k)
        memo.days[k - memo.first] = day
      }
    } else day = resolve(this.#cal, k)
    if (!day.covered && this.missing === undefined) this.missing = day.date
    return day
  }

  intervals(day: Resolved): ReadonlyArray<Interval> {
    if (day.intervals === undefined) day.intervals = intervalsOf(this.#cal.timeZone, day.date, day.windows)
    return day.intervals
  }

  /** The end of a working day's last window. */
  close(day: Resolved): number {
    if (day.close === undefined) {
      const last = day.windows[day.windows.length - 1]
      if (last === undefined) throw new Error("close needs a working day")
      day.close = instantAt(day.date, last.end, this.#cal.timeZone).getTime()
    }
    return day.close
  }
}

const walk = <A>(cal: Calendar, f: (walk: Walk) => A): Outcome<A> => {
  const w = new Walk(cal)
  const value = f(w)
  return settle(cal, { missing: w.missing }, value)
}

// ---------------------------------------------------------------------------------------------
// arithmetic
// ---------------------------------------------------------------------------------------------

/**
 * The due instant of "`n` working days after `instant`".
 *
 * Rule: the day of `instant` is never counted, whatever the hour; the due instant is the end of
 * the last working window of the `n`-th working day after it. So 3 working days after
 * Thursday 2026-02-12 end at 18:00 on Tuesday 2026-02-24 (Fri 13th, make-up Sat 14th, then the
 * Spring Festival closes 15th–23rd). `n = 0` means "by close of business": the end of the
 * current working day if it has not closed yet, else the end of the next working day.
 * `n` is rounded down and taken as at least 0; NaN or an infinite `n` throws a `RangeError`.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * Calendar.addWorkingDays(Calendar.cnMainland(), "2026-02-12T02:00:00Z", 3)
 * // { _tag: "Known", value: 2026-02-24T10:00:00.000Z }
 * ```
 * @category arithmetic
 * @since 0.1.0
 */
export const addWorkingDays = (cal: Calendar, instant: Instant, n: number): Outcome<Date> =>
  walk(cal, (w) => {
    const at = toMs(instant)
    const count = Math.max(0, Math.floor(finite(n, "A number of working days")))
    let k = w.localDay(at)
    if (count === 0) {
      let current = w.day(k)
      while (current.windows.length === 0 || w.close(current) <= at) current = w.day(++k)
      return new Date(w.close(current))
    }
    let seen = 0
    for (;;) {
      const current = w.day(++k)
      if (current.windows.length > 0 && ++seen === count) return new Date(w.close(current))
    }
  })

/**
 * The instant by which `hours` of working time have passed after `instant`, counting only time
 * inside working windows. A result that lands exactly on a window's end stays there rather than
 * moving to the next opening; `hours <= 0` gives `instant` itself, and NaN or infinite hours
 * throw a `RangeError`.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * // Friday 17:00 + 2 working hours → make-up Saturday 2026-02-14 10:00
 * Calendar.addBusinessHours(Calendar.cnMainland(), "2026-02-13T09:00:00Z", 2)
 * ```
 * @category arithmetic
 * @since 0.1.0
 */
export const addBusinessHours = (cal: Calendar, instant: Instant, hours: number): Outcome<Date> =>
  addWorkingTime(cal, instant, hours * HOUR_MS)

/**
 * Like {@link addBusinessHours} with the amount in milliseconds of working time.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * Calendar.addWorkingTime(Calendar.cnMainland(), "2026-03-02T01:00:00Z", 30 * 60_000)
 * ```
 * @category arithmetic
 * @since 0.1.0
 */
export const addWorkingTime = (cal: Calendar, instant: Instant, ms: number): Outcome<Date> =>
  walk(cal, (w) => {
    const at = toMs(instant)
    let remaining = finite(ms, "An amount of working time")
    if (remaining <= 0) return new Date(at)
    for (let k = w.localDay(at); ; k++) {
      for (const i of w.intervals(w.day(k))) {
        const from = Math.max(i.start, at)
        if (from >= i.end) continue
        if (i.end - from >= remaining) return new Date(from + remaining)
        remaining -= i.end - from
      }
    }
  })

/**
 * The end of the local day `n` calendar days after the local date of `instant`, in the
 * calendar's zone: the last millisecond before the following midnight, so a deadline "within 3
 * days" of Thursday is met all through Sunday. Needs no holiday data, so it is always known.
 * NaN or an infinite `n` throws a `RangeError`.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * Calendar.addCalendarDays(Calendar.cnMainland(), "2026-03-05T06:00:00Z", 3)
 * // Known: 2026-03-08T15:59:59.999Z (Sunday 23:59:59.999 in Shanghai)
 * ```
 * @category arithmetic
 * @since 0.1.0
 */
export const addCalendarDays = (cal: Calendar, instant: Instant, n: number): Outcome<Date> => {
  const date = addDays(localDateOf(instant, cal.timeZone), Math.floor(finite(n, "A number of days")) + 1)
  return known(new Date(instantAt(date, "00:00", cal.timeZone).getTime() - 1))
}

/**
 * Working days from `a` to `b`: those after the local date of `a` up to and including the local
 * date of `b` — the count {@link addWorkingDays} uses, so
 * `workingDaysBetween(x, addWorkingDays(x, n)) = n` for `n >= 1`. Negative when `b` is earlier.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * Calendar.workingDaysBetween(Calendar.cnMainland(), "2026-02-12T02:00:00Z", "2026-02-24T02:00:00Z") // Known 3
 * ```
 * @category arithmetic
 * @since 0.1.0
 */
export const workingDaysBetween = (cal: Calendar, a: Instant, b: Instant): Outcome<number> =>
  walk(cal, (w) => {
    const from = w.localDay(toMs(a))
    const to = w.localDay(toMs(b))
    const [lo, hi, sign] = from <= to ? [from, to, 1] : [to, from, -1]
    let count = 0
    for (let k = lo + 1; k <= hi; k++) if (w.day(k).windows.length > 0) count++
    return sign * count
  })

/**
 * Milliseconds of working time between two instants (0 when `b` is not after `a`).
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * Calendar.workingTimeBetween(Calendar.cnMainland(), "2026-03-02T01:00:00Z", "2026-03-02T06:00:00Z") // Known 3.5 h in ms
 * ```
 * @category arithmetic
 * @since 0.1.0
 */
export const workingTimeBetween = (cal: Calendar, a: Instant, b: Instant): Outcome<number> =>
  walk(cal, (w) => {
    const from = toMs(a)
    const to = toMs(b)
    let total = 0
    if (to <= from) return 0
    const last = w.localDay(to)
    for (let k = w.localDay(from); k <= last; k++)
      for (const i of w.intervals(w.day(k)))
        total += Math.max(0, Math.min(i.end, to) - Math.max(i.start, from))
    return total
  })

/**
 * Calendar days from the local date of `a` to that of `b` in the calendar's zone.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain"
 * Calendar.calendarDaysBetween(Calendar.cnMainland(), "2026-02-12T02:00:00Z", "2026-02-14T02:00:00Z") // 2
 * ```
 * @category arithmetic
 * @since 0.1.0
 */
export const calendarDaysBetween = (cal: Calendar, a: Instant, b: Instant): number => {
  const [ya, ma, da] = partsOf(localDateOf(a, cal.timeZone))
  const [yb, mb, db] = partsOf(localDateOf(b, cal.timeZone))
  return Math.round((Date.UTC(yb, mb - 1, db) - Date.UTC(ya, ma - 1, da)) / DAY_MS)
}
