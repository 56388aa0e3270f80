/**
 * An in-memory desk for element tests: records and history in maps, watchers notified after
 * each write, and `run` delegated to a function the test gives, so refusals can be staged.
 */
import type { Actor, History } from "@frontdesk/domain"
import type { ChangeLike, DeskLike, RecordLike } from "../../src/internal/context.js"

export type Runner = (args: {
  readonly record: RecordLike
  readonly workflow: unknown
  readonly command: string
  readonly input: unknown
  readonly actor: Actor.Actor
}) => { readonly to: string; readonly data?: unknown; readonly note?: string } | Promise<never>

export class FakeDesk implements DeskLike {
  readonly records = new Map<string, RecordLike>()
  readonly entries = new Map<string, Array<History.Entry>>()
  readonly calls: Array<{ command: string; input: unknown; actor: Actor.Actor }> = []
  private readonly listeners = new Set<(change: ChangeLike) => void>()
  runner: Runner = ({ command }) => ({ to: command })
  clock = Date.parse("2026-03-02T01:30:00.000Z")

  readonly drafts = {
    store: new Map<string, unknown>(),
    async save(key: string, value: unknown) {
      this.store.set(key, value)
    },
    async load(key: string) {
      return this.store.get(key)
    },
    async clear(key: string) {
      this.store.delete(key)
    }
  }

  private key(collection: string, id: string): string {
    return `${collection}/${id}`
  }

  put(collection: string, record: RecordLike, history: ReadonlyArray<History.Entry> = []): void {
    this.records.set(this.key(collection, record.id), record)
    this.entries.set(this.key(collection, record.id), [...history])
  }

  /** Appends a history entry as another tab would, and tells the watchers. */
  append(collection: string, entry: History.Entry): void {
    const list = this.entries.get(this.key(collection, entry.recordId)) ?? []
    list.push(entry)
    this.entries.set(this.key(collection, entry.recordId), list)
    this.notify({ collection, id: entry.recordId })
  }

  async get(collection: string, id: string): Promise<unknown> {
    return this.records.get(this.key(collection, id))
  }

  async create(): Promise<unknown> {
    throw new Error("not used by these tests")
  }

  async run(workflow: unknown, id: string, command: string, input: unknown, actor: Actor.Actor) {
    const collection = (workflow as { collection: string }).collection
    const record = this.records.get(this.key(collection, id))
    if (record === undefined) throw new Error(`no record ${id}`)
    this.calls.push({ command, input, actor })
    const outcome = await this.runner({ record, workflow, command, input, actor })
    this.clock += 60_000
    const at = new Date(this.clock).toISOString()
    const next: RecordLike = {
      ...record,
      version: record.version + 1,
      state: outcome.to,
      data: outcome.data ?? record.data,
      updatedAt: at
    }
    this.records.set(this.key(collection, id), next)
    const list = this.entries.get(this.key(collection, id)) ?? []
    list.push({ recordId: id, version: next.version, at, actor, command, from: record.state, to: next.state })
    this.entries.set(this.key(collection, id), list)
    this.notify({ collection, id })
    return next
  }

  async history(collection: string, recordId: string): Promise<ReadonlyArray<History.Entry>> {
    return [...(this.entries.get(this.key(collection, recordId)) ?? [])]
  }

  watch(listener: (change: ChangeLike) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  get watcherCount(): number {
    return this.listeners.size
  }

  private notify(change: ChangeLike): void {
    for (const listener of this.listeners) listener(change)
  }
}
