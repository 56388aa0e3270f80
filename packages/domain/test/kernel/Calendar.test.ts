import { TZDate, tzScan } from "@date-fns/tz"
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

// ---------------------------------------------------------------------------------------------
// A straightforward reference: the day-by-day rules written with `YYYY-MM-DD` strings and one
// time-zone conversion per question, with no caching. The calendar functions must agree with it
// exactly — value, Known or Unknown, and the first uncovered date named in the reason — however
// their internals are made faster.
// ---------------------------------------------------------------------------------------------

const reference = (() => {
  const partsOf = (date: string) => date.split("-").map(Number) as [number, number, number]
  const addDays = (date: string, days: number): string => {
    const [y, m, d] = partsOf(date)
    return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
  }
  const weekdayOf = (date: string): Calendar.Weekday => {
    const [y, m, d] = partsOf(date)
    return Calendar.weekdays[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7] as Calendar.Weekday
  }
  const localDateOf = (ms: number, timeZone: string): string => {
    const t = new TZDate(ms, timeZone)
    const pad = (n: number, width = 2) => String(n).padStart(width, "0")
    return `${pad(t.getFullYear(), 4)}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`
  }
  const instantAt = (date: string, time: string, timeZone: string): number => {
    const [y, m, d] = partsOf(date)
    const [h, min] = time.split(":").map(Number) as [number, number]
    return new TZDate(y, m - 1, d, h, min, timeZone).getTime()
  }
  const toMs = (i: Calendar.Instant) =>
    i instanceof Date ? i.getTime() : typeof i === "number" ? i : Date.parse(i)

  /** Runs `f` with a day lookup that remembers the first date outside the calendar's coverage. */
  const run = <A>(
    cal: Calendar.Calendar,
    f: (day: (date: string) => Calendar.Day) => A
  ): Calendar.Outcome<A> => {
    let missing: string | undefined
    const value = f((date) => {
      const covered = cal.coverage.some((r) => date >= r.from && date <= r.to)
      if (!covered && missing === undefined) missing = date
      const o = covered ? cal.overrides[date] : undefined
      if (o === undefined) return { date, kind: "regular", windows: cal.weekly[weekdayOf(date)] }
      return o._tag === "Closed"
        ? { date, kind: "holiday", windows: [], name: o.name }
        : { date, kind: "makeUp", windows: o.windows, name: o.name }
    })
    return missing === undefined
      ? { _tag: "Known", value }
      : {
          _tag: "Unknown",
          estimate: value,
          reason: { code: "calendar.unknown", params: { calendar: cal.id, date: missing } }
        }
  }
  const intervals = (cal: Calendar.Calendar, day: Calendar.Day) =>
    day.windows.map((w) => ({
      start: instantAt(day.date, w.start, cal.timeZone),
      end: instantAt(day.date, w.end, cal.timeZone)
    }))
  const close = (cal: Calendar.Calendar, day: Calendar.Day) =>
    instantAt(day.date, day.windows.at(-1)!.end, cal.timeZone)

  return {
    dayOf: (cal: Calendar.Calendar, date: string) => run(cal, (day) => day(date)),
    addWorkingDays: (cal: Calendar.Calendar, instant: Calendar.Instant, n: number) =>
      run(cal, (day) => {
        const at = toMs(instant)
        const count = Math.max(0, Math.floor(n))
        let date = localDateOf(at, cal.timeZone)
        if (count === 0) {
          let current = day(date)
          while (current.windows.length === 0 || close(cal, current) <= at) {
            date = addDays(date, 1)
            current = day(date)
          }
          return new Date(close(cal, current))
        }
        for (let seen = 0; ; ) {
          date = addDays(date, 1)
          const current = day(date)
          if (current.windows.length > 0 && ++seen === count) return new Date(close(cal, current))
        }
      }),
    addWorkingTime: (cal: Calendar.Calendar, instant: Calendar.Instant, ms: number) =>
      run(cal, (day) => {
        const at = toMs(instant)
        let remaining = ms
        if (remaining <= 0) return new Date(at)
        for (let date = localDateOf(at, cal.timeZone); ; date = addDays(date, 1)) {
          for (const i of intervals(cal, day(date))) {
            const from = Math.max(i.start, at)
            if (from >= i.end) continue
            if (i.end - from >= remaining) return new Date(from + remaining)
            remaining -= i.end - from
          }
        }
      }),
    workingDaysBetween: (cal: Calendar.Calendar, a: Calendar.Instant, b: Calendar.Instant) =>
      run(cal, (day) => {
        const from = localDateOf(toMs(a), cal.timeZone)
        const to = localDateOf(toMs(b), cal.timeZone)
        const [lo, hi, sign] = from <= to ? [from, to, 1] : [to, from, -1]
        let count = 0
        for (let d = addDays(lo, 1); d <= hi; d = addDays(d, 1)) if (day(d).windows.length > 0) count++
        return sign * count
      }),
    workingTimeBetween: (cal: Calendar.Calendar, a: Calendar.Instant, b: Calendar.Instant) =>
      run(cal, (day) => {
        const from = toMs(a)
        const to = toMs(b)
        let total = 0
        if (to <= from) return 0
        const last = localDateOf(to, cal.timeZone)
        for (let d = localDateOf(from, cal.timeZone); d <= last; d = addDays(d, 1))
          for (const i of intervals(cal, day(d)))
            total += Math.max(0, Math.min(i.end, to) - Math.max(i.start, from))
        return total
      }),
    addCalendarDays: (
      cal: Calendar.Calendar,
      instant: Calendar.Instant,
      n: number
    ): Calendar.Outcome<Date> => ({
      _tag: "Known",
      value: new Date(
        instantAt(
          addDays(localDateOf(toMs(instant), cal.timeZone), Math.floor(n) + 1),
          "00:00",
          cal.timeZone
        ) - 1
      )
    }),
    calendarDaysBetween: (cal: Calendar.Calendar, a: Calendar.Instant, b: Calendar.Instant) => {
      const [ya, ma, da] = partsOf(localDateOf(toMs(a), cal.timeZone))
      const [yb, mb, db] = partsOf(localDateOf(toMs(b), cal.timeZone))
      return Math.round((Date.UTC(yb, mb - 1, db) - Date.UTC(ya, ma - 1, da)) / 86_400_000)
    },
    localDateOf
  }
})()

