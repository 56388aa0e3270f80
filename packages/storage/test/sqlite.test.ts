import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createDesk, Store } from "@frontdesk/storage"
import { conformance } from "@frontdesk/storage/testing"
import Database from "better-sqlite3"
import { Effect } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { keyOfJson } from "../src/internal/sql.js"
import { layerSqlite, makeSqlite } from "../src/sqlite.js"
import * as fixtures from "./fixtures.js"
import { deskSurvivesReopen } from "./support/desk-reopen.js"

const directory = mkdtempSync(join(tmpdir(), "frontdesk-sqlite-"))
afterAll(() => rmSync(directory, { recursive: true, force: true }))
const file = (name: string) => join(directory, `${name}.db`)

conformance("sqlite", ({ name, schema, faults }) => makeSqlite({ filename: file(name), schema, faults }))

const schema = Store.define({
  version: 1,
  collections: [
    {
      name: "tickets",
      indexes: [
        { name: "byState", keyPath: "state" },
        { name: "byAssigneeDue", keyPath: ["data.assignee", "dueAt"] }
      ]
    }
  ]
})

const withStore = <A>(
  filename: string,
  f: (store: Store.Store) => Effect.Effect<A, unknown>,
  synchronous?: "NORMAL"
) =>
  Effect.runPromise(
    Effect.scoped(Effect.flatMap(makeSqlite({ filename, schema, synchronous }), f)) as Effect.Effect<
      A,
      unknown
    >
  )

