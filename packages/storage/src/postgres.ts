/**
 * The PostgreSQL adapter (on pg): the Store for several application servers sharing one database.
 * A store lives in its own PostgreSQL schema; each commit is one transaction through a connection
 * pool, with conditional updates and primary keys that make a stale version a `Conflict`;
 * declared indexes are expression indexes; watchers in every process hear each commit through
 * `LISTEN`/`NOTIFY`.
 *
 * @example
 * ```ts
 * import { Store } from "@frontdesk/storage"
 * import { layerPostgres } from "@frontdesk/storage/postgres"
 * const schema = Store.define({ version: 1, collections: [{ name: "callbacks" }] })
 * const layer = layerPostgres({ connection: process.env.DATABASE_URL ?? "postgresql://localhost/frontdesk", schema })
 * ```
 * @module
 * @since 0.1.0
 */
import type { Scope } from "effect"
import { Effect, Layer, Result } from "effect"
import pg from "pg"
import * as Engine from "./internal/engine.js"
import * as Sql from "./internal/sql.js"
import * as Layout from "./internal/sqlPostgres.js"
import * as Store from "./Store.js"

/**
 * Options of the PostgreSQL adapter.
 *
 * @example
 * ```ts
 * import type { Options } from "@frontdesk/storage/postgres"
 * import { Store } from "@frontdesk/storage"
 * const options: Options = {
 *   connection: "postgresql://frontdesk@localhost/frontdesk",
 *   name: "reception",
 *   schema: Store.define({ version: 1, collections: [] })
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Options {
  /**
   * A connection string (`DATABASE_URL`), a pool configuration, or a `pg.Pool` of your own. A pool
   * the adapter creates gets {@link statementTimeout} and is closed with the store; yours stays open.
   */
  readonly connection: string | pg.PoolConfig | pg.Pool
  /** The PostgreSQL schema that holds the store's tables; {@link defaultName} when absent. */
  readonly name?: string | undefined
  /** The store's schema, from `Store.define`. */
  readonly schema: Store.Definition
  /** Milliseconds after which PostgreSQL cancels a statement of a pool the adapter creates; {@link statementTimeout} when absent. */
  readonly statementTimeout?: number | undefined
  /** Called with each SQL statement before it runs, for logs and query-plan checks. */
  readonly log?: ((sql: string, params: ReadonlyArray<unknown>) => void) | undefined
  /** Failures to inject, for the conformance suite. */
  readonly faults?: Store.Faults | undefined
}

/**
 * The PostgreSQL schema a store uses when no `name` is given.
 *
 * @example
 * ```ts
 * import { defaultName } from "@frontdesk/storage/postgres"
 * defaultName // "frontdesk"
 * ```
 * @category constants
 * @since 0.1.0
 */
export const defaultName = "frontdesk"

/**
 * How long PostgreSQL lets one statement of the adapter's own pool run, in milliseconds; a commit
 * cut short is rolled back and fails with `Aborted`.
 *
 * @example
 * ```ts
 * import { statementTimeout } from "@frontdesk/storage/postgres"
 * statementTimeout // 30000
 * ```
 * @category constants
 * @since 0.1.0
 */
export const statementTimeout = 30_000

/**
 * The `LISTEN`/`NOTIFY` channel of a store, so processes on the same store hear each other.
 *
 * @example
 * ```ts
 * import { channelName } from "@frontdesk/storage/postgres"
 * channelName("frontdesk") // "frontdesk_store_…"
 * ```
 * @category channels
 * @since 0.1.0
 */
export const channelName = (name: string): string => `frontdesk_store_${Sql.fnv(name)}`

/** NOTIFY payloads must stay under 8000 bytes; changes are sent in chunks below that. */
const payloadBudget = 6000

const codeOf = (error: unknown): string | undefined =>
  typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string"
    ? (error as { code: string }).code
    : undefined

