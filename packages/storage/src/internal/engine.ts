/**
 * What every adapter shares: schema resolution, index and range arithmetic, cursors, import
 * decoding and migration of values, and the change hub behind `watch`/`subscribe`.
 */
import type { Scope } from "effect"
import { Cause, Effect, Exit, Queue, Result, Schema, Stream } from "effect"
import * as Store from "../Store.js"
import * as Keys from "./keys.js"

/** Collections and indexes of a definition, by name. */
export interface Resolved {
  readonly definition: Store.Definition
  readonly collections: ReadonlyMap<string, ReadonlyMap<string, Store.IndexDefinition>>
}

/** Prefix reserved for an adapter's own bookkeeping (IndexedDB object stores such as `__history`). */
export const internalPrefix = "__"

const invalid = (detail: string) => new Store.StorageFailure({ operation: "open", detail })

/** Validates a definition and indexes it by name; `drafts` is added as `Store.define` does. */
export const resolve = (input: Store.Definition): Result.Result<Resolved, Store.StorageFailure> => {
  const definition = Store.define(input)
  if (!Number.isInteger(definition.version) || definition.version < 1) {
    return Result.fail(invalid(`schema version must be a positive integer, got ${definition.version}`))
  }
  const collections = new Map<string, Map<string, Store.IndexDefinition>>()
  for (const collection of definition.collections) {
    if (collection.name === "" || collection.name.startsWith(internalPrefix)) {
      return Result.fail(invalid(`collection name "${collection.name}" is empty or reserved`))
    }
    if (collections.has(collection.name)) {
      return Result.fail(invalid(`collection "${collection.name}" is declared twice`))
    }
    const indexes = new Map<string, Store.IndexDefinition>()
    for (const index of collection.indexes ?? []) {
      if (index.name === Store.idIndex || indexes.has(index.name)) {
        return Result.fail(invalid(`index "${collection.name}.${index.name}" is reserved or declared twice`))
      }
      const paths = typeof index.keyPath === "string" ? [index.keyPath] : index.keyPath
      if (paths.length === 0 || paths.some((path) => path === "")) {
        return Result.fail(invalid(`index "${collection.name}.${index.name}" has an empty key path`))
      }
      indexes.set(index.name, index)
    }
    collections.set(collection.name, indexes)
  }
  for (const migration of definition.migrations ?? []) {
    if (migration.version > definition.version) {
      return Result.fail(invalid(`migration ${migration.version} is newer than schema ${definition.version}`))
    }
  }
  return Result.succeed({ definition, collections })
}

/** The indexes of a declared collection, or `UnknownCollection`. */
export const collection = (
  resolved: Resolved,
  name: string
): Effect.Effect<ReadonlyMap<string, Store.IndexDefinition>, Store.UnknownCollection> => {
  const indexes = resolved.collections.get(name)
  return indexes === undefined
    ? Effect.fail(new Store.UnknownCollection({ collection: name }))
    : Effect.succeed(indexes)
}

/** Checks every collection a commit touches before any adapter starts a transaction. */
export const checkCommit = (
  resolved: Resolved,
  commit: Store.Commit
): Effect.Effect<void, Store.UnknownCollection> =>
  Effect.forEach(
    [...commit.writes.map((write) => write.collection), ...(commit.history ?? []).map((h) => h.collection)],
    (name) => collection(resolved, name),
    { discard: true }
  )

/** The index a query reads, `undefined` for the built-in `id` index, or `UnknownIndex`. */
export const index = (
  resolved: Resolved,
  collectionName: string,
  indexName: string
): Effect.Effect<Store.IndexDefinition | undefined, Store.UnknownCollection | Store.UnknownIndex> =>
  Effect.flatMap(collection(resolved, collectionName), (indexes) => {
    if (indexName === Store.idIndex) return Effect.succeed(undefined)
    const found = indexes.get(indexName)
    return found === undefined
      ? Effect.fail(new Store.UnknownIndex({ collection: collectionName, index: indexName }))
      : Effect.succeed(found)
  })

/** The changes a commit makes, in write order. */
export const changesOf = (commit: Store.Commit): ReadonlyArray<Store.Change> =>
  commit.writes.map((write) =>
    Store.isDelete(write)
      ? { collection: write.collection, id: write.id, version: write.expectedVersion + 1, deleted: true }
      : { collection: write.collection, id: write.id, version: write.expectedVersion + 1 }
  )

// ---------------------------------------------------------------------------------------------
// ranges and cursors
// ---------------------------------------------------------------------------------------------

