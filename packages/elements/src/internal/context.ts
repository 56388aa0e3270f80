/**
 * What `fd-provider` hands to the elements below it: the desk (store + workflows), the acting
 * user and, when set, a locale that overrides the page's `lang`.
 */

import type { Actor, History, Messages } from "@frontdesk/domain"
import { createContext } from "@lit/context"

/**
 * The part of `@frontdesk/storage`'s `Desk` the elements use. Typed structurally so a host can
 * hand in its own implementation (for example one that talks to a server).
 */
export interface DeskLike {
  get(collection: string, id: string): Promise<unknown>
  create(workflow: unknown, id: string, input: unknown, actor: Actor.Actor): Promise<unknown>
  run(workflow: unknown, id: string, command: string, input: unknown, actor: Actor.Actor): Promise<unknown>
  history(collection: string, recordId: string): Promise<ReadonlyArray<History.Entry>>
  watch(listener: (change: { readonly collection: string; readonly id: string }) => void): () => void
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
}

export const frontdeskContext = createContext<Frontdesk>(Symbol.for("frontdesk.context"))