const constraintOf = (error: unknown): string | undefined =>
  typeof error === "object" &&
  error !== null &&
  typeof (error as { constraint?: unknown }).constraint === "string"
    ? (error as { constraint: string }).constraint
    : undefined

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error))

const isStoreError = (error: unknown): error is Store.StoreError =>
  error instanceof Error &&
  "_tag" in error &&
  [
    "Conflict",
    "NotFound",
    "UnknownCollection",
    "UnknownIndex",
    "QuotaExceeded",
    "Aborted",
    "UpgradeBlocked",
    "MigrationRefused",
    "InvalidImport",
    "StorageFailure"
  ].includes((error as { _tag: string })._tag)

/** Maps what pg throws to the contract's errors (conflicts are told apart by the commit itself). */
const fromPg = (operation: string, error: unknown): Store.StoreError => {
  if (isStoreError(error)) return error
  switch (codeOf(error)) {
    case "53100": // disk_full
      return new Store.QuotaExceeded({ cause: error })
    case "57014": // query_canceled: the statement timeout
      return operation === "commit" || operation === "import"
        ? new Store.Aborted({ cause: error })
        : new Store.StorageFailure({
            operation,
            detail: `statement timeout: ${describe(error)}`,
            cause: error
          })
    case "23505":
      return new Store.StorageFailure({
        operation,
        detail: `a unique index already holds this key (${constraintOf(error) ?? describe(error)})`,
        cause: error
      })
    default:
      return new Store.StorageFailure({ operation, detail: describe(error), cause: error })
  }
}

const attempt = <A, E extends Store.StoreError = Store.StorageFailure>(
  operation: string,
  f: () => Promise<A>
): Effect.Effect<A, E> => Effect.tryPromise({ try: f, catch: (error) => fromPg(operation, error) as E })

class Fault extends Error {
  constructor(readonly kind: "abort" | "quota") {
    super(`injected ${kind}`)
  }
}

class Stale extends Error {}

type Queryable = Pick<pg.ClientBase, "query">

interface Row {
  readonly id: string
  readonly version: number
  /** The stored JSON text; see {@link value}. */
  readonly value: string
}

const value = (stored: string): unknown => JSON.parse(Layout.fromStored(stored)) as unknown

/** Serialization failures and deadlocks say "try again": the commit is reported as a Conflict. */
const retryable = new Set(["40001", "40P01"])

