/**
 * The Store: one contract for persisting workflow records, their history and drafts, with
 * adapters for memory and IndexedDB (and, next, SQLite and PostgreSQL) that all pass one
 * conformance suite.
 *
 * The contract is deliberately small and maps natively onto SQL, so a SQL adapter is a thin
 * translation rather than an emulation:
 *
 * - **Records** `{ collection, id, version, value }` are rows of
 *   `records(collection text, id text, version int, value json, primary key (collection, id))`.
 * - **commit** is one transaction. A write with `expectedVersion = n > 0` is
 *   `UPDATE records SET value = $v, version = n + 1 WHERE collection = $c AND id = $id AND version = n`
 *   and a row count of 0 means `Conflict` (read the actual version, then `ROLLBACK`);
 *   `expectedVersion = 0` is an `INSERT` whose primary-key violation is a `Conflict`; a delete is
 *   `DELETE ... WHERE version = n`. History rows go to
 *   `history(collection, record_id, version, entry json, unique (collection, record_id, version))`,
 *   append-only, so a duplicate key fails the transaction with `Conflict` as well.
 * - **Indexes** are key paths into the value (`"state"`, `"data.assignee"`, or compound
 *   `["data.assignee", "dueAt"]`); in SQL each is an expression index such as
 *   `CREATE INDEX ... ON records ((value->>'state'), id) WHERE collection = 'tickets'`
 *   (PostgreSQL) or `json_extract(value, '$.state')` (SQLite). A record whose value lacks the key,
 *   or holds something that is not a string, number or array there, is not in the index
 *   (`WHERE ... IS NOT NULL` in the index predicate).
 * - **Paging** is keyset paging: the opaque cursor holds the last `(key, id)`, and the next page is
 *   `WHERE (key, id) > ($key, $id) ORDER BY key, id LIMIT n + 1` (`<` and `DESC` for descending).
 * - **Keys order** as in IndexedDB: numbers before strings before arrays; strings by UTF-16 code
 *   units (use a binary collation in SQL).
 * - **Migrations** run inside the upgrade transaction; they may add collections and indexes and
 *   transform values, never drop a collection.
 *
 * @example
 * ```ts
 * import { Store } from "@frontdesk/storage"
 * import { layerMemory } from "@frontdesk/storage/memory"
 * import { Effect } from "effect"
 * const schema = Store.define({
 *   version: 1,
 *   collections: [{ name: "tickets", indexes: [{ name: "byState", keyPath: "state" }] }]
 * })
 * const openTickets = Effect.gen(function* () {
 *   const store = yield* Store.Store
 *   yield* store.commit({ writes: [{ collection: "tickets", id: "t-1", expectedVersion: 0, value: { state: "open" } }] })
 *   return yield* store.query("tickets", { index: "byState", where: { eq: "open" } })
 * })
 * await Effect.runPromise(Effect.provide(openTickets, layerMemory(schema)))
 * // { items: [{ collection: "tickets", id: "t-1", version: 1, value: { state: "open" } }] }
 * ```
 * @module
 * @since 0.1.0
 */
import { History, Messages } from "@frontdesk/domain"
import { storageTexts } from "@frontdesk/domain/messages"
import type { Effect, Scope, Stream } from "effect"
import { Context, Data, Schema } from "effect"

Messages.register(storageTexts)

// ---------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------

/**
 * A value an index orders by: a number, a string, or an array of keys for compound indexes.
 *
 * @example
 * ```ts
 * import type { Store } from "@frontdesk/storage"
 * const key: Store.Key = ["u-1", "2026-03-02T00:00:00.000Z"]
 * ```
 * @category models
 * @since 0.1.0
 */
export type Key = number | string | ReadonlyArray<Key>

/**
 * A path into a record's value (`"data.assignee"`), or several for a compound index.
 *
 * @example
 * ```ts
 * import type { Store } from "@frontdesk/storage"
 * const byAssigneeAndDue: Store.KeyPath = ["data.assignee", "dueAt"]
 * ```
 * @category models
 * @since 0.1.0
 */
export type KeyPath = string | ReadonlyArray<string>

