/**
 * The recruitment section's example records, dated back from the demo's time when seeding: a
 * front-line requisition recruiting for four months with its approved plan and candidates at
 * every stage (a fresh application, one in the first interview, the same person registered twice,
 * one whose resident ID is on the blacklist and awaits a person's confirmation, one screened out,
 * and one on probation), and requisitions waiting at each approval step — one raised too late.
 * Every step runs through the desk at its own time, so histories, approvals and the report read
 * as if the company had worked those days.
 */
import { type Actor, Calendar, Field } from "@frontdesk/domain"
import { Blacklist, Candidate, Plan, type Probation, type Requisition } from "@frontdesk/domain/recruitment"
import type { Desk } from "@frontdesk/storage"
import type { Seeding } from "../../section.js"
import { withContext } from "./context.js"
import {
  department,
  departmentHead,
  departmentManager,
  generalManager,
  hr,
  hrHead,
  hrManager,
  workflows
} from "./policy.js"

const timeZone = Calendar.defaultTimeZone

/** A resident ID with a valid check digit for a birth date `YYYYMMDD`. */
export const residentId = (birth: string, sequence: string): string => {
  const first17 = `310104${birth}${sequence}`
  return first17 + (Field.residentIdCheckDigit(first17) ?? "0")
}

/** The blacklist's one entry: dismissed two years ago for a serious breach of discipline. */
export const blacklisted: Blacklist.Entry = {
  residentId: residentId("19900307", "451"),
  name: "赵刚",
  reason: "严重违反劳动纪律被除名",
  dismissedOn: "2024-06-28"
}

/** The ids of the seeded records the section and its test point at. */
export const ids = {
  frontLine: "rq-001",
  cashier: "rq-002",
  supervisor: "rq-003",
  deputy: "rq-004",
  clerk: "rq-005",
  plan: "pl-001",
  applied: "ca-001",
  interviewing: "ca-002",
  walkIn: "ca-003",
  online: "ca-004",
  onBlacklist: "ca-005",
  onProbation: "ca-006",
  screenedOut: "ca-007"
} as const

/** Puts the blacklist entry in its collection: the Desk writes only workflow records, so the
 * entry goes in through an export and import of everything, which keeps all else as it was. */
const putOnBlacklist = async (desk: Desk.Desk, entry: Blacklist.Entry): Promise<void> => {
  const document = await desk.export()
  const kept = document.collections[Blacklist.collection] ?? []
  await desk.import({
    ...document,
    collections: {
      ...document.collections,
      [Blacklist.collection]: [
        ...kept.filter((item) => item.id !== entry.residentId),
        { id: entry.residentId, version: 1, value: entry }
      ]
    }
  })
}

