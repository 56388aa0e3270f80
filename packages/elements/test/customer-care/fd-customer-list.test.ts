import "../../src/define/fd-provider.js"
import "../../src/define/fd-customer-list.js"
import { Customer } from "@frontdesk/domain/customer-care"
import type { Desk } from "@frontdesk/storage"
import axe from "axe-core"
import { afterEach, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import type { FdProvider } from "../../src/common/fd-provider.js"
import type { FdCustomerList } from "../../src/customer-care/fd-customer-list.js"
import { cleanup, mount, settle, textOf } from "../common/fixtures.js"
import { careDesk, supervisor, wang } from "./care-desk.js"

const specialists = [
  { id: "u-1", name: "王芳", capacity: 2, skills: ["家电"] },
  { id: "u-3", name: "赵敏", capacity: 1, skills: ["家电", "汽车"] }
]

const customer = async (
  desk: Desk.Desk,
  id: string,
  name: string,
  category: string,
  mobile: string,
  then: ReadonlyArray<readonly [string, unknown]> = []
) => {
  await desk.create(Customer.workflow, id, { name, mobile, membership: "member", category }, wang)
  for (const [command, input] of then) await desk.run(Customer.workflow, id, command, input, supervisor)
}

const setup = async (lang: string, actor = supervisor) => {
  const clock = careDesk("2026-03-02T02:00:00.000Z")
  const { desk } = clock
  await customer(desk, "c-1", "张伟", "家电", "13812345678")
  await customer(desk, "c-2", "刘洋", "家电", "13900001111", [
    ["sort", { category: "家电", custodian: "u-1" }]
  ])
  await customer(desk, "c-3", "陈静", "汽车", "13700002222", [
    ["sort", { category: "汽车", custodian: "u-3" }]
  ])
  await customer(desk, "c-4", "周杰", "家电", "13500004444", [
    ["sort", { category: "家电", custodian: "u-1" }]
  ])
  await customer(desk, "c-5", "孙丽", "美容", "13600003333", [
    ["sort", { category: "美容", custodian: "u-1" }]
  ])
  await customer(desk, "c-6", "吴磊", "家电", "13300005555", [
    ["sort", { category: "家电", custodian: "u-1" }],
    ["assign", { specialist: "u-1" }]
  ])
  const provider = await mount<FdProvider>(
    `<fd-provider><div lang="${lang}"><fd-customer-list></fd-customer-list></div></fd-provider>`
  )
  const el = provider.querySelector("fd-customer-list")!
  el.specialists = specialists
  el.now = new Date("2026-03-04T02:00:00.000Z")
  provider.desk = desk
  provider.actor = actor
  await settle(provider)
  await el.reload()
  await settle(provider)
  return { ...clock, provider, el }
}

const row = (el: FdCustomerList, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-id=${id}]`)!
const cells = (el: FdCustomerList, id: string) =>
  [...row(el, id).querySelectorAll("th, td")].map((cell) => textOf(cell))
const action = (el: FdCustomerList, id: string, command: string) =>
  row(el, id).querySelector<HTMLButtonElement>(`[data-command=${command}]`)
const rowForm = (el: FdCustomerList) => el.shadowRoot!.querySelector<HTMLFormElement>("[part~=row-form]")!

describe("fd-customer-list", () => {
  afterEach(cleanup)

  it("has no accessibility violations in Chinese and in English, with a plan and a row form open", async () => {
    for (const lang of ["zh-CN", "en"]) {
      const { el } = await setup(lang)
      expect((await axe.run(el)).violations).toEqual([])
      el.propose()
      action(el, "c-1", "sort")!.click()
      await settle(el)
      expect((await axe.run(el)).violations).toEqual([])
      cleanup()
    }
  })

  it("lists customers by category and custodian with the mobile masked, membership, specialist and deadline", async () => {
    const { el } = await setup("zh-CN")
    const ids = [...el.shadowRoot!.querySelectorAll<HTMLElement>("[part~=row]")].map((r) => r.dataset.id)
    expect(ids).toEqual(["c-2", "c-4", "c-6", "c-1", "c-3", "c-5"])
    const assigned = cells(el, "c-6")
    expect(assigned.slice(0, 7)).toEqual(["吴磊", "133****5555", "会员", "家电", "王芳", "王芳", "已分配"])
    // Assigned on 2 March, first contact due within a week: on track on 4 March.
    expect(assigned[7]).toContain("正常")
    expect(cells(el, "c-1")[5]).toBe("未分配")
    expect(textOf(el)).not.toContain("13812345678")
  })

  it("offers a specialist no supervisor actions", async () => {
    const { el } = await setup("en", wang)
    expect(el.shadowRoot!.querySelector("[part~=plan-button]")).toBeNull()
    expect(el.shadowRoot!.querySelector("[part~=action]")).toBeNull()
  })

  it("assigns the new customers in one go, explaining every choice before the supervisor confirms", async () => {
    const { el, desk } = await setup("zh-CN")
    el.shadowRoot!.querySelector<HTMLButtonElement>("[part~=plan-button]")!.click()
    await settle(el)
    const plan = el.shadowRoot!.querySelector("[part~=plan]")!
    const choices = [...plan.querySelectorAll<HTMLElement>(".choices li")].map((li) => li.dataset.customer)
    expect(choices.sort()).toEqual(["c-2", "c-3", "c-4"])
    // 汽车 only 赵敏 can take; the explanation is shown for each choice.
    expect(textOf(plan.querySelector("[data-customer=c-3]"))).toContain("陈静 → 赵敏")
    expect(textOf(plan.querySelector("[data-customer=c-3]"))).toContain("分配给 赵敏")
    // Nobody is skilled in 美容: said, not silently dropped.
    expect(textOf(plan.querySelector(".unassigned [data-customer=c-5]"))).toContain("孙丽")
    // Nothing has run yet.
    expect((await desk.get("customers", "c-2"))?.state).toBe("sorted")
    el.shadowRoot!.querySelector<HTMLButtonElement>("[part~=confirm]")!.click()
    await expect.poll(async () => (await desk.get("customers", "c-4"))?.state).toBe("assigned")
    await settle(el)
    for (const id of ["c-2", "c-3"]) expect((await desk.get("customers", id))?.state).toBe("assigned")
    expect(textOf(el.shadowRoot!.querySelector("[part~=status]"))).toBe("已分配 3 名客户")
    // Balanced by ability: 赵敏 (capacity 1) takes 汽车, which only she can; 王芳 (capacity 2) takes
    // both 家电 beside 吴磊 — 3 for capacity 2 rather than 2 for capacity 1.
    const holders = await Promise.all(
      ["c-2", "c-3", "c-4", "c-6"].map(
        async (id) => ((await desk.get<Customer.Customer>("customers", id))!.data.specialist ?? "") as string
      )
    )
    expect(holders).toEqual(["u-1", "u-3", "u-1", "u-1"])
    const history = await desk.history("customers", "c-3")
    expect(history.at(-1)?.note).toContain("分配给 赵敏")
  })

  it("keeps a refused choice in the plan with the reason, in the page's language, and runs the others", async () => {
    const { el, desk } = await setup("en")
    el.propose()
    await settle(el)
    // Meanwhile another supervisor assigns 刘洋 elsewhere.
    await desk.run(Customer.workflow, "c-2", "assign", { specialist: "u-3" }, supervisor)
    el.shadowRoot!.querySelector<HTMLButtonElement>("[part~=confirm]")!.click()
    await expect.poll(async () => (await desk.get("customers", "c-4"))?.state).toBe("assigned")
    await settle(el)
    const refused = el.shadowRoot!.querySelector("[part~=plan] [data-customer=c-2] [role=alert]")
    expect(textOf(refused)).toMatch(/^刘洋: .+/)
    expect(el.shadowRoot!.querySelectorAll("[part~=plan] .choices li")).toHaveLength(1)
    expect(textOf(el.shadowRoot!.querySelector("[part~=status]"))).toBe("2 customers assigned")
  })

  it("sorts a collected customer with its category and custodian", async () => {
    const { el, desk } = await setup("en")
    action(el, "c-1", "sort")!.click()
    await settle(el)
    const form = rowForm(el)
    expect(el.shadowRoot!.activeElement).toBe(form.querySelector("input[name=category]"))
    await userEvent.selectOptions(form.querySelector("select[name=custodian]")!, "u-3")
    form.querySelector<HTMLButtonElement>("button[type=submit]")!.click()
    await expect.poll(async () => (await desk.get("customers", "c-1"))?.state).toBe("sorted")
    await settle(el)
    expect(cells(el, "c-1")[4]).toBe("赵敏")
  })

  it("shows a refused sort inline in both languages and keeps what was typed", async () => {
    const { el, desk } = await setup("zh-CN")
    action(el, "c-1", "sort")!.click()
    await settle(el)
    const form = rowForm(el)
    await userEvent.fill(form.querySelector("input[name=category]")!, "家用电器")
    form.querySelector<HTMLButtonElement>("button[type=submit]")!.click()
    await expect.poll(() => form.querySelector(".issue")?.textContent ?? "").not.toBe("")
    const zh = textOf(form.querySelector(".issue"))
    expect(form.querySelector("select[name=custodian]")!.getAttribute("aria-invalid")).toBe("true")
    expect(form.querySelector<HTMLInputElement>("input[name=category]")!.value).toBe("家用电器")
    el.closest("div")!.setAttribute("lang", "en")
    await settle(el)
    const en = textOf(rowForm(el).querySelector(".issue"))
    expect(en).not.toBe(zh)
    expect(en).toMatch(/[A-Za-z]/)
    expect((await desk.get("customers", "c-1"))?.state).toBe("collected")
  })

  it("reassigns one customer to another specialist, and Escape closes the form back to its button", async () => {
    const { el, desk } = await setup("en")
    action(el, "c-6", "reassign")!.focus()
    await userEvent.keyboard("{Enter}")
    await settle(el)
    expect(rowForm(el)).not.toBeNull()
    await userEvent.keyboard("{Escape}")
    await settle(el)
    expect(el.shadowRoot!.querySelector("[part~=row-form]")).toBeNull()
    expect(el.shadowRoot!.activeElement).toBe(action(el, "c-6", "reassign"))
    await userEvent.keyboard("{Enter}")
    await settle(el)
    const form = rowForm(el)
    await userEvent.selectOptions(form.querySelector("select[name=specialist]")!, "u-3")
    await userEvent.fill(form.querySelector("input[name=reason]")!, "workload")
    form.querySelector<HTMLButtonElement>("button[type=submit]")!.click()
    await expect
      .poll(async () => (await desk.get<Customer.Customer>("customers", "c-6"))?.data.specialist)
      .toBe("u-3")
    await settle(el)
    expect(cells(el, "c-6")[5]).toBe("赵敏")
    expect(cells(el, "c-6")[6]).toBe("assigned")
  })
})
