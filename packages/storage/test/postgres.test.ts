import { createDesk, Store } from "@frontdesk/storage"
import { conformance } from "@frontdesk/storage/testing"
import { Effect } from "effect"
import fc from "fast-check"
import pg from "pg"
import { describe, expect, it, vi } from "vitest"
import { keyOfJson } from "../src/internal/sql.js"
import { toStored } from "../src/internal/sqlPostgres.js"
import { layerPostgres, makePostgres } from "../src/postgres.js"
import * as fixtures from "./fixtures.js"
import { startCluster } from "./support/cluster.js"
import { deskSurvivesReopen } from "./support/desk-reopen.js"
import { usePostgres } from "./support/postgres.js"

// A database round trip per statement: on a loaded machine these tests need more than 5 s.
vi.setConfig({ testTimeout: 30_000 })

const server = usePostgres()
const names = new Map<string, string>()

conformance("postgres", ({ name, schema, faults }) => {
  const namespace = names.get(name) ?? server.name()
  names.set(name, namespace)
  return makePostgres({ connection: server.url(), name: namespace, schema, faults })
})

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
  name: string,
  f: (store: Store.Store) => Effect.Effect<A, unknown>,
  options: {
    readonly statementTimeout?: number
    readonly log?: (sql: string, params: ReadonlyArray<unknown>) => void
  } = {}
) =>
  Effect.runPromise(
    Effect.scoped(
      Effect.flatMap(makePostgres({ connection: server.url(), name, schema, ...options }), f)
    ) as Effect.Effect<A, unknown>
  )

const withClient = async <A>(f: (client: pg.Client) => Promise<A>): Promise<A> => {
  const client = new pg.Client({ connectionString: server.url() })
  await client.connect()
  try {
    return await f(client)
  } finally {
    await client.end()
  }
}

