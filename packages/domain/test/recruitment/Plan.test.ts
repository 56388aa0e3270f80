import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Field from "../../src/kernel/Field.js"
import * as Workflow from "../../src/kernel/Workflow.js"
import { Plan } from "../../src/recruitment/index.js"
import { codes, decide, fail, hr, hrHead, now, ok, unitHead } from "./fixtures.js"

const form = (overrides: Partial<typeof Plan.PlanForm.Encoded> = {}) => ({
  requisitionId: "rq-1",
  headcount: 2,
  criteria: "大专及以上",
  targetGroup: "应届毕业生",
  channels: ["campus"],
  wantedStart: "2026-06-01",
  preparationDays: 30,
  budget: [{ channel: "campus", amount: { amount: 300_000 } }],
  annualBudget: { amount: 5_000_000 },
  ...overrides
})

const newPlan = (overrides: Partial<typeof Plan.PlanForm.Encoded> = {}) =>
  ok(Workflow.create(Plan.workflow, { id: "p-1", input: form(overrides), actor: hr, now }))

describe("channels (分析招聘渠道、方式)", () => {
  it("many positions → advertisements, campus, large job fairs", () => {
    expect(Plan.recommendChannels({ headcount: 30, level: "ordinary", modestRequirements: false })).toEqual([
      "advertisement",
      "campus",
      "largeJobFair"
    ])
  })

  it("few people with modest requirements → internal posting or ordinary job fairs", () => {
    expect(Plan.recommendChannels({ headcount: 2, level: "ordinary", modestRequirements: true })).toEqual([
      "internalPosting",
      "ordinaryJobFair"
    ])
  })

  it("senior talent → online recruiting or headhunters", () => {
    expect(
      Plan.recommendChannels({ headcount: 1, level: "departmentHead", modestRequirements: false })
    ).toEqual(["online", "headhunter"])
  })

  it("every need gets at least one channel, and the thresholds are configuration", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.constantFrom("ordinary", "important", "departmentHead" as const),
        fc.boolean(),
        (headcount, level, modestRequirements) =>
          Plan.recommendChannels({ headcount, level, modestRequirements }).length > 0
      )
    )
    expect(
      Plan.recommendChannels(
        { headcount: 5, level: "ordinary", modestRequirements: false },
        { largeHeadcount: 5, fewPeople: 1 }
      )
    ).toContain("campus")
  })
})

describe("channel advice: the reason beside each channel", () => {
  it("names the rule that recommends each channel, one entry per rule that applies", () => {
    expect(Plan.channelAdvice({ headcount: 30, level: "departmentHead", modestRequirements: false })).toEqual(
      [
        { rule: "senior", channels: ["online", "headhunter"] },
        { rule: "many", channels: ["advertisement", "campus", "largeJobFair"] }
      ]
    )
    expect(Plan.channelAdvice({ headcount: 2, level: "ordinary", modestRequirements: true })).toEqual([
      { rule: "few", channels: ["internalPosting", "ordinaryJobFair"] }
    ])
    expect(Plan.channelAdvice({ headcount: 5, level: "important", modestRequirements: false })).toEqual([
      { rule: "middle", channels: ["advertisement", "ordinaryJobFair"] }
    ])
    expect(Plan.channelAdvice({ headcount: 1, level: "departmentHead", modestRequirements: true })).toEqual([
      { rule: "senior", channels: ["online", "headhunter"] }
    ])
  })
})

describe("timing", () => {
  it("recruiting start = wanted start − preparation cycle (招聘日期=用人日期—准备周期)", () => {
    expect(Plan.recruitingStart("2026-06-01", 30)).toBe("2026-05-02")
    expect(newPlan().data.recruitingStart).toBe("2026-05-02")
  })
})

describe("plan approval (审批招聘方案)", () => {
  it("a dedicated job fair goes to the unit head", () => {
    expect(newPlan({ dedicatedJobFair: true }).data.route).toBe("unitHead")
  })

  it("a cost above the annual budget goes to the unit head", () => {
    const plan = newPlan({ budget: [{ channel: "campus", amount: { amount: 6_000_000 } }] })
    expect(plan.data.cost).toEqual(Field.money(6_000_000))
    expect(plan.data.route).toBe("unitHead")
  })

  it("otherwise the HR head approves, and the unit head's approval is refused", () => {
    const submitted = ok(decide(Plan.workflow, newPlan(), "submit", {}, hr))
    expect(submitted.data.route).toBe("hrHead")
    expect(codes(fail(decide(Plan.workflow, submitted, "approve", {}, unitHead)))).toEqual([
      "recruitment.approval.wrongRole"
    ])
    expect(ok(decide(Plan.workflow, submitted, "approve", {}, hrHead)).state).toBe("approved")
  })

  it("the unit head's route refuses the HR head", () => {
    const submitted = ok(decide(Plan.workflow, newPlan({ dedicatedJobFair: true }), "submit", {}, hr))
    expect(codes(fail(decide(Plan.workflow, submitted, "approve", {}, hrHead)))).toEqual([
      "recruitment.approval.wrongRole"
    ])
    expect(ok(decide(Plan.workflow, submitted, "approve", {}, unitHead)).data.approvedBy).toBe("u-unit")
  })

  it("nobody approves a plan they drew up", () => {
    const author = { ...hrHead, roles: ["hr", "hrHead"] }
    const plan = ok(Workflow.create(Plan.workflow, { id: "p-2", input: form(), actor: author, now }))
    const submitted = ok(decide(Plan.workflow, plan, "submit", {}, author))
    expect(codes(fail(decide(Plan.workflow, submitted, "approve", {}, author)))).toEqual([
      "recruitment.approval.ownRequest"
    ])
  })

  it("a plan needs at least one channel, and budget lines in the annual budget's currency", () => {
    expect(
      codes(fail(Workflow.create(Plan.workflow, { id: "x", input: form({ channels: [] }), actor: hr, now })))
    ).toEqual(["InvalidInput"])
    expect(
      codes(
        fail(
          Workflow.create(Plan.workflow, {
            id: "x",
            input: form({ budget: [{ channel: "campus", amount: { amount: 1, currency: "USD" } }] }),
            actor: hr,
            now
          })
        )
      )
    ).toEqual(["recruitment.plan.currency"])
  })

  it("costs are recorded by channel on an approved plan", () => {
    const approved = ok(
      decide(Plan.workflow, ok(decide(Plan.workflow, newPlan(), "submit", {}, hr)), "approve", {}, hrHead)
    )
    const spent = ok(
      decide(Plan.workflow, approved, "recordCost", { channel: "campus", amount: { amount: 120_000 } }, hr)
    )
    expect(spent.data.spending).toEqual([{ channel: "campus", amount: Field.money(120_000) }])
  })
})
