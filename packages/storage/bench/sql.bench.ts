/**
 * SQL adapter benchmarks, printed as one JSON line for `.ci/bench-sql.mjs`:
 *
 * - commit throughput of the SQLite and PostgreSQL adapters against raw better-sqlite3 and raw pg
 *   doing the same inserts (the same tables and indexes, one statement per row) in one transaction,
 *   in alternating rounds;
 * - an indexed query (a record's history) over one million history rows, built with a raw bulk
 *   insert.
 *
 * PostgreSQL is the server `DATABASE_URL` names, or a throwaway cluster started for the run.
 * Run alone with `node --conditions=source --import tsx packages/storage/bench/sql.bench.ts`.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import Database from "better-sqlite3"
import { Effect, type Scope } from "effect"
import pg from "pg"
import { keyFunction, keyOfJson } from "../src/internal/sql.js"
import { makePostgres } from "../src/postgres.js"
import * as Store from "../src/Store.js"
import { makeSqlite } from "../src/sqlite.js"
import { type Server, startCluster } from "../test/support/cluster.js"

const say = (line: string) => process.stderr.write(`${line}\n`)

const schema = Store.define({
  version: 1,
  collections: [
    {
      name: "tickets",
      indexes: [
        { name: "byState", keyPath: "state" },
        { name: "byDue", keyPath: "dueAt" },
        { name: "byAssigneeDue", keyPath: ["data.assignee", "dueAt"] }
      ]
    }
  ]
})

const records = 500
const historyRows = 1_000_000
const historyRecords = 100_000

const median = (values: ReadonlyArray<number>): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** One commit's worth of workflow records and their history entries, ids unique per round. */
const batch = (round: string) => {
  const writes: Array<Store.Put> = []
  const history: Array<Store.HistoryEntry> = []
  for (let i = 0; i < records; i++) {
    const id = `${round}-${i}`
    writes.push({
      collection: "tickets",
      id,
      expectedVersion: 0,
      value: {
        id,
        version: 1,
        state: ["open", "contacted", "closed"][i % 3],
        data: {
          phone: "13800138000",
          name: "王芳",
          assignee: `u-${i % 17}`,
          note: "回访客户，确认问题已解决"
        },
        createdAt: "2026-03-02T01:30:00.000Z",
        updatedAt: "2026-03-02T01:30:00.000Z",
        dueAt: `2026-03-${String(5 + (i % 20)).padStart(2, "0")}T09:00:00.000Z`
      }
    })
    history.push({
      collection: "tickets",
      recordId: id,
      version: 1,
      at: "2026-03-02T01:30:00.000Z",
      actor: { id: "u-2", name: "李强", roles: ["supervisor"] },
      command: "create",
      from: "",
      to: "open"
    })
  }
  return { writes, history }
}

const entryJson = (recordId: string, version: number) =>
  JSON.stringify({
    collection: "tickets",
    recordId,
    version,
    at: "2026-03-02T01:30:00.000Z",
    actor: { id: "u-2", name: "李强", roles: ["supervisor"] },
    command: "update",
    from: "open",
    to: "open"
  })

const time = async (f: () => Promise<unknown> | unknown): Promise<number> => {
  const started = performance.now()
  await f()
  return performance.now() - started
}

const scoped = <A>(effect: Effect.Effect<A, unknown, Scope.Scope>) =>
  Effect.runPromise(Effect.scoped(effect) as Effect.Effect<A, unknown>)

/** Alternates subject and baseline rounds, after one warm-up each, and compares their medians. */
const compare = async (
  rounds: number,
  subject: (round: number) => Promise<unknown>,
  baseline: (round: number) => Promise<unknown>
) => {
  await subject(-1)
  await baseline(-1)
  const subjectTimes: Array<number> = []
  const baselineTimes: Array<number> = []
  for (let round = 0; round < rounds; round++) {
    subjectTimes.push(await time(() => subject(round)))
    baselineTimes.push(await time(() => baseline(round)))
  }
  const s = median(subjectTimes)
  const b = median(baselineTimes)
  return {
    records,
    rounds,
    subject: { ms: s, recordsPerSecond: (records / s) * 1000 },
    baseline: { ms: b, recordsPerSecond: (records / b) * 1000 },
    ratio: s / b
  }
}

const historyQuery = async (query: (recordId: string) => Promise<ReadonlyArray<unknown>>) => {
  let seed = 7
  const next = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0
    return seed % historyRecords
  }
  for (let i = 0; i < 20; i++) await query(`r-${next()}`)
  const times: Array<number> = []
  for (let i = 0; i < 300; i++) {
    const recordId = `r-${next()}`
    let found = 0
    times.push(
      await time(async () => {
        found = (await query(recordId)).length
      })
    )
    if (found !== historyRows / historyRecords) throw new Error(`history of ${recordId} has ${found} entries`)
  }
  return { rows: historyRows, entriesPerRecord: historyRows / historyRecords, queryMs: median(times) }
}

