import { describe, expect, it } from "vitest"
import { Callback, Complaint, Period, Report } from "../../src/customer-care/index.js"
import * as Messages from "../../src/kernel/Messages.js"
import * as Workflow from "../../src/kernel/Workflow.js"
import { acceptance, department, local, newCallback, ok, supervisor, wang, zhao } from "./fixtures.js"

type CallbackRecord = Workflow.Record<Callback.Callback>

const decide = (
  record: CallbackRecord,
  command: Workflow.CommandOf<typeof Callback.workflow>,
  input: unknown,
  at: string,
  actor = wang
) => ok(Workflow.decide(Callback.workflow, record, command, input, actor, local(at))).record

const callbacks = (): ReadonlyArray<CallbackRecord> => {
  const a = decide(
    newCallback(Callback.workflow, { customerId: "c-1" }, local("2026-03-02T14:00"), "cb-a"),
    "complete",
    { method: "phone", outcome: "surveyed", satisfaction: "satisfied", notes: "满意" },
    "2026-03-03T10:00"
  )
  const b = decide(
    newCallback(Callback.workflow, { customerId: "c-2" }, local("2026-03-02T15:00"), "cb-b"),
    "complete",
    {
      method: "email",
      outcome: "issueRaised",
      satisfaction: "average",
      improvements: "预约更方便",
      notes: "一般"
    },
    "2026-03-06T10:00"
  )
  const c = decide(
    newCallback(
      Callback.workflow,
      { customerId: "c-3", membership: "nonMember", assignee: "u-2" },
      local("2026-03-03T10:00"),
      "cb-c"
    ),
    "complete",
    {
      method: "sms",
      outcome: "leadFound",
      satisfaction: "unsatisfied",
      improvements: "价格",
      notes: "不满意"
    },
    "2026-03-04T10:00",
    zhao
  )
  let d = newCallback(
    Callback.workflow,
    { customerId: "c-4", assignee: "u-2" },
    local("2026-03-09T10:00"),
    "cb-d"
  )
  for (const at of ["2026-03-09T15:00", "2026-03-10T10:00", "2026-03-10T15:00"])
    d = decide(d, "logAttempt", { method: "phone", result: "noAnswer" }, at, zhao)
  d = decide(d, "closeUnreachable", { reason: "三次无人接听" }, "2026-03-10T16:00", supervisor)
  const e = newCallback(
    Callback.workflow,
    { customerId: "c-5", customerName: "刘洋", assignee: "u-2" },
    local("2026-03-10T10:00"),
    "cb-e"
  )
  const outside = newCallback(Callback.workflow, { customerId: "c-6" }, local("2026-04-01T10:00"), "cb-f")
  return [a, b, c, d, e, outside]
}

const complaint = (id: string, department_: string | undefined, close: boolean) => {
  let record = ok(
    Workflow.create(Complaint.workflow, {
      id,
      input: { customerName: "张伟", phone: "13800138000", kind: "complaint", summary: "漏水" },
      actor: acceptance,
      now: local("2026-03-02T10:00")
    })
  ).record
  if (department_ === undefined) return record
  const step = (
    command: "route" | "handle" | "recordCallback" | "close",
    input: unknown,
    at: string,
    actor = supervisor
  ) => (record = ok(Workflow.decide(Complaint.workflow, record, command, input, actor, local(at))).record)
  step("route", { department: department_ }, "2026-03-02T11:00", acceptance)
  if (!close) return record
  step("handle", { resolution: "已修复" }, "2026-03-03T10:00", department)
  step("recordCallback", { satisfied: "yes", notes: "好" }, "2026-03-03T15:00", wang)
  step("close", {}, "2026-03-04T10:00")
  return record
}

const period = Period.make("2026-03-01", "2026-03-31")
const now = local("2026-03-11T12:00")

describe("callback summary report for a period (回访总结报告)", () => {
  const report = Report.summary({
    callbacks: callbacks(),
    complaints: [
      complaint("cp-1", "售后服务部", true),
      complaint("cp-2", "工程部", false),
      complaint("cp-3", undefined, false)
    ],
    period,
    now
  })

  it("counts callbacks by method, outcome and satisfaction", () => {
    expect(report.callbacks).toMatchObject({
      total: 5,
      open: 1,
      completed: 3,
      unreachable: 1,
      byMethod: { phone: 1, email: 1, sms: 1 },
      byOutcome: { surveyed: 1, issueRaised: 1, leadFound: 1, reminded: 0, unreachable: 1 },
      bySatisfaction: { satisfied: 1, average: 1, unsatisfied: 1 }
    })
  })

  it("reports the share done within three days, counting only callbacks whose deadline has passed or which are closed", () => {
    expect(report.callbacks.onTime).toEqual({ count: 2, of: 4, share: 0.5 })
  })

  it("reports member coverage: members called back out of members due", () => {
    expect(report.coverage).toEqual({
      due: 4,
      called: 2,
      share: 0.5,
      pending: [
        { customerId: "c-4", customerName: "张伟" },
        { customerId: "c-5", customerName: "刘洋", callbackId: "cb-e" }
      ]
    })
  })

  it("reports complaints by department and time to close", () => {
    expect(report.complaints).toEqual({
      total: 3,
      closed: 1,
      averageHoursToClose: 48,
      byDepartment: [
        { department: "工程部", total: 1, closed: 0, reopened: 0, averageHoursToClose: undefined },
        { department: "售后服务部", total: 1, closed: 1, reopened: 0, averageHoursToClose: 48 },
        { department: undefined, total: 1, closed: 0, reopened: 0, averageHoursToClose: undefined }
      ]
    })
  })

  it("changes when a callback is completed", () => {
    const all = callbacks()
    const e = all.find((c) => c.id === "cb-e")!
    const done = decide(
      e,
      "complete",
      { method: "phone", outcome: "reminded", satisfaction: "satisfied", notes: "好" },
      "2026-03-11T10:00",
      zhao
    )
    const after = Report.summary({
      callbacks: all.map((c) => (c.id === "cb-e" ? done : c)),
      complaints: [],
      period,
      now
    })
    expect(after.coverage).toMatchObject({ due: 4, called: 3, share: 0.75 })
    expect(after.callbacks.onTime).toEqual({ count: 3, of: 5, share: 0.6 })
  })
})

describe("coverage and on-time share per specialist and week, for the chart", () => {
  it("groups each specialist's callbacks by the week they were created", () => {
    const rows = Report.weekly({ callbacks: callbacks(), period, now })
    expect(rows.map((r) => [r.specialist, r.week, r.callbacks, r.coverage.share, r.onTime.share])).toEqual([
      ["u-1", "2026-03-02", 2, 1, 0.5],
      ["u-2", "2026-03-02", 1, 1, 1],
      ["u-2", "2026-03-09", 2, 0, 0]
    ])
  })
})

describe("chart data for the weekly figures", () => {
  it("one category per specialist, one series per week, null where a specialist had no callbacks", () => {
    const chart = Report.chartOf(Report.weekly({ callbacks: callbacks(), period, now }), "onTime", {
      "u-1": "王芳"
    })
    expect(chart.categories).toEqual([
      { id: "u-1", label: "王芳" },
      { id: "u-2", label: "u-2" }
    ])
    expect(chart.series.map((s) => [s.id, s.values])).toEqual([
      ["2026-03-02", [0.5, 1]],
      ["2026-03-09", [null, 0]]
    ])
    expect(Messages.render(chart.series[1]!.label, "zh-CN")).toBe("2026-03-09 当周")
  })
})
