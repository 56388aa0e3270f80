/**
 * History: the append-only list of accepted commands on a record (审批跟踪, approval tracking).
 *
 * @example
 * ```ts
 * import { History } from "@frontdesk/domain"
 * declare const entries: ReadonlyArray<History.Entry>
 * const timeline = History.sort(entries) // oldest first
 * ```
 * @module
 * @since 0.1.0
 */
import { Schema } from "effect"
import type { Actor } from "./Actor.js"

/**
 * One accepted command: who, when, which command, from which state to which, and an optional note.
 * `version` is the record's version after the command, so entries of one record sort by it and a
 * store can key them by `(recordId, version)`.
 *
 * @example
 * ```ts
 * import type { History } from "@frontdesk/domain"
 * const entry: History.Entry = {
 *   recordId: "cb-1", version: 2, at: "2026-03-02T01:30:00.000Z",
 *   actor: { id: "u-1", name: "王芳", roles: ["specialist"] },
 *   command: "complete", from: "open", to: "completed"
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Entry {
  readonly recordId: string
  readonly version: number
  readonly at: string
  readonly actor: Actor
  readonly command: string
  readonly from: string
  readonly to: string
  readonly note?: string | undefined
  readonly input?: unknown
}

/**
 * Schema of an {@link Entry}, for import and storage round trips.
 *
 * @example
 * ```ts
 * import { History } from "@frontdesk/domain"
 * import { Schema } from "effect"
 * const decode = Schema.decodeUnknownSync(History.EntrySchema)
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const EntrySchema = Schema.Struct({
  recordId: Schema.String,
  version: Schema.Number,
  at: Schema.String,
  actor: Schema.Struct({ id: Schema.String, name: Schema.String, roles: Schema.Array(Schema.String) }),
  command: Schema.String,
  from: Schema.String,
  to: Schema.String,
  note: Schema.optional(Schema.String),
  input: Schema.optional(Schema.Unknown)
})

/**
 * Orders entries oldest first (by version, then time), the order a timeline shows them in.
 *
 * @example
 * ```ts
 * import { History } from "@frontdesk/domain"
 * const ordered = History.sort([])
 * ```
 * @category combinators
 * @since 0.1.0
 */
export const sort = (entries: ReadonlyArray<Entry>): ReadonlyArray<Entry> =>
  [...entries].sort((a, b) => a.version - b.version || a.at.localeCompare(b.at))
