/**
 * The Runner ties a domain workflow to a Store: load the record, let the workflow decide, commit
 * the new record and its history entry against the version that was loaded, return the new
 * record. A record's store version is always its `version`.
 *
 * @example
 * ```ts
 * import { Actor, type Workflow } from "@frontdesk/domain"
 * import { Runner, type Store } from "@frontdesk/storage"
 * import { layerMemory } from "@frontdesk/storage/memory"
 * import { Effect } from "effect"
 * declare const callback: Workflow.Any
 * declare const schema: Store.Definition
 * const complete = Runner.run(callback, "cb-1", "complete", { outcome: "satisfied" }, Actor.make("u-1", "王芳", ["specialist"]))
 * const record = await Effect.runPromise(Effect.provide(complete, layerMemory(schema)))
 * ```
 * @module
 * @since 0.1.0
 */
import type { Actor, Calendar, Workflow } from "@frontdesk/domain"
import { Workflow as Workflows } from "@frontdesk/domain"
import { Clock, Effect, Result } from "effect"
import * as Store from "./Store.js"

/**
 * How many times a command that is safe to retry is run again after a `Conflict`, by default.
 *
 * @example
 * ```ts
 * import { Runner } from "@frontdesk/storage"
 * Runner.defaultRetries // 3
 * ```
 * @category constants
 * @since 0.1.0
 */
export const defaultRetries = 3

/**
 * Options of a run.
 *
 * @example
 * ```ts
 * import type { Runner } from "@frontdesk/storage"
 * const options: Runner.Options = { safeToRetry: true, now: () => new Date("2026-03-02T01:00:00Z") }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Options {
  /**
   * Whether the command may be decided again on a fresher copy after a `Conflict`. Only commands
   * whose outcome does not depend on what the person saw (e.g. logging a call attempt) should be;
   * for the others the person must look at the new state, so the `Conflict` is returned.
   */
  readonly safeToRetry?: boolean | undefined
  /** How many retries at most; {@link defaultRetries} when absent. */
  readonly retries?: number | undefined
  /** The time of the command; Effect's `Clock` when absent, so tests can use `TestClock`. */
  readonly now?: (() => Date) | undefined
  /** What guards and deadlines need, such as the business calendar. */
  readonly context?: Workflow.Context | undefined
}

/**
 * Errors of running a command.
 *
 * @example
 * ```ts
 * import type { Runner } from "@frontdesk/storage"
 * const mustReload = (error: Runner.RunError) => error._tag === "Conflict"
 * ```
 * @category errors
 * @since 0.1.0
 */
export type RunError =
  | Workflow.WorkflowError
  | Store.NotFound
  | Store.Conflict
  | Store.UnknownCollection
  | Store.QuotaExceeded
  | Store.Aborted
  | Store.StorageFailure

const nowOf = (options: Options): Effect.Effect<Date> =>
  options.now === undefined
    ? Effect.map(Clock.currentTimeMillis, (millis) => new Date(millis))
    : Effect.sync(options.now)

const fromResult = <A, E>(result: Result.Result<A, E>): Effect.Effect<A, E> =>
  Result.isSuccess(result) ? Effect.succeed(result.success) : Effect.fail(result.failure)

const entryOf = (collection: string, entry: Workflow.Decision<unknown>["entry"]): Store.HistoryEntry => ({
  ...entry,
  collection
})

/**
 * Loads a workflow's record, failing with `NotFound` when there is none.
 *
 * @example
 * ```ts
 * import { Runner } from "@frontdesk/storage"
 * import type { Workflow } from "@frontdesk/domain"
 * declare const callback: Workflow.Any
 * const record = Runner.load(callback, "cb-1")
 * ```
 * @category loading
 * @since 0.1.0
 */
export const load = <D>(
  workflow: Workflow.Workflow<string, D, any>,
  id: string
): Effect.Effect<
  Workflow.Record<D>,
  Store.NotFound | Store.UnknownCollection | Store.StorageFailure,
  Store.Store
> =>
  Effect.gen(function* () {
    const store = yield* Store.Store
    const item = yield* store.get(workflow.collection, id)
    if (item === undefined) return yield* new Store.NotFound({ collection: workflow.collection, id })
    const record = item.value as Workflow.Record<D>
    if (record.version !== item.version) {
      return yield* new Store.StorageFailure({
        operation: "load",
        detail: `record ${workflow.collection}/${id} has version ${record.version} but is stored at ${item.version}`
      })
    }
    return record
  })

