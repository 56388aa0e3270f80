import "fake-indexeddb/auto"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Keys from "../../src/internal/keys.js"

const key: fc.Arbitrary<Keys.Key> = fc.letrec<{ key: Keys.Key }>((tie) => ({
  key: fc.oneof(
    { depthSize: "small" },
    fc.double({ noNaN: true }),
    fc.integer(),
    fc.string(),
    fc.array(tie("key"), { maxLength: 3 })
  )
})).key

describe("index keys", () => {
  it("order exactly as IndexedDB's own key comparison does", () => {
    fc.assert(
      fc.property(key, key, (a, b) => {
        expect(Keys.compare(a, b)).toBe(indexedDB.cmp(a as IDBValidKey, b as IDBValidKey))
      }),
      { numRuns: 1000 }
    )
  })

  it("a value is indexed exactly when IndexedDB would index it", () => {
    const values = fc.oneof(key, fc.boolean(), fc.constant(null), fc.constant(Number.NaN), fc.object())
    fc.assert(
      fc.property(values, (value) => {
        let valid = true
        try {
          indexedDB.cmp(value as IDBValidKey, 0)
        } catch {
          valid = false
        }
        expect(Keys.isKey(value)).toBe(valid)
      })
    )
  })

  it("extracts dotted and compound key paths, leaving out records missing any component", () => {
    const value = { state: "open", data: { assignee: "u-1", flag: true }, dueAt: "2026-03-02" }
    expect(Keys.extract(value, "data.assignee")).toBe("u-1")
    expect(Keys.extract(value, ["data.assignee", "dueAt"])).toEqual(["u-1", "2026-03-02"])
    expect(Keys.extract(value, ["data.assignee", "data.missing"])).toBeUndefined()
    expect(Keys.extract(value, "data.flag")).toBeUndefined()
  })
})
