/**
 * What the SQLite and PostgreSQL adapters share: the byte encoding of index keys, strict JSON
 * serialisation, identifiers and literals, the key-range clauses of a query, and how a failed
 * commit finds the conflict it should report.
 *
 * Index keys are encoded into bytes whose plain byte order (`memcmp`, which is how SQLite orders
 * BLOBs and PostgreSQL orders `bytea`) is IndexedDB's key order: numbers before strings before
 * arrays, numbers numerically, strings by UTF-16 code units, arrays element by element. The SQL
 * index is then an expression index on `frontdesk_key(value, keyPath)`, the same encoding computed
 * by the database (a deterministic function in SQLite, an immutable PL/pgSQL function in
 * PostgreSQL), so one byte comparison answers every mixed-type range the contract allows.
 */

import * as Store from "../Store.js"
import * as Engine from "./engine.js"
import * as Keys from "./keys.js"

// ---------------------------------------------------------------------------------------------
// key encoding
// ---------------------------------------------------------------------------------------------

const numberTag = 0x10
const stringTag = 0x20
const arrayTag = 0x30
const end = 0x00

const writeKey = (key: Keys.Key, out: Array<number>): void => {
  if (typeof key === "number") {
    out.push(numberTag)
    const view = new DataView(new ArrayBuffer(8))
    // -0 and 0 are the same key in IndexedDB.
    view.setFloat64(0, key === 0 ? 0 : key)
    // Positive doubles order as their bits with the sign bit set; negative ones as their
    // complemented bits, so that larger magnitudes come first.
    const negative = (view.getUint8(0) & 0x80) !== 0
    for (let i = 0; i < 8; i++) {
      const byte = view.getUint8(i)
      out.push(negative ? byte ^ 0xff : i === 0 ? byte ^ 0x80 : byte)
    }
    return
  }
  if (typeof key === "string") {
    out.push(stringTag)
    for (let i = 0; i < key.length; i++) {
      // Each UTF-16 code unit, plus one so that no unit starts with the terminator byte, in an
      // order-preserving prefix code: 1 byte below 0x80, 2 bytes below 0x4000, else 3 bytes.
      const v = key.charCodeAt(i) + 1
      if (v < 0x80) out.push(v)
      else if (v < 0x4000) out.push(0x80 | (v >> 8), v & 0xff)
      else out.push(0xc0 | (v >> 16), (v >> 8) & 0xff, v & 0xff)
    }
    out.push(end)
    return
  }
  out.push(arrayTag)
  for (const part of key) writeKey(part, out)
  out.push(end)
}

/** The bytes of a key; byte order is key order. */
export const encodeKey = (key: Keys.Key): Uint8Array => {
  const out: Array<number> = []
  writeKey(key, out)
  return Uint8Array.from(out)
}

/** The name of the SQL function that computes an index key from a record's JSON value. */
export const keyFunction = "frontdesk_key"

const parsedPaths = new Map<string, Store.KeyPath>()

/**
 * The key a JSON value has under a key path given as JSON text (`"state"` or `["a","b"]`), as
 * bytes, or `null` when the record is not in the index. SQLite calls this for its expression
 * indexes; PostgreSQL's function computes the same bytes.
 */
export const keyOfJson = (valueJson: string, keyPathJson: string): Uint8Array | null => {
  let keyPath = parsedPaths.get(keyPathJson)
  if (keyPath === undefined) {
    keyPath = JSON.parse(keyPathJson) as Store.KeyPath
    parsedPaths.set(keyPathJson, keyPath)
  }
  const key = Keys.extract(JSON.parse(valueJson) as unknown, keyPath)
  return key === undefined ? null : encodeKey(key)
}

/** A key path as the JSON text literal that index expressions and queries both use. */
export const keyPathJson = (keyPath: Store.KeyPath): string => JSON.stringify(keyPath)

// ---------------------------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------------------------

/** Thrown by {@link toJson} for a value that JSON cannot hold exactly. */
export class NotJson extends Error {}

