import "../../src/define/fd-provider.js"
import "../../src/define/fd-complaint-board.js"
import { type Actor, Workflow } from "@frontdesk/domain"
import { Complaint } from "@frontdesk/domain/customer-care"
import axe from "axe-core"
import { Result } from "effect"
import { afterEach, describe, expect, it, vi } from "vitest"
import { userEvent } from "vitest/browser"
import type { FdBoard } from "../../src/board/fd-board.js"
import type { FdProvider } from "../../src/common/fd-provider.js"
import type { FdComplaintBoard } from "../../src/customer-care/fd-complaint-board.js"
import { cleanup, mount, settle } from "../common/fixtures.js"
import { acceptance, complaint, complaintsDesk, department, supervisor, wang } from "./complaints-desk.js"

// 10:00 on Monday 2 March 2026 in Shanghai.
const start = "2026-03-02T02:00:00.000Z"

/** Complaints in several states, as the acceptance group, a department and a specialist left them. */
const seed = async () => {
  const clock = complaintsDesk(start)
  const { desk } = clock
  await complaint(desk, "cp-1", {
    customerName: "张伟",
    phone: "13800138000",
    promisedCallbackAt: "2026-03-03T17:00"
  })
  await complaint(desk, "cp-2", {
    customerName: "李娜",
    phone: "13900139000",
    kind: "suggestion",
    summary: "周日也营业"
  })
  await desk.run(Complaint.workflow, "cp-2", "route", { department: "门店运营部" }, acceptance)
  await complaint(desk, "cp-3", { customerName: "王磊", phone: "13700137000", summary: "账单多收费" })
  await desk.run(Complaint.workflow, "cp-3", "route", { department: "财务部" }, acceptance)
  await desk.run(Complaint.workflow, "cp-3", "handle", { resolution: "已退回多收费用" }, department)
  return clock
}

const page = async (lang: string, actor: Actor.Actor = acceptance) => {
  const clock = await seed()
  const provider = await mount<FdProvider>(`<fd-provider locale="${lang}">
    <fd-complaint-board></fd-complaint-board>
  </fd-provider>`)
  const el = provider.querySelector("fd-complaint-board")!
  el.departments = ["售后服务部", "财务部"]
  el.now = "2026-03-02T04:00:00.000Z"
  provider.desk = clock.desk
  provider.actor = actor
  await settle(provider)
  await el.reload()
  await settle(provider)
  return { ...clock, provider, el }
}

const board = (el: FdComplaintBoard) => el.shadowRoot!.querySelector<FdBoard>("fd-board")!
const boardRoot = (el: FdComplaintBoard) => board(el).shadowRoot!
const card = (el: FdComplaintBoard, id: string) =>
  boardRoot(el).querySelector<HTMLElement>(`[data-card="${id}"]`)!
const columnOf = (el: FdComplaintBoard, id: string) =>
  card(el, id)?.closest<HTMLElement>("[data-column]")?.dataset.column
const targetsOf = (el: FdComplaintBoard, id: string) =>
  board(el).targetsOf(board(el).cards.find((c) => c.id === id)!)
const dialog = (el: FdComplaintBoard) => el.shadowRoot!.querySelector("dialog")!
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, " ").trim() ?? ""

/** Opens a card's "Move to…" list and picks a column, by keyboard from the card. */
const moveByKeyboard = async (el: FdComplaintBoard, id: string, to: string) => {
  card(el, id).focus()
  await userEvent.tab()
  await userEvent.keyboard("{Enter}")
  await settle(el)
  const target = card(el, id).querySelector<HTMLButtonElement>(`[part~=target][data-to="${to}"]`)!
  target.focus()
  await userEvent.keyboard("{Enter}")
  await settle(el)
}