describe("PostgreSQL layout", () => {
  it("the key function in PostgreSQL computes the same bytes as the adapter's encoding, for all JSON values", async () => {
    const name = server.name()
    await withStore(name, () => Effect.void)
    const key: fc.Arbitrary<unknown> = fc.letrec<{ key: unknown }>((tie) => ({
      key: fc.oneof(
        { depthSize: "small" },
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer(),
        fc.string({ unit: "binary" }),
        fc.constantFrom("", "\u0000", "a\u0000", "\\u0000", '"\\', "\ud800", "\u{1f600}", "\ue000", "\n\t"),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie("key"), { maxLength: 3 })
      )
    })).key
    await withClient(async (client) => {
      await fc.assert(
        fc.asyncProperty(key, key, async (a, b) => {
          const value = { state: a, data: { assignee: b }, dueAt: a }
          const stored = toStored(JSON.stringify(value))
          for (const keyPath of ["state", ["data.assignee", "dueAt"]] as const) {
            const result = await client.query<{ key: Buffer | null }>(
              `SELECT "${name}".frontdesk_key($1::json, $2::json) AS key`,
              [stored, JSON.stringify(keyPath)]
            )
            const expected = keyOfJson(JSON.stringify(value), JSON.stringify(keyPath))
            expect(result.rows[0]?.key === null ? null : new Uint8Array(result.rows[0]!.key)).toEqual(
              expected
            )
          }
        }),
        { numRuns: 300 }
      )
    })
  })

  it("queries over declared indexes read those SQL indexes (EXPLAIN of the statements the adapter runs)", async () => {
    const name = server.name()
    const statements: Array<{ sql: string; params: ReadonlyArray<unknown> }> = []
    await withStore(name, () => Effect.void)
    // Enough records, spread over enough keys, that reading everything would cost more; written
    // in one statement, through the same table and its indexes.
    await withClient((client) =>
      client.query(
        `INSERT INTO "${name}".records (collection, id, version, value)
         SELECT 'tickets', 't-' || g, 1, json_build_object('state', 's-' || (g % 97),
           'dueAt', '2026-03-' || (10 + g % 19), 'data', json_build_object('assignee', 'u-' || (g % 89)))
         FROM generate_series(0, 2999) AS g`
      )
    )
    await withClient((client) => client.query(`ANALYZE "${name}".records`))
    await withStore(
      name,
      (store) =>
        Effect.gen(function* () {
          const first = yield* store.query("tickets", { index: "byState", where: { eq: "s-3" }, limit: 5 })
          yield* store.query("tickets", {
            index: "byState",
            where: { eq: "s-3" },
            limit: 5,
            cursor: first.cursor
          })
          yield* store.query("tickets", {
            index: "byAssigneeDue",
            where: { prefix: ["u-1"] },
            order: "desc",
            limit: 5
          })
        }),
      { log: (sql, params) => statements.push({ sql, params }) }
    )
    const queries = statements.filter(
      ({ sql }) =>
        sql.startsWith("SELECT id, version, value::text AS value FROM") && sql.includes("frontdesk_key")
    )
    expect(queries.length).toBe(3)
    await withClient(async (client) => {
      const indexes = await client.query<{ name: string; sql_name: string }>(
        `SELECT name, sql_name FROM "${name}".indexes`
      )
      const sqlName = (index: string) => indexes.rows.find((row) => row.name === index)?.sql_name
      const plan = async (sql: string, params: ReadonlyArray<unknown>) =>
        (await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ${sql}`, params as Array<unknown>)).rows
          .map((row) => row["QUERY PLAN"])
          .join("\n")
      expect(await plan(queries[0]!.sql, queries[0]!.params)).toContain(
        `Index Scan using "${sqlName("byState")}"`
      )
      expect(await plan(queries[1]!.sql, queries[1]!.params)).toContain(
        `Index Scan using "${sqlName("byState")}"`
      )
      const compound = await plan(queries[2]!.sql, queries[2]!.params)
      expect(compound).toContain(`Index Scan Backward using "${sqlName("byAssigneeDue")}"`)
      for (const { sql, params } of queries) expect(await plan(sql, params)).not.toMatch(/Sort|Seq Scan/)
    })
  })

  it("history is append-only in the database itself: UPDATE, DELETE and TRUNCATE are refused", async () => {
    const name = server.name()
    await withStore(name, (store) =>
      store.commit({
        writes: [],
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
    await withClient(async (client) => {
      await expect(client.query(`UPDATE "${name}".history SET entry = '{}'`)).rejects.toThrow(/append-only/)
      await expect(client.query(`DELETE FROM "${name}".history`)).rejects.toThrow(/append-only/)
      await expect(client.query(`TRUNCATE "${name}".history`)).rejects.toThrow(/append-only/)
      expect((await client.query(`SELECT count(*)::int AS n FROM "${name}".history`)).rows[0]).toEqual({
        n: 1
      })
    })
  })

  it("each schema version is recorded once in schema_versions, also when servers open it at the same time", async () => {
    const name = server.name()
    await Promise.all([1, 2, 3].map(() => withStore(name, () => Effect.void)))
    await Effect.runPromise(
      Effect.scoped(
        makePostgres({ connection: server.url(), name, schema: Store.define({ ...schema, version: 2 }) })
      )
    )
    await withClient(async (client) => {
      const versions = await client.query(`SELECT version FROM "${name}".schema_versions ORDER BY version`)
      expect(versions.rows.map((row) => row.version)).toEqual([1, 2])
    })
  })

  it("a commit that waits past the statement timeout is rolled back and fails with Aborted", async () => {
    const name = server.name()
    const put = (expectedVersion: number, state: string): Store.Put => ({
      collection: "tickets",
      id: "t-1",
      expectedVersion,
      value: { state, data: {} }
    })
    await withStore(name, (store) => store.commit({ writes: [put(0, "open")] }))
    await withClient(async (client) => {
      // Another session holds the row, so the commit's UPDATE waits for it.
      await client.query("BEGIN")
      await client.query(`SELECT * FROM "${name}".records WHERE id = 't-1' FOR UPDATE`)
      const error = await withStore(
        name,
        (store) => Effect.flip(store.commit({ writes: [put(1, "closed")] })),
        {
          statementTimeout: 200
        }
      )
      await client.query("ROLLBACK")
      expect(error._tag).toBe("Aborted")
    })
    await withStore(name, (store) =>
      Effect.map(store.get("tickets", "t-1"), (item) =>
        expect(item).toMatchObject({ version: 1, value: { state: "open" } })
      )
    )
  })

  it("text PostgreSQL cannot hold in json (U+0000, lone surrogates) round-trips and indexes exactly", async () => {
    await withStore(server.name(), (store) =>
      Effect.gen(function* () {
        const odd = ["a\u0000b", "\ud800", "\\u0000", "\\u0030d800", "x\\\\u0000"]
        yield* store.commit({
          writes: odd.map((state, i) => ({
            collection: "tickets",
            id: `t-${i}`,
            expectedVersion: 0,
            value: { state, data: {} }
          }))
        })
        for (const [i, state] of odd.entries()) {
          expect((yield* store.get("tickets", `t-${i}`))?.value).toEqual({ state, data: {} })
          const page = yield* store.query("tickets", { index: "byState", where: { eq: state } })
          expect(page.items.map((item) => item.id)).toEqual([`t-${i}`])
        }
      })
    )
  })

  it("a pool of one connection of the caller's own serves commits and watch alike, and stays open afterwards", async () => {
    const pool = new pg.Pool({ connectionString: server.url(), max: 1 })
    const name = server.name()
    try {
      const seen: Array<Store.Change> = []
      await Effect.runPromise(
        Effect.scoped(
          Effect.gen(function* () {
            const writer = yield* makePostgres({ connection: pool, name, schema })
            const reader = yield* makePostgres({ connection: pool, name, schema })
            yield* reader.subscribe((change) => seen.push(change))
            yield* writer.commit({
              writes: [
                { collection: "tickets", id: "t-1", expectedVersion: 0, value: { state: "open", data: {} } }
              ]
            })
            for (let i = 0; i < 200 && seen.length === 0; i++) yield* Effect.sleep(5)
          })
        ) as Effect.Effect<void, unknown>
      )
      expect(seen).toEqual([{ collection: "tickets", id: "t-1", version: 1 }])
      expect((await pool.query(`SELECT count(*)::int AS n FROM "${name}".records`)).rows[0]).toEqual({ n: 1 })
    } finally {
      await pool.end()
    }
  })

  it("under SERIALIZABLE transactions, PostgreSQL's serialization failures (40001) come back as Conflict", async () => {
    const name = server.name()
    // A pool whose sessions default to SERIALIZABLE: racing commits then fail with 40001.
    const connection = {
      connectionString: server.url(),
      options: "-c default_transaction_isolation=serializable"
    }
    await Effect.runPromise(
      Effect.scoped(
        Effect.gen(function* () {
          const store = yield* makePostgres({ connection, name, schema })
          const put = (id: string, expectedVersion: number, n: number): Store.Commit => ({
            writes: [{ collection: "tickets", id, expectedVersion, value: { state: "open", data: { n } } }]
          })
          for (const [id, expected] of [
            ["t-new", 0],
            ["t-new", 1]
          ] as const) {
            const exits = yield* Effect.all(
              [1, 2, 3, 4].map((n) => Effect.exit(store.commit(put(id, expected, n)))),
              { concurrency: "unbounded" }
            )
            expect(exits.filter((exit) => exit._tag === "Success").length).toBe(1)
            for (const exit of exits) {
              if (exit._tag === "Failure") {
                const error = yield* Effect.flip(Effect.suspend(() => exit))
                expect(error).toMatchObject({
                  _tag: "Conflict",
                  expectedVersion: expected,
                  actualVersion: expected + 1
                })
              }
            }
          }
        })
      ) as Effect.Effect<void, unknown>
    )
  })

  it("a workflow runs through createDesk on this store, and a reopened desk finds its records, history and indexes", async () => {
    const id = server.name()
    const open = () =>
      createDesk({ store: layerPostgres({ connection: server.url(), name: id, schema: fixtures.schema }) })
    await deskSurvivesReopen(open)
  })

  it("without DATABASE_URL and without PostgreSQL's binaries, the tests fail and say what to install", async () => {
    await expect(startCluster("/nonexistent/postgresql")).rejects.toThrow(
      /set DATABASE_URL.*apt-get install -y postgresql/s
    )
  })
})
