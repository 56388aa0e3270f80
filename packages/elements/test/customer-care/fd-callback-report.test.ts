import "../../src/define/fd-provider.js"
import "../../src/define/fd-callback-report.js"
import { Complaint } from "@frontdesk/domain/customer-care"
import axe from "axe-core"
import { afterEach, describe, expect, it, vi } from "vitest"
import type { FdChart } from "../../src/charts/fd-chart.js"
import type { FdProvider } from "../../src/common/fd-provider.js"
import type { FdCallbackReport } from "../../src/customer-care/fd-callback-report.js"
import { cleanup, mount, settle } from "../common/fixtures.js"
import {
  acceptance,
  callback,
  chen,
  complaint,
  complaintsDesk,
  complete,
  department,
  supervisor,
  wang
} from "./complaints-desk.js"

/** Shanghai local time as an instant. */
const cst = (local: string) => new Date(`${local}:00+08:00`).toISOString()

/**
 * March 2026, known records:
 * - cb-1 member, 王芳, created Mon 2 Mar 10:00, completed 3 Mar by phone, satisfied — on time;
 * - cb-2 member, 王芳, created 2 Mar, completed Fri 6 Mar by SMS, average — late (due 5 Mar 10:00);
 * - cb-3 member, 陈静, created 2 Mar, still open and past due;
 * - cb-4 non-member, 陈静, created Mon 9 Mar, completed the same day by email, satisfied;
 * - cb-5 member, 陈静, created 10 Mar, open and not yet due;
 * - cp-1 routed to 售后服务部 and closed 30 hours after it was received; cp-2 routed to 财务部;
 *   cp-3 not routed yet.
 */
const seed = async () => {
  const clock = complaintsDesk(cst("2026-03-02T10:00"))
  const { desk, at } = clock
  await callback(desk, "cb-1", { assignee: wang.id, customerId: "c-1" })
  await callback(desk, "cb-2", { assignee: wang.id, customerId: "c-2" })
  await callback(desk, "cb-3", { assignee: chen.id, customerId: "c-3" })
  await complaint(desk, "cp-1")
  await desk.run(Complaint.workflow, "cp-1", "route", { department: "售后服务部" }, acceptance)
  await desk.run(Complaint.workflow, "cp-1", "handle", { resolution: "更换密封圈" }, department)
  at(cst("2026-03-03T10:30"))
  await complete(desk, "cb-1", wang, { at: "2026-03-03T10:30", method: "phone" })
  at(cst("2026-03-03T15:00"))
  await desk.run(Complaint.workflow, "cp-1", "recordCallback", { satisfied: "yes", notes: "已解决" }, wang)
  at(cst("2026-03-03T16:00"))
  await desk.run(Complaint.workflow, "cp-1", "close", {}, supervisor)
  at(cst("2026-03-04T11:00"))
  await complaint(desk, "cp-2", { customerName: "王磊", summary: "账单多收费" })
  await desk.run(Complaint.workflow, "cp-2", "route", { department: "财务部" }, acceptance)
  at(cst("2026-03-05T11:00"))
  await complaint(desk, "cp-3", { customerName: "李娜", kind: "suggestion", summary: "周日也营业" })
  at(cst("2026-03-06T10:00"))
  await complete(desk, "cb-2", wang, { at: "2026-03-06T10:00", method: "sms", satisfaction: "average" })
  at(cst("2026-03-09T10:00"))
  await callback(desk, "cb-4", { assignee: chen.id, customerId: "c-4", membership: "nonMember" })
  at(cst("2026-03-09T15:00"))
  await complete(desk, "cb-4", chen, { at: "2026-03-09T15:00", method: "email" })
  at(cst("2026-03-10T10:00"))
  await callback(desk, "cb-5", { assignee: chen.id, customerId: "c-5" })
  at(cst("2026-03-10T12:00"))
  return clock
}

const page = async (lang: string) => {
  const clock = await seed()
  const provider = await mount<FdProvider>(`<fd-provider locale="${lang}">
    <fd-callback-report from="2026-03-01" to="2026-03-31"></fd-callback-report>
  </fd-provider>`)
  const el = provider.querySelector("fd-callback-report")!
  el.now = cst("2026-03-10T12:00")
  el.names = { [wang.id]: "王芳", [chen.id]: "陈静" }
  provider.desk = clock.desk
  provider.actor = supervisor
  await settle(provider)
  await el.reload()
  await settle(provider)
  return { ...clock, provider, el }
}

const root = (el: FdCallbackReport) => el.shadowRoot!
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, " ").trim() ?? ""
/** A counts table as { label: count }. */
const counts = (el: FdCallbackReport, key: string) =>
  Object.fromEntries(
    [...root(el).querySelectorAll(`[data-table=${key}] tbody tr`)].map((tr) => [
      text(tr.querySelector("th")),
      Number(text(tr.querySelector("td")))
    ])
  )
