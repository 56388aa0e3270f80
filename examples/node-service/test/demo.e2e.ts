/**
 * The browser demo switched to the service with `?store=<url>`: the same elements, unchanged,
 * create and run records that the service decides and keeps, with the role switcher's person as
 * the acting user.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Effect } from "effect"
import { type Browser, chromium } from "playwright"
import { build, type PreviewServer, preview } from "vite"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchOptions } from "../../../.ci/chromium.mjs"
import { type Running, start } from "../src/server.js"

const demo = new URL("../../browser-demo/", import.meta.url).pathname
const outDir = mkdtempSync(join(tmpdir(), "frontdesk-demo-service-"))
let site: PreviewServer
let service: Running
let browser: Browser
let url: string

beforeAll(async () => {
  const configFile = `${demo}vite.config.ts`
  await build({ root: demo, configFile, logLevel: "warn", build: { outDir, emptyOutDir: true } })
  site = await preview({
    root: demo,
    configFile,
    logLevel: "warn",
    build: { outDir },
    preview: { port: 0, host: "127.0.0.1" }
  })
  url = site.resolvedUrls?.local[0] ?? ""
  service = await start({
    host: "127.0.0.1",
    port: 0,
    storage: { kind: "memory" },
    trusted: false,
    corsOrigins: [new URL(url).origin],
    basePath: "/"
  })
  browser = await chromium.launch(launchOptions())
})

afterAll(async () => {
  await browser?.close()
  await service?.close()
  await site?.close()
  rmSync(outDir, { recursive: true, force: true })
})

describe("the browser demo on the service", () => {
  it("creates an enquiry and puts it on hold through the service, as the person the role switcher names", async () => {
    const page = await browser.newPage()
    const errors: Array<string> = []
    page.on("pageerror", (error) => errors.push(error.message))
    await page.goto(`${url}?store=${encodeURIComponent(service.url)}`)
    await page.getByText(`数据保存在服务 ${service.url}`).waitFor()

    await page.getByLabel("姓名").fill("王芳")
    await page.getByLabel("手机号").fill("13900001111")
    await page.getByRole("button", { name: "下一步" }).click()
    await page.getByLabel("咨询事项").selectOption("repair")
    await page.getByLabel("咨询内容").fill("空调不制冷，请尽快安排维修")
    await page.getByRole("button", { name: "提交" }).click()
    await page.getByRole("status").filter({ hasText: "已保存" }).waitFor()

    // The service has it, created by the receptionist the page was acting as.
    const stored = await Effect.runPromise(service.store.query("enquiries", { index: "byState" }))
    expect(stored.items).toHaveLength(1)
    const id = stored.items[0]!.id
    const created = await Effect.runPromise(service.store.history("enquiries", id))
    expect(created.map((entry) => [entry.command, entry.actor.id])).toEqual([["create", "u-reception"]])

    // fd-commands offers what the person may do; the service decides it.
    await page.getByRole("button", { name: /王\*/ }).first().click()
    const commands = page.locator("fd-commands")
    await commands.getByRole("button", { name: "记录联系" }).waitFor()
    expect(await commands.getByRole("button", { name: "暂停计时" }).count()).toBe(0)
    await page.getByLabel("当前身份").selectOption("u-supervisor")
    await commands.getByRole("button", { name: "暂停计时" }).click()
    await commands.getByLabel("暂停原因").fill("等待客户确认上门时间")
    await commands.locator("fd-form").getByRole("button", { name: "暂停计时" }).click()
    await page.locator("fd-timeline").getByText("等待客户确认上门时间").waitFor()

    const held = await Effect.runPromise(service.store.get("enquiries", id))
    expect(held?.value).toMatchObject({ state: "onHold", version: 2 })
    const history = await Effect.runPromise(service.store.history("enquiries", id))
    expect(history.map((entry) => [entry.command, entry.actor.id])).toEqual([
      ["create", "u-reception"],
      ["hold", "u-supervisor"]
    ])
    expect(errors).toEqual([])
    await page.close()
  })
})
