import "../../src/define/fd-deadline-badge.js"
import { Calendar, Deadline } from "@frontdesk/domain"
import axe from "axe-core"
import { afterEach, describe, expect, it, vi } from "vitest"
import type { FdDeadlineBadge } from "../../src/common/fd-deadline-badge.js"
import { cleanup, mount, settle } from "./fixtures.js"

// 三天之内回访: a callback opened 2026-03-02 09:00 Shanghai is due by the end of 2026-03-05.
const policy = Deadline.make({
  id: "callback",
  start: "created",
  met: { commands: ["complete"] },
  duration: Deadline.calendarDays(3)
})
const tracker: Deadline.Tracker = { startedAt: "2026-03-02T01:00:00.000Z", dueAt: "2026-03-05T15:59:59.999Z" }

const part = (el: FdDeadlineBadge, name: string) => el.shadowRoot!.querySelector(`[part=${name}]`)
const text = (el: FdDeadlineBadge, name: string) => part(el, name)?.textContent?.replace(/\s+/g, " ").trim()

const badge = async (lang: string, now: string | undefined, t: Deadline.Tracker = tracker) => {
  const el = await mount<FdDeadlineBadge>(`<fd-deadline-badge lang="${lang}"></fd-deadline-badge>`)
  el.policy = policy
  el.tracker = t
  if (now !== undefined) el.now = now
  await settle(el)
  return el
}

describe("fd-deadline-badge", () => {
  afterEach(() => {
    vi.useRealTimers()
    cleanup()
  })

  it("has no accessibility violations in any status", async () => {
    for (const now of ["2026-03-03T02:00:00Z", "2026-03-05T10:00:00Z", "2026-03-06T02:00:00Z"]) {
      const el = await badge("zh-CN", now)
      expect((await axe.run(el)).violations).toEqual([])
    }
  })

  it("announces the status word only, so the minute-by-minute time left is not read out each minute", async () => {
    const el = await badge("zh-CN", "2026-03-03T02:00:00Z")
    const live = el.shadowRoot!.querySelectorAll("[role=status]")
    expect(live.length).toBe(1)
    expect(live[0]!.textContent).toBe("正常")
    expect(el.shadowRoot!.querySelector("[part=detail]")!.closest("[role=status]")).toBeNull()
    expect(el.getAttribute("role")).toBeNull()
  })

  it("is on track with days left and the due time in Shanghai time", async () => {
    const el = await badge("zh-CN", "2026-03-03T02:00:00Z")
    expect(el.getAttribute("status")).toBe("on-track")
    expect(text(el, "status")).toBe("正常")
    expect(text(el, "detail")).toBe("还剩 2 天")
    expect(text(el, "due")).toBe("截止 2026年3月5日 23:59")
    expect(part(el, "due")!.getAttribute("datetime")).toBe("2026-03-05T15:59:59.999Z")
  })

  it("is due soon on the last day, in English too", async () => {
    const el = await badge("en", "2026-03-05T10:00:00Z")
    expect(el.getAttribute("status")).toBe("due-soon")
    expect(text(el, "status")).toBe("due soon")
    expect(text(el, "due")).toBe("due Mar 5, 2026, 23:59")
  })

  it("is overdue once the due time has passed", async () => {
    const el = await badge("zh-CN", "2026-03-06T02:00:00Z")
    expect(el.getAttribute("status")).toBe("overdue")
    expect(text(el, "status")).toBe("已逾期")
    expect(text(el, "detail")).toBe("已逾期 10 小时")
  })

  it("is met once the met time is set, whatever the clock says", async () => {
    const el = await badge("en", "2026-03-09T02:00:00Z", { ...tracker, metAt: "2026-03-04T02:00:00.000Z" })
    expect(el.getAttribute("status")).toBe("met")
    expect(text(el, "status")).toBe("met")
    expect(text(el, "detail")).toBe("met on time")
  })

  it("tells statuses apart by words and symbol, not colour alone", async () => {
    const seen = new Map<string, { words: string; icon: string; colour: string }>()
    for (const now of ["2026-03-03T02:00:00Z", "2026-03-05T10:00:00Z", "2026-03-06T02:00:00Z"]) {
      const el = await badge("en", now)
      seen.set(el.getAttribute("status")!, {
        words: text(el, "status")!,
        icon: text(el, "icon")!,
        colour: getComputedStyle(part(el, "badge")!).color
      })
    }
    const values = [...seen.values()]
    expect(new Set(values.map((v) => v.words)).size).toBe(3)
    expect(new Set(values.map((v) => v.icon)).size).toBe(3)
    expect(new Set(values.map((v) => v.colour)).size).toBe(3)
  })

  it("takes colours from --fd-* properties set by the page", async () => {
    const el = await badge("en", "2026-03-06T02:00:00Z")
    el.style.setProperty("--fd-color-danger", "rgb(1, 2, 3)")
    expect(getComputedStyle(part(el, "badge")!).color).toBe("rgb(1, 2, 3)")
  })

  it("marks a due time the calendar could not be sure of as provisional, with the reason", async () => {
    const unsure: Deadline.Tracker = {
      startedAt: "2026-12-30T01:00:00.000Z",
      unknown: true,
      estimate: "2027-01-04T15:59:59.999Z",
      reason: { code: "calendar.unknown", params: { calendar: "cn-mainland", date: "2027-01-01" } }
    }
    const zh = await badge("zh-CN", "2026-12-31T02:00:00Z", unsure)
    expect(text(zh, "provisional")).toContain("暂定")
    expect(text(zh, "provisional")).toContain("2027-01-01")
    const en = await badge("en", "2026-12-31T02:00:00Z", unsure)
    expect(text(en, "provisional")).toContain("provisional")
    const sure = await badge("en", "2026-03-03T02:00:00Z")
    expect(part(sure, "provisional")).toBeNull()
  })

  it("finds the policy in the workflow and the tracker on the record", async () => {
    const el = await mount<FdDeadlineBadge>(
      `<fd-deadline-badge lang="en" name="callback"></fd-deadline-badge>`
    )
    el.workflow = {
      deadlines: [
        { name: "other", policy: Deadline.make({ ...policy, id: "other", duration: Deadline.hours(1) }) },
        { name: "callback", policy }
      ]
    }
    el.record = { deadlines: { callback: tracker } }
    el.now = "2026-03-06T02:00:00Z"
    el.calendar = Calendar.cnMainland()
    await settle(el)
    expect(el.getAttribute("status")).toBe("overdue")
  })

  it("says there is no deadline when it has none", async () => {
    const el = await mount<FdDeadlineBadge>(`<fd-deadline-badge lang="en"></fd-deadline-badge>`)
    expect(text(el, "status")).toBe("no deadline")
    expect(el.hasAttribute("status")).toBe(false)
  })

  it("follows the clock each minute when no now is given", async () => {
    vi.useFakeTimers({
      now: new Date("2026-03-05T15:59:30.000Z"),
      toFake: ["setInterval", "clearInterval", "Date"]
    })
    const el = await mount<FdDeadlineBadge>(`<fd-deadline-badge lang="en"></fd-deadline-badge>`)
    el.policy = policy
    el.tracker = tracker
    await el.updateComplete
    expect(el.getAttribute("status")).toBe("due-soon")
    vi.advanceTimersByTime(60_000)
    await el.updateComplete
    expect(el.getAttribute("status")).toBe("overdue")
  })
})
