/**
 * The service under a bounded load on loopback: another process sends 10,000 commands, 64 at a
 * time, many of them racing on the same record; afterwards every accepted command is in the
 * history exactly once, and nothing else is.
 */
import { spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { Effect } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { type Running, start } from "../src/server.js"

const here = dirname(fileURLToPath(import.meta.url))
const directory = mkdtempSync(join(tmpdir(), "frontdesk-load-"))
let running: Running | undefined

afterAll(async () => {
  await running?.close()
  rmSync(directory, { recursive: true, force: true })
})

interface Report {
  readonly sent: number
  readonly statuses: Record<string, number>
  readonly accepted: Record<string, number>
}

/** Runs the load client in its own process and reads its report. */
const load = (url: string, records: number, commands: number, concurrency: number) =>
  new Promise<Report>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        join(here, "load-client.ts"),
        url,
        String(records),
        String(commands),
        String(concurrency)
      ],
      { cwd: join(here, ".."), stdio: ["ignore", "pipe", "pipe"] }
    )
    let out = ""
    let err = ""
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString()
    })
    child.stderr.on("data", (chunk: Buffer) => {
      err += chunk.toString()
    })
    child.on("error", reject)
    child.on("close", (code) => {
      if (code === 0) resolve(JSON.parse(out) as Report)
      else reject(new Error(`the load client exited with ${code}: ${err}`))
    })
  })

describe("the service under load", () => {
  it("loses and duplicates no commit: 10,000 commands from another process, racing on 100 records", async () => {
    running = await start({
      host: "127.0.0.1",
      port: 0,
      // NORMAL: this test is about what HTTP and the Runner keep, not about surviving power loss
      // (the SQLite adapter's own tests kill processes mid-commit); FULL only makes it slower.
      storage: { kind: "sqlite", filename: join(directory, "load.sqlite"), synchronous: "NORMAL" },
      trusted: false,
      corsOrigins: [],
      basePath: "/"
    })
    const records = 100
    const report = await load(running.url, records, 10_000, 64)

    // Every command got an answer, and every answer is an acceptance or a refusal the race explains.
    expect(Object.values(report.statuses).reduce((a, b) => a + b, 0)).toBe(report.sent)
    expect(Object.keys(report.statuses).sort()).toEqual(
      ["200", "201", "409"].filter((status) => status in report.statuses)
    )
    expect(report.statuses["201"]).toBe(records)
    expect(report.statuses["200"]).toBeGreaterThan(0)

    const store = running.store
    let committed = 0
    for (let i = 0; i < records; i++) {
      const id = `load-${String(i).padStart(4, "0")}`
      const item = defined(await Effect.runPromise(store.get("enquiries", id)))
      const history = await Effect.runPromise(store.history("enquiries", id))
      const accepted = report.accepted[id] ?? 0
      // One history entry per accepted command, numbered 1..n without gaps or repeats, and the
      // record at the version of the last one.
      expect(history.map((entry) => entry.version)).toEqual(Array.from({ length: accepted }, (_, v) => v + 1))
      expect(item.version).toBe(accepted)
      expect((item.value as { version: number }).version).toBe(accepted)
      // Holds and resumes alternate: each entry leaves from the state the one before reached.
      for (let v = 1; v < history.length; v++) expect(history[v]!.from).toBe(history[v - 1]!.to)
      expect((item.value as { state: string }).state).toBe(history[history.length - 1]!.to)
      committed += history.length
    }
    expect(committed).toBe(report.statuses["200"]! + report.statuses["201"]!)
  })
})

const defined = <A>(value: A | undefined): A => {
  expect(value).toBeDefined()
  return value as A
}
