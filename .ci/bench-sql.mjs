// The SQL adapters' figures for `pnpm bench`: runs packages/storage/bench/sql.bench.ts (TypeScript,
// through tsx, with the workspace's `source` condition) in its own process and turns its JSON into
// table rows. `.ci/bench.mjs` calls runSqlBench and prints the rows with the others.
import { spawnSync } from "node:child_process"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")

/** Commit throughput of an adapter must be at least this share of the raw driver's. */
export const goalThroughput = 0.8

const int = (n) => Math.round(n).toLocaleString("en-US")
const ms = (n) => (n < 1 ? `${(n * 1000).toFixed(0)} µs` : `${n.toFixed(1)} ms`)

/**
 * Measures, stores the results in `results.sql` and returns the table rows
 * ([figure, subject, baseline, ratio, goal]; ratio = subject time / baseline time).
 *
 * @param {{ log?: (line: string) => void, results?: Record<string, unknown> }} [options]
 */
export const runSqlBench = (options = {}) => {
  const log = options.log ?? (() => {})
  log(
    "[bench] sql: SQLite and PostgreSQL adapters (tsx, one process; PostgreSQL from DATABASE_URL or a throwaway cluster)"
  )
  const started = Date.now()
  const child = spawnSync(
    process.execPath,
    ["--conditions=source", "--import", "tsx", "packages/storage/bench/sql.bench.ts"],
    {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, NODE_OPTIONS: "" }
    }
  )
  if (child.status !== 0) throw new Error(`the SQL benchmarks failed (exit ${child.status})`)
  const sql = JSON.parse(child.stdout.trim().split("\n").at(-1))
  if (options.results) {
    options.results.sql = sql
    // bench.mjs has counted its seconds before these rows are measured: add ours.
    const machine = options.results.machine
    if (machine && typeof machine.seconds === "number")
      machine.seconds += Math.round((Date.now() - started) / 1000)
  }
  const rows = []
  for (const [name, label, driver] of [
    ["sqlite", "SQLite", "raw better-sqlite3"],
    ["postgres", "PostgreSQL", "raw pg"]
  ]) {
    const { commit, history } = sql[name]
    const throughput = commit.subject.recordsPerSecond / commit.baseline.recordsPerSecond
    rows.push([
      `${label} commit ${int(commit.records)} records + history (records/s)`,
      `${int(commit.subject.recordsPerSecond)} (${ms(commit.subject.ms)})`,
      `${int(commit.baseline.recordsPerSecond)} (${ms(commit.baseline.ms)}) ${driver}, one tx`,
      `${commit.ratio.toFixed(2)}×`,
      `≥ ${goalThroughput}× throughput: ${throughput >= goalThroughput ? "met" : "NOT met"} (${throughput.toFixed(2)}×)`
    ])
    rows.push([
      `${label} history of one record among ${int(history.rows)} rows (median)`,
      ms(history.queryMs),
      `built in ${(history.buildMs / 1000).toFixed(1)} s by a raw bulk insert`,
      "",
      ""
    ])
  }
  return rows
}
