import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Calendar from "../../src/kernel/Calendar.js"
import * as Messages from "../../src/kernel/Messages.js"

const cn = Calendar.cnMainland()
const iso = (o: Calendar.Outcome<Date>) => Calendar.valueOrEstimate(o).toISOString()
const known = <A>(o: Calendar.Outcome<A>): A => {
  if (o._tag !== "Known") throw new Error(`expected a known outcome, got ${JSON.stringify(o)}`)
  return o.value
}

/** Instants from 2024-01-01 to 2026-12-20 (Shanghai), so small additions stay inside coverage. */
const coveredInstant = fc
  .integer({ min: Date.parse("2023-12-31T16:00:00Z"), max: Date.parse("2026-12-01T00:00:00Z") })
  .map((ms) => new Date(ms))

describe("Calendar working days", () => {
  it("N working days after X: the start day never counts; due at the close of the N-th working day", () => {
    // Thursday 2026-02-12 → Fri 13th (1), make-up Sat 14th (2), 15th–23rd closed, Tue 24th (3).
    const due = Calendar.addWorkingDays(cn, "2026-02-12T02:00:00Z", 3)
    expect(due).toEqual({ _tag: "Known", value: new Date("2026-02-24T10:00:00.000Z") })
    expect(Calendar.localDateOf(Calendar.valueOrEstimate(due), "Asia/Shanghai")).toBe("2026-02-24")
    // The hour of the start does not matter: late on Thursday gives the same due instant.
    expect(iso(Calendar.addWorkingDays(cn, "2026-02-12T15:59:00Z", 3))).toBe("2026-02-24T10:00:00.000Z")
  })

  it("zero working days means close of business today, or of the next working day once closed", () => {
    expect(iso(Calendar.addWorkingDays(cn, "2026-03-02T02:00:00Z", 0))).toBe("2026-03-02T10:00:00.000Z")
    // Monday 18:30 Shanghai is after close: next close is Tuesday's.
    expect(iso(Calendar.addWorkingDays(cn, "2026-03-02T10:30:00Z", 0))).toBe("2026-03-03T10:00:00.000Z")
  })

  it("make-up working days are working days and holidays are not", () => {
    expect(Calendar.isWorkingDay(cn, "2026-02-14")).toEqual({ _tag: "Known", value: true })
    expect(Calendar.isWorkingDay(cn, "2026-02-16")).toEqual({ _tag: "Known", value: false })
    expect(Calendar.isWorkingDay(cn, "2026-02-25")).toEqual({ _tag: "Known", value: true })
    expect(Calendar.isWorkingDay(cn, "2026-03-01")).toEqual({ _tag: "Known", value: false })
    const day = known(Calendar.dayOf(cn, "2026-02-17"))
    expect(day.kind).toBe("holiday")
    expect(day.name?.en).toBe("Spring Festival")
  })

  it("workingDaysBetween counts the days addWorkingDays counts", () => {
    expect(Calendar.workingDaysBetween(cn, "2026-02-12T02:00:00Z", "2026-02-24T02:00:00Z")).toEqual({
      _tag: "Known",
      value: 3
    })
    expect(known(Calendar.workingDaysBetween(cn, "2026-02-24T02:00:00Z", "2026-02-12T02:00:00Z"))).toBe(-3)
  })

  it("property: addWorkingDays(n) lands on the close of a working day, and never decreases as n grows", () => {
    fc.assert(
      fc.property(coveredInstant, fc.integer({ min: 0, max: 10 }), (start, n) => {
        const due = known(Calendar.addWorkingDays(cn, start, n))
        const next = known(Calendar.addWorkingDays(cn, start, n + 1))
        const date = Calendar.localDateOf(due, cn.timeZone)
        expect(known(Calendar.isWorkingDay(cn, date))).toBe(true)
        expect(Calendar.instantAt(date, "18:00", cn.timeZone)).toEqual(due)
        // n = 0 on a closed day and n = 1 share the next working day's close; after that, strictly later.
        if (n === 0) expect(next.getTime()).toBeGreaterThanOrEqual(due.getTime())
        else expect(next.getTime()).toBeGreaterThan(due.getTime())
        if (n >= 1) expect(known(Calendar.workingDaysBetween(cn, start, due))).toBe(n)
      })
    )
  })

  it("property: adding across a closed range skips every closed day", () => {
    const holidays = Calendar.cnMainland().overrides
    const closedDays = Object.entries(holidays)
      .filter(([, o]) => o._tag === "Closed")
      .map(([d]) => d)
    fc.assert(
      fc.property(coveredInstant, fc.integer({ min: 1, max: 12 }), (start, n) => {
        const due = known(Calendar.addWorkingDays(cn, start, n))
        const from = Calendar.localDateOf(start, cn.timeZone)
        const to = Calendar.localDateOf(due, cn.timeZone)
        // Every day in (from, to] is either counted as working or closed; the closed ones are skipped.
        let working = 0
        for (let d = Calendar.addDays(from, 1); d <= to; d = Calendar.addDays(d, 1)) {
          const isWorking = known(Calendar.isWorkingDay(cn, d))
          if (closedDays.includes(d)) expect(isWorking).toBe(false)
          if (isWorking) working++
        }
        expect(working).toBe(n)
      })
    )
  })
})

