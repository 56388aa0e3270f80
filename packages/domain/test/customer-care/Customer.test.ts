import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { Customer } from "../../src/customer-care/index.js"
import * as Calendar from "../../src/kernel/Calendar.js"
import * as Deadline from "../../src/kernel/Deadline.js"
import * as Workflow from "../../src/kernel/Workflow.js"
import { fail, local, ok, supervisor, wang, zhao } from "./fixtures.js"

const cn = Calendar.cnMainland()
const collected = (workflow = Customer.workflow) =>
  ok(
    Workflow.create(workflow, {
      id: "c-1",
      input: { name: "张伟", mobile: "+86 138-0013-8000", membership: "member", category: "待分类" },
      actor: wang,
      now: local("2026-03-02T09:00")
    })
  ).record

const assigned = (workflow = Customer.workflow) => {
  const sorted = ok(
    Workflow.decide(
      workflow,
      collected(workflow),
      "sort",
      { category: "vip", custodian: "u-3" },
      supervisor,
      local("2026-03-02T17:00")
    )
  ).record
  return ok(
    Workflow.decide(workflow, sorted, "assign", { specialist: "u-1" }, supervisor, local("2026-03-03T10:00"))
  ).record
}

describe("collection (资料收集): specialists pull customer information", () => {
  it("a specialist records a customer, the mobile stored normalised", () => {
    const record = collected()
    expect(record.state).toBe("collected")
    expect(record.data).toMatchObject({ mobile: "13800138000", membership: "member" })
  })

  it("refuses a malformed mobile or contact hours", () => {
    const refused = fail(
      Workflow.create(Customer.workflow, {
        id: "c-2",
        input: {
          name: "张伟",
          mobile: "12345",
          membership: "member",
          category: "x",
          contactHours: "21:00-18:00"
        },
        actor: wang,
        now: local("2026-03-02T09:00")
      })
    )
    expect(refused._tag).toBe("InvalidInput")
  })

  it("keeps the customer's own contact hours as contact windows", () => {
    expect(Customer.parseContactHours("09:00-11:00，18:00~21:00")).toEqual([
      { start: "09:00", end: "11:00" },
      { start: "18:00", end: "21:00" }
    ])
    expect(Customer.parseContactHours("9-11")).toBeUndefined()
    expect(Customer.contactWindowsOf("18:00-21:00")?.weekly.sun).toEqual([{ start: "18:00", end: "21:00" }])
  })
})

describe("sorting (资料整理): the supervisor classifies by category and gives each category a custodian", () => {
  it("only a supervisor sorts", () => {
    expect(
      fail(
        Workflow.decide(
          Customer.workflow,
          collected(),
          "sort",
          { category: "vip", custodian: "u-3" },
          wang,
          local("2026-03-02T17:00")
        )
      )._tag
    ).toBe("RoleNotPermitted")
    const sorted = ok(
      Workflow.decide(
        Customer.workflow,
        collected(),
        "sort",
        { category: "vip", custodian: "u-3" },
        supervisor,
        local("2026-03-02T17:00")
      )
    ).record
    expect(sorted).toMatchObject({ state: "sorted", data: { category: "vip", custodian: "u-3" } })
  })
})

describe("a specialist must contact each newly assigned customer within one week and record it (应在一周内与客户进行沟通)", () => {
  it("the first-contact clock starts at assignment and runs seven days", () => {
    const record = assigned()
    expect(record.data).toMatchObject({
      specialist: "u-1",
      assignedAt: local("2026-03-03T10:00").toISOString()
    })
    expect(Calendar.localDateOf(record.dueAt!, "Asia/Shanghai")).toBe("2026-03-10")
    const policy = Customer.firstContactPolicy()
    expect(Deadline.status(policy, record.deadlines!.firstContact!, local("2026-03-11T09:00"), cn)).toBe(
      "overdue"
    )
  })

  it("recording the contact meets it and keeps the notes", () => {
    const contacted = ok(
      Workflow.decide(
        Customer.workflow,
        assigned(),
        "recordContact",
        { notes: "介绍了会员权益" },
        wang,
        local("2026-03-05T10:00")
      )
    )
    expect(contacted.record.state).toBe("contacted")
    expect(contacted.record.dueAt).toBeUndefined()
    expect(contacted.record.data.firstContact).toEqual({
      at: local("2026-03-05T10:00").toISOString(),
      by: "u-1",
      notes: "介绍了会员权益"
    })
    expect(contacted.entry.note).toBe("介绍了会员权益")
  })

  it("only the customer's specialist or a supervisor records the contact", () => {
    const refused = fail(
      Workflow.decide(
        Customer.workflow,
        assigned(),
        "recordContact",
        { notes: "x" },
        zhao,
        local("2026-03-05T10:00")
      )
    )
    expect(refused._tag).toBe("RuleViolated")
    expect(
      Result.isSuccess(
        Workflow.decide(
          Customer.workflow,
          assigned(),
          "recordContact",
          { notes: "x" },
          supervisor,
          local("2026-03-05T10:00")
        )
      )
    ).toBe(true)
  })

  it("the week is configurable, e.g. five working days", () => {
    const workingWeek = Customer.make({ firstContactWithin: Deadline.workingDays(5) })
    // Assigned Tuesday 3 March: five working days later is Tuesday 10 March.
    expect(Calendar.localDateOf(assigned(workingWeek).dueAt!, "Asia/Shanghai")).toBe("2026-03-10")
    const beforeLabourDay = Customer.make({ firstContactWithin: Deadline.workingDays(5) })
    const sorted = ok(
      Workflow.decide(
        beforeLabourDay,
        collected(beforeLabourDay),
        "sort",
        { category: "vip", custodian: "u-3" },
        supervisor,
        local("2026-04-29T09:00")
      )
    ).record
    const record = ok(
      Workflow.decide(
        beforeLabourDay,
        sorted,
        "assign",
        { specialist: "u-1" },
        supervisor,
        local("2026-04-29T10:00")
      )
    ).record
    // 1–5 May are holidays and Saturday 9 May is a make-up working day: 30 Apr, 6, 7, 8, 9 May.
    expect(Calendar.localDateOf(record.dueAt!, "Asia/Shanghai")).toBe("2026-05-09")
  })

  it("reassigning keeps the clock of the first assignment", () => {
    const record = assigned()
    const moved = ok(
      Workflow.decide(
        Customer.workflow,
        record,
        "reassign",
        { specialist: "u-2", reason: "休假" },
        supervisor,
        local("2026-03-06T10:00")
      )
    )
    expect(moved.record).toMatchObject({
      state: "assigned",
      dueAt: record.dueAt,
      data: { specialist: "u-2" }
    })
    expect(moved.entry.note).toBe("休假")
  })
})
