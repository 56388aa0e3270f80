import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Callback, Coverage, Period } from "../../src/customer-care/index.js"
import * as Workflow from "../../src/kernel/Workflow.js"
import { completeInput, local, newCallback, ok, supervisor, wang } from "./fixtures.js"

const march = Period.make("2026-03-01", "2026-03-31")
const complete = (record: Workflow.Record<Callback.Callback>) =>
  ok(Workflow.decide(Callback.workflow, record, "complete", completeInput, wang, local("2026-03-04T10:00")))
    .record

describe("100% of member customers get a callback (必须保证会员客户的100%的回访)", () => {
  it("lists the members due and not yet called, and the coverage figure", () => {
    const called = complete(
      newCallback(Callback.workflow, { customerId: "c-1" }, local("2026-03-02T14:00"), "cb-1")
    )
    const waiting = newCallback(
      Callback.workflow,
      { customerId: "c-2", customerName: "李娜" },
      local("2026-03-02T15:00"),
      "cb-2"
    )
    const nonMember = newCallback(
      Callback.workflow,
      { customerId: "c-3", membership: "nonMember" },
      local("2026-03-02T15:00"),
      "cb-3"
    )
    const coverage = Coverage.compute({ callbacks: [called, waiting, nonMember], period: march })
    expect(coverage).toEqual({
      due: 2,
      called: 1,
      share: 0.5,
      pending: [{ customerId: "c-2", customerName: "李娜", callbackId: "cb-2" }]
    })
  })

  it("a callback closed as unreachable does not count as called", () => {
    let record = newCallback()
    for (const day of ["03", "04", "05"]) {
      record = ok(
        Workflow.decide(
          Callback.workflow,
          record,
          "logAttempt",
          { method: "phone", result: "noAnswer" },
          wang,
          local(`2026-03-${day}T10:00`)
        )
      ).record
    }
    record = ok(
      Workflow.decide(
        Callback.workflow,
        record,
        "closeUnreachable",
        { reason: "无人接听" },
        supervisor,
        local("2026-03-05T11:00")
      )
    ).record
    expect(Coverage.compute({ callbacks: [record], period: march })).toMatchObject({
      due: 1,
      called: 0,
      share: 0
    })
  })

  it("members the host names as due count even without a callback; nobody due is full coverage", () => {
    expect(Coverage.compute({ callbacks: [], period: march, members: ["c-9"] })).toEqual({
      due: 1,
      called: 0,
      share: 0,
      pending: [{ customerId: "c-9" }]
    })
    expect(Coverage.compute({ callbacks: [], period: march }).share).toBe(1)
  })

  it("a member called twice counts once; coverage never exceeds 100% (property)", () => {
    const done = complete(newCallback())
    const again = complete(newCallback(Callback.workflow, {}, local("2026-03-02T15:00"), "cb-2"))
    expect(Coverage.compute({ callbacks: [done, again], period: march })).toMatchObject({
      due: 1,
      called: 1,
      share: 1
    })
    const records = [
      done,
      newCallback(Callback.workflow, { customerId: "c-2" }, local("2026-03-02T15:00"), "cb-3"),
      newCallback(Callback.workflow, { customerId: "c-3", membership: "nonMember" })
    ]
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...records)),
        fc.array(fc.constantFrom("c-1", "c-2", "c-4")),
        (callbacks, members) => {
          const coverage = Coverage.compute({ callbacks, period: march, members })
          expect(coverage.share).toBeGreaterThanOrEqual(0)
          expect(coverage.share).toBeLessThanOrEqual(1)
          expect(coverage.called + coverage.pending.length).toBe(coverage.due)
        }
      )
    )
  })
})
