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
import type { Actor, Workflow } from "@frontdesk/domain"
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
