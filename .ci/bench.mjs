#!/usr/bin/env node
// `pnpm bench`: measures the figures the project publishes, each against a baseline measured in
// the same run, prints a compact table and writes node_modules/.cache/bench.json.
// The benchmarks live beside what they measure (packages/*/bench/); this script only runs them.
// Usage: node .ci/bench.mjs [--only domain,storage,bundle]
import { spawnSync } from "node:child_process"
import { mkdirSync, writeFileSync } from "node:fs"
import { availableParallelism, cpus, loadavg } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const args = process.argv.slice(2)
const onlyAt = args.findIndex((arg) => arg === "--only" || arg.startsWith("--only="))
const onlyValue =
  onlyAt < 0 ? "" : args[onlyAt].includes("=") ? args[onlyAt].split("=")[1] : (args[onlyAt + 1] ?? "")
const only = new Set(onlyValue.split(",").filter(Boolean))
const wanted = (name) => only.size === 0 || only.has(name)
const say = (line) => process.stderr.write(`${line}\n`)

const started = Date.now()
const machine = {
  cores: availableParallelism(),
  cpu: cpus()[0]?.model ?? "unknown",
  node: process.version,
  loadAverageAtStart: loadavg()[0],
  date: new Date().toISOString()
}
const results = { machine }

if (wanted("domain")) {
  say("[bench] domain: Workflow.decide and Calendar.addWorkingDays (tsx, one process)")
  const child = spawnSync(process.execPath, ["--import", "tsx", "packages/domain/bench/main.ts"], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"]
  })
  if (child.status !== 0) throw new Error(`the domain benchmarks failed (exit ${child.status})`)
  const domain = JSON.parse(child.stdout.trim().split("\n").at(-1))
  results.workflow = domain.workflow
  results.calendar = domain.calendar
}

if (wanted("bundle")) {
  say("[bench] bundle sizes (Vite build into a temporary directory)")
  const { runBundleBench } = await import("../packages/elements/bench/bundle.mjs")
  results.bundle = await runBundleBench({ log: say })
}

if (wanted("storage")) {
  say("[bench] IndexedDB commit in Chromium (Vite dev server + Playwright)")
  const { runIndexedDbBench } = await import("../packages/storage/bench/run.mjs")
  results.indexeddb = await runIndexedDbBench({ log: say })
  machine.chromium = results.indexeddb.chromium
}

machine.seconds = Math.round((Date.now() - started) / 1000)

// ---------------------------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------------------------

const int = (n) => Math.round(n).toLocaleString("en-US")
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`
const times = (ratio) => `${ratio.toFixed(2)}×`
const rows = [["figure", "subject", "baseline", "ratio", "goal"]]

if (results.workflow) {
  const { subject, baseline, ratio } = results.workflow
  rows.push([
    "Workflow.decide (decisions/s)",
    int(subject.opsPerSecond),
    `${int(baseline.opsPerSecond)} hand-written switch`,
    times(ratio),
    ""
  ])
}
if (results.calendar) {
  const { subject, baseline, ratio, unknown } = results.calendar
  rows.push([
    "Calendar.addWorkingDays cn-mainland 2025 (due dates/s)",
    int(subject.opsPerSecond),
    `${int(baseline.opsPerSecond)} date-fns addBusinessDays`,
    times(ratio),
    unknown === 0 ? "" : `${unknown} outside coverage`
  ])
}
if (results.indexeddb) {
  const { subject, baseline, ratio, goalRatio, goalMet, records } = results.indexeddb
  rows.push([
    `IndexedDB commit ${int(records)} records + history (records/s)`,
    `${int(subject.recordsPerSecond)} (${int(subject.ms)} ms)`,
    `${int(baseline.recordsPerSecond)} (${int(baseline.ms)} ms) raw idb, one tx`,
    times(ratio),
    `≤ ${goalRatio}×: ${goalMet ? "met" : "NOT met"}`
  ])
}
if (wanted("sql")) rows.push(...(await import("./bench-sql.mjs")).runSqlBench({ log: say, results }))
if (wanted("queue"))
  rows.push(
    ...(await (await import("../packages/elements/bench/queue.mjs")).runQueueBench({ log: say, results }))
  )
if (results.bundle) {
  const { full, customerCare, recruitment, oneForm } = results.bundle
  rows.push(["Bundle, all elements (min + gzip)", kB(full.gzipBytes), `${kB(full.minBytes)} min`, "", ""])
  for (const [name, family] of [
    ["customer care", customerCare],
    ["recruitment", recruitment]
  ]) {
    if (family !== undefined)
      rows.push([`Bundle, ${name} (min + gzip)`, kB(family.gzipBytes), `${kB(family.minBytes)} min`, "", ""])
  }
  rows.push([
    `Bundle, one form: ${oneForm.tags.length} tags (min + gzip)`,
    kB(oneForm.gzipBytes),
    `${kB(oneForm.goalBytes)} goal`,
    times(oneForm.gzipBytes / oneForm.goalBytes),
    `≤ ${kB(oneForm.goalBytes)}: ${oneForm.goalMet ? "met" : "NOT met"}`
  ])
}

const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
const line = (row) =>
  row
    .map((cell, column) =>
      column === 0 || column === 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])
    )
    .join("  ")
    .trimEnd()

console.log(
  `\nFrontdesk benchmarks — ${machine.cores} cores (${machine.cpu}), Node ${machine.node}` +
    `${machine.chromium ? `, Chromium ${machine.chromium}` : ""}, load ${machine.loadAverageAtStart.toFixed(1)} at start, ${machine.seconds} s`
)
console.log(line(rows[0]))
console.log(widths.map((w) => "-".repeat(w)).join("  "))
for (const row of rows.slice(1)) console.log(line(row))
console.log("ratio = subject time / baseline time (bundles: size / goal); medians of alternating rounds")

if (results.bundle && !results.bundle.oneForm.goalMet) {
  const { explainOneForm } = await import("../packages/elements/bench/bundle.mjs")
  console.log("\nOne form over its goal.")
  for (const line of explainOneForm(results.bundle.oneForm)) console.log(line)
}
if (results.indexeddb) {
  console.log(
    `\nRaw idb with the adapter's version reads, all requests issued at once: ${int(results.indexeddb.rawChecked.ms)} ms` +
      ` (${times(results.indexeddb.rawChecked.ms / results.indexeddb.baseline.ms)} the baseline)`
  )
}

const out = join(root, "node_modules", ".cache", "bench.json")
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`)
console.log(`\nwritten: ${out}`)
