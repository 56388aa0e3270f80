import "../../src/define/fd-provider.js"
import "../../src/define/fd-probation-review.js"
import { Actor } from "@frontdesk/domain"
import { type Probation, Roles } from "@frontdesk/domain/recruitment"
import axe from "axe-core"
import { afterEach, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import type { FdDeadlineBadge } from "../../src/common/fd-deadline-badge.js"
import type { FdProvider } from "../../src/common/fd-provider.js"
import type { FdProbationReview } from "../../src/recruitment/fd-probation-review.js"
import { cleanup, mount, settle } from "../common/fixtures.js"
import {
  candidate,
  candidatesDesk,
  employee,
  hired,
  hr,
  hrManager,
  manager,
  probation
} from "./candidates-desk.js"

const start = "2026-03-10T02:00:00.000Z"

type Desk = ReturnType<typeof candidatesDesk>["desk"]

/** A department manager who also holds the HR manager's role: the assessor who might approve their own assessment. */
const managerAndHr = Actor.make("u-11", "郑洁", [Roles.roles.departmentManager, Roles.roles.hrManager])

const page = async (
  lang: string,
  actor: Actor.Actor,
  seed: (desk: Desk) => Promise<unknown>,
  now?: string
) => {
  const { desk } = candidatesDesk(start)
  await seed(desk)
  const provider = await mount<FdProvider>(`<fd-provider locale="${lang}">
    <fd-probation-review candidate-id="c-1"></fd-probation-review>
  </fd-provider>`)
  const el = provider.querySelector("fd-probation-review")!
  el.context = { blacklist: [] }
  if (now !== undefined) el.now = now
  provider.desk = desk
  provider.actor = actor
  await settle(provider)
  await el.reload()
  await settle(provider)
  return { desk, provider, el }
}

const root = (el: FdProbationReview) => el.shadowRoot!
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, " ").trim() ?? ""
const part = (el: FdProbationReview, name: string) => root(el).querySelector<HTMLElement>(`[part~=${name}]`)
const monthsIssue = (el: FdProbationReview) =>
  text(part(el, "create")!.querySelector('[id$="-months-issue"]'))
const command = async (el: FdProbationReview, name: string, fill?: Record<string, string>) => {
  root(el).querySelector<HTMLButtonElement>(`[data-command="${name}"]`)!.click()
  await settle(el)
  if (fill === undefined) return
  for (const [field, value] of Object.entries(fill)) {
    const control = part(el, "form")!.querySelector<
      HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement
    >(`[name=${field}]`)!
    if (control instanceof HTMLSelectElement) await userEvent.selectOptions(control, value)
    else await userEvent.fill(control, value)
  }
  part(el, "form")!.querySelector<HTMLButtonElement>("button[type=submit]")!.click()
  await settle(el)
}
const as = async (provider: FdProvider, el: FdProbationReview, actor: Actor.Actor) => {
  provider.actor = actor
  await settle(el)
}

const onProbation = async (desk: Desk) => {
  await candidate(desk, "c-1", { name: "王小明" })
  await hired(desk, "c-1")
}

