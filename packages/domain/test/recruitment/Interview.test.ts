import { describe, expect, it } from "vitest"
import { Interview } from "../../src/recruitment/index.js"

const evaluation = (
  interviewerId: string,
  round: Interview.Round,
  scores: ReadonlyArray<readonly [(typeof Interview.criteria)[number], number]>,
  recommendation: "hire" | "consider" | "reject"
): Interview.Evaluation => ({
  round,
  scores: scores.map(([criterion, score]) => ({ criterion, score })),
  recommendation,
  interviewerId,
  interviewerName: interviewerId,
  interviewerRoles: ["interviewer"],
  at: "2026-03-05T02:00:00.000Z"
})

describe("interview routing (面试安排)", () => {
  it("front-line staff → the HR manager, one round", () => {
    expect(Interview.interviewers("frontLine", "first")).toEqual(["hrManager"])
    expect(Interview.hasSecondRound("frontLine")).toBe(false)
    expect(Interview.needsShortlist("frontLine")).toBe(false)
  })

  it("professionals → the department manager shortlists and interviews", () => {
    expect(Interview.needsShortlist("professional")).toBe(true)
    expect(Interview.interviewers("professional", "first")).toEqual(["departmentManager"])
  })

  it("other positions → first interview by the HR manager", () => {
    expect(Interview.interviewers("other", "first")).toEqual(["hrManager"])
    expect(Interview.interviewers("other", "second")).toEqual(["departmentManager"])
  })

  it("routing is configuration", () => {
    const routing = {
      ...Interview.defaultRouting,
      frontLine: { first: ["storeManager"], second: ["hrManager"] }
    }
    expect(Interview.interviewers("frontLine", "first", routing)).toEqual(["storeManager"])
    expect(Interview.hasSecondRound("frontLine", routing)).toBe(true)
  })
})

describe("interview evaluation form (面试评价表)", () => {
  it("sums up each interviewer's scores per criterion and the recommendations", () => {
    const summary = Interview.summarise(
      [
        evaluation(
          "a",
          "first",
          [
            ["generalQualities", 4],
            ["professionalSkill", 5]
          ],
          "hire"
        ),
        evaluation("b", "first", [["generalQualities", 3]], "consider"),
        evaluation("c", "second", [["generalQualities", 1]], "reject")
      ],
      "first"
    )
    expect(summary).toEqual({
      evaluations: 2,
      average: 4,
      byCriterion: { generalQualities: 3.5, professionalSkill: 5 },
      recommendations: { hire: 1, consider: 1, reject: 0 }
    })
  })

  it("a round without evaluations has no average", () => {
    expect(Interview.summarise([], "second").average).toBeUndefined()
  })
})
