import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Calendar from "../../src/kernel/Calendar.js"
import * as ContactWindow from "../../src/kernel/ContactWindow.js"

const shanghai = ContactWindow.make()

describe("ContactWindow", () => {
  it("by default customers may be called 09:00–12:00 and 14:00–20:00 Shanghai time, every day", () => {
    expect(ContactWindow.isOpen(shanghai, "2026-03-02T01:00:00Z")).toBe(true) // Mon 09:00
    expect(ContactWindow.isOpen(shanghai, "2026-03-02T00:59:59Z")).toBe(false) // Mon 08:59:59
    expect(ContactWindow.isOpen(shanghai, "2026-03-02T04:00:00Z")).toBe(false) // 12:00, the midday rest
    expect(ContactWindow.isOpen(shanghai, "2026-03-02T06:00:00Z")).toBe(true) // 14:00
    expect(ContactWindow.isOpen(shanghai, "2026-03-02T12:00:00Z")).toBe(false) // 20:00
    expect(ContactWindow.isOpen(shanghai, "2026-03-07T02:00:00Z")).toBe(true) // Saturday 10:00
  })

  it("quiet hours are the complement of the contact windows", () => {
    expect(ContactWindow.isQuiet(shanghai, "2026-03-02T05:00:00Z")).toBe(true)
    expect(ContactWindow.isQuiet(shanghai, "2026-03-02T02:00:00Z")).toBe(false)
    expect(ContactWindow.quietFrom(shanghai, "2026-03-02T02:00:00Z")?.toISOString()).toBe(
      "2026-03-02T04:00:00.000Z"
    )
    expect(ContactWindow.quietFrom(shanghai, "2026-03-02T05:00:00Z")).toBeUndefined()
  })

  it("the next contact time after the evening is 09:00 the next morning", () => {
    expect(ContactWindow.nextOpen(shanghai, "2026-03-02T13:00:00Z")?.toISOString()).toBe(
      "2026-03-03T01:00:00.000Z"
    )
    expect(ContactWindow.nextOpen(shanghai, "2026-03-02T04:30:00Z")?.toISOString()).toBe(
      "2026-03-02T06:00:00.000Z"
    )
    expect(ContactWindow.nextOpen(shanghai, "2026-03-02T02:00:00Z")?.toISOString()).toBe(
      "2026-03-02T02:00:00.000Z"
    )
  })

  it("per-customer windows can leave out weekdays", () => {
    const weekdaysOnly = ContactWindow.make({ weekly: { sat: [], sun: [] } })
    // Friday 20:30 → Monday 09:00.
    expect(ContactWindow.nextOpen(weekdaysOnly, "2026-03-06T12:30:00Z")?.toISOString()).toBe(
      "2026-03-09T01:00:00.000Z"
    )
    const never = ContactWindow.make({ windows: [] })
    expect(ContactWindow.nextOpen(never, "2026-03-06T12:30:00Z")).toBeUndefined()
  })

  it("a customer in Berlin is called in Berlin hours on both sides of the DST change", () => {
    const berlin = ContactWindow.make({ timeZone: "Europe/Berlin" })
    // Saturday 2026-03-28 09:00 CET = 08:00Z; Sunday 29th 09:00 CEST = 07:00Z.
    expect(ContactWindow.nextOpen(berlin, "2026-03-28T07:00:00Z")?.toISOString()).toBe(
      "2026-03-28T08:00:00.000Z"
    )
    expect(ContactWindow.nextOpen(berlin, "2026-03-28T20:00:00Z")?.toISOString()).toBe(
      "2026-03-29T07:00:00.000Z"
    )
    expect(ContactWindow.isOpen(berlin, "2026-03-29T07:30:00Z")).toBe(true)
  })

  it("malformed windows are refused", () => {
    expect(() => ContactWindow.make({ windows: [{ start: "14:00", end: "12:00" }] })).toThrow(
      Calendar.InvalidCalendar
    )
  })

  it("property: nextOpen is open, not earlier than the instant, and nothing is open in between", () => {
    const zones = ["Asia/Shanghai", "Europe/Berlin", "America/New_York"]
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse("2024-01-01T00:00:00Z"), max: Date.parse("2027-01-01T00:00:00Z") }),
        fc.constantFrom(...zones),
        (ms, timeZone) => {
          const w = ContactWindow.make({ timeZone })
          const next = ContactWindow.nextOpen(w, ms)
          expect(next).toBeDefined()
          if (next === undefined) return
          expect(next.getTime()).toBeGreaterThanOrEqual(ms)
          expect(ContactWindow.isOpen(w, next)).toBe(true)
          expect(ContactWindow.isQuiet(w, ms)).toBe(next.getTime() > ms)
          if (next.getTime() > ms) expect(ContactWindow.isOpen(w, next.getTime() - 1)).toBe(false)
        }
      )
    )
  })
})
