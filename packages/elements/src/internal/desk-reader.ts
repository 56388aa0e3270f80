/**
 * Reading lists from the desk for the family lists, boards and reports, and reading them again
 * whenever the desk says one of their collections changed.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit"
import type { ChangeLike, DeskLike, IndexQuery, QueryDesk } from "./context.js"

/** Whether the desk can list records; a desk without `query` shows empty lists. */
export const canQuery = (desk: DeskLike | undefined): desk is QueryDesk => typeof desk?.query === "function"

/** How many records one page asks for; reports read a period, so pages keep memory flat. */
const pageSize = 500

/** Every record of an index (in its order), page after page, up to `max` records. */
export const readAll = async <R>(
  desk: QueryDesk,
  collection: string,
  query: Omit<IndexQuery, "cursor" | "limit">,
  max = Number.POSITIVE_INFINITY
): Promise<ReadonlyArray<R>> => {
  const out: Array<R> = []
  let cursor: string | undefined
  do {
    const page = await desk.query(collection, {
      ...query,
      limit: Math.min(pageSize, max - out.length),
      ...(cursor === undefined ? {} : { cursor })
    })
    out.push(...(page.items as ReadonlyArray<R>))
    cursor = page.cursor
  } while (cursor !== undefined && out.length < max)
  return out
}

/**
 * Runs `load` when the host connects with a desk, when the desk changes, and after every change
 * the desk reports in one of `collections`. Loads that overlap keep only the latest answer, and
 * a burst of changes (one command writes a record and its history) is read once.
 */
export class CollectionWatcher implements ReactiveController {
  private readonly host: ReactiveControllerHost
  private readonly desk: () => DeskLike | undefined
  private readonly collections: () => ReadonlyArray<string>
  private readonly load: (desk: DeskLike, isLatest: () => boolean) => Promise<void>
  private watched: DeskLike | undefined
  private unwatch: (() => void) | undefined
  private ticket = 0
  private queued = false
  /** Settles when the load running now (if any) has finished. */
  done: Promise<void> = Promise.resolve()

  constructor(
    host: ReactiveControllerHost,
    options: {
      readonly desk: () => DeskLike | undefined
      readonly collections: () => ReadonlyArray<string>
      readonly load: (desk: DeskLike, isLatest: () => boolean) => Promise<void>
    }
  ) {
    this.host = host
    this.desk = options.desk
    this.collections = options.collections
    this.load = options.load
    host.addController(this)
  }

  hostUpdate(): void {
    const desk = this.desk()
    if (desk === this.watched) return
    this.stop()
    this.watched = desk
    if (desk === undefined) return
    this.unwatch = desk.watch((change: ChangeLike) => {
      if (change.collection === undefined || this.collections().includes(change.collection)) this.schedule()
    })
    void this.reload()
  }

  hostConnected(): void {
    // Reconnected after a move in the page: watch again on the next render.
    this.host.requestUpdate()
  }

  hostDisconnected(): void {
    this.stop()
  }

  private stop(): void {
    this.unwatch?.()
    this.unwatch = undefined
    this.watched = undefined
  }

  private schedule(): void {
    if (this.queued) return
    this.queued = true
    queueMicrotask(() => {
      this.queued = false
      void this.reload()
    })
  }

  /** Reads again now; resolves once this read (or a later one) has been applied. */
  reload(): Promise<void> {
    const desk = this.desk()
    if (desk === undefined) return Promise.resolve()
    const ticket = ++this.ticket
    this.done = this.load(desk, () => ticket === this.ticket)
      .catch(() => undefined)
      .then(() => this.host.updateComplete.then(() => undefined))
    return this.done
  }
}
