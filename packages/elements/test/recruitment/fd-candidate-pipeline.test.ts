import "../../src/define/fd-provider.js"
import "../../src/define/fd-candidate-pipeline.js"
import type { Actor } from "@frontdesk/domain"
import { Disqualification, Probation } from "@frontdesk/domain/recruitment"
import axe from "axe-core"
import { afterEach, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import type { FdBoard } from "../../src/board/fd-board.js"
import type { FdProvider } from "../../src/common/fd-provider.js"
import type { FdCandidatePipeline } from "../../src/recruitment/fd-candidate-pipeline.js"
import { cleanup, mount, settle } from "../common/fixtures.js"
import {
  candidate,
  candidatesDesk,
  hired,
  hr,
  hrManager,
  ids,
  manager,
  probation,
  run
} from "./candidates-desk.js"

const start = "2026-03-10T02:00:00.000Z"

const page = async (
  lang: string,
  actor: Actor.Actor = hr,
  seed?: (desk: ReturnType<typeof candidatesDesk>["desk"]) => Promise<void>
) => {
  const { desk, at } = candidatesDesk(start)
  await seed?.(desk)
  const provider = await mount<FdProvider>(`<fd-provider locale="${lang}">
    <fd-candidate-pipeline requisition-id="rq-1"></fd-candidate-pipeline>
  </fd-provider>`)
  const el = provider.querySelector("fd-candidate-pipeline")!
  el.context = { blacklist: [] }
  provider.desk = desk
  provider.actor = actor
  await settle(provider)
  await el.reload()
  await settle(provider)
  return { desk, at, provider, el }
}

const board = (el: FdCandidatePipeline) => el.shadowRoot!.querySelector<FdBoard>("fd-board")!
const card = (el: FdCandidatePipeline, id: string) =>
  board(el).shadowRoot!.querySelector<HTMLElement>(`[data-card="${id}"]`)!
const columnOf = (el: FdCandidatePipeline, id: string) =>
  card(el, id)?.closest<HTMLElement>("[data-column]")?.dataset.column
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, " ").trim() ?? ""
/** What a card shows, its slotted extras included. */
const cardText = (el: FdCandidatePipeline, id: string) =>
  `${text(card(el, id))} ${text(el.shadowRoot!.querySelector(`[slot="card-${id}"]`))}`
const ask = (el: FdCandidatePipeline) => el.shadowRoot!.querySelector<HTMLElement>("[part~=ask]")

/** A disqualified candidate: the document check failed and the HR manager confirmed it. */
const disqualified = async (desk: ReturnType<typeof candidatesDesk>["desk"]) => {
  await candidate(desk, "c-3", { name: "赵六", mobile: "13700000003", residentId: ids.other })
  await run(desk, "c-3", "recordFacts", { documentCheck: "failed" }, hr)
  await run(
    desk,
    "c-3",
    "disqualify",
    { codes: [Disqualification.codes.fraud], note: "学历证书伪造" },
    hrManager
  )
}

const seed = async (desk: ReturnType<typeof candidatesDesk>["desk"]) => {
  await candidate(desk, "c-1", { name: "王小明", mobile: "13812345678", residentId: ids.adult })
  await candidate(desk, "c-2", { name: "李四", mobile: "13900000002" })
  await disqualified(desk)
  await candidate(desk, "c-9", { requisitionId: "rq-2", name: "别的岗位", mobile: "13600000009" })
}

