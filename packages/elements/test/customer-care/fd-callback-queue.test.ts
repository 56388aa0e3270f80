import "../../src/define/fd-provider.js"
import "../../src/define/fd-callback-queue.js"
import { Callback } from "@frontdesk/domain/customer-care"
import axe from "axe-core"
import { afterEach, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import type { FdProvider } from "../../src/common/fd-provider.js"
import type { FdCallbackQueue, SelectDetail } from "../../src/customer-care/fd-callback-queue.js"
import { cleanup, mount, settle, textOf } from "../common/fixtures.js"
import { callback, careDesk, supervisor, wang, zhao } from "./care-desk.js"

const judgedAt = new Date("2026-03-05T02:00:00.000Z")

const seeded = async () => {
  const clock = careDesk("2026-03-01T02:00:00.000Z")
  const { desk, at } = clock
  await callback(desk, "cb-old", { assignee: "u-1", customerName: "张伟", phone: "13812345678" })
  at("2026-03-03T02:00:00.000Z")
  await callback(desk, "cb-new", { assignee: "u-1", customerName: "刘洋", phone: "13900001111" })
  await callback(desk, "cb-zhao", { assignee: "u-3", customerName: "陈静", phone: "13700002222" })
  await callback(desk, "cb-done", { assignee: "u-1", customerName: "孙丽", phone: "13600003333" })
  at("2026-03-03T03:00:00.000Z")
  await callback(desk, "cb-agreed", { assignee: "u-1", customerName: "周杰", phone: "13500004444" })
  // The customer asked to be called back this afternoon: that agreed time is the most urgent.
  await desk.run(Callback.workflow, "cb-agreed", "agreeTime", { agreedAt: "2026-03-03T15:00" }, wang)
  await desk.run(
    Callback.workflow,
    "cb-done",
    "complete",
    { method: "phone", outcome: "surveyed", satisfaction: "satisfied", notes: "满意" },
    wang
  )
  return clock
}

const setup = async (lang: string, actor = wang, attrs = "") => {
  const { desk } = await seeded()
  const provider = await mount<FdProvider>(
    `<fd-provider><div lang="${lang}"><fd-callback-queue ${attrs}></fd-callback-queue></div></fd-provider>`
  )
  const el = provider.querySelector("fd-callback-queue")!
  el.now = judgedAt
  el.specialists = [
    { id: "u-1", name: "王芳" },
    { id: "u-3", name: "赵敏" }
  ]
  provider.desk = desk
  provider.actor = actor
  await settle(provider)
  await el.reload()
  await settle(provider)
  return { desk, provider, el }
}

const rowIds = (el: FdCallbackQueue) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>("[part~=row]")].map((row) => row.dataset.id)

describe("fd-callback-queue", () => {
  afterEach(cleanup)

  it("has no accessibility violations in Chinese and in English", async () => {
    const zh = await setup("zh-CN")
    expect((await axe.run(zh.el)).violations).toEqual([])
    cleanup()
    const en = await setup("en")
    expect((await axe.run(en.el)).violations).toEqual([])
  })

  it("lists the acting specialist's open callbacks, overdue and due soon first, an agreed time honoured", async () => {
    const { el } = await setup("zh-CN")
    // cb-agreed is due at its agreed time (3 Mar), cb-old on 4 Mar, cb-new on 6 Mar; cb-done is
    // completed and cb-zhao belongs to another specialist.
    expect(rowIds(el)).toEqual(["cb-agreed", "cb-old", "cb-new"])
  })

  it("shows every phone number masked, never in full", async () => {
    const { el } = await setup("zh-CN")
    const text = textOf(el)
    expect(text).toContain("138****5678")
    expect(text).toContain("139****1111")
    expect(text).not.toContain("13812345678")
    expect(text).not.toContain("13900001111")
  })

  it("says where each deadline stands in words and with a symbol, in both languages", async () => {
    const zh = await setup("zh-CN")
    const first = zh.el.shadowRoot!.querySelector("[data-id=cb-old] .badge")!
    expect(first.getAttribute("data-status")).toBe("overdue")
    expect(first.textContent).toContain("已逾期")
    expect(first.textContent).toContain("✕")
    const later = zh.el.shadowRoot!.querySelector("[data-id=cb-new] .badge")!
    expect(later.textContent).toContain("▲")
    cleanup()
    const en = await setup("en")
    expect(en.el.shadowRoot!.querySelector("[data-id=cb-old] .badge")!.textContent).toContain("overdue")
    expect(textOf(en.el)).toContain("after-sale / phone")
  })

  it("lists another specialist's callbacks when the filter chooses them", async () => {
    const { el } = await setup("en", supervisor)
    expect(textOf(el)).toContain("Choose a specialist")
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>("[part~=filter] select")!
    await userEvent.selectOptions(select, "u-3")
    await el.reload()
    await settle(el)
    expect(rowIds(el)).toEqual(["cb-zhao"])
    expect(el.shadowRoot!.querySelector("caption")!.textContent).toContain("赵敏")
  })

  it("takes the specialist from the assignee attribute over the acting person", async () => {
    const { el } = await setup("zh-CN", zhao, 'assignee="u-1"')
    expect(rowIds(el)).toEqual(["cb-agreed", "cb-old", "cb-new"])
  })

  it("moves between rows with the arrow keys and chooses one with Enter", async () => {
    const { el } = await setup("en")
    const chosen: Array<string> = []
    el.addEventListener("fd-select", (event) => chosen.push((event as CustomEvent<SelectDetail>).detail.id))
    const openers = [...el.shadowRoot!.querySelectorAll<HTMLElement>("[part~=open]")]
    openers[0]!.focus()
    await userEvent.keyboard("{ArrowDown}")
    expect(el.shadowRoot!.activeElement).toBe(openers[1])
    await userEvent.keyboard("{End}")
    expect(el.shadowRoot!.activeElement).toBe(openers[2])
    await userEvent.keyboard("{Enter}")
    expect(chosen).toEqual(["cb-new"])
    await settle(el)
    expect(el.shadowRoot!.querySelector("[data-id=cb-new]")!.getAttribute("aria-current")).toBe("true")
    expect(openers[2]!.getAttribute("aria-label")).toBe("Open the callback of 刘洋")
  })

  it("renders links when given hrefFor, and a host that handles fd-select keeps the page", async () => {
    const { el } = await setup("en")
    el.hrefFor = (id) => `#callback/${id}`
    await settle(el)
    el.addEventListener("fd-select", (event) => event.preventDefault())
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>("a[part~=open]")!
    expect(link.getAttribute("href")).toBe("#callback/cb-agreed")
    link.click()
    expect(location.hash).not.toBe("#callback/cb-agreed")
  })

  it("follows the desk: a callback completed elsewhere leaves the queue", async () => {
    const { desk, el } = await setup("zh-CN")
    await desk.run(
      Callback.workflow,
      "cb-old",
      "complete",
      { method: "phone", outcome: "surveyed", satisfaction: "satisfied", notes: "满意" },
      wang
    )
    await expect.poll(() => rowIds(el)).toEqual(["cb-agreed", "cb-new"])
  })
})