describe("SQLite layout", () => {
  it("queries over declared indexes read those SQL indexes (EXPLAIN QUERY PLAN of the statements the adapter runs)", async () => {
    const filename = file(`plan-${crypto.randomUUID()}`)
    const statements: Array<string> = []
    await Effect.runPromise(
      Effect.scoped(
        Effect.gen(function* () {
          const store = yield* makeSqlite({ filename, schema, log: (sql) => statements.push(sql) })
          yield* store.commit({
            writes: Array.from({ length: 50 }, (_, i) => ({
              collection: "tickets",
              id: `t-${i}`,
              expectedVersion: 0,
              value: {
                state: i % 2 ? "open" : "closed",
                dueAt: `2026-03-${10 + (i % 9)}`,
                data: { assignee: `u-${i % 3}` }
              }
            }))
          })
          statements.length = 0
          const first = yield* store.query("tickets", { index: "byState", where: { eq: "open" }, limit: 3 })
          yield* store.query("tickets", {
            index: "byState",
            where: { eq: "open" },
            limit: 3,
            cursor: first.cursor
          })
          yield* store.query("tickets", {
            index: "byAssigneeDue",
            where: { prefix: ["u-1"] },
            order: "desc",
            limit: 2
          })
          yield* store.query("tickets", { index: "byAssigneeDue", where: { gte: ["u-1"] } })
        })
      )
    )
    const queries = statements.filter((sql) =>
      sql.startsWith("SELECT id, version, value FROM records INDEXED BY")
    )
    expect(queries.length).toBe(4)
    const db = new Database(filename, { readonly: true })
    try {
      db.function("frontdesk_key", { deterministic: true }, (value: string, keyPath: string) => {
        const key = keyOfJson(value, keyPath)
        return key === null ? null : Buffer.from(key)
      })
      const indexNames = db
        .prepare("SELECT name, sql_name FROM indexes WHERE collection = 'tickets'")
        .all() as Array<{
        name: string
        sql_name: string
      }>
      const sqlName = (name: string) => indexNames.find((row) => row.name === name)?.sql_name
      const plan = (sql: string) =>
        (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>)
          .map((row) => row.detail)
          .join("; ")
      expect(plan(queries[0]!)).toContain(`SEARCH records USING INDEX ${sqlName("byState")} (<expr>`)
      expect(plan(queries[1]!)).toContain(`SEARCH records USING INDEX ${sqlName("byState")} (<expr>`)
      expect(plan(queries[2]!)).toContain(`SEARCH records USING INDEX ${sqlName("byAssigneeDue")} (<expr>`)
      expect(plan(queries[3]!)).toContain(`SEARCH records USING INDEX ${sqlName("byAssigneeDue")} (<expr>`)
      // A range search on the key, in index order: no scan, no sorting step after the index.
      for (const sql of queries) expect(plan(sql)).not.toContain("USE TEMP B-TREE FOR ORDER BY")
    } finally {
      db.close()
    }
  })

  it("history is append-only in the database itself: UPDATE and DELETE on it are refused", async () => {
    const filename = file(`history-${crypto.randomUUID()}`)
    await withStore(filename, (store) =>
      store.commit({
        writes: [
          { collection: "tickets", id: "t-1", expectedVersion: 0, value: { state: "open", data: {} } }
        ],
        history: [
          {
            collection: "tickets",
            recordId: "t-1",
            version: 1,
            at: "2026-03-02T01:00:00.000Z",
            actor: { id: "u-1", name: "王芳", roles: ["specialist"] },
            command: "create",
            from: "",
            to: "open"
          }
        ]
      })
    )
    const db = new Database(filename)
    try {
      expect(() => db.prepare("UPDATE history SET entry = '{}'").run()).toThrow(/append-only/)
      expect(() => db.prepare("DELETE FROM history").run()).toThrow(/append-only/)
      expect((db.prepare("SELECT count(*) AS n FROM history").get() as { n: number }).n).toBe(1)
    } finally {
      db.close()
    }
  })

  it("each schema version is recorded once in schema_versions", async () => {
    const filename = file(`versions-${crypto.randomUUID()}`)
    await withStore(filename, () => Effect.void)
    await withStore(filename, () => Effect.void)
    const v2 = Store.define({ ...schema, version: 2 })
    await Effect.runPromise(Effect.scoped(makeSqlite({ filename, schema: v2 })))
    const db = new Database(filename, { readonly: true })
    try {
      expect(db.prepare("SELECT version FROM schema_versions ORDER BY version").pluck().all()).toEqual([1, 2])
    } finally {
      db.close()
    }
  })

  it("the file is in WAL mode with synchronous=FULL, or NORMAL when asked", async () => {
    const filename = file(`wal-${crypto.randomUUID()}`)
    const pragmas = async (synchronous?: "NORMAL") => {
      const statements: Array<string> = []
      await Effect.runPromise(
        Effect.scoped(makeSqlite({ filename, schema, synchronous, log: (sql) => statements.push(sql) }))
      )
      return statements.filter((sql) => sql.startsWith("PRAGMA"))
    }
    expect(await pragmas()).toContain("PRAGMA synchronous = FULL")
    expect(await pragmas("NORMAL")).toContain("PRAGMA synchronous = NORMAL")
    const db = new Database(filename, { readonly: true })
    try {
      expect(db.pragma("journal_mode", { simple: true })).toBe("wal")
    } finally {
      db.close()
    }
  })

  it("a value that JSON cannot hold exactly is refused instead of being changed on the way in", async () => {
    await withStore(file(`json-${crypto.randomUUID()}`), (store) =>
      Effect.gen(function* () {
        for (const value of [
          { at: new Date(0) },
          { n: Number.NaN },
          { tags: new Set(["a"]) },
          [1, undefined]
        ]) {
          const error = yield* Effect.flip(
            store.commit({ writes: [{ collection: "tickets", id: "t-1", expectedVersion: 0, value }] })
          )
          expect(error._tag).toBe("StorageFailure")
        }
        expect(yield* store.get("tickets", "t-1")).toBeUndefined()
      })
    )
  })

  it("a workflow runs through createDesk on this store, and a reopened desk finds its records, history and indexes", async () => {
    const id = crypto.randomUUID()
    const open = () =>
      createDesk({ store: layerSqlite({ filename: file(`desk-${id}`), schema: fixtures.schema }) })
    await deskSurvivesReopen(open)
  })
})
