/**
 * The IndexedDB adapter (on idb): one object store per collection with native indexes, one for
 * history keyed by `[collection, recordId, version]`, and a BroadcastChannel that tells the other
 * tabs of the same origin what each commit changed.
 *
 * @example
 * ```ts
 * import { Store } from "@frontdesk/storage"
 * import { layerIndexedDb } from "@frontdesk/storage/indexeddb"
 * const schema = Store.define({ version: 1, collections: [{ name: "callbacks" }] })
 * const layer = layerIndexedDb({ name: "frontdesk", schema }) // every tab that opens "frontdesk" hears of each commit
 * ```
 * @module
 * @since 0.1.0
 */

import type { Scope } from "effect"
import { Effect, Layer, Result } from "effect"
import type { IDBPCursorWithValue, IDBPDatabase, IDBPObjectStore, IDBPTransaction } from "idb"
import { openDB, unwrap } from "idb"
import * as Engine from "./internal/engine.js"
import * as Keys from "./internal/keys.js"
import * as Store from "./Store.js"

/**
 * Options of the IndexedDB adapter.
 *
 * @example
 * ```ts
 * import type { Options } from "@frontdesk/storage/indexeddb"
 * import { Store } from "@frontdesk/storage"
 * const options: Options = { name: "frontdesk", schema: Store.define({ version: 1, collections: [] }) }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Options {
  /** The database name; tabs that open the same name share data and changes. */
  readonly name: string
  readonly schema: Store.Definition
  /** Failures to inject, for the conformance suite. */
  readonly faults?: Store.Faults | undefined
  /** How long an upgrade waits for other connections to close before `UpgradeBlocked`; {@link blockedGrace} when absent. */
  readonly blockedGrace?: number | undefined
}

/**
 * How many milliseconds an upgrade waits, once the browser says it is blocked, before failing
 * with `UpgradeBlocked`. Browsers report "blocked" for a connection that is already closing but
 * still finishing a transaction (a tab stepping aside mid-commit, a store closed right after a
 * read); such a connection closes within moments, and failing at once would refuse an upgrade
 * that was about to go through.
 *
 * @example
 * ```ts
 * import { blockedGrace } from "@frontdesk/storage/indexeddb"
 * blockedGrace // 1000
 * ```
 * @category constants
 * @since 0.1.0
 */
export const blockedGrace = 1000

const historyStore = "__history"

interface Row {
  readonly id: string
  readonly version: number
  readonly value: unknown
}

/**
 * The BroadcastChannel name for a database, so only tabs on the same database hear each other.
 *
 * @example
 * ```ts
 * import { channelName } from "@frontdesk/storage/indexeddb"
 * channelName("frontdesk") // "frontdesk-store:frontdesk"
 * ```
 * @category channels
 * @since 0.1.0
 */
export const channelName = (database: string): string => `frontdesk-store:${database}`

const storeErrorTags = new Set([
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
])

const isStoreError = (error: unknown): error is Store.StoreError =>
  typeof error === "object" &&
  error !== null &&
  storeErrorTags.has((error as { _tag?: unknown })._tag as string)

const errorName = (error: unknown): string | undefined =>
  typeof error === "object" && error !== null && typeof (error as { name?: unknown }).name === "string"
    ? (error as { name: string }).name
    : undefined

const describe = (error: unknown): string =>
  error instanceof Error || error instanceof DOMException ? `${error.name}: ${error.message}` : String(error)

/** Maps what IndexedDB throws to the contract's errors. */
const fromIdb =
  (operation: string) =>
  (error: unknown): Store.StoreError => {
    if (isStoreError(error)) return error
    switch (errorName(error)) {
      case "QuotaExceededError":
        return new Store.QuotaExceeded({ cause: error })
      case "AbortError":
        return new Store.Aborted({ cause: error })
      case "ConstraintError":
        return new Store.StorageFailure({
          operation,
          detail: "a unique index already holds this key",
          cause: error
        })
      default:
        return new Store.StorageFailure({
          operation,
          detail: describe(error),
          cause: error
        })
    }
  }