const chart = (el: FdCallbackReport, measure: string) =>
  root(el).querySelector<FdChart>(`fd-chart[data-measure=${measure}]`)!
/** A chart's data table as rows of cells. */
const chartTable = (el: FdCallbackReport, measure: string) =>
  [...chart(el, measure).shadowRoot!.querySelectorAll("[part~=table] tr")].map((tr) =>
    [...tr.children].map((cell) => text(cell))
  )

describe("fd-callback-report", () => {
  afterEach(cleanup)

  for (const lang of ["zh-CN", "en"]) {
    it(`has no accessibility violations, with its figures, tables and charts (${lang})`, async () => {
      const { el } = await page(lang)
      expect(root(el).querySelectorAll("fd-chart")).toHaveLength(2)
      expect((await axe.run(el)).violations).toEqual([])
    })
  }

  it("counts the period's callbacks by method, outcome and satisfaction", async () => {
    const { el } = await page("en")
    expect(text(root(el).querySelector("[part~=callbacks] dd"))).toBe(
      "5 Completed 3 · Open 2 · Closed as unreachable 0"
    )
    expect(counts(el, "method")).toEqual({ phone: 1, email: 1, SMS: 1 })
    expect(counts(el, "satisfaction")).toMatchObject({ satisfied: 2, average: 1, unsatisfied: 0 })
    expect(Object.values(counts(el, "outcome"))).toEqual([3, 0, 0, 0, 0])
  })

  it("shows member coverage against the 100% target and the share done before the deadline", async () => {
    const { el } = await page("en")
    // Members c-1, c-2, c-3, c-5 are due; c-1 and c-2 were called.
    const coverage = root(el).querySelector("[part~=coverage]")!
    expect(coverage.getAttribute("part")).toBe("coverage short")
    expect(text(coverage.querySelector("dd"))).toBe(
      "50% (2 of 4), target 100% below target: 2 members still to call"
    )
    // Settled: cb-1 and cb-4 on time, cb-2 late, cb-3 open past its due time; cb-5 not due yet.
    expect(text(root(el).querySelector("[part~=on-time] dd"))).toBe("50% (2 of 4)")
  })

  it("lists complaints by department with the average time to close", async () => {
    const { el } = await page("zh-CN")
    const rows = [
      ...root(el).querySelectorAll("[part~=complaints] tbody tr, [part~=complaints] tfoot tr")
    ].map((tr) => [...tr.children].map((cell) => text(cell)))
    expect(rows).toEqual([
      ["财务部", "1", "0", "0", "—"],
      ["售后服务部", "1", "1", "0", "30 小时"],
      ["尚未分派", "1", "0", "0", "—"],
      ["合计", "3", "1", "0", "30 小时"]
    ])
  })

  it("charts coverage and on-time share per specialist and week, every value in the chart's table", async () => {
    const { el } = await page("en")
    expect(chartTable(el, "coverage")).toEqual([
      ["customer-service specialist", "Week of 2026-03-02", "Week of 2026-03-09"],
      ["王芳", "100%", "—no value"],
      ["陈静", "0%", "0%"]
    ])
    expect(chartTable(el, "onTime")).toEqual([
      ["customer-service specialist", "Week of 2026-03-02", "Week of 2026-03-09"],
      ["王芳", "50%", "—no value"],
      ["陈静", "0%", "100%"]
    ])
  })

  it("changes when a callback is completed, without being asked to reload", async () => {
    const { el, desk, at } = await page("en")
    at(cst("2026-03-10T12:00"))
    await complete(desk, "cb-3", chen, {
      at: "2026-03-10T11:30",
      method: "phone",
      satisfaction: "unsatisfied"
    })
    await vi.waitFor(() =>
      expect(text(root(el).querySelector("[part~=callbacks] dd"))).toBe(
        "5 Completed 4 · Open 1 · Closed as unreachable 0"
      )
    )
    expect(text(root(el).querySelector("[part~=coverage] dd"))).toBe(
      "75% (3 of 4), target 100% below target: 1 member still to call"
    )
    expect(counts(el, "satisfaction")).toMatchObject({ unsatisfied: 1 })
    expect(chartTable(el, "coverage")[2]).toEqual(["陈静", "100%", "0%"])
  })

  it("reads another period when the dates change, in its inputs or from the host", async () => {
    const { el } = await page("en")
    const from = root(el).querySelector<HTMLInputElement>("input[name=from]")!
    from.value = "2026-03-09"
    from.dispatchEvent(new Event("change"))
    await vi.waitFor(() => expect(el.summary?.callbacks.total).toBe(2))
    await settle(el)
    expect(text(root(el).querySelector("[part~=callbacks] dd"))).toMatch(/^2 /)
    el.from = "2026-02-01"
    el.to = "2026-02-28"
    await vi.waitFor(() => expect(el.summary?.callbacks.total).toBe(0))
    await settle(el)
    expect(text(root(el).querySelector("[part~=coverage] dd"))).toMatch(/^100% \(0 of 0\)/)
  })
})