/**
 * An index a collection declares; only declared indexes can be queried.
 *
 * @example
 * ```ts
 * import type { Store } from "@frontdesk/storage"
 * const byState: Store.IndexDefinition = { name: "byState", keyPath: "state" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface IndexDefinition {
  readonly name: string
  readonly keyPath: KeyPath
  readonly unique?: boolean | undefined
}

/**
 * A collection and its indexes.
 *
 * @example
 * ```ts
 * import type { Store } from "@frontdesk/storage"
 * const tickets: Store.CollectionDefinition = { name: "tickets", indexes: [{ name: "byState", keyPath: "state" }] }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface CollectionDefinition {
  readonly name: string
  readonly indexes?: ReadonlyArray<IndexDefinition> | undefined
}

/**
 * A step from the previous schema version to `version`: `up` transforms the values of the named
 * collections. Collections and indexes themselves come from the definition, so adding one needs
 * only a version bump; removing a collection is refused, because migrations never drop data.
 *
 * @example
 * ```ts
 * import type { Store } from "@frontdesk/storage"
 * const v2: Store.Migration = {
 *   version: 2,
 *   up: { tickets: (value) => ({ ...(value as object), priority: "normal" }) }
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Migration {
  readonly version: number
  readonly up?: { readonly [collection: string]: (value: unknown, id: string) => unknown } | undefined
}

/**
 * The schema of a store: its version, collections with indexes, and migrations. A `drafts`
 * collection is always added, so forms can save drafts in any store.
 *
 * @example
 * ```ts
 * import { Store } from "@frontdesk/storage"
 * const schema = Store.define({
 *   version: 1,
 *   collections: [{ name: "tickets", indexes: [{ name: "byState", keyPath: "state" }] }]
 * })
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Definition {
  readonly version: number
  readonly collections: ReadonlyArray<CollectionDefinition>
  readonly migrations?: ReadonlyArray<Migration> | undefined
}

/**
 * The collection every store has, where forms keep drafts.
 *
 * @example
 * ```ts
 * import { Store } from "@frontdesk/storage"
 * Store.draftsCollection // "drafts"
 * ```
 * @category constants
 * @since 0.1.0
 */
export const draftsCollection = "drafts"

/**
 * The name that queries a collection by record id, without declaring an index.
 *
 * @example
 * ```ts
 * import { Store } from "@frontdesk/storage"
 * const everything = { index: Store.idIndex, order: "asc" } as const
 * ```
 * @category constants
 * @since 0.1.0
 */
export const idIndex = "id"

/**
 * Declares a store schema, adding the `drafts` collection when it is missing.
 *
 * @example
 * ```ts
 * import { Store } from "@frontdesk/storage"
 * const schema = Store.define({ version: 1, collections: [{ name: "tickets" }] })
 * schema.collections.map((c) => c.name) // ["tickets", "drafts"]
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const define = (definition: Definition): Definition =>
  definition.collections.some((collection) => collection.name === draftsCollection)
    ? definition
    : { ...definition, collections: [...definition.collections, { name: draftsCollection }] }

/**
 * A stored record: its collection, id, version (1 after the first write) and JSON value.
 *
 * @example
 * ```ts
 * import type { Store } from "@frontdesk/storage"
 * const item: Store.Item = { collection: "tickets", id: "t-1", version: 1, value: { state: "open" } }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Item<A = unknown> {
  readonly collection: string
  readonly id: string
  readonly version: number
  readonly value: A
}

/**
 * Writes a value if the record is still at `expectedVersion` (0: it must not exist yet); the
 * stored version becomes `expectedVersion + 1`.
 *
 * @example
 * ```ts
 * import type { Store } from "@frontdesk/storage"
 * const put: Store.Put = { collection: "tickets", id: "t-1", expectedVersion: 0, value: { state: "open" } }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Put {
  readonly collection: string
  readonly id: string
  readonly expectedVersion: number
  readonly value: unknown
}

/**
 * Deletes a record if it is still at `expectedVersion`. Its history stays.
 *
 * @example
 * ```ts
 * import type { Store } from "@frontdesk/storage"
 * const del: Store.Delete = { collection: "drafts", id: "form-1", expectedVersion: 3, delete: true }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Delete {
  readonly collection: string
  readonly id: string
  readonly expectedVersion: number
  readonly delete: true
}

/**
 * One write of a commit.
 *
 * @example
 * ```ts
 * import { Store } from "@frontdesk/storage"
 * const write: Store.Write = { collection: "tickets", id: "t-1", expectedVersion: 0, value: {} }
 * Store.isDelete(write) // false
 * ```
 * @category models
 * @since 0.1.0
 */
export type Write = Put | Delete

/**
 * Tells whether a write deletes.
 *
 * @example
 * ```ts
 * import { Store } from "@frontdesk/storage"
 * Store.isDelete({ collection: "drafts", id: "d", expectedVersion: 1, delete: true }) // true
 * ```
 * @category guards
 * @since 0.1.0
 */
