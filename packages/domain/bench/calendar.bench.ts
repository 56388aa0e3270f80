/**
 * Working-day due dates per second: `Calendar.addWorkingDays` on the mainland China calendar
 * (holidays and make-up working days) for start instants spread over 2025 and 1–10 working days,
 * against date-fns `addBusinessDays`, which knows only Monday to Friday, on the same inputs.
 * Also times the first pass on a freshly built calendar, which pays for filling its memo of days.
 */
import { addBusinessDays } from "date-fns"
import * as Calendar from "../src/kernel/Calendar.js"
import { type Comparison, compare } from "./measure.js"

/** A step that is not a whole number of hours or days, so starts land on every hour and weekday. */
const stepMs = (7 * 60 + 13) * 60_000
const from = Date.parse("2025-01-01T00:00:00+08:00")
const until = Date.parse("2026-01-01T00:00:00+08:00")

const starts: ReadonlyArray<number> = (() => {
  const result: Array<number> = []
  for (let at = from; at < until; at += stepMs) result.push(at)
  return result
})()

const passOver = (calendar: Calendar.Calendar): number => {
  let sum = 0
  for (const at of starts) {
    for (let n = 1; n <= 10; n++) {
      const due = Calendar.addWorkingDays(calendar, at, n)
      if (due._tag === "Known") sum += due.value.getDate()
    }
  }
  return sum
}

/** Median milliseconds of one pass on a calendar built just before it (memo empty). */
const firstPassMs = (calendars: number): number => {
  const times: Array<number> = []
  let sum = 0
  for (let i = 0; i < calendars; i++) {
    const calendar = Calendar.cnMainland()
    const start = performance.now()
    sum += passOver(calendar)
    times.push(performance.now() - start)
  }
  if (sum === 0.5) console.error("unreachable")
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] ?? Number.NaN
}

/** Runs the calendar comparison. */
export const run = (): Comparison & {
  readonly starts: number
  readonly unknown: number
  readonly firstPassMs: number
} => {
  // Built once: a due-date screen keeps its calendar, it does not rebuild it per record (the
  // calendar memoises its days, so a kept calendar is what makes repeated due dates cheap).
  const calendar = Calendar.cnMainland()
  let unknown = 0
  for (const at of starts) {
    for (let n = 1; n <= 10; n++) if (Calendar.addWorkingDays(calendar, at, n)._tag === "Unknown") unknown++
  }
  const comparison = compare(
    () => {
      let sum = 0
      for (const at of starts) {
        const start = new Date(at)
        for (let n = 1; n <= 10; n++) sum += addBusinessDays(start, n).getDate()
      }
      return sum
    },
    () => passOver(calendar),
    { operationsPerPass: starts.length * 10 }
  )
  return { ...comparison, starts: starts.length, unknown, firstPassMs: firstPassMs(7) }
}
