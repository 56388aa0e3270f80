/**
 * The Store conformance suite: one set of vitest tests that every adapter runs, in Node and in a
 * real browser, so "an adapter" means "passes this suite" — a third party's adapter included.
 *
 * @example
 * ```ts
 * // test/my-adapter.test.ts, run by vitest
 * import type { Layer } from "effect"
 * import type { Store } from "@frontdesk/storage"
 * import { conformance, type Open } from "@frontdesk/storage/testing"
 * declare const layerMyAdapter: (open: Open) => Layer.Layer<Store.Store, Store.OpenError>
 * conformance("my-adapter", (open) => layerMyAdapter(open))
 * ```
 * @module
 * @since 0.1.0
 */
import type { Scope } from "effect"
import { Context, Effect, Exit, Fiber, Layer, Stream } from "effect"
import { describe, expect, it } from "vitest"
import * as Store from "../Store.js"

/**
 * What the suite asks a factory to open. The same `name` twice means the same database (a reopen
 * after a schema change, or a second tab); `faults` must be passed through to the adapter.
 *
 * @example
 * ```ts
 * import type { Open } from "@frontdesk/storage/testing"
 * const describeOpen = (open: Open) => `${open.name} v${open.schema.version}`
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Open {
  readonly name: string
  readonly schema: Store.Definition
  readonly faults?: Store.Faults | undefined
}

/**
 * Opens the adapter under test, as a layer or as a scoped effect.
 *
 * @example
 * ```ts
 * import type { Factory } from "@frontdesk/storage/testing"
 * import { layerIndexedDb } from "@frontdesk/storage/indexeddb"
 * const factory: Factory = (open) => layerIndexedDb(open)
 * ```
 * @category models
 * @since 0.1.0
 */
export type Factory = (
  open: Open
) => Layer.Layer<Store.Store, unknown> | Effect.Effect<Store.Store, unknown, Scope.Scope>

const acquire = (made: ReturnType<Factory>): Effect.Effect<Store.Store, unknown, Scope.Scope> =>
  Layer.isLayer(made)
    ? Effect.map(Layer.build(made as Layer.Layer<Store.Store, unknown>), (context) =>
        Context.get(context, Store.Store)
      )
    : (made as Effect.Effect<Store.Store, unknown, Scope.Scope>)

const actor = { id: "u-1", name: "王芳", roles: ["specialist"] }

/** The schema every test starts from. */
const schemaV1 = Store.define({
  version: 1,
  collections: [
    {
      name: "tickets",
      indexes: [
        { name: "byState", keyPath: "state" },
        { name: "byDue", keyPath: "dueAt" },
        { name: "byAssigneeDue", keyPath: ["data.assignee", "dueAt"] },
        { name: "byRank", keyPath: "data.rank" }
      ]
    },
    { name: "notes" }
  ]
})

interface Ticket {
  readonly state: string
  readonly dueAt?: string
  readonly data: { readonly assignee?: string; readonly rank?: unknown }
}

const put = (id: string, value: unknown, expectedVersion = 0): Store.Put => ({
  collection: "tickets",
  id,
  expectedVersion,
  value
})

const entry = (recordId: string, version: number, collection = "tickets"): Store.HistoryEntry => ({
  collection,
  recordId,
  version,
  at: `2026-03-02T0${version % 10}:00:00.000Z`,
  actor,
  command: version === 1 ? "create" : "update",
  from: version === 1 ? "" : "open",
  to: "open"
})

/** A deterministic generator, so a failing case is the same case on every run. */
const random = (seed: number) => {
  let state = seed >>> 0
  return (n: number): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state % n
  }
}

const idsOf = (page: Store.Page) => page.items.map((item) => item.id)

/**
 * Registers the conformance tests for one adapter.
 *
 * @example
 * ```ts
 * import { conformance } from "@frontdesk/storage/testing"
 * import { layerMemory, makeDatabase } from "@frontdesk/storage/memory"
 * const databases = new Map<string, ReturnType<typeof makeDatabase>>()
 * conformance("memory", ({ name, schema, faults }) => {
 *   if (!databases.has(name)) databases.set(name, makeDatabase())
 *   return layerMemory(schema, { database: databases.get(name), faults })
 * })
 * ```
 * @category testing
 * @since 0.1.0
 */
