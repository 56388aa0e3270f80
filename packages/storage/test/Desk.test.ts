import "fake-indexeddb/auto"
import { Calendar, Deadline, Workflow } from "@frontdesk/domain"
import { createDesk, Desk, Runner, Store } from "@frontdesk/storage"
import { layerMemory, makeDatabase, makeMemory } from "@frontdesk/storage/memory"
import { Effect, Schema } from "effect"
import { describe, expect, it } from "vitest"
import {
  colleague,
  data2027,
  extraHoliday,
  racing,
  schema,
  specialist,
  supervisor,
  type TaskData,
  task,
  timedSchema,
  timedTask
} from "./fixtures.js"

const clock = () => new Date("2026-03-02T01:00:00Z")

describe("Desk", () => {
  it("creates, runs, reads, lists and tells the history of records with plain promises", async () => {
    const desk = Desk.memory(schema, { clock })
    const created = await desk.create<TaskData>(task, "t-1", { phone: "13800138000" }, supervisor)
    expect(created).toMatchObject({
      id: "t-1",
      version: 1,
      state: "open",
      createdAt: "2026-03-02T01:00:00.000Z"
    })
    await desk.create(task, "t-2", { phone: "13900139000" }, supervisor)
    const started = await desk.run<TaskData>(task, "t-1", "start", {}, specialist)
    expect(started).toMatchObject({ version: 2, state: "inProgress" })
    expect(await desk.get<TaskData>("tasks", "t-1")).toEqual(started)
    expect(await desk.get("tasks", "t-9")).toBeUndefined()
    const open = await desk.query<TaskData>("tasks", { index: "byState", where: { eq: "open" } })
    expect(open.items.map((record) => record.id)).toEqual(["t-2"])
    expect(open.cursor).toBeUndefined()
    const history = await desk.history("tasks", "t-1")
    expect(history.map((entry) => entry.command)).toEqual(["create", "start"])
    expect(history[0]).not.toHaveProperty("collection")
    await desk.close()
  })

  it("rejects with the typed errors themselves, so callers can switch on _tag", async () => {
    const desk = Desk.memory(schema)
    await desk.create(task, "t-1", { phone: "13800138000" }, supervisor)
    const reasons = await Promise.all([
      desk.create(task, "t-1", { phone: "13800138000" }, supervisor).catch((e: unknown) => e),
      desk.run(task, "t-1", "complete", {}, specialist).catch((e: unknown) => e),
      desk.run(task, "t-9", "start", {}, specialist).catch((e: unknown) => e),
      desk.get("nope", "x").catch((e: unknown) => e),
      desk.import({ format: "something else" }).catch((e: unknown) => e)
    ])
    expect(reasons.map((reason) => (reason as { _tag: string })._tag)).toEqual([
      "Conflict",
      "NotAllowedInState",
      "NotFound",
      "UnknownCollection",
      "InvalidImport"
    ])
    expect(reasons[0]).toBeInstanceOf(Store.Conflict)
    await desk.close()
  })

  it("explains a conflict as a duplicate when creating and as someone else's change when updating", () => {
    const duplicate = new Store.Conflict({
      collection: "tasks",
      id: "t-1",
      expectedVersion: 0,
      actualVersion: 1
    })
    expect(duplicate.text("zh-CN")).toBe("记录「tasks/t-1」已存在，不能重复新建")
    expect(duplicate.text("en")).toBe("Record “tasks/t-1” already exists and cannot be created again")
    const stale = new Store.Conflict({ collection: "tasks", id: "t-1", expectedVersion: 2, actualVersion: 3 })
    expect(stale.text("zh-CN")).toContain("已被他人修改")
    expect(stale.text("en")).toContain("was changed by someone else")
  })

  it("watch calls the listener for each change until it is stopped", async () => {
    const desk = Desk.memory(schema)
    const seen: Array<Desk.Change> = []
    const stop = desk.watch((change) => seen.push(change))
    await desk.create(task, "t-1", { phone: "13800138000" }, supervisor)
    await desk.run(task, "t-1", "start", {}, specialist)
    stop()
    await desk.run(task, "t-1", "complete", {}, specialist)
    expect(seen).toEqual([
      { collection: "tasks", id: "t-1", version: 1 },
      { collection: "tasks", id: "t-1", version: 2 }
    ])
    await desk.close()
  })

  it("keeps drafts: the last save wins, clear removes, a missing draft is undefined", async () => {
    const desk = Desk.memory(schema)
    expect(await desk.drafts.load("new-task")).toBeUndefined()
    await desk.drafts.save("new-task", { phone: "138" })
    await desk.drafts.save("new-task", { phone: "1380013" })
    expect(await desk.drafts.load("new-task")).toEqual({ phone: "1380013" })
    await desk.drafts.clear("new-task")
    await desk.drafts.clear("new-task")
    expect(await desk.drafts.load("new-task")).toBeUndefined()
    await desk.close()
  })

  it("saving one draft from two tabs at once keeps one of the two values", async () => {
    const database = makeDatabase()
    const tabA = createDesk({ store: layerMemory(schema, { database }) })
    const tabB = createDesk({ store: layerMemory(schema, { database }) })
    await Promise.all([tabA.drafts.save("d", "from A"), tabB.drafts.save("d", "from B")])
    expect(["from A", "from B"]).toContain(await tabA.drafts.load("d"))
    await Promise.all([tabA.close(), tabB.close()])
  })

  it("exports and imports everything", async () => {
    const source = Desk.memory(schema)
    await source.create(task, "t-1", { phone: "13800138000" }, supervisor)
    await source.drafts.save("d", { half: "done" })
    const doc = await source.export()
    const target = Desk.memory(schema)
    await target.import(JSON.parse(JSON.stringify(doc)))
    expect(await target.get("tasks", "t-1")).toEqual(await source.get("tasks", "t-1"))
    expect(await target.drafts.load("d")).toEqual({ half: "done" })
    expect(await target.history("tasks", "t-1")).toEqual(await source.history("tasks", "t-1"))
    await Promise.all([source.close(), target.close()])
  })

  it("accepts an opened Store and retries only the commands named safe to retry", async () => {
    const inner = await Effect.runPromise(makeMemory(schema))
    await Effect.runPromise(
      Effect.provideService(Runner.create(task, "t-1", { phone: "1" }, supervisor), Store.Store, inner)
    )
    const colleagueNotes = (store: Store.Store) =>
      Effect.provideService(
        Runner.run(task, "t-1", "note", { text: "by colleague" }, colleague),
        Store.Store,
        store
      )
    const desk = createDesk({ store: racing(inner, 2, colleagueNotes), safeToRetry: ["note"] })
    const noted = await desk.run<TaskData>(task, "t-1", "note", { text: "mine" }, specialist)
    expect(noted.data.notes).toEqual(["by colleague", "by colleague", "mine"])
    const strict = createDesk({ store: racing(inner, 1, colleagueNotes) })
    await expect(strict.run(task, "t-1", "note", { text: "again" }, specialist)).rejects.toMatchObject({
      _tag: "Conflict"
    })
    await Promise.all([desk.close(), strict.close()])
  })

  it("Desk.indexedDb keeps records in IndexedDB across desks on the same database", async () => {
    const name = `desk-${crypto.randomUUID()}`
    const first = Desk.indexedDb({ name, schema })
    await first.create(task, "t-1", { phone: "13800138000" }, supervisor)
    await first.close()
    const second = Desk.indexedDb({ name, schema })
    expect((await second.get<TaskData>("tasks", "t-1"))?.data.phone).toBe("13800138000")
    await second.close()
  })
})

