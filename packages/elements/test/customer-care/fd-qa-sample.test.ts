import "../../src/define/fd-provider.js"
import "../../src/define/fd-qa-sample.js"
import { Period, QaSample } from "@frontdesk/domain/customer-care"
import axe from "axe-core"
import { afterEach, describe, expect, it, vi } from "vitest"
import { userEvent } from "vitest/browser"
import type { FdProvider } from "../../src/common/fd-provider.js"
import type { FdQaSample } from "../../src/customer-care/fd-qa-sample.js"
import type { FdForm } from "../../src/form/fd-form.js"
import { cleanup, mount, settle } from "../common/fixtures.js"
import { callback, chen, complaintsDesk, complete, qa, wang } from "./complaints-desk.js"

// Monday 2 March 2026, 10:00 in Shanghai.
const start = "2026-03-02T02:00:00.000Z"

/** Five calls completed by 王芳 and three by 陈静 in March, one by 王芳 in February. */
const seed = async () => {
  const clock = complaintsDesk("2026-02-26T02:00:00.000Z")
  const { desk } = clock
  await callback(desk, "cb-feb", { assignee: wang.id })
  clock.at("2026-02-27T03:00:00.000Z")
  await complete(desk, "cb-feb", wang, { at: "2026-02-27T10:30" })
  clock.at(start)
  for (const [id, who] of [
    ["cb-1", wang],
    ["cb-2", wang],
    ["cb-3", wang],
    ["cb-4", wang],
    ["cb-5", wang],
    ["cb-6", chen],
    ["cb-7", chen],
    ["cb-8", chen]
  ] as const)
    await callback(desk, id, { assignee: who.id, customerName: `客户${id}` })
  // Completed the next day, between 10:00 and 11:00.
  clock.at("2026-03-03T03:00:00.000Z")
  for (const [id, who, at] of [
    ["cb-1", wang, "10:00"],
    ["cb-2", wang, "10:05"],
    ["cb-3", wang, "10:10"],
    ["cb-4", wang, "10:15"],
    ["cb-5", wang, "10:20"],
    ["cb-6", chen, "10:25"],
    ["cb-7", chen, "10:30"],
    ["cb-8", chen, "10:35"]
  ] as const)
    await complete(desk, id, who, { at: `2026-03-03T${at}` })
  clock.at("2026-03-10T02:00:00.000Z")
  return clock
}

const page = async (lang: string) => {
  const clock = await seed()
  const provider = await mount<FdProvider>(`<fd-provider locale="${lang}">
    <fd-qa-sample from="2026-03-01" to="2026-03-31" per-agent="2" seed="2026-03-A"></fd-qa-sample>
  </fd-provider>`)
  const el = provider.querySelector("fd-qa-sample")!
  el.agents = [
    { id: wang.id, name: "王芳" },
    { id: chen.id, name: "陈静" }
  ]
  provider.desk = clock.desk
  provider.actor = qa
  await settle(provider)
  await el.reload()
  return { ...clock, provider, el }
}

const root = (el: FdQaSample) => el.shadowRoot!
const drawnIds = (el: FdQaSample) =>
  [...root(el).querySelectorAll<HTMLElement>("[part~=drawn] tbody tr")].map((tr) => tr.dataset.call)
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, " ").trim() ?? ""
const button = (el: FdQaSample, label: string) =>
  [...root(el).querySelectorAll("button")].find((b) => text(b) === label)!
const scoringForm = (el: FdQaSample) => root(el).querySelector<FdForm>("[part~=scoring] fd-form")!
const control = (form: FdForm, name: string) =>
  form.fieldElement(name)!.shadowRoot!.querySelector<HTMLElement>("#control")!

