import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Callback, CallbackRecord, Coverage, Period } from "../../src/customer-care/index.js"
import * as Calendar from "../../src/kernel/Calendar.js"
import * as ContactWindow from "../../src/kernel/ContactWindow.js"
import * as Deadline from "../../src/kernel/Deadline.js"
import * as Messages from "../../src/kernel/Messages.js"
import * as Rules from "../../src/kernel/Rules.js"
import * as Workflow from "../../src/kernel/Workflow.js"
import { completeInput, fail, local, newCallback, ok, service, supervisor, wang, zhao } from "./fixtures.js"

const cn = Calendar.cnMainland()
const localDate = (instant: string | undefined) => Calendar.localDateOf(instant!, "Asia/Shanghai")
const codes = (error: unknown) =>
  error instanceof Rules.RuleViolated
    ? error.violations.map((v) => v.code)
    : [(error as { _tag: string })._tag]

describe("callbacks are created automatically when a service is recorded", () => {
  it("fromService gives an after-sale phone callback for the customer's specialist", () => {
    const input = Callback.fromService(service)
    expect(input).toMatchObject({ kind: "afterSale", method: "phone", assignee: "u-1", customerId: "c-1" })
    const record = newCallback()
    expect(record.state).toBe("scheduled")
    expect(record.data.attempts).toEqual([])
  })

  it("themed callbacks and reminders are kinds of their own (节日, 周年, 促销, 续卡, 保养)", () => {
    for (const kind of [
      "holiday",
      "anniversary",
      "promotion",
      "renewalReminder",
      "maintenanceReminder"
    ] as const) {
      const input = Callback.fromService(service, { kind, method: "sms" })
      const record = ok(
        Workflow.create(Callback.workflow, {
          id: kind,
          input,
          actor: supervisor,
          now: local("2026-03-02T10:00")
        })
      )
      expect(record.record.data).toMatchObject({ kind, method: "sms" })
    }
    expect(Callback.kinds.map((k) => k.value)).toEqual(
      expect.arrayContaining(["preSale", "afterSale", "complaint"])
    )
  })

  it("callback methods are phone, email and SMS (回访方式)", () => {
    expect(CallbackRecord.methods.map((m) => m.value)).toEqual(["phone", "email", "sms"])
    const refused = fail(
      Workflow.create(Callback.workflow, {
        id: "x",
        input: { ...Callback.fromService(service), method: "fax" },
        actor: supervisor,
        now: local("2026-03-02T10:00")
      })
    )
    expect(refused._tag).toBe("InvalidInput")
  })
})

describe("callback within three days of the service (必须保证在三天之内回访)", () => {
  it("is due by the end of the third calendar day, moved out of quiet hours to 20:00", () => {
    const record = newCallback()
    expect(record.dueAt).toBe(local("2026-03-05T20:00").toISOString())
    expect(Callback.dueAt(record)).toBe(record.dueAt)
  })

  it("counts working days on the business calendar when the policy says so, skipping the National Day holiday", () => {
    const workingDays = Callback.make({ within: Deadline.workingDays(3) })
    const before = local("2026-09-30T10:00")
    const calendarDays = newCallback(Callback.workflow, {}, before)
    const working = newCallback(workingDays, {}, before)
    expect(localDate(calendarDays.dueAt)).toBe("2026-10-03")
    // 1–7 October are holidays; 8 and 9 October are working days and Saturday 10 October is a make-up working day.
    expect(localDate(working.dueAt)).toBe("2026-10-10")
  })

  it("is met on time when completed before the due time, and late after it", () => {
    const record = newCallback()
    const onTime = ok(
      Workflow.decide(Callback.workflow, record, "complete", completeInput, wang, local("2026-03-04T10:00"))
    )
    expect(Callback.isOnTime(onTime.record)).toBe(true)
    expect(onTime.record.dueAt).toBeUndefined()
    const late = ok(
      Workflow.decide(Callback.workflow, record, "complete", completeInput, wang, local("2026-03-06T10:00"))
    )
    expect(Callback.isOnTime(late.record)).toBe(false)
    expect(
      Messages.render(Callback.describeDeadline(late.record, local("2026-03-06T11:00"), cn).message, "en")
    ).toBe("met late")
  })
})

