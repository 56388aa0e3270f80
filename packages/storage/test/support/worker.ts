/**
 * A separate process that uses a Store, for the fault and concurrency tests. Run as
 * `node --conditions=source --import tsx worker.ts '<config JSON>'`; it reports on stdout, one
 * line per event.
 *
 * - `stream`: commits forever. Commit i creates `parts` records and their history entries and
 *   moves a shared counter record to count i + 1; after each commit it prints `committed i`. At
 *   commit `stallAt` it prints `staged i` from inside the transaction, once every write is staged,
 *   and stops there, so that the parent can kill it at exactly that moment.
 * - `race`: for each line `go r` on stdin, commits the counter from version r to r + 1 with a
 *   history entry, and prints `{"round":r,"result":"won"}` or the conflict it got.
 */
import { writeSync } from "node:fs"
import { createInterface } from "node:readline"
import { Effect, type Scope } from "effect"
import type * as Store from "../../src/Store.js"
import { type Config, schema } from "./workload.js"

const say = (line: string) => writeSync(1, `${line}\n`)

const open = async (
  config: Config,
  faults: Store.Faults
): Promise<Effect.Effect<Store.Store, unknown, Scope.Scope>> => {
  if (config.adapter === "sqlite") {
    const { makeSqlite } = await import("../../src/sqlite.js")
    return makeSqlite({ filename: config.filename!, schema, faults })
  }
  const { makePostgres } = await import("../../src/postgres.js")
  return makePostgres({ connection: config.url!, name: config.name!, schema, faults })
}

const entry = (collection: string, recordId: string, version: number, note: string): Store.HistoryEntry => ({
  collection,
  recordId,
  version,
  at: new Date(Date.UTC(2026, 2, 2)).toISOString(),
  actor: { id: "u-1", name: "王芳", roles: ["specialist"] },
  command: version === 1 ? "create" : "update",
  from: "",
  to: "open",
  note
})

const stream = (store: Store.Store, config: Config, current: { commit: number }) =>
  Effect.gen(function* () {
    const parts = config.parts ?? 5
    // Continue where an earlier, killed worker stopped.
    const start = (yield* store.get("counters", "counter"))?.version ?? 0
    for (let i = start; ; i++) {
      current.commit = i
      const writes: Array<Store.Write> = [
        {
          collection: "counters",
          id: "counter",
          expectedVersion: i,
          value: { count: i + 1, big: "x".repeat(2000) }
        }
      ]
      const history: Array<Store.HistoryEntry> = [entry("counters", "counter", i + 1, `commit ${i}`)]
      for (let p = 0; p < parts; p++) {
        const id = `c${i}-p${p}`
        writes.push({
          collection: "parts",
          id,
          expectedVersion: 0,
          value: { commit: i, part: p, big: "y".repeat(2000) }
        })
        history.push(entry("parts", id, 1, `commit ${i}`))
      }
      yield* store.commit({ writes, history })
      say(`committed ${i}`)
    }
  })

const race = (store: Store.Store, config: Config) =>
  Effect.callback<void>((resume) => {
    const lines = createInterface({ input: process.stdin })
    let queue = Promise.resolve()
    lines.on("line", (line) => {
      const [command, argument] = line.split(" ")
      if (command === "stop") {
        lines.close()
        return
      }
      const round = Number(argument)
      queue = queue.then(async () => {
        const outcome = await Effect.runPromise(
          Effect.match(
            store.commit({
              writes: [
                {
                  collection: "counters",
                  id: "counter",
                  expectedVersion: round,
                  value: { count: round + 1, by: config.who }
                }
              ],
              history: [entry("counters", "counter", round + 1, config.who ?? "")]
            }),
            {
              onSuccess: () => ({ round, result: "won" }),
              onFailure: (error) => ({ round, result: error._tag, error })
            }
          )
        )
        say(JSON.stringify(outcome))
      })
    })
    lines.on("close", () => {
      void queue.then(() => resume(Effect.void))
    })
  })

const main = async () => {
  const config = JSON.parse(process.argv[2] ?? "{}") as Config
  const current = { commit: -1 }
  const faults: Store.Faults = {
    commit: () => {
      if (config.mode === "stream" && current.commit === config.stallAt) {
        say(`staged ${current.commit}`)
        // Hold the transaction open, writes staged, until the parent kills this process.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000)
      }
      return undefined
    }
  }
  const made = await open(config, faults)
  await Effect.runPromise(
    Effect.scoped(
      Effect.gen(function* () {
        const store = yield* made
        say("ready")
        if (config.mode === "stream") yield* stream(store, config, current)
        else yield* race(store, config)
      })
    ) as Effect.Effect<void, unknown>
  )
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    writeSync(2, `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(1)
  }
)
