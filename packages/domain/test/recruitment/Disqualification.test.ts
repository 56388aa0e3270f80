import { describe, expect, it } from "vitest"
import * as Messages from "../../src/kernel/Messages.js"
import * as Rules from "../../src/kernel/Rules.js"
import { Disqualification } from "../../src/recruitment/index.js"
import { position, residentId } from "./fixtures.js"

const subject = (facts: Disqualification.Facts, overrides: Partial<ReturnType<typeof position>> = {}) => ({
  facts: { birthDate: "1998-05-04", ...facts },
  position: position(overrides),
  startDate: "2026-05-01"
})
const fired = (s: Disqualification.Subject, blacklist: ReadonlyArray<string> = []) =>
  Disqualification.check(s, { blacklist }).map((v) => v.code)

describe("the disqualification table (有下列情形之一者，不得录用)", () => {
  it("the rule set is exactly the table's six rows, each with its standing", () => {
    expect(Rules.describe(Disqualification.ruleSet).map((r) => [r.code, r.standing])).toEqual([
      ["recruitment.disqualification.minor", "legal-requirement"],
      ["recruitment.disqualification.contractRunning", "legal-requirement"],
      ["recruitment.disqualification.fraud", "legal-basis"],
      ["recruitment.disqualification.blacklisted", "internal-policy"],
      ["recruitment.disqualification.criminalRecord", "restricted"],
      ["recruitment.disqualification.medical", "restricted"]
    ])
    for (const rule of Rules.describe(Disqualification.ruleSet)) {
      expect(rule.texts["zh-CN"]).not.toBe(rule.code)
      expect(rule.texts.en).not.toBe(rule.code)
    }
  })

  describe("未成年者 (minor): under 16 refused; 16–17 only for positions suitable for juvenile workers", () => {
    it("under 16 at the start date is refused (Labour Law art. 15)", () => {
      const found = Disqualification.check(subject({ birthDate: "2010-05-02" }), {})
      expect(found.map((v) => v.code)).toEqual([Disqualification.codes.minor])
      expect(Messages.render(found[0]!.message, "en")).toContain("Only 15")
    })

    it("turning 16 on the start date is old enough", () => {
      expect(fired(subject({ birthDate: "2010-05-01" }, { juvenileSuitable: true }))).toEqual([])
    })

    it("16–17 is refused for a position not marked suitable for juvenile workers", () => {
      const found = Disqualification.check(subject({ birthDate: "2009-01-01" }), {})
      expect(found.map((v) => v.message.code)).toEqual(["recruitment.disqualification.minor.juvenile"])
    })

    it("16–17 is allowed for a position marked suitable for juvenile workers", () => {
      expect(fired(subject({ birthDate: "2009-01-01" }, { juvenileSuitable: true }))).toEqual([])
    })

    it("an unknown birth date is reported, because the law requires the check", () => {
      const found = Disqualification.check({ ...subject({}), facts: {} }, {})
      expect(found.map((v) => v.message.code)).toEqual(["recruitment.disqualification.minor.unknownAge"])
    })
  })

  describe("和其他企业劳动合同未到期者 (contract with another employer still running)", () => {
    it("is refused until proof of termination (Labour Contract Law art. 91)", () => {
      expect(fired(subject({ previousContract: "running" }))).toEqual([
        Disqualification.codes.contractRunning
      ])
      expect(fired(subject({ previousContract: "terminated" }))).toEqual([])
      expect(fired(subject({ previousContract: "none" }))).toEqual([])
    })
  })

  describe("有欺诈行为者 (fraud, falsified documents)", () => {
    it("is refused when a document check fails (Labour Contract Law art. 26)", () => {
      expect(fired(subject({ documentCheck: "failed" }))).toEqual([Disqualification.codes.fraud])
      expect(fired(subject({ documentCheck: "passed" }))).toEqual([])
    })
  })

  describe("曾在本公司被除名者 (dismissed by this company before)", () => {
    it("is refused when the resident ID is on the blacklist", () => {
      const id = residentId("19900307")
      expect(fired(subject({ residentId: id }), [id])).toEqual([Disqualification.codes.blacklisted])
      expect(fired(subject({ residentId: id }), [])).toEqual([])
      expect(fired(subject({}), [id])).toEqual([])
    })
  })

  describe("有刑事记录者 (criminal record): only for positions that declare a lawful need", () => {
    it("fires for a position that declares a lawful need", () => {
      expect(
        fired(subject({ criminalRecord: "found" }, { criminalRecordBasis: "《保安服务管理条例》第八条" }))
      ).toEqual([Disqualification.codes.criminalRecord])
    })

    it("is not checked for a position without one", () => {
      expect(fired(subject({ criminalRecord: "found" }))).toEqual([])
    })
  })

  describe("精神病史、传染病或其它重疾者 (illness): only 'unfit for this position', for declared requirements", () => {
    it("fires only for unfit, and only for a position with a declared medical requirement", () => {
      const requirement = { medicalRequirement: "食品从业人员健康证明" }
      expect(fired(subject({ medical: "unfit" }, requirement))).toEqual([Disqualification.codes.medical])
      expect(fired(subject({ medical: "fit" }, requirement))).toEqual([])
      expect(fired(subject({ medical: "unfit" }))).toEqual([])
    })

    it("records no diagnosis: the facts schema keeps only fit / unfit", async () => {
      const { Schema } = await import("effect")
      const decoded = Schema.decodeUnknownSync(Disqualification.FactsInput)({
        medical: "unfit",
        diagnosis: "乙肝病毒携带"
      })
      expect(decoded).toEqual({ medical: "unfit" })
      expect(() =>
        Schema.decodeUnknownSync(Disqualification.FactsInput)({ medical: "hepatitis B carrier" })
      ).toThrow()
    })
  })

  it("every finding is reported at once, not only the first", () => {
    expect(
      fired(subject({ birthDate: "2012-01-01", previousContract: "running", documentCheck: "failed" }))
    ).toEqual([
      Disqualification.codes.minor,
      Disqualification.codes.contractRunning,
      Disqualification.codes.fraud
    ])
  })

  it("standingOf names a rule's standing", () => {
    expect(Disqualification.standingOf(Disqualification.codes.blacklisted)).toBe("internal-policy")
    expect(Disqualification.standingOf("no.such.rule")).toBeUndefined()
  })
})
