/**
 * The SQLite adapter (on better-sqlite3): the embedded Store for one Node process. Records and
 * history are tables, each commit is one `BEGIN IMMEDIATE` transaction, declared indexes are
 * expression indexes, and the database runs in WAL mode with `synchronous=FULL` unless told
 * otherwise.
 *
 * @example
 * ```ts
 * import { Store } from "@frontdesk/storage"
 * import { layerSqlite } from "@frontdesk/storage/sqlite"
 * const schema = Store.define({ version: 1, collections: [{ name: "callbacks" }] })
 * const layer = layerSqlite({ filename: "frontdesk.db", schema })
 * ```
 * @module
 * @since 0.1.0
 */
import { resolve as resolvePath } from "node:path"
import Database from "better-sqlite3"
import type { Scope } from "effect"
import { Effect, Layer, Result } from "effect"
import * as Engine from "./internal/engine.js"
import * as Sql from "./internal/sql.js"
import * as Store from "./Store.js"

/**
 * How hard SQLite works to make a commit survive a power loss.
 *
 * - `"FULL"` (default): a commit is on disk when `commit` returns; a power cut or OS crash loses
 *   nothing that was committed.
 * - `"NORMAL"`: in WAL mode SQLite then syncs only at checkpoints. Commits are faster, a process
 *   crash still loses nothing, but a power cut or OS crash may lose the last commits (never part
 *   of one: the database stays consistent).
 *
 * @example
 * ```ts
 * import type { Synchronous } from "@frontdesk/storage/sqlite"
 * const fast: Synchronous = "NORMAL"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Synchronous = "FULL" | "NORMAL"

/**
 * Options of the SQLite adapter.
 *
 * @example
 * ```ts
 * import type { Options } from "@frontdesk/storage/sqlite"
 * import { Store } from "@frontdesk/storage"
 * const options: Options = { filename: "frontdesk.db", schema: Store.define({ version: 1, collections: [] }) }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Options {
  /** The database file (created when missing), or `":memory:"` for a private in-memory database. */
  readonly filename: string
  /** The store's schema, from `Store.define`. */
  readonly schema: Store.Definition
  /** Durability of commits; {@link Synchronous}, `"FULL"` when absent. */
  readonly synchronous?: Synchronous | undefined
  /** How long a commit waits for another process's write lock before failing, in ms; {@link busyTimeout} when absent. */
  readonly busyTimeout?: number | undefined
  /** Called with each SQL statement as it runs (parameters filled in), for logs and query-plan checks. */
  readonly log?: ((sql: string) => void) | undefined
  /** Failures to inject, for the conformance suite. */
  readonly faults?: Store.Faults | undefined
}

/**
 * How many milliseconds a commit waits for another connection's write transaction (another
 * process on the same file) before it fails with `Aborted`.
 *
 * @example
 * ```ts
 * import { busyTimeout } from "@frontdesk/storage/sqlite"
 * busyTimeout // 5000
 * ```
 * @category constants
 * @since 0.1.0
 */
export const busyTimeout = 5000

type Db = Database.Database

/** The layout every database gets; the history triggers make history append-only. */
const layout = `
CREATE TABLE IF NOT EXISTS schema_versions (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS collections (name TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS indexes (
  collection TEXT NOT NULL, name TEXT NOT NULL, sql_name TEXT NOT NULL UNIQUE, definition TEXT NOT NULL,
  PRIMARY KEY (collection, name));
CREATE TABLE IF NOT EXISTS records (
  collection TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL CHECK (version >= 1), value TEXT NOT NULL,
  PRIMARY KEY (collection, id));
CREATE TABLE IF NOT EXISTS history (
  collection TEXT NOT NULL, record_id TEXT NOT NULL, version INTEGER NOT NULL, entry TEXT NOT NULL,
  PRIMARY KEY (collection, record_id, version));
`

const guards = `
CREATE TRIGGER IF NOT EXISTS history_no_update BEFORE UPDATE ON history
  BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER IF NOT EXISTS history_no_delete BEFORE DELETE ON history
  BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
`