const holiday = (en: string, from: string, to = from): Calendar.Holiday => ({
  name: { "zh-CN": en, en },
  from,
  to
})
const makeUp = (date: string, windows?: Calendar.Windows): Calendar.MakeUpDay => ({
  date,
  name: { "zh-CN": "调休上班", en: "Make-up working day" },
  windows
})

/**
 * Berlin with DST-day oddities: make-up days on both switch Sundays, one with windows through the
 * missing hour (02:00–03:00 does not exist on 2024-03-31) and one inside the repeated hour; a
 * Saturday window up to 24:00; 2025 is a gap between datasets.
 */
const berlinDst = Calendar.make({
  id: "de-berlin-dst",
  timeZone: "Europe/Berlin",
  weekly: {
    ...Calendar.mondayToFriday([
      { start: "08:00", end: "12:00" },
      { start: "13:00", end: "17:30" }
    ]),
    sat: [{ start: "20:00", end: "24:00" }]
  },
  makeUpWindows: [{ start: "10:00", end: "14:00" }],
  datasets: [
    {
      version: "2024.test",
      source: "test",
      from: "2024-01-01",
      to: "2024-12-31",
      holidays: [
        holiday("Good Friday", "2024-03-29"),
        holiday("Easter Monday", "2024-04-01"),
        holiday("Christmas", "2024-12-24", "2024-12-26")
      ],
      makeUpDays: [
        makeUp("2024-03-31", [
          { start: "01:00", end: "02:30" },
          { start: "02:30", end: "04:00" }
        ]),
        makeUp("2024-10-26"),
        makeUp("2024-10-27", [{ start: "02:00", end: "03:00" }])
      ]
    },
    {
      version: "2026.test",
      source: "test",
      from: "2026-01-01",
      to: "2026-12-31",
      holidays: [
        holiday("Good Friday", "2026-04-03"),
        holiday("Easter Monday", "2026-04-06"),
        holiday("Christmas", "2026-12-24", "2026-12-26")
      ],
      makeUpDays: [
        makeUp("2026-03-29", [{ start: "00:00", end: "24:00" }]),
        makeUp("2026-10-25", [{ start: "00:00", end: "03:00" }])
      ]
    }
  ]
})

