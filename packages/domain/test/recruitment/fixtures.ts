/** Actors, records and helpers shared by the recruitment tests. */
import { Result } from "effect"
import * as Actor from "../../src/kernel/Actor.js"
import * as Field from "../../src/kernel/Field.js"
import * as Rules from "../../src/kernel/Rules.js"
import * as Workflow from "../../src/kernel/Workflow.js"
import { Candidate, type Probation, Requisition } from "../../src/recruitment/index.js"

export const head = Actor.make("u-head", "张伟", ["departmentHead"])
export const otherHead = Actor.make("u-head2", "刘洋", ["departmentHead"])
export const hr = Actor.make("u-hr", "李强", ["hr"])
export const hrManager = Actor.make("u-hrm", "陈静", ["hrManager"])
export const hrHead = Actor.make("u-hrh", "周敏", ["hrHead"])
export const gm = Actor.make("u-gm", "王总", ["generalManager"])
export const unitHead = Actor.make("u-unit", "孙董", ["unitHead"])
export const deptManager = Actor.make("u-dm", "吴工", ["departmentManager"])
export const interviewer = Actor.make("u-int", "郑老师", ["interviewer"])

/** A resident ID with a valid check digit, for a birth date `YYYYMMDD`. */
export const residentId = (birth: string, seq = "123"): string => {
  const first17 = `110105${birth}${seq}`
  return first17 + Field.residentIdCheckDigit(first17)
}

/** Mar 2, 2026, 10:00 in Shanghai. */
export const now = new Date("2026-03-02T02:00:00Z")
export const later = (days: number, from: Date = now): Date => new Date(from.getTime() + days * 86_400_000)

export const ok = <D>(
  result: Result.Result<Workflow.Decision<D>, Workflow.WorkflowError>
): Workflow.Record<D> => {
  if (Result.isFailure(result)) throw new Error(`refused: ${result.failure.message}`)
  return result.success.record
}

export const fail = <A, E>(result: Result.Result<A, E>): E => {
  if (Result.isSuccess(result)) throw new Error("expected a refusal")
  return result.failure
}

/** The codes of a RuleViolated refusal, or the refusal's tag. */
export const codes = (error: unknown): ReadonlyArray<string> =>
  error instanceof Rules.RuleViolated
    ? error.violations.map((v) => v.code)
    : [(error as { _tag: string })._tag]

export const requisitionForm = (overrides: Partial<Requisition.Form> = {}): Requisition.Form => ({
  reason: "moreWork",
  department: "客服部",
  position: "客服专员",
  positionType: "frontLine",
  level: "ordinary",
  headcount: 2,
  jobDescription: "JD-CS-01",
  qualifications: "大专及以上，普通话标准",
  duties: "接听客户来电，登记回访",
  wantedStart: "2026-05-01",
  ...overrides
})

export const newRequisition = (overrides: Partial<Requisition.Form> = {}, actor = head, at = now) =>
  ok(Workflow.create(Requisition.workflow, { id: "rq-1", input: requisitionForm(overrides), actor, now: at }))

export const decide = <D>(
  workflow: Workflow.Any,
  record: Workflow.Record<D>,
  command: string,
  input: unknown,
  actor: Actor.Actor,
  at: Date = now,
  context?: Workflow.Context
) =>
  Workflow.decide(workflow, record, command, input, actor, at, context) as Result.Result<
    Workflow.Decision<D>,
    Workflow.WorkflowError
  >

/** Runs a list of accepted commands. */
export const steps = <D>(
  workflow: Workflow.Any,
  record: Workflow.Record<D>,
  list: ReadonlyArray<readonly [string, unknown, Actor.Actor]>,
  context?: Workflow.Context
): Workflow.Record<D> =>
  list.reduce(
    (current, [command, input, actor]) => ok(decide(workflow, current, command, input, actor, now, context)),
    record
  )

export const approvedRequisition = (overrides: Partial<Requisition.Form> = {}) =>
  steps(Requisition.workflow, newRequisition(overrides), [
    ["submit", {}, head],
    ["review", {}, overrides.level === "departmentHead" ? unitHead : hrHead],
    ["approve", {}, gm]
  ])

export const position = (overrides: Partial<Requisition.Position> = {}): Requisition.Position => ({
  title: "客服专员",
  positionType: "frontLine",
  level: "ordinary",
  juvenileSuitable: false,
  wantedStart: "2026-05-01",
  ...overrides
})

export const candidateForm = (overrides: Partial<Candidate.Form> = {}): Candidate.Form => ({
  requisitionId: "rq-1",
  position: position(),
  name: "王芳",
  mobile: "13812345678",
  residentId: residentId("19980504"),
  channel: "online",
  ...overrides
})

export const newCandidate = (overrides: Partial<Candidate.Form> = {}, id = "c-1") =>
  ok(Workflow.create(Candidate.workflow, { id, input: candidateForm(overrides), actor: hr, now }))

export const evaluation = (round: "first" | "second") => ({
  round,
  scores: [
    { criterion: "generalQualities", score: 4 },
    { criterion: "professionalSkill", score: 5 }
  ],
  recommendation: "hire"
})

export const allDocuments = {
  received: ["residentId", "diploma", "medicalCertificate", "registrationForm", "resume"]
}
export const allOnboarding = { done: ["paperwork", "contract", "onboardingTalk", "onboardingTraining"] }
export const terms = {
  startDate: "2026-05-01",
  salary: { amount: 600_000 },
  contractTerm: { kind: "fixed", months: 36 },
  probationMonths: 3
}

/** A front-line candidate carried from application to the offer stage. */
export const atOffer = (overrides: Partial<Candidate.Form> = {}, context?: Workflow.Context) =>
  steps(
    Candidate.workflow,
    newCandidate(overrides),
    [
      ["screen", { outcome: "pass", criteria: [{ criterion: "education", met: true }] }, hr],
      ["invite", {}, hr],
      ["evaluate", evaluation("first"), hrManager],
      ["passFirstInterview", {}, hr],
      ["recordFacts", { previousContract: "terminated", documentCheck: "passed" }, hr],
      ["passBackgroundCheck", {}, hr]
    ],
    context
  )

/** A candidate carried to onboarding with every check done. */
export const atOnboarding = (context?: Workflow.Context) =>
  steps(
    Candidate.workflow,
    atOffer({}, context),
    [
      ["draftOffer", terms, hr],
      ["approveHire", {}, gm],
      ["sendOffer", {}, hr],
      ["recordFacts", { medical: "fit" }, hr],
      ["startOnboarding", {}, hr],
      ["recordDocuments", allDocuments, hr],
      ["checkOnboarding", allOnboarding, hr]
    ],
    context
  )

export const probationForm = (overrides: Partial<Probation.Form> = {}): Probation.Form => ({
  candidateId: "c-1",
  employeeName: "王芳",
  position: "客服专员",
  startDate: "2026-05-01",
  contractTerm: { kind: "fixed", months: 36 },
  months: 3,
  ...overrides
})
