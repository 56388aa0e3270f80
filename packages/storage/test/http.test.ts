import { mkdtempSync, rmSync } from "node:fs"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Actor, Field, Input, Workflow } from "@frontdesk/domain"
import { Store } from "@frontdesk/storage"
import {
  actorHeader,
  decodeActor,
  encodeActor,
  makeDesk,
  makeHttp,
  makeService,
  maxQueryLimit,
  type Service,
  toNodeListener
} from "@frontdesk/storage/http"
import { type Database, makeDatabase, makeMemory } from "@frontdesk/storage/memory"
import { makeSqlite } from "@frontdesk/storage/sqlite"
import { conformance } from "@frontdesk/storage/testing"
import { Effect, Exit, Schema, Scope } from "effect"
import fc from "fast-check"
import { afterAll, afterEach, describe, expect, it } from "vitest"
import { schema, supervisor, task } from "./fixtures.js"

/** Serves a service on a free loopback port until the scope closes. */
const serve = (service: Service, maxBodyBytes?: number) =>
  Effect.acquireRelease(
    Effect.promise(
      () =>
        new Promise<{ readonly url: string; readonly close: () => Promise<void> }>((resolve) => {
          const server = createServer(toNodeListener(service, { maxBodyBytes }))
          server.listen(0, "127.0.0.1", () => {
            const { port } = server.address() as AddressInfo
            resolve({
              url: `http://127.0.0.1:${port}/`,
              close: () =>
                new Promise<void>((done) => {
                  service.close()
                  server.closeAllConnections()
                  server.close(() => done())
                })
            })
          })
        })
    ),
    (served) => Effect.promise(served.close)
  )

const tester = Actor.make("conformance", "Conformance", [])
const databases = new Map<string, Database>()

conformance("http", ({ name, schema: definition, faults }) =>
  Effect.gen(function* () {
    const database = databases.get(name) ?? makeDatabase()
    databases.set(name, database)
    const store = yield* makeMemory(definition, { database, faults })
    const { url } = yield* serve(makeService({ store, workflows: [], trusted: true }))
    return yield* makeHttp({ url, headers: { [actorHeader]: encodeActor(tester) } })
  })
)

// And over SQLite, the service's default store, one database file per name.
const directory = mkdtempSync(join(tmpdir(), "frontdesk-http-"))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

conformance("http over sqlite", ({ name, schema: definition, faults }) =>
  Effect.gen(function* () {
    const filename = join(directory, `${name}.sqlite`)
    const store = yield* makeSqlite({ filename, schema: definition, faults, synchronous: "NORMAL" })
    const { url } = yield* serve(makeService({ store, workflows: [], trusted: true }))
    return yield* makeHttp({ url, headers: { [actorHeader]: encodeActor(tester) } })
  })
)

/** A workflow whose create takes two fields, so bad input has more than one issue. */
const visit = Workflow.make({
  name: "visit",
  collection: "visits",
  label: { "zh-CN": "来访", en: "Visit" },
  states: [
    { id: "open", label: { "zh-CN": "待处理", en: "Open" } },
    { id: "done", label: { "zh-CN": "已完成", en: "Done" }, terminal: true }
  ],
  initial: "open",
  create: {
    input: Schema.Struct({ name: Field.Text({ max: 10, nonEmpty: true }), mobile: Field.Mobile }),
    roles: ["receptionist"],
    apply: (input: { readonly name: string; readonly mobile: string }) => input
  },
  commands: {
    finish: {
      label: { "zh-CN": "完成", en: "Finish" },
      from: "open",
      to: "done",
      roles: ["supervisor"]
    }
  }
})

const visitSchema = Store.define({ version: 1, collections: [...schema.collections, { name: "visits" }] })
const receptionist = Actor.make("u-5", "赵敏", ["receptionist"])
const stranger = Actor.make("u-9", "陌生人", [])

const scopes: Array<Scope.Closeable> = []
afterEach(async () => {
  for (const scope of scopes.splice(0)) await Effect.runPromise(Scope.close(scope, Exit.void))
})

/** A service over a fresh memory store, for requests made straight to its handler. */
const service = async (options: { readonly trusted?: boolean; readonly maxQueryLimit?: number } = {}) => {
  const store = await Effect.runPromise(makeMemory(visitSchema))
  const made = makeService({
    store,
    workflows: [task, visit],
    trusted: options.trusted,
    maxQueryLimit: options.maxQueryLimit,
    clock: () => new Date("2026-03-02T01:00:00Z")
  })
  return { store, service: made }
}

/** The same, listening on loopback. */
const served = async (options: { readonly trusted?: boolean; readonly maxBodyBytes?: number } = {}) => {
  const made = await service(options)
  const scope = Scope.makeUnsafe()
  scopes.push(scope)
  const { url } = await Effect.runPromise(Scope.provide(scope)(serve(made.service, options.maxBodyBytes)))
  return { ...made, url }
}