const keyExpr = (keyPath: Store.KeyPath): string =>
  `${Sql.keyFunction}(value, ${Sql.literal(Sql.keyPathJson(keyPath))})`

const createIndexSql = (collection: string, index: Store.IndexDefinition): string => {
  const key = keyExpr(index.keyPath)
  const columns = index.unique === true ? key : `${key}, id`
  return (
    `CREATE ${index.unique === true ? "UNIQUE " : ""}INDEX ${Sql.ident(Sql.indexName(collection, index.name))} ` +
    `ON records (${columns}) WHERE collection = ${Sql.literal(collection)} AND ${key} IS NOT NULL`
  )
}

const codeOf = (error: unknown): string | undefined =>
  typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string"
    ? (error as { code: string }).code
    : undefined

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error))

const isStoreError = (error: unknown): error is Store.StoreError =>
  typeof error === "object" && error !== null && "_tag" in error && error instanceof Error

/** Maps what better-sqlite3 throws to the contract's errors. */
const fromSqlite = (operation: string, error: unknown): Store.StoreError => {
  if (isStoreError(error)) return error
  const code = codeOf(error)
  if (code === "SQLITE_FULL") return new Store.QuotaExceeded({ cause: error })
  if (code === "SQLITE_BUSY" || code === "SQLITE_LOCKED") return new Store.Aborted({ cause: error })
  if (code === "SQLITE_CONSTRAINT_UNIQUE") {
    return new Store.StorageFailure({
      operation,
      detail: `a unique index already holds this key (${describe(error)})`,
      cause: error
    })
  }
  return new Store.StorageFailure({ operation, detail: describe(error), cause: error })
}

const attempt = <A, E extends Store.StoreError = Store.StorageFailure>(
  operation: string,
  f: () => A
): Effect.Effect<A, E> => Effect.try({ try: f, catch: (error) => fromSqlite(operation, error) as E })

/** Creates the layout, refuses dropped collections, migrates values and syncs indexes, all in one transaction. */
const upgrade = (db: Db, resolved: Engine.Resolved): void => {
  const target = resolved.definition.version
  db.exec(layout)
  db.exec(guards)
  const current =
    (db.prepare("SELECT max(version) AS v FROM schema_versions").get() as { v: number | null }).v ?? 0
  if (current > target) {
    throw new Store.StorageFailure({
      operation: "open",
      detail: `database version ${current} is newer than schema version ${target}`
    })
  }
  const existing = (db.prepare("SELECT name FROM collections").all() as Array<{ name: string }>).map(
    (row) => row.name
  )
  if (current < target) {
    const removed = Engine.removedCollection(existing, resolved)
    if (removed !== undefined) throw new Store.MigrationRefused({ version: target, collection: removed })
  }
  // Indexes are derived data: drop what is no longer declared or declared differently first, so
  // that migrated values are checked only against the indexes that will exist.
  const declared = new Map<string, Store.IndexDefinition>()
  for (const [collection, indexes] of resolved.collections) {
    for (const index of indexes.values()) declared.set(Sql.recordKey(collection, index.name), index)
  }
  const stored = db.prepare("SELECT collection, name, sql_name, definition FROM indexes").all() as Array<{
    collection: string
    name: string
    sql_name: string
    definition: string
  }>
  const kept = new Set<string>()
  for (const row of stored) {
    const key = Sql.recordKey(row.collection, row.name)
    const index = declared.get(key)
    if (index !== undefined && Sql.indexDefinition(index) === row.definition) {
      kept.add(key)
      continue
    }
    db.exec(`DROP INDEX IF EXISTS ${Sql.ident(row.sql_name)}`)
    db.prepare("DELETE FROM indexes WHERE collection = ? AND name = ?").run(row.collection, row.name)
  }
  if (current > 0 && current < target) {
    const update = db.prepare("UPDATE records SET value = ? WHERE collection = ? AND id = ?")
    for (const name of resolved.collections.keys()) {
      const touched = (resolved.definition.migrations ?? []).some(
        (m) => m.version > current && m.version <= target && m.up?.[name] !== undefined
      )
      if (!touched) continue
      const rows = db.prepare("SELECT id, value FROM records WHERE collection = ?").all(name) as Array<{
        id: string
        value: string
      }>
      for (const row of rows) {
        const value = Engine.migrateValue(resolved.definition, current, name, row.id, JSON.parse(row.value))
        let json: string
        try {
          json = Sql.toJson(value, `migration of ${name}/${row.id}`)
        } catch (error) {
          throw new Store.StorageFailure({ operation: "migrate", detail: describe(error), cause: error })
        }
        try {
          update.run(json, name, row.id)
        } catch (error) {
          throw new Store.StorageFailure({
            operation: "migrate",
            detail: `migrating ${name}/${row.id}: ${describe(error)}`,
            cause: error
          })
        }
      }
    }
  }
  const addCollection = db.prepare("INSERT OR IGNORE INTO collections (name) VALUES (?)")
  for (const name of resolved.collections.keys()) addCollection.run(name)
  const addIndex = db.prepare(
    "INSERT INTO indexes (collection, name, sql_name, definition) VALUES (?, ?, ?, ?)"
  )
  for (const [collection, indexes] of resolved.collections) {
    for (const index of indexes.values()) {
      if (kept.has(Sql.recordKey(collection, index.name))) continue
      try {
        db.exec(createIndexSql(collection, index))
      } catch (error) {
        throw new Store.StorageFailure({
          operation: "open",
          detail: `cannot build index ${collection}.${index.name}: ${describe(error)}`,
          cause: error
        })
      }
      addIndex.run(collection, index.name, Sql.indexName(collection, index.name), Sql.indexDefinition(index))
    }
  }
  if (current < target) {
    db.prepare("INSERT INTO schema_versions (version, applied_at) VALUES (?, ?)").run(
      target,
      new Date().toISOString()
    )
  }
}