/** A key range with IndexedDB's bounds; `empty` when no key can satisfy it. */
export interface Bounds {
  readonly lower?: Keys.Key | undefined
  readonly lowerOpen: boolean
  readonly upper?: Keys.Key | undefined
  readonly upperOpen: boolean
  readonly empty: boolean
}

const tighterLower = (bounds: Bounds, key: Keys.Key, open: boolean): Bounds => {
  if (bounds.lower === undefined) return { ...bounds, lower: key, lowerOpen: open }
  const c = Keys.compare(key, bounds.lower)
  if (c > 0) return { ...bounds, lower: key, lowerOpen: open }
  if (c === 0) return { ...bounds, lowerOpen: bounds.lowerOpen || open }
  return bounds
}

const tighterUpper = (bounds: Bounds, key: Keys.Key, open: boolean): Bounds => {
  if (bounds.upper === undefined) return { ...bounds, upper: key, upperOpen: open }
  const c = Keys.compare(key, bounds.upper)
  if (c < 0) return { ...bounds, upper: key, upperOpen: open }
  if (c === 0) return { ...bounds, upperOpen: bounds.upperOpen || open }
  return bounds
}

const settle = (bounds: Bounds): Bounds => {
  if (bounds.lower === undefined || bounds.upper === undefined) return bounds
  const c = Keys.compare(bounds.lower, bounds.upper)
  const empty = c > 0 || (c === 0 && (bounds.lowerOpen || bounds.upperOpen))
  return { ...bounds, empty }
}

const unbounded: Bounds = { lowerOpen: false, upperOpen: false, empty: false }

/**
 * The smallest key greater than `key`: the next double, the string with a NUL appended, the array
 * with the smallest key appended. A prefix `[a, b]` then spans `[a, b] ..< [a, successor(b)]`,
 * which holds every longer key starting with it whatever its later components are (a bound such
 * as `[a, b, []]` would leave out keys whose next component is a non-empty array).
 */
const successor = (key: Keys.Key): Keys.Key => {
  if (typeof key === "string") return `${key}\u0000`
  if (typeof key !== "number") return [...key, Number.NEGATIVE_INFINITY]
  if (key === Number.POSITIVE_INFINITY) return "" // strings follow every number
  if (key === 0) return Number.MIN_VALUE
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, key)
  // Doubles of one sign order as their bit patterns do: one step away from zero for positive
  // numbers, one step towards zero for negative ones.
  view.setBigInt64(0, view.getBigInt64(0) + (key > 0 ? 1n : -1n))
  return view.getFloat64(0)
}

/**
 * The bounds of a `where`, narrowed to start at the cursor's key (inclusive: records with that key
 * but a later id still follow). A compound prefix `[a]` spans `[a] ..< [successor(a)]`.
 */
export const bounds = (where: Store.Where | undefined, after: Cursor | undefined, desc: boolean): Bounds => {
  let result = unbounded
  if (where !== undefined) {
    if ("eq" in where) {
      result = { lower: where.eq, lowerOpen: false, upper: where.eq, upperOpen: false, empty: false }
    } else if ("prefix" in where) {
      const last = where.prefix[where.prefix.length - 1]
      // Every array starts with the empty prefix, and arrays sort after every other key.
      result =
        last === undefined
          ? { lower: [], lowerOpen: false, upperOpen: false, empty: false }
          : {
              lower: where.prefix,
              lowerOpen: false,
              upper: [...where.prefix.slice(0, -1), successor(last)],
              upperOpen: true,
              empty: false
            }
    } else {
      if (where.gt !== undefined) result = tighterLower(result, where.gt, true)
      if (where.gte !== undefined) result = tighterLower(result, where.gte, false)
      if (where.lt !== undefined) result = tighterUpper(result, where.lt, true)
      if (where.lte !== undefined) result = tighterUpper(result, where.lte, false)
    }
  }
  if (after !== undefined) {
    result = desc ? tighterUpper(result, after.key, false) : tighterLower(result, after.key, false)
  }
  return settle(result)
}

/** Tells whether a key lies within bounds. */
export const within = (key: Keys.Key, b: Bounds): boolean => {
  if (b.empty) return false
  if (b.lower !== undefined) {
    const c = Keys.compare(key, b.lower)
    if (c < 0 || (c === 0 && b.lowerOpen)) return false
  }
  if (b.upper !== undefined) {
    const c = Keys.compare(key, b.upper)
    if (c > 0 || (c === 0 && b.upperOpen)) return false
  }
  return true
}

/** Where the previous page ended: the last item's index key and id. */
export interface Cursor {
  readonly key: Keys.Key
  readonly id: string
}

/**
 * Cursors are opaque to callers; JSON keeps them debuggable and portable across adapters. They
 * name the collection and index they page through, because a key from one index means nothing in
 * another: read there, it would silently skip or repeat records.
 */
