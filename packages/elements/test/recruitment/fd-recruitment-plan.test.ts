import "../../src/define/fd-provider.js"
import "../../src/define/fd-recruitment-plan.js"
import { Actor, Field } from "@frontdesk/domain"
import { Plan } from "@frontdesk/domain/recruitment"
import axe from "axe-core"
import { afterEach, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import type { FdCommands } from "../../src/common/fd-commands.js"
import type { FdProvider } from "../../src/common/fd-provider.js"
import type { FdForm } from "../../src/form/fd-form.js"
import type { FdRecruitmentPlan } from "../../src/recruitment/fd-recruitment-plan.js"
import { cleanup, mount, settle } from "../common/fixtures.js"
import { head, hr, hrHead, planInput, requisition, requisitionsDesk } from "./requisitions-desk.js"

const otherHrHead = Actor.make("u-7", "周杰", ["hrHead"])

// 09:00 on Monday 2 March 2026 in Shanghai.
const start = "2026-03-02T01:00:00.000Z"

type Clock = ReturnType<typeof requisitionsDesk>

const approved = async (fields = {}) => {
  const clock = requisitionsDesk(start)
  await requisition(clock.desk, "rq-1", { fields })
  return clock
}

const page = async (lang: string, clock: Clock, actor: Actor.Actor = hr) => {
  const provider = await mount<FdProvider>(`<fd-provider locale="${lang}">
    <fd-recruitment-plan requisition-id="rq-1"></fd-recruitment-plan>
  </fd-provider>`)
  const el = provider.querySelector("fd-recruitment-plan")!
  let n = 0
  el.newId = () => `pl-${++n}`
  provider.desk = clock.desk
  provider.actor = actor
  await settle(provider)
  await el.reload()
  await settle(el)
  return { provider, el }
}

const root = (el: FdRecruitmentPlan) => el.shadowRoot!
const text = (node: Element | null | undefined) =>
  (node?.shadowRoot ?? node)?.textContent?.replace(/\s+/g, " ").trim() ?? ""
const form = (el: FdRecruitmentPlan) => root(el).querySelector<FdForm>("fd-form")!
const field = (el: FdRecruitmentPlan, name: string) => form(el).fieldElement(name)!
const control = (el: FdRecruitmentPlan, name: string) =>
  field(el, name).shadowRoot!.querySelector<HTMLInputElement>("#control")!
const part = (el: FdRecruitmentPlan, name: string) => root(el).querySelector(`[part~=${name}]`)
const commands = (el: FdRecruitmentPlan) => root(el).querySelector<FdCommands>("fd-commands")!
const refusal = (el: FdRecruitmentPlan) => text(commands(el).shadowRoot!.querySelector("[part~=error]"))

/** Types into the fields; the budget amounts are on the form's second step, so it moves there first. */
const fill = async (el: FdRecruitmentPlan, values: { readonly [name: string]: string }) => {
  for (const [name, value] of Object.entries(values)) {
    if (name.startsWith("budget.") && form(el).step === 0) {
      expect(await form(el).next()).toBe(true)
      await settle(el)
    }
    await userEvent.fill(control(el, name), value)
  }
  await settle(el)
}

const plan = {
  criteria: "大专及以上，普通话标准",
  targetGroup: "应届毕业生",
  preparationDays: "30",
  annualBudget: "10000",
  "budget.ordinaryJobFair": "3000"
}

/** Runs a plan command through the inner fd-commands: its button, then its form. */
const run = async (el: FdRecruitmentPlan, name: string, fields: { readonly [name: string]: string } = {}) => {
  const button = commands(el).shadowRoot!.querySelector<HTMLButtonElement>(`[data-command="${name}"]`)!
  // A refused command keeps its form open, with what was typed.
  if (button.getAttribute("aria-expanded") !== "true") button.click()
  await settle(el)
  const inner = commands(el).shadowRoot!.querySelector<FdForm>("fd-form")!
  for (const [field, value] of Object.entries(fields)) {
    const input = inner.fieldElement(field)!.shadowRoot!.querySelector<HTMLInputElement>("#control")!
    if (input instanceof HTMLSelectElement) await userEvent.selectOptions(input, value)
    else await userEvent.fill(input, value)
  }
  await inner.submit()
  await settle(el)
  await el.reload()
  await settle(el)
}

describe("fd-recruitment-plan", () => {
  afterEach(cleanup)

  for (const lang of ["zh-CN", "en"]) {
    it(`has no accessibility violations: advice and form, then the stored plan with its costs (${lang})`, async () => {
      const clock = await approved()
      const { el } = await page(lang, clock)
      expect((await axe.run(el)).violations).toEqual([])
      await fill(el, plan)
      await form(el).submit()
      await settle(el)
      expect(part(el, "plan")).not.toBeNull()
      await run(el, "submit")
      expect((await axe.run(el)).violations).toEqual([])
    })
  }

  it("recommends channels by the seed's rules, with the reason for each", async () => {
    const { el } = await page("en", await approved())
    expect(text(part(el, "advice"))).toContain(
      "advertisement, ordinary job fair — 2 people: advertisements or ordinary job fairs"
    )
    root(el).querySelector<HTMLInputElement>("[part~=advice] input[type=checkbox]")!.click()
    await settle(el)
    expect(text(part(el, "advice"))).toContain(
      "internal posting, ordinary job fair — 2 people, few (at most 3) with modest requirements: internal posting or ordinary job fairs"
    )
    // The form starts from the requisition and the recommendation.
    expect(field(el, "headcount").value).toBe("2")
    expect(field(el, "wantedStart").value).toBe("2026-05-15")
    expect(field(el, "channels").snapshot()).toEqual(["advertisement", "ordinaryJobFair"])
    await userEvent.click(root(el).querySelector<HTMLButtonElement>("[part~=advice] button")!)
    expect(field(el, "channels").snapshot()).toEqual(["ordinaryJobFair", "internalPosting"])
  })

  it("gives, for every need, reasons whose channels are exactly the recommendation", () => {
    for (const level of ["ordinary", "important", "departmentHead"] as const)
      for (const headcount of [1, 3, 4, 9, 10, 40])
        for (const modestRequirements of [true, false]) {
          const need = { headcount, level, modestRequirements }
          const advised = Plan.channelAdvice(need).flatMap((a) => a.channels)
          expect(new Set(advised)).toEqual(new Set(Plan.recommendChannels(need)))
          expect(advised.length).toBe(new Set(advised).size)
        }
    expect(Plan.channelAdvice({ headcount: 1, level: "departmentHead", modestRequirements: true })).toEqual([
      { rule: "senior", channels: ["online", "headhunter"] }
    ])
  })

  for (const [lang, timing, hrRoute, unitRoute, fairRoute] of [
    [
      "zh-CN",
      "2026-04-15（用人日期 2026-05-15 − 准备周期 30 天）",
      "人力资源负责人：费用 ¥3,000.00 未超出年度预算 ¥10,000.00，且无专场招聘会",
      "单位负责人：费用 ¥12,000.00 超出年度预算 ¥10,000.00",
      "单位负责人：举办专场招聘会的方案由单位负责人审批"
    ],
    [
      "en",
      "2026-04-15 (wanted start 2026-05-15 − a preparation cycle of 30 days)",
      "HR head: the cost of CN¥3,000.00 is within the annual budget of CN¥10,000.00, with no dedicated job fair",
      "unit head: the cost of CN¥12,000.00 is above the annual budget of CN¥10,000.00",
      "unit head: a plan with a dedicated job fair goes to the unit head"
    ]
  ] as const) {
    it(`shows the recruiting start and the approval route before the plan is saved (${lang})`, async () => {
      const { el } = await page(lang, await approved())
      expect(part(el, "preview")!.parentElement!.getAttribute("role")).toBe("status")
      await fill(el, { preparationDays: "30" })
      expect(text(part(el, "recruiting-start"))).toBe(timing)
      await fill(el, { criteria: plan.criteria, targetGroup: plan.targetGroup, annualBudget: "10000" })
      await fill(el, { "budget.ordinaryJobFair": "3000" })
      expect(text(part(el, "route"))).toBe(hrRoute)
      await fill(el, { "budget.ordinaryJobFair": "12000" })
      expect(text(part(el, "route"))).toBe(unitRoute)
      await fill(el, { "budget.ordinaryJobFair": "3000" })
      await form(el).back()
      await settle(el)
      await userEvent.click(control(el, "dedicatedJobFair"))
      await settle(el)
      expect(text(part(el, "route"))).toBe(fairRoute)
    })
  }

  it("asks an amount for each channel chosen, and an amount stays with its channel when the choice changes", async () => {
    const { el } = await page("en", await approved())
    await fill(el, {
      criteria: plan.criteria,
      targetGroup: plan.targetGroup,
      preparationDays: "30",
      annualBudget: "10000"
    })
    const budgetFields = () =>
      [...form(el).shadowRoot!.querySelectorAll("[data-field^='budget.']")].map((f) =>
        f.getAttribute("data-field")
      )
    expect(budgetFields()).toEqual(["budget.advertisement", "budget.ordinaryJobFair"])
    await fill(el, { "budget.advertisement": "800", "budget.ordinaryJobFair": "3000" })
    await form(el).back()
    await settle(el)
    // Untick advertisements: the job fair's amount moves up a place and keeps its value.
    const advertisement = field(el, "channels").shadowRoot!.querySelector<HTMLInputElement>(
      "input[value=advertisement]"
    )!
    await userEvent.click(advertisement)
    await settle(el)
    expect(budgetFields()).toEqual(["budget.ordinaryJobFair"])
    expect(field(el, "budget.ordinaryJobFair").value).toBe("3000.00")
    expect(text(part(el, "route"))).toContain("CN¥3,000.00")
    // Tick it again: its amount comes back with it.
    await userEvent.click(advertisement)
    await settle(el)
    expect(field(el, "budget.advertisement").value).toBe("800.00")
    expect(field(el, "budget.ordinaryJobFair").value).toBe("3000.00")
  })

  it("saves the plan through the desk with its budget lines, timing and route", async () => {
    const clock = await approved()
    const { el } = await page("en", clock)
    const saved: Array<string> = []
    el.addEventListener("fd-plan-saved", (e) => saved.push(e.detail.record.id))
    await fill(el, { ...plan, "budget.advertisement": "500.5" })
    await form(el).submit()
    await settle(el)
    expect(saved).toEqual(["pl-1"])
    const stored = (await clock.desk.get<Plan.Data>("plans", "pl-1"))!
    expect(stored.state).toBe("draft")
    expect(stored.data).toMatchObject({
      requisitionId: "rq-1",
      headcount: 2,
      channels: ["advertisement", "ordinaryJobFair"],
      preparationDays: 30,
      recruitingStart: "2026-04-15",
      route: "hrHead",
      createdBy: hr.id
    })
    expect(stored.data.budget).toEqual([
      { channel: "advertisement", amount: Field.money(50_050) },
      { channel: "ordinaryJobFair", amount: Field.money(300_000) }
    ])
    expect(text(part(el, "plan"))).toContain("Recruiting starts 2026-04-15")
    expect(text(part(el, "route"))).toContain("HR head")
  })

  for (const [lang, refused] of [
    ["zh-CN", "不能审批自己提出或签批的申请"],
    ["en", "You cannot approve a request you raised or signed"]
  ] as const) {
    it(`refuses inline the approval of a plan by its author; another HR head approves it (${lang})`, async () => {
      const clock = await approved()
      await clock.desk.create(Plan.workflow, "pl-1", planInput("rq-1"), hrHead)
      await clock.desk.run(Plan.workflow, "pl-1", "submit", {}, hrHead)
      const { el, provider } = await page(lang, clock, hrHead)
      await run(el, "approve")
      expect(refusal(el)).toContain(refused)
      expect((await clock.desk.get("plans", "pl-1"))!.state).toBe("submitted")
      provider.actor = otherHrHead
      await settle(provider)
      await run(el, "approve")
      expect(refusal(el)).toBe("")
      expect((await clock.desk.get<Plan.Data>("plans", "pl-1"))!.data.approvedBy).toBe(otherHrHead.id)
    })
  }

  it("marks a channel whose recorded costs exceed its budget in words, not colour alone", async () => {
    const clock = await approved()
    await clock.desk.create(Plan.workflow, "pl-1", planInput("rq-1"), hr)
    await clock.desk.run(Plan.workflow, "pl-1", "submit", {}, hr)
    await clock.desk.run(Plan.workflow, "pl-1", "approve", {}, hrHead)
    const { el } = await page("zh-CN", clock, hr)
    await run(el, "recordCost", { channel: "ordinaryJobFair", amount: "3500" })
    expect(refusal(el)).toBe("")
    const stored = (await clock.desk.get<Plan.Data>("plans", "pl-1"))!
    expect(stored.data.spending).toEqual([{ channel: "ordinaryJobFair", amount: Field.money(350_000) }])
    const rows = [...root(el).querySelectorAll("[part~=costs] tr")].map((r) => text(r))
    expect(rows).toContain("普通招聘会 ¥3,000.00 ¥3,500.00 ✕超出预算")
    expect(rows).toContain("内部招聘 ¥0.00 ¥0.00 ✓未超预算")
    expect(rows).toContain("合计 ¥3,000.00 ¥3,500.00 ✕超出预算")
  })

  it("edits a draft plan in place, filled in from the stored plan", async () => {
    const clock = await approved()
    await clock.desk.create(Plan.workflow, "pl-1", planInput("rq-1"), hr)
    const { el } = await page("en", clock, hr)
    await userEvent.click(
      root(el).querySelector<HTMLButtonElement>("[part~=plan] ~ div button[aria-expanded]")!
    )
    await settle(el)
    expect(field(el, "criteria").value).toBe("大专及以上，普通话标准")
    expect(field(el, "budget.ordinaryJobFair").value).toBe("3000.00")
    expect(field(el, "preparationDays").value).toBe("30")
    await fill(el, { preparationDays: "45" })
    expect(text(root(el).querySelector("[part~=preview] [part~=recruiting-start]"))).toContain("2026-03-31")
    await form(el).submit()
    await settle(el)
    const stored = (await clock.desk.get<Plan.Data>("plans", "pl-1"))!
    expect(stored.data).toMatchObject({ preparationDays: 45, recruitingStart: "2026-03-31" })
  })

  it("draws up no plan before the requisition is approved", async () => {
    const clock = requisitionsDesk(start)
    await requisition(clock.desk, "rq-1", { until: "submitted" })
    const { el } = await page("en", clock, head)
    expect(form(el)).toBeNull()
    expect(text(part(el, "notice"))).toBe(
      "A plan is drawn up once the requisition is approved; it is signed by department head"
    )
  })
})
