import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Messages from "../../src/kernel/Messages.js"
import * as Rules from "../../src/kernel/Rules.js"
import { fieldTexts } from "../../src/messages/field.js"

// These rule sets name field codes, as a family's rules would; like such a module, this test
// registers the section it names, since Rules itself (loaded alone here) names none of them.
Messages.register(fieldTexts)

// The seed's disqualifications (不得录用), each rule carrying its legal standing (recruitment.md).
interface Candidate {
  readonly age: number
  readonly contractWithOtherEmployer: boolean
  readonly documents: ReadonlyArray<{ readonly name: string; readonly verified: boolean }>
  readonly onBlacklist: boolean
}

const disqualifications = Rules.make<Candidate, { readonly minimumAge: number }>(
  "recruitment.disqualifications",
  [
    Rules.rule({
      code: "recruitment.minor",
      message: { code: "input.invalid" },
      standing: "legal-requirement",
      check: (candidate: Candidate, ctx: { readonly minimumAge: number }) => candidate.age >= ctx.minimumAge
    }),
    Rules.rule({
      code: "recruitment.contractRunning",
      message: { code: "input.invalid" },
      standing: "legal-requirement",
      check: (candidate: Candidate) => !candidate.contractWithOtherEmployer
    }),
    Rules.rule({
      code: "recruitment.falsifiedDocuments",
      message: { code: "input.invalid" },
      standing: "legal-basis",
      check: (candidate: Candidate) =>
        candidate.documents.flatMap((document, index) =>
          document.verified
            ? []
            : [{ path: ["documents", index], message: { code: "field.text.empty" } } as const]
        )
    }),
    Rules.rule({
      code: "recruitment.blacklisted",
      message: { code: "input.invalid" },
      standing: "internal-policy",
      check: (candidate: Candidate) => !candidate.onBlacklist
    })
  ]
)

const clean: Candidate = {
  age: 25,
  contractWithOtherEmployer: false,
  documents: [
    { name: "diploma", verified: true },
    { name: "resume", verified: true }
  ],
  onBlacklist: false
}
const ctx = { minimumAge: 16 }

describe("Rules.evaluate", () => {
  it("a subject that meets every rule has no violations", () => {
    expect(Rules.evaluate(disqualifications, clean, ctx)).toEqual([])
  })

  it("returns every violation, not only the first, in the order the rules are declared", () => {
    const candidate: Candidate = {
      age: 15,
      contractWithOtherEmployer: true,
      documents: [
        { name: "diploma", verified: false },
        { name: "resume", verified: true },
        { name: "certificate", verified: false }
      ],
      onBlacklist: true
    }
    expect(Rules.evaluate(disqualifications, candidate, ctx)).toEqual([
      { code: "recruitment.minor", message: { code: "input.invalid" }, standing: "legal-requirement" },
      {
        code: "recruitment.contractRunning",
        message: { code: "input.invalid" },
        standing: "legal-requirement"
      },
      {
        code: "recruitment.falsifiedDocuments",
        message: { code: "field.text.empty" },
        standing: "legal-basis",
        path: ["documents", 0]
      },
      {
        code: "recruitment.falsifiedDocuments",
        message: { code: "field.text.empty" },
        standing: "legal-basis",
        path: ["documents", 2]
      },
      { code: "recruitment.blacklisted", message: { code: "input.invalid" }, standing: "internal-policy" }
    ])
  })

  it("the context reaches every check (a deployment may raise the minimum age)", () => {
    expect(
      Rules.evaluate(disqualifications, { ...clean, age: 17 }, { minimumAge: 18 }).map((v) => v.code)
    ).toEqual(["recruitment.minor"])
  })

  it("a single finding overrides the rule's message and adds a path; a rule without standing has none", () => {
    const set = Rules.make("name", [
      Rules.rule({
        code: "name.length",
        message: { code: "input.invalid" },
        check: (name: string) =>
          name.length <= 4 || { message: { code: "field.text.tooLong", params: { max: 4 } } }
      })
    ])
    expect(Rules.evaluate(set, "王芳")).toEqual([])
    expect(Rules.evaluate(set, "Wang Fang")).toEqual([
      { code: "name.length", message: { code: "field.text.tooLong", params: { max: 4 } } }
    ])
  })

  it("the violation count equals the number of broken rules, whatever the outcomes (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 12 }), (outcomes) => {
        const set = Rules.make(
          "random",
          outcomes.map((holds, index) =>
            Rules.rule({ code: `r${index}`, message: { code: "input.invalid" }, check: () => holds })
          )
        )
        const violations = Rules.evaluate(set, null)
        expect(violations.map((v) => v.code)).toEqual(
          outcomes.flatMap((holds, index) => (holds ? [] : [`r${index}`]))
        )
      })
    )
  })
})