describe("fd-qa-sample", () => {
  afterEach(cleanup)

  for (const lang of ["zh-CN", "en"]) {
    it(`has no accessibility violations: controls, a drawn sample, stored samples and the scoring form (${lang})`, async () => {
      const { el } = await page(lang)
      expect((await axe.run(el)).violations).toEqual([])
      await el.draw()
      await settle(el)
      await el.store()
      await settle(el)
      root(el).querySelector<HTMLButtonElement>("[part~=samples] button")!.click()
      await settle(el)
      expect(scoringForm(el)).not.toBeNull()
      expect((await axe.run(el)).violations).toEqual([])
    })
  }

  it("draws the same sample again from the same seed, and the domain's draw is what it shows", async () => {
    const { el, desk } = await page("en")
    await userEvent.click(button(el, "Draw the sample"))
    await settle(el)
    const first = drawnIds(el)
    expect(first).toHaveLength(4)
    // Only March calls, two per agent.
    expect(first).not.toContain("cb-feb")
    const completed = (await desk.query("callbacks", { index: "byState", where: { eq: "completed" } })).items
    const expected = QaSample.draw({
      calls: QaSample.callsOf(completed as never, Period.make("2026-03-01", "2026-03-31")),
      seed: "2026-03-A",
      period: "2026-03-01/2026-03-31",
      perAgent: 2
    }).map((d) => d.callId)
    expect(first).toEqual(expected)
    expect(text(root(el).querySelector("[part~=status]"))).toBe(
      "4 calls drawn from 8 completed callbacks (seed 2026-03-A)"
    )
    // Another seed, typed, gives a draw of its own; the first seed gives the first sample back.
    const seedInput = root(el).querySelector<HTMLInputElement>("[part~=seed]")!
    const others = new Set<string>()
    for (const other of ["b", "c", "d", "e"]) {
      await userEvent.fill(seedInput, other)
      await userEvent.click(button(el, "Draw the sample"))
      await settle(el)
      others.add(drawnIds(el).join())
    }
    expect([...others].some((ids) => ids !== first.join())).toBe(true)
    await userEvent.fill(seedInput, "2026-03-A")
    await userEvent.click(button(el, "Draw the sample"))
    await settle(el)
    expect(drawnIds(el)).toEqual(first)
  })

  it("draws for one agent only when one is chosen", async () => {
    const { el } = await page("zh-CN")
    const select = root(el).querySelector<HTMLSelectElement>("select[name=agent]")!
    await userEvent.selectOptions(select, chen.id)
    await settle(el)
    const drawn = await el.draw()
    await settle(el)
    expect(drawn.map((d) => d.agent)).toEqual([chen.id, chen.id])
    expect(text(root(el).querySelector("[part~=drawn]"))).toContain("陈静")
    // Customers are masked in the list.
    expect(text(root(el).querySelector("[part~=drawn]"))).toMatch(/客\*+/)
  })

  it("stores the drawn calls as qaSample records once, with the seed they were drawn with", async () => {
    const { el, desk } = await page("en")
    const drawn = await el.draw()
    expect(await el.store()).toBe(4)
    expect(await el.store()).toBe(0)
    await settle(el)
    const page1 = await desk.query<QaSample.Sample>("qaSamples", { index: "byState", where: { eq: "drawn" } })
    expect(page1.items.map((r) => r.data.callId).sort()).toEqual(drawn.map((d) => d.callId).sort())
    expect(
      page1.items.every((r) => r.data.seed === "2026-03-A" && r.data.period === "2026-03-01/2026-03-31")
    ).toBe(true)
    const rows = [...root(el).querySelectorAll<HTMLElement>("[part~=samples] tbody tr")]
    expect(rows).toHaveLength(4)
    expect(text(root(el).querySelector("[part~=drawn]"))).toContain("already saved")
  })

  it("scores a sample 1–5 on each point with notes, showing the total before and after saving", async () => {
    const { el, desk } = await page("en")
    await el.draw()
    await el.store()
    await settle(el)
    const first = el.samples[0]!
    const row = root(el).querySelector<HTMLElement>(`[data-sample="${first.id}"]`)!
    await userEvent.click(row.querySelector("button")!)
    await settle(el)
    const form = scoringForm(el)
    await userEvent.fill(control(form, "opening"), "5")
    await userEvent.fill(control(form, "script"), "4")
    await userEvent.fill(control(form, "brevity"), "3")
    await userEvent.fill(control(form, "record"), "6")
    await settle(el)
    // 6 is not a score: no total yet, and saving shows the field's message.
    expect(text(root(el).querySelector("[part~=total]"))).toBe("")
    await form.submit()
    await settle(el)
    expect((await desk.get<QaSample.Sample>("qaSamples", first.id))!.state).toBe("drawn")
    await userEvent.fill(control(form, "record"), "5")
    await settle(el)
    expect(text(root(el).querySelector("[part~=total]"))).toBe("Total so far: 85")
    await userEvent.fill(control(form, "notes"), "结束语可更简短")
    await form.submit()
    await settle(el)
    const stored = (await desk.get<QaSample.Sample>("qaSamples", first.id))!
    expect(stored.state).toBe("scored")
    expect(stored.data).toMatchObject({ total: 85, notes: "结束语可更简短", scoredBy: qa.id })
    expect(root(el).querySelector("[part~=scoring]")).toBeNull()
    const scoredRow = text(root(el).querySelector(`[data-sample="${first.id}"]`))
    expect(scoredRow).toContain("85 of 100")
    expect(scoredRow).toContain("结束语可更简短")
    // A scored sample offers no more scoring.
    expect(root(el).querySelector(`[data-sample="${first.id}"] button`)).toBeNull()
  })

  it("shows the stored samples of the period and agent the host names", async () => {
    const { el } = await page("en")
    await el.draw()
    await el.store()
    await settle(el)
    expect(el.samples).toHaveLength(4)
    el.agent = chen.id
    await vi.waitFor(() => expect(el.samples.map((s) => s.data.agent)).toEqual([chen.id, chen.id]))
    el.agent = undefined
    el.from = "2026-02-01"
    el.to = "2026-02-28"
    await vi.waitFor(() => expect(el.samples).toEqual([]))
    await settle(el)
    expect(text(root(el).querySelector("[part~=drawn]"))).toBe("")
  })

  it("offers scoring to QA only, and says so inline in both languages when the period is wrong", async () => {
    const { el, provider } = await page("zh-CN")
    await el.draw()
    await el.store()
    provider.actor = wang
    await settle(el)
    expect(root(el).querySelector("[part~=samples] button")).toBeNull()
    el.to = "2026-02-01"
    await settle(el)
    await el.draw()
    await settle(el)
    expect(text(root(el).querySelector("[part~=error]"))).toBe("截止日期不能早于起始日期")
    provider.locale = "en"
    await settle(el)
    expect(text(root(el).querySelector("[part~=error]"))).toBe("The end date cannot be before the start date")
  })
})
