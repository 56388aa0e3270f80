/**
 * Which public holidays a callback's working-day deadline stepped over, read from the same
 * business calendar the deadline counted on — so the section can say in words why a callback
 * recorded before National Day is due after it.
 */
import { Calendar, type Messages } from "@frontdesk/domain"

/** A run of closed days with one name, e.g. National Day 1–7 October. */
export interface Closure {
  readonly name: Messages.Text
  readonly from: Calendar.LocalDate
  readonly to: Calendar.LocalDate
}

/** What lay between the start of a deadline and its due time on the calendar. */
export interface Skipped {
  readonly holidays: ReadonlyArray<Closure>
  /** Weekend days worked in exchange for the holiday (调休上班) that counted as working days. */
  readonly makeUpDays: ReadonlyArray<{ readonly date: Calendar.LocalDate; readonly name: Messages.Text }>
}

/** The holidays and make-up days strictly after `from`'s date up to and including `to`'s. */
export const skippedBetween = (
  calendar: Calendar.Calendar,
  from: Calendar.Instant,
  to: Calendar.Instant,
  timeZone: string = Calendar.defaultTimeZone
): Skipped => {
  const holidays: Array<Closure> = []
  const makeUpDays: Array<{ date: Calendar.LocalDate; name: Messages.Text }> = []
  const last = Calendar.localDateOf(to, timeZone)
  for (
    let date = Calendar.addDays(Calendar.localDateOf(from, timeZone), 1);
    date <= last;
    date = Calendar.addDays(date, 1)
  ) {
    const day = Calendar.valueOrEstimate(Calendar.dayOf(calendar, date))
    if (day.kind === "makeUp" && day.name !== undefined) makeUpDays.push({ date, name: day.name })
    if (day.kind !== "holiday" || day.name === undefined) continue
    const previous = holidays.at(-1)
    if (
      previous !== undefined &&
      previous.name.en === day.name.en &&
      Calendar.addDays(previous.to, 1) === date
    ) {
      holidays[holidays.length - 1] = { ...previous, to: date }
    } else {
      holidays.push({ name: day.name, from: date, to: date })
    }
  }
  return { holidays, makeUpDays }
}