export const encodeCursor = (collection: string, index: string, cursor: Cursor): string =>
  JSON.stringify([collection, index, cursor.key, cursor.id])

/** Reads a cursor back, failing on anything this module did not write for this collection and index. */
export const decodeCursor = (
  cursor: string | undefined,
  collection: string,
  index: string
): Effect.Effect<Cursor | undefined, Store.StorageFailure> => {
  if (cursor === undefined) return Effect.succeed(undefined)
  const failure = (detail: string) => Effect.fail(new Store.StorageFailure({ operation: "query", detail }))
  let parsed: unknown
  try {
    parsed = JSON.parse(cursor)
  } catch {
    return failure(`invalid cursor ${cursor}`)
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 4 ||
    typeof parsed[0] !== "string" ||
    typeof parsed[1] !== "string" ||
    !Keys.isKey(parsed[2]) ||
    typeof parsed[3] !== "string"
  ) {
    return failure(`invalid cursor ${cursor}`)
  }
  if (parsed[0] !== collection || parsed[1] !== index) {
    return failure(
      `the cursor pages through ${parsed[0]}.${parsed[1]}, not ${collection}.${index}; start the query without it`
    )
  }
  return Effect.succeed({ key: parsed[2], id: parsed[3] })
}

/** Orders `(key, id)` pairs the way an IndexedDB index cursor walks them. */
export const compareEntries = (a: Cursor, b: Cursor): number =>
  Keys.compare(a.key, b.key) || Keys.compare(a.id, b.id)

/** The limit of a query, validated: a non-negative integer or none. */
export const limitOf = (query: Store.Query): Effect.Effect<number, Store.StorageFailure> => {
  const limit = query.limit ?? Number.POSITIVE_INFINITY
  return limit === Number.POSITIVE_INFINITY || (Number.isInteger(limit) && limit >= 0)
    ? Effect.succeed(limit)
    : Effect.fail(new Store.StorageFailure({ operation: "query", detail: `invalid limit ${limit}` }))
}

/** What every adapter needs to run a query: the index, where to resume, how many, which way, and the key range. */
export interface Plan {
  readonly index: Store.IndexDefinition | undefined
  readonly after: Cursor | undefined
  readonly limit: number
  readonly desc: boolean
  readonly bounds: Bounds
}

/**
 * Checks a query against the schema and works out its plan, so each adapter only walks its own
 * storage and no adapter validates a query differently from another.
 */
export const plan = (
  resolved: Resolved,
  collectionName: string,
  query: Store.Query
): Effect.Effect<Plan, Store.UnknownCollection | Store.UnknownIndex | Store.StorageFailure> =>
  Effect.gen(function* () {
    const found = yield* index(resolved, collectionName, query.index)
    const after = yield* decodeCursor(query.cursor, collectionName, query.index)
    const limit = yield* limitOf(query)
    const desc = query.order === "desc"
    return { index: found, after, limit, desc, bounds: bounds(query.where, after, desc) }
  })

// ---------------------------------------------------------------------------------------------
// import and migrations
// ---------------------------------------------------------------------------------------------

/**
 * Applies the value transforms of migrations in `(from, to]`, oldest first. A transform that
 * throws becomes a `StorageFailure` naming the migration and the record, so a broken migration is
 * reported (and its transaction undone) instead of escaping as a defect.
 */
export const migrateValue = (
  definition: Store.Definition,
  from: number,
  collectionName: string,
  id: string,
  value: unknown
): unknown => {
  const steps = [...(definition.migrations ?? [])]
    .filter((m) => m.version > from && m.version <= definition.version)
    .sort((a, b) => a.version - b.version)
  let current = value
  for (const step of steps) {
    const up = step.up?.[collectionName]
    if (up === undefined) continue
    try {
      current = up(current, id)
    } catch (cause) {
      throw new Store.StorageFailure({
        operation: "migrate",
        detail: `migration ${step.version} failed on ${collectionName}/${id}: ${cause instanceof Error ? cause.message : String(cause)}`,
        cause
      })
    }
  }
  return current
}

/**
 * The first clash of a unique index among `items` (the whole content of a collection), described
 * for logs, or `undefined`. Records without the key are not in the index, so they never clash.
 */