const request = (
  target: Service,
  method: string,
  path: string,
  options: { readonly actor?: Actor.Actor | string; readonly body?: unknown } = {}
) => {
  const headers = new Headers()
  if (typeof options.actor === "string") headers.set(actorHeader, options.actor)
  else if (options.actor !== undefined) headers.set(actorHeader, encodeActor(options.actor))
  const init: RequestInit = { method, headers }
  if (options.body !== undefined) {
    headers.set("content-type", "application/json")
    init.body = typeof options.body === "string" ? options.body : JSON.stringify(options.body)
  }
  return target.handle(new Request(`http://frontdesk.test/${path}`, init))
}

const bodyOf = async (response: Response) => (await response.json()) as Record<string, any>

describe("the actor header", () => {
  it("carries any actor, names in Chinese included, and back", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.string({ unit: "grapheme" }),
        fc.array(fc.string()),
        (id, name, roles) => {
          const actor = Actor.make(id, name, roles)
          const header = encodeActor(actor)
          expect(header).toMatch(/^[A-Za-z0-9_-]*$/)
          expect(decodeActor(header)).toEqual(actor)
        }
      )
    )
  })

  it("is refused when it is not base64url JSON of an actor", () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url")
    for (const header of [
      undefined,
      null,
      "",
      "not base64!",
      encode({ name: "no id", roles: [] }),
      encode({ id: "", roles: [] }),
      encode({ id: "u-1", roles: "admin" }),
      encode("u-1"),
      "x".repeat(9000)
    ]) {
      expect(decodeActor(header)).toBeUndefined()
    }
    expect(decodeActor(encode({ id: "u-1", roles: ["a"] }))).toEqual({ id: "u-1", name: "u-1", roles: ["a"] })
  })
})

