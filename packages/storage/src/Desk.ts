/**
 * The promise façade for developers who do not use Effect: one object that loads, creates and
 * runs workflow records, lists and watches them, keeps form drafts, and exports or imports
 * everything. Rejections are the Store's and the workflow's typed errors themselves, so
 * `catch (e) { if (e._tag === "Conflict") ... }` works.
 *
 * @example
 * ```ts
 * import type { Actor, Workflow } from "@frontdesk/domain"
 * import { Desk, Store } from "@frontdesk/storage"
 * declare const callback: Workflow.Any
 * declare const specialist: Actor.Actor
 * const desk = Desk.memory(Store.define({ version: 1, collections: [{ name: "callbacks" }] }))
 * const stop = desk.watch((change) => console.log(change.collection, change.id, change.version))
 * await desk.run(callback, "cb-1", "complete", { outcome: "satisfied" }, specialist).catch((e) => {
 *   if (e._tag === "Conflict") return desk.get("callbacks", "cb-1") // changed meanwhile: show the new one
 *   throw e
 * })
 * ```
 * @module
 * @since 0.1.0
 */
import type { Actor, Calendar, History, Workflow } from "@frontdesk/domain"
import type { Layer } from "effect"
import { Cause, Effect, Exit, Layer as Layers, ManagedRuntime, Scope } from "effect"
import { layerIndexedDb } from "./indexeddb.js"
import { layerMemory } from "./memory.js"
import * as Runner from "./Runner.js"
import * as Store from "./Store.js"

/**
 * A query over a declared index; see {@link Store.Query}.
 *
 * @example
 * ```ts
 * import type { Desk } from "@frontdesk/storage"
 * const query: Desk.Query = { index: "byState", where: { eq: "open" }, limit: 20 }
 * ```
 * @category models
 * @since 0.1.0
 */
export type Query = Store.Query

/**
 * A change to a record; see {@link Store.Change}.
 *
 * @example
 * ```ts
 * import type { Desk } from "@frontdesk/storage"
 * const onChange = (change: Desk.Change) => change.collection === "callbacks"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Change = Store.Change

/**
 * Everything in a store as JSON; see {@link Store.ExportDocument}.
 *
 * @example
 * ```ts
 * import type { Desk } from "@frontdesk/storage"
 * const download = (doc: Desk.ExportDocument) => JSON.stringify(doc)
 * ```
 * @category models
 * @since 0.1.0
 */
export type ExportDocument = Store.ExportDocument

/**
 * Form drafts, kept in the `drafts` collection every store has. The last save wins.
 *
 * @example
 * ```ts
 * import type { Desk } from "@frontdesk/storage"
 * declare const desk: Desk.Desk
 * await desk.drafts.save("new-callback", { phone: "138" })
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Drafts {
  /** Saves a draft, replacing the previous one. */
  save(key: string, value: unknown): Promise<void>
  /** The saved draft, or `undefined`. */
  load(key: string): Promise<unknown | undefined>
  /** Removes a draft, if there is one. */
  clear(key: string): Promise<void>
}

