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
const dist = join(root, "packages/elements/dist")
const bundles = [
  "frontdesk.bundle.js",
  "frontdesk-customer-care.bundle.js",
  "frontdesk-recruitment.bundle.js"
]
const types: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".map": "application/json"
}

let server: Server
let browser: Browser
let origin: string

beforeAll(async () => {
  if (!bundles.every((file) => existsSync(join(dist, file))))
    throw new Error(`Build the bundles first: pnpm --filter @frontdesk/elements run build:bundle`)
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
    const visit = page.locator("#visit")

    await visit.getByLabel("姓名 Name").fill("王芳")
    await visit.getByLabel("手机号 Mobile").fill("12812345678")
    await visit.getByRole("button", { name: "提交 Submit" }).click()
    await expect
      .poll(() => visit.locator("fd-mobile-field").getByText("中国大陆手机号").count())
      .toBeGreaterThan(0)
    expect(await page.locator("#result").textContent()).toBe("")

    await visit.getByLabel("手机号 Mobile").fill("+86 138-1234-5678")
    await visit.getByRole("button", { name: "提交 Submit" }).click()
    await expect.poll(() => page.locator("#result").textContent()).toContain('"mobile": "13812345678"')
    expect(errors).toEqual([])
    await page.close()
  })

  it("every control takes part in a plain form: checks, normalises, submits and resets", async () => {
    const page = await browser.newPage()
    const errors: Array<string> = []
    page.on("pageerror", (error) => errors.push(error.message))
    await page.goto(`${origin}/examples/plain-html/index.html`)
    await page.waitForFunction(() => customElements.get("fd-file-field") !== undefined)
    const form = page.locator("#controls")
    const submit = form.getByRole("button", { name: "提交 Submit" })

    // A wrong check digit and a missing consent are refused inline; nothing is submitted.
    // The ID is shown masked until the field is focused, as personal data should be.
    const residentId = form.getByLabel("身份证号 Resident ID")
    await residentId.click()
    await residentId.fill("11010519491231002Y")
    await submit.click()
    await expect.poll(() => form.getByText("此项必填").count()).toBeGreaterThan(0)
    expect(await page.locator("#controls-result").textContent()).toBe("")
    await expect.poll(() => form.locator("fd-id-field").getByText("最后一位为数字或 X").count()).toBe(1)

    // The SMS control asks the page to send a code and counts down.
    await form.getByLabel("手机号（短信验证）Mobile with SMS code").fill("138 0013 8000")
    await form.getByRole("button", { name: /发送验证码|获取验证码|Send/ }).click()
    await expect.poll(() => page.locator("#sms-status").textContent()).toContain("13800138000")

    // Right values: the ID is kept compact with an upper-case X, yuan become exact fen.
    await residentId.click()
    await residentId.fill("11010519491231002x")
    await form.getByLabel("押金（元）Deposit (yuan)").fill("1,234.50")
    await form.getByLabel("房型 Room type").selectOption("double")
    await form.getByLabel("早餐 Breakfast").check()
    await form.getByLabel("停车 Parking").check()
    await form.getByLabel("合同扫描件 Signed contract").setInputFiles({
      name: "contract.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4 demo")
    })
    await form.getByLabel("同意按隐私政策处理个人信息 I agree to the privacy notice").check()
    await submit.click()
    await expect
      .poll(() => page.locator("#controls-result").textContent())
      .toContain('"residentId": "11010519491231002X"')
    const submitted = JSON.parse((await page.locator("#controls-result").textContent()) ?? "{}")
    expect(submitted).toMatchObject({
      mobile: "13800138000",
      residentId: "11010519491231002X",
      roomType: "double",
      services: ["breakfast", "parking"],
      contract: "contract.pdf (13 bytes)"
    })
    expect(String(submitted.deposit)).toContain("123450")

    await form.getByRole("button", { name: "重置 Reset" }).click()
    await expect.poll(() => page.locator("#controls-result").textContent()).toBe("")
    expect(await residentId.inputValue()).toBe("")
    expect(errors).toEqual([])
    await page.close()
  })
})