describe("the service", () => {
  it("answers a request without a valid actor with 401, in zh-CN and en, before anything else", async () => {
    const { service: target } = await service()
    for (const actor of [undefined, "garbage"]) {
      for (const [method, path] of [
        ["GET", "schema"],
        ["POST", "commands"],
        ["GET", "records/visits/v-1"],
        ["GET", "nowhere"]
      ] as const) {
        const response = await request(target, method, path, actor === undefined ? {} : { actor })
        expect(response.status).toBe(401)
        const body = await bodyOf(response)
        expect(body.code).toBe("ActorMissing")
        expect(body.text["zh-CN"]).toContain("X-Frontdesk-Actor")
        expect(body.text.en).toContain("sign in")
      }
    }
  })

  it("refuses a command the actor's roles do not allow with 403, naming the roles in both languages", async () => {
    const { service: target, store } = await service()
    const response = await request(target, "POST", "commands", {
      actor: stranger,
      body: { workflow: "visit", id: "v-1", command: "create", input: { name: "王", mobile: "13800138000" } }
    })
    expect(response.status).toBe(403)
    const body = await bodyOf(response)
    expect(body.code).toBe("RoleNotPermitted")
    expect(body.text["zh-CN"]).toBe("您的角色无权执行「新建」，需要以下角色之一：「receptionist」")
    expect(body.text.en).toContain("it needs one of these roles")
    expect(body.detail.roles).toEqual(["receptionist"])
    expect(await Effect.runPromise(store.get("visits", "v-1"))).toBeUndefined()
  })

  it("answers bad input with 400 and every issue in zh-CN and en", async () => {
    const { service: target } = await service()
    const response = await request(target, "POST", "commands", {
      actor: receptionist,
      body: { workflow: "visit", id: "v-1", command: "create", input: { name: "", mobile: "12345" } }
    })
    expect(response.status).toBe(400)
    const body = await bodyOf(response)
    expect(body.code).toBe("InvalidInput")
    expect(body.issues).toEqual([
      {
        path: ["name"],
        code: "field.text.empty",
        text: { "zh-CN": "不能为空", en: "Must not be empty" }
      },
      {
        path: ["mobile"],
        code: "field.mobile.invalid",
        text: {
          "zh-CN": "请输入 11 位中国大陆手机号，如 138 0013 8000",
          en: "Enter an 11-digit mainland China mobile number, such as 138 0013 8000"
        }
      }
    ])
    expect(body.text.en).toContain("name: Must not be empty")
  })

  it("creates with 201, runs with 200, and answers 409 to a duplicate or a command the state does not allow", async () => {
    const { service: target } = await service()
    const create = {
      workflow: "visit",
      id: "v-1",
      command: "create",
      input: { name: "王", mobile: "13800138000" }
    }
    const created = await request(target, "POST", "commands", { actor: receptionist, body: create })
    expect(created.status).toBe(201)
    expect((await bodyOf(created)).record).toMatchObject({ id: "v-1", version: 1, state: "open" })

    const again = await request(target, "POST", "commands", { actor: receptionist, body: create })
    expect(again.status).toBe(409)
    const duplicate = await bodyOf(again)
    expect(duplicate).toMatchObject({
      code: "Conflict",
      detail: { id: "v-1", expectedVersion: 0, actualVersion: 1 }
    })
    expect(duplicate.text).toEqual({
      "zh-CN": "记录「visits/v-1」已存在，不能重复新建",
      en: "Record “visits/v-1” already exists and cannot be created again"
    })

    const finish = { workflow: "visit", id: "v-1", command: "finish" }
    const finished = await request(target, "POST", "commands", { actor: supervisor, body: finish })
    expect(finished.status).toBe(200)
    expect((await bodyOf(finished)).record).toMatchObject({ version: 2, state: "done" })
    const twice = await request(target, "POST", "commands", { actor: supervisor, body: finish })
    expect(twice.status).toBe(409)
    expect((await bodyOf(twice)).code).toBe("NotAllowedInState")
  })

  it("answers 404 for a missing record, an unknown workflow and an unknown endpoint", async () => {
    const { service: target } = await service()
    const missing = await request(target, "POST", "commands", {
      actor: supervisor,
      body: { workflow: "visit", id: "v-9", command: "finish" }
    })
    expect(missing.status).toBe(404)
    expect(await bodyOf(missing)).toMatchObject({
      code: "NotFound",
      text: { "zh-CN": "找不到记录「visits/v-9」", en: "Record “visits/v-9” was not found" }
    })
    const unknown = await request(target, "POST", "commands", {
      actor: supervisor,
      body: { workflow: "parcel", id: "p-1", command: "create" }
    })
    expect(unknown.status).toBe(404)
    expect(await bodyOf(unknown)).toMatchObject({
      code: "UnknownWorkflow",
      text: { "zh-CN": "服务中没有流程「parcel」", en: "The service has no workflow “parcel”" }
    })
    const nowhere = await request(target, "DELETE", "records/visits/v-1", { actor: supervisor })
    expect(nowhere.status).toBe(404)
    expect((await bodyOf(nowhere)).code).toBe("NoEndpoint")
  })

  it("answers a malformed body with 400 and one larger than the limit with 413", async () => {
    const { service: target } = await service()
    for (const body of [
      "{not json",
      { workflow: "visit" },
      { workflow: "visit", id: "", command: "create" }
    ]) {
      const response = await request(target, "POST", "commands", { actor: supervisor, body })
      expect(response.status).toBe(400)
      const answer = await bodyOf(response)
      expect(answer.code).toBe("BadRequest")
      expect(answer.text["zh-CN"]).toMatch(/^请求格式无效/)
    }
    const { url } = await served({ maxBodyBytes: 1000 })
    const big = await fetch(`${url}commands`, {
      method: "POST",
      headers: { [actorHeader]: encodeActor(supervisor), "content-type": "application/json" },
      body: JSON.stringify({
        workflow: "visit",
        id: "v-1",
        command: "create",
        input: { name: "x".repeat(2000) }
      })
    })
    expect(big.status).toBe(413)
  })

  it("accepts raw commits only to the caller's own drafts unless trusted, and shows nobody else's drafts", async () => {
    const { service: target, store } = await service()
    const draft = (id: string, value: unknown, expectedVersion = 0) => ({
      writes: [{ collection: "drafts", id, expectedVersion, value }]
    })
    const forged = await request(target, "POST", "commit", {
      actor: receptionist,
      body: { writes: [{ collection: "visits", id: "v-1", expectedVersion: 0, value: { state: "done" } }] }
    })
    expect(forged.status).toBe(403)
    expect(await bodyOf(forged)).toMatchObject({ code: "TrustedOnly" })
    const mixed = await request(target, "POST", "commit", {
      actor: receptionist,
      body: {
        writes: [
          { collection: "drafts", id: "form", expectedVersion: 0, value: {} },
          { collection: "visits", id: "v-1", expectedVersion: 0, value: {} }
        ]
      }
    })
    expect(mixed.status).toBe(403)
    expect(await Effect.runPromise(store.exportAll)).toMatchObject({
      collections: { drafts: [], visits: [] }
    })

    const saved = await request(target, "POST", "commit", {
      actor: receptionist,
      body: draft("form", { name: "王" })
    })
    expect(saved.status).toBe(200)
    expect((await bodyOf(saved)).changes).toEqual([{ collection: "drafts", id: "form", version: 1 }])
    const mine = await bodyOf(await request(target, "GET", "records/drafts/form", { actor: receptionist }))
    expect(mine.item).toEqual({ collection: "drafts", id: "form", version: 1, value: { name: "王" } })
    const theirs = await bodyOf(await request(target, "GET", "records/drafts/form", { actor: supervisor }))
    expect(theirs.item).toBeNull()
    // The same key is another draft for another person.
    const other = await request(target, "POST", "commit", {
      actor: supervisor,
      body: draft("form", { name: "李" })
    })
    expect(other.status).toBe(200)
    const exported = await bodyOf(await request(target, "GET", "export", { actor: supervisor }))
    expect(exported.collections.drafts).toEqual([{ id: "form", version: 1, value: { name: "李" } }])
    const listed = await request(target, "GET", "records/drafts?index=id", { actor: supervisor })
    expect(listed.status).toBe(403)
    const imported = await request(target, "POST", "import", { actor: supervisor, body: exported })
    expect(imported.status).toBe(403)
  })

  it("when trusted, accepts raw commits and imports to every collection", async () => {
    const { service: target, store } = await service({ trusted: true })
    const response = await request(target, "POST", "commit", {
      actor: supervisor,
      body: { writes: [{ collection: "visits", id: "v-1", expectedVersion: 0, value: { state: "open" } }] }
    })
    expect(response.status).toBe(200)
    expect((await Effect.runPromise(store.get("visits", "v-1")))?.version).toBe(1)
    const exported = await bodyOf(await request(target, "GET", "export", { actor: supervisor }))
    const imported = await request(target, "POST", "import", {
      actor: supervisor,
      body: { ...exported, collections: { visits: [] } }
    })
    expect(imported.status).toBe(204)
    expect(await Effect.runPromise(store.get("visits", "v-1"))).toBeUndefined()
  })

  it("reads what guards look up from the store before each command, told the record's id and the input, and answers a violated rule with 422", async () => {
    const guest = Workflow.make({
      name: "guest",
      collection: "guests",
      label: { "zh-CN": "访客", en: "Guest" },
      states: [{ id: "in", label: { "zh-CN": "在场", en: "In" } }],
      initial: "in",
      create: {
        input: Schema.Struct({ residentId: Schema.String }),
        roles: ["receptionist"],
        guard: (_input: { readonly residentId: string }, _actor, _now, context) =>
          context.banned === true
            ? [{ code: "banned", message: { code: "input.invalid" }, path: ["residentId"] }]
            : [],
        apply: (input: { readonly residentId: string }) => input
      },
      commands: {
        note: {
          label: { "zh-CN": "备注", en: "Note" },
          from: "in",
          to: "in",
          roles: ["receptionist"],
          input: Schema.Struct({ text: Schema.String })
        }
      }
    })
    const store = await Effect.runPromise(
      makeMemory(Store.define({ version: 1, collections: [{ name: "guests" }, { name: "banned" }] }))
    )
    const looked: Array<readonly [string, string, unknown]> = []
    const target = makeService({
      store,
      workflows: [guest],
      // Only the person the input names is looked up, not the whole list.
      contextFor: (workflow, command, id, input) => {
        looked.push([`${workflow.name}.${command}`, id, input])
        const residentId = (input as { readonly residentId?: unknown }).residentId
        return typeof residentId === "string"
          ? Effect.map(
              Effect.flatMap(Store.Store, (s) => s.get("banned", residentId)),
              (item) => ({ banned: item !== undefined })
            )
          : Effect.succeed({})
      }
    })
    const send = (id: string, command: string, input: unknown) =>
      request(target, "POST", "commands", {
        actor: receptionist,
        body: { workflow: "guest", id, command, input }
      })
    expect((await send("g-1", "create", { residentId: "110101199003074514" })).status).toBe(201)
    await Effect.runPromise(
      store.commit({
        writes: [{ collection: "banned", id: "110101199003074522", expectedVersion: 0, value: {} }]
      })
    )
    const refused = await send("g-2", "create", { residentId: "110101199003074522" })
    expect(refused.status).toBe(422)
    expect(await bodyOf(refused)).toMatchObject({
      code: "RuleViolated",
      issues: [
        {
          path: ["residentId"],
          rule: "banned",
          code: "input.invalid",
          text: { "zh-CN": expect.any(String), en: expect.any(String) }
        }
      ]
    })
    expect((await send("g-1", "note", { text: "等人" })).status).toBe(200)
    expect(looked).toEqual([
      ["guest.create", "g-1", { residentId: "110101199003074514" }],
      ["guest.create", "g-2", { residentId: "110101199003074522" }],
      ["guest.note", "g-1", { text: "等人" }]
    ])
  })

  it("tells its log what failed, and an untrusted caller only that it did", async () => {
    const store = await Effect.runPromise(makeMemory(visitSchema))
    const logged: Array<unknown> = []
    const path = "records/visits?index=id&cursor=not-a-cursor"
    for (const trusted of [false, true]) {
      const target = makeService({ store, workflows: [], trusted, onError: (error) => logged.push(error) })
      const response = await request(target, "GET", path, { actor: supervisor })
      expect(response.status).toBe(500)
      const body = await bodyOf(response)
      expect(body.code).toBe("StorageFailure")
      expect(body.text.en).toBe("A storage operation failed (query)")
      if (trusted) expect(body.detail.detail).toContain("not-a-cursor")
      else expect(body.detail.detail).toBe("see the service's log")
    }
    expect(logged).toHaveLength(2)
    expect(logged[0]).toMatchObject({ _tag: "StorageFailure", operation: "query" })
  })

  it("streams each change once listening, and only the caller's own drafts", async () => {
    const { service: target, store } = await service()
    const response = await request(target, "GET", "changes", { actor: supervisor })
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/)
    const reader = response.body!.getReader()
    const decoder = new TextDecoder()
    let text = ""
    const until = async (part: string) => {
      while (!text.includes(part)) text += decoder.decode((await reader.read()).value)
    }
    await until("event: ready")
    await Effect.runPromise(
      store.commit({
        writes: [
          {
            collection: "drafts",
            id: `${encodeURIComponent(receptionist.id)}/form`,
            expectedVersion: 0,
            value: 1
          },
          {
            collection: "drafts",
            id: `${encodeURIComponent(supervisor.id)}/form`,
            expectedVersion: 0,
            value: 2
          },
          { collection: "visits", id: "v-1", expectedVersion: 0, value: {} }
        ]
      })
    )
    await until('"visits"')
    const events = text
      .split("\n\n")
      .filter((block) => block.startsWith("data: "))
      .map((block) => JSON.parse(block.slice(6)))
    expect(events).toEqual([
      { collection: "drafts", id: "form", version: 1 },
      { collection: "visits", id: "v-1", version: 1 }
    ])
    await reader.cancel()
    target.close()
  })
})