export const isDelete = (write: Write): write is Delete => "delete" in write && write.delete === true

/**
 * A history entry together with the collection of its record.
 *
 * @example
 * ```ts
 * import type { Store } from "@frontdesk/storage"
 * const entry: Store.HistoryEntry = {
 *   collection: "tickets", recordId: "t-1", version: 1, at: "2026-03-02T01:30:00.000Z",
 *   actor: { id: "u-1", name: "王芳", roles: ["specialist"] }, command: "create", from: "", to: "open"
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface HistoryEntry extends History.Entry {
  readonly collection: string
}

/**
 * Record writes and history entries that succeed or fail together.
 *
 * @example
 * ```ts
 * import type { Store } from "@frontdesk/storage"
 * const commit: Store.Commit = {
 *   writes: [{ collection: "tickets", id: "t-1", expectedVersion: 0, value: { state: "open" } }],
 *   history: []
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Commit {
  readonly writes: ReadonlyArray<Write>
  readonly history?: ReadonlyArray<HistoryEntry> | undefined
}

/**
 * Which keys of an index a query reads: one key, a range, or (for compound indexes) every key
 * that starts with the given components.
 *
 * @example
 * ```ts
 * import type { Store } from "@frontdesk/storage"
 * const open: Store.Where = { eq: "open" }
 * const march: Store.Where = { gte: "2026-03-01", lt: "2026-04-01" }
 * const mine: Store.Where = { prefix: ["u-1"] }
 * ```
 * @category models
 * @since 0.1.0
 */
export type Where =
  | { readonly eq: Key }
  | { readonly prefix: ReadonlyArray<Key> }
  | {
      readonly gt?: Key | undefined
      readonly gte?: Key | undefined
      readonly lt?: Key | undefined
      readonly lte?: Key | undefined
    }

/**
 * A query over one declared index (or {@link idIndex}). Records with equal keys come in id order
 * (reversed for `"desc"`); `cursor` continues after the previous page.
 *
 * @example
 * ```ts
 * import type { Store } from "@frontdesk/storage"
 * const query: Store.Query = { index: "byDue", where: { lt: "2026-03-10" }, order: "asc", limit: 20 }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Query {
  readonly index: string
  readonly where?: Where | undefined
  readonly order?: "asc" | "desc" | undefined
  readonly limit?: number | undefined
  readonly cursor?: string | undefined
}

/**
 * One page of a query; `cursor` is present only when more items follow.
 *
 * @example
 * ```ts
 * import type { Store } from "@frontdesk/storage"
 * const page: Store.Page = { items: [] }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Page<A = unknown> {
  readonly items: ReadonlyArray<Item<A>>
  readonly cursor?: string | undefined
}

/**
 * A record changed by a commit (in this or, in browsers, another tab). For a delete, `version` is
 * the version the delete would have made.
 *
 * @example
 * ```ts
 * import type { Store } from "@frontdesk/storage"
 * const change: Store.Change = { collection: "tickets", id: "t-1", version: 2 }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Change {
  readonly collection: string
  readonly id: string
  readonly version: number
  readonly deleted?: true | undefined
}

/**
 * Everything in a store as one JSON document, for backup, transfer and import.
 *
 * @example
 * ```ts
 * import type { Store } from "@frontdesk/storage"
 * const doc: Store.ExportDocument = { format: "frontdesk-store", schemaVersion: 1, collections: { drafts: [] }, history: [] }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface ExportDocument {
  readonly format: "frontdesk-store"
  readonly schemaVersion: number
  readonly collections: {
    readonly [collection: string]: ReadonlyArray<{
      readonly id: string
      readonly version: number
      readonly value: unknown
    }>
  }
  readonly history: ReadonlyArray<HistoryEntry>
}

const Version = Schema.Number.check(Schema.isInt(), Schema.isGreaterThanOrEqualTo(1))

/**
 * Schema of an {@link ExportDocument}; `importAll` decodes with it before changing anything.
 *
 * @example
 * ```ts
 * import { Store } from "@frontdesk/storage"
 * import { Schema } from "effect"
 * Schema.is(Store.ExportDocumentSchema)({ format: "frontdesk-store" }) // false
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const ExportDocumentSchema = Schema.Struct({
  format: Schema.Literal("frontdesk-store"),
  schemaVersion: Version,
  collections: Schema.Record(
    Schema.String,
    Schema.Array(Schema.Struct({ id: Schema.String, version: Version, value: Schema.Unknown }))
  ),
  history: Schema.Array(
    Schema.Struct({ ...History.EntrySchema.fields, collection: Schema.String, version: Version })
  )
})

/**
 * Failures an adapter injects on demand so the conformance suite can prove that aborted and
 * over-quota commits write nothing and surface as typed errors. Production code never sets it.
 *
 * @example
 * ```ts
 * import type { Store } from "@frontdesk/storage"
 * let next: "abort" | "quota" | undefined = "quota"
 * const faults: Store.Faults = { commit: () => { const f = next; next = undefined; return f } }
 * ```
 * @category testing
 * @since 0.1.0
 */
