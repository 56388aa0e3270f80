// What the demo's end-to-end runs share: the demo built for production and served on a free
// port, one Chromium to drive it, and the axe check.
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import axe from "axe-core"
import { type Browser, chromium, type Page } from "playwright"
import { build, type PreviewServer, preview } from "vite"
import { launchOptions } from "../../../.ci/chromium.mjs"

/** The demo's folder, where its `vite.config.ts` is. */
export const root = new URL("..", import.meta.url).pathname

/** The demo as served for one test file, and how to stop it. */
export interface Demo {
  readonly browser: Browser
  readonly url: string
  readonly close: () => Promise<void>
}

/**
 * Builds the demo into a temporary folder named after `name`, serves the build and launches
 * Chromium. A production build, because a dev server may re-optimise dependencies on first load
 * and reload the page under the test's feet.
 */
export const startDemo = async (name: string): Promise<Demo> => {
  const outDir = mkdtempSync(join(tmpdir(), `${name}-`))
  let server: PreviewServer | undefined
  let browser: Browser | undefined
  const close = async () => {
    await browser?.close()
    await server?.close()
    rmSync(outDir, { recursive: true, force: true })
  }
  try {
    const configFile = `${root}vite.config.ts`
    await build({ root, configFile, logLevel: "warn", build: { outDir, emptyOutDir: true } })
    server = await preview({
      root,
      configFile,
      logLevel: "warn",
      build: { outDir },
      preview: { port: 0, host: "127.0.0.1" }
    })
    const url = server.resolvedUrls?.local[0] ?? ""
    browser = await chromium.launch(launchOptions())
    return { browser, url, close }
  } catch (error) {
    await close()
    throw error
  }
}

/** The axe violations in the page, or only inside the element `selector` names. */
export const axeViolations = async (page: Page, selector?: string): Promise<Array<string>> => {
  await page.addScriptTag({ content: axe.source })
  return page.evaluate(async (selector) => {
    const scope = selector === undefined ? document : document.querySelector(selector)
    const result = await (window as any).axe.run(scope)
    return result.violations.map(
      (v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(" ")).join(", ")}`
    )
  }, selector)
}
