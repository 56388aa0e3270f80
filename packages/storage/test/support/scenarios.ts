/**
 * The fault and concurrency scenarios every SQL adapter goes through, with worker processes
 * (test/support/worker.ts) on the same database as the test.
 */
import { expect } from "vitest"
import type * as Store from "../../src/Store.js"
import { startWorker } from "./processes.js"
import type { Config } from "./workload.js"

/** Reads the whole database the workers wrote to. */
export type ReadAll = () => Promise<Store.ExportDocument>

const parts = 5

/**
 * Checks that every commit the workers made is all there or not there at all: commit i moved the
 * counter to version i + 1 and created `parts` records, each with its history entry. Returns how
 * many commits are there.
 */
const allOrNothing = (document: Store.ExportDocument): number => {
  const counter = document.collections.counters?.find((item) => item.id === "counter")
  const commits = counter?.version ?? 0
  if (counter !== undefined) expect((counter.value as { count: number }).count).toBe(commits)
  const byCommit = new Map<number, Array<string>>()
  for (const item of document.collections.parts ?? []) {
    const commit = (item.value as { commit: number }).commit
    byCommit.set(commit, [...(byCommit.get(commit) ?? []), item.id])
  }
  expect([...byCommit.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: commits }, (_, i) => i))
  for (const ids of byCommit.values()) expect(ids.length).toBe(parts)
  const partHistory = document.history.filter((entry) => entry.collection === "parts")
  expect(partHistory.map((entry) => entry.recordId).sort()).toEqual([...byCommit.values()].flat().sort())
  const counterHistory = document.history.filter((entry) => entry.collection === "counters")
  expect(counterHistory.map((entry) => [entry.version, entry.note])).toEqual(
    Array.from({ length: commits }, (_, i) => [i + 1, `commit ${i}`])
  )
  return commits
}

/**
 * A worker is SIGKILLed while a commit's writes are staged but not committed, then another in the
 * middle of a stream of commits: afterwards each commit is complete or absent, every commit the
 * worker reported done is there, and at most the one in flight beyond it.
 */
export const killMidCommit = async (base: Omit<Config, "mode">, readAll: ReadAll): Promise<void> => {
  const staged = startWorker({ ...base, mode: "stream", parts, stallAt: 6 })
  await staged.waitFor((line) => line === "staged 6")
  staged.child.kill("SIGKILL")
  expect(await staged.exited).toBe("SIGKILL")
  expect(allOrNothing(await readAll())).toBe(6)

  for (let round = 0; round < 2; round++) {
    const before = allOrNothing(await readAll())
    const worker = startWorker({ ...base, mode: "stream", parts })
    // Killed as soon as it reports a few commits: it is writing the next one by then.
    await worker.waitFor((line) => line === `committed ${before + 3 + round}`)
    worker.child.kill("SIGKILL")
    expect(await worker.exited).toBe("SIGKILL")
    const acknowledged = Math.max(
      ...worker.lines.filter((line) => line.startsWith("committed ")).map((line) => Number(line.slice(10)))
    )
    const commits = allOrNothing(await readAll())
    expect(commits).toBeGreaterThanOrEqual(acknowledged + 1)
    expect(commits).toBeLessThanOrEqual(acknowledged + 2)
  }
}

/**
 * Two worker processes commit the same record from the same version, round after round: in each
 * round exactly one wins and the other gets a Conflict naming the version the winner made; the
 * record's versions and history hold every winner, in order.
 */
export const raceTwoProcesses = async (
  base: Omit<Config, "mode" | "who">,
  readAll: ReadAll,
  rounds: number
): Promise<void> => {
  const workers = ["A", "B"].map((who) => ({ who, worker: startWorker({ ...base, mode: "race", who }) }))
  try {
    await Promise.all(workers.map(({ worker }) => worker.waitFor((line) => line === "ready")))
    const winners: Array<string> = []
    for (let round = 0; round < rounds; round++) {
      // Whoever hears first has a head start of a few microseconds: take turns at that.
      const order = round % 2 === 0 ? workers : [...workers].reverse()
      const outcomes = await Promise.all(
        order.map(async ({ who, worker }) => {
          const reply = worker.waitFor((line) => line.startsWith(`{"round":${round},`))
          worker.send(`go ${round}`)
          return { who, outcome: JSON.parse(await reply) as { result: string; error?: Store.Conflict } }
        })
      )
      const won = outcomes.filter(({ outcome }) => outcome.result === "won")
      expect(won.length).toBe(1)
      const lost = outcomes.find(({ outcome }) => outcome.result !== "won")!
      expect(lost.outcome).toMatchObject({
        result: "Conflict",
        error: { collection: "counters", id: "counter", expectedVersion: round, actualVersion: round + 1 }
      })
      winners.push(won[0]!.who)
    }
    for (const { worker } of workers) worker.send("stop")
    for (const { worker } of workers) expect(await worker.exited).toBe(0)
    const document = await readAll()
    const counter = document.collections.counters?.find((item) => item.id === "counter")
    expect(counter).toMatchObject({ version: rounds, value: { count: rounds, by: winners.at(-1) } })
    expect(
      document.history
        .filter((entry) => entry.collection === "counters")
        .map((entry) => [entry.version, entry.note])
    ).toEqual(winners.map((who, i) => [i + 1, who]))
    // Both processes won some rounds, so the race was real and not one process ahead of the other.
    expect(new Set(winners).size).toBe(2)
  } finally {
    for (const { worker } of workers) worker.child.kill("SIGKILL")
  }
}
