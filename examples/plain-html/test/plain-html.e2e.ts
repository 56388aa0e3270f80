// The plain page loads the built bundle with no build step of its own, exactly as a host site would.
import { existsSync, readFileSync } from "node:fs"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { extname, join, normalize } from "node:path"
import { fileURLToPath } from "node:url"
import axe from "axe-core"
import { type Browser, chromium } from "playwright"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchOptions } from "../../../.ci/chromium.mjs"

const root = fileURLToPath(new URL("../../..", import.meta.url))
const bundle = join(root, "packages/elements/dist/frontdesk.bundle.js")
const types: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".map": "application/json"
}

let server: Server
let browser: Browser
let origin: string

beforeAll(async () => {
  if (!existsSync(bundle))
    throw new Error(`Build the bundle first: pnpm --filter @frontdesk/elements run build:bundle`)
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname))
    const file = join(root, path)
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" })
    response.end(readFileSync(file))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await chromium.launch(launchOptions())
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => server?.close(resolve))
})

describe("plain HTML host page", () => {
  it("passes an accessibility check once the bundle has defined the elements", async () => {
    const page = await browser.newPage()
    await page.goto(`${origin}/examples/plain-html/index.html`)
    await page.waitForFunction(() => customElements.get("fd-mobile-field") !== undefined)
    await page.addScriptTag({ content: axe.source })
    const violations = await page.evaluate(async () => (await (window as any).axe.run(document)).violations)
    expect(violations).toEqual([])
    await page.close()
  })

  it("refuses a bad mobile number inline in Chinese and submits a normalised one", async () => {
    const page = await browser.newPage()
    const errors: Array<string> = []
    page.on("pageerror", (error) => errors.push(error.message))
    await page.goto(`${origin}/examples/plain-html/index.html`)
    await page.waitForFunction(() => customElements.get("fd-mobile-field") !== undefined)

    await page.getByLabel("姓名 Name").fill("王芳")
    await page.getByLabel("手机号 Mobile").fill("12812345678")
    await page.getByRole("button", { name: "提交 Submit" }).click()
    await expect
      .poll(() => page.locator("fd-mobile-field").getByText("中国大陆手机号").count())
      .toBeGreaterThan(0)
    expect(await page.locator("#result").textContent()).toBe("")

    await page.getByLabel("手机号 Mobile").fill("+86 138-1234-5678")
    await page.getByRole("button", { name: "提交 Submit" }).click()
    await expect.poll(() => page.locator("#result").textContent()).toContain('"mobile": "13812345678"')
    expect(errors).toEqual([])
    await page.close()
  })
})