/**
 * The promise façade over a Store and the Runner.
 *
 * @example
 * ```ts
 * import { Desk } from "@frontdesk/storage"
 * import { Actor, type Workflow } from "@frontdesk/domain"
 * declare const callback: Workflow.Any
 * declare const schema: import("@frontdesk/storage").Store.Definition
 * const desk = Desk.memory(schema)
 * const record = await desk.create(callback, "cb-1", { phone: "13800138000" }, Actor.make("u-2", "李强", ["supervisor"]))
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Desk {
  /** The record, or `undefined` when there is none. */
  get<D>(collection: string, id: string): Promise<Workflow.Record<D> | undefined>
  /** Creates a record through the workflow and commits it with its first history entry. */
  create<D>(
    workflow: Workflow.Any,
    id: string,
    input: unknown,
    actor: Actor.Actor,
    options?: CallOptions
  ): Promise<Workflow.Record<D>>
  /** Runs a command: load, decide, commit against the loaded version; resolves to the new record. */
  run<D>(
    workflow: Workflow.Any,
    id: string,
    command: string,
    input: unknown,
    actor: Actor.Actor,
    options?: CallOptions
  ): Promise<Workflow.Record<D>>
  /** The record's history, oldest first. */
  history(collection: string, recordId: string): Promise<ReadonlyArray<History.Entry>>
  /** A page of records over a declared index. */
  query<D>(
    collection: string,
    query: Query
  ): Promise<{ items: ReadonlyArray<Workflow.Record<D>>; cursor?: string }>
  /**
   * Recomputes the open deadlines of a workflow's records on `calendar` (e.g. with next year's
   * holiday arrangement loaded) and stores those that changed, without history entries; resolves
   * to how many changed. From then on the desk's commands count on `calendar` too, so the next
   * command does not move the deadlines back. See `Runner.recomputeDeadlines`.
   */
  recomputeDeadlines(workflow: Workflow.Any, calendar: Calendar.Calendar): Promise<number>
  /** Calls `listener` after every change; returns the function that stops it. */
  watch(listener: (change: Change) => void): () => void
  /** Form drafts in the `drafts` collection. */
  drafts: Drafts
  /** Everything as one JSON document. */
  export(): Promise<ExportDocument>
  /** Replaces everything with a valid export; rejects with `InvalidImport` and changes nothing otherwise. */
  import(doc: unknown): Promise<void>
  /**
   * Stops every watcher and closes the store. Afterwards every call rejects with a
   * `StorageFailure` saying the desk is closed, and `watch` hears nothing.
   */
  close(): Promise<void>
}

/**
 * Options of {@link createDesk}.
 *
 * @example
 * ```ts
 * import { type Desk, Store } from "@frontdesk/storage"
 * import { layerMemory } from "@frontdesk/storage/memory"
 * const options: Desk.Options = {
 *   store: layerMemory(Store.define({ version: 1, collections: [{ name: "callbacks" }] })),
 *   safeToRetry: ["attempt"]
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Options {
  /** A Store layer (opened on first use, closed by `close`) or an opened Store. */
  readonly store: Layer.Layer<Store.Store, unknown> | Store.Store
  /** The time of commands; the system clock when absent. */
  readonly clock?: (() => Date) | undefined
  /** The business calendar deadlines count on; the domain's default when absent. */
  readonly calendar?: Calendar.Calendar | undefined
  /** Whatever else the workflows' guards look up. */
  readonly context?: Workflow.Context | undefined
  /** Commands that may be decided again after a `Conflict`; see `Runner.Options.safeToRetry`. */
  readonly safeToRetry?:
    | ReadonlyArray<string>
    | ((workflow: Workflow.Any, command: string) => boolean)
    | undefined
  /**
   * Where `create` and `run` are decided: here, through the Runner, when absent; or elsewhere,
   * such as a service that checks the actor's roles itself (`commands` of `@frontdesk/storage/http`).
   */
  readonly commands?: Commands | undefined
}

/**
 * Options of one `create` or `run`: `context` adds what this command's guards look up (the
 * company's blacklist, a related record) to the desk's own context, for this call only. A desk
 * whose commands are decided elsewhere (`commands`) does not send it: a service decides on what it
 * looks up itself, never on what a caller claims.
 *
 * @example
 * ```ts
 * import { Actor, Workflow } from "@frontdesk/domain"
 * import { Desk } from "@frontdesk/storage"
 * declare const desk: Desk.Desk
 * declare const candidate: Workflow.Any
 * const hr = Actor.make("u-3", "赵敏", ["hr"])
 * await desk.run(candidate, "c-1", "screen", { outcome: "pass" }, hr, { context: { blacklist: ["110101199003071234"] } })
 * ```
 * @category models
 * @since 0.1.0
 */
export interface CallOptions {
  readonly context?: Workflow.Context | undefined
}