const sqlite = async (directory: string) => {
  say("[bench] sqlite: commit throughput against raw better-sqlite3")
  const subjectFile = join(directory, "subject.db")
  const baselineFile = join(directory, "baseline.db")
  await scoped(makeSqlite({ filename: baselineFile, schema }))
  const raw = new Database(baselineFile)
  raw.pragma("journal_mode = WAL")
  raw.pragma("synchronous = FULL")
  raw.function(keyFunction, { deterministic: true }, (value: string, keyPath: string) => {
    const key = keyOfJson(value, keyPath)
    return key === null ? null : Buffer.from(key)
  })
  const insertRecord = raw.prepare("INSERT INTO records (collection, id, version, value) VALUES (?, ?, ?, ?)")
  const insertEntry = raw.prepare(
    "INSERT INTO history (collection, record_id, version, entry) VALUES (?, ?, ?, ?)"
  )
  const rawCommit = raw.transaction((commit: ReturnType<typeof batch>) => {
    for (const write of commit.writes)
      insertRecord.run(write.collection, write.id, 1, JSON.stringify(write.value))
    for (const entry of commit.history) {
      insertEntry.run(entry.collection, entry.recordId, entry.version, JSON.stringify(entry))
    }
  })
  const commit = await scoped(
    Effect.gen(function* () {
      const store = yield* makeSqlite({ filename: subjectFile, schema })
      return yield* Effect.promise(() =>
        compare(
          15,
          (round) => Effect.runPromise(store.commit(batch(`s${round}`))),
          async (round) => rawCommit.immediate(batch(`b${round}`))
        )
      )
    })
  )
  raw.close()

  say(`[bench] sqlite: history of one record among ${historyRows.toLocaleString("en-US")} history rows`)
  const historyFile = join(directory, "history.db")
  await scoped(makeSqlite({ filename: historyFile, schema }))
  const bulk = new Database(historyFile)
  bulk.pragma("journal_mode = WAL")
  const insert = bulk.prepare(
    "INSERT INTO history (collection, record_id, version, entry) VALUES (?, ?, ?, ?)"
  )
  const buildMs = await time(() =>
    bulk.transaction(() => {
      for (let i = 0; i < historyRows; i++) {
        const recordId = `r-${i % historyRecords}`
        const version = Math.floor(i / historyRecords) + 1
        insert.run("tickets", recordId, version, entryJson(recordId, version))
      }
    })()
  )
  bulk.close()
  const history = await scoped(
    Effect.gen(function* () {
      const store = yield* makeSqlite({ filename: historyFile, schema })
      return yield* Effect.promise(() =>
        historyQuery((recordId) => Effect.runPromise(store.history("tickets", recordId)))
      )
    })
  )
  return { commit, history: { ...history, buildMs } }
}

const postgres = async (url: string) => {
  say("[bench] postgres: commit throughput against raw pg")
  const subjectName = "frontdesk_bench_subject"
  const baselineName = "frontdesk_bench_baseline"
  const historyName = "frontdesk_bench_history"
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  try {
    for (const name of [subjectName, baselineName, historyName]) {
      await admin.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`)
    }
    await scoped(makePostgres({ connection: url, name: baselineName, schema }))
    const pool = new pg.Pool({ connectionString: url, max: 2 })
    const rawCommit = async (commit: ReturnType<typeof batch>) => {
      const client = await pool.connect()
      try {
        await client.query("BEGIN")
        for (const write of commit.writes) {
          await client.query(
            `INSERT INTO ${baselineName}.records (collection, id, version, value) VALUES ($1, $2, 1, $3)`,
            [write.collection, write.id, JSON.stringify(write.value)]
          )
        }
        for (const entry of commit.history) {
          await client.query(
            `INSERT INTO ${baselineName}.history (collection, record_id, version, entry) VALUES ($1, $2, $3, $4)`,
            [entry.collection, entry.recordId, entry.version, JSON.stringify(entry)]
          )
        }
        await client.query("COMMIT")
      } finally {
        client.release()
      }
    }
    const commit = await scoped(
      Effect.gen(function* () {
        const store = yield* makePostgres({ connection: url, name: subjectName, schema })
        return yield* Effect.promise(() =>
          compare(
            7,
            (round) => Effect.runPromise(store.commit(batch(`s${round}`))),
            (round) => rawCommit(batch(`b${round}`))
          )
        )
      })
    )
    await pool.end()

    say(`[bench] postgres: history of one record among ${historyRows.toLocaleString("en-US")} history rows`)
    await scoped(makePostgres({ connection: url, name: historyName, schema }))
    const buildMs = await time(async () => {
      await admin.query(
        `INSERT INTO ${historyName}.history (collection, record_id, version, entry)
         SELECT 'tickets', 'r-' || (g % ${historyRecords}), g / ${historyRecords} + 1,
                json_build_object('collection', 'tickets', 'recordId', 'r-' || (g % ${historyRecords}),
                  'version', g / ${historyRecords} + 1, 'at', '2026-03-02T01:30:00.000Z',
                  'actor', json_build_object('id', 'u-2', 'name', '李强', 'roles', json_build_array('supervisor')),
                  'command', 'update', 'from', 'open', 'to', 'open')
         FROM generate_series(0, ${historyRows - 1}) AS g`
      )
      await admin.query(`ANALYZE ${historyName}.history`)
    })
    const history = await scoped(
      Effect.gen(function* () {
        const store = yield* makePostgres({ connection: url, name: historyName, schema })
        return yield* Effect.promise(() =>
          historyQuery((recordId) => Effect.runPromise(store.history("tickets", recordId)))
        )
      })
    )
    for (const name of [subjectName, baselineName, historyName]) {
      await admin.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`)
    }
    return { commit, history: { ...history, buildMs } }
  } finally {
    await admin.end()
  }
}

const directory = mkdtempSync(join(tmpdir(), "frontdesk-bench-sql-"))
let server: Server | undefined
try {
  const sqliteResults = await sqlite(directory)
  const url = process.env.DATABASE_URL
  if (url === undefined || url === "")
    say("[bench] postgres: starting a throwaway cluster (DATABASE_URL is unset)")
  server = url === undefined || url === "" ? await startCluster() : { url, stop: () => undefined }
  const postgresResults = await postgres(server.url)
  console.log(JSON.stringify({ sqlite: sqliteResults, postgres: postgresResults }))
} finally {
  server?.stop()
  rmSync(directory, { recursive: true, force: true })
}