const run = <A, E extends Store.StoreError>(operation: string, f: () => Promise<A>): Effect.Effect<A, E> =>
  Effect.tryPromise({ try: f, catch: fromIdb(operation) }) as Effect.Effect<A, E>

const indexKeyPath = (keyPath: Store.KeyPath): string | Array<string> =>
  typeof keyPath === "string" ? `value.${keyPath}` : keyPath.map((path) => `value.${path}`)

const sameKeyPath = (a: string | ReadonlyArray<string>, b: string | ReadonlyArray<string>): boolean =>
  JSON.stringify(a) === JSON.stringify(b)

const toRange = (bounds: Engine.Bounds): IDBKeyRange | undefined => {
  const lower = bounds.lower as IDBValidKey | undefined
  const upper = bounds.upper as IDBValidKey | undefined
  if (lower !== undefined && upper !== undefined) {
    return IDBKeyRange.bound(lower, upper, bounds.lowerOpen, bounds.upperOpen)
  }
  if (lower !== undefined) return IDBKeyRange.lowerBound(lower, bounds.lowerOpen)
  if (upper !== undefined) return IDBKeyRange.upperBound(upper, bounds.upperOpen)
  return undefined
}

/** One batch read's row: its primary key and stored value. */
interface Fetched {
  readonly primaryKey: IDBValidKey
  readonly value: unknown
}

const request = <A>(req: IDBRequest<A>): Promise<A> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })

/**
 * Up to `count` rows from the start of `range`, in one request where the browser has
 * `getAllRecords` (IndexedDB 3.0), or `getAll` with `getAllKeys` for an ascending read elsewhere;
 * `undefined` when neither applies and the caller must walk a cursor.
 */
const firstPage = async (
  source: IDBObjectStore | IDBIndex,
  range: IDBKeyRange | undefined,
  count: number,
  desc: boolean
): Promise<ReadonlyArray<Fetched> | undefined> => {
  const withRecords = source as (IDBObjectStore | IDBIndex) & {
    getAllRecords?: (options: {
      query?: IDBKeyRange
      count?: number
      direction?: IDBCursorDirection
    }) => IDBRequest
  }
  // IndexedDB counts are unsigned 32-bit; a page without a limit reads everything (count 0).
  const bounded = Number.isFinite(count) && count < 2 ** 32 ? count : 0
  if (typeof withRecords.getAllRecords === "function") {
    const options = {
      ...(range === undefined ? {} : { query: range }),
      count: bounded,
      direction: desc ? "prev" : "next"
    }
    return (await request(withRecords.getAllRecords(options as never))) as ReadonlyArray<Fetched>
  }
  if (desc) return undefined
  const [values, keys] = await Promise.all([
    request(source.getAll(range, bounded)),
    // On an index these are the records' primary keys, in index order like the values.
    request(source.getAllKeys(range, bounded))
  ])
  return values.map((value, i) => ({ primaryKey: keys[i] as IDBValidKey, value }))
}

/** The page of at most `limit` rows, with a cursor when `rows` holds one more. */
const pageOf = (
  collection: string,
  index: string,
  rows: ReadonlyArray<{ key: Keys.Key; id: string; row: Row }>,
  limit: number
): Store.Page => {
  const page = rows.slice(0, limit)
  const items = page.map(({ row }) => ({ collection, ...row }))
  const last = page[page.length - 1]
  return rows.length > page.length && last !== undefined
    ? { items, cursor: Engine.encodeCursor(collection, index, last) }
    : { items }
}

/**
 * Requests issued back to back in one transaction and awaited together. A failed request's
 * default action (aborting the transaction) is prevented, so the commit can tell which failure
 * comes first in commit order and map it before aborting by itself. Handlers must not throw: an
 * exception in a request's handler aborts the transaction.
 */