/**
 * Decides and commits a desk's `create` and `run` somewhere other than in the desk itself, with the
 * desk's store at hand — for a remote service that must check the actor's roles on its side.
 *
 * @example
 * ```ts
 * import { type Desk, Runner } from "@frontdesk/storage"
 * // What a desk does when no `commands` are given (clock, calendar and retries aside):
 * const local: Desk.Commands = { create: Runner.create, run: Runner.run }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Commands {
  /** Creates a record as `Desk.create` does, resolving to the stored record. */
  readonly create: (
    workflow: Workflow.Any,
    id: string,
    input: unknown,
    actor: Actor.Actor
  ) => Effect.Effect<Workflow.Record<unknown>, Runner.RunError, Store.Store>
  /** Runs a command as `Desk.run` does, resolving to the stored record. */
  readonly run: (
    workflow: Workflow.Any,
    id: string,
    command: string,
    input: unknown,
    actor: Actor.Actor
  ) => Effect.Effect<Workflow.Record<unknown>, Runner.RunError, Store.Store>
}

/**
 * How many times saving a draft is tried when another tab saves the same draft at once.
 *
 * @example
 * ```ts
 * import { Desk } from "@frontdesk/storage"
 * Desk.draftAttempts // 5
 * ```
 * @category constants
 * @since 0.1.0
 */
export const draftAttempts = 5

const isLayer = (store: Options["store"]): store is Layer.Layer<Store.Store, unknown> => Layers.isLayer(store)

