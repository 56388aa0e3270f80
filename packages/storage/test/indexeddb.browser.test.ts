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
