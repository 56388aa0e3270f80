// End to end through the demo's customer-care section, as a person's clicks would go: the seeded
// fortnight around National Day, a call refused in quiet hours and then logged inside a contact
// window, the callback record completed through the script's branches, and the report following.
import type { Page } from "playwright"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { axeViolations, type Demo, startDemo } from "./support.js"

let demo: Demo

/** Friday 9 October 2026, 22:30 in Shanghai: quiet hours, the day after the holiday ended. */
const quietNight = "2026-10-09T22:30:00+08:00"

beforeAll(async () => {
  demo = await startDemo("frontdesk-demo-cc")
})

afterAll(() => demo?.close())

/** Opens the section at the demo time `now`, in a fresh browser profile (so it is seeded anew). */
const open = async (now: string) => {
  const context = await demo.browser.newContext({ timezoneId: "Asia/Shanghai" })
  const page = await context.newPage()
  const errors: Array<string> = []
  page.on("pageerror", (error) => errors.push(error.message))
  await page.goto(`${demo.url}?now=${encodeURIComponent(now)}#/customer-care`)
  await page.getByRole("heading", { name: "回访规则" }).waitFor()
  return { context, page, errors }
}

/** How many rows the demo's database holds, records and history of every section together. */
const storedRows = (page: Page): Promise<number> =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("frontdesk-demo")
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    try {
      const names = [...db.objectStoreNames]
      if (names.length === 0) return 0
      const tx = db.transaction(names, "readonly")
      const counts = await Promise.all(
        names.map(
          (name) =>
            new Promise<number>((resolve, reject) => {
              const request = tx.objectStore(name).count()
              request.onsuccess = () => resolve(request.result)
              request.onerror = () => reject(request.error)
            })
        )
      )
      return counts.reduce((a, b) => a + b, 0)
    } finally {
      db.close()
    }
  })

/**
 * Waits for the whole seed: the holiday note reaches its final sentence once this section's seed
 * has passed 8 October, its "loading the examples" status goes once it ends, and then the other
 * sections' seeds have to finish too — while any seed runs, the demo's clock stands at that
 * seed's own times, so a command run meanwhile would be recorded at one of them.
 */
const seeded = async (page: Page) => {
  await expect
    .poll(() => page.locator("[data-holiday-note]").textContent(), { timeout: 15_000 })
    .toContain("赵* 的回访在 9月30日周三 登记")
  await expect.poll(() => page.locator("[data-seeding]").count(), { timeout: 15_000 }).toBe(0)
  let before = -1
  await expect
    .poll(
      async () => {
        const now = await storedRows(page)
        const settled = now === before
        before = now
        return settled
      },
      { timeout: 20_000, interval: 750 }
    )
    .toBe(true)
}