describe("avoid disturbing customers while they rest (避免在客户休息时打扰客户)", () => {
  it("refuses a call logged in quiet hours, saying when the customer can next be called", () => {
    const refused = fail(
      Workflow.decide(
        Callback.workflow,
        newCallback(),
        "complete",
        completeInput,
        wang,
        local("2026-03-02T21:30")
      )
    )
    expect(codes(refused)).toEqual(["contact.outsideWindow"])
    expect((refused as Rules.RuleViolated).texts("zh-CN").join("")).toContain("2026-03-03 09:00")
  })

  it("refuses a failed attempt and an agreed time logged in quiet hours too (the midday rest)", () => {
    const noon = local("2026-03-03T12:30")
    expect(
      codes(
        fail(
          Workflow.decide(
            Callback.workflow,
            newCallback(),
            "logAttempt",
            { method: "phone", result: "busy" },
            wang,
            noon
          )
        )
      )
    ).toEqual(["contact.outsideWindow"])
    expect(
      codes(
        fail(
          Workflow.decide(
            Callback.workflow,
            newCallback(),
            "agreeTime",
            { agreedAt: "2026-03-04T10:00" },
            wang,
            noon
          )
        )
      )
    ).toEqual(["contact.outsideWindow"])
  })

  it("judges the call's own time when it is logged later", () => {
    const input = { ...completeInput, at: "2026-03-02T21:00" }
    expect(
      codes(
        fail(
          Workflow.decide(
            Callback.workflow,
            newCallback(),
            "complete",
            input,
            wang,
            local("2026-03-03T09:30")
          )
        )
      )
    ).toEqual(["contact.outsideWindow"])
    const inWindow = { ...completeInput, at: "2026-03-02T19:30" }
    const done = ok(
      Workflow.decide(Callback.workflow, newCallback(), "complete", inWindow, wang, local("2026-03-03T09:30"))
    )
    expect(done.record.data.record?.at).toBe(local("2026-03-02T19:30").toISOString())
  })

  it("refuses a call time later than now", () => {
    const input = { ...completeInput, at: "2026-03-03T10:00" }
    expect(
      codes(
        fail(
          Workflow.decide(
            Callback.workflow,
            newCallback(),
            "complete",
            input,
            wang,
            local("2026-03-03T09:30")
          )
        )
      )
    ).toEqual(["customerCare.callback.inFuture"])
  })

  it("accepts a call in quiet hours when a supervisor gives a reason, and keeps the reason in history", () => {
    const input = { ...completeInput, overrideReason: "客户白天上班，主动要求晚上回电" }
    const done = ok(
      Workflow.decide(
        Callback.workflow,
        newCallback(),
        "complete",
        input,
        supervisor,
        local("2026-03-02T21:30")
      )
    )
    expect(done.record.state).toBe("completed")
    expect(done.entry.note).toBe(input.overrideReason)
  })

  it("refuses an override reason given by a specialist", () => {
    const input = { ...completeInput, overrideReason: "顺路" }
    expect(
      codes(
        fail(
          Workflow.decide(
            Callback.workflow,
            newCallback(),
            "complete",
            input,
            wang,
            local("2026-03-02T21:30")
          )
        )
      )
    ).toEqual(["customerCare.callback.overrideNeedsSupervisor"])
  })

  it("uses the customer's own contact hours when they have some", () => {
    const evenings = newCallback(Callback.workflow, { contactHours: "18:00-21:30" })
    ok(
      Workflow.decide(Callback.workflow, evenings, "complete", completeInput, wang, local("2026-03-02T21:00"))
    )
    expect(
      codes(
        fail(
          Workflow.decide(
            Callback.workflow,
            evenings,
            "complete",
            completeInput,
            wang,
            local("2026-03-03T10:00")
          )
        )
      )
    ).toEqual(["contact.outsideWindow"])
  })

  it("contact hours are configurable for every customer through the policy", () => {
    const mornings = Callback.make({
      contactWindows: ContactWindow.make({ windows: [{ start: "08:00", end: "12:00" }] })
    })
    const record = newCallback(mornings)
    ok(Workflow.decide(mornings, record, "complete", completeInput, wang, local("2026-03-03T08:30")))
    expect(
      Result.isFailure(
        Workflow.decide(mornings, record, "complete", completeInput, wang, local("2026-03-03T15:00"))
      )
    ).toBe(true)
  })
})

