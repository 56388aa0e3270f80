import { describe, expect, it } from "vitest"
import * as Workflow from "../../src/kernel/Workflow.js"
import { Candidate, Screening } from "../../src/recruitment/index.js"
import { candidateForm, codes, decide, fail, hr, now, ok } from "./fixtures.js"

describe("screening criteria and prohibited grounds", () => {
  it("gender, ethnicity, religion, household registration and appearance are not offered", () => {
    const offered = Screening.offered().map((c) => c.id)
    for (const prohibited of Screening.prohibitedCriteria) expect(offered).not.toContain(prohibited)
    expect(Screening.prohibitedCriteria.map((c) => Screening.describe(c).standing)).toEqual(
      Array(5).fill("prohibited")
    )
  })

  it("age is offered but marked restricted (risky)", () => {
    expect(Screening.offered().find((c) => c.id === "age")?.standing).toBe("restricted")
  })

  it("screening on a prohibited criterion that is not enabled is refused", () => {
    const record = ok(
      Workflow.create(Candidate.workflow, { id: "c-1", input: candidateForm(), actor: hr, now })
    )
    const refused = fail(
      decide(
        Candidate.workflow,
        record,
        "screen",
        { outcome: "fail", criteria: [{ criterion: "householdRegistration", met: false }] },
        hr
      )
    )
    expect(codes(refused)).toEqual(["recruitment.screening.notOffered"])
  })

  it("a deployment that explicitly enables one gets every use recorded with a warning", () => {
    const insisting = Candidate.make({ screening: { enabledProhibited: ["householdRegistration"] } })
    expect(Screening.offered({ enabledProhibited: ["householdRegistration"] }).map((c) => c.id)).toContain(
      "householdRegistration"
    )
    const record = ok(Workflow.create(insisting, { id: "c-1", input: candidateForm(), actor: hr, now }))
    const decision = Workflow.decide(
      insisting,
      record,
      "screen",
      { outcome: "fail", criteria: [{ criterion: "householdRegistration", met: false }] },
      hr,
      now
    )
    const screened = ok(decision)
    expect(screened.data.screeningWarnings).toEqual([
      { criterion: "householdRegistration", standing: "prohibited", by: "u-hr", at: now.toISOString() }
    ])
    expect(Screening.warningText(screened.data.screeningWarnings[0]!, "zh-CN")).toContain("户口")
    expect(Screening.warningText(screened.data.screeningWarnings[0]!, "en")).toContain("prohibits")
    // The history entry keeps the criteria used.
    if (decision._tag === "Success")
      expect(JSON.stringify(decision.success.entry.input)).toContain("householdRegistration")
  })

  it("every use of age is recorded with a warning too", () => {
    const record = ok(
      Workflow.create(Candidate.workflow, { id: "c-1", input: candidateForm(), actor: hr, now })
    )
    const screened = ok(
      decide(
        Candidate.workflow,
        record,
        "screen",
        { outcome: "pass", criteria: [{ criterion: "age", met: true }] },
        hr
      )
    )
    expect(screened.data.screeningWarnings.map((w) => w.standing)).toEqual(["restricted"])
  })

  it("lawful criteria record no warning", () => {
    const record = ok(
      Workflow.create(Candidate.workflow, { id: "c-1", input: candidateForm(), actor: hr, now })
    )
    const screened = ok(
      decide(
        Candidate.workflow,
        record,
        "screen",
        { outcome: "pass", criteria: [{ criterion: "education", met: true }] },
        hr
      )
    )
    expect(screened.data.screeningWarnings).toEqual([])
    expect(screened.state).toBe("screened")
  })
})
