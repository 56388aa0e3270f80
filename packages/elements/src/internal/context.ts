/**
 * What `fd-provider` hands to the elements below it: the desk (store + workflows), the acting
 * user, the organisation's time zone and, when set, a locale that overrides the page's `lang`.
 */

import type { Actor, History, Messages, Workflow } from "@frontdesk/domain"
import { createContext } from "@lit/context"

/**
 * A stored record as the desk returns it. Typed structurally so elements do not depend on one
 * storage implementation.
 *
 * @example
 * ```ts
 * import type { RecordLike } from "@frontdesk/elements"
 * const record: RecordLike = { id: "cb-1", version: 1, state: "open" }
 * ```
 * @category context
 * @since 0.1.0
 */
export interface RecordLike {
  readonly id: string
  readonly version: number
  readonly state: string
  readonly data?: unknown
  readonly createdAt?: string
  readonly updatedAt?: string
  readonly deadlines?: unknown
  readonly dueAt?: unknown
}

/**
 * What a desk reports when a record changes, so watchers can tell whether it concerns them.
 *
 * @example
 * ```ts
 * import type { ChangeLike, DeskLike } from "@frontdesk/elements"
 * declare const desk: DeskLike
 * const stop = desk.watch((change: ChangeLike) => console.log(change.collection, change.id))
 * ```
 * @category context
 * @since 0.1.0
 */
export interface ChangeLike {
  readonly collection?: string | undefined
  readonly id?: string | undefined
}

/**
 * A query over a declared index, as `@frontdesk/storage`'s `Desk.query` takes it.
 *
 * @example
 * ```ts
 * import type { IndexQuery } from "@frontdesk/elements"
 * const mine: IndexQuery = { index: "byAssigneeDue", where: { prefix: ["u-1"] }, limit: 50 }
 * ```
 * @category context
 * @since 0.1.0
 */
export interface IndexQuery {
  readonly index: string
  readonly where?: unknown
  readonly order?: "asc" | "desc" | undefined
  readonly limit?: number | undefined
  readonly cursor?: string | undefined
}

/**
 * The part of `@frontdesk/storage`'s `Desk` the elements use. Typed structurally so a host can
 * hand in its own implementation (for example one that talks to a server).
 *
 * @example
 * ```ts
 * import type { DeskLike } from "@frontdesk/elements"
 * import { Desk, Store } from "@frontdesk/storage"
 * const desk: DeskLike = Desk.memory(Store.define({ version: 1, collections: [{ name: "callbacks" }] }))
 * ```
 * @category context
 * @since 0.1.0
 */
export interface DeskLike {
  /** The stored record, or `undefined` when there is none. */
  get(collection: string, id: string): Promise<unknown>
  /** Creates a record through the workflow; resolves to the stored record or rejects with a typed error. */
  create(
    workflow: unknown,
    id: string,
    input: unknown,
    actor: Actor.Actor,
    options?: { readonly context?: Workflow.Context | undefined }
  ): Promise<unknown>
  /**
   * Runs a command through the workflow; resolves to the stored record or rejects with a typed
   * error. `options.context` is what the command's guards look up besides the record.
   */
  run(
    workflow: unknown,
    id: string,
    command: string,
    input: unknown,
    actor: Actor.Actor,
    options?: { readonly context?: Workflow.Context | undefined }
  ): Promise<unknown>
  /** The record's history entries. */
  history(collection: string, recordId: string): Promise<ReadonlyArray<History.Entry>>
  /**
   * A page of records over a declared index, as `@frontdesk/storage`'s `Desk.query` returns it.
   * Lists, boards and reports need it; on a desk without it they show nothing.
   */
  query?(
    collection: string,
    query: IndexQuery
  ): Promise<{ readonly items: ReadonlyArray<unknown>; readonly cursor?: string | undefined }>
  /** Calls `listener` after every change; returns the function that stops it. */
  watch(listener: (change: ChangeLike) => void): () => void
  /** Where forms keep drafts. */
  readonly drafts: {
    save(key: string, value: unknown): Promise<void>
    load(key: string): Promise<unknown>
    clear(key: string): Promise<void>
  }
}

/**
 * What `fd-provider` gives the elements in its subtree.
 *
 * @example
 * ```ts
 * import type { Frontdesk } from "@frontdesk/elements"
 * const value: Frontdesk = { actor: { id: "u-1", name: "王芳", roles: ["specialist"] }, locale: "zh-CN" }
 * ```
 * @category context
 * @since 0.1.0
 */
export interface Frontdesk {
  /** The desk to read from and run commands on. */
  readonly desk?: DeskLike | undefined
  /** The acting user. */
  readonly actor?: Actor.Actor | undefined
  /** A locale that wins over the page's `lang`. */
  readonly locale?: Messages.Locale | undefined
  /** IANA time zone in which times are shown; the organisation's, `Asia/Shanghai` by default. */
  readonly timeZone?: string | undefined
}

/** The time zone used when neither the element nor the provider names one. */
export const defaultTimeZone = "Asia/Shanghai"

export const frontdeskContext = createContext<Frontdesk>(Symbol.for("frontdesk.context"))

/**
 * A desk that can list records over a declared index, as `@frontdesk/storage`'s `Desk` does.
 * The lists need it; a desk without it shows an empty list rather than failing.
 *
 * @example
 * ```ts
 * import type { QueryDesk } from "@frontdesk/elements"
 * declare const desk: QueryDesk
 * const page = await desk.query("callbacks", { index: "byAssigneeDue", where: { prefix: ["u-1"] }, limit: 50 })
 * ```
 * @category context
 * @since 0.1.0
 */
export type QueryDesk = DeskLike & Required<Pick<DeskLike, "query">>
