import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { CallbackRecord } from "../../src/customer-care/index.js"
import * as Field from "../../src/kernel/Field.js"
import * as Messages from "../../src/kernel/Messages.js"

describe("the callback record follows the script's branches (回访规范及用语)", () => {
  it("satisfied → ask for suggestions, close with thanks and wishes", () => {
    expect(CallbackRecord.branchOf("satisfied")).toBe("satisfied")
    expect(CallbackRecord.branchFields("satisfied")).toEqual([{ name: "suggestions", required: false }])
    expect(
      Messages.format(CallbackRecord.closingLabel(CallbackRecord.closingFor("satisfied")), "zh-CN")
    ).toBe("感谢客户并致以祝福")
  })

  it("unsatisfied or average → ask what to improve, close admitting the shortfall and promising improvement", () => {
    for (const satisfaction of ["average", "unsatisfied"] as const) {
      expect(CallbackRecord.branchOf(satisfaction)).toBe("notSatisfied")
      expect(CallbackRecord.branchFields("notSatisfied")).toEqual([{ name: "improvements", required: true }])
      expect(CallbackRecord.closingFor(satisfaction)).toBe("apologyAndPromise")
    }
    expect(Messages.format("customerCare.record.closing.apologyAndPromise", "en")).toContain(
      "promise improvement"
    )
  })

  it("a not-satisfied record without what to improve is refused, at the improvements field", () => {
    const violations = CallbackRecord.violations({
      method: "phone",
      outcome: "issueRaised",
      satisfaction: "average",
      improvements: "  ",
      notes: "等待时间较长"
    })
    expect(violations).toEqual([
      {
        code: "customerCare.record.improvementsRequired",
        message: { code: "customerCare.record.improvementsRequired" },
        path: ["improvements"]
      }
    ])
  })

  it("the stored record keeps only its branch's fields and the branch's closing", () => {
    const record = CallbackRecord.fromInput(
      {
        method: "sms",
        outcome: "issueRaised",
        satisfaction: "unsatisfied",
        suggestions: "无",
        improvements: " 缩短等待 ",
        notes: "不满意"
      },
      "2026-03-03T02:00:00.000Z",
      "u-1"
    )
    expect(record).toEqual({
      method: "sms",
      at: "2026-03-03T02:00:00.000Z",
      outcome: "issueRaised",
      notes: "不满意",
      by: "u-1",
      satisfaction: "unsatisfied",
      improvements: "缩短等待",
      closing: "apologyAndPromise"
    })
    expect(Schema.is(CallbackRecord.NotSatisfied)(record)).toBe(true)
  })
})

describe("a record cannot close without method, time, outcome, satisfaction and notes (必须保证回访信息的完整记录)", () => {
  const complete = {
    method: "phone",
    at: "2026-03-03T02:00:00.000Z",
    outcome: "surveyed",
    satisfaction: "satisfied",
    notes: "满意",
    by: "u-1",
    closing: "thanksAndWishes"
  }

  it("each missing part makes the record incomplete", () => {
    expect(CallbackRecord.isComplete(complete)).toBe(true)
    for (const key of ["method", "at", "outcome", "satisfaction", "notes"]) {
      const { [key]: _dropped, ...rest } = complete as Record<string, unknown>
      expect(CallbackRecord.isComplete(rest), key).toBe(false)
    }
    expect(CallbackRecord.isComplete({ ...complete, notes: "" })).toBe(false)
    expect(
      CallbackRecord.isComplete({ ...complete, satisfaction: "average", closing: "apologyAndPromise" })
    ).toBe(false)
  })

  it("the form input is a struct a form engine renders in the script's order", () => {
    expect(Field.fieldsOf(CallbackRecord.Input).map((f) => [f.name, f.meta.widget, f.optional])).toEqual([
      ["method", "select", false],
      ["at", "dateTime", true],
      ["outcome", "select", false],
      ["satisfaction", "select", false],
      ["suggestions", "textarea", true],
      ["improvements", "textarea", true],
      ["notes", "textarea", false]
    ])
  })
})
