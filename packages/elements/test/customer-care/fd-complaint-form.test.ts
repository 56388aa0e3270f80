import "../../src/define/fd-provider.js"
import "../../src/define/fd-complaint-form.js"
import type { Workflow } from "@frontdesk/domain"
import type { Complaint } from "@frontdesk/domain/customer-care"
import axe from "axe-core"
import { afterEach, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import type { FdProvider } from "../../src/common/fd-provider.js"
import type { FdComplaintForm } from "../../src/customer-care/fd-complaint-form.js"
import type { FieldElement } from "../../src/fields/field-element.js"
import type { FdForm } from "../../src/form/fd-form.js"
import { cleanup, mount, settle } from "../common/fixtures.js"
import { acceptance, complaintsDesk, department } from "./complaints-desk.js"

// 10:00 on Monday 2 March 2026 in Shanghai.
const start = "2026-03-02T02:00:00.000Z"

const page = async (lang: string) => {
  const clock = complaintsDesk(start)
  const provider = await mount<FdProvider>(`<fd-provider locale="${lang}">
    <fd-complaint-form></fd-complaint-form>
  </fd-provider>`)
  const el = provider.querySelector("fd-complaint-form")!
  let n = 0
  el.newId = () => `cp-${++n}`
  el.departments = ["售后服务部", "财务部"]
  provider.desk = clock.desk
  provider.actor = acceptance
  await settle(provider)
  return { ...clock, provider, el }
}

const root = (el: FdComplaintForm) => el.shadowRoot!
const radio = (el: FdComplaintForm, value: string) =>
  root(el).querySelector<HTMLInputElement>(`input[type=radio][value=${value}]`)!
const form = (el: FdComplaintForm) => root(el).querySelector<FdForm>("fd-form")!
const control = (el: FdComplaintForm, name: string) =>
  form(el).fieldElement(name)!.shadowRoot!.querySelector<HTMLElement>("#control")!
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, " ").trim() ?? ""

const fill = async (el: FdComplaintForm, values: { readonly [name: string]: string }) => {
  for (const [name, value] of Object.entries(values)) await userEvent.fill(control(el, name), value)
}
const submit = async (el: FdComplaintForm) => {
  await form(el).submit()
  await settle(el)
}

describe("fd-complaint-form", () => {
  afterEach(cleanup)

  for (const lang of ["zh-CN", "en"]) {
    it(`has no accessibility violations: route choice, intake form, refusal and confirmation (${lang})`, async () => {
      const { el, provider } = await page(lang)
      expect((await axe.run(el)).violations).toEqual([])
      radio(el, "inquiry").click()
      await settle(el)
      expect((await axe.run(el)).violations).toEqual([])
      radio(el, "complaint").click()
      await settle(el)
      await fill(el, { customerName: "张伟", phone: "13800138000", summary: "维修后仍漏水" })
      provider.actor = department
      await submit(el)
      expect(text(root(el).querySelector("[part~=error]"))).not.toBe("")
      expect((await axe.run(el)).violations).toEqual([])
      provider.actor = acceptance
      await submit(el)
      expect(root(el).querySelector("[part~=recorded]")).not.toBeNull()
      expect((await axe.run(el)).violations).toEqual([])
    })
  }

  it("routes an inquiry to the acceptance group, or to the department it is transferred to", async () => {
    const { el } = await page("en")
    const routes: Array<string> = []
    el.addEventListener("fd-route", (e) => routes.push(e.detail.route.handler))
    await userEvent.click(radio(el, "inquiry"))
    await settle(el)
    expect(root(el).querySelector("fd-form")).toBeNull()
    expect(text(root(el).querySelector("[part~=destination]"))).toBe(
      "Answered by the business acceptance group"
    )
    const transfer = root(el).querySelector<HTMLInputElement>("input[name=transferTo]")!
    await userEvent.fill(transfer, "财务部")
    transfer.dispatchEvent(new Event("change"))
    await settle(el)
    expect(text(root(el).querySelector("[part~=destination]"))).toContain("财务部")
    expect(routes).toEqual(["acceptance", "department"])
  })

  it("records a complaint through the desk with the promised callback time, and shows the phone masked", async () => {
    const { el, desk } = await page("zh-CN")
    const recorded: Array<Workflow.Record<Complaint.Complaint>> = []
    el.addEventListener("fd-complaint-recorded", (e) => recorded.push(e.detail.record))
    // Keyboard only: Tab to the choices, arrow to "complaint".
    await userEvent.tab()
    await userEvent.keyboard("{ArrowRight}")
    await settle(el)
    expect(el.choice).toBe("complaint")
    await fill(el, {
      customerName: "张伟",
      phone: "13800138000",
      summary: "维修后仍漏水",
      promisedCallbackAt: "2026-03-03T17:00"
    })
    await submit(el)
    expect(recorded.map((r) => r.id)).toEqual(["cp-1"])
    const stored = (await desk.get<Complaint.Complaint>("complaints", "cp-1"))!
    expect(stored.state).toBe("received")
    expect(stored.data).toMatchObject({ kind: "complaint", phone: "13800138000", summary: "维修后仍漏水" })
    // 17:00 in Shanghai is 09:00 UTC: the promised time is the deadline.
    expect(stored.data.promisedCallbackAt).toBe("2026-03-03T09:00:00.000Z")
    const confirmation = text(root(el).querySelector("[part~=recorded]"))
    expect(confirmation).toContain("138****8000")
    expect(confirmation).not.toContain("13800138000")
    expect(confirmation).toContain("张*")
    expect(confirmation).toMatch(/承诺.*3月3日.*17:00/)
    // The form is emptied for the next call.
    expect((form(el).fieldElement("summary") as FieldElement).value).toBe("")
  })

  it("records a suggestion with the default promise when no time is named", async () => {
    const { el, desk } = await page("en")
    await userEvent.click(radio(el, "suggestion"))
    await settle(el)
    await fill(el, { customerName: "Li Na", phone: "13900139000", summary: "Open on Sundays" })
    await submit(el)
    const stored = (await desk.get<Complaint.Complaint>("complaints", "cp-1"))!
    expect(stored.data.kind).toBe("suggestion")
    const confirmation = text(root(el).querySelector("[part~=recorded]"))
    expect(confirmation).toContain("Recorded suggestion")
    expect(confirmation).toContain("139****9000")
    expect(confirmation).toContain("the default promise applies")
  })

  for (const [lang, reason] of [
    ["zh-CN", /承诺|过去|晚于/],
    ["en", /promise|past|later/i]
  ] as const) {
    it(`keeps everything typed and shows the refusal inline when the promised time has passed (${lang})`, async () => {
      const { el, desk } = await page(lang)
      await userEvent.click(radio(el, "complaint"))
      await settle(el)
      await fill(el, {
        customerName: "张伟",
        phone: "13800138000",
        summary: "维修后仍漏水",
        promisedCallbackAt: "2026-03-01T09:00"
      })
      await submit(el)
      expect(text(root(el).querySelector("[part~=error]"))).toMatch(reason)
      expect(await desk.get("complaints", "cp-1")).toBeUndefined()
      expect(form(el).fieldElement("summary")!.value).toBe("维修后仍漏水")
      expect(form(el).fieldElement("customerName")!.value).toBe("张伟")
      expect(root(el).querySelector("[part~=recorded]")).toBeNull()
    })
  }
})
