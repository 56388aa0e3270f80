/**
 * A memory desk with the recruitment collections and a clock the test sets, the people of the
 * candidate procedures, and helpers that register candidates and walk them through the workflow.
 */
import { Actor, type Workflow } from "@frontdesk/domain"
import { Candidate, collections, Probation, type Requisition, Roles } from "@frontdesk/domain/recruitment"
import { Desk, Store } from "@frontdesk/storage"

export const hr = Actor.make("u-2", "李娜", [Roles.roles.hr])
export const hrManager = Actor.make("u-7", "周杰", [Roles.roles.hrManager])
export const hrHead = Actor.make("u-3", "王芳", [Roles.roles.hrHead])
export const gm = Actor.make("u-5", "赵强", [Roles.roles.generalManager])
export const manager = Actor.make("u-8", "孙丽", [Roles.roles.departmentManager])
export const interviewer = Actor.make("u-9", "吴磊", [Roles.roles.interviewer])
export const employee = Actor.make("u-10", "刘洋", [Roles.roles.employee])

/** Valid resident IDs: born 1990, 2000, 1995, and 2010 (a minor). */
export const ids = {
  adult: "110101199003074514",
  young: "110101200001011232",
  other: "320502199508120042",
  minor: "110101201006010030"
} as const

export interface CandidatesDesk {
  readonly desk: Desk.Desk
  /** Sets the desk's clock. */
  readonly at: (iso: string) => void
}

export const candidatesDesk = (start: string): CandidatesDesk => {
  let now = Date.parse(start)
  const desk = Desk.memory(Store.define({ version: 1, collections: [...collections] }), {
    clock: () => new Date(now)
  })
  return {
    desk,
    at: (iso: string) => {
      now = Date.parse(iso)
    }
  }
}

export const position = (fields: Partial<Requisition.Position> = {}): Requisition.Position => ({
  title: "客服专员",
  positionType: "frontLine",
  level: "ordinary",
  juvenileSuitable: false,
  wantedStart: "2026-05-15",
  ...fields
})

/** Registers a candidate for requisition `rq-1` (or another) as HR. */
export const candidate = (
  desk: Desk.Desk,
  id: string,
  fields: {
    readonly name?: string
    readonly mobile?: string
    readonly residentId?: string
    readonly requisitionId?: string
    readonly position?: Partial<Requisition.Position>
  } = {}
): Promise<Candidate.Record> =>
  desk.create<Candidate.Data>(
    Candidate.workflow,
    id,
    {
      requisitionId: fields.requisitionId ?? "rq-1",
      position: position(fields.position),
      name: fields.name ?? "王小明",
      mobile: fields.mobile ?? "13812345678",
      ...(fields.residentId === undefined ? {} : { residentId: fields.residentId }),
      channel: "online"
    },
    hr
  )

/** Runs a candidate command with an empty blacklist. */
export const run = (
  desk: Desk.Desk,
  id: string,
  command: string,
  input: unknown,
  actor: Actor.Actor,
  context: Workflow.Context = { blacklist: [] }
): Promise<Candidate.Record> =>
  desk.run<Candidate.Data>(Candidate.workflow, id, command, input, actor, { context })

/** Screens, invites and evaluates a front-line candidate, leaving them in the first interview or beyond. */
export const toInterview = async (desk: Desk.Desk, id: string): Promise<Candidate.Record> => {
  await run(desk, id, "screen", { outcome: "pass", criteria: [] }, hr)
  return run(desk, id, "invite", {}, hr)
}

export const evaluation = (round: "first" | "second", score = 4) => ({
  round,
  scores: [
    { criterion: "generalQualities", score },
    { criterion: "professionalSkill", score },
    { criterion: "communication", score },
    { criterion: "experienceFit", score }
  ],
  recommendation: "hire"
})

/** Takes a front-line adult candidate with clean facts to the offer stage. */
export const toOffer = async (desk: Desk.Desk, id: string): Promise<Candidate.Record> => {
  await toInterview(desk, id)
  await run(desk, id, "evaluate", evaluation("first"), hrManager)
  await run(desk, id, "passFirstInterview", {}, hr)
  await run(
    desk,
    id,
    "recordFacts",
    { birthDate: "1995-05-01", previousContract: "none", documentCheck: "passed" },
    hr
  )
  return run(desk, id, "passBackgroundCheck", {}, hr)
}

/** Creates the probation record of a hired candidate. */
export const probation = (
  desk: Desk.Desk,
  candidateId: string,
  fields: Partial<typeof Probation.ProbationForm.Encoded> = {}
): Promise<Probation.Record> =>
  desk.create<Probation.Data>(
    Probation.workflow,
    candidateId,
    {
      candidateId,
      employeeName: "王小明",
      position: "客服专员",
      startDate: "2026-05-15",
      contractTerm: { kind: "fixed", months: 36 },
      months: 3,
      ...fields
    },
    hr
  )

/** Takes a front-line candidate through the offer, the medical and onboarding to probation. */
export const hired = async (desk: Desk.Desk, id: string): Promise<Candidate.Record> => {
  await toOffer(desk, id)
  await run(
    desk,
    id,
    "draftOffer",
    {
      startDate: "2026-05-15",
      salary: { amount: 650_000 },
      contractTerm: { kind: "fixed", months: 36 },
      probationMonths: 3
    },
    hr
  )
  await run(desk, id, "approveHire", {}, gm)
  await run(desk, id, "sendOffer", {}, hr)
  await run(desk, id, "recordFacts", { medical: "fit" }, hr)
  await run(desk, id, "startOnboarding", {}, hr)
  await run(
    desk,
    id,
    "recordDocuments",
    { received: ["residentId", "diploma", "medicalCertificate", "registrationForm", "resume"] },
    hr
  )
  await run(
    desk,
    id,
    "checkOnboarding",
    { done: ["paperwork", "contract", "onboardingTalk", "onboardingTraining"] },
    hr
  )
  return run(desk, id, "hire", {}, hr)
}
