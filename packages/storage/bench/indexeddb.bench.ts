/**
 * Runs in Chromium: one commit of 10,000 new records plus their 10,000 history entries, through
 * the Store's IndexedDB adapter and through raw idb doing the same writes in one transaction into
 * the same object stores and indexes. The page exposes `frontdeskBench` for the driver
 * (`run.mjs`), which alternates the two and takes medians.
 */
import { Effect } from "effect"
import { openDB } from "idb"
import { makeIndexedDb } from "../src/indexeddb.js"
import * as Store from "../src/Store.js"

const collection = "callbacks"
const historyStore = "__history"

/** Indexes a callback list screen queries by: state, due time, and state then due time. */
const indexes: ReadonlyArray<Store.IndexDefinition> = [
  { name: "state", keyPath: "state" },
  { name: "dueAt", keyPath: "dueAt" },
  { name: "stateDue", keyPath: ["state", "dueAt"] }
]

const schema = Store.define({ version: 1, collections: [{ name: collection, indexes }] })

const actor = { id: "u-2", name: "李强", roles: ["supervisor"] }
const states = ["open", "inProgress", "completed"]

/** The records and history a bulk import of `count` callbacks would commit. */
const makeCommit = (count: number): Store.Commit => {
  const t0 = Date.parse("2025-03-03T01:00:00.000Z")
  const writes: Array<Store.Put> = []
  const history: Array<Store.HistoryEntry> = []
  for (let i = 0; i < count; i++) {
    const id = `cb-${String(i).padStart(6, "0")}`
    const at = new Date(t0 + i * 60_000).toISOString()
    const state = states[i % states.length]!
    writes.push({
      collection,
      id,
      expectedVersion: 0,
      value: {
        id,
        version: 1,
        state,
        data: { phone: `138${String(10_000_000 + i)}`, attempts: i % 3, notes: "客户要求下午回电" },
        createdAt: at,
        updatedAt: at,
        dueAt: new Date(t0 + i * 60_000 + 3 * 86_400_000).toISOString()
      }
    })
    history.push({
      collection,
      recordId: id,
      version: 1,
      at,
      actor,
      command: "create",
      from: "",
      to: state,
      input: { phone: `138${String(10_000_000 + i)}` }
    })
  }
  return { writes, history }
}

/** Milliseconds for the adapter's `commit`; opening the database is not timed. */
const adapter = (name: string, commit: Store.Commit): Promise<number> =>
  Effect.runPromise(
    Effect.scoped(
      Effect.gen(function* () {
        const store = yield* makeIndexedDb({ name, schema })
        const start = performance.now()
        yield* store.commit(commit)
        return performance.now() - start
      })
    )
  )

/** Milliseconds for raw idb: every put and add issued at once in one readwrite transaction. */
/** The reads the checked variant makes, on either store. */
interface Stores {
  get(key: IDBValidKey): Promise<unknown>
  getKey(key: IDBValidKey): Promise<unknown>
}

const raw = async (
  name: string,
  commit: Store.Commit,
  check?: (records: Stores, history: Stores) => Promise<void>
): Promise<number> => {
  const db = await openDB(name, 1, {
    upgrade(db) {
      db.createObjectStore(historyStore, { keyPath: ["collection", "recordId", "version"] })
      db.createObjectStore(Store.draftsCollection, { keyPath: "id" })
      const store = db.createObjectStore(collection, { keyPath: "id" })
      for (const index of indexes) {
        const keyPath =
          typeof index.keyPath === "string"
            ? `value.${index.keyPath}`
            : index.keyPath.map((p) => `value.${p}`)
        store.createIndex(index.name, keyPath, { unique: false })
      }
    }
  })
  try {
    const start = performance.now()
    const tx = db.transaction([collection, historyStore], "readwrite")
    const records = tx.objectStore(collection)
    const history = tx.objectStore(historyStore)
    if (check !== undefined) await check(records, history)
    const requests: Array<Promise<unknown>> = []
    for (const write of commit.writes as ReadonlyArray<Store.Put>) {
      requests.push(records.put({ id: write.id, version: write.expectedVersion + 1, value: write.value }))
    }
    for (const entry of commit.history ?? []) requests.push(history.add(entry))
    await Promise.all([...requests, tx.done])
    return performance.now() - start
  } finally {
    db.close()
  }
}

/**
 * Raw idb again, but also reading every record's version and every history key first, as the
 * adapter does for its conflict check, with all requests issued at once instead of one after
 * another. Not the baseline: it shows how much of the gap the checks themselves explain.
 */
const rawChecked = (name: string, commit: Store.Commit): Promise<number> =>
  raw(name, commit, async (records, history) => {
    const [versions, keys] = await Promise.all([
      Promise.all(commit.writes.map((write) => records.get(write.id))),
      Promise.all((commit.history ?? []).map((e) => history.getKey([e.collection, e.recordId, e.version])))
    ])
    if (versions.some((row) => row !== undefined) || keys.some((key) => key !== undefined)) {
      throw new Error("a fresh database already holds these records")
    }
  })

const deleteDatabase = (name: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name)
    request.onsuccess = () => resolve()
    request.onerror = () => reject(request.error)
    request.onblocked = () => resolve()
  })

/** Counts what a database holds after a run, so a run that wrote nothing cannot pass as fast. */
const countRows = async (name: string): Promise<{ records: number; history: number }> => {
  const db = await openDB(name)
  try {
    return { records: await db.count(collection), history: await db.count(historyStore) }
  } finally {
    db.close()
  }
}

/** What the driver can ask for. */
type Subject = "adapter" | "raw" | "rawChecked"

const subjects: { readonly [S in Subject]: (name: string, commit: Store.Commit) => Promise<number> } = {
  adapter,
  raw: (name, commit) => raw(name, commit),
  rawChecked
}

let runs = 0
const commits = new Map<number, Store.Commit>()

declare global {
  interface Window {
    frontdeskBench: {
      run(
        subject: "adapter" | "raw",
        count: number
      ): Promise<{ ms: number; records: number; history: number }>
    }
  }
}

window.frontdeskBench = {
  async run(subject, count) {
    let commit = commits.get(count)
    if (commit === undefined) {
      commit = makeCommit(count)
      commits.set(count, commit)
    }
    // A fresh database each time, so no run writes over another's records.
    const name = `frontdesk-bench-${subject}-${++runs}-${Date.now()}`
    try {
      const ms = await subjects[subject](name, commit)
      return { ms, ...(await countRows(name)) }
    } finally {
      await deleteDatabase(name)
    }
  }
}