describe("Desk call context", () => {
  // A guard that looks something up: a phone number the company no longer calls.
  const screened = Workflow.make({
    name: "screened",
    collection: "tasks",
    label: "workflow.task",
    states: [
      { id: "open", label: "workflow.state.open" },
      { id: "completed", label: "workflow.state.completed", terminal: true }
    ],
    initial: "open",
    create: {
      input: Schema.Struct({ phone: Schema.String }),
      roles: ["supervisor"],
      apply: (input: { readonly phone: string }): TaskData => ({ phone: input.phone, notes: [] })
    },
    commands: {
      complete: {
        label: "workflow.command.complete",
        from: "open",
        to: "completed",
        roles: ["specialist"],
        guard: (record, _input, _actor, _now, context) =>
          ((context.blocked as ReadonlyArray<string> | undefined) ?? []).includes(record.data.phone)
            ? [{ code: "blocked", message: { code: "workflow.ruleViolated" } }]
            : []
      }
    }
  })

  it("a call's context reaches the guards for that call only, on top of the desk's own", async () => {
    const desk = Desk.memory(schema, { clock, context: { region: "cn" } })
    await desk.create(screened, "t-1", { phone: "13800138000" }, supervisor)
    const refused = await desk
      .run(screened, "t-1", "complete", {}, specialist, { context: { blocked: ["13800138000"] } })
      .catch((e: unknown) => e)
    expect((refused as { _tag: string })._tag).toBe("RuleViolated")
    expect((await desk.get<TaskData>("tasks", "t-1"))?.state).toBe("open")
    // The next call without that context is decided on the desk's context alone.
    expect((await desk.run(screened, "t-1", "complete", {}, specialist)).state).toBe("completed")
    await desk.close()
  })
})

