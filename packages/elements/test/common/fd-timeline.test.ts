import "../../src/define/fd-provider.js"
import "../../src/define/fd-timeline.js"
import type { History } from "@frontdesk/domain"
import axe from "axe-core"
import { afterEach, describe, expect, it } from "vitest"
import type { FdProvider } from "../../src/common/fd-provider.js"
import type { FdTimeline } from "../../src/common/fd-timeline.js"
import { FakeDesk } from "./fake-desk.js"
import { cleanup, mount, settle, textOf } from "./fixtures.js"

const wang = { id: "u-1", name: "王芳", roles: ["specialist"] }
const li = { id: "u-2", name: "李强", roles: ["supervisor"] }

// 2026-03-02 01:30 UTC is 09:30 in Shanghai: a morning callback.
const entries: ReadonlyArray<History.Entry> = [
  {
    recordId: "cb-1",
    version: 3,
    at: "2026-03-03T06:05:00.000Z",
    actor: li,
    command: "close",
    from: "completed",
    to: "closed",
    note: "客户满意"
  },
  {
    recordId: "cb-1",
    version: 2,
    at: "2026-03-02T01:30:00.000Z",
    actor: wang,
    command: "complete",
    from: "open",
    to: "completed"
  }
]

const workflow = {
  states: [
    { id: "open", label: { "zh-CN": "待回访", en: "open" } },
    { id: "completed", label: { "zh-CN": "已回访", en: "called back" } },
    { id: "closed", label: { "zh-CN": "已关闭", en: "closed" } }
  ],
  commands: [
    { name: "complete", label: { "zh-CN": "完成回访", en: "Complete callback" } },
    { name: "close", label: { "zh-CN": "关闭", en: "Close" } }
  ]
}

const items = (el: FdTimeline) => [...el.shadowRoot!.querySelectorAll("li")]

describe("fd-timeline", () => {
  afterEach(cleanup)

  it("has no accessibility violations", async () => {
    const el = await mount<FdTimeline>(`<fd-timeline lang="zh-CN"></fd-timeline>`)
    el.entries = entries
    el.workflow = workflow
    await settle(el)
    expect((await axe.run(el)).violations).toEqual([])
  })

  it("shows entries oldest first as an ordered list with a name", async () => {
    const el = await mount<FdTimeline>(`<fd-timeline lang="en"></fd-timeline>`)
    el.entries = entries
    await settle(el)
    const list = el.shadowRoot!.querySelector("ol")!
    expect(list.getAttribute("aria-label")).toBe("History")
    expect(items(el).map((li) => li.querySelector("[part=command]")!.textContent)).toEqual([
      "complete",
      "close"
    ])
  })

  it("shows who, command and state labels, the note, and when in Shanghai time (zh-CN)", async () => {
    const el = await mount<FdTimeline>(`<fd-timeline lang="zh-CN"></fd-timeline>`)
    el.entries = entries
    el.workflow = workflow
    await settle(el)
    const [first, second] = items(el)
    expect(first!.querySelector("[part=command]")!.textContent).toBe("完成回访")
    expect(first!.querySelector("[part=from]")!.textContent).toBe("待回访")
    expect(first!.querySelector("[part=to]")!.textContent).toBe("已回访")
    expect(first!.querySelector("[part=actor]")!.textContent).toBe("经办人：王芳")
    const time = first!.querySelector("time")!
    expect(time.getAttribute("datetime")).toBe("2026-03-02T01:30:00.000Z")
    expect(time.textContent).toBe("2026年3月2日 09:30")
    expect(second!.querySelector("time")!.textContent).toBe("2026年3月3日 14:05")
    expect(second!.querySelector("[part=note]")!.textContent).toBe("客户满意")
    expect(first!.querySelector("[part=note]")).toBeNull()
  })

  it("formats times in English and in another time zone when asked", async () => {
    const el = await mount<FdTimeline>(`<fd-timeline lang="en" time-zone="Europe/London"></fd-timeline>`)
    el.entries = entries
    el.workflow = workflow
    await settle(el)
    const time = items(el)[0]!.querySelector("time")!
    expect(time.textContent).toBe("Mar 2, 2026, 01:30")
    expect(textOf(items(el)[0])).toContain("Complete callback")
    expect(textOf(items(el)[0])).toContain("By 王芳")
  })

  it("takes the organisation's time zone from the provider", async () => {
    const provider = await mount<FdProvider>(
      `<fd-provider time-zone="Asia/Tokyo" locale="en"><fd-timeline></fd-timeline></fd-provider>`
    )
    const el = provider.querySelector("fd-timeline")!
    el.entries = entries
    await settle(provider)
    expect(items(el)[0]!.querySelector("time")!.textContent).toBe("Mar 2, 2026, 10:30")
  })

  it("says so when there is no history", async () => {
    const el = await mount<FdTimeline>(`<fd-timeline lang="zh-CN"></fd-timeline>`)
    el.entries = []
    await settle(el)
    expect(textOf(el)).toBe("暂无处理记录")
    expect(el.shadowRoot!.querySelector("ol")).toBeNull()
  })

  it("loads through the desk and shows entries appended later, once the desk reports the change", async () => {
    const desk = new FakeDesk()
    desk.put("callbacks", { id: "cb-1", version: 2, state: "completed" }, [entries[1]!])
    desk.put("callbacks", { id: "cb-2", version: 1, state: "open" })
    const provider = await mount<FdProvider>(
      `<fd-provider locale="en"><fd-timeline collection="callbacks" record-id="cb-1"></fd-timeline></fd-provider>`
    )
    provider.desk = desk
    await settle(provider)
    const el = provider.querySelector("fd-timeline")!
    await el.load()
    expect(items(el)).toHaveLength(1)

    desk.append("callbacks", entries[0]!)
    await settle(provider)
    await el.load()
    expect(items(el).map((li) => li.querySelector("[part=command]")!.textContent)).toEqual([
      "complete",
      "close"
    ])
  })

  it("reloads on a watched change without being asked", async () => {
    const desk = new FakeDesk()
    desk.put("callbacks", { id: "cb-1", version: 2, state: "completed" }, [entries[1]!])
    const el = await mount<FdTimeline>(`<fd-timeline collection="callbacks" record-id="cb-1"></fd-timeline>`)
    el.desk = desk
    await settle(el)
    await expect.poll(() => items(el).length).toBe(1)
    desk.append("callbacks", entries[0]!)
    await expect.poll(() => items(el).length).toBe(2)
  })

  it("stops watching when removed from the page", async () => {
    const desk = new FakeDesk()
    desk.put("callbacks", { id: "cb-1", version: 1, state: "open" })
    const el = await mount<FdTimeline>(`<fd-timeline collection="callbacks" record-id="cb-1"></fd-timeline>`)
    el.desk = desk
    await settle(el)
    expect(desk.watcherCount).toBe(1)
    el.remove()
    expect(desk.watcherCount).toBe(0)
  })
})
