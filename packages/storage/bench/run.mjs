/**
 * Drives `indexeddb.bench.ts` in real Chromium: starts a Vite dev server on 127.0.0.1 with a free
 * port (workspace packages resolve to their TypeScript sources), opens the page with Playwright,
 * alternates raw idb and the adapter on fresh databases, and closes both at the end.
 */
import { existsSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { chromium } from "playwright"
import { createServer } from "vite"
import { chromiumArgs } from "../../../.ci/chromium.mjs"
import { freePort } from "../../../.ci/net.mjs"

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, "..", "..", "..")

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * Runs the IndexedDB commit comparison.
 *
 * @param {{ count?: number, repeats?: number, log?: (line: string) => void }} [options]
 */
export const runIndexedDbBench = async (options = {}) => {
  const count = options.count ?? 10_000
  const repeats = options.repeats ?? 3
  const log = options.log ?? (() => {})
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}; install it (apt-get install chromium) or set CHROMIUM_PATH`
    )
  }
  const port = await freePort()
  const server = await createServer({
    configFile: false,
    root: here,
    logLevel: "warn",
    clearScreen: false,
    cacheDir: join(root, "node_modules", ".cache", "vite-bench"),
    resolve: { conditions: ["source", "module", "browser", "development|production"] },
    // Serve dependencies as they are: pre-bundling would reload the page halfway through a run.
    optimizeDeps: { noDiscovery: true, include: [] },
    server: { host: "127.0.0.1", port, strictPort: true, hmr: false, fs: { allow: [root] } }
  })
  let browser
  try {
    await server.listen()
    browser = await chromium.launch({ executablePath, args: chromiumArgs })
    const page = await browser.newPage()
    const errors = []
    page.on("pageerror", (error) => errors.push(error.message))
    await page.goto(`http://127.0.0.1:${port}/index.html`)
    await page
      .waitForFunction(() => window.frontdeskBench !== undefined, undefined, { timeout: 60_000 })
      .catch((error) => {
        throw new Error(`the benchmark page did not load: ${errors.join("; ") || error.message}`)
      })
    const run = async (subject, n = count) => {
      const result = await page.evaluate(([s, size]) => window.frontdeskBench.run(s, size), [subject, n])
      if (result.records !== n || result.history !== n) {
        throw new Error(
          `${subject} wrote ${result.records} records and ${result.history} history entries, not ${n}`
        )
      }
      log(`  indexeddb ${subject.padEnd(10)} ${String(n).padStart(6)} records  ${result.ms.toFixed(0)} ms`)
      return result.ms
    }
    // One untimed, smaller run of each warms the page's code and Chromium's storage backend.
    for (const subject of ["raw", "adapter", "rawChecked"]) await run(subject, Math.min(count, 1_000))
    const raw = []
    const adapter = []
    const rawChecked = []
    for (let i = 0; i < repeats; i++) {
      // Alternate which goes first, so neither always runs on a warmer or a more fragmented disk.
      if (i % 2 === 0) {
        raw.push(await run("raw"))
        adapter.push(await run("adapter"))
      } else {
        adapter.push(await run("adapter"))
        raw.push(await run("raw"))
      }
      rawChecked.push(await run("rawChecked"))
    }
    const rawMs = median(raw)
    const adapterMs = median(adapter)
    const rawCheckedMs = median(rawChecked)
    return {
      records: count,
      historyEntries: count,
      repeats,
      baseline: { ms: rawMs, recordsPerSecond: (count * 1000) / rawMs, runs: raw },
      subject: { ms: adapterMs, recordsPerSecond: (count * 1000) / adapterMs, runs: adapter },
      ratio: adapterMs / rawMs,
      goalRatio: 1.3,
      goalMet: adapterMs / rawMs <= 1.3,
      // Raw idb that also reads every version and history key first, all requests at once.
      rawChecked: { ms: rawCheckedMs, recordsPerSecond: (count * 1000) / rawCheckedMs, runs: rawChecked },
      chromium: browser.version()
    }
  } finally {
    await browser?.close()
    await server.close()
  }
}
