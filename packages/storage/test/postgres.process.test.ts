import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { makePostgres } from "../src/postgres.js"
import type * as Store from "../src/Store.js"
import { usePostgres } from "./support/postgres.js"
import { startWorker } from "./support/processes.js"
import { killMidCommit, raceTwoProcesses } from "./support/scenarios.js"
import { schema } from "./support/workload.js"

const server = usePostgres()

const readAll = (name: string) => () =>
  Effect.runPromise(
    Effect.scoped(
      Effect.flatMap(makePostgres({ connection: server.url(), name, schema }), (store) => store.exportAll)
    )
  )

describe("PostgreSQL across processes", () => {
  it("a process killed with SIGKILL in the middle of its commits leaves every commit whole or absent", async () => {
    const name = server.name()
    await killMidCommit({ adapter: "postgres", url: server.url(), name }, readAll(name))
  }, 60_000)

  it("two processes racing on one record: exactly one wins each round, the other gets Conflict, nothing is lost", async () => {
    const name = server.name()
    await raceTwoProcesses({ adapter: "postgres", url: server.url(), name }, readAll(name), 100)
  }, 60_000)

  it("a watcher in this process hears the commits of another process, through LISTEN/NOTIFY", async () => {
    const name = server.name()
    const seen: Array<Store.Change> = []
    await Effect.runPromise(
      Effect.scoped(
        Effect.gen(function* () {
          const store = yield* makePostgres({ connection: server.url(), name, schema })
          yield* store.subscribe((change) => seen.push(change))
          const worker = startWorker({ adapter: "postgres", mode: "race", url: server.url(), name, who: "A" })
          yield* Effect.promise(() => worker.waitFor((line) => line === "ready"))
          worker.send("go 0")
          worker.send("go 1")
          worker.send("stop")
          yield* Effect.promise(() => worker.exited)
          for (let i = 0; i < 200 && seen.length < 2; i++) yield* Effect.sleep(10)
        })
      ) as Effect.Effect<void, unknown>
    )
    expect(seen).toEqual([
      { collection: "counters", id: "counter", version: 1 },
      { collection: "counters", id: "counter", version: 2 }
    ])
  }, 30_000)
})