/** cn-mainland with a 2028 dataset: 2027 becomes a gap between covered ranges. */
const cnWith2028 = Calendar.withData(cn, {
  version: "2028.test",
  source: "test",
  from: "2028-01-01",
  to: "2028-12-31",
  holidays: [holiday("New Year's Day", "2028-01-01", "2028-01-03")],
  makeUpDays: []
})

/**
 * Santiago switches its clocks at local midnight, so the local date of instants near a switch
 * depends on the exact switching millisecond; windows touch midnight on both sides.
 */
const santiago = Calendar.make({
  id: "cl-santiago",
  timeZone: "America/Santiago",
  weekly: {
    ...Calendar.mondayToFriday(Calendar.defaultWindows),
    sat: [{ start: "22:00", end: "24:00" }],
    sun: [{ start: "00:00", end: "01:30" }]
  },
  datasets: [
    {
      version: "2024.test",
      source: "test",
      from: "2024-01-01",
      to: "2024-12-31",
      holidays: [holiday("Fiestas Patrias", "2024-09-18", "2024-09-20")],
      makeUpDays: [makeUp("2024-04-06", [{ start: "23:00", end: "24:00" }])]
    },
    {
      version: "2026.test",
      source: "test",
      from: "2026-01-01",
      to: "2026-12-31",
      holidays: [holiday("Fiestas Patrias", "2026-09-18", "2026-09-19")],
      makeUpDays: []
    }
  ]
})

const calendars = fc.constantFrom(cn, cnWith2028, berlinDst, santiago)

const from2023 = Date.parse("2023-01-01T00:00:00Z")
const to2027 = Date.parse("2028-01-01T00:00:00Z")
const QUARTER_MS = 15 * 60_000
const HOUR_MS = 3_600_000
/**
 * Instants 2023–2027: any millisecond, or a quarter hour ±1 ms, where every window edge, local
 * midnight and DST switch of both zones lies.
 */
/** Every clock switch of the Berlin and Santiago calendars' zones, 2023–2027. */
const switches = ["Europe/Berlin", "America/Santiago"].flatMap((zone) =>
  tzScan(zone, { start: new Date(from2023), end: new Date(to2027) }).map((change) => change.date.getTime())
)
const instantMs = fc.oneof(
  fc.integer({ min: from2023, max: to2027 }),
  fc
    .tuple(fc.integer({ min: from2023 / QUARTER_MS, max: to2027 / QUARTER_MS }), fc.constantFrom(-1, 0, 1))
    .map(([q, d]) => q * QUARTER_MS + d),
  // Within a day of a clock switch, on the quarter hours ±1 ms or at any millisecond.
  fc
    .tuple(
      fc.constantFrom(...switches),
      fc.oneof(
        fc
          .tuple(fc.integer({ min: -26 * 4, max: 26 * 4 }), fc.constantFrom(-1, 0, 1))
          .map(([q, d]) => q * QUARTER_MS + d),
        fc.integer({ min: -26 * HOUR_MS, max: 26 * HOUR_MS })
      )
    )
    .map(([at, delta]) => at + delta)
)
/** The same instants in each form the API takes. */
const instant: fc.Arbitrary<Calendar.Instant> = fc.oneof(
  instantMs,
  instantMs.map((ms) => new Date(ms)),
  instantMs.map((ms) => new Date(ms).toISOString())
)
const workingDays = fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constantFrom(-2, 0.5, 2.9))

