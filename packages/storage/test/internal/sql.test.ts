import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Keys from "../../src/internal/keys.js"
import { encodeKey, keyOfJson, toJson } from "../../src/internal/sql.js"

const compareBytes = (a: Uint8Array, b: Uint8Array): number => {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1
}

/** Keys as IndexedDB has them, with the awkward corners: -0, infinities, NUL, lone surrogates, nesting. */
const key: fc.Arbitrary<Keys.Key> = fc.letrec<{ key: Keys.Key }>((tie) => ({
  key: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.double({ noNaN: true }),
    fc.constantFrom(0, -0, 1, -1, Number.MAX_VALUE, -Number.MIN_VALUE),
    fc.string({ unit: "binary" }),
    fc.constantFrom("", "\u0000", "a\u0000", "\uffff", "\ud800", "\u{1f600}", "\ue000"),
    fc.array(tie("key"), { maxLength: 4 })
  )
})).key

describe("index key encoding", () => {
  it("byte order of encoded keys is IndexedDB's key order, for all keys", () => {
    fc.assert(
      fc.property(key, key, (a, b) => {
        expect(compareBytes(encodeKey(a), encodeKey(b))).toBe(Keys.compare(a, b))
      }),
      { numRuns: 2000 }
    )
  })

  it("UTF-16 code units decide, so U+E000 sorts after a character beyond U+FFFF", () => {
    expect(compareBytes(encodeKey("\u{1f600}"), encodeKey("\ue000"))).toBe(-1)
  })

  it("a value without the key path, or with a non-key there, has no key", () => {
    expect(keyOfJson(JSON.stringify({ state: true }), '"state"')).toBeNull()
    expect(keyOfJson(JSON.stringify({ data: {} }), '["data.assignee","dueAt"]')).toBeNull()
    expect(
      keyOfJson(JSON.stringify({ data: { assignee: "u-1" }, dueAt: 3 }), '["data.assignee","dueAt"]')
    ).toEqual(encodeKey(["u-1", 3]))
  })
})

describe("strict JSON", () => {
  it("plain JSON passes unchanged; absent optional properties are left out", () => {
    expect(toJson({ a: [1, "x", null, { b: false }], c: undefined }, "value")).toBe(
      '{"a":[1,"x",null,{"b":false}]}'
    )
  })

  it("what JSON would change silently is refused, naming where it is", () => {
    expect(() => toJson({ at: new Date(0) }, "value")).toThrow(/value\.at is a Date/)
    expect(() => toJson({ n: Number.POSITIVE_INFINITY }, "value")).toThrow(/value\.n/)
    expect(() => toJson({ f: () => 1 }, "value")).toThrow(/function/)
    expect(() => toJson([undefined], "value")).toThrow(/value\[0\]/)
    expect(() => toJson(undefined, "value")).toThrow(/undefined/)
  })
})
