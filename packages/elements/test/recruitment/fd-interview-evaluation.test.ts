import "../../src/define/fd-provider.js"
import "../../src/define/fd-interview-evaluation.js"
import type { Actor } from "@frontdesk/domain"
import type { Candidate } from "@frontdesk/domain/recruitment"
import axe from "axe-core"
import { afterEach, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import type { FdProvider } from "../../src/common/fd-provider.js"
import type { FdInterviewEvaluation } from "../../src/recruitment/fd-interview-evaluation.js"
import { cleanup, mount, settle } from "../common/fixtures.js"
import {
  candidate,
  candidatesDesk,
  evaluation,
  hr,
  hrManager,
  interviewer,
  manager,
  run,
  toInterview
} from "./candidates-desk.js"

const start = "2026-03-10T02:00:00.000Z"

type Desk = ReturnType<typeof candidatesDesk>["desk"]

const page = async (lang: string, actor: Actor.Actor, seed: (desk: Desk) => Promise<unknown>) => {
  const { desk } = candidatesDesk(start)
  await seed(desk)
  const provider = await mount<FdProvider>(`<fd-provider locale="${lang}">
    <fd-interview-evaluation candidate-id="c-1"></fd-interview-evaluation>
  </fd-provider>`)
  const el = provider.querySelector("fd-interview-evaluation")!
  provider.desk = desk
  provider.actor = actor
  await settle(provider)
  await el.reload()
  await settle(provider)
  return { desk, provider, el }
}

const root = (el: FdInterviewEvaluation) => el.shadowRoot!
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, " ").trim() ?? ""
const part = (el: FdInterviewEvaluation, name: string) =>
  root(el).querySelector<HTMLElement>(`[part~=${name}]`)
const submit = async (el: FdInterviewEvaluation) => {
  part(el, "form")!.querySelector<HTMLButtonElement>("button[type=submit]")!.click()
  await settle(el)
}
/** Chooses the scores in order of the criteria, and a recommendation. */
const fill = async (el: FdInterviewEvaluation, scores: ReadonlyArray<number>, recommendation = "hire") => {
  const sets = [...part(el, "form")!.querySelectorAll("fieldset")]
  for (const [i, score] of scores.entries())
    await userEvent.click(sets[i]!.querySelector<HTMLInputElement>(`input[value="${score}"]`)!)
  await userEvent.selectOptions(
    part(el, "form")!.querySelector("select[name=recommendation]")!,
    recommendation
  )
}

/** A front-line candidate in the first interview, evaluated once by an interviewer (all 4s). */
const inInterview = async (desk: Desk) => {
  await candidate(desk, "c-1")
  await toInterview(desk, "c-1")
  await run(desk, "c-1", "evaluate", { ...evaluation("first", 4), comment: "表达清楚" }, interviewer)
}

describe("fd-interview-evaluation", () => {
  afterEach(cleanup)

  for (const lang of ["zh-CN", "en"]) {
    it(`has no accessibility violations: routing, summary, each interviewer, the form and its missing scores (${lang})`, async () => {
      const { el } = await page(lang, hrManager, inInterview)
      expect(part(el, "form")).not.toBeNull()
      expect((await axe.run(el)).violations).toEqual([])
      await submit(el)
      expect(root(el).querySelectorAll("[part~=form] .issue")).toHaveLength(4)
      expect((await axe.run(el)).violations).toEqual([])
    })
  }

  it("says who interviews by the position type: the HR manager for front-line staff, with no second round", async () => {
    const { el } = await page("en", hrManager, inInterview)
    const routing = text(part(el, "routing"))
    expect(routing).toContain("First interview: HR manager")
    expect(routing).toContain("No second interview for this position type")
    // The interviewer's evaluation does not count for the designated HR manager.
    expect(routing).toContain("still needs an evaluation from a designated interviewer")
  })

  it("says the department manager shortlists and interviews professionals, in both rounds", async () => {
    const { el } = await page("zh-CN", manager, (d) =>
      candidate(d, "c-1", { position: { positionType: "professional", title: "会计" } })
    )
    const routing = text(part(el, "routing"))
    expect(routing).toContain("人力资源部先将简历转交用人部门经理筛选")
    expect(routing).toContain("初试：用人部门经理")
    expect(routing).toContain("复试：用人部门经理")
  })

  it("records the designated interviewer's scores and summarises every interviewer of the round", async () => {
    const { el, desk } = await page("en", hrManager, inInterview)
    await fill(el, [2, 2, 2, 2], "consider")
    await userEvent.fill(part(el, "form")!.querySelector("textarea")!, "经验不足")
    await submit(el)
    const stored = await desk.get<Candidate.Data>("candidates", "c-1")
    expect(stored?.data.evaluations.map((e) => [e.interviewerId, e.recommendation])).toEqual([
      [interviewer.id, "hire"],
      [hrManager.id, "consider"]
    ])
    expect(text(part(el, "summary")?.querySelector("caption"))).toBe(
      "Summary of the first interview (2 interviewers)"
    )
    const rows = [...part(el, "summary")!.querySelectorAll("tbody tr")].map((r) =>
      [...r.children].map((c) => text(c))
    )
    expect(rows).toEqual([
      ["general qualities", "3.00"],
      ["professional skill", "3.00"],
      ["communication", "3.00"],
      ["fit of experience", "3.00"],
      ["Overall", "3.00"]
    ])
    expect(root(el).textContent?.replace(/\s+/g, " ")).toContain(
      "Recommendations: hire 1, consider 1, do not hire 0"
    )
    expect(text(part(el, "evaluations"))).toContain("经验不足")
    expect(text(part(el, "routing"))).toContain("has an evaluation from a designated interviewer")
  })

  it("asks for a score on every criterion, inline in the page's language, and stores nothing until then", async () => {
    const { el, desk, provider } = await page("en", hrManager, inInterview)
    await fill(el, [5, 4])
    await submit(el)
    const issues = [...root(el).querySelectorAll("[part~=form] .issue")].map((i) => text(i))
    expect(issues).toEqual(["Choose a score from 1 to 5", "Choose a score from 1 to 5"])
    provider.locale = "zh-CN"
    await settle(el)
    expect(text(root(el).querySelector("[part~=form] .issue"))).toBe("请选择 1–5 分")
    expect((await desk.get<Candidate.Data>("candidates", "c-1"))?.data.evaluations).toHaveLength(1)
  })

  it("shows a second evaluation of the same round refused inline and keeps what was typed", async () => {
    const { el } = await page("en", interviewer, inInterview)
    await fill(el, [3, 3, 3, 3])
    await userEvent.fill(part(el, "form")!.querySelector("textarea")!, "补充意见")
    await submit(el)
    expect(text(part(el, "error"))).toContain("You have already evaluated this round")
    expect(part(el, "form")!.querySelector("textarea")!.value).toBe("补充意见")
  })

  it("shows no form to someone who does not interview", async () => {
    const { el } = await page("en", hr, inInterview)
    expect(part(el, "form")).toBeNull()
    expect(part(el, "summary")).not.toBeNull()
  })
})