describe("Calendar agrees with the straightforward day-by-day reference", () => {
  const runs = { numRuns: 400 }

  it("property: addWorkingDays equals the reference, including Unknown past coverage and its reason", () => {
    fc.assert(
      fc.property(calendars, instant, workingDays, (cal, at, n) => {
        expect(Calendar.addWorkingDays(cal, at, n)).toEqual(reference.addWorkingDays(cal, at, n))
      }),
      runs
    )
  })

  it("property: addWorkingDays answers the same when asked again (memoised days stay right)", () => {
    fc.assert(
      fc.property(
        calendars,
        fc.array(fc.tuple(instant, workingDays), { minLength: 1, maxLength: 20 }),
        (cal, cases) => {
          const first = cases.map(([at, n]) => Calendar.addWorkingDays(cal, at, n))
          const again = [...cases].reverse().map(([at, n]) => Calendar.addWorkingDays(cal, at, n))
          expect(again.reverse()).toEqual(first)
          expect(first).toEqual(cases.map(([at, n]) => reference.addWorkingDays(cal, at, n)))
        }
      ),
      { numRuns: 50 }
    )
  })

  it("at every clock switch and the milliseconds either side, the local date is the reference's", () => {
    for (const cal of [berlinDst, santiago])
      for (const at of switches.flatMap((t) => [t - 1, t, t + 1]))
        for (const n of [0, 1, 2]) {
          expect(Calendar.addWorkingDays(cal, at, n)).toEqual(reference.addWorkingDays(cal, at, n))
          expect(Calendar.workingDaysBetween(cal, at - HOUR_MS, at)).toEqual(
            reference.workingDaysBetween(cal, at - HOUR_MS, at)
          )
        }
  })

  it("property: addWorkingTime and addBusinessHours equal the reference", () => {
    fc.assert(
      fc.property(calendars, instant, fc.integer({ min: -4, max: 200 * 4 }), (cal, at, quarterHours) => {
        const ms = quarterHours * QUARTER_MS + (quarterHours % 7)
        expect(Calendar.addWorkingTime(cal, at, ms)).toEqual(reference.addWorkingTime(cal, at, ms))
        expect(Calendar.addBusinessHours(cal, at, quarterHours / 4)).toEqual(
          reference.addWorkingTime(cal, at, quarterHours * QUARTER_MS)
        )
      }),
      runs
    )
  })

  it("property: workingDaysBetween equals the reference in both directions", () => {
    fc.assert(
      fc.property(calendars, instant, instant, (cal, a, b) => {
        expect(Calendar.workingDaysBetween(cal, a, b)).toEqual(reference.workingDaysBetween(cal, a, b))
      }),
      runs
    )
  })

  it("property: workingTimeBetween equals the reference", () => {
    fc.assert(
      fc.property(
        calendars,
        instantMs,
        fc.integer({ min: -5 * 24 * 4, max: 90 * 24 * 4 }),
        (cal, a, quarters) => {
          const b = a + quarters * QUARTER_MS + (quarters % 3)
          expect(Calendar.workingTimeBetween(cal, a, b)).toEqual(reference.workingTimeBetween(cal, a, b))
        }
      ),
      runs
    )
  })

  it("property: dayOf, isWorkingDay, localDateOf and the calendar-day functions equal the reference", () => {
    fc.assert(
      fc.property(calendars, instant, instant, fc.integer({ min: -3, max: 40 }), (cal, a, b, n) => {
        const date = reference.localDateOf(new Date(a).getTime(), cal.timeZone)
        expect(Calendar.localDateOf(a, cal.timeZone)).toBe(date)
        expect(Calendar.dayOf(cal, date)).toEqual(reference.dayOf(cal, date))
        expect(Calendar.isWorkingDay(cal, date)).toEqual(
          Calendar.map(reference.dayOf(cal, date), (day) => day.windows.length > 0)
        )
        expect(Calendar.addCalendarDays(cal, a, n)).toEqual(reference.addCalendarDays(cal, a, n))
        expect(Calendar.calendarDaysBetween(cal, a, b)).toBe(reference.calendarDaysBetween(cal, a, b))
      }),
      runs
    )
  })

  it("a calendar extended with newer data answers from the new data, not from the old one's memory", () => {
    const at = "2026-12-30T02:00:00Z"
    expect(Calendar.addWorkingDays(cn, at, 3)._tag).toBe("Unknown")
    const extended = Calendar.withData(cn, {
      version: "2027.test",
      source: "test",
      from: "2027-01-01",
      to: "2027-12-31",
      holidays: [holiday("New Year's Day", "2027-01-01", "2027-01-05")],
      makeUpDays: []
    })
    expect(Calendar.addWorkingDays(extended, at, 3)).toEqual({
      _tag: "Known",
      value: new Date("2027-01-07T10:00:00.000Z")
    })
    expect(Calendar.addWorkingDays(cn, at, 3)._tag).toBe("Unknown")
  })
})