/** Stores opened on the same file in this process share their watchers, like tabs on one database. */
const hubs = new Map<string, { readonly hub: Engine.Hub; refs: number }>()

const acquireHub = (filename: string) =>
  Effect.acquireRelease(
    Effect.sync(() => {
      if (filename === ":memory:" || filename === "") return { key: undefined, hub: Engine.makeHub() }
      const key = resolvePath(filename)
      const shared = hubs.get(key) ?? { hub: Engine.makeHub(), refs: 0 }
      shared.refs++
      hubs.set(key, shared)
      return { key, hub: shared.hub }
    }),
    ({ key }) =>
      Effect.sync(() => {
        if (key === undefined) return
        const shared = hubs.get(key)
        if (shared !== undefined && --shared.refs === 0) hubs.delete(key)
      })
  )

class Fault extends Error {
  constructor(readonly kind: "abort" | "quota") {
    super(`injected ${kind}`)
  }
}

class Stale extends Error {}

const registerKeyFunction = (db: Db): void => {
  db.function(Sql.keyFunction, { deterministic: true }, (value: unknown, keyPath: unknown) => {
    if (typeof value !== "string" || typeof keyPath !== "string") return null
    const key = Sql.keyOfJson(value, keyPath)
    return key === null ? null : Buffer.from(key.buffer, key.byteOffset, key.byteLength)
  })
}

