/**
 * Working-day due dates per second: `Calendar.addWorkingDays` on the mainland China calendar
 * (holidays and make-up working days) for start instants spread over 2025 and 1–10 working days,
 * against date-fns `addBusinessDays`, which knows only Monday to Friday, on the same inputs.
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

/** Runs the calendar comparison. */
export const run = (): Comparison & { readonly starts: number; readonly unknown: number } => {
  // Built once: a due-date screen keeps its calendar, it does not rebuild it per record.
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
    () => {
      let sum = 0
      for (const at of starts) {
        for (let n = 1; n <= 10; n++) {
          const due = Calendar.addWorkingDays(calendar, at, n)
          if (due._tag === "Known") sum += due.value.getDate()
        }
      }
      return sum
    },
    { operationsPerPass: starts.length * 10 }
  )
  return { ...comparison, starts: starts.length, unknown }
}
