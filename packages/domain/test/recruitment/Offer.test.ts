import { describe, expect, it } from "vitest"
import * as Field from "../../src/kernel/Field.js"
import * as Messages from "../../src/kernel/Messages.js"
import { Offer } from "../../src/recruitment/index.js"

describe("documents and onboarding checklists", () => {
  it("the documents are resident ID, diploma, medical certificate, registration form and résumé", () => {
    expect(Offer.documents).toEqual([
      "residentId",
      "diploma",
      "medicalCertificate",
      "registrationForm",
      "resume"
    ])
    expect(Offer.missing(Offer.documents, { residentId: true, resume: true })).toEqual([
      "diploma",
      "medicalCertificate",
      "registrationForm"
    ])
  })

  it("onboarding is paperwork, the contract, the onboarding talk and training (4.6–4.8)", () => {
    expect(Offer.missing(Offer.onboardingItems, {})).toEqual(Offer.onboardingItems)
    expect(
      Offer.missing(Offer.onboardingItems, Object.fromEntries(Offer.onboardingItems.map((i) => [i, true])))
    ).toEqual([])
  })

  it("every item has a label in both languages", () => {
    for (const item of [...Offer.documents, ...Offer.onboardingItems]) {
      const texts = Messages.texts({ code: Offer.itemLabel(item) })
      expect(texts["zh-CN"]).not.toBe(Offer.itemLabel(item))
      expect(texts.en).not.toBe(Offer.itemLabel(item))
    }
  })
})

describe("offer terms", () => {
  const terms = (months: number, probationMonths: number): Offer.Terms => ({
    startDate: "2026-05-01",
    salary: Field.money(600_000),
    contractTerm: { kind: "fixed", months },
    probationMonths
  })

  it("a probation the contract term allows passes", () => {
    expect(Offer.termViolations(terms(36, 6))).toEqual([])
    expect(Offer.termViolations(terms(2, 0))).toEqual([])
  })

  it("a probation longer than the contract term allows is refused, on the probation field", () => {
    expect(Offer.termViolations(terms(24, 3)).map((v) => [v.code, v.path])).toEqual([
      ["recruitment.probation.tooLong", ["probationMonths"]]
    ])
  })
})