/**
 * Creates a record: the workflow checks role, input and rules, then the record and its first
 * history entry are committed, failing with `Conflict` when the id is taken.
 *
 * @example
 * ```ts
 * import { Runner } from "@frontdesk/storage"
 * import { Actor, type Workflow } from "@frontdesk/domain"
 * declare const callback: Workflow.Any
 * const created = Runner.create(callback, "cb-1", { phone: "13800138000" }, Actor.make("u-2", "李强", ["supervisor"]))
 * ```
 * @category running
 * @since 0.1.0
 */
export const create = <D>(
  workflow: Workflow.Workflow<string, D, any>,
  id: string,
  input: unknown,
  actor: Actor.Actor,
  options: Options = {}
): Effect.Effect<Workflow.Record<D>, RunError, Store.Store> =>
  Effect.gen(function* () {
    const store = yield* Store.Store
    const now = yield* nowOf(options)
    const decision = yield* fromResult(
      Workflows.create(workflow, { id, input, actor, now, context: options.context })
    )
    yield* store.commit({
      writes: [{ collection: workflow.collection, id, expectedVersion: 0, value: decision.record }],
      history: [entryOf(workflow.collection, decision.entry)]
    })
    return decision.record
  })

const runOnce = <D>(
  workflow: Workflow.Workflow<string, D, any>,
  id: string,
  command: string,
  input: unknown,
  actor: Actor.Actor,
  options: Options
): Effect.Effect<Workflow.Record<D>, RunError, Store.Store> =>
  Effect.gen(function* () {
    const store = yield* Store.Store
    const record = yield* load(workflow, id)
    const now = yield* nowOf(options)
    const decision = yield* fromResult(
      Workflows.decide(workflow as Workflow.Any, record, command, input, actor, now, options.context)
    )
    yield* store.commit({
      writes: [
        { collection: workflow.collection, id, expectedVersion: record.version, value: decision.record }
      ],
      history: [entryOf(workflow.collection, decision.entry)]
    })
    return decision.record as Workflow.Record<D>
  })

/**
 * Runs a command on a stored record: load → decide → commit with the loaded version → the new
 * record. On `Conflict` (someone else changed the record meanwhile) the command is decided again
 * on the fresh record only when `safeToRetry` is set, at most `retries` times.
 *
 * @example
 * ```ts
 * import { Runner } from "@frontdesk/storage"
 * import { Actor, type Workflow } from "@frontdesk/domain"
 * declare const callback: Workflow.Any
 * const done = Runner.run(callback, "cb-1", "complete", { outcome: "satisfied" }, Actor.make("u-1", "王芳", ["specialist"]))
 * ```
 * @category running
 * @since 0.1.0
 */
export const run = <D>(
  workflow: Workflow.Workflow<string, D, any>,
  id: string,
  command: string,
  input: unknown,
  actor: Actor.Actor,
  options: Options = {}
): Effect.Effect<Workflow.Record<D>, RunError, Store.Store> => {
  const retries = options.safeToRetry === true ? Math.max(0, options.retries ?? defaultRetries) : 0
  const attempt = (left: number): Effect.Effect<Workflow.Record<D>, RunError, Store.Store> =>
    runOnce(workflow, id, command, input, actor, options).pipe(
      Effect.catchTag("Conflict", (conflict) => (left > 0 ? attempt(left - 1) : Effect.fail(conflict)))
    )
  return attempt(retries)
}

// ---------------------------------------------------------------------------------------------
// recomputing deadlines
// ---------------------------------------------------------------------------------------------

/**
 * How many records {@link recomputeDeadlines} reads per query page, by default.
 *
 * @example
 * ```ts
 * import { Runner } from "@frontdesk/storage"
 * Runner.recomputePageSize // 100
 * ```
 * @category constants
 * @since 0.1.0
 */
export const recomputePageSize = 100

/**
 * Options of {@link recomputeDeadlines}.
 *
 * @example
 * ```ts
 * import type { Runner } from "@frontdesk/storage"
 * const options: Runner.RecomputeOptions = { pageSize: 500 }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface RecomputeOptions {
  /**
   * The index to page through; every record (`Store.idIndex`) when absent. An index on `dueAt`
   * reads only records with an open deadline, which is quicker, but leaves out paused ones:
   * their clock is stopped, so they have no `dueAt` until resumed (resuming recomputes them).
   */
  readonly index?: string | undefined
  /** Records per page; {@link recomputePageSize} when absent. */
  readonly pageSize?: number | undefined
}