describe("Desk lifecycle", () => {
  const closedDesks = () =>
    [
      ["memory", Desk.memory(schema, { clock })],
      ["indexedDb", Desk.indexedDb({ name: `closed-${crypto.randomUUID()}`, schema, clock })]
    ] as const

  it("after close every call rejects with a typed StorageFailure instead of a bare string or a hang", async () => {
    for (const [, desk] of closedDesks()) {
      await desk.create(task, "t-1", { phone: "13800138000" }, supervisor)
      await desk.close()
      const reasons = await Promise.all([
        desk.get("tasks", "t-1").catch((e: unknown) => e),
        desk.create(task, "t-2", { phone: "13900139000" }, supervisor).catch((e: unknown) => e),
        desk.run(task, "t-1", "start", {}, specialist).catch((e: unknown) => e),
        desk.query("tasks", { index: "byState" }).catch((e: unknown) => e),
        desk.drafts.save("d", 1).catch((e: unknown) => e),
        desk.export().catch((e: unknown) => e)
      ])
      for (const reason of reasons) {
        expect(reason).toBeInstanceOf(Store.StorageFailure)
        expect((reason as Store.StorageFailure).detail).toContain("closed")
      }
      // Closing twice is harmless.
      await desk.close()
    }
  })

  it("a desk closed before its store opened rejects the same way", async () => {
    for (const [, desk] of closedDesks()) {
      await desk.close()
      await expect(desk.get("tasks", "t-1")).rejects.toBeInstanceOf(Store.StorageFailure)
    }
  })

  it("a watcher added after close hears nothing from other desks on the same database", async () => {
    const database = makeDatabase()
    const closed = createDesk({ store: layerMemory(schema, { database }) })
    const open = createDesk({ store: layerMemory(schema, { database }) })
    await closed.get("tasks", "t-1")
    await closed.close()
    const seen: Array<Desk.Change> = []
    const stop = closed.watch((change) => seen.push(change))
    await open.create(task, "t-1", { phone: "13800138000" }, supervisor)
    expect(seen).toEqual([])
    stop()
    await open.close()
  })

  it("a watcher registered before the IndexedDB store opens hears the first commit", async () => {
    const desk = Desk.indexedDb({ name: `early-${crypto.randomUUID()}`, schema })
    const seen: Array<Desk.Change> = []
    desk.watch((change) => seen.push(change))
    await desk.create(task, "t-1", { phone: "13800138000" }, supervisor)
    expect(seen).toEqual([{ collection: "tasks", id: "t-1", version: 1 }])
    await desk.close()
  })

  it("drafts saved at once from two IndexedDB tabs keep one of the values, and clearing from either removes it", async () => {
    const name = `drafts-${crypto.randomUUID()}`
    const tabA = Desk.indexedDb({ name, schema })
    const tabB = Desk.indexedDb({ name, schema })
    await Promise.all(
      Array.from({ length: 4 }, (_, i) => (i % 2 === 0 ? tabA : tabB).drafts.save("d", `save ${i}`))
    )
    const kept = await tabA.drafts.load("d")
    expect(["save 0", "save 1", "save 2", "save 3"]).toContain(kept)
    expect(await tabB.drafts.load("d")).toEqual(kept)
    await Promise.all([tabA.drafts.clear("d"), tabB.drafts.save("d", "late")])
    await tabB.drafts.clear("d")
    expect(await tabA.drafts.load("d")).toBeUndefined()
    await Promise.all([tabA.close(), tabB.close()])
  })
})

