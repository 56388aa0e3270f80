import "../../src/define/fd-board.js"
import axe from "axe-core"
import { html } from "lit"
import { afterEach, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import type { BoardCard, BoardColumn, FdBoard, MoveDetail } from "../../src/board/fd-board.js"
import { cleanup, mount, settle } from "../common/fixtures.js"

// A candidate pipeline by stage: the recruitment family's board.
const columns: ReadonlyArray<BoardColumn> = [
  { id: "screening", label: { "zh-CN": "筛选", en: "Screening" } },
  { id: "first", label: { "zh-CN": "初试", en: "First interview" } },
  { id: "second", label: { "zh-CN": "复试", en: "Second interview" } },
  { id: "offer", label: { "zh-CN": "录用通知", en: "Offer" } }
]

const cards: ReadonlyArray<BoardCard> = [
  {
    id: "c-1",
    column: "screening",
    title: "王芳",
    meta: ["前台接待", { "zh-CN": "来源：校园招聘", en: "Source: campus" }],
    badges: [{ text: { "zh-CN": "资料齐全", en: "documents complete" }, tone: "success" }]
  },
  { id: "c-2", column: "screening", title: "李强", meta: ["前台接待"] },
  { id: "c-3", column: "first", title: "陈静" }
]

/** A refusal as the domain gives it: it renders itself in each locale. */
const refusal = {
  _tag: "RoleNotPermitted",
  texts: (locale: string) => [locale === "en" ? "only HR may schedule an interview" : "只有人事可以安排面试"]
}

const mountBoard = async (lang: string, setup?: (el: FdBoard) => void): Promise<FdBoard> => {
  const el = await mount<FdBoard>(`<fd-board lang="${lang}"></fd-board>`)
  el.label = { "zh-CN": "应聘者进度", en: "Candidate pipeline" }
  el.columns = columns
  el.cards = cards
  setup?.(el)
  await settle(el)
  return el
}

const root = (el: FdBoard) => el.shadowRoot!
const column = (el: FdBoard, id: string) => root(el).querySelector<HTMLElement>(`[data-column="${id}"]`)!
const titlesIn = (el: FdBoard, id: string) =>
  [...column(el, id).querySelectorAll("[part~=title]")].map((t) => t.textContent!.trim())
const card = (el: FdBoard, id: string) => root(el).querySelector<HTMLElement>(`[data-card="${id}"]`)!
const focused = (el: FdBoard) => root(el).activeElement as HTMLElement | null
const status = (el: FdBoard) => root(el).querySelector("[part~=status]")!.textContent!.trim()

describe("fd-board", () => {
  afterEach(cleanup)

  for (const lang of ["zh-CN", "en"]) {
    it(`has no accessibility violations, with a move list open and a refused move shown (${lang})`, async () => {
      const el = await mountBoard(lang)
      expect((await axe.run(el)).violations).toEqual([])
      el.addEventListener("fd-move", (e) => e.detail.waitUntil(Promise.reject(refusal)))
      await el.move("c-1", "first")
      card(el, "c-2").querySelector<HTMLButtonElement>("[part~=move]")!.click()
      await settle(el)
      expect(root(el).querySelector("[part~=targets]")).not.toBeNull()
      expect(root(el).querySelector("[part~=card-error]")).not.toBeNull()
      expect((await axe.run(el)).violations).toEqual([])
    })
  }

  it("shows each column with its cards and how many it holds", async () => {
    const el = await mountBoard("en")
    expect(titlesIn(el, "screening")).toEqual(["王芳", "李强"])
    expect(titlesIn(el, "first")).toEqual(["陈静"])
    const counts = columns.map((c) => column(el, c.id).querySelector(".visually-hidden")!.textContent)
    expect(counts).toEqual(["2 cards", "1 card", "0 cards", "0 cards"])
    expect(column(el, "offer").querySelector("[part~=column-empty]")!.textContent).toBe("Nothing here")
    expect(card(el, "c-1").textContent).toContain("Source: campus")
    expect(card(el, "c-1").querySelector("[part~=badge-success]")!.textContent).toBe("documents complete")
  })

  it("moves a card with the keyboard alone once the host's command succeeds, and announces it", async () => {
    const el = await mountBoard("en")
    const moves: Array<{ card: string; from: string; to: string }> = []
    el.addEventListener("fd-move", (event) => {
      const { card, from, to, waitUntil } = event.detail
      moves.push({ card: card.id, from, to })
      waitUntil(Promise.resolve())
    })
    await userEvent.tab()
    expect(focused(el)?.dataset.card).toBe("c-1")
    await userEvent.keyboard("{ArrowDown}")
    await settle(el)
    expect(focused(el)?.dataset.card).toBe("c-2")
    await userEvent.tab()
    expect(focused(el)?.getAttribute("part")).toBe("move")
    await userEvent.keyboard("{Enter}")
    await settle(el)
    const targets = [...card(el, "c-2").querySelectorAll("[part~=target]")].map((b) => b.textContent!.trim())
    expect(targets).toEqual(["First interview", "Second interview", "Offer"])
    expect(focused(el)?.textContent?.trim()).toBe("First interview")
    await userEvent.keyboard("{Enter}")
    await settle(el)
    expect(moves).toEqual([{ card: "c-2", from: "screening", to: "first" }])
    expect(titlesIn(el, "screening")).toEqual(["王芳"])
    expect(titlesIn(el, "first")).toEqual(["李强", "陈静"])
    expect(status(el)).toBe("“李强” moved from Screening to First interview")
    expect(focused(el)?.dataset.card).toBe("c-2")
    expect(el.cards.find((c) => c.id === "c-2")?.column).toBe("first")
  })

  it("keeps the card where it is when the host cancels the move", async () => {
    const el = await mountBoard("zh-CN")
    el.addEventListener("fd-move", (event) => event.preventDefault())
    expect(await el.move("c-1", "first")).toBe(false)
    await settle(el)
    expect(titlesIn(el, "screening")).toEqual(["王芳", "李强"])
    expect(status(el)).toBe("“王芳”未移动，仍在“筛选”")
  })

  it("keeps the card and shows the reason on it when the host's command fails", async () => {
    const el = await mountBoard("en")
    el.addEventListener("fd-move", (event) => event.detail.waitUntil(Promise.reject(refusal)))
    expect(await el.move("c-1", "first")).toBe(false)
    await settle(el)
    expect(titlesIn(el, "screening")).toEqual(["王芳", "李强"])
    const error = card(el, "c-1").querySelector("[part~=card-error]")!
    expect(error.textContent).toBe(
      "“王芳” could not be moved to First interview: only HR may schedule an interview"
    )
    expect(card(el, "c-1").getAttribute("aria-describedby")).toContain(error.id)
    expect(status(el)).toBe(error.textContent)
    // The reason follows the page's language.
    el.lang = "zh-CN"
    await settle(el)
    expect(card(el, "c-1").querySelector("[part~=card-error]")!.textContent).toBe(
      "“王芳”未能移至“初试”：只有人事可以安排面试"
    )
    // Once the host shows the card elsewhere (another tab moved it), the reason is gone.
    el.cards = el.cards.map((c) => (c.id === "c-1" ? { ...c, column: "second" } : c))
    await settle(el)
    expect(card(el, "c-1").querySelector("[part~=card-error]")).toBeNull()
  })

  it("announces a second refusal in the same words again", async () => {
    const el = await mountBoard("en")
    el.addEventListener("fd-move", (event) => event.detail.waitUntil(Promise.reject(refusal)))
    await el.move("c-1", "first")
    await settle(el)
    const first = root(el).querySelector("[part~=status] span")
    await el.move("c-1", "first")
    await settle(el)
    const second = root(el).querySelector("[part~=status] span")
    // A live region speaks when its content changes; a new node is a change even with the same text.
    expect(second).not.toBe(first)
    expect(second!.textContent).toBe(first!.textContent)
  })

  it("moves nothing twice while the host's command is running", async () => {
    const el = await mountBoard("en")
    let finish: () => void = () => undefined
    let events = 0
    el.addEventListener("fd-move", (event) => {
      events++
      event.detail.waitUntil(new Promise<void>((resolve) => (finish = resolve)))
    })
    const first = el.move("c-1", "first")
    await settle(el)
    expect(card(el, "c-1").getAttribute("aria-busy")).toBe("true")
    expect(card(el, "c-1").querySelector("[part~=move]")).toBeNull()
    expect(await el.move("c-1", "second")).toBe(false)
    expect(events).toBe(1)
    expect(titlesIn(el, "screening")).toEqual(["王芳", "李强"])
    finish()
    expect(await first).toBe(true)
    expect(titlesIn(el, "first")).toEqual(["王芳", "陈静"])
  })

  it("offers only the columns the host allows, and refuses any other", async () => {
    const el = await mountBoard("en", (el) => {
      el.targets = (card) => (card.column === "screening" ? ["first"] : [])
    })
    card(el, "c-1").querySelector<HTMLButtonElement>("[part~=move]")!.click()
    await settle(el)
    expect([...card(el, "c-1").querySelectorAll("[part~=target]")].map((b) => b.textContent!.trim())).toEqual(
      ["First interview"]
    )
    expect(card(el, "c-3").querySelector("[part~=move]")).toBeNull()
    expect(card(el, "c-3").textContent).toContain("Cannot be moved now")
    let fired = false
    el.addEventListener("fd-move", () => {
      fired = true
    })
    expect(await el.move("c-1", "offer")).toBe(false)
    expect(fired).toBe(false)
  })

  it("goes between columns with the arrow keys and closes the move list with Escape", async () => {
    const el = await mountBoard("en")
    card(el, "c-2").focus()
    await userEvent.keyboard("{ArrowRight}")
    await settle(el)
    expect(focused(el)?.dataset.card).toBe("c-3")
    await userEvent.keyboard("{ArrowLeft}")
    await settle(el)
    expect(focused(el)?.dataset.card).toBe("c-1")
    await userEvent.keyboard("{End}")
    await settle(el)
    expect(focused(el)?.dataset.card).toBe("c-2")
    // One tab stop: only the card last used is in the tab order.
    const tabbable = [...root(el).querySelectorAll("[part~=card]")].filter(
      (c) => c.getAttribute("tabindex") === "0"
    )
    expect(tabbable.map((c) => (c as HTMLElement).dataset.card)).toEqual(["c-2"])
    await userEvent.tab()
    await userEvent.keyboard("{Enter}")
    await settle(el)
    expect(card(el, "c-2").querySelector("[part~=targets]")).not.toBeNull()
    await userEvent.keyboard("{Escape}")
    await settle(el)
    expect(card(el, "c-2").querySelector("[part~=targets]")).toBeNull()
    expect(focused(el)?.getAttribute("part")).toBe("move")
  })

  it("moves a card by pointer drag and drop as well, through the same fd-move", async () => {
    const el = await mountBoard("en", (el) => {
      el.targets = () => ["second"]
    })
    const seen: Array<MoveDetail> = []
    el.addEventListener("fd-move", (event) => seen.push(event.detail))
    // Playwright's pointer drag does not start a native drag inside the test runner's frame, so
    // the drag events a browser sends are dispatched here as they would arrive.
    const dataTransfer = new DataTransfer()
    const drag = (target: Element, type: string) => {
      const event = new DragEvent(type, { bubbles: true, composed: true, cancelable: true, dataTransfer })
      target.dispatchEvent(event)
      return event.defaultPrevented
    }
    drag(card(el, "c-1"), "dragstart")
    await settle(el)
    expect(card(el, "c-1").getAttribute("part")).toContain("dragging")
    // A column the card may not go to does not take the drop.
    expect(drag(column(el, "offer"), "dragover")).toBe(false)
    expect(drag(column(el, "second"), "dragover")).toBe(true)
    await settle(el)
    expect(column(el, "second").getAttribute("part")).toBe("column drop-target")
    drag(column(el, "second"), "drop")
    await settle(el)
    expect(seen.map((d) => [d.card.id, d.from, d.to])).toEqual([["c-1", "screening", "second"]])
    expect(titlesIn(el, "second")).toEqual(["王芳"])
    expect(column(el, "second").getAttribute("part")).toBe("column")
  })

  it("shows family content from renderCard and from a card's slot", async () => {
    const el = await mountBoard("en", (el) => {
      el.renderCard = (card, locale) => html`<small class="family">${card.id} ${locale}</small>`
    })
    const slotted = document.createElement("span")
    slotted.slot = "card-c-3"
    slotted.textContent = "disqualified: D-03"
    el.append(slotted)
    await settle(el)
    expect(card(el, "c-1").querySelector(".family")!.textContent).toBe("c-1 en")
    const slot = card(el, "c-3").querySelector<HTMLSlotElement>("slot")!
    expect(slot.assignedElements()).toEqual([slotted])
  })
})