const check = (value: unknown, path: string): void => {
  switch (typeof value) {
    case "string":
    case "boolean":
      return
    case "number":
      if (!Number.isFinite(value)) throw new NotJson(`${path} is ${value}, which JSON cannot hold`)
      return
    case "object": {
      if (value === null) return
      if (Array.isArray(value)) {
        value.forEach((item, at) => {
          if (item === undefined) throw new NotJson(`${path}[${at}] is undefined`)
          check(item, `${path}[${at}]`)
        })
        return
      }
      const prototype = Object.getPrototypeOf(value) as unknown
      if (prototype !== Object.prototype && prototype !== null) {
        throw new NotJson(`${path} is a ${value.constructor?.name ?? "non-plain object"}, not plain JSON`)
      }
      for (const [key, item] of Object.entries(value)) {
        // An absent optional property, as JSON writes it.
        if (item !== undefined) check(item, `${path}.${key}`)
      }
      return
    }
    default:
      throw new NotJson(`${path} is a ${typeof value}, which JSON cannot hold`)
  }
}

/**
 * JSON text of a value, refusing what JSON would silently change (functions, symbols, `NaN`,
 * dates, maps, class instances): a SQL store keeps JSON, and a record must read back as written.
 */
export const toJson = (value: unknown, what: string): string => {
  if (value === undefined) throw new NotJson(`${what} is undefined`)
  check(value, what)
  return JSON.stringify(value)
}

// ---------------------------------------------------------------------------------------------
// identifiers and layout
// ---------------------------------------------------------------------------------------------

/** A double-quoted SQL identifier. */
export const ident = (name: string): string => `"${name.replaceAll('"', '""')}"`