describe("fd-candidate-pipeline", () => {
  afterEach(cleanup)

  for (const lang of ["zh-CN", "en"]) {
    it(`has no accessibility violations: stages, a disqualified card, a duplicate and the inline input form (${lang})`, async () => {
      const { el } = await page(lang, hr, async (desk) => {
        await seed(desk)
        await candidate(desk, "c-4", { name: "王小明", mobile: "13812345678" })
      })
      expect((await axe.run(el)).violations).toEqual([])
      void board(el).move("c-2", "withdrawn")
      await settle(el)
      expect(ask(el)).not.toBeNull()
      expect((await axe.run(el)).violations).toEqual([])
    })
  }

  it("shows only the requisition's candidates, each in the column of its state", async () => {
    const { el } = await page("en", hr, seed)
    expect(columnOf(el, "c-1")).toBe("applied")
    expect(columnOf(el, "c-3")).toBe("disqualified")
    expect(card(el, "c-9")).toBeNull()
  })

  it("masks the mobile, the resident ID and the name on every card", async () => {
    const { el } = await page("en", hr, seed)
    const shown = cardText(el, "c-1")
    expect(shown).not.toContain("13812345678")
    expect(shown).not.toContain(ids.adult)
    expect(shown).not.toContain("王小明")
    expect(shown).toContain("138****5678")
    expect(shown).toContain("110***********4514")
  })

  it("moves a card by keyboard: the move runs the workflow's command and the record changes state", async () => {
    const { el, desk } = await page("en", hr, seed)
    card(el, "c-1").focus()
    await userEvent.keyboard("{Tab}")
    expect(board(el).shadowRoot!.activeElement?.getAttribute("part")).toBe("move")
    await userEvent.keyboard("{Enter}")
    await settle(el)
    const targets = [...card(el, "c-1").querySelectorAll<HTMLElement>("[part~=target]")].map(
      (b) => b.dataset.to
    )
    // HR may screen or withdraw; disqualifying is the HR manager's and HR head's.
    expect(targets).toEqual(["screenedOut", "screened", "withdrawn"])
    expect(board(el).shadowRoot!.activeElement?.getAttribute("data-to")).toBe("screenedOut")
    await userEvent.keyboard("{Tab}")
    expect(board(el).shadowRoot!.activeElement?.getAttribute("data-to")).toBe("screened")
    await userEvent.keyboard("{Enter}")
    await settle(el)
    expect((await desk.get("candidates", "c-1"))?.state).toBe("screened")
    expect(columnOf(el, "c-1")).toBe("screened")
  })

  it("offers no move to a person whose role runs none of the commands", async () => {
    const { el } = await page("zh-CN", manager, seed)
    expect(board(el).targetsOf({ id: "c-1", column: "applied", title: "" })).toEqual([])
    expect(text(card(el, "c-1"))).toContain("当前不可移动")
  })

  it("asks inline for a command's input first, with its issues inline in both languages, and keeps the card on cancel", async () => {
    const { el, desk, provider } = await page("en", hr, seed)
    const moved = board(el).move("c-2", "withdrawn")
    await settle(el)
    expect(text(ask(el)?.querySelector("h3"))).toBe("withdraw: 李* → withdrawn")
    ask(el)!.querySelector<HTMLButtonElement>("button[type=submit]")!.click()
    await settle(el)
    const reason = ask(el)!.querySelector<HTMLTextAreaElement>("textarea[name=reason]")!
    expect(reason.getAttribute("aria-invalid")).toBe("true")
    expect(text(ask(el)!.querySelector(".issue"))).not.toBe("")
    provider.locale = "zh-CN"
    await settle(el)
    expect(text(ask(el)!.querySelector(".issue"))).toMatch(/[\u4e00-\u9fa5]/)
    ask(el)!.querySelector<HTMLButtonElement>("button[type=button]")!.click()
    expect(await moved).toBe(false)
    await settle(el)
    expect(ask(el)).toBeNull()
    expect(columnOf(el, "c-2")).toBe("applied")
    expect((await desk.get("candidates", "c-2"))?.state).toBe("applied")
  })

  it("runs the command with what was typed once it decodes", async () => {
    const { el, desk } = await page("en", hr, seed)
    const moved = board(el).move("c-2", "withdrawn")
    await settle(el)
    await userEvent.fill(
      ask(el)!.querySelector<HTMLTextAreaElement>("textarea[name=reason]")!,
      "已接受其他公司录用"
    )
    ask(el)!.querySelector<HTMLButtonElement>("button[type=submit]")!.click()
    expect(await moved).toBe(true)
    const stored = await desk.get<{ closingReason?: string }>("candidates", "c-2")
    expect(stored?.state).toBe("withdrawn")
    expect(stored?.data.closingReason).toBe("已接受其他公司录用")
  })

  it("shows a disqualified candidate's confirmed reasons: the rule's text and its legal standing in words", async () => {
    const { el } = await page("en", hr, seed)
    const shown = cardText(el, "c-3")
    expect(shown).toContain("The document check failed")
    expect(shown).toContain("Standing: legal basis")
    expect(shown).toContain("学历证书伪造")
  })

  it("flags an open finding on the card, and lets the HR manager confirm only the rules that fire", async () => {
    const { el, desk } = await page("en", hrManager, async (d) => {
      await candidate(d, "c-5", { name: "钱七", mobile: "13500000005", residentId: ids.minor })
    })
    expect(text(card(el, "c-5"))).toContain("1 disqualification finding awaits confirmation")
    const moved = board(el).move("c-5", "disqualified")
    await settle(el)
    const boxes = [...ask(el)!.querySelectorAll<HTMLInputElement>("input[type=checkbox]")]
    expect(boxes.map((b) => b.value)).toEqual([Disqualification.codes.minor])
    expect(text(ask(el))).toContain("Standing: legal requirement")
    boxes[0]!.click()
    await userEvent.fill(
      ask(el)!.querySelector<HTMLTextAreaElement>("textarea[name=note]")!,
      "到岗时未满16周岁"
    )
    ask(el)!.querySelector<HTMLButtonElement>("button[type=submit]")!.click()
    expect(await moved).toBe(true)
    const history = await desk.history("candidates", "c-5")
    expect(history.at(-1)?.command).toBe("disqualify")
    expect(history.at(-1)?.actor.id).toBe(hrManager.id)
  })

  it("flags a duplicate application and lets HR merge the later one into the earlier", async () => {
    const { el, desk } = await page("en", hr, async (d) => {
      await candidate(d, "c-1", { name: "王小明", mobile: "13812345678", residentId: ids.adult })
      await run(d, "c-1", "recordDocuments", { received: ["resume"] }, hr)
      await candidate(d, "c-4", { name: "王小明", mobile: "13812345678" })
      await run(d, "c-4", "recordDocuments", { received: ["diploma"] }, hr)
    })
    expect(text(card(el, "c-4"))).toContain("Possible duplicate (same mobile)")
    expect(text(card(el, "c-1"))).toContain("Possible duplicate (same mobile)")
    // The merge is offered on the later application only.
    expect(el.shadowRoot!.querySelector('[slot="card-c-1"] [part~=merge]')).toBeNull()
    el.shadowRoot!.querySelector<HTMLButtonElement>('[slot="card-c-4"] [part~=merge]')!.click()
    await settle(el)
    await el.reload()
    await settle(el)
    expect((await desk.get("candidates", "c-4"))?.state).toBe("merged")
    const primary = await desk.get<{
      documents: Record<string, boolean>
      merged: ReadonlyArray<{ id: string }>
    }>("candidates", "c-1")
    expect(primary?.data.documents).toMatchObject({ resume: true, diploma: true })
    expect(primary?.data.merged.map((m) => m.id)).toEqual(["c-4"])
    expect(card(el, "c-4")).toBeNull()
  })

  it("offers no merge to someone outside HR", async () => {
    const { el } = await page("en", manager, async (d) => {
      await candidate(d, "c-1", { mobile: "13812345678" })
      await candidate(d, "c-4", { mobile: "13812345678" })
    })
    expect(el.shadowRoot!.querySelector("[part~=merge]")).toBeNull()
  })

  it("cancels the inline form with Escape and keeps the card where it was", async () => {
    const { el } = await page("en", hr, seed)
    const moved = board(el).move("c-2", "withdrawn")
    await settle(el)
    ask(el)!.querySelector<HTMLTextAreaElement>("textarea[name=reason]")!.focus()
    await userEvent.keyboard("{Escape}")
    expect(await moved).toBe(false)
    await settle(el)
    expect(ask(el)).toBeNull()
    expect(text(card(el, "c-2"))).toContain("Cancelled; the candidate stays where it was")
  })

  it("looks up the blacklist through the host's context: a blacklisted candidate's finding shows on the card", async () => {
    const { el } = await page("en", hr, (d) =>
      candidate(d, "c-1", { residentId: ids.adult }).then(() => undefined)
    )
    expect(text(card(el, "c-1"))).not.toContain("awaits confirmation")
    el.context = { blacklist: [ids.adult] }
    await settle(el)
    // Birth date known from the ID; the blacklist is the only finding.
    expect(text(card(el, "c-1"))).toContain("1 disqualification finding awaits confirmation")
  })

  it("closes a confirmed probation's application by a move, with the probation record looked up as the command's context", async () => {
    const { el, desk } = await page("en", hr, async (d) => {
      await candidate(d, "c-1", { residentId: ids.adult })
      await hired(d, "c-1")
      await probation(d, "c-1")
      const steps: ReadonlyArray<readonly [string, unknown, typeof hr]> = [
        ["setGoals", { goals: ["熟悉流程"] }, manager],
        ["selfAssess", { summary: "已胜任" }, hr],
        ["assess", { result: "pass", comments: "合格" }, manager],
        ["approveAssessment", {}, hrManager],
        ["notify", {}, hr],
        ["confirm", {}, hr]
      ]
      for (const [command, input, actor] of steps)
        await d.run(Probation.workflow, "c-1", command, input, actor)
    })
    expect(columnOf(el, "c-1")).toBe("onProbation")
    expect(await board(el).move("c-1", "confirmed")).toBe(true)
    expect((await desk.get("candidates", "c-1"))?.state).toBe("confirmed")
  })
})
