import { Store } from "@frontdesk/storage"
import { conformance } from "@frontdesk/storage/testing"
import { Effect, Exit } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { type Database, layerMemory, makeDatabase, makeMemory } from "../src/memory.js"

const databases = new Map<string, Database>()

conformance("memory", ({ name, schema, faults }) => {
  const database = databases.get(name) ?? makeDatabase()
  databases.set(name, database)
  return layerMemory(schema, { database, faults })
})

describe("memory store against a model", () => {
  const schema = Store.define({
    version: 1,
    collections: [{ name: "items", indexes: [{ name: "byN", keyPath: "n" }] }]
  })
  const write = fc.record({
    id: fc.constantFrom("a", "b", "c"),
    expectedVersion: fc.integer({ min: 0, max: 3 }),
    n: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    remove: fc.boolean()
  })

  it("random commits apply exactly when every expected version matches, all or nothing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(write, { minLength: 1, maxLength: 3 }), { maxLength: 12 }),
        async (commits) => {
          const model = new Map<string, { version: number; n: number | undefined }>()
          await Effect.runPromise(
            Effect.gen(function* () {
              const store = yield* makeMemory(schema)
              for (const writes of commits) {
                // The model: apply in order on a copy; any mismatch discards the copy.
                const next = new Map(model)
                let ok = true
                for (const w of writes) {
                  const current = next.get(w.id)
                  if ((current?.version ?? 0) !== w.expectedVersion) ok = false
                  else if (w.remove) next.delete(w.id)
                  else next.set(w.id, { version: w.expectedVersion + 1, n: w.n })
                }
                const exit = yield* Effect.exit(
                  store.commit({
                    writes: writes.map((w) =>
                      w.remove
                        ? {
                            collection: "items",
                            id: w.id,
                            expectedVersion: w.expectedVersion,
                            delete: true as const
                          }
                        : {
                            collection: "items",
                            id: w.id,
                            expectedVersion: w.expectedVersion,
                            value: { n: w.n }
                          }
                    )
                  })
                )
                expect(Exit.isSuccess(exit)).toBe(ok)
                if (ok) {
                  model.clear()
                  for (const [id, value] of next) model.set(id, value)
                }
              }
              for (const id of ["a", "b", "c"]) {
                const item = yield* store.get("items", id)
                const expected = model.get(id)
                expect(
                  item === undefined
                    ? undefined
                    : { version: item.version, n: (item.value as { n?: number }).n }
                ).toEqual(expected)
              }
              const indexed = yield* store.query("items", { index: "byN" })
              const expectedIds = [...model.entries()]
                .filter(([, v]) => v.n !== undefined)
                .sort(([ia, a], [ib, b]) => a.n! - b.n! || (ia < ib ? -1 : 1))
                .map(([id]) => id)
              expect(indexed.items.map((item) => item.id)).toEqual(expectedIds)
            })
          )
        }
      ),
      { numRuns: 200 }
    )
  })
})