describe("a callback attempt that does not reach the customer is recorded and the callback stays open, rescheduled", () => {
  it("logs no answer, busy and wrong number, stays open and reschedules", () => {
    let record = newCallback()
    for (const [result, at] of [
      ["noAnswer", "2026-03-03T10:00"],
      ["busy", "2026-03-03T15:00"],
      ["wrongNumber", "2026-03-04T10:00"]
    ] as const) {
      record = ok(
        Workflow.decide(Callback.workflow, record, "logAttempt", { method: "phone", result }, wang, local(at))
      ).record
      expect(record.state).toBe("attempted")
    }
    expect(record.data.attempts.map((a) => a.result)).toEqual(["noAnswer", "busy", "wrongNumber"])
    // Two hours after 10:00 is 12:00, the start of the midday rest: the retry moves to 14:00.
    expect(record.data.nextAttemptAt).toBe(local("2026-03-04T14:00").toISOString())
  })

  it("keeps the deadline running: failed attempts do not move the due time", () => {
    const record = newCallback()
    const attempted = ok(
      Workflow.decide(
        Callback.workflow,
        record,
        "logAttempt",
        { method: "phone", result: "noAnswer" },
        wang,
        local("2026-03-03T10:00")
      )
    ).record
    expect(attempted.dueAt).toBe(record.dueAt)
    expect(Callback.describeDeadline(attempted, local("2026-03-06T09:00"), cn).status).toBe("overdue")
  })

  it("takes a retry time the specialist names", () => {
    const attempted = ok(
      Workflow.decide(
        Callback.workflow,
        newCallback(),
        "logAttempt",
        { method: "phone", result: "busy", retryAt: "2026-03-03T16:30" },
        wang,
        local("2026-03-03T10:00")
      )
    ).record
    expect(attempted.data.nextAttemptAt).toBe(local("2026-03-03T16:30").toISOString())
  })
})

describe("agreeing a convenient time during the call (约定时间)", () => {
  it("moves the due time to the agreed time and records it in history", () => {
    const record = newCallback()
    const agreed = ok(
      Workflow.decide(
        Callback.workflow,
        record,
        "agreeTime",
        { agreedAt: "2026-03-07T10:00" },
        wang,
        local("2026-03-03T10:00")
      )
    )
    expect(agreed.record.state).toBe("scheduled")
    expect(agreed.record.data.agreedAt).toBe(local("2026-03-07T10:00").toISOString())
    expect(Callback.dueAt(agreed.record)).toBe(local("2026-03-07T10:00").toISOString())
    // The stored dueAt, which the queue's index orders by, is the agreed time as well.
    expect(agreed.record.dueAt).toBe(local("2026-03-07T10:00").toISOString())
    expect(agreed.entry).toMatchObject({ command: "agreeTime", note: "2026-03-07T10:00" })
    // On the 6th the original three days have run out, but the agreed time has not.
    expect(Callback.describeDeadline(agreed.record, local("2026-03-06T10:00"), cn).status).not.toBe("overdue")
    const done = ok(
      Workflow.decide(
        Callback.workflow,
        agreed.record,
        "complete",
        completeInput,
        wang,
        local("2026-03-07T10:05")
      )
    )
    expect(Callback.isOnTime(done.record)).toBe(false)
    const early = ok(
      Workflow.decide(
        Callback.workflow,
        agreed.record,
        "complete",
        completeInput,
        wang,
        local("2026-03-07T09:55")
      )
    )
    expect(Callback.isOnTime(early.record)).toBe(true)
  })

  it("refuses an agreed time that is not later than now", () => {
    expect(
      codes(
        fail(
          Workflow.decide(
            Callback.workflow,
            newCallback(),
            "agreeTime",
            { agreedAt: "2026-03-03T09:00" },
            wang,
            local("2026-03-03T10:00")
          )
        )
      )
    ).toEqual(["customerCare.callback.agreedInPast"])
  })
})

