/**
 * An in-memory desk for element tests: records and history in maps, commands decided by the
 * domain's `Workflow.decide` (so refusals are the real typed errors), watchers notified after
 * each write. The clock is a counter, so tests never read the wall clock.
 */
import { type Actor, type History, Workflow } from "@frontdesk/domain"
import { Result } from "effect"
import type { ChangeLike, DeskLike, RecordLike } from "../../src/internal/context.js"

export class FakeDesk implements DeskLike {
  readonly records = new Map<string, RecordLike>()
  readonly entries = new Map<string, Array<History.Entry>>()
  readonly calls: Array<{ command: string; input: unknown; actor: Actor.Actor; context?: Workflow.Context }> =
    []
  private readonly listeners = new Set<(change: ChangeLike) => void>()
  /** Set to make the next write fail, as a store does when another tab wrote first. */
  failNext: unknown
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

  async run(
    workflow: unknown,
    id: string,
    command: string,
    input: unknown,
    actor: Actor.Actor,
    options?: { readonly context?: Workflow.Context | undefined }
  ) {
    const flow = workflow as Workflow.Workflow<string, any, any>
    const key = this.key(flow.collection, id)
    const record = this.records.get(key) as Workflow.Record<unknown> | undefined
    if (record === undefined) throw new Error(`no record ${id}`)
    this.calls.push(
      options?.context === undefined
        ? { command, input, actor }
        : { command, input, actor, context: options.context }
    )
    if (this.failNext !== undefined) {
      const error = this.failNext
      this.failNext = undefined
      throw error
    }
    this.clock += 60_000
    const decided = Workflow.decide(
      flow,
      record,
      command,
      input,
      actor,
      new Date(this.clock),
      options?.context
    )
    if (Result.isFailure(decided)) throw decided.failure
    const { record: next, entry } = decided.success
    this.records.set(key, next)
    this.entries.set(key, [...(this.entries.get(key) ?? []), entry])
    this.notify({ collection: flow.collection, id })
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
