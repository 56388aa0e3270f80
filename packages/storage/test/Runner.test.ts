import { Calendar } from "@frontdesk/domain"
import { Runner, Store } from "@frontdesk/storage"
import { makeMemory } from "@frontdesk/storage/memory"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import {
  colleague,
  data2027,
  racing,
  schema,
  specialist,
  supervisor,
  type TaskData,
  task,
  timedSchema,
  timedTask
} from "./fixtures.js"

const at = (iso: string) => ({ now: () => new Date(iso) })

/** Runs with a fresh memory store, or the given one. */
const withStore = <A, E>(effect: Effect.Effect<A, E, Store.Store>, store?: Store.Store) =>
  Effect.runPromise(
    Effect.gen(function* () {
      const opened = store ?? (yield* makeMemory(schema))
      return yield* Effect.provideService(effect, Store.Store, opened)
    })
  )

const created = Runner.create<TaskData>(
  task,
  "t-1",
  { phone: "13800138000" },
  supervisor,
  at("2026-03-02T01:00:00Z")
)

describe("Runner", () => {
  it("create commits the record at version 1 with its first history entry", async () => {
    await withStore(
      Effect.gen(function* () {
        const record = yield* created
        expect(record).toMatchObject({
          id: "t-1",
          version: 1,
          state: "open",
          createdAt: "2026-03-02T01:00:00.000Z"
        })
        const store = yield* Store.Store
        expect(yield* store.get("tasks", "t-1")).toEqual({
          collection: "tasks",
          id: "t-1",
          version: 1,
          value: record
        })
        expect((yield* store.history("tasks", "t-1")).map((h) => [h.command, h.to])).toEqual([
          ["create", "open"]
        ])
      })
    )
  })

  it("run loads, decides and commits the next version with its history entry", async () => {
    await withStore(
      Effect.gen(function* () {
        yield* created
        const started = yield* Runner.run<TaskData>(
          task,
          "t-1",
          "start",
          {},
          specialist,
          at("2026-03-02T02:00:00Z")
        )
        expect(started).toMatchObject({
          version: 2,
          state: "inProgress",
          updatedAt: "2026-03-02T02:00:00.000Z"
        })
        expect(yield* Runner.load(task, "t-1")).toEqual(started)
        const store = yield* Store.Store
        const history = yield* store.history("tasks", "t-1")
        expect(history.map((h) => [h.version, h.command, h.from, h.to, h.collection])).toEqual([
          [1, "create", "", "open", "tasks"],
          [2, "start", "open", "inProgress", "tasks"]
        ])
      })
    )
  })

  it("creating an id that exists is a Conflict and leaves the first record alone", async () => {
    await withStore(
      Effect.gen(function* () {
        const first = yield* created
        const error = yield* Effect.flip(Runner.create(task, "t-1", { phone: "13900139000" }, supervisor))
        expect(error).toMatchObject({ _tag: "Conflict", expectedVersion: 0, actualVersion: 1 })
        expect(yield* Runner.load(task, "t-1")).toEqual(first)
      })
    )
  })

  it("a command the workflow refuses writes nothing and returns the workflow's error", async () => {
    await withStore(
      Effect.gen(function* () {
        yield* created
        const refused = yield* Effect.flip(Runner.run(task, "t-1", "complete", {}, specialist))
        expect(refused._tag).toBe("NotAllowedInState")
        const forbidden = yield* Effect.flip(Runner.run(task, "t-1", "start", {}, supervisor))
        expect(forbidden._tag).toBe("RoleNotPermitted")
        const invalid = yield* Effect.flip(Runner.run(task, "t-1", "note", { text: 1 }, specialist))
        expect(invalid._tag).toBe("InvalidInput")
        const store = yield* Store.Store
        expect((yield* store.get("tasks", "t-1"))?.version).toBe(1)
        expect((yield* store.history("tasks", "t-1")).length).toBe(1)
      })
    )
  })

  it("running a command on a record that does not exist is NotFound", async () => {
    await withStore(
      Effect.gen(function* () {
        const error = yield* Effect.flip(Runner.run(task, "nope", "start", {}, specialist))
        expect(error).toMatchObject({ _tag: "NotFound", collection: "tasks", id: "nope" })
      })
    )
  })

  describe("when someone else changes the record between load and commit", () => {
    const setup = async (times: number) => {
      const inner = await Effect.runPromise(makeMemory(schema))
      await withStore(created, inner)
      return racing(inner, times, (store) =>
        Effect.provideService(
          Runner.run(task, "t-1", "note", { text: "by colleague" }, colleague),
          Store.Store,
          store
        )
      )
    }

    it("a command not marked safe to retry returns the Conflict and writes nothing of its own", async () => {
      const store = await setup(1)
      const error = await withStore(
        Effect.flip(Runner.run(task, "t-1", "note", { text: "mine" }, specialist)),
        store
      )
      expect(error).toMatchObject({ _tag: "Conflict", expectedVersion: 1, actualVersion: 2 })
      const record = await withStore(Runner.load<TaskData>(task, "t-1"), store)
      expect(record.data.notes).toEqual(["by colleague"])
    })

    it("a command marked safe to retry is decided again on the fresh record", async () => {
      const store = await setup(1)
      const record = await withStore(
        Runner.run<TaskData>(task, "t-1", "note", { text: "mine" }, specialist, { safeToRetry: true }),
        store
      )
      expect(record.version).toBe(3)
      expect(record.data.notes).toEqual(["by colleague", "mine"])
      expect(store.reads()).toBe(2)
    })

    it("retries are bounded: after the last one the Conflict is returned", async () => {
      const store = await setup(10)
      const error = await withStore(
        Effect.flip(
          Runner.run(task, "t-1", "note", { text: "mine" }, specialist, { safeToRetry: true, retries: 2 })
        ),
        store
      )
      expect(error._tag).toBe("Conflict")
      expect(store.reads()).toBe(3)
      const record = await withStore(Runner.load<TaskData>(task, "t-1"), store)
      expect(record.data.notes).not.toContain("mine")
    })
  })
})