describe("closing as unreachable after N attempts needs a supervisor's approval", () => {
  const attempts = (record: Workflow.Record<Callback.Callback>, n: number, workflow = Callback.workflow) => {
    for (let i = 0; i < n; i++) {
      record = ok(
        Workflow.decide(
          workflow,
          record,
          "logAttempt",
          { method: "phone", result: "noAnswer" },
          wang,
          local(`2026-03-0${3 + i}T10:00`)
        )
      ).record
    }
    return record
  }

  it("refuses before three attempts, accepts after, and only from a supervisor", () => {
    const two = attempts(newCallback(), 2)
    const early = fail(
      Workflow.decide(
        Callback.workflow,
        two,
        "closeUnreachable",
        { reason: "无人接听" },
        supervisor,
        local("2026-03-05T11:00")
      )
    )
    expect(codes(early)).toEqual(["customerCare.callback.tooFewAttempts"])
    expect((early as Rules.RuleViolated).texts("en")[0]).toContain("needs at least 3")
    const three = attempts(two, 1)
    expect(
      fail(
        Workflow.decide(
          Callback.workflow,
          three,
          "closeUnreachable",
          { reason: "无人接听" },
          wang,
          local("2026-03-06T11:00")
        )
      )._tag
    ).toBe("RoleNotPermitted")
    const closed = ok(
      Workflow.decide(
        Callback.workflow,
        three,
        "closeUnreachable",
        { reason: "三次无人接听" },
        supervisor,
        local("2026-03-06T11:00")
      )
    )
    expect(closed.record.state).toBe("unreachableClosed")
    expect(closed.record.data.closure).toMatchObject({ by: "s-1", reason: "三次无人接听" })
    expect(closed.record.dueAt).toBeUndefined()
  })

  it("N is configurable", () => {
    const five = Callback.make({ maxAttempts: 5 })
    const four = attempts(newCallback(five), 4, five)
    expect(
      Result.isFailure(
        Workflow.decide(
          five,
          four,
          "closeUnreachable",
          { reason: "x" },
          supervisor,
          local("2026-03-07T11:00")
        )
      )
    ).toBe(true)
  })
})

describe("every callback is recorded completely (必须保证回访信息的完整记录)", () => {
  it("cannot complete without method, outcome, satisfaction or notes", () => {
    const refused = fail(
      Workflow.decide(
        Callback.workflow,
        newCallback(),
        "complete",
        { notes: "" },
        wang,
        local("2026-03-03T10:00")
      )
    )
    expect(refused._tag).toBe("InvalidInput")
    const paths = (refused as { issues: ReadonlyArray<{ path: ReadonlyArray<string | number> }> }).issues.map(
      (i) => i.path[0]
    )
    expect(paths).toEqual(expect.arrayContaining(["method", "outcome", "satisfaction", "notes"]))
  })

  it("a completed callback holds method, time, outcome, satisfaction and notes", () => {
    const done = ok(
      Workflow.decide(
        Callback.workflow,
        newCallback(),
        "complete",
        completeInput,
        wang,
        local("2026-03-03T10:00")
      )
    )
    expect(done.record.data.record).toEqual({
      method: "phone",
      at: local("2026-03-03T10:00").toISOString(),
      outcome: "surveyed",
      satisfaction: "satisfied",
      suggestions: "希望延长营业时间",
      notes: "客户对清洗效果满意",
      by: "u-1",
      closing: "thanksAndWishes"
    })
    expect(CallbackRecord.isComplete(done.record.data.record)).toBe(true)
  })
})

describe("reassigning a callback", () => {
  it("a supervisor hands it to another specialist without changing its state or deadline", () => {
    const attempted = ok(
      Workflow.decide(
        Callback.workflow,
        newCallback(),
        "logAttempt",
        { method: "phone", result: "busy" },
        wang,
        local("2026-03-03T10:00")
      )
    ).record
    const moved = ok(
      Workflow.decide(
        Callback.workflow,
        attempted,
        "reassign",
        { assignee: "u-2" },
        supervisor,
        local("2026-03-03T11:00")
      )
    )
    expect(moved.record).toMatchObject({
      state: "attempted",
      dueAt: attempted.dueAt,
      data: { assignee: "u-2" }
    })
    expect(
      Result.isFailure(
        Workflow.decide(
          Callback.workflow,
          attempted,
          "reassign",
          { assignee: "u-2" },
          zhao,
          local("2026-03-03T11:00")
        )
      )
    ).toBe(true)
  })
})

describe("the callback queue order", () => {
  it("puts the most urgent first, honouring agreed times", () => {
    const a = newCallback(Callback.workflow, {}, local("2026-03-02T10:00"), "a")
    const b = newCallback(Callback.workflow, {}, local("2026-03-01T10:00"), "b")
    const c = ok(
      Workflow.decide(
        Callback.workflow,
        newCallback(Callback.workflow, {}, local("2026-02-28T10:00"), "c"),
        "agreeTime",
        { agreedAt: "2026-03-10T10:00" },
        wang,
        local("2026-03-01T10:00")
      )
    ).record
    expect([a, c, b].sort(Callback.byUrgency).map((r) => r.id)).toEqual(["b", "a", "c"])
  })
})

