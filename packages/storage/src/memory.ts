/**
 * The memory adapter: a Store held in this process, for tests, demos and server-side rendering.
 * It follows IndexedDB's key order and indexing rules exactly, so it behaves as the browser does.
 *
 * @example
 * ```ts
 * import { Store } from "@frontdesk/storage"
 * import { layerMemory, makeDatabase } from "@frontdesk/storage/memory"
 * const schema = Store.define({ version: 1, collections: [{ name: "tickets" }] })
 * const database = makeDatabase()
 * const firstTab = layerMemory(schema, { database })
 * const secondTab = layerMemory(schema, { database }) // sees firstTab's commits, as another tab would
 * ```
 * @module
 * @since 0.1.0
 */
import { Effect, Layer, Result } from "effect"
import * as Engine from "./internal/engine.js"
import * as Keys from "./internal/keys.js"
import * as Store from "./Store.js"

interface State {
  version: number
  collections: Map<string, Map<string, Store.Item>>
  history: Map<string, Store.HistoryEntry>
  readonly hub: Engine.Hub
}

const states = new WeakMap<Database, State>()

/**
 * Memory that outlives one store instance: open several stores on one database to act as
 * several tabs (they see each other's changes), or reopen it with a newer schema to migrate.
 *
 * @example
 * ```ts
 * import { makeDatabase } from "@frontdesk/storage/memory"
 * const database = makeDatabase()
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Database {
  readonly _tag: "MemoryDatabase"
}

/**
 * Makes an empty memory database.
 *
 * @example
 * ```ts
 * import { makeDatabase } from "@frontdesk/storage/memory"
 * const database = makeDatabase()
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const makeDatabase = (): Database => {
  const database: Database = { _tag: "MemoryDatabase" }
  states.set(database, { version: 0, collections: new Map(), history: new Map(), hub: Engine.makeHub() })
  return database
}

/**
 * Options of the memory adapter.
 *
 * @example
 * ```ts
 * import type { Options } from "@frontdesk/storage/memory"
 * const options: Options = {}
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Options {
  /** The memory to open; a fresh one when absent. */
  readonly database?: Database | undefined
  /** Failures to inject, for the conformance suite. */
  readonly faults?: Store.Faults | undefined
}

const clone = <A>(value: A, operation: string): Effect.Effect<A, Store.StorageFailure> =>
  Effect.try({
    try: () => structuredClone(value),
    catch: (cause) => new Store.StorageFailure({ operation, detail: "value is not cloneable", cause })
  })

const migrate = (state: State, resolved: Engine.Resolved): Effect.Effect<void, Store.OpenError> => {
  const target = resolved.definition.version
  if (state.version > target) {
    return Effect.fail(
      new Store.StorageFailure({
        operation: "open",
        detail: `database version ${state.version} is newer than schema version ${target}`
      })
    )
  }
  if (state.version < target) {
    const removed = Engine.removedCollection(state.collections.keys(), resolved)
    if (removed !== undefined)
      return Effect.fail(new Store.MigrationRefused({ version: target, collection: removed }))
    // Migrate into new maps and swap them in only when every value migrated and every unique
    // index holds, as the upgrade transaction of IndexedDB does: a failed upgrade changes nothing.
    const migrated = new Map<string, Map<string, Store.Item>>()
    for (const [name, items] of state.collections) {
      const next = new Map<string, Store.Item>()
      for (const [id, item] of items) {
        if (state.version === 0) {
          next.set(id, item)
          continue
        }
        try {
          next.set(id, {
            ...item,
            value: Engine.migrateValue(resolved.definition, state.version, name, id, item.value)
          })
        } catch (error) {
          return Effect.fail(error as Store.StorageFailure)
        }
      }
      const clash = Engine.uniqueClash(resolved, name, next.values())
      if (clash !== undefined) {
        return Effect.fail(new Store.StorageFailure({ operation: "open", detail: clash }))
      }
      migrated.set(name, next)
    }
    state.collections = migrated
    state.version = target
  }
  for (const name of resolved.collections.keys()) {
    if (!state.collections.has(name)) state.collections.set(name, new Map())
  }
  return Effect.void
}