describe("Runner.recomputeDeadlines", () => {
  const cn = Calendar.cnMainland()
  const newer = Calendar.withData(cn, data2027)
  const createAt = (id: string, iso: string) =>
    Runner.create<TaskData>(timedTask, id, { phone: "13800138000" }, supervisor, {
      ...at(iso),
      context: { calendar: cn }
    })

  /** Three records: due past the data (Unknown), due in March (Known), and met. */
  const seed = Effect.gen(function* () {
    yield* createAt("t-1", "2026-12-28T02:00:00Z")
    yield* createAt("t-2", "2026-03-02T02:00:00Z")
    yield* createAt("t-3", "2026-12-28T02:00:00Z")
    yield* Runner.run(timedTask, "t-3", "start", {}, specialist, at("2026-12-28T03:00:00Z"))
    yield* Runner.run(timedTask, "t-3", "complete", {}, specialist, at("2026-12-28T04:00:00Z"))
  })

  it("stores only the records whose deadlines changed, a version later and without a history entry", async () => {
    await withStore(
      Effect.gen(function* () {
        yield* seed
        const store = yield* Store.Store
        const before = yield* store.getMany("tasks", ["t-1", "t-2", "t-3"])
        expect((yield* Runner.load(timedTask, "t-1")).deadlines?.reply).toMatchObject({ unknown: true })

        // One record per page, so paging is exercised too.
        const summary = yield* Runner.recomputeDeadlines(timedTask, newer, { pageSize: 1 })
        expect(summary).toEqual({ changed: 1, conflicts: [] })

        const recomputed = yield* Runner.load<TaskData>(timedTask, "t-1")
        expect(recomputed.version).toBe(2)
        expect(recomputed.deadlines?.reply).toEqual({
          startedAt: "2026-12-28T02:00:00.000Z",
          dueAt: "2027-01-05T10:00:00.000Z"
        })
        expect(recomputed.dueAt).toBe("2027-01-05T10:00:00.000Z")
        expect(recomputed.updatedAt).toBe("2026-12-28T02:00:00.000Z")
        expect((yield* store.history("tasks", "t-1")).map((h) => h.version)).toEqual([1])
        // The others were not written at all.
        expect(yield* store.getMany("tasks", ["t-2", "t-3"])).toEqual(before.slice(1))

        // The next command follows on: its entry takes version 3.
        const started = yield* Runner.run(timedTask, "t-1", "start", {}, specialist, {
          ...at("2026-12-29T02:00:00Z"),
          context: { calendar: newer }
        })
        expect(started.version).toBe(3)
        expect(started.dueAt).toBe("2027-01-05T10:00:00.000Z")
        expect((yield* store.history("tasks", "t-1")).map((h) => h.version)).toEqual([1, 3])

        // Nothing left to change.
        expect(yield* Runner.recomputeDeadlines(timedTask, newer)).toEqual({ changed: 0, conflicts: [] })
      })
    )
  })

  it("pages through a dueAt index when one is given", async () => {
    await withStore(
      Effect.gen(function* () {
        yield* seed
        expect(yield* Runner.recomputeDeadlines(timedTask, newer, { index: "byDue", pageSize: 1 })).toEqual({
          changed: 1,
          conflicts: []
        })
      }),
      await Effect.runPromise(makeMemory(timedSchema))
    )
  })

  describe("when someone else changes a record between reading and storing it", () => {
    /** A store on which each commit to `id` is preceded by a colleague's note, `times` times. */
    const racingCommits = (inner: Store.Store, id: string, times: number): Store.Store => {
      let left = times
      return {
        ...inner,
        commit: (commit) => {
          if (left <= 0 || !commit.writes.some((write) => write.id === id)) return inner.commit(commit)
          left--
          const note = Runner.run(timedTask, id, "note", { text: "by colleague" }, colleague)
          return Effect.flatMap(Effect.orDie(Effect.provideService(note, Store.Store, inner)), () =>
            inner.commit(commit)
          )
        }
      }
    }
    const setup = async (times: number) => {
      const inner = await Effect.runPromise(makeMemory(timedSchema))
      await withStore(seed, inner)
      return racingCommits(inner, "t-1", times)
    }

    it("the record is read again and recomputed once more; the colleague's change is kept", async () => {
      const store = await setup(1)
      expect(await withStore(Runner.recomputeDeadlines(timedTask, newer), store)).toEqual({
        changed: 1,
        conflicts: []
      })
      const record = await withStore(Runner.load<TaskData>(timedTask, "t-1"), store)
      expect(record.version).toBe(3)
      expect(record.data.notes).toEqual(["by colleague"])
      expect(record.dueAt).toBe("2027-01-05T10:00:00.000Z")
    })

    it("a second conflict on the same record is reported and the others are still recomputed", async () => {
      const inner = await Effect.runPromise(makeMemory(timedSchema))
      await withStore(
        Effect.gen(function* () {
          yield* seed
          yield* createAt("t-4", "2026-12-29T02:00:00Z")
        }),
        inner
      )
      const store = racingCommits(inner, "t-1", 2)
      expect(await withStore(Runner.recomputeDeadlines(timedTask, newer), store)).toEqual({
        changed: 1,
        conflicts: ["t-1"]
      })
      const [first, fourth] = await withStore(
        Effect.all([Runner.load<TaskData>(timedTask, "t-1"), Runner.load<TaskData>(timedTask, "t-4")]),
        store
      )
      expect(first?.data.notes).toEqual(["by colleague", "by colleague"])
      expect(first?.deadlines?.reply?.unknown).toBe(true)
      expect(fourth?.deadlines?.reply?.dueAt).toBe("2027-01-06T10:00:00.000Z")
    })
  })
})
