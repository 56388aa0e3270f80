import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Calendar from "../../src/kernel/Calendar.js"
import * as Deadline from "../../src/kernel/Deadline.js"
import type * as History from "../../src/kernel/History.js"
import * as Messages from "../../src/kernel/Messages.js"

const cn = Calendar.cnMainland()
const specialist = { id: "u-1", name: "王芳", roles: ["specialist"] }

let version = 0
const entry = (at: string, command: string, to = "open"): History.Entry => ({
  recordId: "cb-1",
  version: ++version,
  at,
  actor: specialist,
  command,
  from: "open",
  to
})

/** 三天之内回访: a callback within three days of the service. */
const callback = Deadline.make({
  id: "callback",
  start: { commands: ["serve"] },
  met: { commands: ["complete"], states: ["closed"] },
  pause: { commands: ["wait-customer"] },
  resume: { commands: ["customer-back"] },
  duration: Deadline.calendarDays(3)
})

/** 一周内沟通: contact a newly assigned customer within one week. */
const contactNewCustomer = Deadline.make({
  id: "contact-new-customer",
  start: "created",
  met: { commands: ["record-contact"] },
  duration: Deadline.calendarDays(7)
})

const reply = (unit: Deadline.Unit, amount = 3) =>
  Deadline.make({
    id: `reply-${unit}`,
    start: "created",
    met: { commands: ["reply"] },
    pause: { commands: ["pause"] },
    resume: { commands: ["resume"] },
    duration: { amount, unit }
  })

describe("Deadline from the spec", () => {
  it("callback within three days of the service is due at the end of the third day", () => {
    // Service on Thursday 2026-03-05 14:00 Shanghai → due Sunday 2026-03-08 23:59:59.999.
    const t = Deadline.fromHistory(
      callback,
      [entry("2026-03-05T01:00:00.000Z", "create"), entry("2026-03-05T06:00:00.000Z", "serve")],
      cn
    )
    expect(t).toEqual({ startedAt: "2026-03-05T06:00:00.000Z", dueAt: "2026-03-08T15:59:59.999Z" })
    expect(Deadline.status(callback, t, "2026-03-06T02:00:00Z", cn)).toBe("on-track")
    expect(Deadline.status(callback, t, "2026-03-08T02:00:00Z", cn)).toBe("due-soon")
    expect(Deadline.status(callback, t, "2026-03-08T16:00:00Z", cn)).toBe("overdue")
  })

  it("contact within one week starts at the record's creation", () => {
    const t = Deadline.fromHistory(contactNewCustomer, [entry("2026-03-02T01:00:00.000Z", "assign")], cn)
    expect(t.dueAt).toBe("2026-03-09T15:59:59.999Z")
    const met = Deadline.advance(
      contactNewCustomer,
      t,
      entry("2026-03-04T03:00:00.000Z", "record-contact"),
      cn
    )
    expect(met.metAt).toBe("2026-03-04T03:00:00.000Z")
    expect(Deadline.status(contactNewCustomer, met, "2026-04-01T00:00:00Z", cn)).toBe("met")
  })

  it("3 working days after Thursday 2026-02-12 are due at the close of Tuesday 2026-02-24", () => {
    const t = Deadline.fromHistory(reply("workingDays"), [entry("2026-02-12T02:00:00.000Z", "create")], cn)
    expect(t.dueAt).toBe("2026-02-24T10:00:00.000Z")
  })

  it("a clock that has not started is on track and says so", () => {
    const t = Deadline.fromHistory(callback, [entry("2026-03-05T01:00:00.000Z", "create")], cn)
    expect(t).toEqual({})
    expect(Deadline.status(callback, t, "2026-04-01T00:00:00Z", cn)).toBe("on-track")
    expect(Deadline.describe(callback, t, "2026-04-01T00:00:00Z", cn).message).toEqual({
      code: "deadline.notStarted"
    })
  })

  it("the deadline is met by entering a met state as well as by a met command", () => {
    const t = Deadline.fromHistory(
      callback,
      [entry("2026-03-05T06:00:00.000Z", "serve"), entry("2026-03-06T06:00:00.000Z", "close", "closed")],
      cn
    )
    expect(t.metAt).toBe("2026-03-06T06:00:00.000Z")
  })
})