describe("Calendar edges of working-day arithmetic", () => {
  it("counting from a holiday or a make-up day: the start day never counts, whatever it is", () => {
    // Tuesday 2026-02-17, inside the Spring Festival: the first working day after it is the 24th.
    expect(iso(Calendar.addWorkingDays(cn, "2026-02-17T02:00:00Z", 1))).toBe("2026-02-24T10:00:00.000Z")
    // Make-up Saturday 2026-02-14: it is a working day, but the start day, so +1 is the 24th too…
    expect(iso(Calendar.addWorkingDays(cn, "2026-02-14T02:00:00Z", 1))).toBe("2026-02-24T10:00:00.000Z")
    // …while "by close of business" on it is that Saturday's 18:00.
    expect(iso(Calendar.addWorkingDays(cn, "2026-02-14T02:00:00Z", 0))).toBe("2026-02-14T10:00:00.000Z")
    // A holiday has no close of business: 0 working days from it is the next working day's close.
    expect(iso(Calendar.addWorkingDays(cn, "2026-02-17T02:00:00Z", 0))).toBe("2026-02-24T10:00:00.000Z")
  })

  it("at exactly a window's end the day has closed; at 23:59:59.999 it is still the same local day", () => {
    // Monday 2026-03-02 18:00:00.000 Shanghai: closed, so close of business is Tuesday's.
    expect(iso(Calendar.addWorkingDays(cn, "2026-03-02T10:00:00.000Z", 0))).toBe("2026-03-03T10:00:00.000Z")
    expect(iso(Calendar.addWorkingDays(cn, "2026-03-02T09:59:59.999Z", 0))).toBe("2026-03-02T10:00:00.000Z")
    // 23:59:59.999 Monday counts from Monday; one millisecond later counts from Tuesday.
    expect(iso(Calendar.addWorkingDays(cn, "2026-03-02T15:59:59.999Z", 1))).toBe("2026-03-03T10:00:00.000Z")
    expect(iso(Calendar.addWorkingDays(cn, "2026-03-02T16:00:00.000Z", 1))).toBe("2026-03-04T10:00:00.000Z")
    // Business hours starting at 12:00 sharp wait out the lunch break; at 18:00 sharp, the night.
    expect(iso(Calendar.addBusinessHours(cn, "2026-03-02T04:00:00Z", 1))).toBe("2026-03-02T06:30:00.000Z")
    expect(iso(Calendar.addBusinessHours(cn, "2026-03-02T10:00:00Z", 0.5))).toBe("2026-03-03T01:30:00.000Z")
  })

  it("the last covered day (2026-12-31) is known; the first uncovered one (2027-01-01) is not", () => {
    expect(Calendar.addWorkingDays(cn, "2026-12-30T02:00:00Z", 1)).toEqual(
      Calendar.known(new Date("2026-12-31T10:00:00.000Z"))
    )
    expect(Calendar.addBusinessHours(cn, "2026-12-31T09:00:00Z", 1)._tag).toBe("Known")
    const reason = {
      code: "calendar.unknown" as const,
      params: { calendar: "cn-mainland", date: "2027-01-01" }
    }
    expect(Calendar.addWorkingDays(cn, "2026-12-31T02:00:00Z", 1)).toEqual(
      Calendar.unknown(new Date("2027-01-01T10:00:00.000Z"), reason)
    )
    // One working minute past 18:00 on the 31st needs 2027's first day.
    expect(Calendar.addWorkingTime(cn, "2026-12-31T09:00:00Z", 60 * 60_000 + 60_000)).toMatchObject({
      _tag: "Unknown",
      reason
    })
    expect(Calendar.covers(cn, "2026-12-31")).toBe(true)
    expect(Calendar.covers(cn, "2027-01-01")).toBe(false)
  })

  it("refuses an amount that is not a finite number instead of counting forever", () => {
    for (const amount of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(() => Calendar.addWorkingDays(cn, "2026-03-02T02:00:00Z", amount)).toThrow(RangeError)
      expect(() => Calendar.addBusinessHours(cn, "2026-03-02T02:00:00Z", amount)).toThrow(RangeError)
      expect(() => Calendar.addWorkingTime(cn, "2026-03-02T02:00:00Z", amount)).toThrow(RangeError)
      expect(() => Calendar.addCalendarDays(cn, "2026-03-02T02:00:00Z", amount)).toThrow(RangeError)
    }
  })
})