/**
 * Opens a SQLite Store in a scope; closing the scope closes the connection.
 *
 * @example
 * ```ts
 * import { makeSqlite } from "@frontdesk/storage/sqlite"
 * import { Store } from "@frontdesk/storage"
 * import { Effect } from "effect"
 * const program = Effect.scoped(Effect.gen(function* () {
 *   const store = yield* makeSqlite({ filename: ":memory:", schema: Store.define({ version: 1, collections: [] }) })
 *   return yield* store.exportAll
 * }))
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const makeSqlite = (options: Options): Effect.Effect<Store.Store, Store.OpenError, Scope.Scope> =>
  Effect.gen(function* () {
    const resolved = yield* Result.match(Engine.resolve(options.schema), {
      onFailure: (error) => Effect.fail(error),
      onSuccess: (value) => Effect.succeed(value)
    })
    const db = yield* Effect.acquireRelease(
      attempt<Db, Store.OpenError>("open", () => {
        const log = options.log
        const db = new Database(options.filename, {
          timeout: options.busyTimeout ?? busyTimeout,
          ...(log === undefined ? {} : { verbose: (sql: unknown) => log(String(sql)) })
        })
        try {
          db.pragma("journal_mode = WAL")
          db.pragma(`synchronous = ${options.synchronous === "NORMAL" ? "NORMAL" : "FULL"}`)
          // The index expressions call frontdesk_key, an application function.
          db.pragma("trusted_schema = ON")
          registerKeyFunction(db)
          db.transaction(() => upgrade(db, resolved)).immediate()
          return db
        } catch (error) {
          db.close()
          throw error
        }
      }),
      (db) => Effect.sync(() => db.close())
    )
    const { hub } = yield* acquireHub(options.filename)

    const getRow = db.prepare("SELECT version, value FROM records WHERE collection = ? AND id = ?")
    const insertRow = db.prepare("INSERT INTO records (collection, id, version, value) VALUES (?, ?, ?, ?)")
    const updateRow = db.prepare(
      "UPDATE records SET value = ?, version = ? WHERE collection = ? AND id = ? AND version = ?"
    )
    const deleteRow = db.prepare("DELETE FROM records WHERE collection = ? AND id = ? AND version = ?")
    const insertHistory = db.prepare(
      "INSERT INTO history (collection, record_id, version, entry) VALUES (?, ?, ?, ?)"
    )
    const historyExists = db.prepare(
      "SELECT 1 FROM history WHERE collection = ? AND record_id = ? AND version = ?"
    )
    const historyOf = db.prepare(
      "SELECT entry FROM history WHERE collection = ? AND record_id = ? ORDER BY version"
    )

    type Row = { version: number; value: string }
    const item = (collection: string, id: string, row: Row | undefined): Store.Item | undefined =>
      row === undefined
        ? undefined
        : { collection, id, version: row.version, value: JSON.parse(row.value) as unknown }

    const get = (collection: string, id: string) =>
      Effect.flatMap(Engine.collection(resolved, collection), () =>
        attempt("get", () => item(collection, id, getRow.get(collection, id) as Row | undefined))
      )

    const getMany = (collection: string, ids: ReadonlyArray<string>) =>
      Effect.flatMap(Engine.collection(resolved, collection), () =>
        attempt("getMany", () =>
          db
            .transaction(() =>
              ids.map((id) => item(collection, id, getRow.get(collection, id) as Row | undefined))
            )
            .deferred()
        )
      )

    /** The conflict to report for a commit that did not go through, read from what is stored now. */
    const conflictOf = (commit: Store.Commit): Store.Conflict | undefined => {
      const { records, history } = Sql.touched(commit)
      const versions = new Map<string, number>()
      for (const { collection, id } of records) {
        const row = getRow.get(collection, id) as Row | undefined
        if (row !== undefined) versions.set(Sql.recordKey(collection, id), row.version)
      }
      const existing = new Set<string>()
      for (const entry of history) {
        if (historyExists.get(entry.collection, entry.recordId, entry.version) !== undefined) {
          existing.add(Engine.historyKey(entry))
        }
      }
      return Sql.firstConflict(commit, versions, existing)
    }

    const commit = (commit: Store.Commit) =>
      Effect.gen(function* () {
        yield* Engine.checkCommit(resolved, commit)
        const serialized = Sql.serializeCommit(commit)
        return yield* attempt<ReadonlyArray<Store.Change>, Store.CommitError>("commit", () => {
          if ("failure" in serialized) {
            throw (
              conflictOf(commit) ??
              new Store.StorageFailure({ operation: "commit", detail: serialized.failure })
            )
          }
          const history = commit.history ?? []
          try {
            db.transaction(() => {
              commit.writes.forEach((write, at) => {
                const next = write.expectedVersion + 1
                if (Store.isDelete(write)) {
                  if (write.expectedVersion === 0) {
                    if (getRow.get(write.collection, write.id) !== undefined) throw new Stale()
                  } else if (deleteRow.run(write.collection, write.id, write.expectedVersion).changes === 0) {
                    throw new Stale()
                  }
                } else if (write.expectedVersion === 0) {
                  // The primary key refuses a record that exists: the check cannot race.
                  insertRow.run(write.collection, write.id, next, serialized.values[at])
                } else if (
                  updateRow.run(
                    serialized.values[at],
                    next,
                    write.collection,
                    write.id,
                    write.expectedVersion
                  ).changes === 0
                ) {
                  throw new Stale()
                }
              })
              history.forEach((entry, at) => {
                insertHistory.run(entry.collection, entry.recordId, entry.version, serialized.entries[at])
              })
              const fault = options.faults?.commit?.(commit)
              if (fault !== undefined) throw new Fault(fault)
            }).immediate()
          } catch (error) {
            // Rolled back. A stale version anywhere in the commit is what it reports, whatever
            // else went wrong first (a unique clash, a duplicate key).
            if (error instanceof Fault) {
              throw error.kind === "quota" ? new Store.QuotaExceeded({}) : new Store.Aborted({})
            }
            const code = codeOf(error)
            if (code === "SQLITE_BUSY" || code === "SQLITE_LOCKED" || code === "SQLITE_FULL") throw error
            const conflict = conflictOf(commit)
            if (conflict !== undefined) throw conflict
            if (error instanceof Stale) {
              // Another process changed the record back between the rollback and the read: the
              // commit still met a version it did not expect.
              const write = commit.writes[0]!
              throw new Store.Conflict({
                collection: write.collection,
                id: write.id,
                expectedVersion: write.expectedVersion,
                actualVersion: (getRow.get(write.collection, write.id) as Row | undefined)?.version ?? 0
              })
            }
            throw error
          }
          const changes = Engine.changesOf(commit)
          hub.publish(changes)
          return changes
        })
      })

    const statements = new Map<string, Database.Statement>()
    const prepared = (sql: string) => {
      let statement = statements.get(sql)
      if (statement === undefined) {
        statement = db.prepare(sql)
        statements.set(sql, statement)
      }
      return statement
    }

    const query = (collection: string, query: Store.Query) =>
      Effect.gen(function* () {
        const plan = yield* Engine.plan(resolved, collection, query)
        const key = plan.index === undefined ? "id" : keyExpr(plan.index.keyPath)
        const clauses = Sql.rangeClauses(plan, key, () => "?", 1)
        if (clauses === undefined || plan.limit === 0) return { items: [] }
        const direction = plan.desc ? "DESC" : "ASC"
        // Without statistics SQLite would rather scan the collection through the primary key and
        // sort; INDEXED BY makes it walk the declared index, already in order, and fails loudly
        // should that index ever be missing. The collection is a literal so that the query
        // implies the partial index's predicate.
        const source =
          plan.index === undefined
            ? "records"
            : `records INDEXED BY ${Sql.ident(Sql.indexName(collection, plan.index.name))}`
        const sql =
          `SELECT id, version, value FROM ${source} WHERE collection = ${Sql.literal(collection)}` +
          clauses.sql.map((clause) => ` AND ${clause}`).join("") +
          ` ORDER BY ${plan.index === undefined ? "" : `${key} ${direction}, `}id ${direction} LIMIT ?`
        const params = clauses.params.map((param) =>
          param instanceof Uint8Array ? Buffer.from(param.buffer, param.byteOffset, param.byteLength) : param
        )
        return yield* attempt("query", () => {
          const rows = prepared(sql).all(
            ...params,
            Number.isFinite(plan.limit) ? plan.limit + 1 : -1
          ) as Array<Row & { id: string }>
          return Sql.pageOf(
            collection,
            query,
            plan,
            rows.map((row) => item(collection, row.id, row)!)
          )
        })
      })

    const history = (collection: string, recordId: string) =>
      Effect.flatMap(Engine.collection(resolved, collection), () =>
        attempt("history", () =>
          (historyOf.all(collection, recordId) as Array<{ entry: string }>).map(
            (row) => JSON.parse(row.entry) as Store.HistoryEntry
          )
        )
      )

    const readAll = () => {
      const collections: Record<string, Array<{ id: string; version: number; value: unknown }>> = {}
      const rows = prepared("SELECT id, version, value FROM records WHERE collection = ? ORDER BY id")
      for (const name of resolved.collections.keys()) {
        collections[name] = (rows.all(name) as Array<Row & { id: string }>).map((row) => ({
          id: row.id,
          version: row.version,
          value: JSON.parse(row.value) as unknown
        }))
      }
      const history = (
        prepared("SELECT entry FROM history ORDER BY collection, record_id, version").all() as Array<{
          entry: string
        }>
      ).map((row) => JSON.parse(row.entry) as Store.HistoryEntry)
      return { collections, history }
    }

    const exportAll = attempt<Store.ExportDocument, Store.StorageFailure>("export", () => {
      const { collections, history } = db.transaction(readAll).deferred()
      return { format: "frontdesk-store", schemaVersion: resolved.definition.version, collections, history }
    })

    const importAll = (input: unknown) =>
      Effect.gen(function* () {
        const document = yield* Engine.decodeImport(resolved, input)
        const changes = yield* attempt<
          Array<Store.Change>,
          Store.QuotaExceeded | Store.Aborted | Store.StorageFailure
        >("import", () => {
          const rows: Array<{ collection: string; id: string; version: number; value: string }> = []
          const entries: Array<{ entry: Store.HistoryEntry; json: string }> = []
          try {
            for (const [collection, items] of Object.entries(document.collections)) {
              for (const item of items) {
                rows.push({
                  collection,
                  id: item.id,
                  version: item.version,
                  value: Sql.toJson(item.value, `${collection}/${item.id}`)
                })
              }
            }
            for (const entry of document.history)
              entries.push({ entry, json: Sql.toJson(entry, "history entry") })
          } catch (error) {
            throw new Store.StorageFailure({ operation: "import", detail: describe(error), cause: error })
          }
          return db
            .transaction(() => {
              const changes: Array<Store.Change> = []
              const incoming = new Set(rows.map((row) => Sql.recordKey(row.collection, row.id)))
              for (const old of db.prepare("SELECT collection, id, version FROM records").all() as Array<{
                collection: string
                id: string
                version: number
              }>) {
                if (!incoming.has(Sql.recordKey(old.collection, old.id))) {
                  changes.push({
                    collection: old.collection,
                    id: old.id,
                    version: old.version + 1,
                    deleted: true
                  })
                }
              }
              db.exec("DELETE FROM records")
              // Replacing history is the one sanctioned rewrite: lift the guards for this
              // transaction only (DDL is transactional in SQLite, so a failure restores them).
              db.exec("DROP TRIGGER history_no_update; DROP TRIGGER history_no_delete; DELETE FROM history")
              db.exec(guards)
              for (const row of rows) {
                insertRow.run(row.collection, row.id, row.version, row.value)
                changes.push({ collection: row.collection, id: row.id, version: row.version })
              }
              for (const { entry, json } of entries) {
                insertHistory.run(entry.collection, entry.recordId, entry.version, json)
              }
              return changes
            })
            .immediate()
        })
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
 * A layer of a SQLite Store.
 *
 * @example
 * ```ts
 * import { layerSqlite } from "@frontdesk/storage/sqlite"
 * import { Store } from "@frontdesk/storage"
 * const layer = layerSqlite({ filename: "frontdesk.db", schema: Store.define({ version: 1, collections: [] }) })
 * ```
 * @category layers
 * @since 0.1.0
 */
export const layerSqlite = (options: Options): Layer.Layer<Store.Store, Store.OpenError> =>
  Layer.effect(Store.Store)(makeSqlite(options))
