/**
 * `pnpm bench`'s callback-queue figure: drives `queue.bench.ts` in real Chromium (a Vite dev
 * server on 127.0.0.1 with a free port, workspace packages from their TypeScript sources, opened
 * with Playwright), loads 100,000 callbacks into IndexedDB, then alternates rounds of the queue's
 * read and of raw idb reading the same rows, and returns the table row for `.ci/bench.mjs`.
 */
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { chromium } from "playwright"
import { createServer } from "vite"
import { findChromium, launchOptions } from "../../../.ci/chromium.mjs"
import { freePort } from "../../../.ci/net.mjs"

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, "..", "..", "..")
// idb is the storage package's dependency; the page imports it for the baseline and the load.
const idb = join(
  dirname(createRequire(join(root, "packages", "storage", "package.json")).resolve("idb/package.json")),
  "build",
  "index.js"
)

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const int = (n) => Math.round(n).toLocaleString("en-US")
const ms = (n) => (n < 1 ? `${(n * 1000).toFixed(0)} µs` : `${n.toFixed(2)} ms`)

/**
 * Measures, stores the results in `results.callbackQueue` and returns the table rows
 * ([figure, subject, baseline, ratio, goal]; ratio = subject time / baseline time).
 *
 * @param {{ count?: number, limit?: number, rounds?: number, queries?: number, log?: (line: string) => void, results?: Record<string, unknown> }} [options]
 */
export const runQueueBench = async (options = {}) => {
  const count = options.count ?? 100_000
  const limit = options.limit ?? 50
  const rounds = options.rounds ?? 6
  const queries = options.queries ?? 40
  const log = options.log ?? (() => {})
  const started = Date.now()
  if (findChromium() === undefined) {
    throw new Error("Chromium not found; install it (apt-get install chromium) or set CHROMIUM_PATH")
  }
  log(`[bench] callback queue: the ${limit} most urgent of ${int(count)} callbacks in IndexedDB (Chromium)`)
  const port = await freePort()
  const server = await createServer({
    configFile: false,
    root: here,
    logLevel: "warn",
    clearScreen: false,
    cacheDir: join(root, "node_modules", ".cache", "vite-bench-queue"),
    resolve: { conditions: ["source", "module", "browser", "development|production"], alias: { idb } },
    // Serve dependencies as they are: pre-bundling would reload the page halfway through a run.
    optimizeDeps: { noDiscovery: true, include: [] },
    server: { host: "127.0.0.1", port, strictPort: true, hmr: false, fs: { allow: [root] } }
  })
  let browser
  try {
    await server.listen()
    browser = await chromium.launch(launchOptions())
    const page = await browser.newPage()
    const errors = []
    page.on("pageerror", (error) => errors.push(error.message))
    await page.goto(`http://127.0.0.1:${port}/queue.html`)
    await page
      .waitForFunction(() => window.frontdeskQueueBench !== undefined, undefined, { timeout: 120_000 })
      .catch((error) => {
        throw new Error(`the queue benchmark page did not load: ${errors.join("; ") || error.message}`)
      })
    const loadStart = Date.now()
    const loaded = await page.evaluate((n) => window.frontdeskQueueBench.load(n), count)
    if (loaded !== count) throw new Error(`loaded ${loaded} callbacks, not ${count}`)
    log(`  queue load ${int(count)} callbacks with raw idb  ${int(Date.now() - loadStart)} ms`)
    const same = await page.evaluate((n) => window.frontdeskQueueBench.same(n), limit)
    if (!same.same) throw new Error("the queue's read and raw idb did not return the same callbacks")
    const run = (kind, n) =>
      page.evaluate(([k, q, l]) => window.frontdeskQueueBench.run(k, q, l), [kind, n, limit])
    // Two untimed rounds of each warm the page's code and Chromium's storage backend.
    for (let warm = 0; warm < 2; warm++) {
      await run("subject", queries)
      await run("baseline", queries)
    }
    const subject = []
    const baseline = []
    const rawCursor = []
    for (let round = 0; round < rounds; round++) {
      // Alternate which goes first, so neither always runs on a warmer cache.
      const order = round % 2 === 0 ? ["subject", "baseline"] : ["baseline", "subject"]
      for (const kind of order) {
        const times = await run(kind, queries)
        ;(kind === "subject" ? subject : baseline).push(...times)
        log(`  queue ${kind.padEnd(9)} round ${round + 1}: median ${ms(median(times))}`)
      }
      rawCursor.push(...(await run("rawCursor", queries)))
    }
    const result = {
      callbacks: count,
      limit,
      queries: rounds * queries,
      subject: { ms: median(subject) },
      baseline: { ms: median(baseline) },
      ratio: median(subject) / median(baseline),
      // Raw idb stepping a cursor over the same rows, as the adapter reads: informative.
      rawCursor: { ms: median(rawCursor) },
      chromium: browser.version()
    }
    if (options.results) {
      options.results.callbackQueue = result
      const machine = options.results.machine
      if (machine && typeof machine.seconds === "number")
        machine.seconds += Math.round((Date.now() - started) / 1000)
    }
    log(`  queue raw idb with a cursor over the same rows: median ${ms(result.rawCursor.ms)}`)
    return [
      [
        `Callback queue: ${limit} most urgent of ${int(count)} in IndexedDB (per read)`,
        ms(result.subject.ms),
        `${ms(result.baseline.ms)} raw idb getAll on the index`,
        `${result.ratio.toFixed(2)}×`,
        ""
      ]
    ]
  } finally {
    await browser?.close()
    await server.close()
  }
}

// Run on its own: node packages/elements/bench/queue.mjs
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await runQueueBench({ log: (line) => process.stderr.write(`${line}\n`) })
  for (const row of rows) console.log(row.join("  |  "))
}