describe("customer care in the browser demo", () => {
  it("seeds a fortnight around National Day and says which callback deadline skipped the holiday", async () => {
    const { context, page, errors } = await open(quietNight)
    const note = page.locator("[data-holiday-note]")
    // cb-05 was recorded on Wednesday 30 September; three working days skip 1–7 October and
    // count Saturday 10 October, the make-up working day. (The page shows the seed as it lands,
    // so wait for the whole sentence; the customer's name is masked.)
    await expect
      .poll(() => note.textContent(), { timeout: 15_000 })
      .toContain(
        "赵* 的回访在 9月30日周三 登记，截止时间为 10月10日周六 18:00：国庆节（10月1日周四至10月7日周三）不是工作日，已跳过。10月10日周六 为调休上班日，计入工作日。若按自然日计算，本应在 10月3日周六 截止"
      )

    await page.getByLabel("语言").selectOption("en")
    await page.getByRole("heading", { name: "Callback rules" }).waitFor()
    await expect
      .poll(() => note.textContent())
      .toContain("recorded on Wed, September 30 and is due Sat, October 10 at 18:00: National Day")

    // The link sets the demo clock to the morning after the holiday and comes back here.
    await page.getByRole("link", { name: "Set the demo time to 9 October 2026" }).click()
    await expect.poll(() => page.getByLabel("Demo time").inputValue()).toMatch(/^2026-10-09T10:0/)
    await page.getByRole("heading", { name: "Callback rules" }).waitFor()
    expect(errors).toEqual([])
    await context.close()
  })

  it("refuses a call logged in quiet hours, logs it inside a contact window, completes the record along the script, and the report follows", async () => {
    const { context, page, errors } = await open(quietNight)
    await seeded(page)
    await page.getByLabel("当前身份").selectOption("u-cc-chen")
    // The report before: 3 of 8 callbacks completed, 2 of 4 members called back.
    const report = page.locator("fd-callback-report")
    const coverage = report.locator('[part~="coverage"] dd')
    const headline = report.locator('[part~="callbacks"] dd')
    const average = report.locator('[data-table="satisfaction"] tr', { hasText: "一般" }).locator("td")
    await expect.poll(() => coverage.textContent()).toContain("50%（2/4）")
    expect((await headline.textContent())?.replace(/\s+/g, " ")).toContain("已完成 3 · 未完成 4")
    expect(await average.textContent()).toBe("1")

    // 陈静's queue: 陈晓's fridge service callback, two failed attempts, due 9 October 18:00.
    const queue = page.locator("fd-callback-queue")
    await queue.getByRole("link", { name: "办理 陈晓 的回访" }).click()
    const form = page.locator("fd-callback-form")
    await form.getByRole("heading", { name: "回访：陈晓" }).waitFor()
    await expect.poll(() => form.getByText("已尝试 2 次").count()).toBe(1)

    // 22:30 is quiet hours: the attempt is refused with the reason, and what was typed stays.
    await form.getByRole("button", { name: "未接通" }).click()
    const attempt = form.getByRole("form", { name: "未接通" })
    await attempt.getByLabel("未接通原因").selectOption("noAnswer")
    await attempt.getByLabel("备注").fill("晚上再拨一次")
    await attempt.getByRole("button", { name: "记录未接通" }).click()
    const refusal = attempt.getByRole("alert")
    await expect
      .poll(() => refusal.textContent())
      .toContain("回访时间在客户的免打扰时段，不能记录；下一个可联系时段从 2026-10-10 09:00 开始")
    expect(await refusal.textContent()).toContain("须由客服主管填写例外原因")
    expect(await attempt.getByLabel("未接通原因").inputValue()).toBe("noAnswer")
    expect(await attempt.getByLabel("备注").inputValue()).toBe("晚上再拨一次")
    expect(await form.getByText("已尝试 2 次").count()).toBe(1) // nothing was recorded

    // The same call, made at 19:30 inside the contact window, is logged.
    await attempt.getByLabel("回访时间", { exact: true }).fill("2026-10-09T19:30")
    await attempt.getByRole("button", { name: "记录未接通" }).click()
    await form.getByRole("status").filter({ hasText: "已记录未接通" }).waitFor()
    await expect.poll(() => form.getByText("已尝试 3 次").count()).toBe(1)

    // The customer calls back at 19:50: the record follows the script's branches.
    await form.getByRole("button", { name: "完成回访" }).first().click()
    const record = form.getByRole("form", { name: "完成回访" })
    await record.getByLabel("回访结果").selectOption("issueRaised")
    await record.getByLabel("满意度").selectOption("average")
    // Average: what to improve is asked for, and the closing admits the shortfall.
    await record.getByLabel("需要改进之处").waitFor()
    // (Role queries leave hidden fields out.)
    expect(await record.getByRole("textbox", { name: "客户建议" }).count()).toBe(0)
    await record.getByText("感谢客户，承认不足并承诺改进").waitFor()
    // Satisfied instead: suggestions, and thanks with good wishes.
    await record.getByLabel("满意度").selectOption("satisfied")
    await record.getByLabel("客户建议").waitFor()
    expect(await record.getByRole("textbox", { name: "需要改进之处" }).count()).toBe(0)
    await record.getByText("感谢客户并致以祝福").waitFor()
    // Back to average, which is what the customer said.
    await record.getByLabel("满意度").selectOption("average")
    await record.getByLabel("需要改进之处").fill("保养前提醒客户清空冷藏室")
    await record.getByLabel("回访时间", { exact: true }).fill("2026-10-09T19:50")
    await record.getByLabel("回访记录").fill("冰箱保养后运行正常，客户希望提前告知准备事项")
    await record.getByRole("button", { name: "完成回访" }).click()
    await form.getByRole("status").filter({ hasText: "回访已完成" }).waitFor()
    // Completed callbacks leave the queue.
    await expect.poll(() => queue.getByRole("link", { name: "办理 陈晓 的回访" }).count()).toBe(0)

    // The report follows: one more completed, one more member called back, one more "average".
    await expect.poll(() => coverage.textContent()).toContain("75%（3/4）")
    expect((await headline.textContent())?.replace(/\s+/g, " ")).toContain("已完成 4 · 未完成 3")
    expect(await average.textContent()).toBe("2")

    expect(errors).toEqual([])
    await context.close()
  })

  it("has no accessibility violations in either language", async () => {
    const { context, page, errors } = await open(quietNight)
    await seeded(page)
    expect(await axeViolations(page, "main")).toEqual([])
    await page.getByLabel("语言").selectOption("en")
    await page.getByRole("heading", { name: "Callback rules" }).waitFor()
    expect(await axeViolations(page, "main")).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})