describe("fd-complaint-board", () => {
  afterEach(cleanup)

  for (const lang of ["zh-CN", "en"]) {
    it(`has no accessibility violations, on the board and with a move asking for input (${lang})`, async () => {
      const { el } = await page(lang)
      expect((await axe.run(el)).violations).toEqual([])
      void board(el).move("cp-1", "routed")
      await settle(el)
      expect(dialog(el).open).toBe(true)
      expect((await axe.run(el)).violations).toEqual([])
      // An empty department shows its message inline.
      dialog(el).querySelector<HTMLButtonElement>("button[type=submit]")!.click()
      await settle(el)
      expect(dialog(el).querySelector(".issue")).not.toBeNull()
      expect((await axe.run(el)).violations).toEqual([])
    })
  }

  it("shows each complaint in the column of its state, phone and name masked, with the promised-callback badge", async () => {
    const { el } = await page("en")
    expect(columnOf(el, "cp-1")).toBe("received")
    expect(columnOf(el, "cp-2")).toBe("routed")
    expect(columnOf(el, "cp-3")).toBe("handled")
    const first = text(card(el, "cp-1"))
    expect(first).toContain("张*")
    expect(first).toContain("138****8000")
    expect(first).not.toContain("13800138000")
    expect(first).toContain("维修后仍漏水")
    expect(text(card(el, "cp-3"))).toContain("Department: 财务部")
    expect(text(card(el, "cp-2"))).toContain("suggestion")
    // Promised for 17:00 on 3 March: the promise is the deadline, overdue from 17:00 on.
    const badge = card(el, "cp-1").querySelector("fd-deadline-badge")!
    expect(badge.description?.dueAt).toBe("2026-03-03T09:00:00.000Z")
    expect(badge.status).not.toBe("overdue")
    el.now = "2026-03-03T10:00:00.000Z"
    await settle(el)
    expect(card(el, "cp-1").querySelector("fd-deadline-badge")!.status).toBe("overdue")
  })

  it("offers only the columns the acting person's available commands lead to", async () => {
    const { el, provider } = await page("en")
    expect(targetsOf(el, "cp-1")).toEqual(["routed"])
    expect(targetsOf(el, "cp-2")).toEqual([])
    expect(targetsOf(el, "cp-3")).toEqual(["callbackDone", "reopened"])
    provider.actor = department
    await settle(el)
    expect(targetsOf(el, "cp-1")).toEqual([])
    expect(targetsOf(el, "cp-2")).toEqual(["handled"])
    provider.actor = wang
    await settle(el)
    expect(targetsOf(el, "cp-3")).toEqual(["callbackDone", "reopened"])
  })

  it("asks for the department before routing, checks it, and runs route through the desk (keyboard only)", async () => {
    const { el, desk } = await page("en")
    await moveByKeyboard(el, "cp-1", "routed")
    expect(dialog(el).open).toBe(true)
    expect(text(dialog(el).querySelector("h3"))).toBe("route to a department: 张*")
    // Nothing typed: the schema's message shows on the field and nothing runs.
    await userEvent.keyboard("{Enter}")
    await settle(el)
    const input = dialog(el).querySelector<HTMLInputElement>("input[name=department]")!
    expect(input.getAttribute("aria-invalid")).toBe("true")
    expect(text(dialog(el).querySelector(".issue"))).not.toBe("")
    expect((await desk.get<Complaint.Complaint>("complaints", "cp-1"))!.state).toBe("received")
    await userEvent.fill(input, "售后服务部")
    await userEvent.keyboard("{Enter}")
    await settle(el)
    await el.reload()
    await settle(el)
    expect(dialog(el).open).toBe(false)
    const stored = (await desk.get<Complaint.Complaint>("complaints", "cp-1"))!
    expect(stored.state).toBe("routed")
    expect(stored.data.department).toBe("售后服务部")
    expect(columnOf(el, "cp-1")).toBe("routed")
    expect(text(boardRoot(el).querySelector("[part~=status]"))).toContain("moved from received to routed")
  })

  it("records an unsatisfied callback from the move to Reopened, and shows the complaint as reopened", async () => {
    const { el, desk, provider } = await page("zh-CN", wang)
    void board(el).move("cp-3", "reopened")
    await settle(el)
    expect(text(dialog(el).querySelector("[part~=preset]"))).toContain("不满意")
    expect(dialog(el).querySelector("[name=satisfied]")).toBeNull()
    await userEvent.fill(dialog(el).querySelector("textarea[name=notes]")!, "仍多收 20 元")
    dialog(el).querySelector<HTMLSelectElement>("select[name=method]")!.value = "phone"
    dialog(el).querySelector<HTMLButtonElement>("button[type=submit]")!.click()
    await settle(el)
    await el.reload()
    await settle(el)
    const stored = (await desk.get<Complaint.Complaint>("complaints", "cp-3"))!
    expect(stored.state).toBe("reopened")
    expect(stored.data.reopenCount).toBe(1)
    expect(stored.data.callbacks.at(-1)).toMatchObject({
      satisfied: false,
      method: "phone",
      notes: "仍多收 20 元"
    })
    expect(columnOf(el, "cp-3")).toBe("reopened")
    expect(text(card(el, "cp-3"))).toContain("已重开 1 次")
    // A reopened complaint goes round again: not by the specialist, but routed anew by acceptance.
    expect(targetsOf(el, "cp-3")).toEqual([])
    provider.actor = acceptance
    await settle(el)
    expect(targetsOf(el, "cp-3")).toEqual(["routed"])
  })

  it("closes a complaint called back with satisfaction without asking anything more", async () => {
    const { el, desk, provider } = await page("en", wang)
    void board(el).move("cp-3", "callbackDone")
    await settle(el)
    await userEvent.fill(dialog(el).querySelector("textarea[name=notes]")!, "Refund received")
    dialog(el).querySelector<HTMLButtonElement>("button[type=submit]")!.click()
    await settle(el)
    provider.actor = acceptance
    await el.reload()
    await settle(el)
    expect(targetsOf(el, "cp-3")).toEqual(["closed"])
    expect(await board(el).move("cp-3", "closed")).toBe(true)
    await el.reload()
    await settle(el)
    expect(dialog(el).open).toBe(false)
    expect((await desk.get<Complaint.Complaint>("complaints", "cp-3"))!.state).toBe("closed")
    expect(columnOf(el, "cp-3")).toBe("closed")
  })

  it("keeps the card with the reason when the command is refused, and offers what was typed again", async () => {
    const { el, desk } = await page("en")
    // The desk refuses as the domain would for a record that moved on in another tab.
    const refusal = Workflow.decide(
      Complaint.workflow,
      (await desk.get<Complaint.Complaint>("complaints", "cp-2"))!,
      "route",
      { department: "x" },
      supervisor,
      new Date(start)
    )
    expect(Result.isFailure(refusal)).toBe(true)
    const run = desk.run
    desk.run = () => Promise.reject(Result.isFailure(refusal) ? refusal.failure : undefined)
    void board(el).move("cp-1", "routed")
    await settle(el)
    await userEvent.fill(dialog(el).querySelector("input[name=department]")!, "售后服务部")
    dialog(el).querySelector<HTMLButtonElement>("button[type=submit]")!.click()
    await settle(el)
    expect(dialog(el).open).toBe(false)
    expect(columnOf(el, "cp-1")).toBe("received")
    const reason = text(card(el, "cp-1").querySelector("[part~=card-error]"))
    expect(reason).toContain("could not be moved to routed")
    expect(reason.length).toBeGreaterThan("“张*” could not be moved to routed: ".length)
    expect((await desk.get<Complaint.Complaint>("complaints", "cp-1"))!.state).toBe("received")
    desk.run = run
    void board(el).move("cp-1", "routed")
    await settle(el)
    expect(dialog(el).querySelector<HTMLInputElement>("input[name=department]")!.value).toBe("售后服务部")
  })

  it("keeps the card where it was when the dialog is dismissed with Escape", async () => {
    const { el, desk } = await page("zh-CN")
    const moved = board(el).move("cp-1", "routed")
    await settle(el)
    expect(dialog(el).open).toBe(true)
    await userEvent.keyboard("{Escape}")
    expect(await moved).toBe(false)
    await settle(el)
    expect(dialog(el).open).toBe(false)
    expect(columnOf(el, "cp-1")).toBe("received")
    expect(text(card(el, "cp-1").querySelector("[part~=card-error]"))).toContain("已取消")
    expect((await desk.get<Complaint.Complaint>("complaints", "cp-1"))!.state).toBe("received")
  })

  it("follows the desk: a complaint recorded elsewhere appears without a reload", async () => {
    const { el, desk } = await page("en")
    await complaint(desk, "cp-9", { customerName: "陈晨" })
    await vi.waitFor(() => expect(columnOf(el, "cp-9")).toBe("received"))
  })
})
