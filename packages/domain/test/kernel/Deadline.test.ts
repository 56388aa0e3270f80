import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Calendar from "../../src/kernel/Calendar.js"
import * as ContactWindow from "../../src/kernel/ContactWindow.js"
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

  it("recompute leaves a met deadline as it was judged", () => {
    const policy = reply("workingDays", 3)
    const t = Deadline.fromHistory(
      policy,
      [entry("2026-12-30T02:00:00.000Z", "create"), entry("2026-12-31T02:00:00.000Z", "reply")],
      cn
    )
    const newer = Calendar.withData(cn, {
      version: "2027.test",
      source: "test data",
      from: "2027-01-01",
      to: "2027-12-31",
      holidays: [],
      makeUpDays: []
    })
    expect(Deadline.recompute(policy, t, newer)).toBe(t)
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

describe("Deadline contact windows", () => {
  // 09:00–12:00 and 14:00–20:00 Shanghai time, every day of the week.
  const windows = ContactWindow.make()
  const polite = (unit: Deadline.Unit, amount: number) =>
    Deadline.withContactWindows(reply(unit, amount), windows)
  const dueFrom = (policy: Deadline.Policy, at: string) =>
    Deadline.fromHistory(policy, [entry(at, "create")], cn)

  it("a callback due at 23:59:59 is due at 20:00 that day, when the customer can still be called", () => {
    // Served Thursday 2026-03-05 14:00 → three days end Sunday 23:59:59.999 → 20:00 Sunday.
    const politeCallback = { ...callback, contactWindows: windows }
    const history = [entry("2026-03-05T01:00:00.000Z", "create"), entry("2026-03-05T06:00:00.000Z", "serve")]
    expect(Deadline.fromHistory(callback, history, cn).dueAt).toBe("2026-03-08T15:59:59.999Z")
    expect(Deadline.fromHistory(politeCallback, history, cn).dueAt).toBe("2026-03-08T12:00:00.000Z")
  })

  it("a due time in the midday rest moves back to 12:00, one before 09:00 to 20:00 the day before", () => {
    expect(dueFrom(polite("hours", 4), "2026-03-02T01:00:00.000Z").dueAt).toBe("2026-03-02T04:00:00.000Z")
    // 18:00 + 14 h = 08:00 the next morning → 20:00 the evening before.
    expect(dueFrom(polite("hours", 14), "2026-03-02T10:00:00.000Z").dueAt).toBe("2026-03-02T12:00:00.000Z")
  })

  it("a due time inside a window or exactly at its end stays", () => {
    expect(dueFrom(polite("hours", 2), "2026-03-02T01:00:00.000Z").dueAt).toBe("2026-03-02T03:00:00.000Z")
    expect(dueFrom(polite("hours", 3), "2026-03-02T09:00:00.000Z").dueAt).toBe("2026-03-02T12:00:00.000Z")
  })

  it("when no window ends after the clock started, the due time is the end of the next window", () => {
    // Started 21:00, due 22:00: the last window closed at 20:00, before the start → 12:00 next day.
    expect(dueFrom(polite("hours", 1), "2026-03-02T13:00:00.000Z").dueAt).toBe("2026-03-03T04:00:00.000Z")
  })

  it("working-day deadlines move too, and so does the estimate of an Unknown one", () => {
    // Closes at 18:00 on a working day, inside 14:00–20:00: unchanged.
    expect(dueFrom(polite("workingDays", 3), "2026-03-02T02:00:00.000Z").dueAt).toBe(
      dueFrom(reply("workingDays", 3), "2026-03-02T02:00:00.000Z").dueAt
    )
    const evenings = Deadline.withContactWindows(
      reply("workingDays", 3),
      ContactWindow.make({ windows: [{ start: "19:00", end: "21:00" }] })
    )
    const t = dueFrom(evenings, "2026-12-30T02:00:00.000Z")
    // Estimated close 2027-01-04 18:00 → the evening window before it ended 2027-01-03 21:00.
    expect(t).toMatchObject({ unknown: true, estimate: "2027-01-03T13:00:00.000Z" })
  })

  it("a time agreed with the customer is not moved", () => {
    const t = Deadline.withDueAt(
      polite("hours", 4),
      dueFrom(polite("hours", 4), "2026-03-02T01:00:00.000Z"),
      "2026-03-02T15:00:00Z"
    )
    expect(t.dueAt).toBe("2026-03-02T15:00:00.000Z")
    expect(Deadline.recompute(polite("hours", 4), t, cn).dueAt).toBe("2026-03-02T15:00:00.000Z")
  })

  it("while paused, the due time is where resuming now would put it", () => {
    const policy = polite("hours", 4)
    const paused = Deadline.fromHistory(
      policy,
      [entry("2026-03-02T01:00:00.000Z", "create"), entry("2026-03-02T02:00:00.000Z", "pause")],
      cn
    )
    const now = "2026-03-02T05:30:00.000Z"
    const resumed = Deadline.fromHistory(
      policy,
      [
        entry("2026-03-02T01:00:00.000Z", "create"),
        entry("2026-03-02T02:00:00.000Z", "pause"),
        entry(now, "resume")
      ],
      cn
    )
    // 09:00 + 4 h + 3.5 h paused = 16:30, inside the afternoon window.
    expect(resumed.dueAt).toBe("2026-03-02T08:30:00.000Z")
    expect(Deadline.dueAt(policy, paused, now, cn)).toEqual(Calendar.known(new Date(resumed.dueAt ?? "")))
  })

  it("canContact and nextContact: any time without windows, else only inside them", () => {
    const open = reply("hours", 4)
    expect(Deadline.canContact(open, "2026-03-02T14:00:00Z")).toBe(true)
    expect(Deadline.nextContact(open, "2026-03-02T14:00:00Z")?.toISOString()).toBe("2026-03-02T14:00:00.000Z")
    const policy = polite("hours", 4)
    expect(Deadline.canContact(policy, "2026-03-02T14:00:00Z")).toBe(false) // 22:00
    expect(Deadline.canContact(policy, "2026-03-02T02:00:00Z")).toBe(true) // 10:00
    expect(Deadline.nextContact(policy, "2026-03-02T14:00:00Z")?.toISOString()).toBe(
      "2026-03-03T01:00:00.000Z"
    )
    expect(Deadline.nextContact(policy, "2026-03-02T02:00:00Z")?.toISOString()).toBe(
      "2026-03-02T02:00:00.000Z"
    )
  })

  it("contactViolations says when the customer can next be called, in zh-CN and en", () => {
    expect(Deadline.contactViolations(polite("hours", 4), "2026-03-02T02:00:00Z")).toEqual([])
    expect(Deadline.contactViolations(reply("hours", 4), "2026-03-02T14:00:00Z")).toEqual([])
    const [violation] = Deadline.contactViolations(polite("hours", 4), "2026-03-02T14:00:00Z")
    expect(violation?.code).toBe("contact.outsideWindow")
    expect(Messages.texts(violation!.message)).toEqual({
      "zh-CN": "现在是免打扰时段，下一个可联系时间是 2026-03-03 09:00",
      en: "It is quiet hours now; the next contact hours start at 2026-03-03 09:00"
    })
    const never = Deadline.withContactWindows(reply("hours", 4), ContactWindow.make({ windows: [] }))
    expect(Deadline.contactViolations(never, "2026-03-02T02:00:00Z").map((v) => v.message)).toEqual([
      { code: "contact.noWindows" }
    ])
  })

  it("withContactWindows keeps the policy itself when no windows are given", () => {
    const policy = reply("hours", 4)
    expect(Deadline.withContactWindows(policy, undefined)).toBe(policy)
  })

  it("property: a due time is never in quiet hours, never after the unmoved one unless no window fits, always after the start", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: spanMs }),
        fc.constantFrom(...units),
        fc.integer({ min: 1, max: 60 }),
        (start, unit, amount) => {
          const at = new Date(startMs + start).toISOString()
          const moved = dueOf(dueFrom(polite(unit, amount), at))
          const unmoved = dueOf(dueFrom(reply(unit, amount), at))
          expect(ContactWindow.isOpen(windows, moved) || ContactWindow.isOpen(windows, moved - 1)).toBe(true)
          expect(moved).toBeGreaterThan(Date.parse(at))
          if (moved > unmoved) {
            // Moved forward only when the whole span from the start to the unmoved due time is quiet.
            expect(
              ContactWindow.nextOpen(windows, at)?.getTime() ?? Number.POSITIVE_INFINITY
            ).toBeGreaterThan(unmoved)
          }
        }
      )
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

describe("Deadline descriptions at the edges", () => {
  const both = (d: Deadline.Description) => [
    Messages.render(d.message, "zh-CN"),
    Messages.render(d.message, "en")
  ]

  it("on the last day of a calendar-day clock the hours left count to midnight, not to its last millisecond", () => {
    // Due at the end of Sunday 2026-03-08 (Shanghai), stored as 23:59:59.999.
    const t = { startedAt: "2026-03-05T06:00:00.000Z", dueAt: "2026-03-08T15:59:59.999Z" }
    const at = (now: string) => both(Deadline.describe(callback, t, now, cn))
    expect(at("2026-03-07T16:00:00Z")).toEqual(["还剩 24 小时", "24 hours left"]) // 00:00
    expect(at("2026-03-08T14:00:00Z")).toEqual(["还剩 2 小时", "2 hours left"]) // 22:00
    expect(at("2026-03-08T15:00:00Z")).toEqual(["还剩 1 小时", "1 hour left"]) // 23:00
    expect(at("2026-03-08T15:58:00Z")).toEqual(["还剩 2 分钟", "2 minutes left"]) // 23:58
    expect(at("2026-03-08T15:59:59.999Z")).toEqual(["还剩 1 分钟", "1 minute left"])
    expect(at("2026-03-08T16:00:00Z")).toEqual(["已逾期 1 分钟", "overdue by 1 minute"])
    expect(at("2026-03-06T16:00:00Z")).toEqual(["还剩 1 天", "1 day left"])
    expect(at("2026-03-05T16:00:00Z")).toEqual(["还剩 2 天", "2 days left"])
  })

  it("an hours clock counts exactly: one minute before the due time is one minute", () => {
    const policy = reply("hours", 2)
    const t = { startedAt: "2026-03-02T00:00:00.000Z", dueAt: "2026-03-02T02:00:00.000Z" }
    const at = (now: string) => both(Deadline.describe(policy, t, now, cn))
    expect(at("2026-03-02T01:00:00Z")).toEqual(["还剩 1 小时", "1 hour left"])
    expect(at("2026-03-02T01:59:00Z")).toEqual(["还剩 1 分钟", "1 minute left"])
    expect(at("2026-03-02T03:00:00Z")).toEqual(["已逾期 1 小时", "overdue by 1 hour"])
    expect(at("2026-03-03T02:00:00Z")).toEqual(["已逾期 1 天", "overdue by 1 day"])
  })

  it("business hours say working hours, one and many", () => {
    const policy = reply("businessHours", 4)
    // Monday 2026-03-02 10:00 + 4 working hours = 15:30.
    const t = Deadline.fromHistory(policy, [entry("2026-03-02T02:00:00.000Z", "create")], cn)
    expect(t.dueAt).toBe("2026-03-02T07:30:00.000Z")
    const at = (now: string) => both(Deadline.describe(policy, t, now, cn))
    expect(at("2026-03-02T02:00:00Z")).toEqual(["还剩 4 个工作小时", "4 working hours left"])
    // 12:00 sharp: the lunch break does not count, so 2 working hours are left until 15:30.
    expect(at("2026-03-02T04:00:00Z")).toEqual(["还剩 2 个工作小时", "2 working hours left"])
    expect(at("2026-03-02T06:00:00Z")).toEqual(["还剩 1 个工作小时", "1 working hour left"])
  })

  it("a paused clock says so, and a clock met before it was due says met on time", () => {
    const policy = reply("workingDays", 3)
    const paused = Deadline.fromHistory(
      policy,
      [entry("2026-03-02T02:00:00.000Z", "create"), entry("2026-03-02T03:00:00.000Z", "pause")],
      cn
    )
    expect(both(Deadline.describe(policy, paused, "2026-03-10T02:00:00Z", cn))).toEqual([
      "已暂停计时",
      "clock paused"
    ])
    const met = Deadline.advance(policy, paused, entry("2026-03-03T03:00:00.000Z", "reply"), cn)
    expect(both(Deadline.describe(policy, met, "2026-04-01T00:00:00Z", cn))).toEqual([
      "已按时完成",
      "met on time"
    ])
  })

  it("a time agreed in the past is overdue at once: the domain has no clock to refuse it", () => {
    // Whether an agreed time may lie in the past is for the command that records it (it has `now`).
    const t = Deadline.withDueAt(
      callback,
      { startedAt: "2026-03-05T06:00:00.000Z", dueAt: "2026-03-08T15:59:59.999Z" },
      "2026-03-04T02:00:00Z"
    )
    expect(t).toMatchObject({ agreedDueAt: "2026-03-04T02:00:00.000Z", dueAt: "2026-03-04T02:00:00.000Z" })
    expect(Deadline.status(callback, t, "2026-03-05T06:00:00Z", cn)).toBe("overdue")
    expect(both(Deadline.describe(callback, t, "2026-03-05T06:00:00Z", cn))).toEqual([
      "已逾期 1 天",
      "overdue by 1 day"
    ])
  })

  it("a met trigger before the clock starts does not count: the obligation begins with the clock", () => {
    const t = Deadline.fromHistory(
      callback,
      [
        entry("2026-03-05T01:00:00.000Z", "create"),
        entry("2026-03-05T02:00:00.000Z", "complete"),
        entry("2026-03-05T06:00:00.000Z", "serve")
      ],
      cn
    )
    expect(t).toEqual({ startedAt: "2026-03-05T06:00:00.000Z", dueAt: "2026-03-08T15:59:59.999Z" })
  })

  it("a working-day pause across the Spring Festival moves the due time by the working time it covered", () => {
    const policy = reply("workingDays", 3)
    // Created Thursday 2026-02-12 10:00: due Tuesday 24th 18:00 (13th, make-up 14th, 24th).
    // Paused Friday 13th 17:00 to Tuesday 24th 10:00: 1 h + 7.5 h (make-up Saturday) + 1 h = 9.5 h.
    const t = Deadline.fromHistory(
      policy,
      [
        entry("2026-02-12T02:00:00.000Z", "create"),
        entry("2026-02-13T09:00:00.000Z", "pause"),
        entry("2026-02-24T02:00:00.000Z", "resume")
      ],
      cn
    )
    // 24th 18:00 + 9.5 working hours: all of the 25th (7.5 h), then 2 h on the 26th → 11:00.
    expect(t.dueAt).toBe("2026-02-26T03:00:00.000Z")
  })

  it("a paused tracker past the calendar's data becomes Known on newer data, and stays paused", () => {
    const policy = reply("workingDays", 3)
    const paused = Deadline.fromHistory(
      policy,
      [entry("2026-12-29T02:00:00.000Z", "create"), entry("2026-12-29T03:00:00.000Z", "pause")],
      cn
    )
    expect(paused).toMatchObject({ unknown: true, pausedAt: "2026-12-29T03:00:00.000Z" })
    const newer = Calendar.withData(cn, {
      version: "2027.test",
      source: "made-up test data",
      from: "2027-01-01",
      to: "2027-12-31",
      holidays: [{ name: { "zh-CN": "元旦", en: "New Year's Day" }, from: "2027-01-01", to: "2027-01-03" }],
      makeUpDays: []
    })
    const recomputed = Deadline.recompute(policy, paused, newer)
    // 30th, 31st, then Monday 4 January (1–3 January are the holiday).
    expect(recomputed).toEqual({
      startedAt: "2026-12-29T02:00:00.000Z",
      pausedAt: "2026-12-29T03:00:00.000Z",
      dueAt: "2027-01-04T10:00:00.000Z"
    })
    expect(Deadline.recompute(policy, recomputed, newer)).toEqual(recomputed)
    expect(Deadline.describe(policy, recomputed, "2027-01-05T02:00:00Z", newer)).toMatchObject({
      status: "on-track",
      provisional: false,
      message: { code: "deadline.paused" }
    })
  })
})

describe("Deadline.make", () => {
  it("refuses a duration or due-soon threshold that is not a finite number, when the policy is made", () => {
    for (const amount of [Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() =>
        Deadline.make({ id: "x", start: "created", met: {}, duration: Deadline.workingDays(amount) })
      ).toThrow(RangeError)
      expect(() =>
        Deadline.make({
          id: "x",
          start: "created",
          met: {},
          duration: Deadline.hours(2),
          dueSoon: Deadline.hours(amount)
        })
      ).toThrow(RangeError)
    }
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