describe("fd-probation-review", () => {
  afterEach(cleanup)

  for (const lang of ["zh-CN", "en"]) {
    it(`has no accessibility violations: the creation form with a bound error, then the record with its commands (${lang})`, async () => {
      const { el, desk } = await page(lang, hr, onProbation, "2026-08-10T02:00:00.000Z")
      expect(part(el, "create")).not.toBeNull()
      await userEvent.fill(part(el, "create")!.querySelector<HTMLInputElement>("[name=termMonths]")!, "12")
      await userEvent.fill(part(el, "create")!.querySelector<HTMLInputElement>("[name=months]")!, "3")
      await settle(el)
      expect(monthsIssue(el)).not.toBe("")
      expect((await axe.run(el)).violations).toEqual([])
      await probation(desk, "c-1")
      await el.reload()
      await settle(el)
      expect(part(el, "facts")).not.toBeNull()
      expect((await axe.run(el)).violations).toEqual([])
    })
  }

  it("shows the probation bound inline as it is typed, in both languages, and the workflow refuses it as well", async () => {
    const { el, desk, provider } = await page("en", hr, onProbation)
    // The offer's terms are filled in: 36 months, 3 months' probation.
    expect(part(el, "create")!.querySelector<HTMLInputElement>("[name=termMonths]")!.value).toBe("36")
    await userEvent.fill(part(el, "create")!.querySelector<HTMLInputElement>("[name=termMonths]")!, "6")
    await settle(el)
    expect(monthsIssue(el)).toBe(
      "A probation of 3 month(s) exceeds the 1 month(s) the contract term allows (Labour Contract Law art. 19)"
    )
    provider.locale = "zh-CN"
    await settle(el)
    expect(monthsIssue(el)).toBe("试用期 3 个月超过合同期限允许的 1 个月（《劳动合同法》第十九条）")
    part(el, "create")!.querySelector<HTMLButtonElement>("button[type=submit]")!.click()
    await settle(el)
    expect(text(part(el, "create")!.querySelector("[part~=error]"))).toContain("第十九条")
    expect(await desk.get("probations", "c-1")).toBeUndefined()
    await userEvent.fill(part(el, "create")!.querySelector<HTMLInputElement>("[name=termMonths]")!, "36")
    await settle(el)
    expect(monthsIssue(el)).toBe("")
    part(el, "create")!.querySelector<HTMLButtonElement>("button[type=submit]")!.click()
    await settle(el)
    const stored = await desk.get<Probation.Data>("probations", "c-1")
    expect(stored?.data.endDate).toBe("2026-08-14")
    expect(text(part(el, "facts"))).toContain("2026年5月15日 至 2026年8月14日（3 个月）")
  })

  it("refuses a second probation with the same employer inline", async () => {
    const { el } = await page("en", hr, onProbation)
    el.priorProbation = true
    await settle(el)
    await userEvent.fill(part(el, "create")!.querySelector<HTMLInputElement>("[name=months]")!, "2")
    await settle(el)
    expect(monthsIssue(el)).toBe("An employer may set only one probation with the same employee")
  })

  it("goes from goals to confirmation, the assessment approved by someone other than the assessor, and closes the application", async () => {
    const { el, desk, provider } = await page("en", manager, async (d) => {
      await onProbation(d)
      await probation(d, "c-1")
    })
    await command(el, "setGoals", { goals: "熟悉客服流程\n独立接听来电" })
    expect([...part(el, "steps")!.querySelectorAll("ol li")].map((li) => text(li))).toEqual([
      "熟悉客服流程",
      "独立接听来电"
    ])
    await command(el, "coach", { note: "第一月面谈：进步明显" })
    await as(provider, el, employee)
    await command(el, "selfAssess", { summary: "已能独立处理大部分来电" })
    await as(provider, el, managerAndHr)
    await command(el, "assess", { result: "pass", score: "86", comments: "表现良好" })
    expect(text(part(el, "steps"))).toContain("pass, score 86: 表现良好")
    await command(el, "approveAssessment")
    expect(text(part(el, "error"))).toContain("You cannot approve a request you raised or signed")
    expect((await desk.get("probations", "c-1"))?.state).toBe("assessed")
    await as(provider, el, hrManager)
    await command(el, "approveAssessment")
    await as(provider, el, hr)
    await command(el, "notify")
    await command(el, "confirm")
    expect((await desk.get("probations", "c-1"))?.state).toBe("confirmed")
    part(el, "close")!.querySelector("button")!.click()
    await settle(el)
    expect((await desk.get("candidates", "c-1"))?.state).toBe("confirmed")
  })

  it("asks for a command's input inline and keeps the record as it was until it decodes", async () => {
    const { el, desk } = await page("en", manager, async (d) => {
      await onProbation(d)
      await probation(d, "c-1")
    })
    await command(el, "setGoals", {})
    part(el, "form")!.querySelector<HTMLButtonElement>("button[type=submit]")!.click()
    await settle(el)
    expect(part(el, "form")!.querySelector("textarea")!.getAttribute("aria-invalid")).toBe("true")
    expect((await desk.get("probations", "c-1"))?.state).toBe("planning")
  })

  it("shows the end of probation as a deadline badge that says it is due soon in words", async () => {
    const { el } = await page(
      "en",
      hr,
      async (d) => {
        await onProbation(d)
        await probation(d, "c-1")
      },
      "2026-08-10T02:00:00.000Z"
    )
    const badge = part(el, "facts")!.querySelector<FdDeadlineBadge>("fd-deadline-badge")!
    await settle(badge)
    expect(badge.status).toBe("due-soon")
    expect(badge.shadowRoot!.textContent).toMatch(/due soon/i)
  })
})