describe("Calendar business hours", () => {
  it("counts only time inside windows, skipping the lunch break", () => {
    // Monday 2026-03-02 11:00 + 2h → 12:00 (1h), lunch, 13:30 + 1h = 14:30 Shanghai.
    expect(iso(Calendar.addBusinessHours(cn, "2026-03-02T03:00:00Z", 2))).toBe("2026-03-02T06:30:00.000Z")
  })

  it("a result that lands exactly on a window end stays there", () => {
    expect(iso(Calendar.addBusinessHours(cn, "2026-03-02T09:00:00Z", 1))).toBe("2026-03-02T10:00:00.000Z")
  })

  it("works through make-up days: Friday 17:00 + 2h is make-up Saturday 10:00", () => {
    expect(iso(Calendar.addBusinessHours(cn, "2026-02-13T09:00:00Z", 2))).toBe("2026-02-14T02:00:00.000Z")
    // Saturday 14th 17:00 + 2h skips the Spring Festival to Tuesday 24th 10:00.
    expect(iso(Calendar.addBusinessHours(cn, "2026-02-14T09:00:00Z", 2))).toBe("2026-02-24T02:00:00.000Z")
  })

  it("property: working time between x and addBusinessHours(x, h) is h hours", () => {
    fc.assert(
      fc.property(coveredInstant, fc.integer({ min: 0, max: 60 }), (start, quarterHours) => {
        const ms = quarterHours * 15 * 60_000
        const due = known(Calendar.addWorkingTime(cn, start, ms))
        expect(known(Calendar.workingTimeBetween(cn, start, due))).toBe(ms)
      })
    )
  })
})

describe("Calendar calendar days", () => {
  it("3 days after Thursday ends at the end of Sunday in the calendar's zone", () => {
    expect(iso(Calendar.addCalendarDays(cn, "2026-03-05T06:00:00Z", 3))).toBe("2026-03-08T15:59:59.999Z")
  })

  it("1 week after a Monday ends at the end of the next Monday", () => {
    expect(iso(Calendar.addCalendarDays(cn, "2026-03-02T01:00:00Z", 7))).toBe("2026-03-09T15:59:59.999Z")
  })

  it("needs no holiday data, so it is known even past coverage", () => {
    expect(Calendar.addCalendarDays(cn, "2030-01-01T00:00:00Z", 3)._tag).toBe("Known")
  })
})

describe("Calendar coverage", () => {
  it("a computation past coverage is Unknown with a Monday–Friday estimate and a reason", () => {
    // Wednesday 2026-12-30 + 3 working days: Thu 31st is covered; 2027 is not.
    const due = Calendar.addWorkingDays(cn, "2026-12-30T02:00:00Z", 3)
    expect(due._tag).toBe("Unknown")
    if (due._tag !== "Unknown") return
    expect(due.estimate.toISOString()).toBe("2027-01-04T10:00:00.000Z")
    expect(due.reason).toEqual({
      code: "calendar.unknown",
      params: { calendar: "cn-mainland", date: "2027-01-01" }
    })
    expect(Messages.render(due.reason, "en")).toContain("provisional")
    expect(Messages.render(due.reason, "zh-CN")).toContain("暂定")
  })

  it("isWorkingDay outside coverage estimates with the weekly table", () => {
    expect(Calendar.isWorkingDay(cn, "2027-01-01")).toMatchObject({ _tag: "Unknown", estimate: true })
  })

  it("newer data loaded at run time extends coverage and turns Unknown into Known", () => {
    const y2027: Calendar.Dataset = {
      version: "2027.test",
      source: "test data",
      from: "2027-01-01",
      to: "2027-12-31",
      holidays: [{ name: { "zh-CN": "元旦", en: "New Year's Day" }, from: "2027-01-01", to: "2027-01-03" }],
      makeUpDays: []
    }
    const cal = Calendar.withData(cn, y2027)
    expect(cal.coverage).toEqual([{ from: "2024-01-01", to: "2027-12-31" }])
    expect(Calendar.version(cal)).toBe("2024.1+2025.1+2026.1+2027.test")
    expect(Calendar.addWorkingDays(cal, "2026-12-30T02:00:00Z", 3)).toEqual({
      _tag: "Known",
      value: new Date("2027-01-05T10:00:00.000Z")
    })
  })

  it("newer data replaces older data for the dates it covers", () => {
    const correction: Calendar.Dataset = {
      version: "2026.2",
      source: "correction",
      from: "2026-02-01",
      to: "2026-02-28",
      holidays: [],
      makeUpDays: []
    }
    const cal = Calendar.withData(cn, correction)
    expect(known(Calendar.isWorkingDay(cal, "2026-02-16"))).toBe(true)
    expect(known(Calendar.isWorkingDay(cal, "2026-02-14"))).toBe(false)
    expect(known(Calendar.isWorkingDay(cal, "2026-01-01"))).toBe(false)
  })

  it("a gap between datasets stays uncovered", () => {
    const y2028: Calendar.Dataset = {
      version: "2028.1",
      source: "test",
      from: "2028-01-01",
      to: "2028-12-31",
      holidays: [],
      makeUpDays: []
    }
    const cal = Calendar.withData(cn, y2028)
    expect(cal.coverage).toHaveLength(2)
    expect(Calendar.covers(cal, "2027-06-01")).toBe(false)
    expect(Calendar.covers(cal, "2028-06-01")).toBe(true)
  })

  it("malformed data is refused with every problem", () => {
    const bad: Calendar.Dataset = {
      version: "x",
      source: "x",
      from: "2027-01-01",
      to: "2027-12-31",
      holidays: [{ name: { "zh-CN": "假", en: "Fake" }, from: "2028-01-01", to: "2028-01-02" }],
      makeUpDays: [{ date: "2027-02-30", name: { "zh-CN": "班", en: "Work" } }]
    }
    expect(Calendar.datasetProblems(bad)).toHaveLength(2)
    expect(() => Calendar.withData(cn, bad)).toThrow(Calendar.InvalidCalendar)
    expect(() => Calendar.make({ id: "x", windows: [{ start: "18:00", end: "09:00" }] })).toThrow(
      /ends before it starts/
    )
    expect(() => Calendar.make({ id: "x", timeZone: "Mars/Olympus" })).toThrow(/time zone/)
  })
})

