/**
 * The service as it is started (`npm start`): its own process, configured by environment
 * variables, reached over loopback by a desk as the browser demo would.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Actor, Workflow } from "@frontdesk/domain"
import { actorHeader, encodeActor, makeDesk } from "@frontdesk/storage/http"
import { afterAll, describe, expect, it } from "vitest"
import { enquiry } from "../../browser-demo/src/sections/reception/enquiry.js"
import { startService } from "./process.js"

const directory = mkdtempSync(join(tmpdir(), "frontdesk-service-"))

afterAll(() => {
  rmSync(directory, { recursive: true, force: true })
})

const receptionist = Actor.make("u-1", "王芳", ["receptionist"])
const supervisor = Actor.make("u-2", "李强", ["supervisor"])
const visitor = { name: "张三", mobile: "13800138000", topic: "repair", details: "前台灯不亮" }

const post = (url: string, body: unknown, actor?: Actor.Actor) =>
  fetch(new URL("commands", url), {
    method: "POST",
    headers: { "content-type": "application/json", ...(actor && { [actorHeader]: encodeActor(actor) }) },
    body: JSON.stringify(body)
  })

describe("the node service", () => {
  it("keeps records in the SQLite file it is given, across a restart", async () => {
    const filename = join(directory, "restart.sqlite")
    const first = await startService({ FRONTDESK_SQLITE_FILE: filename })
    expect(first.line).toContain(`SQLite ${filename} (synchronous=FULL)`)
    const desk = makeDesk({ url: first.url, headers: { [actorHeader]: encodeActor(receptionist) } })
    await desk.create(enquiry, "enq-1", visitor, receptionist)
    await desk.run(enquiry, "enq-1", "contact", { outcome: "已回电" }, receptionist)
    await desk.close()
    expect(await first.stop()).toBe(0)
    expect(existsSync(filename)).toBe(true)

    const second = await startService({ FRONTDESK_SQLITE_FILE: filename })
    const again = makeDesk({ url: second.url, headers: { [actorHeader]: encodeActor(supervisor) } })
    expect(await again.get("enquiries", "enq-1")).toMatchObject({ version: 2, state: "contacted" })
    expect((await again.history("enquiries", "enq-1")).map((entry) => entry.command)).toEqual([
      "create",
      "contact"
    ])
    await again.close()
    expect(await second.stop()).toBe(0)
  })

  it("refuses without an actor (401), with the wrong role (403), bad input (400) and a duplicate (409), in zh-CN and en", async () => {
    const service = await startService({ FRONTDESK_SQLITE_FILE: join(directory, "refusals.sqlite") })
    const create = { workflow: "enquiry", id: "enq-1", command: "create", input: visitor }
    const anonymous = await post(service.url, create)
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toMatchObject({ code: "ActorMissing" })

    const bad = await post(
      service.url,
      { ...create, input: { ...visitor, mobile: "12345", details: "" } },
      receptionist
    )
    expect(bad.status).toBe(400)
    const issues = ((await bad.json()) as { issues: ReadonlyArray<{ path: Array<string>; text: object }> })
      .issues
    expect(issues.map((issue) => issue.path)).toEqual([["mobile"], ["details"]])
    for (const issue of issues) expect(Object.keys(issue.text).sort()).toEqual(["en", "zh-CN"])

    expect((await post(service.url, create, receptionist)).status).toBe(201)
    const twice = await post(service.url, create, receptionist)
    expect(twice.status).toBe(409)
    expect(await twice.json()).toMatchObject({
      code: "Conflict",
      text: { "zh-CN": "记录「enquiries/enq-1」已存在，不能重复新建" }
    })

    const hold = await post(
      service.url,
      { workflow: "enquiry", id: "enq-1", command: "hold", input: { reason: "等待客户回复" } },
      receptionist
    )
    expect(hold.status).toBe(403)
    expect(await hold.json()).toMatchObject({
      code: "RoleNotPermitted",
      text: {
        "zh-CN": "您的角色无权执行「暂停计时」，需要以下角色之一：「supervisor」",
        en: "Your role may not perform “Put on hold”; it needs one of these roles: “supervisor”"
      }
    })
    expect(await service.stop()).toBe(0)
  })

  it("serves every family's workflows, and answers the demo's origin with CORS headers and no other", async () => {
    const service = await startService({
      FRONTDESK_SQLITE_FILE: join(directory, "cors.sqlite"),
      FRONTDESK_CORS_ORIGINS: "http://localhost:5173"
    })
    const headers = { [actorHeader]: encodeActor(receptionist) }
    const schema = (await (await fetch(new URL("schema", service.url), { headers })).json()) as {
      workflows: ReadonlyArray<{ name: string }>
    }
    expect(schema.workflows.map((workflow) => workflow.name)).toEqual(
      expect.arrayContaining([
        "enquiry",
        "customer",
        "callback",
        "complaint",
        "qaSample",
        "requisition",
        "candidate"
      ])
    )
    const preflight = (origin: string) =>
      fetch(new URL("commands", service.url), {
        method: "OPTIONS",
        headers: {
          origin,
          "access-control-request-method": "POST",
          "access-control-request-headers": "content-type, x-frontdesk-actor"
        }
      })
    const allowed = await preflight("http://localhost:5173")
    expect(allowed.status).toBe(204)
    expect(allowed.headers.get("access-control-allow-origin")).toBe("http://localhost:5173")
    expect(allowed.headers.get("access-control-allow-headers")).toContain("x-frontdesk-actor")
    const other = await preflight("https://elsewhere.example")
    expect(other.status).toBe(403)
    expect(other.headers.get("access-control-allow-origin")).toBeNull()
    const read = await fetch(new URL("records/enquiries/none", service.url), {
      headers: { ...headers, origin: "http://localhost:5173" }
    })
    expect(read.headers.get("access-control-allow-origin")).toBe("http://localhost:5173")
    expect(await read.json()).toEqual({ item: null })
    expect(await service.stop()).toBe(0)
  })

  it("lets a desk in another process watch the records a command changes", async () => {
    const service = await startService({ FRONTDESK_SQLITE_FILE: join(directory, "watch.sqlite") })
    const desk = makeDesk({ url: service.url, headers: { [actorHeader]: encodeActor(supervisor) } })
    const heard: Array<string> = []
    desk.watch((change) => heard.push(`${change.id}@${change.version}`))
    await desk.get("enquiries", "none")
    // Someone else, straight over HTTP: once the desk's stream is open it hears them.
    for (let i = 0; !heard.includes(`probe-${i - 1}@1`); i++) {
      const created = await post(
        service.url,
        { workflow: "enquiry", id: `probe-${i}`, command: "create", input: visitor },
        receptionist
      )
      expect(created.status).toBe(201)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    const record = await desk.run<unknown>(enquiry, "probe-0", "hold", { reason: "客户出差" }, supervisor)
    expect(Workflow.state(enquiry, record.state)?.id).toBe("onHold")
    expect(heard).toContain("probe-0@2")
    await desk.close()
    expect(await service.stop()).toBe(0)
  })
})