/**
 * Opens a PostgreSQL Store in a scope; closing the scope stops listening and closes a pool the
 * adapter created.
 *
 * @example
 * ```ts
 * import { makePostgres } from "@frontdesk/storage/postgres"
 * import { Store } from "@frontdesk/storage"
 * import { Effect } from "effect"
 * const program = Effect.scoped(Effect.gen(function* () {
 *   const store = yield* makePostgres({ connection: "postgresql://localhost/frontdesk", schema: Store.define({ version: 1, collections: [] }) })
 *   return yield* store.exportAll
 * }))
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const makePostgres = (options: Options): Effect.Effect<Store.Store, Store.OpenError, Scope.Scope> =>
  Effect.gen(function* () {
    const resolved = yield* Result.match(Engine.resolve(options.schema), {
      onFailure: (error) => Effect.fail(error),
      onSuccess: (value) => Effect.succeed(value)
    })
    const name = options.name ?? defaultName
    if (name === "" || Buffer.byteLength(name) > 63) {
      return yield* new Store.StorageFailure({
        operation: "open",
        detail: `the PostgreSQL schema name must have 1 to 63 bytes, got "${name}"`
      })
    }
    const ns = Sql.ident(name)
    const channel = channelName(name)
    const instance = globalThis.crypto.randomUUID()
    const { pool, config } = yield* Effect.acquireRelease(
      Effect.sync(() => {
        if (options.connection instanceof pg.Pool) {
          return {
            pool: options.connection,
            config: options.connection.options as pg.ClientConfig,
            own: false
          }
        }
        const config: pg.PoolConfig =
          typeof options.connection === "string"
            ? { connectionString: options.connection }
            : { ...options.connection }
        config.statement_timeout ??= options.statementTimeout ?? statementTimeout
        const pool = new pg.Pool(config)
        // An idle client that loses its connection must not crash the process; the next query
        // gets a fresh one.
        pool.on("error", () => undefined)
        return { pool, config: config as pg.ClientConfig, own: true }
      }),
      ({ pool, own }) => (own ? Effect.promise(() => pool.end().catch(() => undefined)) : Effect.void)
    )

    const run = <R extends pg.QueryResultRow = pg.QueryResultRow>(
      client: Queryable,
      text: string,
      params: ReadonlyArray<unknown> = []
    ): Promise<pg.QueryResult<R>> => {
      options.log?.(text, params)
      return client.query<R>(text, params as Array<unknown>)
    }

    const transaction = async <A>(f: (client: pg.PoolClient) => Promise<A>): Promise<A> => {
      const client = await pool.connect()
      let broken: unknown
      try {
        await run(client, "BEGIN")
        const result = await f(client)
        await run(client, "COMMIT")
        return result
      } catch (error) {
        await run(client, "ROLLBACK").catch((rollback: unknown) => {
          broken = rollback
        })
        throw error
      } finally {
        client.release(broken instanceof Error ? broken : undefined)
      }
    }

    const lock = (client: Queryable) => run(client, "SELECT pg_advisory_xact_lock(hashtext($1))", [name])

    yield* attempt<void, Store.OpenError>("open", () =>
      transaction(async (client) => {
        // Several servers may open the same store at once: one upgrades, the others wait.
        await lock(client)
        for (const statement of Layout.layout(ns)) await run(client, statement)
        for (const fn of Layout.keyFunctions(ns)) {
          const found = await run<{ found: string | null }>(client, "SELECT to_regprocedure($1) AS found", [
            fn.signature
          ])
          if (found.rows[0]?.found === null) await run(client, fn.sql)
        }
        await upgrade(client)
      })
    )

    async function upgrade(client: pg.PoolClient): Promise<void> {
      const target = resolved.definition.version
      const current =
        (await run<{ v: number | null }>(client, `SELECT max(version) AS v FROM ${ns}.schema_versions`))
          .rows[0]?.v ?? 0
      if (current > target) {
        throw new Store.StorageFailure({
          operation: "open",
          detail: `database version ${current} is newer than schema version ${target}`
        })
      }
      const existing = (await run<{ name: string }>(client, `SELECT name FROM ${ns}.collections`)).rows.map(
        (row) => row.name
      )
      if (current < target) {
        const removed = Engine.removedCollection(existing, resolved)
        if (removed !== undefined) throw new Store.MigrationRefused({ version: target, collection: removed })
      }
      const declared = new Map<string, Store.IndexDefinition>()
      for (const [collection, indexes] of resolved.collections) {
        for (const index of indexes.values()) declared.set(Sql.recordKey(collection, index.name), index)
      }
      const stored = await run<{ collection: string; name: string; sql_name: string; definition: string }>(
        client,
        `SELECT collection, name, sql_name, definition FROM ${ns}.indexes`
      )
      const kept = new Set<string>()
      for (const row of stored.rows) {
        const key = Sql.recordKey(row.collection, row.name)
        const index = declared.get(key)
        if (index !== undefined && Sql.indexDefinition(index) === row.definition) {
          kept.add(key)
          continue
        }
        await run(client, `DROP INDEX IF EXISTS ${ns}.${Sql.ident(row.sql_name)}`)
        await run(client, `DELETE FROM ${ns}.indexes WHERE collection = $1 AND name = $2`, [
          row.collection,
          row.name
        ])
      }
      if (current > 0 && current < target) {
        for (const collection of resolved.collections.keys()) {
          const touched = (resolved.definition.migrations ?? []).some(
            (m) => m.version > current && m.version <= target && m.up?.[collection] !== undefined
          )
          if (!touched) continue
          const rows = await run<{ id: string; value: string }>(
            client,
            `SELECT id, value::text AS value FROM ${ns}.records WHERE collection = $1`,
            [collection]
          )
          for (const row of rows.rows) {
            const migrated = Engine.migrateValue(
              resolved.definition,
              current,
              collection,
              row.id,
              value(row.value)
            )
            let json: string
            try {
              json = Layout.toStored(Sql.toJson(migrated, `migration of ${collection}/${row.id}`))
            } catch (error) {
              throw new Store.StorageFailure({ operation: "migrate", detail: describe(error), cause: error })
            }
            try {
              await run(client, `UPDATE ${ns}.records SET value = $1 WHERE collection = $2 AND id = $3`, [
                json,
                collection,
                row.id
              ])
            } catch (error) {
              throw new Store.StorageFailure({
                operation: "migrate",
                detail: `migrating ${collection}/${row.id}: ${describe(error)}`,
                cause: error
              })
            }
          }
        }
      }
      for (const collection of resolved.collections.keys()) {
        await run(client, `INSERT INTO ${ns}.collections (name) VALUES ($1) ON CONFLICT DO NOTHING`, [
          collection
        ])
      }
      for (const [collection, indexes] of resolved.collections) {
        for (const index of indexes.values()) {
          if (kept.has(Sql.recordKey(collection, index.name))) continue
          const sqlName = Sql.indexName(collection, index.name)
          const key = Layout.keyExpr(ns, index.keyPath)
          try {
            await run(
              client,
              `CREATE ${index.unique === true ? "UNIQUE " : ""}INDEX ${Sql.ident(sqlName)} ON ${ns}.records ` +
                `(${index.unique === true ? key : `${key}, id`}) ` +
                `WHERE collection = ${Sql.literal(collection)} AND ${key} IS NOT NULL`
            )
          } catch (error) {
            throw new Store.StorageFailure({
              operation: "open",
              detail: `cannot build index ${collection}.${index.name}: ${describe(error)}`,
              cause: error
            })
          }
          await run(
            client,
            `INSERT INTO ${ns}.indexes (collection, name, sql_name, definition) VALUES ($1, $2, $3, $4)`,
            [collection, index.name, sqlName, Sql.indexDefinition(index)]
          )
        }
      }
      if (current < target) {
        await run(client, `INSERT INTO ${ns}.schema_versions (version) VALUES ($1)`, [target])
      }
    }

    // -------------------------------------------------------------------------------------------
    // watch: local watchers hear a commit when it returns; other processes through NOTIFY
    // -------------------------------------------------------------------------------------------

    const hub = Engine.makeHub()
    // LISTEN holds a connection of its own, outside the pool, so that even a pool of one
    // connection keeps serving commits.
    yield* Effect.acquireRelease(
      Effect.sync(() => {
        let closed = false
        let client: pg.Client | undefined
        let retry: ReturnType<typeof setTimeout> | undefined
        const listen = async (): Promise<void> => {
          if (closed) return
          const next = new pg.Client(config)
          next.on("notification", (message) => {
            if (message.channel !== channel || message.payload === undefined) return
            try {
              const parsed = JSON.parse(message.payload) as {
                name: string
                from: string
                changes: ReadonlyArray<Store.Change>
              }
              if (parsed.name === name && parsed.from !== instance) hub.publish(parsed.changes)
            } catch {
              // not ours
            }
          })
          // Changes committed while the connection is down are not reported; watchers of this
          // process still hear its own commits.
          next.on("error", () => {
            if (client === next) client = undefined
            void next.end().catch(() => undefined)
            if (!closed) retry = setTimeout(() => void listen(), 1000)
          })
          try {
            await next.connect()
            await run(next, `LISTEN ${Sql.ident(channel)}`)
            if (closed) {
              await next.end()
              return
            }
            client = next
          } catch {
            void next.end().catch(() => undefined)
            if (!closed) retry = setTimeout(() => void listen(), 1000)
          }
        }
        const ready = listen()
        return {
          ready,
          close: async () => {
            closed = true
            if (retry !== undefined) clearTimeout(retry)
            await ready
            const held = client
            client = undefined
            if (held !== undefined) await held.end().catch(() => undefined)
          }
        }
      }),
      (listener) => Effect.promise(() => listener.close())
    ).pipe(Effect.flatMap((listener) => Effect.promise(() => listener.ready)))

    const notify = async (client: Queryable, changes: ReadonlyArray<Store.Change>) => {
      let chunk: Array<Store.Change> = []
      let size = 0
      const flush = async () => {
        if (chunk.length === 0) return
        // Sent inside the transaction: PostgreSQL delivers it when, and only if, it commits.
        await run(client, "SELECT pg_notify($1, $2)", [
          channel,
          JSON.stringify({ name, from: instance, changes: chunk })
        ])
        chunk = []
        size = 0
      }
      for (const change of changes) {
        const length = JSON.stringify(change).length + 1
        if (size + length > payloadBudget) await flush()
        chunk.push(change)
        size += length
      }
      await flush()
    }

    // -------------------------------------------------------------------------------------------
    // reads
    // -------------------------------------------------------------------------------------------

    const get = (collection: string, id: string) =>
      Effect.flatMap(Engine.collection(resolved, collection), () =>
        attempt("get", async () => {
          const row = (
            await run<Row>(
              pool,
              `SELECT id, version, value::text AS value FROM ${ns}.records WHERE collection = $1 AND id = $2`,
              [collection, id]
            )
          ).rows[0]
          return row === undefined
            ? undefined
            : { collection, id, version: row.version, value: value(row.value) }
        })
      )

    const getMany = (collection: string, ids: ReadonlyArray<string>) =>
      Effect.flatMap(Engine.collection(resolved, collection), () =>
        attempt("getMany", async () => {
          const rows = (
            await run<Row>(
              pool,
              `SELECT id, version, value::text AS value FROM ${ns}.records WHERE collection = $1 AND id = ANY($2::text[])`,
              [collection, ids]
            )
          ).rows
          const byId = new Map(rows.map((row) => [row.id, row]))
          return ids.map((id) => {
            const row = byId.get(id)
            return row === undefined
              ? undefined
              : { collection, id, version: row.version, value: value(row.value) }
          })
        })
      )

    const query = (collection: string, query: Store.Query) =>
      Effect.gen(function* () {
        const plan = yield* Engine.plan(resolved, collection, query)
        const key = plan.index === undefined ? "id" : Layout.keyExpr(ns, plan.index.keyPath)
        const clauses = Sql.rangeClauses(plan, key, (n) => `$${n}`, 1)
        if (clauses === undefined || plan.limit === 0) return { items: [] }
        const direction = plan.desc ? "DESC" : "ASC"
        // The collection is a literal so that the planner sees the partial index's predicate.
        const sql =
          `SELECT id, version, value::text AS value FROM ${ns}.records WHERE collection = ${Sql.literal(collection)}` +
          clauses.sql.map((clause) => ` AND ${clause}`).join("") +
          ` ORDER BY ${plan.index === undefined ? "" : `${key} ${direction}, `}id ${direction}` +
          ` LIMIT $${clauses.params.length + 1}`
        const params = [
          ...clauses.params.map((param) =>
            param instanceof Uint8Array
              ? Buffer.from(param.buffer, param.byteOffset, param.byteLength)
              : param
          ),
          Number.isFinite(plan.limit) ? plan.limit + 1 : null
        ]
        return yield* attempt("query", async () => {
          const rows = (await run<Row>(pool, sql, params)).rows
          return Sql.pageOf(
            collection,
            query,
            plan,
            rows.map((row) => ({ collection, id: row.id, version: row.version, value: value(row.value) }))
          )
        })
      })

    const history = (collection: string, recordId: string) =>
      Effect.flatMap(Engine.collection(resolved, collection), () =>
        attempt("history", async () =>
          (
            await run<{ entry: Store.HistoryEntry }>(
              pool,
              `SELECT entry FROM ${ns}.history WHERE collection = $1 AND record_id = $2 ORDER BY version`,
              [collection, recordId]
            )
          ).rows.map((row) => row.entry)
        )
      )

    // -------------------------------------------------------------------------------------------
    // commit
    // -------------------------------------------------------------------------------------------

    /** The conflict to report for a commit that did not go through, read from what is stored now. */
    const conflictOf = async (commit: Store.Commit): Promise<Store.Conflict | undefined> => {
      const { records, history } = Sql.touched(commit)
      const versions = new Map<string, number>()
      if (records.length > 0) {
        const rows = await run<{ collection: string; id: string; version: number }>(
          pool,
          `SELECT r.collection, r.id, r.version FROM ${ns}.records r
           JOIN unnest($1::text[], $2::text[]) AS t(collection, id) ON r.collection = t.collection AND r.id = t.id`,
          [records.map((r) => r.collection), records.map((r) => r.id)]
        )
        for (const row of rows.rows) versions.set(Sql.recordKey(row.collection, row.id), row.version)
      }
      const existing = new Set<string>()
      if (history.length > 0) {
        const rows = await run<{ collection: string; record_id: string; version: number }>(
          pool,
          `SELECT h.collection, h.record_id, h.version FROM ${ns}.history h
           JOIN unnest($1::text[], $2::text[], $3::integer[]) AS t(collection, record_id, version)
             ON h.collection = t.collection AND h.record_id = t.record_id AND h.version = t.version`,
          [history.map((h) => h.collection), history.map((h) => h.recordId), history.map((h) => h.version)]
        )
        for (const row of rows.rows) {
          existing.add(
            Engine.historyKey({ collection: row.collection, recordId: row.record_id, version: row.version })
          )
        }
      }
      return Sql.firstConflict(commit, versions, existing)
    }

    /** A Conflict for a commit PostgreSQL refused to serialise, when the versions alone show none. */
    const retryConflict = async (commit: Store.Commit): Promise<Store.Conflict> => {
      const write = commit.writes[0]
      const entry = commit.history?.[0]
      const collection = write?.collection ?? entry?.collection ?? ""
      const id = write?.id ?? entry?.recordId ?? ""
      const expected = write?.expectedVersion ?? (entry === undefined ? 0 : entry.version - 1)
      const current = await Effect.runPromise(Effect.exit(get(collection, id)))
      const actual = current._tag === "Success" ? (current.value?.version ?? 0) : expected
      return new Store.Conflict({ collection, id, expectedVersion: expected, actualVersion: actual })
    }

    const statements = {
      insert: `INSERT INTO ${ns}.records (collection, id, version, value) VALUES ($1, $2, 1, $3)
               ON CONFLICT (collection, id) DO NOTHING`,
      update: `UPDATE ${ns}.records SET value = $1, version = $2 WHERE collection = $3 AND id = $4 AND version = $5`,
      remove: `DELETE FROM ${ns}.records WHERE collection = $1 AND id = $2 AND version = $3`,
      exists: `SELECT 1 FROM ${ns}.records WHERE collection = $1 AND id = $2`,
      history: `INSERT INTO ${ns}.history (collection, record_id, version, entry) VALUES ($1, $2, $3, $4)
                ON CONFLICT (collection, record_id, version) DO NOTHING`
    }

    const commit = (commit: Store.Commit) =>
      Effect.gen(function* () {
        yield* Engine.checkCommit(resolved, commit)
        const serialized = Sql.serializeCommit(commit)
        const stored =
          "failure" in serialized ? [] : serialized.values.map((json) => json && Layout.toStored(json))
        const changes = Engine.changesOf(commit)
        yield* attempt<void, Store.CommitError>("commit", async () => {
          if ("failure" in serialized) {
            throw (
              (await conflictOf(commit)) ??
              new Store.StorageFailure({ operation: "commit", detail: serialized.failure })
            )
          }
          try {
            await transaction(async (client) => {
              for (let at = 0; at < commit.writes.length; at++) {
                const write = commit.writes[at]!
                let changed: number | null
                if (Store.isDelete(write)) {
                  changed =
                    write.expectedVersion === 0
                      ? (await run(client, statements.exists, [write.collection, write.id])).rowCount === 0
                        ? 1
                        : 0
                      : (
                          await run(client, statements.remove, [
                            write.collection,
                            write.id,
                            write.expectedVersion
                          ])
                        ).rowCount
                } else if (write.expectedVersion === 0) {
                  // The primary key decides: of two creates racing, the second finds the row.
                  changed = (await run(client, statements.insert, [write.collection, write.id, stored[at]]))
                    .rowCount
                } else {
                  changed = (
                    await run(client, statements.update, [
                      stored[at],
                      write.expectedVersion + 1,
                      write.collection,
                      write.id,
                      write.expectedVersion
                    ])
                  ).rowCount
                }
                if (changed === 0) throw new Stale()
              }
              const history = commit.history ?? []
              for (let at = 0; at < history.length; at++) {
                const entry = history[at]!
                const added = await run(client, statements.history, [
                  entry.collection,
                  entry.recordId,
                  entry.version,
                  serialized.entries[at]
                ])
                if (added.rowCount === 0) throw new Stale()
              }
              const fault = options.faults?.commit?.(commit)
              if (fault !== undefined) throw new Fault(fault)
              await notify(client, changes)
            })
          } catch (error) {
            if (error instanceof Fault) {
              throw error.kind === "quota" ? new Store.QuotaExceeded({}) : new Store.Aborted({})
            }
            const code = codeOf(error)
            if (code === "53100" || code === "57014") throw error
            // Rolled back. A stale version anywhere in the commit is what it reports, whatever
            // else went wrong first (a unique clash, a value PostgreSQL refused).
            const conflict = await conflictOf(commit)
            if (conflict !== undefined) throw conflict
            if (error instanceof Stale || (code !== undefined && retryable.has(code))) {
              throw await retryConflict(commit)
            }
            throw error
          }
        })
        hub.publish(changes)
        return changes
      })

    // -------------------------------------------------------------------------------------------
    // export and import
    // -------------------------------------------------------------------------------------------

    const exportAll = attempt<Store.ExportDocument, Store.StorageFailure>("export", async () => {
      const client = await pool.connect()
      let broken: unknown
      try {
        // One snapshot for records and history alike.
        await run(client, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        const collections: Record<string, Array<{ id: string; version: number; value: unknown }>> = {}
        for (const collection of resolved.collections.keys()) collections[collection] = []
        const records = await run<Row & { collection: string }>(
          client,
          `SELECT collection, id, version, value::text AS value FROM ${ns}.records ORDER BY collection, id`
        )
        for (const row of records.rows) {
          collections[row.collection]?.push({ id: row.id, version: row.version, value: value(row.value) })
        }
        const history = await run<{ entry: Store.HistoryEntry }>(
          client,
          `SELECT entry FROM ${ns}.history ORDER BY collection, record_id, version`
        )
        await run(client, "COMMIT")
        return {
          format: "frontdesk-store",
          schemaVersion: resolved.definition.version,
          collections,
          history: history.rows.map((row) => row.entry)
        }
      } catch (error) {
        await run(client, "ROLLBACK").catch((rollback: unknown) => {
          broken = rollback
        })
        throw error
      } finally {
        client.release(broken instanceof Error ? broken : undefined)
      }
    })

    const importAll = (input: unknown) =>
      Effect.gen(function* () {
        const document = yield* Engine.decodeImport(resolved, input)
        const rows: Array<{ collection: string; id: string; version: number; value: string }> = []
        const entries: Array<{ entry: Store.HistoryEntry; json: string }> = []
        try {
          for (const [collection, items] of Object.entries(document.collections)) {
            for (const item of items) {
              rows.push({
                collection,
                id: item.id,
                version: item.version,
                value: Layout.toStored(Sql.toJson(item.value, `${collection}/${item.id}`))
              })
            }
          }
          for (const entry of document.history)
            entries.push({ entry, json: Sql.toJson(entry, "history entry") })
        } catch (error) {
          return yield* new Store.StorageFailure({
            operation: "import",
            detail: describe(error),
            cause: error
          })
        }
        const changes = yield* attempt<
          Array<Store.Change>,
          Store.QuotaExceeded | Store.Aborted | Store.StorageFailure
        >("import", () =>
          transaction(async (client) => {
            await lock(client)
            const changes: Array<Store.Change> = []
            const incoming = new Set(rows.map((row) => Sql.recordKey(row.collection, row.id)))
            const old = await run<{ collection: string; id: string; version: number }>(
              client,
              `SELECT collection, id, version FROM ${ns}.records`
            )
            for (const row of old.rows) {
              if (!incoming.has(Sql.recordKey(row.collection, row.id))) {
                changes.push({
                  collection: row.collection,
                  id: row.id,
                  version: row.version + 1,
                  deleted: true
                })
              }
            }
            await run(client, `DELETE FROM ${ns}.records`)
            // Replacing history is the one sanctioned rewrite: the guards are lifted inside this
            // transaction only, and a failure restores them with everything else.
            await run(client, `DROP TRIGGER history_append_only ON ${ns}.history`)
            await run(client, `DELETE FROM ${ns}.history`)
            for (const statement of Layout.guards(ns)) await run(client, statement)
            await run(
              client,
              `INSERT INTO ${ns}.records (collection, id, version, value)
               SELECT * FROM unnest($1::text[], $2::text[], $3::integer[], $4::json[])`,
              [
                rows.map((r) => r.collection),
                rows.map((r) => r.id),
                rows.map((r) => r.version),
                rows.map((r) => r.value)
              ]
            )
            await run(
              client,
              `INSERT INTO ${ns}.history (collection, record_id, version, entry)
               SELECT * FROM unnest($1::text[], $2::text[], $3::integer[], $4::json[])`,
              [
                entries.map((e) => e.entry.collection),
                entries.map((e) => e.entry.recordId),
                entries.map((e) => e.entry.version),
                entries.map((e) => e.json)
              ]
            )
            for (const row of rows)
              changes.push({ collection: row.collection, id: row.id, version: row.version })
            await notify(client, changes)
            return changes
          })
        )
        hub.publish(changes)
      })

    return Store.Store.of({
      definition: resolved.definition,
      get,
      getMany,
      commit,
      query,
      history,
      watch: hub.watch,
      subscribe: hub.subscribe,
      exportAll,
      importAll
    })
  })

/**
 * A layer of a PostgreSQL Store.
 *
 * @example
 * ```ts
 * import { layerPostgres } from "@frontdesk/storage/postgres"
 * import { Store } from "@frontdesk/storage"
 * const layer = layerPostgres({
 *   connection: process.env.DATABASE_URL ?? "postgresql://localhost/frontdesk",
 *   schema: Store.define({ version: 1, collections: [] })
 * })
 * ```
 * @category layers
 * @since 0.1.0
 */
export const layerPostgres = (options: Options): Layer.Layer<Store.Store, Store.OpenError> =>
  Layer.effect(Store.Store)(makePostgres(options))
