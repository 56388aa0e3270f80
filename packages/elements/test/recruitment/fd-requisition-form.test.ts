import "../../src/define/fd-provider.js"
import "../../src/define/fd-requisition-form.js"
import type { Requisition } from "@frontdesk/domain/recruitment"
import axe from "axe-core"
import { afterEach, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import type { FdProvider } from "../../src/common/fd-provider.js"
import type { FdForm } from "../../src/form/fd-form.js"
import type { FdRequisitionForm } from "../../src/recruitment/fd-requisition-form.js"
import { cleanup, mount, settle } from "../common/fixtures.js"
import { head, hr, requisition, requisitionsDesk } from "./requisitions-desk.js"

// 09:00 on Monday 2 March 2026 in Shanghai.
const start = "2026-03-02T01:00:00.000Z"

const page = async (lang: string, attributes = "") => {
  const clock = requisitionsDesk(start)
  const provider = await mount<FdProvider>(`<fd-provider locale="${lang}">
    <fd-requisition-form ${attributes}></fd-requisition-form>
  </fd-provider>`)
  const el = provider.querySelector("fd-requisition-form")!
  let n = 0
  el.newId = () => `rq-${++n}`
  el.now = start
  provider.desk = clock.desk
  provider.actor = head
  await settle(provider)
  return { ...clock, provider, el }
}

const root = (el: FdRequisitionForm) => el.shadowRoot!
const form = (el: FdRequisitionForm) => root(el).querySelector<FdForm>("fd-form")!
const control = (el: FdRequisitionForm, name: string) =>
  form(el).fieldElement(name)!.shadowRoot!.querySelector<HTMLInputElement>("#control")!
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, " ").trim() ?? ""
const leadTime = (el: FdRequisitionForm) => root(el).querySelector("[part~=lead-time]")!

const fill = async (el: FdRequisitionForm, values: { readonly [name: string]: string }) => {
  for (const [name, value] of Object.entries(values)) {
    const input = control(el, name)
    if (input instanceof HTMLSelectElement) await userEvent.selectOptions(input, value)
    else await userEvent.fill(input, value)
  }
  await settle(el)
}

const complete = {
  reason: "moreWork",
  department: "客服部",
  position: "客服专员",
  positionType: "frontLine",
  level: "ordinary",
  headcount: "2",
  jobDescription: "JD-CS-01",
  qualifications: "大专及以上",
  duties: "接听来电"
}

const submit = async (el: FdRequisitionForm) => {
  await form(el).submit()
  await settle(el)
}

