import "fake-indexeddb/auto"
import { Store } from "@frontdesk/storage"
import { conformance } from "@frontdesk/storage/testing"
import { Effect } from "effect"
import { openDB } from "idb"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { layerIndexedDb, makeIndexedDb } from "../src/indexeddb.js"

conformance("indexeddb (fake-indexeddb)", (open) => layerIndexedDb(open))

// Browsers without IndexedDB 3.0's getAllRecords read a first page with getAll and getAllKeys.
describe("without getAllRecords", () => {
  const prototypes = [IDBObjectStore.prototype, IDBIndex.prototype] as Array<{ getAllRecords?: unknown }>
  const saved = prototypes.map((prototype) => prototype.getAllRecords)
  beforeAll(() => {
    for (const prototype of prototypes) delete prototype.getAllRecords
  })
  afterAll(() => {
    prototypes.forEach((prototype, i) => {
      prototype.getAllRecords = saved[i]
    })
  })
  it("has neither to hand", () => {
    expect("getAllRecords" in IDBIndex.prototype).toBe(false)
  })
  conformance("indexeddb (getAll and getAllKeys)", (open) => layerIndexedDb(open))
})

const v1 = Store.define({ version: 1, collections: [{ name: "tickets" }] })
const v2 = Store.define({ version: 2, collections: [{ name: "tickets" }, { name: "visits" }] })

describe("IndexedDB upgrades across tabs", () => {
  it("an upgrade blocked by a connection that never closes fails with UpgradeBlocked instead of hanging", async () => {
    const name = `blocked-${crypto.randomUUID()}`
    // A connection without a versionchange handler, like an old tab of another library.
    const stubborn = await openDB(name, 1)
    const error = await Effect.runPromise(Effect.flip(Effect.scoped(makeIndexedDb({ name, schema: v2 }))))
    expect(error).toMatchObject({ _tag: "UpgradeBlocked", database: name, version: 2 })
    stubborn.close()
    const tables = await Effect.runPromise(
      Effect.scoped(Effect.flatMap(makeIndexedDb({ name, schema: v2 }), (store) => store.exportAll))
    )
    expect(Object.keys(tables.collections).sort()).toEqual(["drafts", "tickets", "visits"])
  })

  it("an open store steps aside for a newer version and then reports that it was closed", async () => {
    const name = `stepping-${crypto.randomUUID()}`
    await Effect.runPromise(
      Effect.scoped(
        Effect.gen(function* () {
          const old = yield* makeIndexedDb({ name, schema: v1 })
          yield* old.commit({ writes: [{ collection: "tickets", id: "t-1", expectedVersion: 0, value: 1 }] })
          const upgraded = yield* makeIndexedDb({ name, schema: v2 })
          expect((yield* upgraded.get("tickets", "t-1"))?.value).toBe(1)
          const error = yield* Effect.flip(old.get("tickets", "t-1"))
          expect(error).toMatchObject({ _tag: "StorageFailure" })
          expect(error.message).toContain("newer version")
        })
      )
    )
  })

  it("opening with an older schema than the database has is a StorageFailure", async () => {
    const name = `older-${crypto.randomUUID()}`
    await Effect.runPromise(Effect.scoped(makeIndexedDb({ name, schema: v2 })))
    const error = await Effect.runPromise(Effect.flip(Effect.scoped(makeIndexedDb({ name, schema: v1 }))))
    expect(error._tag).toBe("StorageFailure")
  })
})
