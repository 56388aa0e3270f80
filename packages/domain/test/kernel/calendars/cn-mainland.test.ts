import { describe, expect, it } from "vitest"
import * as Calendar from "../../../src/kernel/Calendar.js"
import { datasets, y2024, y2025, y2026 } from "../../../src/kernel/calendars/cn-mainland.js"

const cn = Calendar.cnMainland()

const days = (from: string, to: string): ReadonlyArray<string> => {
  const out: Array<string> = []
  for (let d = from; d <= to; d = Calendar.addDays(d, 1)) out.push(d)
  return out
}

/** The arrangements as the State Council notices state them: holiday ranges and make-up days. */
const notices = {
  2024: {
    holidays: [
      ["2024-01-01", "2024-01-01"],
      ["2024-02-10", "2024-02-17"],
      ["2024-04-04", "2024-04-06"],
      ["2024-05-01", "2024-05-05"],
      ["2024-06-10", "2024-06-10"],
      ["2024-09-15", "2024-09-17"],
      ["2024-10-01", "2024-10-07"]
    ],
    makeUp: [
      "2024-02-04",
      "2024-02-18",
      "2024-04-07",
      "2024-04-28",
      "2024-05-11",
      "2024-09-14",
      "2024-09-29",
      "2024-10-12"
    ]
  },
  2025: {
    holidays: [
      ["2025-01-01", "2025-01-01"],
      ["2025-01-28", "2025-02-04"],
      ["2025-04-04", "2025-04-06"],
      ["2025-05-01", "2025-05-05"],
      ["2025-05-31", "2025-06-02"],
      ["2025-10-01", "2025-10-08"]
    ],
    makeUp: ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"]
  },
  2026: {
    holidays: [
      ["2026-01-01", "2026-01-03"],
      ["2026-02-15", "2026-02-23"],
      ["2026-04-04", "2026-04-06"],
      ["2026-05-01", "2026-05-05"],
      ["2026-06-19", "2026-06-21"],
      ["2026-09-25", "2026-09-27"],
      ["2026-10-01", "2026-10-07"]
    ],
    makeUp: ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]
  }
} as const

describe("cn-mainland calendar data", () => {
  it("covers 2024-01-01 to 2026-12-31 and cites each year's State Council notice", () => {
    expect(cn.coverage).toEqual([{ from: "2024-01-01", to: "2026-12-31" }])
    expect(datasets).toEqual([y2024, y2025, y2026])
    for (const [year, data] of [
      [2024, y2024],
      [2025, y2025],
      [2026, y2026]
    ] as const) {
      expect(data.source).toContain(`国务院办公厅关于${year}年部分节假日安排的通知`)
      expect(data.from).toBe(`${year}-01-01`)
      expect(data.to).toBe(`${year}-12-31`)
      expect(Calendar.datasetProblems(data)).toEqual([])
    }
  })

  for (const [year, notice] of Object.entries(notices)) {
    it(`${year}: every holiday day is closed and named in zh-CN and en`, () => {
      for (const [from, to] of notice.holidays)
        for (const d of days(from, to)) {
          const day = Calendar.dayOf(cn, d)
          expect(day._tag).toBe("Known")
          expect(Calendar.valueOrEstimate(day)).toMatchObject({ kind: "holiday", windows: [] })
          expect(Calendar.valueOrEstimate(day).name?.["zh-CN"]).toMatch(/[\u4e00-\u9fff]/)
          expect(Calendar.valueOrEstimate(day).name?.en).toMatch(/[A-Za-z]/)
        }
    })

    it(`${year}: every make-up day is a working day with the weekday windows, and falls on a weekend`, () => {
      for (const d of notice.makeUp) {
        expect(Calendar.isWorkingDay(cn, d)).toEqual({ _tag: "Known", value: true })
        expect(Calendar.valueOrEstimate(Calendar.dayOf(cn, d))).toMatchObject({
          kind: "makeUp",
          windows: Calendar.defaultWindows
        })
        expect(["sat", "sun"]).toContain(Calendar.weekdayOf(d))
      }
    })

    it(`${year}: the data holds exactly the notice's days, nothing more`, () => {
      const expected = new Set([...notice.holidays.flatMap(([from, to]) => days(from, to)), ...notice.makeUp])
      const actual = Object.keys(cn.overrides).filter((d) => d.startsWith(year))
      expect(new Set(actual)).toEqual(expected)
    })
  }

  it("configured weekday windows apply to regular and make-up days alike", () => {
    const early = Calendar.cnMainland({ windows: [{ start: "08:30", end: "17:30" }] })
    expect(Calendar.valueOrEstimate(Calendar.dayOf(early, "2026-02-14")).windows).toEqual([
      { start: "08:30", end: "17:30" }
    ])
    expect(early.weekly.wed).toEqual([{ start: "08:30", end: "17:30" }])
  })

  it("the calendar is plain data that survives a JSON round trip", () => {
    const copy = JSON.parse(JSON.stringify(cn)) as Calendar.Calendar
    expect(Calendar.addWorkingDays(copy, "2026-02-12T02:00:00Z", 3)).toEqual(
      Calendar.addWorkingDays(cn, "2026-02-12T02:00:00Z", 3)
    )
  })
})