describe("Deadline pauses", () => {
  it("a pause on an hours clock pushes the due time by its elapsed length", () => {
    const t = Deadline.fromHistory(
      reply("hours", 4),
      [
        entry("2026-03-02T00:00:00.000Z", "create"),
        entry("2026-03-02T01:00:00.000Z", "pause"),
        entry("2026-03-02T03:00:00.000Z", "resume")
      ],
      cn
    )
    expect(t.pauses).toEqual([{ from: "2026-03-02T01:00:00.000Z", to: "2026-03-02T03:00:00.000Z" }])
    expect(t.dueAt).toBe("2026-03-02T06:00:00.000Z")
  })

  it("on a working-day clock a pause moves the due time by the working time it covered", () => {
    const policy = reply("workingDays", 3)
    const base = [entry("2026-03-02T02:00:00.000Z", "create")] // Monday 10:00 → due Thursday 18:00
    expect(Deadline.fromHistory(policy, base, cn).dueAt).toBe("2026-03-05T10:00:00.000Z")
    // Paused Tuesday 10:00–11:30 Shanghai: 1.5 working hours → Friday 10:30.
    const paused = [
      ...base,
      entry("2026-03-03T02:00:00.000Z", "pause"),
      entry("2026-03-03T03:30:00.000Z", "resume")
    ]
    expect(Deadline.fromHistory(policy, paused, cn).dueAt).toBe("2026-03-06T02:30:00.000Z")
    // Paused over the weekend only: no working time, no shift.
    const weekend = [
      ...base,
      entry("2026-03-07T02:00:00.000Z", "pause"),
      entry("2026-03-08T02:00:00.000Z", "resume")
    ]
    expect(Deadline.fromHistory(policy, weekend, cn).dueAt).toBe("2026-03-05T10:00:00.000Z")
  })

  it("while paused, status judges against the due time pushed out by the pause so far", () => {
    const policy = reply("hours", 2)
    const t = Deadline.fromHistory(
      policy,
      [entry("2026-03-02T00:00:00.000Z", "create"), entry("2026-03-02T01:00:00.000Z", "pause")],
      cn
    )
    expect(t.pausedAt).toBe("2026-03-02T01:00:00.000Z")
    expect(t.dueAt).toBe("2026-03-02T02:00:00.000Z")
    // Five hours later the clock is still paused with one hour left: not overdue.
    expect(Deadline.status(policy, t, "2026-03-02T06:00:00Z", cn)).toBe("due-soon")
    expect(Deadline.describe(policy, t, "2026-03-02T06:00:00Z", cn).message).toEqual({
      code: "deadline.paused"
    })
  })

  it("meeting a paused deadline closes the pause", () => {
    const policy = reply("hours", 2)
    const t = Deadline.fromHistory(
      policy,
      [
        entry("2026-03-02T00:00:00.000Z", "create"),
        entry("2026-03-02T01:00:00.000Z", "pause"),
        entry("2026-03-02T05:00:00.000Z", "reply")
      ],
      cn
    )
    expect(t).toMatchObject({ metAt: "2026-03-02T05:00:00.000Z", dueAt: "2026-03-02T06:00:00.000Z" })
    expect(t.pausedAt).toBeUndefined()
    expect(Deadline.describe(policy, t, "2026-03-03T00:00:00Z", cn).message).toEqual({
      code: "deadline.met.onTime"
    })
  })
})

