import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Effect } from "effect"
import { afterAll, describe, it } from "vitest"
import { makeSqlite } from "../src/sqlite.js"
import { killMidCommit, raceTwoProcesses } from "./support/scenarios.js"
import { schema } from "./support/workload.js"

const directory = mkdtempSync(join(tmpdir(), "frontdesk-sqlite-processes-"))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

const readAll = (filename: string) => () =>
  Effect.runPromise(
    Effect.scoped(Effect.flatMap(makeSqlite({ filename, schema }), (store) => store.exportAll))
  )

describe("SQLite across processes", () => {
  it("a process killed with SIGKILL in the middle of its commits leaves every commit whole or absent", async () => {
    const filename = join(directory, "kill.db")
    await killMidCommit({ adapter: "sqlite", filename }, readAll(filename))
  }, 60_000)

  it("two processes racing on one record: exactly one wins each round, the other gets Conflict, nothing is lost", async () => {
    const filename = join(directory, "race.db")
    await raceTwoProcesses({ adapter: "sqlite", filename }, readAll(filename), 100)
  }, 60_000)
})
