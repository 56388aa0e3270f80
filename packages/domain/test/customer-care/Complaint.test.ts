import { describe, expect, it } from "vitest"
import { Complaint } from "../../src/customer-care/index.js"
import * as Calendar from "../../src/kernel/Calendar.js"
import * as Workflow from "../../src/kernel/Workflow.js"
import { acceptance, department, fail, local, ok, supervisor, wang } from "./fixtures.js"

const cn = Calendar.cnMainland()
const received = (promisedCallbackAt: string | undefined = "2026-03-03T17:00") =>
  ok(
    Workflow.create(Complaint.workflow, {
      id: "cp-1",
      input: {
        customerName: "张伟",
        phone: "13800138000",
        kind: "complaint",
        summary: "维修后空调仍漏水",
        ...(promisedCallbackAt === undefined ? {} : { promisedCallbackAt })
      },
      actor: acceptance,
      now: local("2026-03-02T10:00")
    })
  ).record

const handled = () => {
  const routed = ok(
    Workflow.decide(
      Complaint.workflow,
      received(),
      "route",
      { department: "售后服务部" },
      acceptance,
      local("2026-03-02T10:30")
    )
  ).record
  return ok(
    Workflow.decide(
      Complaint.workflow,
      routed,
      "handle",
      { resolution: "上门更换排水管" },
      department,
      local("2026-03-03T11:00")
    )
  ).record
}

describe("a complaint is recorded and the customer is promised a callback within a stated time", () => {
  it("the promised callback time is the complaint's deadline", () => {
    const record = received()
    expect(record.state).toBe("received")
    expect(record.data.promisedCallbackAt).toBe(local("2026-03-03T17:00").toISOString())
    expect(Complaint.dueAt(record)).toBe(local("2026-03-03T17:00").toISOString())
    expect(Complaint.describeDeadline(record, local("2026-03-03T17:30"), cn).status).toBe("overdue")
    // Stored as the record's dueAt too, so the board and the overdue list order by the promise.
    expect(record.dueAt).toBe(local("2026-03-03T17:00").toISOString())
  })

  it("without a stated time the default promise applies: one working day", () => {
    expect(Calendar.localDateOf(Complaint.dueAt(received(undefined))!, "Asia/Shanghai")).toBe("2026-03-03")
  })

  it("refuses a promised time that is not later than now", () => {
    const refused = fail(
      Workflow.create(Complaint.workflow, {
        id: "cp-2",
        input: {
          customerName: "张伟",
          phone: "13800138000",
          kind: "suggestion",
          summary: "x",
          promisedCallbackAt: "2026-03-02T09:00"
        },
        actor: acceptance,
        now: local("2026-03-02T10:00")
      })
    )
    expect(refused._tag).toBe("RuleViolated")
  })
})

describe("complaint workflow: received → routed → handled → callback-done → closed", () => {
  it("goes to the responsible department, is handled, answered by callback and closed", () => {
    const record = handled()
    expect(record.data).toMatchObject({ department: "售后服务部", resolution: "上门更换排水管" })
    const called = ok(
      Workflow.decide(
        Complaint.workflow,
        record,
        "recordCallback",
        { satisfied: "yes", notes: "已不漏水" },
        wang,
        local("2026-03-03T15:00")
      )
    )
    expect(called.record.state).toBe("callbackDone")
    expect(Complaint.describeDeadline(called.record, local("2026-03-04T10:00"), cn).status).toBe("met")
    const closed = ok(
      Workflow.decide(Complaint.workflow, called.record, "close", {}, supervisor, local("2026-03-04T10:00"))
    )
    expect(closed.record.state).toBe("closed")
    expect(Complaint.hoursToClose(closed.record)).toBe(48)
  })

  it("only a department or a supervisor records the handling", () => {
    const routed = ok(
      Workflow.decide(
        Complaint.workflow,
        received(),
        "route",
        { department: "售后服务部" },
        acceptance,
        local("2026-03-02T10:30")
      )
    ).record
    expect(
      fail(
        Workflow.decide(
          Complaint.workflow,
          routed,
          "handle",
          { resolution: "x" },
          wang,
          local("2026-03-02T11:00")
        )
      )._tag
    ).toBe("RoleNotPermitted")
  })

  it("is reopened when the customer is not satisfied at the callback, and routed again", () => {
    const reopened = ok(
      Workflow.decide(
        Complaint.workflow,
        handled(),
        "recordCallback",
        { satisfied: "no", notes: "仍漏水" },
        wang,
        local("2026-03-03T15:00")
      )
    )
    expect(reopened.record.state).toBe("reopened")
    expect(reopened.record.data.reopenCount).toBe(1)
    const rerouted = ok(
      Workflow.decide(
        Complaint.workflow,
        reopened.record,
        "route",
        { department: "工程部" },
        acceptance,
        local("2026-03-03T16:00")
      )
    )
    expect(rerouted.record).toMatchObject({ state: "routed", data: { department: "工程部" } })
    expect(
      fail(
        Workflow.decide(
          Complaint.workflow,
          reopened.record,
          "close",
          {},
          supervisor,
          local("2026-03-03T16:00")
        )
      )._tag
    ).toBe("NotAllowedInState")
  })
})
