import { Store } from "@frontdesk/storage"
import { conformance } from "@frontdesk/storage/testing"
import { Effect } from "effect"
import { openDB } from "idb"
import { describe, expect, it } from "vitest"
import { channelName, layerIndexedDb, makeIndexedDb } from "../src/indexeddb.js"

conformance("indexeddb (Chromium)", (open) => layerIndexedDb(open))

const schema = Store.define({ version: 1, collections: [{ name: "tickets" }] })

describe("IndexedDB across tabs in a real browser", () => {
  it("a commit in one tab reaches another tab's watchers over the database's BroadcastChannel", async () => {
    const name = `tabs-${crypto.randomUUID()}`
    // What another tab hears: a raw channel, which is all a tab without the store would have.
    const overheard: Array<unknown> = []
    const ear = new BroadcastChannel(channelName(name))
    ear.onmessage = (event) => overheard.push(event.data)
    const unrelated: Array<unknown> = []
    const other = new BroadcastChannel(channelName(`${name}-other`))
    other.onmessage = (event) => unrelated.push(event.data)
    await Effect.runPromise(
      Effect.scoped(
        Effect.gen(function* () {
          const tabA = yield* makeIndexedDb({ name, schema })
          const tabB = yield* makeIndexedDb({ name, schema })
          const seenByB: Array<Store.Change> = []
          const seenByA: Array<Store.Change> = []
          yield* tabB.subscribe((change) => seenByB.push(change))
          yield* tabA.subscribe((change) => seenByA.push(change))
          yield* tabA.commit({
            writes: [{ collection: "tickets", id: "t-1", expectedVersion: 0, value: { n: 1 } }]
          })
          for (let i = 0; i < 200 && (seenByB.length === 0 || overheard.length === 0); i++)
            yield* Effect.sleep(5)
          expect(seenByB).toEqual([{ collection: "tickets", id: "t-1", version: 1 }])
          // The committing tab hears its own change once, not again through the channel.
          expect(seenByA).toEqual([{ collection: "tickets", id: "t-1", version: 1 }])
          expect(overheard).toEqual([[{ collection: "tickets", id: "t-1", version: 1 }]])
          expect((yield* tabB.get("tickets", "t-1"))?.value).toEqual({ n: 1 })
        })
      )
    )
    ear.close()
    other.close()
    expect(unrelated).toEqual([])
  })
})

describe("IndexedDB changes across tabs after deletes and imports", () => {
  it("another tab hears a delete and every change an import makes, records the import removed marked deleted", async () => {
    const name = `tabs-import-${crypto.randomUUID()}`
    await Effect.runPromise(
      Effect.scoped(
        Effect.gen(function* () {
          const tabA = yield* makeIndexedDb({ name, schema })
          const tabB = yield* makeIndexedDb({ name, schema })
          const seenByB: Array<Store.Change> = []
          yield* tabB.subscribe((change) => seenByB.push(change))
          yield* tabA.commit({
            writes: ["t-1", "t-2"].map((id) => ({ collection: "tickets", id, expectedVersion: 0, value: id }))
          })
          yield* tabA.commit({
            writes: [{ collection: "tickets", id: "t-1", expectedVersion: 1, delete: true }]
          })
          yield* tabA.importAll({
            format: "frontdesk-store",
            schemaVersion: 1,
            collections: { tickets: [{ id: "t-3", version: 4, value: "imported" }] },
            history: []
          })
          for (let i = 0; i < 200 && seenByB.length < 5; i++) yield* Effect.sleep(5)
          expect(seenByB).toEqual([
            { collection: "tickets", id: "t-1", version: 1 },
            { collection: "tickets", id: "t-2", version: 1 },
            { collection: "tickets", id: "t-1", version: 2, deleted: true },
            { collection: "tickets", id: "t-2", version: 2, deleted: true },
            { collection: "tickets", id: "t-3", version: 4 }
          ])
        })
      )
    )
  })
})

describe("IndexedDB upgrades in a real browser", () => {
  const v1 = Store.define({ version: 1, collections: [{ name: "tickets" }] })
  const v2 = Store.define({ version: 2, collections: [{ name: "tickets" }, { name: "visits" }] })

  it("an upgrade waits for a connection that is closing with a transaction in flight instead of reporting UpgradeBlocked", async () => {
    const name = `closing-${crypto.randomUUID()}`
    await Effect.runPromise(
      Effect.scoped(
        Effect.flatMap(makeIndexedDb({ name, schema: v1 }), (store) =>
          store.commit({ writes: [{ collection: "tickets", id: "t-1", expectedVersion: 0, value: 1 }] })
        )
      )
    )
    // A tab that closes its connection while a read is still running: the connection stays open
    // until the read ends, and Chromium meanwhile fires "blocked" at the newer version's request.
    const closing = await openDB(name, 1)
    const read = closing.getAll("tickets")
    closing.close()
    const tables = await Effect.runPromise(
      Effect.scoped(Effect.flatMap(makeIndexedDb({ name, schema: v2 }), (store) => store.exportAll))
    )
    expect(await read).toEqual([{ id: "t-1", version: 1, value: 1 }])
    expect(tables.collections.tickets).toEqual([{ id: "t-1", version: 1, value: 1 }])
  })

  it("a tab that steps aside in the middle of a commit lets the newer version open, and its commit still lands", async () => {
    const name = `stepping-${crypto.randomUUID()}`
    await Effect.runPromise(
      Effect.scoped(
        Effect.gen(function* () {
          const old = yield* makeIndexedDb({ name, schema: v1 })
          const writes = Array.from({ length: 50 }, (_, i) => ({
            collection: "tickets",
            id: `t-${i}`,
            expectedVersion: 0,
            value: { i }
          }))
          const pending = Effect.runPromise(old.commit({ writes }))
          const upgraded = yield* makeIndexedDb({ name, schema: v2 })
          yield* Effect.promise(() => pending)
          expect((yield* upgraded.exportAll).collections.tickets?.length).toBe(50)
        })
      )
    )
  })
})

