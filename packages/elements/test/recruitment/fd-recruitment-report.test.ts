import "../../src/define/fd-provider.js"
import "../../src/define/fd-recruitment-report.js"
import { Field } from "@frontdesk/domain"
import { Candidate, Plan, type Requisition } from "@frontdesk/domain/recruitment"
import axe from "axe-core"
import { afterEach, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import type { FdChart } from "../../src/charts/fd-chart.js"
import type { FdProvider } from "../../src/common/fd-provider.js"
import type { FdRecruitmentReport } from "../../src/recruitment/fd-recruitment-report.js"
import { cleanup, mount, settle } from "../common/fixtures.js"
import { hr, hrHead, planInput, requisition, requisitionsDesk } from "./requisitions-desk.js"

const at = (iso: string) => `${iso}T02:00:00.000Z`

const requisitionRecord = (
  id: string,
  fields: { position: string; department: string; headcount: number; approvedAt: string; createdAt: string }
) =>
  ({
    id,
    version: 5,
    state: "recruiting",
    createdAt: at(fields.createdAt),
    updatedAt: at(fields.approvedAt),
    data: {
      position: fields.position,
      department: fields.department,
      headcount: fields.headcount,
      approvedAt: at(fields.approvedAt)
    }
  }) as unknown as Requisition.Record

const planRecord = (
  id: string,
  requisitionId: string,
  state: string,
  budget: ReadonlyArray<readonly [Plan.Channel, number]>,
  spending: ReadonlyArray<readonly [Plan.Channel, number]>
) =>
  ({
    id,
    version: 3,
    state,
    createdAt: at("2026-03-11"),
    updatedAt: at("2026-03-11"),
    data: {
      requisitionId,
      budget: budget.map(([channel, fen]) => ({ channel, amount: Field.money(fen) })),
      spending: spending.map(([channel, fen]) => ({ channel, amount: Field.money(fen) }))
    }
  }) as unknown as Plan.Record

const candidateRecord = (
  id: string,
  requisitionId: string,
  channel: Plan.Channel,
  state: string,
  milestones: Partial<Record<"screenedAt" | "interviewedAt" | "offeredAt" | "hiredAt", string>>
) =>
  ({
    id,
    version: 2,
    state,
    createdAt: at("2026-03-15"),
    updatedAt: at("2026-03-15"),
    data: { requisitionId, channel, milestones }
  }) as unknown as Candidate.Record

const passed = { screenedAt: at("2026-03-16"), interviewedAt: at("2026-03-18"), offeredAt: at("2026-03-20") }

/** Known records: the figures below are worked out by hand from them. */
const records = {
  requisitions: [
    requisitionRecord("rq-2", {
      position: "出纳",
      department: "财务部",
      headcount: 1,
      createdAt: "2026-03-03",
      approvedAt: "2026-03-12"
    }),
    requisitionRecord("rq-1", {
      position: "客服专员",
      department: "客服部",
      headcount: 2,
      createdAt: "2026-03-02",
      approvedAt: "2026-03-10"
    })
  ],
  plans: [
    planRecord(
      "pl-1",
      "rq-1",
      "approved",
      [
        ["ordinaryJobFair", 300_000],
        ["internalPosting", 0]
      ],
      [["ordinaryJobFair", 350_000]]
    ),
    planRecord("pl-2", "rq-2", "approved", [["headhunter", 2_000_000]], [["headhunter", 1_500_000]]),
    // A cancelled plan counts for nothing.
    planRecord("pl-3", "rq-1", "cancelled", [["campus", 9_900_000]], [["campus", 100]])
  ],
  candidates: [
    // Hired 30 days after rq-1's approval.
    candidateRecord("c-1", "rq-1", "ordinaryJobFair", "onProbation", {
      ...passed,
      hiredAt: at("2026-04-09")
    }),
    candidateRecord("c-2", "rq-1", "ordinaryJobFair", "rejected", {
      screenedAt: passed.screenedAt,
      interviewedAt: passed.interviewedAt
    }),
    // Hired 20 days after rq-1's approval.
    candidateRecord("c-3", "rq-1", "internalPosting", "confirmed", { ...passed, hiredAt: at("2026-03-30") }),
    candidateRecord("c-4", "rq-1", "walkIn", "screenedOut", {}),
    // Folded into another application: not counted.
    candidateRecord("c-5", "rq-1", "ordinaryJobFair", "merged", { screenedAt: passed.screenedAt }),
    // Hired 40 days after rq-2's approval.
    candidateRecord("c-6", "rq-2", "headhunter", "onboarding", { ...passed, hiredAt: at("2026-04-21") }),
    candidateRecord("c-7", "rq-2", "headhunter", "screened", { screenedAt: passed.screenedAt })
  ]
}

const page = async (lang: string) => {
  const el = await mount<FdRecruitmentReport>(
    `<fd-recruitment-report lang="${lang}"></fd-recruitment-report>`
  )
  el.requisitions = records.requisitions
  el.plans = records.plans
  el.candidates = records.candidates
  await settle(el)
  return el
}

const root = (el: FdRecruitmentReport) => el.shadowRoot!
const text = (node: Element | null | undefined) =>
  (node?.shadowRoot ?? node)?.textContent?.replace(/\s+/g, " ").trim() ?? ""
const cells = (row: Element) => [...row.children].map((cell) => text(cell))
const rows = (table: Element | null | undefined) =>
  [...(table?.querySelectorAll("tr") ?? [])].map((row) => cells(row).join(" "))
const chart = (el: FdRecruitmentReport, part: string) => root(el).querySelector<FdChart>(`[part~=${part}]`)!
const chartRows = (c: FdChart) => rows(c.shadowRoot!.querySelector("table"))

describe("fd-recruitment-report", () => {
  afterEach(cleanup)

  for (const lang of ["zh-CN", "en"]) {
    it(`has no accessibility violations, with the charts' tables shown too (${lang})`, async () => {
      const el = await page(lang)
      expect((await axe.run(el)).violations).toEqual([])
      chart(el, "funnel").showTable = true
      chart(el, "time-to-hire").showTable = true
      await settle(el)
      expect((await axe.run(el)).violations).toEqual([])
    })
  }

  it("reports each requisition from its candidates and plans, with the total", async () => {
    const el = await page("zh-CN")
    expect(rows(root(el).querySelector("[part~=requisitions]"))).toEqual([
      "用人需求 需求人数 应聘人数 初选通过 参加面试 发出录用通知 录用入职 审批至入职天数 预算 实际费用 人均招聘成本 人均预算 成本与预算",
      "客服专员（客服部） 2 4 3 3 2 2 25 ¥3,000.00 ¥3,500.00 ¥1,750.00 ¥1,500.00 ✕超出预算",
      "出纳（财务部） 1 2 2 1 1 1 40 ¥20,000.00 ¥15,000.00 ¥15,000.00 ¥20,000.00 ✓未超预算",
      "合计 3 6 5 4 3 3 —无数据 ¥23,000.00 ¥18,500.00 ¥6,166.67 ¥7,666.67 ✓未超预算"
    ])
  })

  it("reports each channel, marking over budget in words and with a symbol", async () => {
    const el = await page("en")
    expect(rows(root(el).querySelector("[part~=channels]"))).toEqual([
      "Channel applicants passed screening interviewed offered hired days from approval to hire budget cost cost per hire Cost against budget",
      "ordinary job fair 2 2 2 1 1 30 CN¥3,000.00 CN¥3,500.00 CN¥3,500.00 ✕over budget",
      "internal posting 1 1 1 1 1 20 CN¥0.00 CN¥0.00 CN¥0.00 ✓within budget",
      "headhunter 2 2 1 1 1 40 CN¥20,000.00 CN¥15,000.00 CN¥15,000.00 ✓within budget",
      "walk-in 1 0 0 0 0 —no value CN¥0.00 CN¥0.00 —no value ✓within budget"
    ])
    const over = [...root(el).querySelectorAll("[part~=channels] [part~=over]")].map((e) =>
      text(e.closest("tr")!.querySelector("th"))
    )
    expect(over).toEqual(["ordinary job fair"])
  })

  it("draws the funnel of all requisitions or of the one chosen, with every number in its table", async () => {
    const el = await page("en")
    const funnel = chart(el, "funnel")
    expect(funnel.kind).toBe("funnel")
    expect(chartRows(funnel).slice(1)).toEqual([
      "applicants 6 —no value 100%",
      "passed screening 5 83.3% 83.3%",
      "interviewed 4 80% 66.7%",
      "offered 3 75% 50%",
      "hired 3 100% 50%"
    ])
    expect(text(funnel.shadowRoot!.querySelector("caption"))).toBe("Hiring funnel: all requisitions")
    await userEvent.selectOptions(root(el).querySelector<HTMLSelectElement>("[part~=scope] select")!, "rq-2")
    await settle(el)
    const counts = [...funnel.shadowRoot!.querySelectorAll("tbody tr")].map((row) => cells(row)[1])
    expect(counts).toEqual(["2", "2", "1", "1", "1"])
    expect(text(funnel.shadowRoot!.querySelector("caption"))).toBe("Hiring funnel: 出纳 (财务部)")
  })

  it("draws the days to hire per channel as bars, a channel without hires having none", async () => {
    const el = await page("zh-CN")
    const bars = chart(el, "time-to-hire")
    expect(bars.kind).toBe("bar")
    expect(chartRows(bars)).toEqual([
      "招聘渠道 审批至入职天数",
      "普通招聘会 30",
      "内部招聘 20",
      "猎头 40",
      "现场应聘 —无数值"
    ])
  })

  it("reads the records from the desk and follows a new application", async () => {
    const clock = requisitionsDesk("2026-03-02T01:00:00.000Z")
    const rq = await requisition(clock.desk, "rq-1", { until: "recruiting" })
    await clock.desk.create(Plan.workflow, "pl-1", planInput("rq-1"), hr)
    await clock.desk.run(Plan.workflow, "pl-1", "submit", {}, hr)
    await clock.desk.run(Plan.workflow, "pl-1", "approve", {}, hrHead)
    const register = (id: string, mobile: string) =>
      clock.desk.create(
        Candidate.workflow,
        id,
        Candidate.createInput(rq, { name: "刘洋", mobile, channel: "ordinaryJobFair" }),
        hr
      )
    await register("c-1", "13800138000")
    const provider = await mount<FdProvider>(
      `<fd-provider locale="en"><fd-recruitment-report></fd-recruitment-report></fd-provider>`
    )
    const el = provider.querySelector("fd-recruitment-report")!
    provider.desk = clock.desk
    provider.actor = hr
    await settle(provider)
    await el.reload()
    await settle(el)
    const row = () => cells(root(el).querySelector("[part~=requisitions] tbody tr")!).join(" ")
    expect(row()).toBe(
      "客服专员 (客服部) 2 1 0 0 0 0 —no value CN¥3,000.00 CN¥0.00 —no value CN¥1,500.00 ✓within budget"
    )
    // No reload asked: the report hears the change from the desk.
    await register("c-2", "13900139000")
    await settle(el)
    expect(row()).toMatch(/^客服专员 \(客服部\) 2 2 /)
  })

  it("says there is nothing to report without requisitions", async () => {
    const el = await mount<FdRecruitmentReport>(`<fd-recruitment-report lang="en"></fd-recruitment-report>`)
    el.requisitions = []
    await settle(el)
    expect(text(root(el).querySelector("[part~=notice]"))).toBe("No requisitions yet")
  })
})
