import "../../src/define/fd-provider.js"
import "../../src/define/fd-offer.js"
import type { Actor } from "@frontdesk/domain"
import type { Candidate } from "@frontdesk/domain/recruitment"
import axe from "axe-core"
import { afterEach, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import type { FdProvider } from "../../src/common/fd-provider.js"
import type { FdOffer } from "../../src/recruitment/fd-offer.js"
import { cleanup, mount, settle } from "../common/fixtures.js"
import { candidate, candidatesDesk, gm, hr, hrHead, run, toOffer } from "./candidates-desk.js"

const start = "2026-03-10T02:00:00.000Z"

type Desk = ReturnType<typeof candidatesDesk>["desk"]

const page = async (lang: string, actor: Actor.Actor, seed: (desk: Desk) => Promise<unknown>) => {
  const { desk } = candidatesDesk(start)
  await seed(desk)
  const provider = await mount<FdProvider>(`<fd-provider locale="${lang}">
    <fd-offer candidate-id="c-1" company="星河物业" letter-date="2026-03-20"></fd-offer>
  </fd-provider>`)
  const el = provider.querySelector("fd-offer")!
  el.context = { blacklist: [] }
  provider.desk = desk
  provider.actor = actor
  await settle(provider)
  await el.reload()
  await settle(provider)
  return { desk, provider, el }
}

const root = (el: FdOffer) => el.shadowRoot!
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, " ").trim() ?? ""
const part = (el: FdOffer, name: string) => root(el).querySelector<HTMLElement>(`[part~=${name}]`)
const input = (el: FdOffer, name: string) =>
  part(el, "terms")!.querySelector<HTMLInputElement>(`[name=${name}]`)!
const button = (el: FdOffer, label: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>("button")].find((b) => text(b) === label)
const monthsIssue = (el: FdOffer) => text(part(el, "terms")!.querySelector('[id$="probationMonths-issue"]'))

/** Types the offer terms as a person would. */
const typeTerms = async (el: FdOffer, terms: { months: string; probation: string; salary?: string }) => {
  await userEvent.fill(input(el, "startDate"), "2026-05-15")
  await userEvent.fill(input(el, "salary"), terms.salary ?? "6,500.00")
  await userEvent.fill(input(el, "termMonths"), terms.months)
  await userEvent.fill(input(el, "probationMonths"), terms.probation)
  await settle(el)
}
const submitTerms = async (el: FdOffer) => {
  part(el, "terms")!.querySelector<HTMLButtonElement>("button[type=submit]")!.click()
  await settle(el)
}

const offerStage = async (desk: Desk) => {
  await candidate(desk, "c-1")
  await toOffer(desk, "c-1")
}