interface Batch {
  readonly send: <A>(
    request: IDBRequest<A>,
    onSuccess: ((result: A) => void) | undefined,
    onError: (error: DOMException | null) => void
  ) => void
  /** Settles inside the last request's event, while the transaction is still active. */
  readonly settled: () => Promise<void> | undefined
}

const makeBatch = (): Batch => {
  let pending = 0
  let wake: (() => void) | undefined
  const settle = () => {
    pending--
    if (pending === 0) wake?.()
  }
  return {
    send: (request, onSuccess, onError) => {
      pending++
      request.onsuccess =
        onSuccess === undefined
          ? settle
          : () => {
              onSuccess(request.result)
              settle()
            }
      request.onerror = (event) => {
        event.preventDefault()
        event.stopPropagation()
        onError(request.error)
        settle()
      }
    },
    settled: () =>
      pending === 0
        ? undefined
        : new Promise<void>((resolve) => {
            wake = resolve
          })
  }
}

/** Settles when the transaction commits; rejects with its error (e.g. over quota) or an AbortError. */
const completion = (tx: IDBTransaction): Promise<void> =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onabort = () => reject(tx.error ?? new DOMException("The transaction was aborted", "AbortError"))
  })

/** One record (or history entry), read as a promise inside a transaction that is still active. */
const readRow = (store: IDBObjectStore, key: IDBValidKey): Promise<Row | undefined> =>
  new Promise((resolve, reject) => {
    const request = store.get(key)
    request.onsuccess = () => resolve(request.result as Row | undefined)
    request.onerror = (event) => {
      event.preventDefault()
      event.stopPropagation()
      reject(request.error)
    }
  })

const historyConflict = (entry: Store.HistoryEntry): Store.Conflict =>
  new Store.Conflict({
    collection: entry.collection,
    id: entry.recordId,
    expectedVersion: entry.version - 1,
    actualVersion: entry.version
  })

const conflictOf = (write: Store.Write, actualVersion: number): Store.Conflict =>
  new Store.Conflict({
    collection: write.collection,
    id: write.id,
    expectedVersion: write.expectedVersion,
    actualVersion
  })

/**
 * The first conflict in commit order of a commit whose writes failed, read inside its transaction
 * before it is aborted. Updates and deletes were checked against the versions read before any
 * write, so only creates (written with `add`, which fails on any existing key, unique indexes
 * included) and history entries are left. A create or entry whose request succeeded did not exist;
 * an entry that failed with ConstraintError did; the others are read: what their store holds now
 * is what was there before, since nothing else in the commit touched them.
 */
const firstConflict = async (
  tx: IDBTransaction,
  writes: ReadonlyArray<Store.Write>,
  created: ReadonlyArray<boolean>,
  history: ReadonlyArray<Store.HistoryEntry>,
  succeeded: ReadonlySet<number>,
  constrained: ReadonlySet<number>
): Promise<Store.Conflict | undefined> => {
  const probes: Array<Promise<Store.Conflict | undefined>> = []
  for (let at = 0; at < writes.length; at++) {
    const write = writes[at]!
    if (!created[at] || succeeded.has(at)) continue
    probes.push(
      readRow(tx.objectStore(write.collection), write.id).then((row) =>
        row === undefined ? undefined : conflictOf(write, row.version)
      )
    )
  }
  const keys = new Set<string>()
  for (let index = 0; index < history.length; index++) {
    const entry = history[index]!
    const at = writes.length + index
    const key = Engine.historyKey(entry)
    const repeated = keys.has(key)
    keys.add(key)
    if (repeated || constrained.has(at)) probes.push(Promise.resolve(historyConflict(entry)))
    else if (!succeeded.has(at)) {
      probes.push(
        readRow(tx.objectStore(historyStore), [entry.collection, entry.recordId, entry.version]).then(
          (row) => (row === undefined ? undefined : historyConflict(entry))
        )
      )
    }
  }
  return (await Promise.all(probes)).find((conflict) => conflict !== undefined)
}