export const uniqueClash = (
  resolved: Resolved,
  collectionName: string,
  items: Iterable<{ readonly id: string; readonly value: unknown }>
): string | undefined => {
  const unique = [...(resolved.collections.get(collectionName)?.values() ?? [])].filter(
    (index) => index.unique === true
  )
  if (unique.length === 0) return undefined
  const seen = unique.map(() => new Map<string, string>())
  for (const item of items) {
    for (let at = 0; at < unique.length; at++) {
      const key = Keys.extract(item.value, unique[at]!.keyPath)
      if (key === undefined) continue
      const text = JSON.stringify(key)
      const holder = seen[at]!.get(text)
      if (holder !== undefined) {
        return `unique index ${collectionName}.${unique[at]!.name} holds ${text} for both ${holder} and ${item.id}`
      }
      seen[at]!.set(text, item.id)
    }
  }
  return undefined
}

/** The first collection that existed before and is missing now, if any. */
export const removedCollection = (existing: Iterable<string>, resolved: Resolved): string | undefined => {
  for (const name of existing) {
    if (!name.startsWith(internalPrefix) && !resolved.collections.has(name)) return name
  }
  return undefined
}

/**
 * Decodes an export for import: shape, known collections, unique ids and history keys, and a
 * schema version no newer than the store's (older documents are migrated forward).
 */
export const decodeImport = (
  resolved: Resolved,
  input: unknown
): Effect.Effect<Store.ExportDocument, Store.InvalidImport> => {
  const exit = Schema.decodeUnknownExit(Store.ExportDocumentSchema)(input)
  if (Exit.isFailure(exit)) {
    const error = Cause.squash(exit.cause)
    return Effect.fail(
      new Store.InvalidImport({ detail: error instanceof Error ? error.message : String(error) })
    )
  }
  const document = exit.value as Store.ExportDocument
  const reject = (detail: string) => Effect.fail(new Store.InvalidImport({ detail }))
  if (document.schemaVersion > resolved.definition.version) {
    return reject(
      `document schema ${document.schemaVersion} is newer than store schema ${resolved.definition.version}`
    )
  }
  const collections: Record<string, Array<{ id: string; version: number; value: unknown }>> = {}
  for (const [name, items] of Object.entries(document.collections)) {
    if (!resolved.collections.has(name)) return reject(`collection "${name}" is not declared`)
    const ids = new Set<string>()
    const migrated: Array<{ id: string; version: number; value: unknown }> = []
    for (const item of items) {
      if (ids.has(item.id)) return reject(`record "${name}/${item.id}" appears twice`)
      ids.add(item.id)
      let value: unknown
      try {
        value = migrateValue(resolved.definition, document.schemaVersion, name, item.id, item.value)
      } catch (error) {
        return reject(error instanceof Store.StorageFailure ? error.detail : String(error))
      }
      migrated.push({ id: item.id, version: item.version, value })
    }
    const clash = uniqueClash(resolved, name, migrated)
    if (clash !== undefined) return reject(clash)
    collections[name] = migrated
  }
  const keys = new Set<string>()
  for (const entry of document.history) {
    if (!resolved.collections.has(entry.collection))
      return reject(`collection "${entry.collection}" is not declared`)
    const key = historyKey(entry)
    if (keys.has(key)) return reject(`history entry ${key} appears twice`)
    keys.add(key)
  }
  return Effect.succeed({ ...document, schemaVersion: resolved.definition.version, collections })
}

/** The unique key of a history entry, as a string for maps and sets. */
export const historyKey = (entry: { collection: string; recordId: string; version: number }): string =>
  JSON.stringify([entry.collection, entry.recordId, entry.version])

// ---------------------------------------------------------------------------------------------
// change hub
// ---------------------------------------------------------------------------------------------

/** Fans changes out to listeners; `watch` and `subscribe` of a Store are built on it. */
export interface Hub {
  readonly publish: (changes: ReadonlyArray<Store.Change>) => void
  readonly subscribe: (listener: (change: Store.Change) => void) => Effect.Effect<void, never, Scope.Scope>
  readonly watch: Stream.Stream<Store.Change>
}

/** A hub; a throwing listener is isolated so it can never undo or break a commit. */
export const makeHub = (): Hub => {
  const listeners = new Set<(change: Store.Change) => void>()
  const subscribe = (listener: (change: Store.Change) => void) =>
    Effect.acquireRelease(
      Effect.sync(() => {
        const own = (change: Store.Change) => listener(change)
        listeners.add(own)
        return own
      }),
      (own) => Effect.sync(() => listeners.delete(own))
    ).pipe(Effect.asVoid)
  return {
    publish: (changes) => {
      for (const change of changes) {
        for (const listener of [...listeners]) {
          try {
            listener(change)
          } catch (error) {
            queueMicrotask(() => {
              throw error
            })
          }
        }
      }
    },
    subscribe,
    watch: Stream.callback<Store.Change>((queue) =>
      subscribe((change) => {
        Queue.offerUnsafe(queue, change)
      })
    )
  }
}
