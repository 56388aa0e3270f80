/**
 * Index keys with IndexedDB's semantics, so the memory adapter orders and filters exactly as
 * IndexedDB does and the conformance suite can hold every adapter to one behaviour.
 */

import type * as Store from "../Store.js"

/** A valid index key: a number, a string, or an array of keys (IndexedDB's key space minus dates and binaries). */
export type Key = Store.Key

/** Tells whether a value is a valid key; booleans, null, NaN and objects are not, so they are not indexed. */
export const isKey = (value: unknown): value is Key => {
  if (typeof value === "number") return !Number.isNaN(value)
  if (typeof value === "string") return true
  if (Array.isArray(value)) return value.every(isKey)
  return false
}

const rank = (key: Key): number => (typeof key === "number" ? 0 : typeof key === "string" ? 1 : 2)

/** IndexedDB's key order: numbers < strings < arrays; strings by UTF-16 code units; arrays element-wise. */
export const compare = (a: Key, b: Key): -1 | 0 | 1 => {
  const ra = rank(a)
  const rb = rank(b)
  if (ra !== rb) return ra < rb ? -1 : 1
  if (typeof a === "number" || typeof a === "string") {
    return a < (b as typeof a) ? -1 : a > (b as typeof a) ? 1 : 0
  }
  const bs = b as ReadonlyArray<Key>
  const length = Math.min(a.length, bs.length)
  for (let i = 0; i < length; i++) {
    const c = compare(a[i]!, bs[i]!)
    if (c !== 0) return c
  }
  return a.length === bs.length ? 0 : a.length < bs.length ? -1 : 1
}

const at = (value: unknown, path: string): unknown => {
  let current = value
  for (const part of path.split(".")) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, part)) return undefined
    current = (current as Record<string, unknown>)[part]
  }
  return current
}

/**
 * The key a value has in an index, or `undefined` when it has none (a missing or non-key
 * component), which is how IndexedDB decides that a record is left out of an index.
 */
export const extract = (value: unknown, keyPath: string | ReadonlyArray<string>): Key | undefined => {
  if (typeof keyPath === "string") {
    const key = at(value, keyPath)
    return isKey(key) ? key : undefined
  }
  const parts: Array<Key> = []
  for (const path of keyPath) {
    const key = at(value, path)
    if (!isKey(key)) return undefined
    parts.push(key)
  }
  return parts
}
