/**
 * Runs in Chromium: the callback queue's read (`readCallbackQueue`, what `fd-callback-queue` runs:
 * the Desk's query over the `byAssigneeDue` index, then `Callback.byUrgency`) for the 50 most
 * urgent callbacks of one specialist among 100,000 callbacks in IndexedDB, against raw idb reading
 * the same 50 rows from the same index with one `getAll`. The rows are bulk-loaded with raw idb
 * into the database the adapter laid out. The page exposes `frontdeskQueueBench` for the driver
 * (`queue.mjs`).
 */
import { Actor, Workflow } from "@frontdesk/domain"
import { Callback, collections, Roles } from "@frontdesk/domain/customer-care"
import { Desk, Store } from "@frontdesk/storage"
import { Result } from "effect"
import { type IDBPDatabase, openDB } from "idb"
import { readCallbackQueue } from "../src/customer-care/queue.js"

const schema = Store.define({ version: 1, collections: [...collections] })
const specialistCount = 20
const batch = 10_000

type CallbackRecord = Workflow.Record<Callback.Callback>

const assigneeOf = (i: number) => `u-${String(i % specialistCount).padStart(2, "0")}`

/** One record made by the workflow, so the rows have the shape the application stores. */
const template = (): CallbackRecord => {
  const supervisor = Actor.make("u-99", "李强", [Roles.supervisor])
  const input = Callback.fromService({
    customerId: "c-0",
    customerName: "张伟",
    phone: "13800138000",
    membership: "member",
    assignee: assigneeOf(0),
    serviceName: "空调清洗",
    serviceDate: "2026-03-02"
  })
  const created = Workflow.create(Callback.workflow, {
    id: "cb-0",
    input,
    actor: supervisor,
    now: new Date("2026-03-02T02:00:00.000Z")
  })
  if (Result.isFailure(created)) throw new Error(String(created.failure))
  return created.success.record as CallbackRecord
}

/**
 * The i-th callback: spread over 60 days, one in four completed (out of the queue index), one in
 * fifty with an agreed time earlier than its computed due time.
 */
const rowOf = (base: CallbackRecord, i: number) => {
  const created = Date.parse("2026-01-05T01:00:00.000Z") + i * 51_840 // 100,000 over 60 days
  const due = created + 3 * 86_400_000
  const id = `cb-${String(i).padStart(6, "0")}`
  const tracker = base.deadlines?.[Callback.deadlineName]
  // Counted per specialist (i / specialistCount), so every specialist has the same mix.
  const nth = Math.floor(i / specialistCount)
  const completed = nth % 4 === 3
  const agreed = nth % 50 === 7 ? new Date(created + 86_400_000).toISOString() : undefined
  const data: Callback.Callback = {
    ...base.data,
    customerId: `c-${i}`,
    customerName: `客户${i}`,
    phone: `138${String(10_000_000 + i)}`,
    assignee: assigneeOf(i),
    ...(agreed === undefined ? {} : { agreedAt: agreed, nextAttemptAt: agreed })
  }
  const value: CallbackRecord = {
    ...base,
    id,
    state: completed ? "completed" : "scheduled",
    data,
    createdAt: new Date(created).toISOString(),
    updatedAt: new Date(created).toISOString(),
    deadlines: {
      [Callback.deadlineName]: {
        ...tracker,
        startedAt: new Date(created).toISOString(),
        dueAt: new Date(due).toISOString(),
        ...(completed ? { metAt: new Date(created + 86_400_000).toISOString() } : {})
      }
    },
    ...(completed ? {} : { dueAt: new Date(due).toISOString() })
  }
  if (completed) delete (value as { dueAt?: string }).dueAt
  return { id, version: 1, value }
}

const database = "frontdesk-bench-queue"

/** Lays the database out through the adapter, then bulk-loads the rows with raw idb. */
const load = async (count: number): Promise<number> => {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(database)
    request.onsuccess = () => resolve()
    request.onerror = () => reject(request.error)
    request.onblocked = () => resolve()
  })
  const layout = Desk.indexedDb({ name: database, schema })
  await layout.get("callbacks", "none")
  await layout.close()
  const base = template()
  const db = await openDB(database)
  try {
    for (let from = 0; from < count; from += batch) {
      const tx = db.transaction("callbacks", "readwrite")
      const puts: Array<Promise<unknown>> = []
      for (let i = from; i < Math.min(count, from + batch); i++) puts.push(tx.store.put(rowOf(base, i)))
      await Promise.all([...puts, tx.done])
    }
    return await db.count("callbacks")
  } finally {
    db.close()
  }
}

let desk: Desk.Desk | undefined
let raw: IDBPDatabase | undefined

/** The 50 most urgent through the queue's own read. */
const subject = async (assignee: string, limit: number): Promise<ReadonlyArray<string>> => {
  desk ??= Desk.indexedDb({ name: database, schema })
  return (await readCallbackQueue(desk, assignee, limit)).map((record) => record.id)
}

/** The same rows with one raw idb `getAll` over the same index range. */
const baseline = async (assignee: string, limit: number): Promise<ReadonlyArray<string>> => {
  raw ??= await openDB(database)
  const rows = (await raw.getAllFromIndex(
    "callbacks",
    "byAssigneeDue",
    IDBKeyRange.bound([assignee], [assignee, []]),
    limit
  )) as Array<{ readonly value: CallbackRecord }>
  return rows.map((row) => row.value.id)
}

/**
 * Raw idb again, but with a cursor stepping over the same 50 rows, as the adapter reads a page.
 * Not the baseline: it shows how much of the gap one request per row explains.
 */
const rawCursor = async (assignee: string, limit: number): Promise<ReadonlyArray<string>> => {
  raw ??= await openDB(database)
  const ids: Array<string> = []
  const tx = raw.transaction("callbacks", "readonly")
  let cursor = await tx.store.index("byAssigneeDue").openCursor(IDBKeyRange.bound([assignee], [assignee, []]))
  while (cursor !== null && ids.length < limit) {
    ids.push((cursor.value as { readonly value: CallbackRecord }).value.id)
    cursor = await cursor.continue()
  }
  return ids
}

const reads = { subject, baseline, rawCursor } as const

declare global {
  interface Window {
    frontdeskQueueBench: {
      load(count: number): Promise<number>
      /** Times `queries` reads of one kind, each for the next specialist; returns each read's ms. */
      run(kind: keyof typeof reads, queries: number, limit: number): Promise<ReadonlyArray<number>>
      /** Whether both reads give the same 50 callbacks (as sets: the subject reorders agreed times). */
      same(limit: number): Promise<{ readonly same: boolean; readonly size: number }>
    }
  }
}

window.frontdeskQueueBench = {
  load,
  async run(kind, queries, limit) {
    const read = reads[kind]
    const times: Array<number> = []
    for (let q = 0; q < queries; q++) {
      const assignee = assigneeOf(q)
      const start = performance.now()
      const ids = await read(assignee, limit)
      times.push(performance.now() - start)
      if (ids.length !== limit) throw new Error(`${kind} read ${ids.length} callbacks, not ${limit}`)
    }
    return times
  },
  async same(limit) {
    for (let s = 0; s < specialistCount; s++) {
      const a = [...(await subject(assigneeOf(s), limit))].sort()
      const b = [...(await baseline(assigneeOf(s), limit))].sort()
      if (a.join() !== b.join()) return { same: false, size: a.length }
    }
    return { same: true, size: limit }
  }
}