describe("Deadline agreed time and recompute", () => {
  it("an agreed time replaces the computed due time and later pauses do not move it", () => {
    const policy = reply("hours", 2)
    const started = Deadline.fromHistory(policy, [entry("2026-03-02T00:00:00.000Z", "create")], cn)
    const agreed = Deadline.withDueAt(policy, started, "2026-03-04T06:00:00.000Z")
    expect(agreed.dueAt).toBe("2026-03-04T06:00:00.000Z")
    const paused = Deadline.advance(policy, agreed, entry("2026-03-02T01:00:00.000Z", "pause"), cn)
    const resumed = Deadline.advance(policy, paused, entry("2026-03-03T01:00:00.000Z", "resume"), cn)
    expect(resumed.dueAt).toBe("2026-03-04T06:00:00.000Z")
    expect(Deadline.status(policy, resumed, "2026-03-03T02:00:00Z", cn)).toBe("on-track")
  })

  it("an Unknown due date becomes Known once newer calendar data covers it", () => {
    const policy = reply("workingDays", 3)
    const t = Deadline.fromHistory(policy, [entry("2026-12-30T02:00:00.000Z", "create")], cn)
    expect(t.dueAt).toBeUndefined()
    expect(t).toMatchObject({ unknown: true, estimate: "2027-01-04T10:00:00.000Z" })
    const description = Deadline.describe(policy, t, "2026-12-30T03:00:00Z", cn)
    expect(description.provisional).toBe(true)
    expect(description.reason).toEqual({
      code: "calendar.unknown",
      params: { calendar: "cn-mainland", date: "2027-01-01" }
    })

    const y2027: Calendar.Dataset = {
      version: "2027.test",
      source: "test data",
      from: "2027-01-01",
      to: "2027-12-31",
      holidays: [{ name: { "zh-CN": "元旦", en: "New Year's Day" }, from: "2027-01-01", to: "2027-01-03" }],
      makeUpDays: []
    }
    const newer = Calendar.withData(cn, y2027)
    const recomputed = Deadline.recompute(policy, t, newer)
    expect(recomputed).toEqual({ startedAt: "2026-12-30T02:00:00.000Z", dueAt: "2027-01-05T10:00:00.000Z" })
    expect(recomputed).toEqual(
      Deadline.fromHistory(policy, [entry("2026-12-30T02:00:00.000Z", "create")], newer)
    )
  })
})

describe("Deadline descriptions", () => {
  it("says how many working days are left, in zh-CN and en", () => {
    const policy = reply("workingDays", 3)
    const t = Deadline.fromHistory(policy, [entry("2026-03-02T02:00:00.000Z", "create")], cn)
    const d = Deadline.describe(policy, t, "2026-03-03T02:00:00Z", cn)
    expect(d).toMatchObject({ status: "on-track", dueAt: "2026-03-05T10:00:00.000Z", provisional: false })
    expect(Messages.render(d.message, "en")).toBe("2 working days left")
    expect(Messages.render(d.message, "zh-CN")).toBe("还剩 2 个工作日")
  })

  it("says how long it is overdue", () => {
    const policy = reply("hours", 2)
    const t = Deadline.fromHistory(policy, [entry("2026-03-02T00:00:00.000Z", "create")], cn)
    const d = Deadline.describe(policy, t, "2026-03-02T05:10:00Z", cn)
    expect(d.status).toBe("overdue")
    expect(Messages.render(d.message, "en")).toBe("overdue by 3 hours")
    expect(Messages.render(d.message, "zh-CN")).toBe("已逾期 3 小时")
    expect(Messages.render(Deadline.describe(policy, t, "2026-03-04T03:00:00Z", cn).message, "en")).toBe(
      "overdue by 2 days"
    )
  })

  it("on the due day of a working-day clock it counts working hours, then minutes", () => {
    const policy = reply("workingDays", 1)
    const t = Deadline.fromHistory(policy, [entry("2026-03-02T02:00:00.000Z", "create")], cn)
    // Tuesday 11:00 Shanghai: 1 h before lunch + 4.5 h after = 5 working hours left.
    expect(Messages.render(Deadline.describe(policy, t, "2026-03-03T03:00:00Z", cn).message, "en")).toBe(
      "5 working hours left"
    )
    expect(Messages.render(Deadline.describe(policy, t, "2026-03-03T09:59:00Z", cn).message, "en")).toBe(
      "1 minute left"
    )
  })

  it("a deadline met after its due time says it was met late", () => {
    const policy = reply("hours", 1)
    const t = Deadline.fromHistory(
      policy,
      [entry("2026-03-02T00:00:00.000Z", "create"), entry("2026-03-02T03:00:00.000Z", "reply")],
      cn
    )
    expect(Deadline.describe(policy, t, "2026-03-05T00:00:00Z", cn)).toMatchObject({
      status: "met",
      message: { code: "deadline.met.late" }
    })
  })
})