export interface Faults {
  /** Asked after a commit's writes are staged and before it is made durable. */
  readonly commit?: ((commit: Commit) => "abort" | "quota" | undefined) | undefined
}

// ---------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------

const en = (message: Messages.Message): string => Messages.render(message, "en")

/**
 * A write's expected version was stale (or a history entry's version already exists): the whole
 * commit was refused and nothing was written.
 *
 * @example
 * ```ts
 * import { Store } from "@frontdesk/storage"
 * const error = new Store.Conflict({ collection: "tickets", id: "t-1", expectedVersion: 1, actualVersion: 2 })
 * error.text("zh-CN")
 * ```
 * @category errors
 * @since 0.1.0
 */
export class Conflict extends Data.TaggedError("Conflict")<{
  readonly collection: string
  readonly id: string
  readonly expectedVersion: number
  readonly actualVersion: number
}> {
  /** The catalogue message that explains this error. */
  toMessage(): Messages.Message {
    // Expecting version 0 means "create": the record was there already, nobody changed it.
    if (this.expectedVersion === 0) {
      return { code: "storage.alreadyExists", params: { collection: this.collection, id: this.id } }
    }
    return {
      code: "storage.conflict",
      params: {
        collection: this.collection,
        id: this.id,
        expected: this.expectedVersion,
        actual: this.actualVersion
      }
    }
  }
  /** The explanation in one locale. */
  text(locale: Messages.Locale): string {
    return Messages.render(this.toMessage(), locale)
  }
  override get message(): string {
    return en(this.toMessage())
  }
}

/**
 * A record that was required does not exist.
 *
 * @example
 * ```ts
 * import { Store } from "@frontdesk/storage"
 * new Store.NotFound({ collection: "tickets", id: "t-9" }).text("en") // "Record “tickets/t-9” was not found"
 * ```
 * @category errors
 * @since 0.1.0
 */
export class NotFound extends Data.TaggedError("NotFound")<{
  readonly collection: string
  readonly id: string
}> {
  /** The catalogue message that explains this error. */
  toMessage(): Messages.Message {
    return { code: "storage.notFound", params: { collection: this.collection, id: this.id } }
  }
  /** The explanation in one locale. */
  text(locale: Messages.Locale): string {
    return Messages.render(this.toMessage(), locale)
  }
  override get message(): string {
    return en(this.toMessage())
  }
}

/**
 * The collection is not declared in the store's schema.
 *
 * @example
 * ```ts
 * import { Store } from "@frontdesk/storage"
 * new Store.UnknownCollection({ collection: "tickts" }).text("en")
 * ```
 * @category errors
 * @since 0.1.0
 */
export class UnknownCollection extends Data.TaggedError("UnknownCollection")<{
  readonly collection: string
}> {
  /** The catalogue message that explains this error. */
  toMessage(): Messages.Message {
    return { code: "storage.unknownCollection", params: { collection: this.collection } }
  }
  /** The explanation in one locale. */
  text(locale: Messages.Locale): string {
    return Messages.render(this.toMessage(), locale)
  }
  override get message(): string {
    return en(this.toMessage())
  }
}

/**
 * The query names an index the collection does not declare.
 *
 * @example
 * ```ts
 * import { Store } from "@frontdesk/storage"
 * new Store.UnknownIndex({ collection: "tickets", index: "byColour" }).text("en")
 * ```
 * @category errors
 * @since 0.1.0
 */
export class UnknownIndex extends Data.TaggedError("UnknownIndex")<{
  readonly collection: string
  readonly index: string
}> {
  /** The catalogue message that explains this error. */
  toMessage(): Messages.Message {
    return { code: "storage.unknownIndex", params: { collection: this.collection, index: this.index } }
  }
  /** The explanation in one locale. */
  text(locale: Messages.Locale): string {
    return Messages.render(this.toMessage(), locale)
  }
  override get message(): string {
    return en(this.toMessage())
  }
}

