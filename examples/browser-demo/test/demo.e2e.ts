// End to end through the demo, as a person's clicks would go: fill the wizard, save, reload,
// switch role and language, record the contact, and see the history and deadline follow.
import { readFileSync } from "node:fs"
import { createServer } from "vite"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { axeViolations, type Demo, root, startDemo } from "./support.js"

let demo: Demo

beforeAll(async () => {
  demo = await startDemo("frontdesk-demo")
})

afterAll(() => demo?.close())

describe("browser demo", () => {
  it("takes an enquiry through the wizard, keeps it across a reload, and follows role and language", async () => {
    const context = await demo.browser.newContext()
    const page = await context.newPage()
    const errors: Array<string> = []
    page.on("pageerror", (error) => errors.push(error.message))
    await page.goto(demo.url)
    await page.getByRole("heading", { name: "新建来访咨询" }).waitFor()
    expect(await axeViolations(page)).toEqual([])

    // Step 1: a wrong mobile number is refused inline, in Chinese, and the wizard does not advance.
    await page.getByLabel("姓名").fill("王芳")
    await page.getByLabel("手机号").fill("12812345678")
    await page.getByRole("button", { name: "下一步" }).click()
    await expect.poll(() => page.getByText("中国大陆手机号").count()).toBeGreaterThan(0)
    await page.getByLabel("手机号").fill("+86 139-0000-1111")
    await page.getByRole("button", { name: "下一步" }).click()

    // Step 2, then save.
    await page.getByLabel("咨询事项").selectOption("repair")
    await page.getByLabel("咨询内容").fill("空调不制冷，请尽快安排维修")
    await page.getByRole("button", { name: "提交" }).click()
    await page.getByRole("status").filter({ hasText: "已保存" }).waitFor()

    // The list masks personal data; the detail shows the record, its deadline and history.
    await expect.poll(() => page.getByRole("cell", { name: "139****1111" }).count()).toBe(1)
    await page.getByRole("button", { name: /王\*/ }).first().click()
    await page.locator("fd-timeline").getByText("王芳").first().waitFor()
    await expect.poll(() => page.locator("fd-deadline-badge").first().getAttribute("status")).toBe("on-track")

    // Survives a reload: the record comes back from IndexedDB.
    await page.reload()
    await expect.poll(() => page.getByRole("cell", { name: "139****1111" }).count()).toBe(1)
    await page.getByRole("button", { name: /王\*/ }).first().click()

    // The receptionist may record the contact but may not put the enquiry on hold.
    const commands = page.locator("fd-commands")
    await commands.getByRole("button", { name: "记录联系" }).waitFor()
    expect(await commands.getByRole("button", { name: "暂停计时" }).count()).toBe(0)

    // The supervisor may.
    await page.getByLabel("当前身份").selectOption("u-supervisor")
    await commands.getByRole("button", { name: "暂停计时" }).waitFor()
    await page.getByLabel("当前身份").selectOption("u-reception")

    // English follows the page's lang everywhere.
    await page.getByLabel("语言").selectOption("en")
    await page.getByRole("heading", { name: "New visitor enquiry" }).waitFor()
    await commands.getByRole("button", { name: "Record contact" }).click()
    await commands.getByLabel("Outcome of the contact").fill("Technician booked for Tuesday")
    // The inline form's submit button carries the command's name.
    await commands.locator("fd-form").getByRole("button", { name: "Record contact" }).click()

    // The contact meets the deadline, and the timeline gains the entry.
    await expect.poll(() => page.locator("fd-deadline-badge").first().getAttribute("status")).toBe("met")
    await page.locator("fd-timeline").getByText("Technician booked for Tuesday").waitFor()
    expect(await axeViolations(page)).toEqual([])

    // A backup: export everything as JSON; a broken file restores nothing and changes nothing;
    // the backup restores the records after they are gone.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export JSON" }).click()
    ])
    const backup = JSON.parse(readFileSync((await download.path())!, "utf8"))
    expect(backup.format).toBe("frontdesk-store")
    expect(JSON.stringify(backup)).toContain("Technician booked for Tuesday")
    page.on("dialog", (dialog) => void dialog.accept())
    const restore = page.getByLabel("Restore from backup")
    await restore.setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"format":"x"}')
    })
    await page.getByRole("status").filter({ hasText: "Nothing was restored and nothing changed" }).waitFor()
    expect(await page.getByRole("cell", { name: "139****1111" }).count()).toBe(1)
    const empty = {
      ...backup,
      collections: Object.fromEntries(Object.keys(backup.collections).map((c) => [c, []])),
      history: []
    }
    await restore.setInputFiles({
      name: "empty.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(empty))
    })
    await expect.poll(() => page.getByRole("cell", { name: "139****1111" }).count()).toBe(0)
    await restore.setInputFiles({
      name: "backup.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(backup))
    })
    await expect.poll(() => page.getByRole("cell", { name: "139****1111" }).count()).toBe(1)

    expect(errors).toEqual([])
    await context.close()
  })

  it("can be used with the keyboard alone: fill the wizard, open the record, record the contact", async () => {
    const context = await demo.browser.newContext()
    const page = await context.newPage()
    await page.goto(demo.url)
    await page.getByRole("heading", { name: "新建来访咨询" }).waitFor()
    await page.getByLabel("语言").selectOption("en")
    await page.getByRole("heading", { name: "New visitor enquiry" }).waitFor()

    await page.getByLabel("Name").focus()
    await page.keyboard.type("Li Na")
    await page.keyboard.press("Tab")
    await page.keyboard.type("13700001234")
    await page.keyboard.press("Enter") // Enter in a field moves the wizard on
    await page.getByLabel("Topic").waitFor()
    await page.getByLabel("Topic").focus()
    await page.keyboard.press("ArrowDown")
    // A date input takes one Tab per segment (month, day, year), so go to the details directly.
    await page.getByRole("textbox", { name: "Details" }).focus()
    await page.keyboard.type("Parking permit for a new car")
    await page.keyboard.press("Tab") // Back
    await page.keyboard.press("Tab") // Submit
    await page.keyboard.press("Enter")
    await page.getByRole("status").filter({ hasText: "Saved" }).waitFor()

    // The masked name is a button: Enter opens the record.
    await page.getByRole("button", { name: /L\* N\*/ }).focus()
    await page.keyboard.press("Enter")
    const commands = page.locator("fd-commands")
    await commands.getByRole("button", { name: "Record contact" }).focus()
    await page.keyboard.press("Enter")
    await commands.getByLabel("Outcome of the contact").focus()
    await page.keyboard.type("Permit posted")
    await page.keyboard.press("Tab") // from the text area to the form's own submit button
    await page.keyboard.press("Enter")
    await page.locator("fd-timeline").getByText("Permit posted").waitFor()
    await context.close()
  })

  it("also runs on the dev server that npm run demo starts", async () => {
    const dev = await createServer({
      root,
      configFile: `${root}vite.config.ts`,
      logLevel: "warn",
      server: { port: 0, host: "127.0.0.1" }
    })
    await dev.listen()
    const page = await demo.browser.newPage()
    const errors: Array<string> = []
    page.on("pageerror", (error) => errors.push(error.message))
    try {
      await page.goto(dev.resolvedUrls?.local[0] ?? "")
      // The first load may re-optimise dependencies and reload once; the form still comes up.
      await page.getByLabel("姓名").waitFor({ timeout: 45_000 })
      expect(errors).toEqual([])
    } finally {
      await page.close()
      await dev.close()
    }
  })
})
