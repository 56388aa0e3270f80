/**
 * The blacklist (黑名单): people dismissed by this company before, who must not be hired again,
 * with reason and date. Entries are plain data keyed by resident ID so the personnel family can
 * own the collection later; recruitment only reads it, passing the resident IDs to the
 * disqualification rules as `context.blacklist`.
 *
 * @example
 * ```ts
 * import { Blacklist } from "@frontdesk/domain/recruitment"
 * const entries: ReadonlyArray<Blacklist.Entry> = [
 *   { residentId: "110101199003074514", name: "赵六", reason: "严重违纪被除名", dismissedOn: "2024-06-30" }
 * ]
 * const context = Blacklist.context(entries) // { blacklist: ["110101199003074514"] }
 * ```
 * @module
 * @since 0.1.0
 */
import { Schema } from "effect"
import * as Field from "../kernel/Field.js"
import * as Messages from "../kernel/Messages.js"
import { recruitmentTexts } from "../messages/recruitment.js"

Messages.register(recruitmentTexts)

/**
 * The store collection that holds blacklist entries.
 *
 * @example
 * ```ts
 * import { Blacklist } from "@frontdesk/domain/recruitment"
 * Blacklist.collection // "blacklist"
 * ```
 * @category constants
 * @since 0.1.0
 */
export const collection = "blacklist"

/**
 * Schema of a blacklist entry: resident ID, name, reason and the date of dismissal.
 *
 * @example
 * ```ts
 * import { Blacklist } from "@frontdesk/domain/recruitment"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Blacklist.EntrySchema)({
 *   residentId: "110101199003074514", name: "赵六", reason: "严重违纪被除名", dismissedOn: "2024-06-30"
 * })
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const EntrySchema = Schema.Struct({
  residentId: Field.ResidentId.pipe(
    Field.meta({ label: "recruitment.blacklist.field.residentId", widget: "residentId", sensitive: true })
  ),
  name: Field.Text({ max: 40, nonEmpty: true }).pipe(
    Field.meta({ label: "recruitment.blacklist.field.name", widget: "text", sensitive: true })
  ),
  reason: Field.Text({ max: 500, nonEmpty: true }).pipe(
    Field.meta({ label: "recruitment.blacklist.field.reason", widget: "textarea" })
  ),
  dismissedOn: Field.LocalDate.pipe(
    Field.meta({ label: "recruitment.blacklist.field.dismissedOn", widget: "date" })
  )
})

/**
 * One blacklisted person.
 *
 * @example
 * ```ts
 * import type { Blacklist } from "@frontdesk/domain/recruitment"
 * declare const entry: Blacklist.Entry
 * entry.dismissedOn // "2024-06-30"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Entry = typeof EntrySchema.Type

/**
 * What the disqualification rules read: the blacklisted resident IDs.
 *
 * @example
 * ```ts
 * import type { Blacklist } from "@frontdesk/domain/recruitment"
 * const context: Blacklist.Context = { blacklist: ["110101199003074514"] }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Context {
  readonly blacklist?: ReadonlyArray<string> | undefined
}

/**
 * The workflow context for a list of entries.
 *
 * @example
 * ```ts
 * import { Blacklist } from "@frontdesk/domain/recruitment"
 * Blacklist.context([]) // { blacklist: [] }
 * ```
 * @category conversions
 * @since 0.1.0
 */
export const context = (
  entries: ReadonlyArray<Pick<Entry, "residentId">>
): { readonly blacklist: ReadonlyArray<string> } => ({
  blacklist: entries.map((entry) => entry.residentId)
})

/**
 * Tells whether a resident ID is on the blacklist (an absent ID never is).
 *
 * @example
 * ```ts
 * import { Blacklist } from "@frontdesk/domain/recruitment"
 * Blacklist.includes({ blacklist: ["110101199003074514"] }, "110101199003074514") // true
 * ```
 * @category queries
 * @since 0.1.0
 */
export const includes = (ctx: Context | undefined, residentId: string | undefined): boolean =>
  residentId !== undefined && (ctx?.blacklist?.includes(residentId.toUpperCase()) ?? false)
