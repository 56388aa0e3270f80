import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Calendar from "../../src/kernel/Calendar.js"
import * as Deadline from "../../src/kernel/Deadline.js"
import * as Messages from "../../src/kernel/Messages.js"
import * as Workflow from "../../src/kernel/Workflow.js"
import { Probation } from "../../src/recruitment/index.js"
import { codes, decide, deptManager, fail, hr, hrManager, now, ok, probationForm, steps } from "./fixtures.js"

const W = Probation.workflow
const newProbation = (overrides: Partial<Probation.Form> = {}, context?: Workflow.Context) =>
  ok(Workflow.create(W, { id: "c-1", input: probationForm(overrides), actor: hr, now, context }))
const employee = { id: "u-emp", name: "王芳", roles: ["employee"] }

describe("probation length (Labour Contract Law art. 19)", () => {
  it("a contract under 3 months allows no probation", () => {
    expect(Probation.maxMonths({ kind: "fixed", months: 2 })).toBe(0)
    expect(Probation.lengthViolations({ kind: "fixed", months: 2 }, 1).map((v) => v.code)).toEqual([
      "recruitment.probation.none"
    ])
  })

  it("3 months to under 1 year allows at most 1 month", () => {
    expect(Probation.maxMonths({ kind: "fixed", months: 3 })).toBe(1)
    expect(Probation.maxMonths({ kind: "fixed", months: 11 })).toBe(1)
  })

  it("1 year to under 3 years allows at most 2 months", () => {
    expect(Probation.maxMonths({ kind: "fixed", months: 12 })).toBe(2)
    expect(Probation.maxMonths({ kind: "fixed", months: 35 })).toBe(2)
  })

  it("3 years or more, or open-ended, allows at most 6 months", () => {
    expect(Probation.maxMonths({ kind: "fixed", months: 36 })).toBe(6)
    expect(Probation.maxMonths({ kind: "openEnded" })).toBe(6)
  })

  it("a length is accepted exactly when it is within the bound, for every term", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 0, max: 6 }), (term, months) => {
        const max = term < 3 ? 0 : term < 12 ? 1 : term < 36 ? 2 : 6
        const violations = Probation.lengthViolations({ kind: "fixed", months: term }, months)
        return (violations.length === 0) === months <= max
      })
    )
  })

  it("the refusal says the bound in both languages", () => {
    const [violation] = Probation.lengthViolations({ kind: "fixed", months: 12 }, 3)
    expect(Messages.render(violation!.message, "zh-CN")).toContain("2 个月")
    expect(Messages.render(violation!.message, "en")).toContain("3 month(s)")
  })

  it("only one probation per employee and employer", () => {
    expect(
      codes(
        fail(
          Workflow.create(W, {
            id: "c-1",
            input: probationForm(),
            actor: hr,
            now,
            context: { priorProbation: true }
          })
        )
      )
    ).toEqual(["recruitment.probation.repeat"])
  })

  it("creating a probation longer than the contract allows is refused", () => {
    expect(
      codes(
        fail(
          Workflow.create(W, {
            id: "c-1",
            input: probationForm({ contractTerm: { kind: "fixed", months: 6 }, months: 2 }),
            actor: hr,
            now
          })
        )
      )
    ).toEqual(["recruitment.probation.tooLong"])
  })
})

