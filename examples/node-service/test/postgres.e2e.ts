/**
 * With `DATABASE_URL` set the service keeps its records in PostgreSQL: a throwaway cluster (or the
 * server `DATABASE_URL` names when the tests run), in a schema of its own.
 */
import { Actor } from "@frontdesk/domain"
import { actorHeader, encodeActor, makeDesk } from "@frontdesk/storage/http"
import { describe, expect, it } from "vitest"
import { usePostgres } from "../../../packages/storage/test/support/postgres.js"
import { enquiry } from "../../browser-demo/src/sections/reception/enquiry.js"
import { startService } from "./process.js"

const postgres = usePostgres()
const receptionist = Actor.make("u-1", "王芳", ["receptionist"])

describe("the node service on PostgreSQL", () => {
  it("uses the database DATABASE_URL names instead of SQLite, and keeps records across a restart", async () => {
    const env = { DATABASE_URL: postgres.url(), FRONTDESK_PG_SCHEMA: postgres.name() }
    const first = await startService(env)
    expect(first.line).toContain(`(schema ${env.FRONTDESK_PG_SCHEMA})`)
    expect(first.line).toContain("PostgreSQL")
    const headers = { [actorHeader]: encodeActor(receptionist) }
    const desk = makeDesk({ url: first.url, headers })
    const input = { name: "张三", mobile: "13800138000", topic: "repair", details: "前台灯不亮" }
    await desk.create(enquiry, "enq-1", input, receptionist)
    const twice = await desk.create(enquiry, "enq-1", input, receptionist).catch((e: unknown) => e)
    expect(twice).toMatchObject({ _tag: "Conflict" })
    await desk.close()
    expect(await first.stop()).toBe(0)

    const second = await startService(env)
    const again = makeDesk({ url: second.url, headers })
    expect(await again.get("enquiries", "enq-1")).toMatchObject({ version: 1, state: "received" })
    expect((await again.history("enquiries", "enq-1")).map((entry) => entry.actor.name)).toEqual(["王芳"])
    await again.close()
    expect(await second.stop()).toBe(0)
  })
})