describe("Desk deadlines", () => {
  /** A memory desk whose clock the test sets. */
  const deskAt = (calendar?: Calendar.Calendar) => {
    let now = new Date(0)
    const desk = Desk.memory(timedSchema, {
      clock: () => now,
      ...(calendar === undefined ? {} : { calendar })
    })
    const at = (iso: string) => {
      now = new Date(iso)
      return desk
    }
    return { desk, at }
  }

  it("recomputeDeadlines turns an Unknown due date Known once next year's data is loaded", async () => {
    const cn = Calendar.cnMainland()
    const { desk, at } = deskAt(cn)
    // Monday 2026-12-28 + 5 working days reaches 2027, past the shipped data (it ends 2026-12-31).
    await at("2026-12-28T02:00:00Z").create(timedTask, "t-1", { phone: "13800138000" }, supervisor)
    await at("2026-03-02T02:00:00Z").create(timedTask, "t-2", { phone: "13900139000" }, supervisor)
    const before = await desk.get<TaskData>("tasks", "t-1")
    expect(before?.deadlines?.reply).toMatchObject({ unknown: true, estimate: "2027-01-04T10:00:00.000Z" })

    expect(await desk.recomputeDeadlines(timedTask, Calendar.withData(cn, data2027))).toBe(1)
    const after = await desk.get<TaskData>("tasks", "t-1")
    expect(after?.deadlines?.reply).toEqual({
      startedAt: "2026-12-28T02:00:00.000Z",
      dueAt: "2027-01-05T10:00:00.000Z"
    })
    expect(after?.version).toBe(2)
    expect((await desk.history("tasks", "t-1")).length).toBe(1)

    // The desk now counts on the newer calendar, so a command does not make the date Unknown again.
    const started = await at("2026-12-29T02:00:00Z").run<TaskData>(timedTask, "t-1", "start", {}, specialist)
    expect(started.deadlines?.reply?.dueAt).toBe("2027-01-05T10:00:00.000Z")
    expect(started.deadlines?.reply?.unknown).toBeUndefined()
    await desk.close()
  })

  it("recomputeDeadlines moves a known due date when a holiday is declared", async () => {
    const cn = Calendar.cnMainland()
    const { desk, at } = deskAt(cn)
    // Monday 2026-03-02 + 5 working days → Monday 2026-03-09 18:00; a day off on the 4th → Tuesday.
    await at("2026-03-02T02:00:00Z").create(timedTask, "t-1", { phone: "13800138000" }, supervisor)
    expect((await desk.get("tasks", "t-1"))?.dueAt).toBe("2026-03-09T10:00:00.000Z")
    expect(await desk.recomputeDeadlines(timedTask, Calendar.withData(cn, extraHoliday))).toBe(1)
    expect((await desk.get("tasks", "t-1"))?.dueAt).toBe("2026-03-10T10:00:00.000Z")
    expect(await desk.recomputeDeadlines(timedTask, Calendar.withData(cn, extraHoliday))).toBe(0)
    await desk.close()
  })

  describe("everything overdue now", () => {
    const cn = Calendar.cnMainland()
    const policy = timedTask.deadlines[0]!.policy
    const seed = async () => {
      const { desk, at } = deskAt()
      await at("2026-03-02T02:00:00Z").create(timedTask, "late", { phone: "1" }, supervisor) // due 03-09 18:00
      await at("2026-03-05T02:00:00Z").create(timedTask, "fresh", { phone: "2" }, supervisor) // due 03-12 18:00
      await at("2026-03-02T02:00:00Z").create(timedTask, "done", { phone: "3" }, supervisor)
      await at("2026-03-03T02:00:00Z").run(timedTask, "done", "start", {}, specialist)
      await at("2026-03-04T02:00:00Z").run(timedTask, "done", "complete", {}, specialist)
      await at("2026-03-01T02:00:00Z").create(timedTask, "later", { phone: "4" }, supervisor) // due 03-06 18:00
      await at("2026-03-01T03:00:00Z").run(timedTask, "later", "start", {}, specialist)
      return desk
    }
    const overdueAt = (records: ReadonlyArray<{ readonly deadlines?: unknown }>, now: Date) =>
      records.filter((record) => {
        const tracker = (record as { deadlines?: { reply?: Deadline.Tracker } }).deadlines?.reply
        return tracker !== undefined && Deadline.status(policy, tracker, now, cn) === "overdue"
      })

    it("a range query on the dueAt index returns exactly the records overdue at now; met ones have no dueAt", async () => {
      const desk = await seed()
      const all = (await desk.query("tasks", { index: Store.idIndex })).items
      expect(all.find((record) => record.id === "done")).not.toHaveProperty("dueAt")
      for (const now of [
        new Date("2026-03-05T02:00:00Z"),
        new Date("2026-03-06T10:00:00Z"), // exactly when "later" is due: not yet overdue
        new Date("2026-03-10T02:00:00Z"),
        new Date("2026-03-13T02:00:00Z")
      ]) {
        const page = await desk.query("tasks", { index: "byDue", where: { lt: now.toISOString() } })
        const expected = overdueAt(all, now).map((record) => (record as { id: string }).id)
        expect(page.items.map((record) => record.id).sort()).toEqual([...expected].sort())
        const viaHelper = await Desk.overdue(desk, timedTask, now, { index: "byDue" })
        expect(viaHelper.items.map((record) => record.id)).toEqual(page.items.map((record) => record.id))
      }
      expect(
        (await Desk.overdue(desk, timedTask, new Date("2026-03-13T02:00:00Z"), { index: "byDue" })).items.map(
          (record) => record.id
        )
      ).toEqual(["later", "late", "fresh"])
      await desk.close()
    })

    it("Desk.overdue pages with limit and cursor, most overdue first", async () => {
      const desk = await seed()
      const now = new Date("2026-03-13T02:00:00Z")
      const first = await Desk.overdue(desk, timedTask, now, { index: "byDue", limit: 2 })
      expect(first.items.map((record) => record.id)).toEqual(["later", "late"])
      const second = await Desk.overdue(desk, timedTask, now, {
        index: "byDue",
        limit: 2,
        cursor: first.cursor
      })
      expect(second.items.map((record) => record.id)).toEqual(["fresh"])
      expect(second.cursor).toBeUndefined()
      await desk.close()
    })
  })
})