describe("Rules.validate", () => {
  it("passes the subject through, or fails with RuleViolated carrying every violation", () => {
    expect(Rules.validate(disqualifications, clean, ctx)).toEqual(Result.succeed(clean))
    const result = Rules.validate(disqualifications, { ...clean, age: 15, onBlacklist: true }, ctx)
    if (Result.isSuccess(result)) throw new Error("expected a failure")
    expect(result.failure).toBeInstanceOf(Rules.RuleViolated)
    expect(result.failure.ruleSet).toBe("recruitment.disqualifications")
    expect(result.failure.violations.map((v) => v.code)).toEqual([
      "recruitment.minor",
      "recruitment.blacklisted"
    ])
  })
})

describe("Rules.make", () => {
  it("refuses two rules with one code, since screens key violations by code", () => {
    const rule = Rules.rule({ code: "same", message: { code: "input.invalid" }, check: () => true })
    expect(() => Rules.make("twice", [rule, rule])).toThrow(/declares the rule code "same" twice/)
  })

  it("isRuleSet tells a rule set from a guard function", () => {
    expect(Rules.isRuleSet(disqualifications)).toBe(true)
    expect(Rules.isRuleSet(() => [])).toBe(false)
    expect(Rules.isRuleSet(null)).toBe(false)
  })
})

describe("Rules.describe", () => {
  it("lists every rule's code, texts and standing without evaluating anything", () => {
    const listed = Rules.describe(disqualifications)
    expect(listed.map((rule) => [rule.code, rule.standing])).toEqual([
      ["recruitment.minor", "legal-requirement"],
      ["recruitment.contractRunning", "legal-requirement"],
      ["recruitment.falsifiedDocuments", "legal-basis"],
      ["recruitment.blacklisted", "internal-policy"]
    ])
    expect(listed[0]).toEqual({
      code: "recruitment.minor",
      message: { code: "input.invalid" },
      texts: Messages.texts({ code: "input.invalid" }),
      standing: "legal-requirement",
      standingTexts: { "zh-CN": "法定要求", en: "legal requirement" }
    })
  })
})

describe("Rules standings", () => {
  it("every standing has its own zh-CN and en label", () => {
    const labels = Rules.standings.map((standing) => Messages.texts(Rules.standingLabel(standing)))
    for (const locale of Messages.locales) {
      const texts = labels.map((label) => label[locale])
      expect(new Set(texts).size).toBe(Rules.standings.length)
      for (const text of texts) expect(text.trim()).not.toBe("")
    }
    expect(Messages.render(Rules.standingLabel("prohibited"), "zh-CN")).toBe("法律禁止")
  })
})

describe("Rules.RuleViolated", () => {
  it("renders each violation in zh-CN and en, prefixed with its path", () => {
    const error = new Rules.RuleViolated({
      violations: [
        { code: "a", message: { code: "field.text.tooLong", params: { max: 20 } }, path: ["name"] },
        { code: "b", message: { code: "input.required" } }
      ]
    })
    expect(error.texts("zh-CN")).toEqual(["name: 不能超过 20 个字符", "此项必填"])
    expect(error.texts("en")).toEqual(["name: Must be at most 20 characters", "This field is required"])
    expect(error._tag).toBe("RuleViolated")
    expect(error.message).toBe(
      "A business rule is not met: name: Must be at most 20 characters; This field is required"
    )
  })
})
