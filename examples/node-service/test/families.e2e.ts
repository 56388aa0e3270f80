/** The registry: one schema for every family, and what guards look up read from the store. */
import * as Recruitment from "@frontdesk/domain/recruitment"
import { Store } from "@frontdesk/storage"
import { makeMemory } from "@frontdesk/storage/memory"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import * as CustomerCarePolicy from "../../browser-demo/src/sections/customer-care/policy.js"
import { enquiry } from "../../browser-demo/src/sections/reception/enquiry.js"
import * as RecruitmentPolicy from "../../browser-demo/src/sections/recruitment/policy.js"
import { calendar, contextFor, families, schema, workflows } from "../src/families.js"

describe("the families the service runs", () => {
  it("give one schema that holds every workflow's collection once", () => {
    const names = schema.collections.map((collection) => collection.name)
    expect(new Set(names).size).toBe(names.length)
    for (const workflow of workflows) expect(names).toContain(workflow.collection)
    expect(new Set(workflows.map((workflow) => workflow.name)).size).toBe(workflows.length)
    expect(families.map((family) => family.id)).toEqual(["reception", "customer-care", "recruitment"])
  })

  it("are the browser demo's own workflows, as its sections configure them, on its calendar", () => {
    const demo = [
      enquiry,
      ...Object.values(CustomerCarePolicy.workflows),
      ...Object.values(RecruitmentPolicy.workflows)
    ]
    // The same objects, not copies: a change to the demo's policy reaches the service.
    expect(workflows).toHaveLength(demo.length)
    for (const [i, workflow] of demo.entries()) expect(workflows[i]).toBe(workflow)
    expect(calendar).toBe(CustomerCarePolicy.calendar)
  })

  it("read the blacklist afresh for a candidate's commands, and nothing for other workflows", async () => {
    const store = await Effect.runPromise(makeMemory(schema))
    const entry = (residentId: string) => ({
      collection: Recruitment.Blacklist.collection,
      id: residentId,
      expectedVersion: 0,
      value: { residentId, name: "赵六", reason: "严重违纪被除名", dismissedOn: "2024-06-30" }
    })
    const look = (workflow: (typeof workflows)[number], command: string) =>
      Effect.runPromise(Effect.provideService(contextFor(workflow, command, "ca-1", {}), Store.Store, store))
    expect(await look(Recruitment.Candidate.workflow, "screen")).toEqual({ blacklist: [] })
    // More than a page of entries, all of them read.
    await Effect.runPromise(
      store.commit({
        writes: Array.from({ length: 501 }, (_, i) => entry(`11010119900307${String(i).padStart(4, "0")}`))
      })
    )
    const { blacklist } = (await look(Recruitment.Candidate.workflow, "create")) as {
      blacklist: Array<string>
    }
    expect(blacklist).toHaveLength(501)
    expect(blacklist).toContain("110101199003070500")
    expect(await look(CustomerCarePolicy.workflows.callback, "logAttempt")).toEqual({})
  })
})
