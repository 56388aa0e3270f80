import "../../src/define/fd-provider.js"
import "../../src/define/fd-screening-form.js"
import type { Actor } from "@frontdesk/domain"
import { Candidate, Disqualification, type Requisition } from "@frontdesk/domain/recruitment"
import axe from "axe-core"
import { afterEach, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import type { FdProvider } from "../../src/common/fd-provider.js"
import type { FdScreeningForm } from "../../src/recruitment/fd-screening-form.js"
import { cleanup, mount, settle } from "../common/fixtures.js"
import { candidate, candidatesDesk, hr, hrManager, ids, run } from "./candidates-desk.js"

const start = "2026-03-10T02:00:00.000Z"

type Desk = ReturnType<typeof candidatesDesk>["desk"]

const page = async (
  lang: string,
  actor: Actor.Actor,
  seed: (desk: Desk) => Promise<unknown>,
  setup?: (el: FdScreeningForm) => void
) => {
  const { desk } = candidatesDesk(start)
  await seed(desk)
  const provider = await mount<FdProvider>(`<fd-provider locale="${lang}">
    <fd-screening-form candidate-id="c-1"></fd-screening-form>
  </fd-provider>`)
  const el = provider.querySelector("fd-screening-form")!
  el.context = { blacklist: [] }
  setup?.(el)
  provider.desk = desk
  provider.actor = actor
  await settle(provider)
  await el.reload()
  await settle(provider)
  return { desk, provider, el }
}

const root = (el: FdScreeningForm) => el.shadowRoot!
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, " ").trim() ?? ""
const part = (el: FdScreeningForm, name: string) => root(el).querySelector<HTMLElement>(`[part~=${name}]`)
const findingCodes = (el: FdScreeningForm) =>
  [...root(el).querySelectorAll<HTMLElement>("[part~=finding]")].map((f) => f.dataset.code)
const submitIn = async (el: FdScreeningForm, form: Element | null) => {
  form!.querySelector<HTMLButtonElement>("button[type=submit]")!.click()
  await settle(el)
}

/** A 16-year-old (born 2010-06-01) applying for a position not marked suitable for juvenile workers. */
const minor = (desk: Desk) => candidate(desk, "c-1", { residentId: ids.minor })