export const seed = async ({ desk: shellDesk, now, at }: Seeding): Promise<void> => {
  const today = Calendar.localDateOf(now, timeZone)
  /** The local date `days` from the demo's today. */
  const day = (days: number): string => {
    const date = new Date(`${today}T00:00:00Z`)
    date.setUTCDate(date.getUTCDate() + days)
    return date.toISOString().slice(0, 10)
  }
  /** The instant `days` from today at `time` in Shanghai. */
  const when = (days: number, time = "10:00"): Date => Calendar.instantAt(day(days), time, timeZone)

  // The blacklist first: the candidates' rules read it. A service's store refuses imports from a
  // browser; the rest of the story is still worth having without it.
  try {
    await putOnBlacklist(shellDesk, blacklisted)
  } catch {
    // Without the entry the rule simply does not fire for the seeded candidate.
  }
  const desk = withContext(shellDesk)
  const create = (
    workflow: { readonly collection: string },
    days: number,
    id: string,
    input: unknown,
    actor: Actor.Actor
  ) => at(when(days), () => desk.create(workflow as never, id, input, actor))
  const run = (
    workflow: { readonly collection: string },
    days: number,
    id: string,
    command: string,
    input: unknown,
    actor: Actor.Actor
  ) => at(when(days), () => desk.run(workflow as never, id, command, input, actor))

  // --- Requisitions ----------------------------------------------------------------------------
  const requisition = workflows.requisition
  const frontLine: Requisition.Form = {
    reason: "moreWork",
    department,
    position: "客服专员",
    positionType: "frontLine",
    level: "ordinary",
    headcount: 3,
    jobDescription: "JD-KF-01 客服专员岗位说明书",
    qualifications: "大专及以上学历，普通话标准，熟练使用电脑",
    duties: "接听客户来电，登记报修与投诉，按时回访",
    wantedStart: day(-60)
  }
  await create(requisition, -120, ids.frontLine, frontLine, departmentHead)
  await run(requisition, -119, ids.frontLine, "submit", { note: "业务量增加，需补充人手" }, departmentHead)
  await run(requisition, -118, ids.frontLine, "review", { note: "与岗位说明书一致" }, hrHead)
  await run(requisition, -117, ids.frontLine, "approve", {}, generalManager)
  await run(requisition, -115, ids.frontLine, "startRecruiting", {}, hr)

  await create(
    requisition,
    -6,
    ids.cashier,
    {
      reason: "resignation",
      department: "财务部",
      position: "出纳",
      positionType: "professional",
      level: "important",
      headcount: 1,
      jobDescription: "JD-CW-03 出纳岗位说明书",
      qualifications: "会计相关专业，持初级会计职称",
      duties: "现金与银行账户收付，日记账登记",
      wantedStart: day(75),
      criminalRecordBasis: "《会计法》第四十条"
    },
    departmentHead
  )
  await run(requisition, -5, ids.cashier, "submit", { note: "原出纳离职" }, departmentHead)
  await run(requisition, -3, ids.cashier, "review", {}, hrHead)

  // Important positions need two months' notice; this one gives a month, so it is flagged late.
  await create(
    requisition,
    -2,
    ids.supervisor,
    {
      reason: "newPosition",
      department,
      position: "客服主管",
      positionType: "other",
      level: "important",
      headcount: 1,
      jobDescription: "JD-KF-05 客服主管岗位说明书",
      qualifications: "三年以上客服管理经验",
      duties: "排班、质检与投诉处理",
      wantedStart: day(30)
    },
    departmentHead
  )
  await run(requisition, -1, ids.supervisor, "submit", { note: "新设夜班组" }, departmentHead)

  await create(
    requisition,
    -1,
    ids.deputy,
    {
      reason: "newPosition",
      department,
      position: "客户服务部副经理",
      positionType: "other",
      level: "departmentHead",
      headcount: 1,
      jobDescription: "JD-KF-00 部门副经理岗位说明书",
      qualifications: "五年以上服务行业管理经验",
      duties: "协助部门经理管理客服、回访与投诉",
      wantedStart: day(120)
    },
    departmentHead
  )

  await create(
    requisition,
    -30,
    ids.clerk,
    {
      reason: "resignation",
      department,
      position: "行政文员",
      positionType: "other",
      level: "ordinary",
      headcount: 1,
      jobDescription: "JD-XZ-02 行政文员岗位说明书",
      qualifications: "中专及以上学历",
      duties: "文件收发与会议安排",
      wantedStart: day(20)
    },
    departmentHead
  )
  await run(requisition, -29, ids.clerk, "submit", {}, departmentHead)
  await run(requisition, -28, ids.clerk, "review", {}, hrHead)
  await run(requisition, -27, ids.clerk, "closeByTransfer", { reason: "由前台调岗补充" }, hr)

  // --- The plan for the front-line requisition -------------------------------------------------
  const channels = Plan.recommendChannels({ headcount: 3, level: "ordinary", modestRequirements: true })
  await create(
    workflows.plan,
    -117,
    ids.plan,
    {
      requisitionId: ids.frontLine,
      headcount: 3,
      criteria: frontLine.qualifications,
      targetGroup: "本市有服务行业经验的求职者",
      channels,
      wantedStart: frontLine.wantedStart,
      preparationDays: 45,
      budget: [
        { channel: "ordinaryJobFair", amount: { amount: 300_000 } },
        { channel: "internalPosting", amount: { amount: 20_000 } }
      ],
      annualBudget: { amount: 5_000_000 }
    },
    hr
  )
  await run(workflows.plan, -117, ids.plan, "submit", {}, hr)
  await run(workflows.plan, -116, ids.plan, "approve", { note: "预算在年度额度内" }, hrHead)
  await run(
    workflows.plan,
    -100,
    ids.plan,
    "recordCost",
    { channel: "ordinaryJobFair", amount: { amount: 280_000 } },
    hr
  )

  // --- Candidates for it -----------------------------------------------------------------------
  const stored = await shellDesk.get<Requisition.Data>(requisition.collection, ids.frontLine)
  if (stored === undefined) return
  const candidate = workflows.candidate
  const register = (days: number, id: string, fields: typeof Candidate.RegistrationFields.Encoded) =>
    create(candidate, days, id, Candidate.createInput(stored, fields), hr)
  const firstInterview = {
    round: "first",
    scores: [
      { criterion: "generalQualities", score: 4 },
      { criterion: "communication", score: 5 },
      { criterion: "experienceFit", score: 4 }
    ],
    recommendation: "hire",
    comment: "表达清晰，有门店服务经验"
  }
  const screenPass = {
    outcome: "pass",
    criteria: [
      { criterion: "education", met: true },
      { criterion: "experience", met: true }
    ]
  }

  // On probation: the whole way from the application to the hire, four months ago.
  const probationer = ids.onProbation
  await register(-110, probationer, {
    name: "孙悦",
    mobile: "13916668888",
    residentId: residentId("19960512", "022"),
    channel: "ordinaryJobFair",
    education: "大专",
    experienceYears: 3
  })
  await run(candidate, -108, probationer, "screen", screenPass, hr)
  await run(candidate, -107, probationer, "invite", {}, hr)
  await run(candidate, -105, probationer, "evaluate", firstInterview, hrManager)
  await run(candidate, -104, probationer, "passFirstInterview", {}, hr)
  await run(
    candidate,
    -103,
    probationer,
    "recordFacts",
    { previousContract: "terminated", documentCheck: "passed" },
    hr
  )
  await run(
    candidate,
    -103,
    probationer,
    "recordDocuments",
    {
      received: ["residentId", "diploma", "medicalCertificate", "registrationForm", "resume"]
    },
    hr
  )
  await run(candidate, -102, probationer, "passBackgroundCheck", {}, hr)
  const startDate = day(-60)
  await run(
    candidate,
    -101,
    probationer,
    "draftOffer",
    {
      startDate,
      salary: { amount: 650_000 },
      contractTerm: { kind: "fixed", months: 36 },
      probationMonths: 3
    },
    hr
  )
  await run(candidate, -100, probationer, "approveHire", {}, generalManager)
  await run(candidate, -99, probationer, "sendOffer", {}, hr)
  await run(candidate, -95, probationer, "recordFacts", { medical: "fit" }, hr)
  await run(candidate, -94, probationer, "startOnboarding", {}, hr)
  await run(
    candidate,
    -61,
    probationer,
    "checkOnboarding",
    {
      done: ["paperwork", "contract", "onboardingTalk", "onboardingTraining"]
    },
    hr
  )
  await run(candidate, -60, probationer, "hire", {}, hr)
  const probation: Probation.Form = {
    candidateId: probationer,
    employeeName: "孙悦",
    position: frontLine.position,
    startDate,
    contractTerm: { kind: "fixed", months: 36 },
    months: 3
  }
  await create(workflows.probation, -60, probationer, probation, hr)
  await run(
    workflows.probation,
    -58,
    probationer,
    "setGoals",
    {
      goals: ["独立处理来电登记，差错率低于 2%", "熟悉回访话术与投诉流程"]
    },
    departmentManager
  )
  await run(
    workflows.probation,
    -30,
    probationer,
    "coach",
    { note: "来电登记熟练，回访话术还需练习" },
    departmentManager
  )

  // Screened out: basic data kept, a thank-you letter due.
  await register(-25, ids.screenedOut, {
    name: "吴昊",
    mobile: "13512340000",
    residentId: residentId("20000101", "031"),
    channel: "internalPosting",
    education: "高中",
    experienceYears: 0
  })
  await run(
    candidate,
    -24,
    ids.screenedOut,
    "screen",
    {
      outcome: "fail",
      criteria: [{ criterion: "education", met: false }],
      note: "学历不符合岗位说明书要求"
    },
    hr
  )

  // In the first interview, evaluated by the HR manager.
  await register(-20, ids.interviewing, {
    name: "李娜",
    mobile: "13600002222",
    residentId: residentId("19970823", "046"),
    channel: "ordinaryJobFair",
    education: "本科",
    experienceYears: 2
  })
  await run(candidate, -18, ids.interviewing, "screen", screenPass, hr)
  await run(candidate, -17, ids.interviewing, "invite", {}, hr)
  await run(candidate, -15, ids.interviewing, "evaluate", firstInterview, hrManager)

  // The same person registered twice: on site, then online with the same resident ID.
  const twice = {
    name: "陈晓",
    residentId: residentId("19950219", "013"),
    education: "大专",
    experienceYears: 4
  }
  await register(-12, ids.walkIn, { ...twice, mobile: "13700001111", channel: "walkIn" })
  await register(-8, ids.online, {
    ...twice,
    mobile: "13700001111",
    channel: "ordinaryJobFair",
    email: "chenxiao@example.cn"
  })

  // Dismissed by this company before: the blacklist rule fires, and waits for a person.
  await register(-10, ids.onBlacklist, {
    name: blacklisted.name,
    mobile: "15800003333",
    residentId: blacklisted.residentId,
    channel: "internalPosting",
    education: "大专",
    experienceYears: 6
  })
  await run(candidate, -9, ids.onBlacklist, "screen", screenPass, hr)

  // A fresh application.
  await register(-3, ids.applied, {
    name: "王芳",
    mobile: "13812345678",
    residentId: residentId("19980504", "123"),
    channel: "ordinaryJobFair",
    education: "大专",
    experienceYears: 1
  })
}
