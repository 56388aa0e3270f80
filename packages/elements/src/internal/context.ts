/**
 * What `fd-provider` hands to the elements below it: the desk (store + workflows), the acting
 * user, the organisation's time zone and, when set, a locale that overrides the page's `lang`.
 */

import type { Actor, History, Messages } from "@frontdesk/domain"
import { createContext } from "@lit/context"

/**
 * A stored record as the desk returns it. Typed structurally so elements do not depend on one
 * storage implementation.
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

/** What a desk reports when a record changes, so watchers can tell whether it concerns them. */
export interface ChangeLike {
  readonly collection?: string | undefined
  readonly id?: string | undefined
}

/**
 * The part of `@frontdesk/storage`'s `Desk` the elements use. Typed structurally so a host can
 * hand in its own implementation (for example one that talks to a server).
 */
export interface DeskLike {
  get(collection: string, id: string): Promise<unknown>
  create(workflow: unknown, id: string, input: unknown, actor: Actor.Actor): Promise<unknown>
  run(workflow: unknown, id: string, command: string, input: unknown, actor: Actor.Actor): Promise<unknown>
  history(collection: string, recordId: string): Promise<ReadonlyArray<History.Entry>>
  watch(listener: (change: ChangeLike) => void): () => void
  readonly drafts: {
    save(key: string, value: unknown): Promise<void>
    load(key: string): Promise<unknown>
    clear(key: string): Promise<void>
  }
}

export interface Frontdesk {
  readonly desk?: DeskLike | undefined
  readonly actor?: Actor.Actor | undefined
  readonly locale?: Messages.Locale | undefined
  /** IANA time zone in which times are shown; the organisation's, `Asia/Shanghai` by default. */
  readonly timeZone?: string | undefined
}

/** The time zone used when neither the element nor the provider names one. */
export const defaultTimeZone = "Asia/Shanghai"

export const frontdeskContext = createContext<Frontdesk>(Symbol.for("frontdesk.context"))
