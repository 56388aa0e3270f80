/**
 * The service decides as the browser demo does: its workflows are the demo's sections' own (a
 * callback due in three working days on the mainland calendar), and it looks up what the
 * recruitment guards need — a candidate's probation record, a person's earlier probation — from
 * the store, as the demo's section does. The service runs in this process (on memory, with its
 * clock pinned) and is reached over loopback by the same HTTP desk the demo uses with `?store=`.
 */
import { type Actor, Field, Rules } from "@frontdesk/domain"
import { Callback } from "@frontdesk/domain/customer-care"
import { Candidate, type Requisition } from "@frontdesk/domain/recruitment"
import { actorHeader, encodeActor, makeDesk } from "@frontdesk/storage/http"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as care from "../../browser-demo/src/sections/customer-care/policy.js"
import * as hiring from "../../browser-demo/src/sections/recruitment/policy.js"
import { type Running, start } from "../src/server.js"

/** A local time in Shanghai, e.g. `2026-09-30T10:00`. */
const shanghai = (local: string): Date => new Date(`${local}:00+08:00`)

let now = shanghai("2026-06-01T10:00")
let running: Running
let desk: ReturnType<typeof makeDesk>

beforeAll(async () => {
  running = await start({
    host: "127.0.0.1",
    port: 0,
    storage: { kind: "memory" },
    trusted: false,
    corsOrigins: [],
    basePath: "/",
    clock: () => now
  })
  // Reads go as the HR specialist; each command is sent as the actor it is run for.
  desk = makeDesk({ url: running.url, headers: { [actorHeader]: encodeActor(hiring.hr) } })
})

afterAll(async () => {
  await desk?.close()
  await running?.close()
})

/** The rule codes a refused command names, or `undefined` when it was not refused by a rule. */
const refusedBy = async (command: Promise<unknown>): Promise<ReadonlyArray<string> | undefined> => {
  try {
    await command
  } catch (error) {
    if (error instanceof Rules.RuleViolated) return error.violations.map((violation) => violation.code)
    throw error
  }
  return undefined
}

/** A resident ID with a valid check digit for a birth date `YYYYMMDD`. */
const residentId = (birth: string, sequence: string): string => {
  const first17 = `310104${birth}${sequence}`
  return first17 + (Field.residentIdCheckDigit(first17) ?? "0")
}