describe("fd-offer", () => {
  afterEach(cleanup)

  for (const lang of ["zh-CN", "en"]) {
    it(`has no accessibility violations: the terms with a probation bound error, approval and checklists (${lang})`, async () => {
      const { el } = await page(lang, hr, offerStage)
      expect((await axe.run(el)).violations).toEqual([])
      await typeTerms(el, { months: "12", probation: "3" })
      expect(monthsIssue(el)).not.toBe("")
      expect((await axe.run(el)).violations).toEqual([])
    })
  }

  it("shows the art. 19 bound inline as the probation is typed, in both languages, and the workflow refuses it too", async () => {
    const { el, desk, provider } = await page("en", hr, offerStage)
    await typeTerms(el, { months: "12", probation: "3" })
    expect(monthsIssue(el)).toBe(
      "A probation of 3 month(s) exceeds the 2 month(s) the contract term allows (Labour Contract Law art. 19)"
    )
    expect(input(el, "probationMonths").getAttribute("aria-invalid")).toBe("true")
    provider.locale = "zh-CN"
    await settle(el)
    expect(monthsIssue(el)).toBe("试用期 3 个月超过合同期限允许的 2 个月（《劳动合同法》第十九条）")
    await submitTerms(el)
    expect(text(part(el, "terms")!.querySelector("[part~=error]"))).toContain("第十九条")
    expect((await desk.get<Candidate.Data>("candidates", "c-1"))?.data.offer).toBeUndefined()
    // What was typed stays for the correction.
    expect(input(el, "salary").value).toBe("6,500.00")
    await userEvent.fill(input(el, "probationMonths"), "2")
    await settle(el)
    expect(monthsIssue(el)).toBe("")
  })

  it("says a contract under three months may have no probation at all", async () => {
    const { el } = await page("en", hr, offerStage)
    await typeTerms(el, { months: "2", probation: "1" })
    expect(monthsIssue(el)).toBe(
      "A contract under 3 months may have no probation (Labour Contract Law art. 19)"
    )
  })

  it("stores the terms with the salary as money, then the hire is approved by another person and the offer sent", async () => {
    const { el, desk, provider } = await page("en", hrHead, offerStage)
    await typeTerms(el, { months: "36", probation: "6", salary: "6,500.00" })
    expect(monthsIssue(el)).toBe("")
    await submitTerms(el)
    const drafted = await desk.get<Candidate.Data>("candidates", "c-1")
    expect(drafted?.data.offer).toMatchObject({
      startDate: "2026-05-15",
      salary: { amount: 650_000, currency: "CNY" },
      contractTerm: { kind: "fixed", months: 36 },
      probationMonths: 6
    })
    expect(text(part(el, "terms"))).toContain("¥6,500.00")
    // The HR head drafted the terms, so may not approve them.
    button(el, "Approve the hire")!.click()
    await settle(el)
    expect(text(part(el, "approval"))).toContain("You cannot approve a request you raised or signed")
    expect((await desk.get<Candidate.Data>("candidates", "c-1"))?.data.hireApprovedBy).toBeUndefined()
    provider.actor = gm
    await settle(el)
    button(el, "Approve the hire")!.click()
    await settle(el)
    expect(text(part(el, "approval"))).toContain("The hire is approved")
    provider.actor = hr
    await settle(el)
    button(el, "Send the offer")!.click()
    await settle(el)
    expect((await desk.get("candidates", "c-1"))?.state).toBe("medical")
  })

  it("records the medical result only as fit or unfit, then onboards and hires once both checklists are complete", async () => {
    const { el, desk } = await page("en", hr, async (d) => {
      await offerStage(d)
      await run(
        d,
        "c-1",
        "draftOffer",
        {
          startDate: "2026-05-15",
          salary: { amount: 650_000 },
          contractTerm: { kind: "fixed", months: 36 },
          probationMonths: 3
        },
        hr
      )
      await run(d, "c-1", "approveHire", {}, gm)
      await run(d, "c-1", "sendOffer", {}, hr)
    })
    const options = [...part(el, "medical")!.querySelectorAll("option")].map((o) => o.value)
    expect(options).toEqual(["", "fit", "unfit"])
    // The select is named by its own label, not by the section heading.
    const select = part(el, "medical")!.querySelector("select")!
    expect(el.shadowRoot!.querySelector(`label[for="${select.id}"]`)).not.toBeNull()
    expect(el.shadowRoot!.querySelectorAll(`[id="${select.id}"]`)).toHaveLength(1)
    expect((await axe.run(el)).violations).toEqual([])
    await userEvent.selectOptions(part(el, "medical")!.querySelector("select")!, "fit")
    part(el, "medical")!.querySelector<HTMLButtonElement>("button[type=submit]")!.click()
    await settle(el)
    expect((await desk.get<Candidate.Data>("candidates", "c-1"))?.data.facts.medical).toBe("fit")
    button(el, "Start onboarding")!.click()
    await settle(el)
    expect((await desk.get("candidates", "c-1"))?.state).toBe("onboarding")
    expect(text(part(el, "documents"))).toContain("Missing: Resident ID")
    button(el, "Hire and start probation")!.click()
    await settle(el)
    expect(text(root(el).querySelector("[part~=error]:not(:empty)"))).toContain("A document is missing")
    for (const box of part(el, "documents")!.querySelectorAll<HTMLInputElement>("input[type=checkbox]"))
      box.click()
    part(el, "documents")!.querySelector<HTMLButtonElement>("button[type=submit]")!.click()
    await settle(el)
    for (const box of part(el, "onboarding")!.querySelectorAll<HTMLInputElement>("input[type=checkbox]"))
      box.click()
    part(el, "onboarding")!.querySelector<HTMLButtonElement>("button[type=submit]")!.click()
    await settle(el)
    expect(text(part(el, "documents"))).toContain("Complete")
    expect(text(part(el, "onboarding"))).toContain("Complete")
    button(el, "Hire and start probation")!.click()
    await settle(el)
    expect((await desk.get("candidates", "c-1"))?.state).toBe("onProbation")
  })

  it("previews the thank-you letter of a candidate not selected, in Chinese and English, without grounds", async () => {
    const { el } = await page("en", hr, async (d) => {
      await candidate(d, "c-1", { name: "李雷", position: { title: "前台接待" } })
      await run(d, "c-1", "screen", { outcome: "fail", criteria: [], note: "学历不符" }, hr)
    })
    const letters = [...part(el, "letter")!.querySelectorAll("article")]
    expect(letters.map((l) => l.getAttribute("lang"))).toEqual(["zh-CN", "en"])
    expect(text(letters[0])).toContain("尊敬的李雷")
    expect(text(letters[0])).toContain("应聘前台接待一职")
    expect(text(letters[0])).toContain("星河物业 2026年3月20日")
    expect(text(letters[1])).toContain("Dear 李雷")
    expect(text(letters[1])).toContain("20 March 2026")
    expect(text(part(el, "letter"))).not.toContain("学历不符")
  })

  it("shows no letter to a candidate still in the running", async () => {
    const { el } = await page("en", hr, offerStage)
    expect(part(el, "letter")).toBeNull()
  })
})
