import { describe, expect, it } from "vitest"
import { Period } from "../../src/customer-care/index.js"

describe("reporting periods are local dates in the organisation's time zone", () => {
  it("contains instants by their Shanghai date", () => {
    const march = Period.make("2026-03-01", "2026-03-31")
    expect(Period.contains(march, "2026-02-28T16:00:00Z")).toBe(true)
    expect(Period.contains(march, "2026-02-28T15:59:59Z")).toBe(false)
    expect(Period.contains(march, "2026-03-31T16:00:00Z")).toBe(false)
  })

  it("groups by weeks starting on Monday", () => {
    expect(Period.weekStart("2026-03-08")).toBe("2026-03-02")
    expect(Period.weeks(Period.make("2026-03-04", "2026-03-16"))).toEqual([
      "2026-03-02",
      "2026-03-09",
      "2026-03-16"
    ])
  })

  it("refuses a period that ends before it starts", () => {
    expect(() => Period.make("2026-03-02", "2026-03-01")).toThrow(RangeError)
  })
})
