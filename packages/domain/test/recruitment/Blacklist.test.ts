import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { Blacklist, collections } from "../../src/recruitment/index.js"
import { residentId } from "./fixtures.js"

describe("blacklist (黑名单)", () => {
  const id = residentId("19900307")
  const entry = Schema.decodeUnknownSync(Blacklist.EntrySchema)({
    residentId: id.toLowerCase(),
    name: "赵六",
    reason: "严重违纪被除名",
    dismissedOn: "2024-06-30"
  })

  it("entries are keyed by a valid resident ID, stored upper-case", () => {
    expect(entry.residentId).toBe(id)
    expect(() =>
      Schema.decodeUnknownSync(Blacklist.EntrySchema)({ ...entry, residentId: "110105199003071230" })
    ).toThrow()
  })

  it("the rules read it as resident IDs in the context", () => {
    const context = Blacklist.context([entry])
    expect(Blacklist.includes(context, id)).toBe(true)
    expect(Blacklist.includes(context, id.toLowerCase())).toBe(true)
    expect(Blacklist.includes(context, undefined)).toBe(false)
    expect(Blacklist.includes(undefined, id)).toBe(false)
  })

  it("has its own collection indexed by resident ID, so the personnel family can own it", () => {
    expect(collections.find((c) => c.name === Blacklist.collection)?.indexes).toEqual([
      { name: "byResidentId", keyPath: "residentId" }
    ])
  })
})
