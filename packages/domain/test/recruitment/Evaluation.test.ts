import { describe, expect, it } from "vitest"
import * as Field from "../../src/kernel/Field.js"
import * as Messages from "../../src/kernel/Messages.js"
import { type Candidate, Evaluation, type Plan, type Requisition } from "../../src/recruitment/index.js"
import { approvedRequisition, newCandidate, now } from "./fixtures.js"

const requisition: Requisition.Record = { ...approvedRequisition(), id: "rq-1" }

/** A candidate who reached the given stages, the hire `days` after the requisition's approval. */
const candidate = (
  id: string,
  channel: Plan.Channel,
  reached: ReadonlyArray<keyof Candidate.Milestones>,
  days = 30,
  state = "applied"
): Candidate.Record => {
  const base = newCandidate({ channel }, id)
  const stamp = new Date(now.getTime() + days * 86_400_000).toISOString()
  return {
    ...base,
    state,
    data: { ...base.data, milestones: Object.fromEntries(reached.map((m) => [m, stamp])) }
  }
}

const plan = (
  budget: ReadonlyArray<Plan.Line>,
  spending: ReadonlyArray<Plan.Line>,
  state = "approved"
): Plan.Record =>
  ({
    id: `p-${state}`,
    version: 3,
    state,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    data: {
      requisitionId: "rq-1",
      headcount: 2,
      criteria: "",
      targetGroup: "",
      channels: ["campus", "online"],
      wantedStart: "2026-05-01",
      preparationDays: 30,
      budget,
      annualBudget: Field.money(10_000_000),
      recruitingStart: "2026-04-01",
      cost: Field.money(budget.reduce((s, l) => s + l.amount.amount, 0)),
      route: "hrHead",
      createdBy: "u-hr",
      spending
    }
  }) as Plan.Record

const candidates = [
  candidate("c-1", "campus", ["screenedAt", "interviewedAt", "offeredAt", "hiredAt"], 30),
  candidate("c-2", "campus", ["screenedAt", "interviewedAt", "offeredAt", "hiredAt"], 40),
  candidate("c-3", "campus", ["screenedAt", "interviewedAt"]),
  candidate("c-4", "online", ["screenedAt"]),
  candidate("c-5", "online", []),
  candidate("c-6", "online", ["screenedAt"], 0, "merged")
]
const plans = [
  plan(
    [
      { channel: "campus", amount: Field.money(400_000) },
      { channel: "online", amount: Field.money(100_000) }
    ],
    [
      { channel: "campus", amount: Field.money(450_000) },
      { channel: "online", amount: Field.money(50_000) }
    ]
  ),
  plan([{ channel: "headhunter", amount: Field.money(9_000_000) }], [], "cancelled")
]

describe("recruitment evaluation (招聘评估)", () => {
  it("per requisition: applicants, screened, interviewed, offered, hired, days to hire, cost per hire against budget", () => {
    const [row] = Evaluation.perRequisition([requisition], candidates, plans)
    expect(row).toEqual({
      requisitionId: "rq-1",
      position: "客服专员",
      department: "客服部",
      headcount: 2,
      applicants: 5,
      screened: 4,
      interviewed: 3,
      offered: 2,
      hired: 2,
      daysToHire: 35,
      budget: Field.money(500_000),
      cost: Field.money(500_000),
      costPerHire: Field.money(250_000),
      budgetPerHead: Field.money(250_000),
      overBudget: false
    })
  })

  it("per channel: each channel's own candidates, budget and spending", () => {
    const rows = Evaluation.perChannel([requisition], candidates, plans)
    expect(
      rows.map((r) => [r.channel, r.applicants, r.hired, r.cost.amount, r.budget.amount, r.overBudget])
    ).toEqual([
      ["campus", 3, 2, 450_000, 400_000, true],
      ["online", 2, 0, 50_000, 100_000, false]
    ])
    expect(rows[0]?.costPerHire).toEqual(Field.money(225_000))
    expect(rows[1]?.costPerHire).toBeUndefined()
  })

  it("merged duplicates and cancelled plans are not counted", () => {
    const [row] = Evaluation.perRequisition([requisition], candidates, plans)
    expect(row?.applicants).toBe(5)
    expect(Evaluation.perChannel([requisition], candidates, plans).map((r) => r.channel)).not.toContain(
      "headhunter"
    )
  })

  it("gives the funnel for a chart, with shares of the applicants and labels in both languages", () => {
    const [row] = Evaluation.perRequisition([requisition], candidates, plans)
    const funnel = Evaluation.funnel(row!)
    expect(funnel.map((s) => [s.stage, s.count, s.share])).toEqual([
      ["applicants", 5, 1],
      ["screened", 4, 0.8],
      ["interviewed", 3, 0.6],
      ["offered", 2, 0.4],
      ["hired", 2, 0.4]
    ])
    expect(Messages.format(funnel[4]!.label, "zh-CN")).toBe("录用入职")
    expect(Messages.format(Evaluation.columnLabel("daysToHire"), "en")).toBe("days from approval to hire")
  })

  it("no applicants: shares and averages are absent, not zero or NaN", () => {
    const [row] = Evaluation.perRequisition([requisition], [], [])
    expect(row?.daysToHire).toBeUndefined()
    expect(Evaluation.funnel(row!).every((s) => s.share === undefined)).toBe(true)
  })
})