/** The inner map of a two-level map, created on first use. */
const within = <V>(outer: Map<string, Map<string, V>>, key: string): Map<string, V> => {
  let inner = outer.get(key)
  if (inner === undefined) {
    inner = new Map()
    outer.set(key, inner)
  }
  return inner
}

type UpgradeTransaction = IDBPTransaction<unknown, Array<string>, "versionchange">

/** Creates missing stores and indexes, rebuilds changed indexes, drops undeclared ones (derived data only). */
const upgradeLayout = (db: IDBPDatabase, tx: UpgradeTransaction, resolved: Engine.Resolved): void => {
  if (!db.objectStoreNames.contains(historyStore)) {
    db.createObjectStore(historyStore, { keyPath: ["collection", "recordId", "version"] })
  }
  for (const [name, indexes] of resolved.collections) {
    const store = db.objectStoreNames.contains(name)
      ? tx.objectStore(name)
      : db.createObjectStore(name, { keyPath: "id" })
    for (const existing of Array.from(store.indexNames)) {
      const declared = indexes.get(existing)
      const index = store.index(existing)
      if (
        declared === undefined ||
        !sameKeyPath(index.keyPath, indexKeyPath(declared.keyPath)) ||
        index.unique !== (declared.unique === true)
      ) {
        store.deleteIndex(existing)
      }
    }
    for (const declared of indexes.values()) {
      if (!store.indexNames.contains(declared.name)) {
        store.createIndex(declared.name, indexKeyPath(declared.keyPath), { unique: declared.unique === true })
      }
    }
  }
}

const migrateValues = async (
  tx: UpgradeTransaction,
  resolved: Engine.Resolved,
  from: number
): Promise<void> => {
  const touched = new Set<string>()
  for (const migration of resolved.definition.migrations ?? []) {
    if (migration.version > from) for (const name of Object.keys(migration.up ?? {})) touched.add(name)
  }
  for (const name of touched) {
    if (!resolved.collections.has(name)) continue
    let cursor = await tx.objectStore(name).openCursor()
    while (cursor !== null) {
      const row = cursor.value as Row
      await cursor.update({
        ...row,
        value: Engine.migrateValue(resolved.definition, from, name, row.id, row.value)
      })
      cursor = await cursor.continue()
    }
  }
}