describe("Calendar time zones", () => {
  it("Shanghai has no daylight saving, so windows are 8 hours ahead of UTC all year", () => {
    for (const date of ["2026-01-05", "2026-03-30", "2026-07-06", "2026-10-26"])
      expect(Calendar.instantAt(date, "09:00", "Asia/Shanghai").toISOString()).toBe(`${date}T01:00:00.000Z`)
  })

  const berlin = Calendar.make({
    id: "de-berlin",
    timeZone: "Europe/Berlin",
    windows: [{ start: "09:00", end: "17:00" }],
    datasets: [
      {
        version: "2026.test",
        source: "Berlin public holidays 2026 (test subset)",
        from: "2026-01-01",
        to: "2026-12-31",
        holidays: [
          { name: { "zh-CN": "复活节星期一", en: "Easter Monday" }, from: "2026-04-06", to: "2026-04-06" }
        ],
        makeUpDays: []
      }
    ]
  })

  it("a Berlin calendar keeps local opening hours across the spring DST change", () => {
    // Friday 2026-03-27 (CET, UTC+1) + 1 working day → Monday 30th (CEST, UTC+2) 17:00 local.
    expect(iso(Calendar.addWorkingDays(berlin, "2026-03-27T10:00:00Z", 1))).toBe("2026-03-30T15:00:00.000Z")
    // Friday 16:00 CET + 2 working hours → 1 h on Friday, Monday 09:00 CEST + 1 h = 08:00Z.
    expect(iso(Calendar.addBusinessHours(berlin, "2026-03-27T15:00:00Z", 2))).toBe("2026-03-30T08:00:00.000Z")
    // The working day after DST is 8 hours long, not 7 or 9.
    expect(known(Calendar.workingTimeBetween(berlin, "2026-03-29T00:00:00Z", "2026-03-31T00:00:00Z"))).toBe(
      8 * 3_600_000
    )
  })

  it("a Berlin calendar keeps local opening hours across the autumn DST change and skips its holiday", () => {
    expect(iso(Calendar.addCalendarDays(berlin, "2026-10-24T10:00:00Z", 1))).toBe("2026-10-25T22:59:59.999Z")
    expect(iso(Calendar.addWorkingDays(berlin, "2026-04-02T10:00:00Z", 2))).toBe("2026-04-07T15:00:00.000Z")
  })
})

describe("Calendar data loaded at run time", () => {
  it("decodeDataset accepts well-formed JSON and the result merges", () => {
    const json = JSON.stringify({
      version: "2027.1",
      source: "国务院办公厅关于2027年部分节假日安排的通知",
      from: "2027-01-01",
      to: "2027-12-31",
      holidays: [{ name: { "zh-CN": "元旦", en: "New Year's Day" }, from: "2027-01-01", to: "2027-01-01" }],
      makeUpDays: []
    })
    const decoded = Calendar.decodeDataset(JSON.parse(json))
    expect(Result.isSuccess(decoded)).toBe(true)
    if (Result.isFailure(decoded)) return
    expect(Calendar.isWorkingDay(Calendar.withData(cn, decoded.success), "2027-01-01")).toEqual({
      _tag: "Known",
      value: false
    })
  })

  it("decodeDataset reports wrong shapes as input issues and bad dates as calendar problems", () => {
    const shape = Calendar.decodeDataset({ version: 1 })
    expect(Result.isFailure(shape) && shape.failure._tag).toBe("InvalidInput")
    const dates = Calendar.decodeDataset({
      version: "x",
      source: "",
      from: "2027-01-01",
      to: "2027-12-31",
      holidays: [],
      makeUpDays: [{ date: "2027-13-01", name: { "zh-CN": "班", en: "Work" } }]
    })
    expect(Result.isFailure(dates) && dates.failure._tag).toBe("InvalidCalendar")
  })
})