describe("fd-screening-form", () => {
  afterEach(cleanup)

  for (const lang of ["zh-CN", "en"]) {
    it(`has no accessibility violations: criteria, facts, findings and a refused confirmation (${lang})`, async () => {
      const { el } = await page(lang, hrManager, minor)
      expect(part(el, "confirm")).not.toBeNull()
      expect((await axe.run(el)).violations).toEqual([])
      await submitIn(el, part(el, "confirm"))
      expect(text(part(el, "confirm")?.querySelector(".issue"))).not.toBe("")
      expect((await axe.run(el)).violations).toEqual([])
    })
  }

  it("never offers a prohibited criterion, and marks age as legally risky", async () => {
    const { el } = await page("en", hr, (d) => candidate(d, "c-1"))
    const offered = [...root(el).querySelectorAll<HTMLElement>("[part~=criterion]")].map(
      (c) => c.dataset.criterion
    )
    expect(offered).toEqual(["education", "experience", "skills", "certificates", "age"])
    const age = root(el).querySelector('[data-criterion="age"]')
    expect(text(age)).toContain("Standing: restricted (legally risky)")
    expect(text(age)).toContain("a legally risky ground; this use is recorded")
    for (const word of ["gender", "ethnicity", "religion", "hukou", "appearance"])
      expect(text(part(el, "criteria"))).not.toContain(word)
  })

  it("offers a prohibited criterion the deployment enabled, with the warning, and records its use", async () => {
    const screening = { enabledProhibited: ["householdRegistration"] as const }
    const workflow = Candidate.make({ screening })
    const { el, desk } = await page(
      "en",
      hr,
      (d) =>
        d.create(
          workflow,
          "c-1",
          {
            requisitionId: "rq-1",
            position: {
              title: "客服专员",
              positionType: "frontLine",
              level: "ordinary",
              juvenileSuitable: false,
              wantedStart: "2026-05-15"
            },
            name: "王小明",
            mobile: "13812345678",
            channel: "online"
          },
          hr
        ),
      (el) => {
        el.workflow = workflow
        el.screening = screening
      }
    )
    const hukou = root(el).querySelector('[data-criterion="householdRegistration"]')!
    expect(text(hukou)).toContain("Standing: prohibited by law")
    expect(text(hukou)).toContain("a ground the law prohibits; this use is recorded")
    hukou.querySelector<HTMLInputElement>('input[value="yes"]')!.click()
    root(el).querySelector<HTMLSelectElement>("select[name=outcome]")!.value = "pass"
    await submitIn(el, part(el, "criteria")!.querySelector("form"))
    const stored = await desk.get<Candidate.Data>("candidates", "c-1")
    expect(stored?.state).toBe("screened")
    expect(stored?.data.screeningWarnings.map((w) => [w.criterion, w.standing, w.by])).toEqual([
      ["householdRegistration", "prohibited", hr.id]
    ])
    expect(text(part(el, "criteria"))).toContain("Screened on “household registration (hukou)”")
  })

  it("asks for the criminal-record check only when the position declares a lawful need, and the medical result only when it declares a requirement", async () => {
    const plain = await page("en", hr, (d) => candidate(d, "c-1"))
    expect(part(plain.el, "facts")!.querySelector("select[name=criminalRecord]")).toBeNull()
    expect(part(plain.el, "facts")!.querySelector("select[name=medical]")).toBeNull()
    cleanup()
    const declared: Partial<Requisition.Position> = {
      criminalRecordBasis: "《会计法》第40条",
      medicalRequirement: "无色盲"
    }
    const { el } = await page("en", hr, (d) => candidate(d, "c-1", { position: declared }))
    const facts = part(el, "facts")!
    expect(facts.querySelector("select[name=criminalRecord]")).not.toBeNull()
    expect(text(facts)).toContain("《会计法》第40条")
    const medical = [...facts.querySelectorAll<HTMLOptionElement>("select[name=medical] option")].map(
      (o) => o.value
    )
    expect(medical).toEqual(["", "fit", "unfit"])
  })

  it("shows each finding with its legal standing in words, and records facts that raise one", async () => {
    const { el, desk } = await page("en", hr, (d) => candidate(d, "c-1", { residentId: ids.adult }))
    expect(findingCodes(el)).toEqual([])
    expect(text(part(el, "check"))).toContain("No rule reports a disqualification now")
    part(el, "facts")!.querySelector<HTMLSelectElement>("select[name=documentCheck]")!.value = "failed"
    await submitIn(el, part(el, "facts")!.querySelector("form"))
    expect((await desk.get<Candidate.Data>("candidates", "c-1"))?.data.facts.documentCheck).toBe("failed")
    expect(findingCodes(el)).toEqual([Disqualification.codes.fraud])
    const finding = part(el, "finding")!
    expect(text(finding)).toContain("Standing: legal basis")
    expect(text(finding)).toContain("Awaits a person's confirmation")
  })

  it("rejects nobody on its own: a failing rule leaves the candidate where they are until the HR manager confirms", async () => {
    const asHr = await page("zh-CN", hr, minor)
    expect(findingCodes(asHr.el)).toEqual([Disqualification.codes.minor])
    expect(text(part(asHr.el, "finding"))).toContain("法律依据：法定要求")
    expect(part(asHr.el, "confirm")).toBeNull()
    expect(text(part(asHr.el, "check"))).toContain("须由人力资源经理或人力资源总监确认或排除")
    expect((await asHr.desk.get("candidates", "c-1"))?.state).toBe("applied")
    cleanup()

    const { el, desk } = await page("en", hrManager, minor)
    const confirm = part(el, "confirm")!
    await submitIn(el, confirm)
    expect(root(el).querySelectorAll("[part~=confirm] .issue")).toHaveLength(2)
    expect((await desk.get("candidates", "c-1"))?.state).toBe("applied")
    part(el, "confirm")!.querySelector<HTMLInputElement>("input[name=codes]")!.click()
    await userEvent.fill(
      part(el, "confirm")!.querySelector<HTMLTextAreaElement>("textarea[name=note]")!,
      "到岗时未满16周岁"
    )
    await submitIn(el, part(el, "confirm"))
    expect((await desk.get("candidates", "c-1"))?.state).toBe("disqualified")
    const last = (await desk.history("candidates", "c-1")).at(-1)
    expect([last?.command, last?.actor.id]).toEqual(["disqualify", hrManager.id])
    expect(text(part(el, "check"))).toContain("Disqualification confirmed")
  })

  it("clears a finding with a person's reason, but never a legal requirement", async () => {
    const minorPage = await page("en", hrManager, minor)
    expect(text(part(minorPage.el, "finding"))).toContain("A legal requirement cannot be cleared")
    expect(part(minorPage.el, "finding")!.querySelector("button")).toBeNull()
    cleanup()

    const { el, desk } = await page("en", hrManager, async (d) => {
      await candidate(d, "c-1", { residentId: ids.adult })
      await run(d, "c-1", "recordFacts", { documentCheck: "failed" }, hr)
    })
    part(el, "finding")!.querySelector<HTMLButtonElement>("button")!.click()
    await settle(el)
    await submitIn(el, part(el, "waive"))
    expect(part(el, "waive")!.querySelector("textarea")!.getAttribute("aria-invalid")).toBe("true")
    await userEvent.fill(part(el, "waive")!.querySelector("textarea")!, "原件已核实，复印件模糊所致")
    await submitIn(el, part(el, "waive"))
    expect(text(part(el, "finding"))).toContain("Cleared: 原件已核实，复印件模糊所致")
    expect(part(el, "confirm")).toBeNull()
    const stored = await desk.get<Candidate.Data>("candidates", "c-1")
    expect(stored?.data.waivers.map((w) => [w.code, w.by])).toEqual([
      [Disqualification.codes.fraud, hrManager.id]
    ])
  })

  it("consults the blacklist the host gives as context, and shows that finding as internal policy", async () => {
    const { el } = await page(
      "en",
      hrManager,
      (d) => candidate(d, "c-1", { residentId: ids.adult }),
      (el) => {
        el.context = async () => ({ blacklist: [ids.adult] })
      }
    )
    expect(findingCodes(el)).toEqual([Disqualification.codes.blacklisted])
    expect(text(part(el, "finding"))).toContain("Dismissed by this company before (blacklist)")
    expect(text(part(el, "finding"))).toContain("Standing: internal policy")
    // A false match may be cleared with a reason.
    expect(part(el, "finding")!.querySelector("button")).not.toBeNull()
  })
})