const open = (name: string, resolved: Engine.Resolved, grace: number, onVersionChange: () => void) =>
  Effect.callback<IDBPDatabase, Store.OpenError>((resume) => {
    const version = resolved.definition.version
    let refused: string | undefined
    // Why the upgrade transaction was aborted: a migration that threw, or the transaction's own
    // error (a new unique index over values that repeat fails with ConstraintError). The open
    // request itself only says AbortError.
    let migrationFailure: Store.StorageFailure | undefined
    let upgrade: IDBTransaction | undefined
    let settled = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const settle = (effect: Effect.Effect<IDBPDatabase, Store.OpenError>) => {
      if (settled) return
      settled = true
      if (timer !== undefined) clearTimeout(timer)
      resume(effect)
    }
    openDB(name, version, {
      upgrade(db, oldVersion, _newVersion, tx) {
        // A refused or failed upgrade is reported through the open request below.
        tx.done.catch(() => undefined)
        const removed = Engine.removedCollection(Array.from(db.objectStoreNames), resolved)
        if (removed !== undefined) {
          refused = removed
          tx.abort()
          return
        }
        upgrade = unwrap(tx)
        upgradeLayout(db, tx, resolved)
        if (oldVersion > 0) {
          migrateValues(tx, resolved, oldVersion).catch((error: unknown) => {
            if (error instanceof Store.StorageFailure) migrationFailure ??= error
            try {
              tx.abort()
            } catch {
              // already finished: the open reports the failure
            }
          })
        }
      },
      // Waiting here for good is what hangs other libraries: give closing connections a moment,
      // then report it and let the caller decide.
      blocked() {
        timer ??= setTimeout(
          () => settle(Effect.fail(new Store.UpgradeBlocked({ database: name, version }))),
          grace
        )
      },
      // Another tab wants a newer version: step aside instead of blocking it.
      blocking(_current, _blocked, event) {
        ;(event.target as IDBDatabase).close()
        onVersionChange()
      }
    }).then(
      (db) => {
        if (settled) {
          // The open was reported blocked but completed later: nobody holds this connection.
          db.close()
          return
        }
        const missing = [...resolved.collections.keys()].find((c) => !db.objectStoreNames.contains(c))
        if (missing !== undefined) {
          db.close()
          settle(
            Effect.fail(
              new Store.StorageFailure({
                operation: "open",
                detail: `collection "${missing}" is declared but the schema version ${version} was not raised`
              })
            )
          )
          return
        }
        settle(Effect.succeed(db))
      },
      (error: unknown) => {
        if (refused !== undefined) {
          settle(Effect.fail(new Store.MigrationRefused({ version, collection: refused })))
        } else if (migrationFailure !== undefined) {
          settle(Effect.fail(migrationFailure))
        } else {
          // Opening has no Aborted or QuotaExceeded: whatever stopped it is a failure to open.
          const cause = upgrade?.error ?? error
          settle(
            Effect.fail(
              new Store.StorageFailure({
                operation: "open",
                detail:
                  upgrade === undefined
                    ? describe(cause)
                    : `the upgrade to version ${version} failed: ${describe(cause)}`,
                cause
              })
            )
          )
        }
      }
    )
  })