/**
 * The storage is full; the commit was rolled back.
 *
 * @example
 * ```ts
 * import { Store } from "@frontdesk/storage"
 * new Store.QuotaExceeded({}).text("zh-CN") // "存储空间已满，本次更改均未保存"
 * ```
 * @category errors
 * @since 0.1.0
 */
export class QuotaExceeded extends Data.TaggedError("QuotaExceeded")<{ readonly cause?: unknown }> {
  /** The catalogue message that explains this error. */
  toMessage(): Messages.Message {
    return { code: "storage.quotaExceeded" }
  }
  /** The explanation in one locale. */
  text(locale: Messages.Locale): string {
    return Messages.render(this.toMessage(), locale)
  }
  override get message(): string {
    return en(this.toMessage())
  }
}

/**
 * The transaction was aborted (by the browser, the user closing the page, or a failure); nothing
 * of it was written.
 *
 * @example
 * ```ts
 * import { Store } from "@frontdesk/storage"
 * new Store.Aborted({}).text("en")
 * ```
 * @category errors
 * @since 0.1.0
 */
export class Aborted extends Data.TaggedError("Aborted")<{ readonly cause?: unknown }> {
  /** The catalogue message that explains this error. */
  toMessage(): Messages.Message {
    return { code: "storage.aborted" }
  }
  /** The explanation in one locale. */
  text(locale: Messages.Locale): string {
    return Messages.render(this.toMessage(), locale)
  }
  override get message(): string {
    return en(this.toMessage())
  }
}

/**
 * Opening a newer schema version waits for another tab that holds the database open; the open
 * fails with this instead of hanging.
 *
 * @example
 * ```ts
 * import { Store } from "@frontdesk/storage"
 * new Store.UpgradeBlocked({ database: "frontdesk", version: 2 }).text("en")
 * ```
 * @category errors
 * @since 0.1.0
 */
export class UpgradeBlocked extends Data.TaggedError("UpgradeBlocked")<{
  readonly database: string
  readonly version: number
}> {
  /** The catalogue message that explains this error. */
  toMessage(): Messages.Message {
    return { code: "storage.upgradeBlocked" }
  }
  /** The explanation in one locale. */
  text(locale: Messages.Locale): string {
    return Messages.render(this.toMessage(), locale)
  }
  override get message(): string {
    return `${en(this.toMessage())} (database ${this.database}, version ${this.version})`
  }
}

/**
 * A new schema version leaves out a collection that holds data; migrations never drop data.
 *
 * @example
 * ```ts
 * import { Store } from "@frontdesk/storage"
 * new Store.MigrationRefused({ version: 3, collection: "tickets" }).text("en")
 * ```
 * @category errors
 * @since 0.1.0
 */
export class MigrationRefused extends Data.TaggedError("MigrationRefused")<{
  readonly version: number
  readonly collection: string
}> {
  /** The catalogue message that explains this error. */
  toMessage(): Messages.Message {
    return {
      code: "storage.migrationRefused",
      params: { version: this.version, collection: this.collection }
    }
  }
  /** The explanation in one locale. */
  text(locale: Messages.Locale): string {
    return Messages.render(this.toMessage(), locale)
  }
  override get message(): string {
    return en(this.toMessage())
  }
}

/**
 * The document given to `importAll` is not a valid export; the store is unchanged. `detail` says
 * what is wrong, in English, for logs.
 *
 * @example
 * ```ts
 * import { Store } from "@frontdesk/storage"
 * new Store.InvalidImport({ detail: "format: expected \"frontdesk-store\"" }).text("zh-CN")
 * ```
 * @category errors
 * @since 0.1.0
 */
export class InvalidImport extends Data.TaggedError("InvalidImport")<{ readonly detail: string }> {
  /** The catalogue message that explains this error. */
  toMessage(): Messages.Message {
    return { code: "storage.invalidImport" }
  }
  /** The explanation in one locale. */
  text(locale: Messages.Locale): string {
    return Messages.render(this.toMessage(), locale)
  }
  override get message(): string {
    return `${en(this.toMessage())}: ${this.detail}`
  }
}

/**
 * Any other failure of the underlying storage; `detail` and `cause` are for logs.
 *
 * @example
 * ```ts
 * import { Store } from "@frontdesk/storage"
 * new Store.StorageFailure({ operation: "open", detail: "VersionError" }).text("en")
 * ```
 * @category errors
 * @since 0.1.0
 */