/** A single-quoted SQL string literal. */
export const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`

/** A short, stable hash (FNV-1a, 8 hex digits) for names that must stay within identifier limits. */
export const fnv = (text: string): string => {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, "0")
}

/**
 * The SQL name of a declared index: readable, and short enough for PostgreSQL's 63-byte limit,
 * with a hash that keeps two declarations from ever sharing a name.
 */
export const indexName = (collection: string, index: string): string =>
  `ix_${`${collection}_${index}`.replace(/[^A-Za-z0-9_]/g, "_").slice(0, 40)}_${fnv(`${collection}\u0000${index}`)}`

/** What identifies an index's content; when it changes, the SQL index is rebuilt. */
export const indexDefinition = (index: Store.IndexDefinition): string =>
  JSON.stringify({ keyPath: index.keyPath, unique: index.unique === true })

// ---------------------------------------------------------------------------------------------
// queries
// ---------------------------------------------------------------------------------------------

/** A parameter placeholder for the n-th parameter (1-based): `?` in SQLite, `$n` in PostgreSQL. */
export type Placeholder = (n: number) => string

/** WHERE clauses and their parameters for a query plan, or `undefined` when nothing can match. */
export interface Clauses {
  readonly sql: ReadonlyArray<string>
  readonly params: ReadonlyArray<unknown>
}

/**
 * The key-range and cursor clauses of a plan. `keyExpr` is the indexed expression (or `id`);
 * declared indexes compare encoded keys, the id index compares ids as text (every id is a string,
 * so a numeric bound admits all of them and an array bound none).
 */
export const rangeClauses = (
  plan: Engine.Plan,
  keyExpr: string,
  placeholder: Placeholder,
  firstParam: number
): Clauses | undefined => {
  const sql: Array<string> = []
  const params: Array<unknown> = []
  const add = (clause: (p: Array<string>) => string, ...values: Array<unknown>) => {
    const holders = values.map((value) => {
      params.push(value)
      return placeholder(firstParam + params.length - 1)
    })
    sql.push(clause(holders))
  }
  const { bounds, after, desc, index } = plan
  if (bounds.empty) return undefined
  if (index === undefined) {
    const rank = (key: Keys.Key) => (typeof key === "number" ? 0 : typeof key === "string" ? 1 : 2)
    if (bounds.lower !== undefined) {
      const r = rank(bounds.lower)
      if (r === 2) return undefined
      if (r === 1) add(([p]) => `id ${bounds.lowerOpen ? ">" : ">="} ${p}`, bounds.lower)
    }
    if (bounds.upper !== undefined) {
      const r = rank(bounds.upper)
      if (r === 0) return undefined
      if (r === 1) add(([p]) => `id ${bounds.upperOpen ? "<" : "<="} ${p}`, bounds.upper)
    }
    if (after !== undefined) add(([p]) => `id ${desc ? "<" : ">"} ${p}`, after.id)
    return { sql, params }
  }
  sql.push(`${keyExpr} IS NOT NULL`)
  if (bounds.lower !== undefined) {
    add(([p]) => `${keyExpr} ${bounds.lowerOpen ? ">" : ">="} ${p}`, encodeKey(bounds.lower))
  }
  if (bounds.upper !== undefined) {
    add(([p]) => `${keyExpr} ${bounds.upperOpen ? "<" : "<="} ${p}`, encodeKey(bounds.upper))
  }
  if (after !== undefined) {
    add(([k, i]) => `(${keyExpr}, id) ${desc ? "<" : ">"} (${k}, ${i})`, encodeKey(after.key), after.id)
  }
  return { sql, params }
}

/** The page a query returns from the rows it read (at most `limit + 1`). */
export const pageOf = (
  collection: string,
  query: Store.Query,
  plan: Engine.Plan,
  rows: ReadonlyArray<Store.Item>
): Store.Page => {
  const page = rows.slice(0, plan.limit)
  const last = page[page.length - 1]
  if (rows.length <= page.length || last === undefined) return { items: page }
  const key = plan.index === undefined ? last.id : Keys.extract(last.value, plan.index.keyPath)
  return key === undefined
    ? { items: page }
    : { items: page, cursor: Engine.encodeCursor(collection, query.index, { key, id: last.id }) }
}

// ---------------------------------------------------------------------------------------------
// conflicts
// ---------------------------------------------------------------------------------------------

/** The record keys a commit's writes touch and the history keys it adds, to read their state. */
export const touched = (
  commit: Store.Commit
): {
  readonly records: ReadonlyArray<{ readonly collection: string; readonly id: string }>
  readonly history: ReadonlyArray<Store.HistoryEntry>
} => {
  const seen = new Set<string>()
  const records: Array<{ collection: string; id: string }> = []
  for (const write of commit.writes) {
    const key = JSON.stringify([write.collection, write.id])
    if (!seen.has(key)) {
      seen.add(key)
      records.push({ collection: write.collection, id: write.id })
    }
  }
  return { records, history: commit.history ?? [] }
}

/** A map key for a record. */
export const recordKey = (collection: string, id: string): string => JSON.stringify([collection, id])

/**
 * The first conflict of a commit in commit order (writes, each checked against the one before it
 * on the same record, then history entries), given the stored versions of the records it touches
 * (absent: no record) and the history keys that already exist. A commit that failed for any other
 * reason reports this conflict instead, so a stale commit is a Conflict whatever else is wrong.
 */
export const firstConflict = (
  commit: Store.Commit,
  versions: ReadonlyMap<string, number>,
  existingHistory: ReadonlySet<string>
): Store.Conflict | undefined => {
  const staged = new Map(versions)
  for (const write of commit.writes) {
    const key = recordKey(write.collection, write.id)
    const actual = staged.get(key) ?? 0
    if (actual !== write.expectedVersion) {
      return new Store.Conflict({
        collection: write.collection,
        id: write.id,
        expectedVersion: write.expectedVersion,
        actualVersion: actual
      })
    }
    staged.set(key, Store.isDelete(write) ? 0 : write.expectedVersion + 1)
  }
  const added = new Set<string>()
  for (const entry of commit.history ?? []) {
    const key = Engine.historyKey(entry)
    if (existingHistory.has(key) || added.has(key)) {
      return new Store.Conflict({
        collection: entry.collection,
        id: entry.recordId,
        expectedVersion: entry.version - 1,
        actualVersion: entry.version
      })
    }
    added.add(key)
  }
  return undefined
}

/** Serialised values and history entries of a commit, or the first that JSON cannot hold. */
export const serializeCommit = (
  commit: Store.Commit
):
  | { readonly values: ReadonlyArray<string | undefined>; readonly entries: ReadonlyArray<string> }
  | { readonly failure: string } => {
  try {
    const values = commit.writes.map((write, at) =>
      Store.isDelete(write) ? undefined : toJson(write.value, `writes[${at}].value`)
    )
    const entries = (commit.history ?? []).map((entry, at) => toJson(entry, `history[${at}]`))
    return { values, entries }
  } catch (error) {
    return { failure: error instanceof Error ? error.message : String(error) }
  }
}