/**
 * What {@link recomputeDeadlines} did: how many records it changed, and the ids of those it left
 * because they changed under it twice in a row (run it again to settle them).
 *
 * @example
 * ```ts
 * import type { Runner } from "@frontdesk/storage"
 * const summary: Runner.Recomputed = { changed: 3, conflicts: [] }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Recomputed {
  readonly changed: number
  readonly conflicts: ReadonlyArray<string>
}

/**
 * Errors of {@link recomputeDeadlines}: everything but a `Conflict`, which is retried and then
 * reported in {@link Recomputed.conflicts}.
 *
 * @example
 * ```ts
 * import type { Runner } from "@frontdesk/storage"
 * const explain = (error: Runner.RecomputeError) => error._tag
 * ```
 * @category errors
 * @since 0.1.0
 */
export type RecomputeError =
  | Store.UnknownCollection
  | Store.UnknownIndex
  | Store.QuotaExceeded
  | Store.Aborted
  | Store.StorageFailure

const versionMismatch = (collection: string, item: Store.Item): Store.StorageFailure =>
  new Store.StorageFailure({
    operation: "recomputeDeadlines",
    detail: `record ${collection}/${item.id} has version ${(item.value as Workflow.Record<unknown>).version} but is stored at ${item.version}`
  })

/**
 * Stores one record's recomputed deadlines: `true` when it changed, `false` when nothing did,
 * or a `Conflict` when the record changed since it was read.
 */
const recomputeOne = (
  store: Store.Store,
  workflow: Workflow.Any,
  item: Store.Item,
  calendar: Calendar.Calendar
): Effect.Effect<boolean, Store.CommitError> => {
  const record = item.value as Workflow.Record<unknown>
  if (record.version !== item.version) return Effect.fail(versionMismatch(workflow.collection, item))
  const next = Workflows.recomputeDeadlines(workflow, record, calendar)
  if (next === record) return Effect.succeed(false)
  return Effect.as(
    store.commit({
      writes: [
        {
          collection: workflow.collection,
          id: item.id,
          expectedVersion: item.version,
          value: { ...next, version: item.version + 1 }
        }
      ]
    }),
    true
  )
}

/**
 * Recomputes the open deadlines of every record of a workflow on a calendar — what to do once
 * newer calendar data is loaded (next year's State Council arrangement, a holiday declared at
 * short notice) — and stores each record whose deadlines changed, against the version read.
 * Records whose deadlines stay put are not written.
 *
 * Each changed record is its own commit, so a record changed meanwhile by someone else only
 * costs that record one retry: it is read again and recomputed once more; if it changed again,
 * its id is reported in `conflicts` and the run goes on. (The command that changed it computed
 * its deadlines itself, on whatever calendar its caller passed.)
 *
 * No history entry is written: recomputing is not a command anyone gave, and history keeps what
 * people did. The Store does not ask for one — a commit may hold writes alone — but every write
 * adds one to the version, and `Runner.load` needs the record's `version` to be its stored
 * version, so the stored record's `version` goes up by one and its history skips that number
 * (`Workflow.replay` keeps the numbering). `updatedAt` stays the time of the last command.
 *
 * @example
 * ```ts
 * import { Calendar, type Workflow } from "@frontdesk/domain"
 * import { Runner } from "@frontdesk/storage"
 * declare const callback: Workflow.Any
 * declare const nextYear: Calendar.Dataset
 * const calendar = Calendar.withData(Calendar.cnMainland(), nextYear)
 * const recomputed = Runner.recomputeDeadlines(callback, calendar) // Effect<{ changed, conflicts }>
 * ```
 * @category running
 * @since 0.1.0
 */
export const recomputeDeadlines = (
  workflow: Workflow.Any,
  calendar: Calendar.Calendar,
  options: RecomputeOptions = {}
): Effect.Effect<Recomputed, RecomputeError, Store.Store> =>
  Effect.gen(function* () {
    const store = yield* Store.Store
    const index = options.index ?? Store.idIndex
    const limit = Math.max(1, options.pageSize ?? recomputePageSize)
    let changed = 0
    const conflicts: Array<string> = []
    let cursor: string | undefined
    do {
      const page: Store.Page = yield* store.query(
        workflow.collection,
        cursor === undefined ? { index, limit } : { index, limit, cursor }
      )
      for (const item of page.items) {
        const stored = yield* recomputeOne(store, workflow, item, calendar).pipe(
          Effect.catchTag("Conflict", () =>
            Effect.flatMap(store.get(workflow.collection, item.id), (fresh) =>
              fresh === undefined
                ? Effect.succeed(false) // deleted meanwhile: nothing left to recompute
                : recomputeOne(store, workflow, fresh, calendar)
            )
          ),
          Effect.catchTag("Conflict", () => {
            conflicts.push(item.id)
            return Effect.succeed(false)
          })
        )
        if (stored) changed++
      }
      cursor = page.cursor
    } while (cursor !== undefined)
    return { changed, conflicts }
  })