describe("the end of probation is a deadline", () => {
  it("ends the day before the same date months later", () => {
    expect(Probation.endDate("2026-05-01", 3)).toBe("2026-07-31")
    expect(Probation.endDate("2026-01-15", 1)).toBe("2026-02-14")
  })

  it("ends on the month's last day when that month has no such date (Civil Code art. 202)", () => {
    expect(Probation.endDate("2026-01-31", 1)).toBe("2026-02-28")
    expect(Probation.endDate("2028-01-30", 1)).toBe("2028-02-29")
    expect(Probation.endDate("2026-03-31", 6)).toBe("2026-09-30")
  })

  it("is due at the end of its last day in Shanghai, due soon a week ahead, overdue after", () => {
    const record = newProbation()
    expect(record.data.endsAt).toBe("2026-07-31T15:59:59.999Z")
    const cn = Calendar.cnMainland()
    expect(Probation.endStatus(record, new Date("2026-07-01T02:00:00Z"), cn)).toBe("on-track")
    expect(Probation.endStatus(record, new Date("2026-07-28T02:00:00Z"), cn)).toBe("due-soon")
    expect(Probation.endStatus(record, new Date("2026-08-01T02:00:00Z"), cn)).toBe("overdue")
    expect(
      Deadline.describe(
        Probation.endPolicy,
        Probation.endTracker(record),
        new Date("2026-07-28T02:00:00Z"),
        cn
      ).dueAt
    ).toBe("2026-07-31T15:59:59.999Z")
  })

  it("the workflow keeps it on the record, and the record's dueAt is the end, for alerts", () => {
    const record = newProbation()
    expect(record.dueAt).toBe("2026-07-31T15:59:59.999Z")
    expect(record.deadlines?.[Probation.deadlineName]).toMatchObject({ dueAt: "2026-07-31T15:59:59.999Z" })
    const ended = steps(W, record, [
      ["setGoals", { goals: ["独立处理来电"] }, deptManager],
      ["selfAssess", { summary: "未完成" }, employee],
      ["assess", { result: "fail", comments: "未达到试用目标" }, deptManager],
      ["approveAssessment", {}, hrManager],
      ["notify", {}, hr],
      ["end", {}, hr]
    ])
    expect(ended.dueAt).toBeUndefined()
    expect(ended.deadlines?.[Probation.deadlineName]?.metAt).toBe(now.toISOString())
  })

  it("how far ahead it counts as due soon is configuration", () => {
    const record = newProbation()
    const cn = Calendar.cnMainland()
    expect(Probation.endStatus(record, new Date("2026-07-20T02:00:00Z"), cn)).toBe("on-track")
    expect(
      Probation.endStatus(record, new Date("2026-07-20T02:00:00Z"), cn, Probation.endPolicyWith(14))
    ).toBe("due-soon")
  })

  it("is met when the probation is confirmed or ended", () => {
    const confirmed = steps(W, newProbation(), [
      ["setGoals", { goals: ["独立处理来电"] }, deptManager],
      ["selfAssess", { summary: "完成目标" }, employee],
      ["assess", { result: "pass", comments: "合格" }, deptManager],
      ["approveAssessment", {}, hrManager],
      ["notify", {}, hr],
      ["confirm", {}, hr]
    ])
    expect(Probation.endStatus(confirmed, new Date("2026-09-01T02:00:00Z"))).toBe("met")
  })
})

describe("probation workflow", () => {
  it("goals → coaching → career plan → self-assessment → assessment → approval → notice → confirm", () => {
    const record = steps(W, newProbation(), [
      ["setGoals", { goals: ["熟悉工单系统", "独立处理来电"] }, deptManager],
      ["coach", { note: "第一周面谈：熟悉流程" }, deptManager],
      ["planCareer", { plan: "一年后争取客服组长" }, employee],
      ["selfAssess", { summary: "完成全部目标" }, employee],
      ["assess", { result: "pass", score: 88, comments: "达到试用目标" }, deptManager],
      ["approveAssessment", {}, hrManager],
      ["notify", {}, hr],
      ["confirm", {}, hr]
    ])
    expect(record.state).toBe("confirmed")
    expect(record.data.goals).toHaveLength(2)
    expect(record.data.coachingNotes.map((n) => n.by)).toEqual(["u-dm"])
    expect(record.data.assessment).toMatchObject({ result: "pass", score: 88, by: "u-dm" })
    expect(record.data.approvedBy).toBe("u-hrm")
  })

  it("a failed assessment ends the employment, and cannot be confirmed", () => {
    const notified = steps(W, newProbation(), [
      ["setGoals", { goals: ["独立处理来电"] }, deptManager],
      ["selfAssess", { summary: "未完成" }, employee],
      ["assess", { result: "fail", comments: "未达到试用目标" }, deptManager],
      ["approveAssessment", {}, hrManager],
      ["notify", {}, hr]
    ])
    expect(codes(fail(decide(W, notified, "confirm", {}, hr)))).toEqual([
      "recruitment.probation.resultMismatch"
    ])
    expect(ok(decide(W, notified, "end", {}, hr)).state).toBe("ended")
  })

  it("the assessor cannot approve their own assessment", () => {
    const both = { ...deptManager, roles: ["departmentManager", "hrManager"] }
    const assessed = steps(W, newProbation(), [
      ["setGoals", { goals: ["目标"] }, deptManager],
      ["selfAssess", { summary: "总结" }, employee],
      ["assess", { result: "pass", comments: "合格" }, both]
    ])
    expect(codes(fail(decide(W, assessed, "approveAssessment", {}, both)))).toEqual([
      "recruitment.approval.ownRequest"
    ])
  })

  it("no notice before the assessment is approved", () => {
    const assessed = steps(W, newProbation(), [
      ["setGoals", { goals: ["目标"] }, deptManager],
      ["selfAssess", { summary: "总结" }, employee],
      ["assess", { result: "pass", comments: "合格" }, deptManager]
    ])
    expect(codes(fail(decide(W, assessed, "notify", {}, hr)))).toEqual(["NotAllowedInState"])
  })
})