export class StorageFailure extends Data.TaggedError("StorageFailure")<{
  readonly operation: string
  readonly detail: string
  readonly cause?: unknown
}> {
  /** The catalogue message that explains this error. */
  toMessage(): Messages.Message {
    return { code: "storage.failure", params: { operation: this.operation } }
  }
  /** The explanation in one locale. */
  text(locale: Messages.Locale): string {
    return Messages.render(this.toMessage(), locale)
  }
  override get message(): string {
    return `${en(this.toMessage())}: ${this.detail}`
  }
}

/**
 * Every error a Store reports.
 *
 * @example
 * ```ts
 * import type { Store } from "@frontdesk/storage"
 * const tagOf = (error: Store.StoreError) => error._tag
 * ```
 * @category errors
 * @since 0.1.0
 */
export type StoreError =
  | Conflict
  | NotFound
  | UnknownCollection
  | UnknownIndex
  | QuotaExceeded
  | Aborted
  | UpgradeBlocked
  | MigrationRefused
  | InvalidImport
  | StorageFailure

/**
 * Errors of {@link Store.commit}.
 *
 * @example
 * ```ts
 * import type { Store } from "@frontdesk/storage"
 * const retryable = (error: Store.CommitError) => error._tag === "Conflict"
 * ```
 * @category errors
 * @since 0.1.0
 */
export type CommitError = Conflict | UnknownCollection | QuotaExceeded | Aborted | StorageFailure

/**
 * Errors of opening a store.
 *
 * @example
 * ```ts
 * import type { Store } from "@frontdesk/storage"
 * const blocked = (error: Store.OpenError) => error._tag === "UpgradeBlocked"
 * ```
 * @category errors
 * @since 0.1.0
 */
export type OpenError = UpgradeBlocked | MigrationRefused | StorageFailure

// ---------------------------------------------------------------------------------------------
// service
// ---------------------------------------------------------------------------------------------

/**
 * The Store contract every adapter implements (and proves with the conformance suite).
 *
 * @example
 * ```ts
 * import { Store } from "@frontdesk/storage"
 * import { Effect } from "effect"
 * const program = Effect.gen(function* () {
 *   const store = yield* Store.Store
 *   return yield* store.get("tickets", "t-1")
 * })
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Store {
  /** The schema the store was opened with, `drafts` included. */
  readonly definition: Definition
  /** One record, or `undefined`. */
  readonly get: (
    collection: string,
    id: string
  ) => Effect.Effect<Item | undefined, UnknownCollection | StorageFailure>
  /** Several records of one collection, in the order of `ids`. */
  readonly getMany: (
    collection: string,
    ids: ReadonlyArray<string>
  ) => Effect.Effect<ReadonlyArray<Item | undefined>, UnknownCollection | StorageFailure>
  /** Writes and history in one atomic transaction; returns the changes it made. */
  readonly commit: (commit: Commit) => Effect.Effect<ReadonlyArray<Change>, CommitError>
  /** A page of records over a declared index. */
  readonly query: (
    collection: string,
    query: Query
  ) => Effect.Effect<Page, UnknownCollection | UnknownIndex | StorageFailure>
  /** The history of one record, oldest first. */
  readonly history: (
    collection: string,
    recordId: string
  ) => Effect.Effect<ReadonlyArray<HistoryEntry>, UnknownCollection | StorageFailure>
  /** Changes after each commit, from this store and (in browsers) other tabs on the same database. */
  readonly watch: Stream.Stream<Change>
  /** Calls `listener` for each change until the scope closes; registered as soon as this runs. */
  readonly subscribe: (listener: (change: Change) => void) => Effect.Effect<void, never, Scope.Scope>
  /** Everything as one JSON document. */
  readonly exportAll: Effect.Effect<ExportDocument, StorageFailure>
  /** Replaces everything with a validated export; on any error nothing changes. */
  readonly importAll: (
    document: unknown
  ) => Effect.Effect<void, InvalidImport | UnknownCollection | QuotaExceeded | Aborted | StorageFailure>
}

/**
 * The Store service key.
 *
 * @example
 * ```ts
 * import { Store } from "@frontdesk/storage"
 * import { Effect } from "effect"
 * const count = Store.Store.use((store) => store.query("tickets", { index: "byState", where: { eq: "open" } }))
 * ```
 * @category services
 * @since 0.1.0
 */
export const Store: Context.Service<Store, Store> = Context.Service<Store>("@frontdesk/storage/Store")