// ---------------------------------------------------------------------------------------------
// properties
// ---------------------------------------------------------------------------------------------

const units: ReadonlyArray<Deadline.Unit> = ["calendarDays", "workingDays", "businessHours", "hours"]
const commands = ["note", "pause", "resume", "reply"] as const
const startMs = Date.parse("2024-01-02T00:00:00Z")
const spanMs = Date.parse("2026-10-01T00:00:00Z") - startMs

/** A history: a creation, then commands at increasing times (minutes apart, up to 3 days). */
const historyArb = fc
  .record({
    start: fc.integer({ min: 0, max: spanMs }),
    steps: fc.array(
      fc.record({ gap: fc.integer({ min: 1, max: 3 * 24 * 60 }), command: fc.constantFrom(...commands) }),
      { maxLength: 8 }
    )
  })
  .map(({ start, steps }) => {
    let at = startMs + start
    const list: Array<History.Entry> = [entryAt(1, at, "create")]
    steps.forEach((s, i) => {
      at += s.gap * 60_000
      list.push(entryAt(i + 2, at, s.command))
    })
    return list
  })

function entryAt(v: number, at: number, command: string): History.Entry {
  return {
    recordId: "r",
    version: v,
    at: new Date(at).toISOString(),
    actor: specialist,
    command,
    from: "a",
    to: "a"
  }
}

const dueOf = (t: Deadline.Tracker): number => Date.parse(t.dueAt ?? t.estimate ?? "")

describe("Deadline properties", () => {
  it("property: fromHistory equals the fold of advance over the history", () => {
    fc.assert(
      fc.property(historyArb, fc.constantFrom(...units), (history, unit) => {
        const policy = reply(unit)
        const folded = history.reduce<Deadline.Tracker | undefined>(
          (t, e) => Deadline.advance(policy, t, e, cn),
          undefined
        )
        expect(Deadline.fromHistory(policy, history, cn)).toEqual(folded)
        // And the order entries arrive in does not matter: fromHistory sorts them first.
        expect(Deadline.fromHistory(policy, [...history].reverse(), cn)).toEqual(folded)
      })
    )
  })

  it("property: pausing never makes a deadline earlier", () => {
    fc.assert(
      fc.property(historyArb, fc.constantFrom(...units), (history, unit) => {
        const policy = reply(unit)
        const withPauses = Deadline.fromHistory(policy, history, cn)
        const withoutPauses = Deadline.fromHistory(
          policy,
          history.filter((e) => e.command !== "pause" && e.command !== "resume"),
          cn
        )
        expect(dueOf(withPauses)).toBeGreaterThanOrEqual(dueOf(withoutPauses))
      })
    )
  })

  it("property: status is met exactly when metAt is set", () => {
    fc.assert(
      fc.property(
        historyArb,
        fc.constantFrom(...units),
        fc.integer({ min: 0, max: spanMs + 30 * 86_400_000 }),
        (history, unit, now) => {
          const policy = reply(unit)
          const t = Deadline.fromHistory(policy, history, cn)
          const s = Deadline.status(policy, t, startMs + now, cn)
          expect(s === "met").toBe(t.metAt !== undefined)
          expect(t.metAt).toBe(history.find((e) => e.command === "reply")?.at)
        }
      )
    )
  })

  it("property: a tracker survives a JSON round trip unchanged", () => {
    fc.assert(
      fc.property(historyArb, fc.constantFrom(...units), (history, unit) => {
        const t = Deadline.fromHistory(reply(unit), history, cn)
        expect(JSON.parse(JSON.stringify(t))).toEqual(t)
        expect(Deadline.recompute(reply(unit), t, cn)).toEqual(t)
      })
    )
  })
})