describe("no command sequence breaks the callback invariants", () => {
  const actors = [wang, supervisor, zhao]
  const anyCommand = fc.oneof(
    fc.record({
      name: fc.constant("logAttempt" as const),
      input: fc.record({
        method: fc.constantFrom("phone", "email", "sms", "fax"),
        result: fc.constantFrom("noAnswer", "busy", "wrongNumber")
      })
    }),
    fc.record({
      name: fc.constant("agreeTime" as const),
      input: fc.record({
        agreedAt: fc.constantFrom("2026-03-03T10:00", "2026-03-09T15:00", "2026-03-20T19:00", "bad")
      })
    }),
    fc.record({
      name: fc.constant("complete" as const),
      input: fc.record(
        {
          method: fc.constantFrom("phone", "email", "sms"),
          outcome: fc.constantFrom("surveyed", "issueRaised", "leadFound", "reminded"),
          satisfaction: fc.constantFrom("satisfied", "average", "unsatisfied"),
          improvements: fc.constantFrom("", "缩短等待时间"),
          notes: fc.constantFrom("", "已回访"),
          overrideReason: fc.constantFrom("客户要求", undefined)
        },
        { requiredKeys: ["method", "outcome", "satisfaction", "notes"] }
      )
    }),
    fc.record({
      name: fc.constant("closeUnreachable" as const),
      input: fc.record({ reason: fc.constantFrom("", "无法联系") })
    }),
    fc.record({
      name: fc.constant("reassign" as const),
      input: fc.record({ assignee: fc.constantFrom("u-1", "u-2", "") })
    })
  )
  // Closing as unreachable needs several accepted attempts first; weigh them so runs get there.
  const command = fc.oneof(
    { arbitrary: anyCommand, weight: 2 },
    {
      arbitrary: anyCommand.filter((c) => c.name === "logAttempt" || c.name === "closeUnreachable"),
      weight: 3
    }
  )
  const step = fc.record({
    command,
    actor: fc.constantFrom(...actors),
    // Hours after the service: day and night, so quiet hours refuse some commands.
    hours: fc.integer({ min: 1, max: 12 })
  })

  it("completed ⇒ complete record; coverage ≤ 100%; one history entry per accepted command", () => {
    const reached = new Set<string>()
    fc.assert(
      fc.property(fc.array(step, { minLength: 8, maxLength: 30 }), (steps) => {
        const created = ok(
          Workflow.create(Callback.workflow, {
            id: "cb-1",
            input: Callback.fromService(service),
            actor: supervisor,
            now: local("2026-03-02T14:00")
          })
        )
        let record = created.record
        const entries = [created.entry]
        let history = 1
        let now = local("2026-03-02T14:00").getTime()
        for (const s of steps) {
          now += s.hours * 3_600_000
          const decided = Workflow.decide(
            Callback.workflow,
            record,
            s.command.name,
            s.command.input,
            s.actor,
            new Date(now)
          )
          if (Result.isSuccess(decided)) {
            expect(decided.success.record.version).toBe(record.version + 1)
            expect(decided.success.entry.version).toBe(record.version + 1)
            history++
            record = decided.success.record
            entries.push(decided.success.entry)
          }
          expect(record.version).toBe(history)
          reached.add(record.state)
          if (record.state === "completed") {
            expect(CallbackRecord.isComplete(record.data.record)).toBe(true)
            expect(record.data.record).toHaveProperty("notes")
          } else {
            expect(record.data.record).toBeUndefined()
          }
          if (record.state === "unreachableClosed")
            expect(record.data.attempts.length).toBeGreaterThanOrEqual(3)
          const coverage = Coverage.compute({
            callbacks: [record],
            period: Period.make("2026-03-01", "2026-03-31")
          })
          expect(coverage.share).toBeLessThanOrEqual(1)
          expect(coverage.called).toBeLessThanOrEqual(coverage.due)
        }
        // The history holds exactly the accepted commands, and replaying it rebuilds the record.
        expect(entries.map((e) => e.version)).toEqual(Array.from({ length: history }, (_, i) => i + 1))
        expect(ok(Workflow.replay(Callback.workflow, entries))).toEqual(record)
      }),
      { numRuns: 150 }
    )
    // The sequences reach every state, so the invariants were checked where they matter.
    expect([...reached].sort()).toEqual(["attempted", "completed", "scheduled", "unreachableClosed"])
  }, 60_000)
})