describe("the service decides as the browser demo", () => {
  it("gives a callback recorded on Wednesday 30 September the demo's working-day due date, after National Day", async () => {
    now = shanghai("2026-09-30T10:00")
    const input = Callback.fromService({
      customerId: "cus-04",
      customerName: "赵磊",
      phone: "13733334444",
      membership: "member",
      assignee: care.liu.id,
      serviceName: "汽车保养",
      serviceDate: "2026-09-30"
    })
    const record = await desk.create(care.workflows.callback, "cb-05", input, care.liu)
    // Three working days skip 1–7 October and count Saturday 10 October, worked in exchange; the
    // family's default (three calendar days) would make it 3 October.
    expect(record.dueAt).toBe(shanghai("2026-10-10T18:00").toISOString())
    expect((await desk.get("callbacks", "cb-05"))?.dueAt).toBe(record.dueAt)
  })

  it("confirms a hire only once the probation record is confirmed, and refuses a second probation to the same person", async () => {
    const run = (
      workflow: { readonly name: string },
      id: string,
      command: string,
      input: unknown,
      actor: Actor.Actor
    ) => desk.run(workflow as never, id, command, input, actor)
    const { candidate, probation, requisition } = hiring.workflows

    now = shanghai("2026-06-01T10:00")
    const form: Requisition.Form = {
      reason: "moreWork",
      department: hiring.department,
      position: "客服专员",
      positionType: "frontLine",
      level: "ordinary",
      headcount: 3,
      jobDescription: "JD-KF-01 客服专员岗位说明书",
      qualifications: "大专及以上学历，普通话标准，熟练使用电脑",
      duties: "接听客户来电，登记报修与投诉，按时回访",
      wantedStart: "2026-08-01"
    }
    const raised = await desk.create(requisition, "rq-001", form, hiring.departmentHead)
    await run(requisition, "rq-001", "submit", { note: "业务量增加" }, hiring.departmentHead)
    await run(requisition, "rq-001", "review", {}, hiring.hrHead)
    await run(requisition, "rq-001", "approve", {}, hiring.generalManager)
    await run(requisition, "rq-001", "startRecruiting", {}, hiring.hr)

    const person = {
      name: "孙悦",
      mobile: "13916668888",
      residentId: residentId("19960512", "022"),
      channel: "ordinaryJobFair",
      education: "大专",
      experienceYears: 3
    } as const
    const id = "ca-006"
    await desk.create(candidate, id, Candidate.createInput({ id: raised.id, data: form }, person), hiring.hr)
    const steps: ReadonlyArray<readonly [string, unknown, Actor.Actor]> = [
      [
        "screen",
        {
          outcome: "pass",
          criteria: [
            { criterion: "education", met: true },
            { criterion: "experience", met: true }
          ]
        },
        hiring.hr
      ],
      ["invite", {}, hiring.hr],
      [
        "evaluate",
        {
          round: "first",
          scores: [
            { criterion: "generalQualities", score: 4 },
            { criterion: "communication", score: 5 },
            { criterion: "experienceFit", score: 4 }
          ],
          recommendation: "hire",
          comment: "表达清晰，有门店服务经验"
        },
        hiring.hrManager
      ],
      ["passFirstInterview", {}, hiring.hr],
      ["recordFacts", { previousContract: "terminated", documentCheck: "passed" }, hiring.hr],
      [
        "recordDocuments",
        { received: ["residentId", "diploma", "medicalCertificate", "registrationForm", "resume"] },
        hiring.hr
      ],
      ["passBackgroundCheck", {}, hiring.hr],
      [
        "draftOffer",
        {
          startDate: "2026-07-01",
          salary: { amount: 650_000 },
          contractTerm: { kind: "fixed", months: 36 },
          probationMonths: 3
        },
        hiring.hr
      ],
      ["approveHire", {}, hiring.generalManager],
      ["sendOffer", {}, hiring.hr],
      ["recordFacts", { medical: "fit" }, hiring.hr],
      ["startOnboarding", {}, hiring.hr],
      [
        "checkOnboarding",
        { done: ["paperwork", "contract", "onboardingTalk", "onboardingTraining"] },
        hiring.hr
      ],
      ["hire", {}, hiring.hr]
    ]
    for (const [command, input, actor] of steps) await run(candidate, id, command, input, actor)
    expect((await desk.get("candidates", id))?.state).toBe("onProbation")

    // No probation record yet: nothing to confirm.
    expect(await refusedBy(run(candidate, id, "confirm", {}, hiring.hr))).toEqual([
      "recruitment.candidate.probationNotConfirmed"
    ])

    const term = {
      candidateId: id,
      employeeName: person.name,
      position: form.position,
      startDate: "2026-07-01",
      contractTerm: { kind: "fixed", months: 36 },
      months: 3
    }
    await desk.create(probation, id, term, hiring.hr)
    await run(
      probation,
      id,
      "setGoals",
      { goals: ["独立处理来电登记，差错率低于 2%"] },
      hiring.departmentManager
    )
    await run(probation, id, "selfAssess", { summary: "已能独立处理来电登记" }, hiring.hr)
    await run(
      probation,
      id,
      "assess",
      { result: "pass", score: 88, comments: "达到试用期目标" },
      hiring.departmentManager
    )
    await run(probation, id, "approveAssessment", {}, hiring.hrManager)
    await run(probation, id, "notify", {}, hiring.hr)
    // The probation is read afresh for each command: passed and notified, but not yet confirmed.
    expect(await refusedBy(run(candidate, id, "confirm", {}, hiring.hr))).toEqual([
      "recruitment.candidate.probationNotConfirmed"
    ])

    await run(probation, id, "confirm", {}, hiring.hr)
    expect(await refusedBy(run(candidate, id, "confirm", {}, hiring.hr))).toBeUndefined()
    expect((await desk.get("candidates", id))?.state).toBe("confirmed")

    // The same person applies again: one probation per employer (art. 19), so a new one with a
    // probation period is refused, found through the earlier application's probation record.
    const again = "ca-010"
    await desk.create(
      candidate,
      again,
      Candidate.createInput({ id: raised.id, data: form }, person),
      hiring.hr
    )
    expect(
      await refusedBy(desk.create(probation, again, { ...term, candidateId: again }, hiring.hr))
    ).toEqual(["recruitment.probation.repeat"])
  })
})