/**
 * Opens a memory Store.
 *
 * @example
 * ```ts
 * import { makeMemory } from "@frontdesk/storage/memory"
 * import { Store } from "@frontdesk/storage"
 * import { Effect } from "effect"
 * const program = Effect.gen(function* () {
 *   const store = yield* makeMemory(Store.define({ version: 1, collections: [{ name: "tickets" }] }))
 *   yield* store.commit({ writes: [{ collection: "tickets", id: "t-1", expectedVersion: 0, value: {} }] })
 * })
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const makeMemory = (
  schema: Store.Definition,
  options: Options = {}
): Effect.Effect<Store.Store, Store.OpenError> =>
  Effect.gen(function* () {
    const resolved = yield* Result.match(Engine.resolve(schema), {
      onFailure: (error) => Effect.fail(error),
      onSuccess: (value) => Effect.succeed(value)
    })
    const state = states.get(options.database ?? makeDatabase())!
    yield* migrate(state, resolved)
    const faults = options.faults
    const itemsOf = (collection: string) => state.collections.get(collection)!

    const get = (collection: string, id: string) =>
      Effect.flatMap(Engine.collection(resolved, collection), () => clone(itemsOf(collection).get(id), "get"))

    const commit = (commit: Store.Commit) =>
      Effect.gen(function* () {
        yield* Engine.checkCommit(resolved, commit)
        // Stage everything first and touch the state only once all checks passed, so a failed
        // commit leaves nothing behind. Versions and history keys are checked before anything
        // else, so a stale commit is a Conflict whatever else is wrong with it.
        const staged = new Map<string, Map<string, Store.Item | null>>()
        const current = (collection: string, id: string): Store.Item | undefined => {
          const stagedItems = staged.get(collection)
          if (stagedItems?.has(id)) return stagedItems.get(id) ?? undefined
          return itemsOf(collection).get(id)
        }
        for (const write of commit.writes) {
          const actual = current(write.collection, write.id)?.version ?? 0
          if (actual !== write.expectedVersion) {
            return yield* new Store.Conflict({
              collection: write.collection,
              id: write.id,
              expectedVersion: write.expectedVersion,
              actualVersion: actual
            })
          }
          const items = staged.get(write.collection) ?? new Map<string, Store.Item | null>()
          staged.set(write.collection, items)
          items.set(
            write.id,
            Store.isDelete(write)
              ? null
              : {
                  collection: write.collection,
                  id: write.id,
                  version: write.expectedVersion + 1,
                  value: write.value
                }
          )
        }
        const history = new Map<string, Store.HistoryEntry>()
        for (const entry of commit.history ?? []) {
          const key = Engine.historyKey(entry)
          if (state.history.has(key) || history.has(key)) {
            return yield* new Store.Conflict({
              collection: entry.collection,
              id: entry.recordId,
              expectedVersion: entry.version - 1,
              actualVersion: entry.version
            })
          }
          history.set(key, entry)
        }
        for (const items of staged.values()) {
          for (const [id, item] of items) {
            if (item !== null) items.set(id, { ...item, value: yield* clone(item.value, "commit") })
          }
        }
        for (const [key, entry] of history) history.set(key, yield* clone(entry, "commit"))
        for (const [collection, items] of staged) {
          const all = new Map(itemsOf(collection))
          for (const [id, item] of items) {
            if (item === null) all.delete(id)
            else all.set(id, item)
          }
          const clash = Engine.uniqueClash(resolved, collection, all.values())
          if (clash !== undefined) {
            return yield* new Store.StorageFailure({ operation: "commit", detail: clash })
          }
        }
        const fault = faults?.commit?.(commit)
        if (fault === "quota") return yield* new Store.QuotaExceeded({})
        if (fault === "abort") return yield* new Store.Aborted({})
        for (const [collection, items] of staged) {
          const target = itemsOf(collection)
          for (const [id, item] of items) {
            if (item === null) target.delete(id)
            else target.set(id, item)
          }
        }
        for (const [key, entry] of history) state.history.set(key, entry)
        const changes = Engine.changesOf(commit)
        state.hub.publish(changes)
        return changes
      })

    const query = (collection: string, query: Store.Query) =>
      Effect.gen(function* () {
        const { index, after, limit, desc, bounds } = yield* Engine.plan(resolved, collection, query)
        const entries: Array<{ key: Keys.Key; id: string; item: Store.Item }> = []
        for (const item of itemsOf(collection).values()) {
          const key = index === undefined ? item.id : Keys.extract(item.value, index.keyPath)
          if (key !== undefined && Engine.within(key, bounds)) entries.push({ key, id: item.id, item })
        }
        entries.sort(Engine.compareEntries)
        if (desc) entries.reverse()
        const rest =
          after === undefined
            ? entries
            : entries.filter((entry) => (desc ? -1 : 1) * Engine.compareEntries(entry, after) > 0)
        const page = rest.slice(0, limit)
        const last = page[page.length - 1]
        const items = yield* clone(
          page.map((entry) => entry.item),
          "query"
        )
        return rest.length > page.length && last !== undefined
          ? { items, cursor: Engine.encodeCursor(collection, query.index, last) }
          : { items }
      })

    const history = (collection: string, recordId: string) =>
      Effect.flatMap(Engine.collection(resolved, collection), () =>
        clone(
          [...state.history.values()]
            .filter((entry) => entry.collection === collection && entry.recordId === recordId)
            .sort((a, b) => a.version - b.version),
          "history"
        )
      )

    const exportAll = Effect.suspend(() => {
      const collections: Record<string, Array<{ id: string; version: number; value: unknown }>> = {}
      for (const name of resolved.collections.keys()) {
        collections[name] = [...itemsOf(name).values()]
          .sort((a, b) => Keys.compare(a.id, b.id))
          .map((item) => ({ id: item.id, version: item.version, value: item.value }))
      }
      const history = [...state.history.values()].sort(
        (a, b) =>
          Keys.compare(a.collection, b.collection) ||
          Keys.compare(a.recordId, b.recordId) ||
          a.version - b.version
      )
      const document: Store.ExportDocument = {
        format: "frontdesk-store",
        schemaVersion: resolved.definition.version,
        collections,
        history
      }
      return clone(document, "export")
    })

    const importAll = (input: unknown) =>
      Effect.gen(function* () {
        const document = yield* Engine.decodeImport(resolved, yield* clone(input, "import"))
        const changes: Array<Store.Change> = []
        const collections = new Map<string, Map<string, Store.Item>>()
        for (const name of resolved.collections.keys()) {
          const items = new Map<string, Store.Item>()
          for (const item of document.collections[name] ?? []) {
            items.set(item.id, { collection: name, ...item })
            changes.push({ collection: name, id: item.id, version: item.version })
          }
          for (const old of itemsOf(name).values()) {
            if (!items.has(old.id)) {
              changes.push({ collection: name, id: old.id, version: old.version + 1, deleted: true })
            }
          }
          collections.set(name, items)
        }
        state.collections = collections
        state.history = new Map(document.history.map((entry) => [Engine.historyKey(entry), entry]))
        state.hub.publish(changes)
      })

    return Store.Store.of({
      definition: resolved.definition,
      get,
      getMany: (collection, ids) =>
        Effect.flatMap(Engine.collection(resolved, collection), () =>
          clone(
            ids.map((id) => itemsOf(collection).get(id)),
            "getMany"
          )
        ),
      commit,
      query,
      history,
      watch: state.hub.watch,
      subscribe: state.hub.subscribe,
      exportAll,
      importAll
    })
  })

/**
 * A layer of a memory Store.
 *
 * @example
 * ```ts
 * import { layerMemory } from "@frontdesk/storage/memory"
 * import { Store } from "@frontdesk/storage"
 * const layer = layerMemory(Store.define({ version: 1, collections: [{ name: "tickets" }] }))
 * ```
 * @category layers
 * @since 0.1.0
 */
export const layerMemory = (
  schema: Store.Definition,
  options: Options = {}
): Layer.Layer<Store.Store, Store.OpenError> => Layer.effect(Store.Store)(makeMemory(schema, options))