describe("IndexedDB failures in a real browser", () => {
  it("no failed commit, import, query or open leaks an uncaught error or an unhandled rejection", async () => {
    const leaked: Array<unknown> = []
    const onRejection = (event: PromiseRejectionEvent) => leaked.push(event.reason)
    const onError = (event: ErrorEvent) => leaked.push(event.error ?? event.message)
    window.addEventListener("unhandledrejection", onRejection)
    window.addEventListener("error", onError)
    const name = `leaks-${crypto.randomUUID()}`
    const unique = Store.define({
      version: 1,
      collections: [{ name: "members", indexes: [{ name: "byCard", keyPath: "card", unique: true }] }]
    })
    const member = (id: string, card: string, expectedVersion = 0): Store.Put => ({
      collection: "members",
      id,
      expectedVersion,
      value: { card }
    })
    const entry = (recordId: string, version: number): Store.HistoryEntry => ({
      collection: "members",
      recordId,
      version,
      at: "2026-03-02T01:00:00.000Z",
      actor: { id: "u-1", name: "王芳", roles: ["specialist"] },
      command: "create",
      from: "",
      to: "active"
    })
    let fault: "abort" | "quota" | undefined
    const faults: Store.Faults = {
      commit: () => {
        const next = fault
        fault = undefined
        return next
      }
    }
    const tags = await Effect.runPromise(
      Effect.scoped(
        Effect.gen(function* () {
          const store = yield* makeIndexedDb({ name, schema: unique, faults })
          yield* store.commit({ writes: [member("m-1", "C-001")], history: [entry("m-1", 1)] })
          const failing: ReadonlyArray<Effect.Effect<unknown, Store.StoreError>> = [
            // a create of an existing record, alone and after another create
            store.commit({ writes: [member("m-1", "C-009")] }),
            store.commit({ writes: [member("m-2", "C-002"), member("m-1", "C-009")] }),
            // a stale update found by the version read, after creates that are in flight
            store.commit({ writes: [member("m-2", "C-002"), member("m-1", "C-001", 2)] }),
            // unique index clashes on a create and on an update
            store.commit({ writes: [member("m-2", "C-001")] }),
            store.commit({ writes: [member("m-2", "C-002"), member("m-1", "C-002", 1)] }),
            // a duplicate history entry
            store.commit({ writes: [member("m-2", "C-002")], history: [entry("m-1", 1)] }),
            // values that cannot be cloned, in a record and in a history entry
            store.commit({ writes: [member("m-2", "C-002"), { ...member("m-3", "C-003"), value: () => 1 }] }),
            store.commit({
              writes: [member("m-2", "C-002")],
              history: [{ ...entry("m-2", 1), input: () => 1 }]
            }),
            // injected faults
            Effect.suspend(() => {
              fault = "quota"
              return store.commit({ writes: [member("m-2", "C-002")] })
            }),
            Effect.suspend(() => {
              fault = "abort"
              return store.commit({ writes: [member("m-2", "C-002")], history: [entry("m-2", 1)] })
            }),
            // imports refused before and by the database
            store.importAll({ format: "nope" }),
            store.importAll({
              format: "frontdesk-store",
              schemaVersion: 1,
              collections: {
                members: [
                  { id: "a", version: 1, value: { card: "X" } },
                  { id: "b", version: 1, value: { card: "X" } }
                ]
              },
              history: []
            }),
            // a query with another query's cursor, and one on an undeclared collection
            store.query("members", {
              index: "byCard",
              cursor: JSON.stringify(["members", "id", "m-1", "m-1"])
            }),
            store.get("nope", "x")
          ]
          const errors = yield* Effect.forEach(failing, (effect) => Effect.flip(effect))
          // Everything was refused and the store still works.
          expect((yield* store.exportAll).collections.members).toEqual([
            { id: "m-1", version: 1, value: { card: "C-001" } }
          ])
          yield* store.commit({ writes: [member("m-2", "C-002")] })
          return errors.map((error) => error._tag)
        })
      )
    )
    // An upgrade whose migration throws.
    const broken = Store.define({
      ...unique,
      version: 2,
      migrations: [
        {
          version: 2,
          up: {
            members: () => {
              throw new Error("broken migration")
            }
          }
        }
      ]
    })
    const openError = await Effect.runPromise(
      Effect.flip(Effect.scoped(makeIndexedDb({ name, schema: broken })))
    )
    // Let any stray rejection or error event be reported before looking.
    await new Promise((resolve) => setTimeout(resolve, 50))
    window.removeEventListener("unhandledrejection", onRejection)
    window.removeEventListener("error", onError)
    expect(tags).toEqual([
      "Conflict",
      "Conflict",
      "Conflict",
      "StorageFailure",
      "StorageFailure",
      "Conflict",
      "StorageFailure",
      "StorageFailure",
      "QuotaExceeded",
      "Aborted",
      "InvalidImport",
      "InvalidImport",
      "StorageFailure",
      "UnknownCollection"
    ])
    expect(openError._tag).toBe("StorageFailure")
    expect(leaked).toEqual([])
  })
})