export const conformance = (adapter: string, factory: Factory): void => {
  const fresh = () => `conformance-${adapter}-${globalThis.crypto.randomUUID()}`

  const withStore = <A, E>(
    open: Open,
    f: (store: Store.Store) => Effect.Effect<A, E, Scope.Scope>
  ): Promise<A> =>
    Effect.runPromise(Effect.scoped(Effect.flatMap(acquire(factory(open)), f)) as Effect.Effect<A, unknown>)

  /** Runs `f` on a fresh store opened with the v1 schema. */
  const test = (title: string, f: (store: Store.Store) => Effect.Effect<unknown, unknown, Scope.Scope>) =>
    it(title, () => withStore({ name: fresh(), schema: schemaV1 }, f))

  const seed = (store: Store.Store, tickets: ReadonlyArray<readonly [string, Ticket]>) =>
    store.commit({ writes: tickets.map(([id, value]) => put(id, value)) })

  describe(`Store conformance: ${adapter}`, () => {
    describe("records", () => {
      test("a committed record reads back at version 1, and a missing one is undefined", (store) =>
        Effect.gen(function* () {
          yield* store.commit({
            writes: [put("t-1", { state: "open", data: {} })],
            history: [entry("t-1", 1)]
          })
          expect(yield* store.get("tickets", "t-1")).toEqual({
            collection: "tickets",
            id: "t-1",
            version: 1,
            value: { state: "open", data: {} }
          })
          expect(yield* store.get("tickets", "t-2")).toBeUndefined()
          const many = yield* store.getMany("tickets", ["t-2", "t-1"])
          expect(many.map((item) => item?.id)).toEqual([undefined, "t-1"])
        }))

      test("each write advances the version by one and a delete removes the record but keeps its history", (store) =>
        Effect.gen(function* () {
          yield* store.commit({
            writes: [put("t-1", { state: "open", data: {} })],
            history: [entry("t-1", 1)]
          })
          yield* store.commit({
            writes: [put("t-1", { state: "closed", data: {} }, 1)],
            history: [entry("t-1", 2)]
          })
          expect((yield* store.get("tickets", "t-1"))?.version).toBe(2)
          const stale = yield* Effect.flip(
            store.commit({ writes: [{ collection: "tickets", id: "t-1", expectedVersion: 1, delete: true }] })
          )
          expect(stale._tag).toBe("Conflict")
          yield* store.commit({
            writes: [{ collection: "tickets", id: "t-1", expectedVersion: 2, delete: true }]
          })
          expect(yield* store.get("tickets", "t-1")).toBeUndefined()
          expect((yield* store.history("tickets", "t-1")).map((h) => h.version)).toEqual([1, 2])
        }))

      test("a stored value is a copy: changing the written object afterwards changes nothing", (store) =>
        Effect.gen(function* () {
          const value = { state: "open", data: { assignee: "u-1" } }
          yield* store.commit({ writes: [put("t-1", value)] })
          value.data.assignee = "u-2"
          const read = yield* store.get("tickets", "t-1")
          expect(read?.value).toEqual({ state: "open", data: { assignee: "u-1" } })
        }))

      test("every store has a drafts collection", (store) =>
        Effect.gen(function* () {
          yield* store.commit({
            writes: [
              { collection: Store.draftsCollection, id: "form-1", expectedVersion: 0, value: { name: "王" } }
            ]
          })
          expect((yield* store.get("drafts", "form-1"))?.value).toEqual({ name: "王" })
        }))

      test("undeclared collections and indexes are typed errors", (store) =>
        Effect.gen(function* () {
          expect((yield* Effect.flip(store.get("tickts", "t-1")))._tag).toBe("UnknownCollection")
          expect(
            (yield* Effect.flip(store.commit({ writes: [{ ...put("x", {}), collection: "nope" }] })))._tag
          ).toBe("UnknownCollection")
          const unknownIndex = yield* Effect.flip(store.query("tickets", { index: "byColour" }))
          expect(unknownIndex).toMatchObject({
            _tag: "UnknownIndex",
            collection: "tickets",
            index: "byColour"
          })
          expect((yield* Effect.flip(store.history("nope", "x")))._tag).toBe("UnknownCollection")
        }))
    })

    describe("atomicity and conflicts", () => {
      test("a commit with one stale write writes nothing, including its history", (store) =>
        Effect.gen(function* () {
          yield* store.commit({
            writes: [put("t-1", { state: "open", data: {} })],
            history: [entry("t-1", 1)]
          })
          const error = yield* Effect.flip(
            store.commit({
              writes: [put("t-2", { state: "open", data: {} }), put("t-1", { state: "closed", data: {} }, 0)],
              history: [entry("t-2", 1), entry("t-1", 2)]
            })
          )
          expect(error).toMatchObject({
            _tag: "Conflict",
            collection: "tickets",
            id: "t-1",
            expectedVersion: 0,
            actualVersion: 1
          })
          expect(yield* store.get("tickets", "t-2")).toBeUndefined()
          expect((yield* store.get("tickets", "t-1"))?.value).toEqual({ state: "open", data: {} })
          expect(yield* store.history("tickets", "t-2")).toEqual([])
          expect((yield* store.history("tickets", "t-1")).length).toBe(1)
        }))

      test("of writers that expect the same version, exactly one wins and the others get Conflict", (store) =>
        Effect.gen(function* () {
          yield* store.commit({ writes: [put("t-1", { state: "open", data: {} })] })
          const writers = [1, 2, 3, 4, 5].map((n) =>
            Effect.exit(
              store.commit({
                writes: [put("t-1", { state: "open", data: { assignee: `u-${n}` } }, 1)],
                history: [{ ...entry("t-1", 2), note: `writer ${n}` }]
              })
            )
          )
          const exits = yield* Effect.all(writers, { concurrency: "unbounded" })
          const won = exits.filter(Exit.isSuccess)
          expect(won.length).toBe(1)
          for (const exit of exits.filter(Exit.isFailure)) {
            const error = yield* Effect.flip(Effect.suspend(() => exit))
            expect(error).toMatchObject({ _tag: "Conflict", expectedVersion: 1, actualVersion: 2 })
          }
          const history = yield* store.history("tickets", "t-1")
          const stored = yield* store.get("tickets", "t-1")
          expect(history.length).toBe(1)
          expect(stored?.version).toBe(2)
          // The history that stuck belongs to the write that stuck.
          expect(history[0]?.note).toBe(`writer ${(stored!.value as Ticket).data.assignee?.slice(2)}`)
        }))

      test("creating a record that already exists is a Conflict and writes nothing", (store) =>
        Effect.gen(function* () {
          yield* store.commit({ writes: [put("t-1", { state: "open", data: {} })] })
          const error = yield* Effect.flip(
            store.commit({
              writes: [put("t-2", { state: "open", data: {} }), put("t-1", { state: "closed", data: {} })],
              history: [entry("t-2", 1)]
            })
          )
          expect(error).toMatchObject({ _tag: "Conflict", id: "t-1", expectedVersion: 0, actualVersion: 1 })
          expect(yield* store.get("tickets", "t-2")).toBeUndefined()
          expect(yield* store.history("tickets", "t-2")).toEqual([])
          expect((yield* store.get("tickets", "t-1"))?.value).toEqual({ state: "open", data: {} })
        }))

      test("of writers creating the same new record at once, exactly one wins", (store) =>
        Effect.gen(function* () {
          const writers = [1, 2, 3, 4].map((n) =>
            Effect.exit(
              store.commit({
                writes: [put("t-new", { state: "open", data: { assignee: `u-${n}` } })],
                history: [{ ...entry("t-new", 1), note: `writer ${n}` }]
              })
            )
          )
          const exits = yield* Effect.all(writers, { concurrency: "unbounded" })
          expect(exits.filter(Exit.isSuccess).length).toBe(1)
          for (const exit of exits.filter(Exit.isFailure)) {
            const error = yield* Effect.flip(Effect.suspend(() => exit))
            expect(error).toMatchObject({ _tag: "Conflict", expectedVersion: 0, actualVersion: 1 })
          }
          const stored = yield* store.get("tickets", "t-new")
          const history = yield* store.history("tickets", "t-new")
          expect(history.map((h) => h.note)).toEqual([
            `writer ${(stored!.value as Ticket).data.assignee?.slice(2)}`
          ])
        }))

      test("one commit may create a record and update it again, each write checked against the one before", (store) =>
        Effect.gen(function* () {
          yield* store.commit({
            writes: [put("t-1", { state: "open", data: {} }), put("t-1", { state: "closed", data: {} }, 1)],
            history: [entry("t-1", 1), entry("t-1", 2)]
          })
          const stored = yield* store.get("tickets", "t-1")
          expect(stored).toMatchObject({ version: 2, value: { state: "closed", data: {} } })
          // A second write that skips the first one's version is stale, and nothing is written.
          const error = yield* Effect.flip(
            store.commit({
              writes: [
                put("t-1", { state: "open", data: {} }, 2),
                put("t-1", { state: "closed", data: {} }, 2)
              ]
            })
          )
          expect(error).toMatchObject({ _tag: "Conflict", id: "t-1", expectedVersion: 2, actualVersion: 3 })
          expect((yield* store.get("tickets", "t-1"))?.version).toBe(2)
        }))

      it("a write that breaks a unique index fails the whole commit and writes nothing", () =>
        withStore(
          {
            name: fresh(),
            schema: Store.define({
              version: 1,
              collections: [{ name: "members", indexes: [{ name: "byCard", keyPath: "card", unique: true }] }]
            })
          },
          (store) =>
            Effect.gen(function* () {
              const member = (id: string, card: string): Store.Put => ({
                collection: "members",
                id,
                expectedVersion: 0,
                value: { card }
              })
              yield* store.commit({ writes: [member("m-1", "C-001")] })
              const error = yield* Effect.flip(
                store.commit({ writes: [member("m-2", "C-002"), member("m-3", "C-001")] })
              )
              expect(error._tag).toBe("StorageFailure")
              expect(yield* store.get("members", "m-2")).toBeUndefined()
              expect(yield* store.get("members", "m-3")).toBeUndefined()
            })
        ))

      it("a commit with a stale write or a duplicate history entry is a Conflict, whatever else is wrong with it", () =>
        withStore(
          {
            name: fresh(),
            schema: Store.define({
              version: 1,
              collections: [{ name: "members", indexes: [{ name: "byCard", keyPath: "card", unique: true }] }]
            })
          },
          (store) =>
            Effect.gen(function* () {
              const member = (id: string, value: unknown, expectedVersion = 0): Store.Put => ({
                collection: "members",
                id,
                expectedVersion,
                value
              })
              const created = (recordId: string): Store.HistoryEntry => ({
                ...entry(recordId, 1),
                collection: "members"
              })
              const uncloneable = { card: "C-009", callback: () => 1 }
              yield* store.commit({ writes: [member("m-1", { card: "C-001" })], history: [created("m-1")] })
              const before = yield* store.exportAll
              const stale = {
                _tag: "Conflict",
                collection: "members",
                id: "m-1",
                expectedVersion: 0,
                actualVersion: 1
              }
              const commits: ReadonlyArray<Store.Commit> = [
                // a unique clash before the stale create
                { writes: [member("m-2", { card: "C-001" }), member("m-1", { card: "C-008" })] },
                // a value that cannot be stored before the stale create
                { writes: [member("m-2", uncloneable), member("m-1", { card: "C-008" })] },
                // a unique clash with a duplicate history entry
                { writes: [member("m-2", { card: "C-001" })], history: [created("m-1")] },
                // a history entry that cannot be stored before a duplicate one
                {
                  writes: [member("m-2", { card: "C-002" })],
                  history: [{ ...created("m-2"), input: uncloneable }, created("m-1")]
                }
              ]
              for (const commit of commits) {
                expect(yield* Effect.flip(store.commit(commit))).toMatchObject(stale)
                expect(yield* store.exportAll).toEqual(before)
              }
              // A stale update after a value that cannot be stored.
              expect(
                yield* Effect.flip(
                  store.commit({ writes: [member("m-2", uncloneable), member("m-1", { card: "C-001" }, 2)] })
                )
              ).toMatchObject({ ...stale, expectedVersion: 2 })
              expect(yield* store.exportAll).toEqual(before)
            })
        ))

      test("history is append-only: a duplicate (collection, recordId, version) fails the whole commit", (store) =>
        Effect.gen(function* () {
          yield* store.commit({
            writes: [put("t-1", { state: "open", data: {} })],
            history: [entry("t-1", 1)]
          })
          const error = yield* Effect.flip(
            store.commit({ writes: [put("t-2", { state: "open", data: {} })], history: [entry("t-1", 1)] })
          )
          expect(error).toMatchObject({
            _tag: "Conflict",
            collection: "tickets",
            id: "t-1",
            actualVersion: 1
          })
          expect(yield* store.get("tickets", "t-2")).toBeUndefined()
          // The same key twice in one commit is a duplicate too.
          const twice = yield* Effect.flip(
            store.commit({ writes: [], history: [entry("t-3", 1), entry("t-3", 1)] })
          )
          expect(twice._tag).toBe("Conflict")
          expect(yield* store.history("tickets", "t-3")).toEqual([])
        }))

      test("history of a record comes back in version order, whatever the commit order", (store) =>
        Effect.gen(function* () {
          yield* store.commit({ writes: [], history: [entry("t-1", 3), entry("t-1", 1)] })
          yield* store.commit({
            writes: [],
            history: [entry("t-1", 2), entry("t-10", 1), entry("t-1", 1, "notes")]
          })
          expect((yield* store.history("tickets", "t-1")).map((h) => h.version)).toEqual([1, 2, 3])
          expect((yield* store.history("notes", "t-1")).map((h) => h.collection)).toEqual(["notes"])
        }))

      const faulty = (kind: "abort" | "quota", tag: string) =>
        it(`a commit that fails with ${kind} surfaces as ${tag} and writes nothing`, async () => {
          let next: "abort" | "quota" | undefined
          const faults: Store.Faults = {
            commit: () => {
              const fault = next
              next = undefined
              return fault
            }
          }
          await withStore({ name: fresh(), schema: schemaV1, faults }, (store) =>
            Effect.gen(function* () {
              yield* store.commit({
                writes: [put("t-1", { state: "open", data: {} })],
                history: [entry("t-1", 1)]
              })
              next = kind
              const error = yield* Effect.flip(
                store.commit({
                  writes: [
                    put("t-1", { state: "closed", data: {} }, 1),
                    put("t-2", { state: "open", data: {} })
                  ],
                  history: [entry("t-1", 2)]
                })
              )
              expect(error._tag).toBe(tag)
              expect((yield* store.get("tickets", "t-1"))?.version).toBe(1)
              expect(yield* store.get("tickets", "t-2")).toBeUndefined()
              expect((yield* store.history("tickets", "t-1")).length).toBe(1)
              // The store is still usable afterwards.
              yield* store.commit({ writes: [put("t-1", { state: "closed", data: {} }, 1)] })
              expect((yield* store.get("tickets", "t-1"))?.version).toBe(2)
            })
          )
        })
      faulty("quota", "QuotaExceeded")
      faulty("abort", "Aborted")

      it("a fault fails every shape of commit as a whole: creates, updates, deletes and history alone", async () => {
        let next: "abort" | "quota" | undefined
        const faults: Store.Faults = {
          commit: () => {
            const fault = next
            next = undefined
            return fault
          }
        }
        await withStore({ name: fresh(), schema: schemaV1, faults }, (store) =>
          Effect.gen(function* () {
            yield* store.commit({
              writes: [put("t-1", { state: "open", data: {} }), put("t-2", { state: "open", data: {} })],
              history: [entry("t-1", 1)]
            })
            const before = yield* store.exportAll
            const shapes: ReadonlyArray<Store.Commit> = [
              { writes: [put("t-3", { state: "open", data: {} })] },
              { writes: [put("t-3", { state: "open", data: {} }), put("t-4", { state: "open", data: {} })] },
              { writes: [put("t-1", { state: "closed", data: {} }, 1)] },
              { writes: [{ collection: "tickets", id: "t-2", expectedVersion: 1, delete: true }] },
              { writes: [], history: [entry("t-1", 2)] },
              {
                writes: [
                  put("t-3", { state: "open", data: {} }),
                  put("t-1", { state: "closed", data: {} }, 1),
                  { collection: "tickets", id: "t-2", expectedVersion: 1, delete: true },
                  { collection: "notes", id: "n-1", expectedVersion: 0, value: "note" }
                ],
                history: [entry("t-3", 1), entry("t-1", 2)]
              }
            ]
            for (const commit of shapes) {
              for (const [kind, tag] of [
                ["quota", "QuotaExceeded"],
                ["abort", "Aborted"]
              ] as const) {
                next = kind
                const error = yield* Effect.flip(store.commit(commit))
                expect(error._tag).toBe(tag)
                expect(yield* store.exportAll).toEqual(before)
              }
            }
          })
        )
      })

      test("a value that cannot be stored fails the whole commit with StorageFailure and writes nothing", (store) =>
        Effect.gen(function* () {
          yield* store.commit({
            writes: [put("t-1", { state: "open", data: {} })],
            history: [entry("t-1", 1)]
          })
          const before = yield* store.exportAll
          const uncloneable = { state: "open", data: { callback: () => "not data" } }
          const commits: ReadonlyArray<Store.Commit> = [
            { writes: [put("t-2", uncloneable)] },
            { writes: [put("t-2", { state: "open", data: {} }), put("t-3", uncloneable)] },
            { writes: [put("t-2", { state: "open", data: {} }), put("t-1", uncloneable, 1)] },
            {
              writes: [put("t-1", { state: "closed", data: {} }, 1)],
              history: [{ ...entry("t-1", 2), input: uncloneable }]
            }
          ]
          for (const commit of commits) {
            const error = yield* Effect.flip(store.commit(commit))
            expect(error._tag).toBe("StorageFailure")
            expect(yield* store.exportAll).toEqual(before)
          }
          // The store is still usable afterwards.
          yield* store.commit({ writes: [put("t-2", { state: "open", data: {} })] })
        }))
    })

    describe("indexes", () => {
      const tickets: ReadonlyArray<readonly [string, Ticket]> = [
        ["t-1", { state: "open", dueAt: "2026-03-05", data: { assignee: "u-1", rank: 2 } }],
        ["t-2", { state: "closed", dueAt: "2026-03-01", data: { assignee: "u-2", rank: "b" } }],
        ["t-3", { state: "open", dueAt: "2026-03-03", data: { assignee: "u-1", rank: 10 } }],
        ["t-4", { state: "open", data: { rank: true } }],
        ["t-5", { state: "paused", dueAt: "2026-03-09", data: { assignee: "u-1", rank: ["a"] } }],
        ["t-6", { state: "open", dueAt: "2026-03-03", data: { assignee: "u-2", rank: "a" } }]
      ]

      test("eq returns exactly the matching records, equal keys in id order", (store) =>
        Effect.gen(function* () {
          yield* seed(store, tickets)
          expect(idsOf(yield* store.query("tickets", { index: "byState", where: { eq: "open" } }))).toEqual([
            "t-1",
            "t-3",
            "t-4",
            "t-6"
          ])
          expect(idsOf(yield* store.query("tickets", { index: "byState", where: { eq: "gone" } }))).toEqual(
            []
          )
        }))

      test("records without the key, or with a value that is not a key, are not in the index", (store) =>
        Effect.gen(function* () {
          yield* seed(store, tickets)
          expect(idsOf(yield* store.query("tickets", { index: "byDue" }))).toEqual([
            "t-2",
            "t-3",
            "t-6",
            "t-1",
            "t-5"
          ])
          // t-4 has rank `true`: booleans are not keys.
          expect(idsOf(yield* store.query("tickets", { index: "byRank" }))).not.toContain("t-4")
        }))

      test("keys order numbers before strings before arrays, numbers numerically", (store) =>
        Effect.gen(function* () {
          yield* seed(store, tickets)
          expect(idsOf(yield* store.query("tickets", { index: "byRank" }))).toEqual([
            "t-1",
            "t-3",
            "t-6",
            "t-2",
            "t-5"
          ])
        }))

      test("ranges honour open and closed bounds", (store) =>
        Effect.gen(function* () {
          yield* seed(store, tickets)
          const range = (where: Store.Where) =>
            Effect.map(store.query("tickets", { index: "byDue", where }), idsOf)
          expect(yield* range({ gte: "2026-03-03", lt: "2026-03-09" })).toEqual(["t-3", "t-6", "t-1"])
          expect(yield* range({ gt: "2026-03-03", lte: "2026-03-09" })).toEqual(["t-1", "t-5"])
          expect(yield* range({ lt: "2026-03-03" })).toEqual(["t-2"])
          expect(yield* range({ gt: "2026-03-09" })).toEqual([])
          expect(yield* range({ gt: "2026-03-05", lt: "2026-03-01" })).toEqual([])
        }))

      test("desc reverses the order, ties included, and limit cuts the page", (store) =>
        Effect.gen(function* () {
          yield* seed(store, tickets)
          expect(idsOf(yield* store.query("tickets", { index: "byDue", order: "desc" }))).toEqual([
            "t-5",
            "t-1",
            "t-6",
            "t-3",
            "t-2"
          ])
          const page = yield* store.query("tickets", { index: "byDue", order: "desc", limit: 2 })
          expect(idsOf(page)).toEqual(["t-5", "t-1"])
          expect(page.cursor).toBeTypeOf("string")
          const all = yield* store.query("tickets", { index: "byDue", limit: 5 })
          expect(all.cursor).toBeUndefined()
        }))

      test("compound indexes answer full keys and prefixes in the order of the later components", (store) =>
        Effect.gen(function* () {
          yield* seed(store, tickets)
          const mine = yield* store.query("tickets", { index: "byAssigneeDue", where: { prefix: ["u-1"] } })
          expect(idsOf(mine)).toEqual(["t-3", "t-1", "t-5"])
          const exact = yield* store.query("tickets", {
            index: "byAssigneeDue",
            where: { eq: ["u-2", "2026-03-03"] }
          })
          expect(idsOf(exact)).toEqual(["t-6"])
          const soon = yield* store.query("tickets", {
            index: "byAssigneeDue",
            where: { gte: ["u-1", "2026-03-04"], lt: ["u-1", "2026-03-10"] }
          })
          expect(idsOf(soon)).toEqual(["t-1", "t-5"])
        }))

      test("a prefix matches every key that starts with it, whatever the later components hold", (store) =>
        Effect.gen(function* () {
          const assigned = (id: string, assignee: unknown, dueAt: unknown) =>
            put(id, { state: "open", dueAt, data: { assignee } })
          yield* store.commit({
            writes: [
              assigned("number", "u-1", 3),
              assigned("string", "u-1", "2026-03-02"),
              assigned("empty", "u-1", []),
              assigned("array", "u-1", ["a"]),
              assigned("nested", "u-1", [["a"], 1]),
              assigned("longer", "u-10", "2026-03-02"),
              assigned("suffixed", "u-1\u0000", 1),
              assigned("n-5", 5, "x"),
              assigned("n-5.5", 5.5, "x"),
              assigned("n-array", [5], "x")
            ]
          })
          const prefixed = (prefix: ReadonlyArray<Store.Key>, order: "asc" | "desc" = "asc") =>
            Effect.map(store.query("tickets", { index: "byAssigneeDue", where: { prefix }, order }), idsOf)
          expect(yield* prefixed(["u-1"])).toEqual(["number", "string", "empty", "array", "nested"])
          expect(yield* prefixed(["u-1"], "desc")).toEqual(["nested", "array", "empty", "string", "number"])
          expect(yield* prefixed([5])).toEqual(["n-5"])
          expect(yield* prefixed([[5]])).toEqual(["n-array"])
          expect((yield* prefixed([])).length).toBe(10)
          // Paging through a prefix continues past array components too.
          const first = yield* store.query("tickets", {
            index: "byAssigneeDue",
            where: { prefix: ["u-1"] },
            limit: 3
          })
          const rest = yield* store.query("tickets", {
            index: "byAssigneeDue",
            where: { prefix: ["u-1"] },
            cursor: first.cursor
          })
          expect([...idsOf(first), ...idsOf(rest)]).toEqual(["number", "string", "empty", "array", "nested"])
        }))

      test("the id index lists a whole collection in id order", (store) =>
        Effect.gen(function* () {
          yield* seed(store, tickets)
          expect(
            idsOf(yield* store.query("tickets", { index: Store.idIndex, order: "desc", limit: 3 }))
          ).toEqual(["t-6", "t-5", "t-4"])
          expect(
            idsOf(yield* store.query("tickets", { index: Store.idIndex, where: { gte: "t-5" } }))
          ).toEqual(["t-5", "t-6"])
        }))

      test("an index follows updates and deletes", (store) =>
        Effect.gen(function* () {
          yield* seed(store, tickets)
          yield* store.commit({
            writes: [
              put("t-1", { state: "closed", data: {} }, 1),
              { collection: "tickets", id: "t-3", expectedVersion: 1, delete: true }
            ]
          })
          expect(idsOf(yield* store.query("tickets", { index: "byState", where: { eq: "open" } }))).toEqual([
            "t-4",
            "t-6"
          ])
        }))
    })

    describe("cursor paging", () => {
      test("pages cover every item exactly once, in order, for every page size and direction", (store) =>
        Effect.gen(function* () {
          const next = random(7)
          const states = ["open", "closed", "paused"]
          const writes: Array<Store.Put> = []
          for (let i = 0; i < 40; i++) {
            // Few distinct due dates, so many items share a key and paging must use the id too.
            const value: Ticket =
              next(5) === 0
                ? { state: states[next(3)]!, data: {} }
                : {
                    state: states[next(3)]!,
                    dueAt: `2026-03-0${next(4) + 1}`,
                    data: { assignee: `u-${next(3)}` }
                  }
            writes.push(put(`t-${String(next(1000)).padStart(3, "0")}-${i}`, value))
          }
          yield* store.commit({ writes })
          const queries: ReadonlyArray<Omit<Store.Query, "limit" | "cursor">> = [
            { index: "byDue" },
            { index: "byDue", order: "desc" },
            { index: "byState", where: { eq: "open" } },
            { index: "byAssigneeDue", where: { prefix: ["u-1"] }, order: "desc" },
            { index: "byDue", where: { gt: "2026-03-01", lte: "2026-03-03" } },
            { index: Store.idIndex, order: "desc" }
          ]
          for (const query of queries) {
            const whole = idsOf(yield* store.query("tickets", query))
            for (const limit of [1, 2, 3, 7, 50]) {
              const seen: Array<string> = []
              let cursor: string | undefined
              let pages = 0
              do {
                const page: Store.Page = yield* store.query("tickets", { ...query, limit, cursor })
                expect(page.items.length).toBeLessThanOrEqual(limit)
                seen.push(...idsOf(page))
                cursor = page.cursor
                pages++
              } while (cursor !== undefined && pages <= whole.length + 1)
              expect(seen).toEqual(whole)
              expect(pages).toBe(Math.max(1, Math.ceil(whole.length / limit)))
            }
          }
        }))

      test("a page after the last item of the previous one still continues when that item is deleted", (store) =>
        Effect.gen(function* () {
          yield* seed(store, [
            ["a", { state: "open", data: {} }],
            ["b", { state: "open", data: {} }],
            ["c", { state: "open", data: {} }],
            ["d", { state: "open", data: {} }]
          ])
          const first = yield* store.query("tickets", { index: "byState", where: { eq: "open" }, limit: 2 })
          yield* store.commit({
            writes: [{ collection: "tickets", id: "b", expectedVersion: 1, delete: true }]
          })
          const second = yield* store.query("tickets", {
            index: "byState",
            where: { eq: "open" },
            limit: 2,
            cursor: first.cursor
          })
          expect(idsOf(second)).toEqual(["c", "d"])
        }))

      test("a cursor of another index or collection is refused with a typed error, not a wrong page", (store) =>
        Effect.gen(function* () {
          yield* seed(store, [
            ["a", { state: "open", dueAt: "2026-03-01", data: {} }],
            ["b", { state: "open", dueAt: "2026-03-02", data: {} }],
            ["c", { state: "open", dueAt: "2026-03-03", data: {} }]
          ])
          yield* store.commit({
            writes: [
              { collection: "notes", id: "a", expectedVersion: 0, value: 1 },
              { collection: "notes", id: "b", expectedVersion: 0, value: 2 }
            ]
          })
          const first = yield* store.query("tickets", { index: "byState", where: { eq: "open" }, limit: 1 })
          expect(first.cursor).toBeTypeOf("string")
          const otherIndex = yield* Effect.flip(
            store.query("tickets", { index: "byDue", limit: 1, cursor: first.cursor })
          )
          expect(otherIndex._tag).toBe("StorageFailure")
          const byId = yield* store.query("tickets", { index: Store.idIndex, limit: 1 })
          const otherCollection = yield* Effect.flip(
            store.query("notes", { index: Store.idIndex, limit: 1, cursor: byId.cursor })
          )
          expect(otherCollection._tag).toBe("StorageFailure")
          // The cursor still continues its own query.
          expect(
            idsOf(
              yield* store.query("tickets", { index: "byState", where: { eq: "open" }, cursor: first.cursor })
            )
          ).toEqual(["b", "c"])
        }))

      test("between pages, a record that keeps its key is seen once; new records after the cursor are seen", (store) =>
        Effect.gen(function* () {
          yield* seed(
            store,
            ["a", "b", "c", "d", "e", "f"].map((id) => [id, { state: "open", dueAt: "2026-03-01", data: {} }])
          )
          const query = { index: "byDue", where: { lt: "2026-04-01" }, limit: 2 } as const
          const seen: Array<string> = []
          let page: Store.Page = yield* store.query("tickets", query)
          seen.push(...idsOf(page))
          // Updated in place (one seen, one not yet), one deleted, one created after the cursor.
          yield* store.commit({
            writes: [
              put("a", { state: "closed", dueAt: "2026-03-01", data: {} }, 1),
              put("e", { state: "closed", dueAt: "2026-03-01", data: {} }, 1),
              { collection: "tickets", id: "d", expectedVersion: 1, delete: true },
              put("cc", { state: "open", dueAt: "2026-03-01", data: {} })
            ]
          })
          while (page.cursor !== undefined) {
            page = yield* store.query("tickets", { ...query, cursor: page.cursor })
            seen.push(...idsOf(page))
            yield* store.commit({
              writes: idsOf(page).map((id) =>
                put(id, { state: "seen", dueAt: "2026-03-01", data: {} }, id === "e" ? 2 : 1)
              )
            })
          }
          expect(seen).toEqual(["a", "b", "c", "cc", "e", "f"])
        }))

      test("a cursor that was not made by the store is a typed error", (store) =>
        Effect.gen(function* () {
          const error = yield* Effect.flip(
            store.query("tickets", { index: "byState", cursor: "not a cursor" })
          )
          expect(error._tag).toBe("StorageFailure")
        }))
    })

    describe("watch", () => {
      test("subscribers see each commit's changes in order, deletes marked, until they leave", (store) =>
        Effect.gen(function* () {
          const seen: Array<Store.Change> = []
          yield* Effect.scoped(
            Effect.gen(function* () {
              yield* store.subscribe((change) => seen.push(change))
              yield* store.commit({
                writes: [put("t-1", { state: "open", data: {} }), put("t-2", { state: "open", data: {} })]
              })
              yield* store.commit({
                writes: [{ collection: "tickets", id: "t-1", expectedVersion: 1, delete: true }]
              })
              // A failed commit changes nothing, so it tells nobody anything.
              yield* Effect.exit(store.commit({ writes: [put("t-2", { state: "x", data: {} }, 0)] }))
            })
          )
          yield* store.commit({ writes: [put("t-3", { state: "open", data: {} })] })
          expect(seen).toEqual([
            { collection: "tickets", id: "t-1", version: 1 },
            { collection: "tickets", id: "t-2", version: 1 },
            { collection: "tickets", id: "t-1", version: 2, deleted: true }
          ])
        }))

      test("watch is a stream of the same changes", (store) =>
        Effect.gen(function* () {
          const fiber = yield* Effect.forkChild(Stream.runCollect(Stream.take(store.watch, 2)))
          // The stream subscribes when its fiber starts; commit until it has seen two changes.
          for (let i = 0; i < 100 && fiber.pollUnsafe() === undefined; i++) {
            yield* store.commit({ writes: [put(`t-${i}`, { state: "open", data: {} })] })
            yield* Effect.sleep(1)
          }
          const changes = yield* Fiber.join(fiber)
          expect(changes.length).toBe(2)
          const [a, b] = changes
          expect(a?.collection).toBe("tickets")
          expect(Number(b?.id.slice(2))).toBe(Number(a?.id.slice(2)) + 1)
        }))

      it("a second store on the same database sees the first one's commits", async () => {
        const name = fresh()
        await Effect.runPromise(
          Effect.scoped(
            Effect.gen(function* () {
              const writer = yield* acquire(factory({ name, schema: schemaV1 }))
              const reader = yield* acquire(factory({ name, schema: schemaV1 }))
              const seen: Array<Store.Change> = []
              yield* reader.subscribe((change) => seen.push(change))
              yield* writer.commit({ writes: [put("t-1", { state: "open", data: {} })] })
              for (let i = 0; i < 200 && seen.length === 0; i++) yield* Effect.sleep(5)
              expect(seen).toEqual([{ collection: "tickets", id: "t-1", version: 1 }])
              expect((yield* reader.get("tickets", "t-1"))?.version).toBe(1)
            })
          ) as Effect.Effect<void, unknown>
        )
      })
    })

    describe("export and import", () => {
      const fill = (store: Store.Store) =>
        Effect.gen(function* () {
          yield* store.commit({
            writes: [
              put("t-1", { state: "open", dueAt: "2026-03-05", data: { assignee: "u-1" } }),
              put("t-2", { state: "closed", data: { note: "电话回访" } }),
              { collection: "notes", id: "n-1", expectedVersion: 0, value: ["a", 1, null] }
            ],
            history: [entry("t-1", 1), { ...entry("t-2", 1), input: { reason: "x" }, note: "备注" }]
          })
          yield* store.commit({
            writes: [put("t-1", { state: "closed", data: {} }, 1)],
            history: [entry("t-1", 2)]
          })
        })

      it("an export imported into another store reproduces records, versions, history and indexes", async () => {
        const exported = await withStore({ name: fresh(), schema: schemaV1 }, (store) =>
          Effect.flatMap(fill(store), () => store.exportAll)
        )
        expect(exported.format).toBe("frontdesk-store")
        expect(exported.schemaVersion).toBe(1)
        const json = JSON.parse(JSON.stringify(exported)) as unknown
        await withStore({ name: fresh(), schema: schemaV1 }, (store) =>
          Effect.gen(function* () {
            yield* store.commit({ writes: [put("stale", { state: "open", data: {} })] })
            yield* store.importAll(json)
            const again = yield* store.exportAll
            const sortById = (items: ReadonlyArray<{ id: string }>) =>
              [...items].sort((a, b) => (a.id < b.id ? -1 : 1))
            for (const name of ["tickets", "notes", "drafts"]) {
              expect(sortById(again.collections[name] ?? [])).toEqual(
                sortById(exported.collections[name] ?? [])
              )
            }
            expect(again.history.length).toBe(3)
            expect(yield* store.get("tickets", "stale")).toBeUndefined()
            expect((yield* store.get("tickets", "t-1"))?.version).toBe(2)
            expect(yield* store.history("tickets", "t-2")).toEqual([
              { ...entry("t-2", 1), input: { reason: "x" }, note: "备注" }
            ])
            expect(
              idsOf(yield* store.query("tickets", { index: "byState", where: { eq: "closed" } }))
            ).toEqual(["t-1", "t-2"])
          })
        )
      })

      test("importing anything that is not a valid export is InvalidImport and changes nothing", (store) =>
        Effect.gen(function* () {
          yield* fill(store)
          const before = yield* store.exportAll
          const valid = JSON.parse(JSON.stringify(before)) as Store.ExportDocument
          const garbage: ReadonlyArray<unknown> = [
            null,
            "frontdesk-store",
            {},
            { ...valid, format: "other" },
            { ...valid, schemaVersion: 99 },
            { ...valid, collections: { ...valid.collections, unknown: [] } },
            {
              ...valid,
              collections: {
                tickets: [
                  { id: "a", version: 1, value: 1 },
                  { id: "a", version: 1, value: 2 }
                ]
              }
            },
            { ...valid, collections: { tickets: [{ id: "a", version: 0, value: 1 }] } },
            { ...valid, history: [{ ...valid.history[0], actor: "nobody" }] },
            { ...valid, history: [valid.history[0], valid.history[0]] }
          ]
          for (const document of garbage) {
            const error = yield* Effect.flip(store.importAll(document))
            expect(error._tag).toBe("InvalidImport")
          }
          expect(yield* store.exportAll).toEqual(before)
        }))
    })

    describe("migrations", () => {
      const schemaV2 = Store.define({
        version: 2,
        collections: [
          {
            name: "tickets",
            indexes: [
              ...(schemaV1.collections[0]?.indexes ?? []),
              { name: "byPriority", keyPath: "priority" }
            ]
          },
          { name: "notes" },
          { name: "visits", indexes: [{ name: "byDay", keyPath: "day" }] }
        ],
        migrations: [
          {
            version: 2,
            up: {
              tickets: (value, id) => ({ ...(value as object), priority: id === "t-1" ? "high" : "normal" })
            }
          }
        ]
      })

      it("a newer schema keeps every record and its history, transforms values and adds indexes and collections", async () => {
        const name = fresh()
        await withStore({ name, schema: schemaV1 }, (store) =>
          store.commit({
            writes: [put("t-1", { state: "open", data: {} }), put("t-2", { state: "open", data: {} })],
            history: [entry("t-1", 1)]
          })
        )
        await withStore({ name, schema: schemaV2 }, (store) =>
          Effect.gen(function* () {
            expect(yield* store.get("tickets", "t-1")).toEqual({
              collection: "tickets",
              id: "t-1",
              version: 1,
              value: { state: "open", data: {}, priority: "high" }
            })
            expect(
              idsOf(yield* store.query("tickets", { index: "byPriority", where: { eq: "normal" } }))
            ).toEqual(["t-2"])
            expect((yield* store.history("tickets", "t-1")).length).toBe(1)
            yield* store.commit({
              writes: [{ collection: "visits", id: "v-1", expectedVersion: 0, value: { day: 1 } }]
            })
            expect(idsOf(yield* store.query("visits", { index: "byDay" }))).toEqual(["v-1"])
          })
        )
      })

      it("a schema that leaves out a collection is refused and the data stays", async () => {
        const name = fresh()
        await withStore({ name, schema: schemaV1 }, (store) =>
          store.commit({ writes: [{ collection: "notes", id: "n-1", expectedVersion: 0, value: "keep me" }] })
        )
        const dropping = Store.define({ version: 2, collections: [schemaV1.collections[0]!] })
        const error = await withStore({ name, schema: dropping }, () => Effect.void).then(
          () => undefined,
          (error: unknown) => error
        )
        expect(error).toMatchObject({ _tag: "MigrationRefused", collection: "notes", version: 2 })
        await withStore({ name, schema: schemaV1 }, (store) =>
          Effect.map(store.get("notes", "n-1"), (item) => expect(item?.value).toBe("keep me"))
        )
      })

      const numbers = (version: number, up?: (value: unknown) => unknown) =>
        Store.define({
          version,
          collections: [{ name: "counts" }],
          migrations: up === undefined ? [] : [{ version, up: { counts: up } }]
        })
      const times10 = (value: unknown) => (value as number) * 10
      const failsOn2 = (value: unknown) => {
        if (value === 2) throw new Error("cannot migrate 2")
        return times10(value)
      }
      const valuesOf = (store: Store.Store) =>
        Effect.map(store.query("counts", { index: Store.idIndex }), (page) =>
          page.items.map((item) => [item.id, item.version, item.value])
        )
      const count = (id: string, value: number): Store.Put => ({
        collection: "counts",
        id,
        expectedVersion: 0,
        value
      })

      it("a migration that throws fails the open with StorageFailure and leaves every value unmigrated", async () => {
        const name = fresh()
        await withStore({ name, schema: numbers(1) }, (store) =>
          store.commit({ writes: [count("a", 1), count("b", 2), count("c", 3)] })
        )
        const error = await withStore({ name, schema: numbers(2, failsOn2) }, () => Effect.void).then(
          () => undefined,
          (error: unknown) => error
        )
        expect(error).toMatchObject({ _tag: "StorageFailure" })
        expect((error as Error).message).toContain("cannot migrate 2")
        await withStore({ name, schema: numbers(1) }, (store) =>
          Effect.map(valuesOf(store), (values) =>
            expect(values).toEqual([
              ["a", 1, 1],
              ["b", 1, 2],
              ["c", 1, 3]
            ])
          )
        )
        // A corrected migration then runs exactly once on every record.
        await withStore({ name, schema: numbers(2, times10) }, (store) =>
          Effect.map(valuesOf(store), (values) =>
            expect(values).toEqual([
              ["a", 1, 10],
              ["b", 1, 20],
              ["c", 1, 30]
            ])
          )
        )
      })

      it("a new unique index over values that already repeat fails the open with StorageFailure and changes nothing", async () => {
        const name = fresh()
        const plain = Store.define({ version: 1, collections: [{ name: "members" }] })
        await withStore({ name, schema: plain }, (store) =>
          store.commit({
            writes: ["m-1", "m-2"].map((id) => ({
              collection: "members",
              id,
              expectedVersion: 0,
              value: { card: "C-001" }
            }))
          })
        )
        const unique = Store.define({
          version: 2,
          collections: [{ name: "members", indexes: [{ name: "byCard", keyPath: "card", unique: true }] }]
        })
        const error = await withStore({ name, schema: unique }, () => Effect.void).then(
          () => undefined,
          (error: unknown) => error
        )
        expect(error).toMatchObject({ _tag: "StorageFailure" })
        await withStore({ name, schema: plain }, (store) =>
          Effect.gen(function* () {
            expect((yield* store.getMany("members", ["m-1", "m-2"])).map((item) => item?.version)).toEqual([
              1, 1
            ])
            yield* store.commit({
              writes: [{ collection: "members", id: "m-3", expectedVersion: 0, value: { card: "C-001" } }]
            })
          })
        )
      })

      it("an import whose migration throws is InvalidImport and changes nothing", async () => {
        const exported = await withStore({ name: fresh(), schema: numbers(1) }, (store) =>
          Effect.flatMap(store.commit({ writes: [count("a", 1), count("b", 2)] }), () => store.exportAll)
        )
        await withStore({ name: fresh(), schema: numbers(2, failsOn2) }, (store) =>
          Effect.gen(function* () {
            yield* store.commit({ writes: [count("z", 9)] })
            const error = yield* Effect.flip(store.importAll(exported))
            expect(error._tag).toBe("InvalidImport")
            expect(yield* valuesOf(store)).toEqual([["z", 1, 9]])
          })
        )
      })

      it("an import that would break a unique index is InvalidImport and changes nothing", async () => {
        const unique = Store.define({
          version: 1,
          collections: [{ name: "members", indexes: [{ name: "byCard", keyPath: "card", unique: true }] }]
        })
        await withStore({ name: fresh(), schema: unique }, (store) =>
          Effect.gen(function* () {
            yield* store.commit({
              writes: [{ collection: "members", id: "m-0", expectedVersion: 0, value: { card: "C-000" } }]
            })
            const before = yield* store.exportAll
            const error = yield* Effect.flip(
              store.importAll({
                ...before,
                collections: {
                  members: [
                    { id: "m-1", version: 1, value: { card: "C-001" } },
                    { id: "m-2", version: 1, value: { card: "C-001" } }
                  ]
                }
              })
            )
            expect(error._tag).toBe("InvalidImport")
            expect(yield* store.exportAll).toEqual(before)
            // Unrelated writes still succeed.
            yield* store.commit({
              writes: [{ collection: "members", id: "m-3", expectedVersion: 0, value: { card: "C-003" } }]
            })
          })
        )
      })

      it("an export of an older schema version is migrated on import", async () => {
        const exported = await withStore({ name: fresh(), schema: schemaV1 }, (store) =>
          Effect.flatMap(
            store.commit({ writes: [put("t-1", { state: "open", data: {} })] }),
            () => store.exportAll
          )
        )
        await withStore({ name: fresh(), schema: schemaV2 }, (store) =>
          Effect.gen(function* () {
            yield* store.importAll(exported)
            expect((yield* store.get("tickets", "t-1"))?.value).toEqual({
              state: "open",
              data: {},
              priority: "high"
            })
            expect((yield* store.exportAll).schemaVersion).toBe(2)
          })
        )
      })
    })
  })
}