/**
 * Makes a Desk over a Store.
 *
 * @example
 * ```ts
 * import { createDesk, Store } from "@frontdesk/storage"
 * import { layerIndexedDb } from "@frontdesk/storage/indexeddb"
 * const schema = Store.define({ version: 1, collections: [{ name: "callbacks", indexes: [{ name: "byState", keyPath: "state" }] }] })
 * const desk = createDesk({ store: layerIndexedDb({ name: "frontdesk", schema }) })
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const createDesk = (options: Options): Desk => {
  const layer = isLayer(options.store) ? options.store : Layers.succeed(Store.Store)(options.store)
  const runtime = ManagedRuntime.make(layer)
  const withCalendar = (calendar: Calendar.Calendar | undefined): Workflow.Context | undefined =>
    calendar === undefined ? options.context : { ...options.context, calendar }
  // Replaced when deadlines are recomputed on a newer calendar.
  let context = withCalendar(options.calendar)
  const runnerOptions = (workflow: Workflow.Any, command: string, call?: CallOptions): Runner.Options => ({
    now: options.clock,
    context: call?.context === undefined ? context : { ...context, ...call.context },
    safeToRetry:
      options.safeToRetry === undefined
        ? false
        : typeof options.safeToRetry === "function"
          ? options.safeToRetry(workflow, command)
          : options.safeToRetry.includes(command)
  })

  let closed = false
  const closedError = (operation: string) =>
    new Store.StorageFailure({ operation, detail: "the desk is closed; create a new desk to go on" })

  const execute = <A, E>(operation: string, effect: Effect.Effect<A, E, Store.Store>): Promise<A> =>
    runtime.runPromiseExit(effect).then((exit) => {
      if (Exit.isSuccess(exit)) return exit.value
      // A call that `close` cut short (or that reached the disposed runtime) would otherwise
      // reject with an interruption or the bare string "ManagedRuntime disposed".
      if (closed && !Cause.hasFails(exit.cause)) throw closedError(operation)
      // The typed error itself, so callers can switch on `_tag`.
      throw Cause.squash(exit.cause)
    })

  // Watchers registered before the store is open are subscribed the moment it opens, before any
  // operation runs, so a watcher set up first never misses the first change.
  const watchers = new Set<Scope.Closeable>()
  const pending = new Map<Scope.Closeable, (change: Change) => void>()
  // Forked rather than run synchronously: a local store registers the listener at once all the
  // same, and a remote one (HTTP) goes on to open its change stream without blocking `watch`.
  const subscribe = (opened: Store.Store, scope: Scope.Closeable, listener: (change: Change) => void) =>
    Effect.runFork(Scope.provide(scope)(opened.subscribe(listener)))
  let store: Store.Store | undefined
  const ready = execute("open", Store.Store).then((opened) => {
    store = opened
    for (const [scope, listener] of pending) subscribe(opened, scope, listener)
    pending.clear()
    return opened
  })
  // An open failure is reported by every call; this only keeps it from being unhandled meanwhile.
  ready.catch(() => undefined)

  const promise = <A, E>(operation: string, effect: Effect.Effect<A, E, Store.Store>): Promise<A> =>
    closed
      ? Promise.reject(closedError(operation))
      : ready.then(
          () => (closed ? Promise.reject(closedError(operation)) : execute(operation, effect)),
          (error: unknown) => Promise.reject(closed ? closedError(operation) : error)
        )

  const draft = (operation: string, f: (store: Store.Store) => Effect.Effect<void, Store.CommitError>) =>
    promise(
      operation,
      Effect.flatMap(Store.Store, (opened) =>
        f(opened).pipe(
          Effect.retry({ times: draftAttempts - 1, while: (error) => error._tag === "Conflict" })
        )
      )
    )

  return {
    get: <D>(collection: string, id: string) =>
      promise(
        "get",
        Effect.flatMap(Store.Store, (opened) =>
          Effect.map(opened.get(collection, id), (item) => item?.value as Workflow.Record<D> | undefined)
        )
      ),
    create: <D>(workflow: Workflow.Any, id: string, input: unknown, actor: Actor.Actor, call?: CallOptions) =>
      promise(
        "create",
        options.commands === undefined
          ? Runner.create<D>(workflow, id, input, actor, runnerOptions(workflow, "create", call))
          : (options.commands.create(workflow, id, input, actor) as Effect.Effect<
              Workflow.Record<D>,
              Runner.RunError,
              Store.Store
            >)
      ),
    run: <D>(
      workflow: Workflow.Any,
      id: string,
      command: string,
      input: unknown,
      actor: Actor.Actor,
      call?: CallOptions
    ) =>
      promise(
        "run",
        options.commands === undefined
          ? Runner.run<D>(workflow, id, command, input, actor, runnerOptions(workflow, command, call))
          : (options.commands.run(workflow, id, command, input, actor) as Effect.Effect<
              Workflow.Record<D>,
              Runner.RunError,
              Store.Store
            >)
      ),
    history: (collection: string, recordId: string) =>
      promise(
        "history",
        Effect.flatMap(Store.Store, (opened) =>
          Effect.map(opened.history(collection, recordId), (entries) =>
            entries.map(({ collection: _, ...entry }) => entry as History.Entry)
          )
        )
      ),
    query: <D>(collection: string, query: Query) =>
      promise(
        "query",
        Effect.flatMap(Store.Store, (opened) =>
          Effect.map(opened.query(collection, query), (page) => {
            const items = page.items.map((item) => item.value as Workflow.Record<D>)
            return page.cursor === undefined ? { items } : { items, cursor: page.cursor }
          })
        )
      ),
    recomputeDeadlines: (workflow, calendar) =>
      promise(
        "recomputeDeadlines",
        Effect.map(Runner.recomputeDeadlines(workflow, calendar), (recomputed) => {
          context = withCalendar(calendar)
          return recomputed.changed
        })
      ),
    watch: (listener) => {
      // A closed desk has no store to hear from; the stop function is still safe to call.
      if (closed) return () => undefined
      const scope = Scope.makeUnsafe()
      watchers.add(scope)
      let stopped = false
      if (store !== undefined) subscribe(store, scope, listener)
      else pending.set(scope, listener)
      return () => {
        if (stopped) return
        stopped = true
        watchers.delete(scope)
        pending.delete(scope)
        Effect.runSync(Scope.close(scope, Exit.void))
      }
    },
    drafts: {
      save: (key, value) =>
        draft("drafts.save", (opened) =>
          Effect.flatMap(opened.get(Store.draftsCollection, key), (item) =>
            opened.commit({
              writes: [
                { collection: Store.draftsCollection, id: key, expectedVersion: item?.version ?? 0, value }
              ]
            })
          ).pipe(Effect.asVoid)
        ),
      load: (key) =>
        promise(
          "drafts.load",
          Effect.flatMap(Store.Store, (opened) =>
            Effect.map(opened.get(Store.draftsCollection, key), (item) => item?.value)
          )
        ),
      clear: (key) =>
        draft("drafts.clear", (opened) =>
          Effect.flatMap(opened.get(Store.draftsCollection, key), (item) =>
            item === undefined
              ? Effect.void
              : opened.commit({
                  writes: [
                    {
                      collection: Store.draftsCollection,
                      id: key,
                      expectedVersion: item.version,
                      delete: true
                    }
                  ]
                })
          ).pipe(Effect.asVoid)
        )
    },
    export: () =>
      promise(
        "export",
        Effect.flatMap(Store.Store, (opened) => opened.exportAll)
      ),
    import: (doc) =>
      promise(
        "import",
        Effect.flatMap(Store.Store, (opened) => opened.importAll(doc))
      ),
    close: async () => {
      closed = true
      for (const scope of watchers) Effect.runSync(Scope.close(scope, Exit.void))
      watchers.clear()
      pending.clear()
      await runtime.dispose()
    }
  }
}

/**
 * A Desk over a fresh memory store, for demos, tests and server-side rendering.
 *
 * @example
 * ```ts
 * import { Desk, Store } from "@frontdesk/storage"
 * const desk = Desk.memory(Store.define({ version: 1, collections: [{ name: "callbacks" }] }))
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const memory = (schema: Store.Definition, options: Omit<Options, "store"> = {}): Desk =>
  createDesk({ ...options, store: layerMemory(schema) })

/**
 * A Desk over an IndexedDB database, shared with (and watched across) the other tabs of the origin.
 *
 * @example
 * ```ts
 * import { Desk, Store } from "@frontdesk/storage"
 * const desk = Desk.indexedDb({ name: "frontdesk", schema: Store.define({ version: 1, collections: [{ name: "callbacks" }] }) })
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const indexedDb = (
  options: { readonly name: string; readonly schema: Store.Definition } & Omit<Options, "store">
): Desk => {
  const { name, schema, ...rest } = options
  return createDesk({ ...rest, store: layerIndexedDb({ name, schema }) })
}

/**
 * Options of {@link overdue}.
 *
 * @example
 * ```ts
 * import type { Desk } from "@frontdesk/storage"
 * const options: Desk.OverdueOptions = { index: "byDue", limit: 50 }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface OverdueOptions {
  /** The collection's index on the record's `dueAt` (declare `{ name, keyPath: "dueAt" }`). */
  readonly index: string
  /** Records per page; every overdue record when absent. */
  readonly limit?: number | undefined
  /** The cursor of the previous page. */
  readonly cursor?: string | undefined
}