describe("fd-requisition-form", () => {
  afterEach(cleanup)

  for (const lang of ["zh-CN", "en"]) {
    it(`has no accessibility violations: empty, late warning, refusal and confirmation (${lang})`, async () => {
      const { el, provider } = await page(lang)
      expect((await axe.run(el)).violations).toEqual([])
      await fill(el, { ...complete, wantedStart: "2026-03-20" })
      expect(text(leadTime(el))).not.toBe("")
      expect((await axe.run(el)).violations).toEqual([])
      provider.actor = hr
      await submit(el)
      expect(text(root(el).querySelector("[part~=error]"))).not.toBe("")
      expect((await axe.run(el)).violations).toEqual([])
      provider.actor = head
      await submit(el)
      expect(root(el).querySelector("[part~=saved]")).not.toBeNull()
      expect((await axe.run(el)).violations).toEqual([])
    })
  }

  for (const [lang, late, onTime] of [
    [
      "zh-CN",
      "逾期申请 未按规定提前 1 个月申请（应不晚于 2026-02-20）",
      "按期申请：提前 2 个月，应不晚于 2026-03-15"
    ],
    [
      "en",
      "Late Raised later than 1 month(s) ahead (due by 2026-02-20)",
      "On time: 2 month(s) ahead, due by 2026-03-15"
    ]
  ] as const) {
    it(`warns politely, as the wanted start date changes, that the lead time is not met (${lang})`, async () => {
      const { el } = await page(lang)
      expect(leadTime(el).getAttribute("role")).toBe("status")
      expect(text(leadTime(el))).toBe("")
      await fill(el, { level: "ordinary", wantedStart: "2026-03-20" })
      expect(text(leadTime(el))).toContain(late)
      expect(leadTime(el).getAttribute("data-tone")).toBe("warning")
      // An important position needs two months: 15 May is on time when raised on 2 March.
      await fill(el, { level: "important", wantedStart: "2026-05-15" })
      expect(text(leadTime(el))).toContain(onTime)
      expect(leadTime(el).getAttribute("data-tone")).toBe("success")
      // One day less than two months ahead is late.
      await fill(el, { wantedStart: "2026-05-01" })
      expect(leadTime(el).getAttribute("data-tone")).toBe("warning")
    })
  }

  it("accepts a late requisition through the desk and flags it late", async () => {
    const { el, desk } = await page("en")
    const saved: Array<{ id: string; created: boolean }> = []
    el.addEventListener("fd-requisition-saved", (e) =>
      saved.push({ id: e.detail.record.id, created: e.detail.created })
    )
    await fill(el, { ...complete, wantedStart: "2026-03-20" })
    await submit(el)
    expect(saved).toEqual([{ id: "rq-1", created: true }])
    const stored = (await desk.get<Requisition.Data>("requisitions", "rq-1"))!
    expect(stored.state).toBe("draft")
    expect(stored.data).toMatchObject({
      position: "客服专员",
      headcount: 2,
      late: true,
      onTimeBy: "2026-02-20"
    })
    expect(stored.data.requestedBy).toBe(head.id)
    const confirmation = text(root(el).querySelector("[part~=saved]"))
    expect(confirmation).toContain("Saved the requisition: 客服专员 (客服部), 2 people")
    expect(confirmation).toContain("Late It was accepted and flagged late (due by 2026-02-20)")
    // Emptied for the next one, and the warning with it.
    expect(form(el).fieldElement("position")!.value).toBe("")
    expect(text(leadTime(el))).toBe("")
  })

  it("saves an on-time requisition without the late flag", async () => {
    const { el, desk } = await page("zh-CN")
    await fill(el, { ...complete, wantedStart: "2026-05-15" })
    await submit(el)
    const stored = (await desk.get<Requisition.Data>("requisitions", "rq-1"))!
    expect(stored.data.late).toBe(false)
    expect(text(root(el).querySelector("[part~=saved]"))).not.toContain("逾期")
  })

  for (const [lang, refusal] of [
    ["zh-CN", /角色|无权|不能/],
    ["en", /role|not permitted|cannot/i]
  ] as const) {
    it(`shows a refusal inline and keeps what was typed (${lang})`, async () => {
      const { el, desk, provider } = await page(lang)
      provider.actor = hr
      await settle(provider)
      await fill(el, { ...complete, wantedStart: "2026-05-15" })
      await submit(el)
      expect(text(root(el).querySelector("[part~=error]"))).toMatch(refusal)
      expect(await desk.get("requisitions", "rq-1")).toBeUndefined()
      expect(form(el).fieldElement("position")!.value).toBe("客服专员")
      expect(form(el).fieldElement("wantedStart")!.value).toBe("2026-05-15")
    })
  }

  it("edits a draft: the stored values are filled in, and the edit runs through the desk", async () => {
    const clock = requisitionsDesk(start)
    await requisition(clock.desk, "rq-9", { until: "draft", fields: { wantedStart: "2026-03-20" } })
    const el = await editPage("en", clock)
    expect(text(root(el).querySelector("[part~=heading]"))).toBe("Editing the draft: 客服专员 (客服部)")
    expect(form(el).fieldElement("position")!.value).toBe("客服专员")
    expect(form(el).fieldElement("headcount")!.value).toBe("2")
    expect(form(el).fieldElement("level")!.value).toBe("ordinary")
    expect(leadTime(el).getAttribute("data-tone")).toBe("warning")
    await fill(el, { headcount: "3", wantedStart: "2026-05-15" })
    expect(leadTime(el).getAttribute("data-tone")).toBe("success")
    await submit(el)
    const stored = (await clock.desk.get<Requisition.Data>("requisitions", "rq-9"))!
    expect(stored.state).toBe("draft")
    expect(stored.data).toMatchObject({ headcount: 3, wantedStart: "2026-05-15", late: false })
    expect((await clock.desk.history("requisitions", "rq-9")).map((e) => e.command)).toEqual([
      "create",
      "edit"
    ])
    // The edited values stay in the form.
    expect(form(el).fieldElement("headcount")!.value).toBe("3")
    // Back to a new requisition: an empty form, none of the draft's values left in it.
    el.requisitionId = undefined
    await settle(el)
    expect(text(root(el).querySelector("[part~=heading]"))).toBe("Staffing requisition")
    expect(form(el).fieldElement("headcount")!.value).toBe("")
    expect(form(el).fieldElement("position")!.value).toBe("")
    expect(text(leadTime(el))).toBe("")
  })

  it("does not offer a requisition that is no longer a draft for editing", async () => {
    const clock = requisitionsDesk(start)
    await requisition(clock.desk, "rq-9", { until: "submitted" })
    const el = await editPage("zh-CN", clock)
    expect(root(el).querySelector("fd-form")).toBeNull()
    expect(text(root(el).querySelector("[part~=notice]"))).toBe(
      "只有草稿可以修改；此申请当前为“部门负责人已签批”"
    )
  })
})

/** A page editing `rq-9` on a desk the test prepared first. */
async function editPage(lang: string, clock: ReturnType<typeof requisitionsDesk>) {
  const provider = await mount<FdProvider>(`<fd-provider locale="${lang}">
    <fd-requisition-form requisition-id="rq-9"></fd-requisition-form>
  </fd-provider>`)
  const el = provider.querySelector("fd-requisition-form")!
  el.now = start
  provider.desk = clock.desk
  provider.actor = head
  await settle(provider)
  await settle(el)
  return el
}