describe("a desk over the service", () => {
  const desk = (url: string, actor: () => Actor.Actor) =>
    makeDesk({ url, headers: () => ({ [actorHeader]: encodeActor(actor()) }) })

  it("creates and runs through the service and rejects with the typed errors themselves", async () => {
    const { url } = await served()
    const front = desk(url, () => receptionist)
    const created = await front.create(visit, "v-1", { name: " 王 ", mobile: "138 0013 8000" }, receptionist)
    expect(created).toMatchObject({ id: "v-1", version: 1, data: { name: "王", mobile: "13800138000" } })
    expect(await front.get("visits", "v-1")).toEqual(created)
    const refused = await front.run(visit, "v-1", "finish", {}, receptionist).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(Workflow.RoleNotPermitted)
    expect((refused as Workflow.RoleNotPermitted).texts("en")).toEqual([
      "Your role may not perform “Finish”; it needs one of these roles: “supervisor”"
    ])
    const invalid = await front
      .create(visit, "v-2", { name: "", mobile: "1" }, receptionist)
      .catch((e: unknown) => e)
    expect(invalid).toBeInstanceOf(Input.InvalidInput)
    expect((invalid as Input.InvalidInput).issues.map((issue) => issue.message.code)).toEqual([
      "field.text.empty",
      "field.mobile.invalid"
    ])
    const duplicate = await front
      .create(visit, "v-1", { name: "王", mobile: "13800138000" }, receptionist)
      .catch((e: unknown) => e)
    expect(duplicate).toBeInstanceOf(Store.Conflict)
    const done = await front.run(visit, "v-1", "finish", {}, supervisor)
    expect(done).toMatchObject({ version: 2, state: "done" })
    expect((await front.history("visits", "v-1")).map((entry) => [entry.command, entry.actor.id])).toEqual([
      ["create", "u-5"],
      ["finish", "u-2"]
    ])
    await front.close()
  })

  it("keeps drafts per person on an untrusted service", async () => {
    const { url } = await served()
    const mine = desk(url, () => receptionist)
    const theirs = desk(url, () => supervisor)
    await mine.drafts.save("new-visit", { name: "王" })
    await mine.drafts.save("new-visit", { name: "王五" })
    expect(await mine.drafts.load("new-visit")).toEqual({ name: "王五" })
    expect(await theirs.drafts.load("new-visit")).toBeUndefined()
    await mine.drafts.clear("new-visit")
    expect(await mine.drafts.load("new-visit")).toBeUndefined()
    await Promise.all([mine.close(), theirs.close()])
  })

  it("tells its watchers its own commands at once and another desk's as they happen", async () => {
    const { url } = await served()
    const both = Actor.make("u-2", "李强", ["supervisor", "receptionist"])
    const one = desk(url, () => receptionist)
    const two = desk(url, () => both)
    const heardByOne: Array<string> = []
    const heardByTwo: Array<string> = []
    one.watch((change) => heardByOne.push(`${change.id}@${change.version}`))
    two.watch((change) => heardByTwo.push(`${change.id}@${change.version}`))
    const pause = () => new Promise((resolve) => setTimeout(resolve, 10))
    // Each desk hears others once its change stream is open: probe until both do.
    for (let i = 0; !heardByTwo.includes(`one-${i - 1}@1`); i++) {
      await one.create(visit, `one-${i}`, { name: "探", mobile: "13800138000" }, receptionist)
      await pause()
    }
    for (let i = 0; !heardByOne.includes(`two-${i - 1}@1`); i++) {
      await two.create(visit, `two-${i}`, { name: "探", mobile: "13800138000" }, both)
      await pause()
    }
    heardByOne.length = 0
    heardByTwo.length = 0
    await one.create(visit, "v-1", { name: "王", mobile: "13800138000" }, receptionist)
    expect(heardByOne).toEqual(["v-1@1"])
    await two.run(visit, "v-1", "finish", {}, both)
    expect(heardByTwo).toContain("v-1@2")
    for (let i = 0; i < 200 && (heardByOne.length < 2 || heardByTwo.length < 2); i++) await pause()
    await pause()
    // Each change once, whichever way it arrived first.
    expect(heardByOne).toEqual(["v-1@1", "v-1@2"])
    expect(heardByTwo).toEqual(["v-1@1", "v-1@2"])
    await Promise.all([one.close(), two.close()])
  })

  it("reads many records in batches that keep URLs short, in the order asked", async () => {
    const { url, store } = await served({ trusted: true })
    const ids = Array.from({ length: 400 }, (_, i) => `visit-${String(i).padStart(3, "0")}-${"x".repeat(40)}`)
    await Effect.runPromise(
      store.commit({
        writes: ids
          .filter((_, i) => i % 3 === 0)
          .map((id) => ({ collection: "visits", id, expectedVersion: 0, value: id }))
      })
    )
    const asked = [...ids].reverse()
    const items = await Effect.runPromise(
      Effect.scoped(
        Effect.flatMap(makeHttp({ url, headers: { [actorHeader]: encodeActor(supervisor) } }), (http) =>
          http.getMany("visits", asked)
        )
      )
    )
    expect(items.map((item) => item?.id)).toEqual(
      asked.map((id) => (ids.indexOf(id) % 3 === 0 ? id : undefined))
    )
  })

  it("opens its change stream again after losing it, and hears changes from then on", async () => {
    const { url, store, service: target } = await served()
    const heard: Array<string> = []
    const scope = Scope.makeUnsafe()
    scopes.push(scope)
    const http = await Effect.runPromise(
      Scope.provide(scope)(
        makeHttp({ url, headers: { [actorHeader]: encodeActor(supervisor) }, reconnectDelay: 20 })
      )
    )
    await Effect.runPromise(Scope.provide(scope)(http.subscribe((change) => heard.push(change.id))))
    // The service ends every stream, as it does when it shuts down or a proxy cuts it.
    target.close()
    for (let i = 0; !heard.includes(`v-${i - 1}`); i++) {
      await Effect.runPromise(
        store.commit({ writes: [{ collection: "visits", id: `v-${i}`, expectedVersion: 0, value: {} }] })
      )
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(heard.length).toBeGreaterThan(0)
  })

  it("reads change events however the stream is cut, CRLF line ends, comments and long data included", async () => {
    const stream = [
      ": hello\r\n",
      "event: ready\r\ndata: {}\r\n\r\n",
      'data: {"collection":"visits","id":"v-1","version":1}\r\n\r\n',
      ": ping\r\n\r\n",
      'data: {"collection":"visits",\r\ndata: "id":"访客-2","version":2,"deleted":true}\r\n\r\n',
      'data: {"collection":"visits","id":"v-3","version":1}\n\n'
    ].join("")
    const bytes = new TextEncoder().encode(stream)
    for (const size of [1, 2, 3, 7, bytes.length]) {
      const fake: typeof fetch = async (input, init) => {
        if (String(input).endsWith("/schema")) {
          return Response.json({ version: 1, collections: [{ name: "visits" }] })
        }
        const body = new ReadableStream<Uint8Array>({
          start: (controller) => {
            for (let at = 0; at < bytes.length; at += size) controller.enqueue(bytes.slice(at, at + size))
            init?.signal?.addEventListener("abort", () => controller.error(new Error("aborted")))
          }
        })
        return new Response(body, { headers: { "content-type": "text/event-stream" } })
      }
      const heard: Array<Store.Change> = []
      await Effect.runPromise(
        Effect.scoped(
          Effect.gen(function* () {
            const http = yield* makeHttp({ url: "http://frontdesk.test/", fetch: fake })
            yield* http.subscribe((change) => heard.push(change))
            for (let i = 0; i < 100 && heard.length < 3; i++) yield* Effect.sleep(2)
          })
        )
      )
      expect(heard).toEqual([
        { collection: "visits", id: "v-1", version: 1 },
        { collection: "visits", id: "访客-2", version: 2, deleted: true },
        { collection: "visits", id: "v-3", version: 1 }
      ])
    }
  })

  it("gives up on a request that gets no answer, and aborts it", async () => {
    const aborted: Array<string> = []
    const silent: typeof fetch = (input, init) =>
      String(input).endsWith("/schema")
        ? Promise.resolve(Response.json({ version: 1, collections: [{ name: "visits" }] }))
        : new Promise<Response>((_, reject) => {
            init?.signal?.addEventListener("abort", () => {
              aborted.push(String(input))
              reject(new Error("aborted"))
            })
          })
    const error = await Effect.runPromise(
      Effect.scoped(
        Effect.flatMap(makeHttp({ url: "http://frontdesk.test/", fetch: silent, timeout: 30 }), (http) =>
          Effect.flip(http.get("visits", "v-1"))
        )
      )
    )
    expect(error).toMatchObject({ _tag: "StorageFailure", operation: "get" })
    expect(error.message).toContain("gave no answer within 30 ms")
    expect(aborted).toEqual(["http://frontdesk.test/records/visits/v-1"])
  })

  it("cannot reach a service that is not there, and says so as a StorageFailure", async () => {
    const { url } = await served()
    const scope = scopes.pop()!
    await Effect.runPromise(Scope.close(scope, Exit.void))
    const error = await Effect.runPromise(Effect.flip(Effect.scoped(makeHttp({ url }))))
    expect(error).toMatchObject({ _tag: "StorageFailure", operation: "open" })
  })
})

describe("the cap on untrusted reads", () => {
  /** A service capped at 3 records a request, holding visits v-0 … v-(count-1). */
  const capped = async (count: number, options: { readonly trusted?: boolean } = {}) => {
    const made = await service({ ...options, maxQueryLimit: 3 })
    if (count > 0) {
      await Effect.runPromise(
        made.store.commit({
          writes: Array.from({ length: count }, (_, i) => ({
            collection: "visits",
            id: `v-${i}`,
            expectedVersion: 0,
            value: { i }
          }))
        })
      )
    }
    return made
  }
  const all = (count: number) => Array.from({ length: count }, (_, i) => `v-${i}`).sort()
  const idsOf = (body: Record<string, any>) => body.items.map((item: { id: string }) => item.id)

  it("is 500 records a request by default", () => {
    expect(maxQueryLimit).toBe(500)
  })

  it("gives an untrusted query without a limit the cap and a cursor that continues to the rest", async () => {
    const { service: target } = await capped(7)
    const seen: Array<string> = []
    const sizes: Array<number> = []
    let cursor: string | undefined
    do {
      const query = cursor === undefined ? "" : `?cursor=${encodeURIComponent(cursor)}`
      const response = await request(target, "GET", `records/visits${query}`, { actor: receptionist })
      expect(response.status).toBe(200)
      const page = await bodyOf(response)
      seen.push(...idsOf(page))
      sizes.push(page.items.length)
      cursor = page.cursor
    } while (cursor !== undefined)
    expect(sizes).toEqual([3, 3, 1])
    expect(seen).toEqual(all(7))
  })

  it("refuses an untrusted query asking for more than the cap with 400, in zh-CN and en", async () => {
    const { service: target } = await capped(7)
    const refused = await request(target, "GET", "records/visits?limit=4", { actor: receptionist })
    expect(refused.status).toBe(400)
    const answer = await bodyOf(refused)
    expect(answer.code).toBe("LimitTooLarge")
    expect(answer.text["zh-CN"]).toBe(
      "一次查询最多返回 3 条记录，请求了 4 条；请减小 limit，并用返回的 cursor 继续读取"
    )
    expect(answer.text.en).toBe(
      "One query returns at most 3 records, and 4 were asked for; ask for fewer and follow the returned cursor"
    )
    const atCap = await bodyOf(
      await request(target, "GET", "records/visits?limit=3", { actor: receptionist })
    )
    expect(idsOf(atCap)).toEqual(all(7).slice(0, 3))
    expect(atCap.cursor).toEqual(expect.any(String))
  })

  it("refuses a limit that is not a whole number with 400", async () => {
    const { service: target } = await capped(1, { trusted: true })
    for (const limit of ["abc", "-1", "1.5", ""]) {
      const response = await request(target, "GET", `records/visits?limit=${limit}`, { actor: supervisor })
      expect(response.status).toBe(400)
      expect((await bodyOf(response)).code).toBe("BadRequest")
    }
  })

  it("refuses an untrusted batch read of more ids than the cap with 400, in zh-CN and en", async () => {
    const { service: target } = await capped(7)
    const ids = (n: number) =>
      all(7)
        .slice(0, n)
        .map((id) => `id=${id}`)
        .join("&")
    const refused = await request(target, "GET", `records/visits?${ids(4)}`, { actor: receptionist })
    expect(refused.status).toBe(400)
    const answer = await bodyOf(refused)
    expect(answer.code).toBe("LimitTooLarge")
    expect(answer.text["zh-CN"]).toBe("一次最多按编号读取 3 条记录，请求了 4 条；请分批读取")
    expect(answer.text.en).toBe(
      "At most 3 records can be read by id at once, and 4 were asked for; ask in batches"
    )
    const atCap = await request(target, "GET", `records/visits?${ids(3)}`, { actor: receptionist })
    expect(idsOf(await bodyOf(atCap))).toEqual(all(7).slice(0, 3))
  })

  it("does not cap trusted callers, who may export the whole store anyway", async () => {
    const { service: target } = await capped(7, { trusted: true })
    const whole = await bodyOf(await request(target, "GET", "records/visits", { actor: supervisor }))
    expect(idsOf(whole)).toEqual(all(7))
    expect(whole.cursor).toBeUndefined()
    const large = await request(target, "GET", "records/visits?limit=100", { actor: supervisor })
    expect(idsOf(await bodyOf(large))).toEqual(all(7))
    const many = all(7)
      .map((id) => `id=${id}`)
      .join("&")
    const byId = await request(target, "GET", `records/visits?${many}`, { actor: supervisor })
    expect(idsOf(await bodyOf(byId))).toEqual(all(7))
  })

  it("is announced in the schema only when it applies", async () => {
    const untrusted = await capped(0)
    const schemaOf = async (target: Service) =>
      bodyOf(await request(target, "GET", "schema", { actor: supervisor }))
    expect((await schemaOf(untrusted.service)).maxQueryLimit).toBe(3)
    const trusted = await capped(0, { trusted: true })
    expect((await schemaOf(trusted.service)).maxQueryLimit).toBeUndefined()
  })

  it("is refused as a configuration unless a whole number of 1 or more", async () => {
    const store = await Effect.runPromise(makeMemory(visitSchema))
    for (const bad of [0, -1, 2.5, Number.NaN]) {
      expect(() => makeService({ store, workflows: [], maxQueryLimit: bad })).toThrow(/maxQueryLimit/)
    }
  })

  it("leaves the HTTP Store reading whole collections, pages of any size and any number of ids, each request within the cap", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 12 }),
        fc.option(fc.integer({ min: 0, max: 14 }), { nil: undefined }),
        fc.constantFrom<"asc" | "desc">("asc", "desc"),
        async (count, limit, order) => {
          const { service: target } = await capped(count)
          const asked: Array<URL> = []
          const fetchImpl = ((input: RequestInfo | URL, init?: RequestInit) => {
            const req = new Request(input, init)
            asked.push(new URL(req.url))
            return target.handle(req)
          }) as typeof fetch
          const ids = [...all(count), "missing", ...all(count)].reverse()
          const { pages, byId } = await Effect.runPromise(
            Effect.scoped(
              Effect.gen(function* () {
                const http = yield* makeHttp({
                  url: "http://frontdesk.test/",
                  headers: { [actorHeader]: encodeActor(receptionist) },
                  fetch: fetchImpl
                })
                const pages: Array<Store.Page> = []
                let cursor: string | undefined
                do {
                  const page: Store.Page = yield* http.query("visits", {
                    index: Store.idIndex,
                    order,
                    limit,
                    cursor
                  })
                  pages.push(page)
                  cursor = page.cursor
                } while (cursor !== undefined && limit !== 0)
                return { pages, byId: yield* http.getMany("visits", ids) }
              })
            )
          )
          const expected = order === "asc" ? all(count) : all(count).reverse()
          if (limit === 0) expect(pages[0]?.items).toEqual([])
          else {
            expect(pages.flatMap((page) => page.items.map((item) => item.id))).toEqual(expected)
            for (const page of pages) expect(page.items.length).toBeLessThanOrEqual(limit ?? count)
            if (limit !== undefined) {
              // Every page but the last is full; the last is what remains.
              for (const page of pages.slice(0, -1)) expect(page.items.length).toBe(limit)
            } else expect(pages).toHaveLength(1)
          }
          expect(byId.map((item) => item?.id)).toEqual(ids.map((id) => (id === "missing" ? undefined : id)))
          for (const url of asked.filter((one) => one.pathname.startsWith("/records/"))) {
            expect(url.searchParams.getAll("id").length).toBeLessThanOrEqual(3)
            expect(Number(url.searchParams.get("limit"))).toBeLessThanOrEqual(3)
          }
        }
      ),
      { numRuns: 40 }
    )
  })
})