/**
 * Everything overdue at `now` (逾期未办): the workflow's records whose earliest open deadline was
 * due before `now`, most overdue first. It is one range query on a `dueAt` index,
 * `{ where: { lt: now.toISOString() } }`: a record's `dueAt` is the due instant of its earliest
 * open deadline (its estimate when the calendar does not reach it yet), and is absent once every
 * deadline is met or while the clock is paused — so met and paused records never show up.
 *
 * @example
 * ```ts
 * import type { Workflow } from "@frontdesk/domain"
 * import { Desk, Store } from "@frontdesk/storage"
 * declare const callback: Workflow.Any
 * const desk = Desk.memory(Store.define({
 *   version: 1, collections: [{ name: "callbacks", indexes: [{ name: "byDue", keyPath: "dueAt" }] }]
 * }))
 * const { items } = await Desk.overdue(desk, callback, new Date(), { index: "byDue" })
 * ```
 * @category queries
 * @since 0.1.0
 */
export const overdue = <D>(
  desk: Desk,
  workflow: Workflow.Any,
  now: Date,
  options: OverdueOptions
): Promise<{ items: ReadonlyArray<Workflow.Record<D>>; cursor?: string }> => {
  const query: Query = {
    index: options.index,
    where: { lt: now.toISOString() },
    order: "asc",
    limit: options.limit,
    cursor: options.cursor
  }
  return desk.query<D>(workflow.collection, query)
}