describe("plain HTML page with a family's elements", () => {
  it("hands the callback elements an IndexedDB desk from the bundle alone, and refuses a call in quiet hours", async () => {
    const context = await browser.newContext({ timezoneId: "Asia/Shanghai" })
    const page = await context.newPage()
    const errors: Array<string> = []
    page.on("pageerror", (error) => errors.push(error.message))
    // 19:00 in Beijing when the page first seeds its callback; the call is then tried at 22:30.
    await page.clock.install({ time: new Date("2026-10-09T11:00:00Z") })
    await page.goto(`${origin}/examples/plain-html/customer-care.html`)
    const queue = page.locator("fd-callback-queue")
    // The queue reads the seeded callback through the desk; the phone number is masked.
    await queue.getByRole("cell", { name: "139****5678" }).waitFor()
    expect(await page.getByText("13912345678").count()).toBe(0)
    await page.addScriptTag({ content: axe.source })
    expect(await page.evaluate(async () => (await (window as any).axe.run(document)).violations)).toEqual([])

    await page.clock.setFixedTime(new Date("2026-10-09T14:30:00Z"))
    await queue.getByRole("button", { name: /李/ }).click()
    const form = page.locator("fd-callback-form")
    await form.getByRole("button", { name: "未接通" }).click()
    const attempt = form.getByRole("form", { name: "未接通" })
    await attempt.getByLabel("未接通原因").selectOption("noAnswer")
    await attempt.getByRole("button", { name: "记录未接通" }).click()
    await expect.poll(() => attempt.getByRole("alert").textContent()).toContain("免打扰时段")

    // Logged at 19:30, inside the evening contact window, the same attempt is recorded.
    await attempt.getByLabel("回访时间", { exact: true }).fill("2026-10-09T19:30")
    await attempt.getByRole("button", { name: "记录未接通" }).click()
    await form.getByRole("status").filter({ hasText: "已记录未接通" }).waitFor()
    expect(errors).toEqual([])
    await context.close()
  })
})

describe("a family's bundle alone", () => {
  /** Loads one bundle into an empty page; returns the tags it defined and the names it exports. */
  const load = async (file: string, tags: ReadonlyArray<string>) => {
    const page = await browser.newPage()
    const errors: Array<string> = []
    page.on("pageerror", (error) => errors.push(error.message))
    // A page with nothing on it, at the bundles' origin: the one bundle imported into it is all it has.
    const blank = `${origin}/examples/plain-html/blank.html`
    await page.route(blank, (route) =>
      route.fulfill({ contentType: "text/html", body: "<!doctype html><title>blank</title>" })
    )
    await page.goto(blank)
    // The page's own `import()`, written as text: in a function, vitest would rewrite it to its
    // server-side loader, which the page does not have.
    const url = `${origin}/packages/elements/dist/${file}`
    const loaded = (await page.evaluate(`(async () => {
      const module = await import(${JSON.stringify(url)})
      return {
        defined: ${JSON.stringify(tags)}.filter((tag) => customElements.get(tag) !== undefined),
        exports: Object.keys(module)
      }
    })()`)) as { defined: Array<string>; exports: Array<string> }
    await page.close()
    return { ...loaded, errors }
  }
  const tags = [
    "fd-provider",
    "fd-form",
    "fd-callback-queue",
    "fd-complaint-board",
    "fd-candidate-pipeline",
    "fd-offer"
  ]

  it("customer care: defines fd-callback-queue and exports CustomerCare and Desk, and nothing of recruitment", async () => {
    const { defined, exports, errors } = await load("frontdesk-customer-care.bundle.js", tags)
    expect(defined).toEqual(["fd-provider", "fd-form", "fd-callback-queue", "fd-complaint-board"])
    expect(exports).toEqual(expect.arrayContaining(["CustomerCare", "Desk", "Store", "Actor", "httpDesk"]))
    expect(exports).not.toContain("Recruitment")
    expect(exports).not.toContain("FdCandidatePipeline")
    expect(errors).toEqual([])
  })

  it("recruitment: defines fd-candidate-pipeline and exports Recruitment and Desk, and nothing of customer care", async () => {
    const { defined, exports, errors } = await load("frontdesk-recruitment.bundle.js", tags)
    expect(defined).toEqual(["fd-provider", "fd-form", "fd-candidate-pipeline", "fd-offer"])
    expect(exports).toEqual(expect.arrayContaining(["Recruitment", "Desk", "Store", "Actor", "httpDesk"]))
    expect(exports).not.toContain("CustomerCare")
    expect(exports).not.toContain("FdCallbackQueue")
    expect(errors).toEqual([])
  })
})