/**
 * Opens an IndexedDB Store in a scope; closing the scope closes the connection and the channel.
 *
 * @example
 * ```ts
 * import { makeIndexedDb } from "@frontdesk/storage/indexeddb"
 * import { Store } from "@frontdesk/storage"
 * import { Effect } from "effect"
 * const program = Effect.scoped(Effect.gen(function* () {
 *   const store = yield* makeIndexedDb({ name: "frontdesk", schema: Store.define({ version: 1, collections: [] }) })
 *   return yield* store.exportAll
 * }))
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const makeIndexedDb = (options: Options): Effect.Effect<Store.Store, Store.OpenError, Scope.Scope> =>
  Effect.gen(function* () {
    const resolved = yield* Result.match(Engine.resolve(options.schema), {
      onFailure: (error) => Effect.fail(error),
      onSuccess: (value) => Effect.succeed(value)
    })
    const hub = Engine.makeHub()
    let closedByUpgrade = false
    const db = yield* Effect.acquireRelease(
      open(options.name, resolved, options.blockedGrace ?? blockedGrace, () => {
        closedByUpgrade = true
      }),
      (db) => Effect.sync(() => db.close())
    )
    const channel = yield* Effect.acquireRelease(
      Effect.sync(() =>
        typeof BroadcastChannel === "undefined" ? undefined : new BroadcastChannel(channelName(options.name))
      ),
      (channel) => Effect.sync(() => channel?.close())
    )
    if (channel !== undefined) {
      channel.onmessage = (event: MessageEvent) => {
        if (Array.isArray(event.data)) hub.publish(event.data as ReadonlyArray<Store.Change>)
      }
    }
    const database = (): IDBPDatabase => {
      if (closedByUpgrade) {
        throw new Store.StorageFailure({
          operation: "transaction",
          detail: "the database was closed because another tab opened a newer version; reload the page"
        })
      }
      return db
    }

    const get = (collection: string, id: string) =>
      Effect.flatMap(Engine.collection(resolved, collection), () =>
        run<Store.Item | undefined, Store.StorageFailure>("get", async () => {
          const row = (await database().get(collection, id)) as Row | undefined
          return row === undefined ? undefined : { collection, ...row }
        })
      )

    const getMany = (collection: string, ids: ReadonlyArray<string>) =>
      Effect.flatMap(Engine.collection(resolved, collection), () =>
        run<ReadonlyArray<Store.Item | undefined>, Store.StorageFailure>("getMany", async () => {
          const tx = database().transaction(collection, "readonly")
          const rows = (await Promise.all(ids.map((id) => tx.store.get(id)))) as Array<Row | undefined>
          return rows.map((row) => (row === undefined ? undefined : { collection, ...row }))
        })
      )

    const commit = (commit: Store.Commit) =>
      Effect.gen(function* () {
        yield* Engine.checkCommit(resolved, commit)
        const history = commit.history ?? []
        const names = [...new Set(commit.writes.map((write) => write.collection))]
        if (history.length > 0) names.push(historyStore)
        if (names.length === 0) return []
        yield* run<void, Store.CommitError>("commit", async () => {
          const tx = unwrap(database()).transaction(names, "readwrite")
          const done = completion(tx)
          // The outcome is reported below; this only silences the rejection when a check fails first.
          done.catch(() => undefined)
          const stores = new Map(names.map((name) => [name, tx.objectStore(name)]))
          const storeOf = (name: string) => stores.get(name)!
          const writes = commit.writes
          try {
            // A record created by the only write that touches it needs no read: its `add` fails
            // with ConstraintError if the record exists, which checks version 0 inside the
            // transaction as surely as a read would.
            const touches = new Map<string, Map<string, number>>()
            for (const write of writes) {
              const ids = within(touches, write.collection)
              ids.set(write.id, (ids.get(write.id) ?? 0) + 1)
            }
            const created = writes.map(
              (write) =>
                write.expectedVersion === 0 &&
                !Store.isDelete(write) &&
                touches.get(write.collection)!.get(write.id) === 1
            )
            // Every other version is read inside the same readwrite transaction, so no other
            // writer can slip in between the check and the write. All reads are in flight at
            // once; each record is read once, and a record written twice is checked against its
            // own earlier write, as if the writes ran one after another.
            const versions = new Map<string, Map<string, number>>()
            const reads = makeBatch()
            let readError: unknown
            for (let at = 0; at < writes.length; at++) {
              const write = writes[at]!
              const ids = within(versions, write.collection)
              if (created[at] || ids.has(write.id)) continue
              ids.set(write.id, 0)
              reads.send(
                storeOf(write.collection).get(write.id),
                (row) => {
                  if (row !== undefined) ids.set(write.id, (row as Row).version)
                },
                (error) => {
                  readError ??= error
                }
              )
            }
            const read = reads.settled()
            if (read !== undefined) await read
            if (readError !== undefined) throw readError
            for (let at = 0; at < writes.length; at++) {
              const write = writes[at]!
              if (created[at]) continue
              const ids = versions.get(write.collection)!
              const actual = ids.get(write.id)!
              if (actual !== write.expectedVersion) {
                // A create earlier in the commit may be the first conflict: report that one.
                const earlier = writes.filter((_, i) => i < at && created[i])
                const rows = await Promise.all(earlier.map((w) => readRow(storeOf(w.collection), w.id)))
                const first = rows.findIndex((row) => row !== undefined)
                throw first < 0
                  ? conflictOf(write, actual)
                  : conflictOf(earlier[first]!, rows[first]!.version)
              }
              ids.set(write.id, Store.isDelete(write) ? 0 : write.expectedVersion + 1)
            }
            // Every read check passed: issue all writes and history entries at once. A failure
            // is reported as if they had run one after another, except that a conflict comes
            // first: a commit with a stale create or a duplicate history entry is a Conflict,
            // whatever else is wrong with it (see `firstConflict`).
            const writing = makeBatch()
            let failure: { readonly at: number; readonly error: unknown } | undefined
            const fail = (at: number, error: unknown) => {
              if (failure === undefined || at < failure.at) failure = { at, error }
            }
            // Positions (writes, then history entries) whose request succeeded or failed on a key
            // that already exists; anything else was never issued or failed for another reason.
            const succeeded = new Set<number>()
            const constrained = new Set<number>()
            const issue = (at: number, request: IDBRequest) =>
              writing.send(
                request,
                () => succeeded.add(at),
                (error) => {
                  if (error?.name === "ConstraintError") constrained.add(at)
                  fail(at, error)
                }
              )
            let position = 0
            try {
              for (let at = 0; at < writes.length; at++) {
                position = at
                const write = writes[at]!
                const store = storeOf(write.collection)
                if (Store.isDelete(write)) {
                  // Expecting version 0 means the record is absent: nothing to delete.
                  if (write.expectedVersion > 0) issue(at, store.delete(write.id))
                } else {
                  const row: Row = { id: write.id, version: write.expectedVersion + 1, value: write.value }
                  issue(at, created[at] ? store.add(row) : store.put(row))
                }
              }
              // History is keyed by (collection, recordId, version): an existing entry makes the
              // add fail with ConstraintError, which is a conflict, not a storage failure.
              for (let index = 0; index < history.length; index++) {
                position = writes.length + index
                issue(position, storeOf(historyStore).add(history[index]!))
              }
            } catch (error) {
              // Thrown while issuing (a value that cannot be cloned, a key that is not a key): the
              // requests already in flight still settle before the failure is reported.
              fail(position, error)
            }
            const written = writing.settled()
            if (written !== undefined) await written
            if (failure !== undefined) {
              const conflict = await firstConflict(
                tx,
                writes,
                created,
                history,
                succeeded,
                constrained
              ).catch(() => undefined)
              if (conflict !== undefined) throw conflict
              // A request aborted with the transaction says only AbortError; the transaction
              // knows why (e.g. QuotaExceededError).
              throw errorName(failure.error) === "AbortError" && tx.error !== null ? tx.error : failure.error
            }
            const fault = options.faults?.commit?.(commit)
            if (fault === "quota") throw new DOMException("Injected quota failure", "QuotaExceededError")
            if (fault === "abort") tx.abort()
            await done
          } catch (error) {
            try {
              tx.abort()
            } catch {
              // already aborted or finished
            }
            throw error
          }
        })
        const changes = Engine.changesOf(commit)
        hub.publish(changes)
        channel?.postMessage(changes)
        return changes
      })

    const query = (collection: string, query: Store.Query) =>
      Effect.gen(function* () {
        const { index, after, limit, desc, bounds } = yield* Engine.plan(resolved, collection, query)
        if (bounds.empty) return { items: [] }
        return yield* run<Store.Page, Store.StorageFailure>("query", async () => {
          const tx = database().transaction(collection, "readonly")
          const source = index === undefined ? tx.store : tx.store.index(index.name)
          const range = toRange(bounds)
          // A first page is read in one or two batch requests instead of a cursor step per row.
          if (after === undefined) {
            const batch = await firstPage(
              unwrap(source as never) as unknown as IDBObjectStore | IDBIndex,
              range,
              limit + 1,
              desc
            )
            if (batch !== undefined) {
              const rows = batch.map(({ primaryKey, value }) => ({
                key:
                  index === undefined
                    ? (primaryKey as Keys.Key)
                    : (Keys.extract((value as Row).value, index.keyPath) as Keys.Key),
                id: primaryKey as string,
                row: value as Row
              }))
              return pageOf(collection, query.index, rows, limit)
            }
          }
          let cursor: IDBPCursorWithValue<unknown, Array<string>, string, unknown, "readonly"> | null =
            await source.openCursor(range, desc ? "prev" : "next")
          if (after !== undefined && cursor !== null) {
            // Keyset paging: jump straight past the last item instead of scanning equal keys.
            if (index !== undefined && Keys.compare(cursor.key as Keys.Key, after.key) === 0) {
              const position = Keys.compare(cursor.primaryKey as Keys.Key, after.id)
              if (desc ? position > 0 : position < 0)
                cursor = await cursor.continuePrimaryKey(after.key as IDBValidKey, after.id)
            }
            if (
              cursor !== null &&
              Keys.compare(cursor.key as Keys.Key, after.key) === 0 &&
              cursor.primaryKey === after.id
            ) {
              cursor = await cursor.continue()
            }
          }
          const rows: Array<{ key: Keys.Key; id: string; row: Row }> = []
          while (cursor !== null && rows.length <= limit) {
            rows.push({
              key: cursor.key as Keys.Key,
              id: cursor.primaryKey as string,
              row: cursor.value as Row
            })
            cursor = await cursor.continue()
          }
          return pageOf(collection, query.index, rows, limit)
        })
      })

    const history = (collection: string, recordId: string) =>
      Effect.flatMap(Engine.collection(resolved, collection), () =>
        run<ReadonlyArray<Store.HistoryEntry>, Store.StorageFailure>("history", async () => {
          const range = IDBKeyRange.bound([collection, recordId], [collection, recordId, []])
          return (await database().getAll(historyStore, range)) as Array<Store.HistoryEntry>
        })
      )

    const exportAll = run<Store.ExportDocument, Store.StorageFailure>("export", async () => {
      const names = [...resolved.collections.keys()]
      const tx = database().transaction([...names, historyStore], "readonly")
      const collections: Record<string, Array<Row>> = {}
      for (const name of names) {
        collections[name] = ((await tx.objectStore(name).getAll()) as Array<Row>).map((row) => ({
          id: row.id,
          version: row.version,
          value: row.value
        }))
      }
      const history = (await tx.objectStore(historyStore).getAll()) as Array<Store.HistoryEntry>
      return { format: "frontdesk-store", schemaVersion: resolved.definition.version, collections, history }
    })

    const importAll = (input: unknown) =>
      Effect.gen(function* () {
        const document = yield* Engine.decodeImport(resolved, input)
        const changes = yield* run<
          Array<Store.Change>,
          Store.QuotaExceeded | Store.Aborted | Store.StorageFailure
        >("import", async () => {
          const names = [...resolved.collections.keys()]
          const tx = database().transaction([...names, historyStore], "readwrite")
          tx.done.catch(() => undefined)
          const changes: Array<Store.Change> = []
          try {
            for (const name of names) {
              const store: IDBPObjectStore<unknown, Array<string>, string, "readwrite"> = tx.objectStore(name)
              const incoming = document.collections[name] ?? []
              const ids = new Set(incoming.map((item) => item.id))
              for (const old of (await store.getAll()) as Array<Row>) {
                if (!ids.has(old.id)) {
                  changes.push({ collection: name, id: old.id, version: old.version + 1, deleted: true })
                }
              }
              await store.clear()
              for (const item of incoming) {
                await store.put({ id: item.id, version: item.version, value: item.value })
                changes.push({ collection: name, id: item.id, version: item.version })
              }
            }
            const store = tx.objectStore(historyStore)
            await store.clear()
            for (const entry of document.history) await store.add(entry)
            await tx.done
          } catch (error) {
            try {
              tx.abort()
            } catch {
              // already aborted or finished
            }
            throw error
          }
          return changes
        })
        hub.publish(changes)
        channel?.postMessage(changes)
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
 * A layer of an IndexedDB Store.
 *
 * @example
 * ```ts
 * import { layerIndexedDb } from "@frontdesk/storage/indexeddb"
 * import { Store } from "@frontdesk/storage"
 * const layer = layerIndexedDb({ name: "frontdesk", schema: Store.define({ version: 1, collections: [] }) })
 * ```
 * @category layers
 * @since 0.1.0
 */
export const layerIndexedDb = (options: Options): Layer.Layer<Store.Store, Store.OpenError> =>
  Layer.effect(Store.Store)(makeIndexedDb(options))
