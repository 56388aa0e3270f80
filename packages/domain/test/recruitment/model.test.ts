/**
 * A model-based test: fast-check drives requisitions and candidates with random commands, inputs
 * and actors (including one who holds every role, so "approving one's own request" is tried
 * often), mixed with the onward step a diligent office would take, so runs reach offers, hires and
 * disqualifications; the guards decide every command either way. After every command it checks
 * what must always hold:
 *
 * - no requisition is in a state without its approvals (review by the level's reviewer, then the
 *   general manager), as the independent model and the history both say;
 * - nobody approves, reviews, sends back or closes a requisition they raised or signed;
 * - no candidate is hired, offered or carried to onboarding while a disqualification rule fires
 *   that nobody confirmed or cleared, and no legal requirement is ever cleared;
 * - a disqualification is always a person's confirmation of codes that fired;
 * - every accepted command was run by an actor holding one of its roles.
 */

import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Actor from "../../src/kernel/Actor.js"
import type * as History from "../../src/kernel/History.js"
import * as Workflow from "../../src/kernel/Workflow.js"
import { Candidate, Disqualification, Requisition } from "../../src/recruitment/index.js"
import {
  allDocuments,
  allOnboarding,
  candidateForm,
  deptManager,
  evaluation,
  gm,
  head,
  hr,
  hrHead,
  hrManager,
  interviewer,
  now,
  otherHead,
  position,
  requisitionForm,
  residentId,
  terms,
  unitHead
} from "./fixtures.js"

const boss = Actor.make("u-boss", "全能", [
  "departmentHead",
  "hr",
  "hrManager",
  "hrHead",
  "generalManager",
  "unitHead",
  "departmentManager",
  "interviewer"
])
const actors = [head, otherHead, hr, hrManager, hrHead, gm, unitHead, deptManager, interviewer, boss]

const blacklistedId = residentId("19850101", "777")
const context = { blacklist: [blacklistedId] }

/** Inputs tried for each command: valid ones and some that are not. */
const requisitionInputs: { readonly [command: string]: ReadonlyArray<unknown> } = {
  edit: [requisitionForm({ level: "important" }), {}],
  submit: [{}],
  review: [{}, { note: "必要" }],
  sendBack: [{ reason: "补充说明" }, {}],
  closeByTransfer: [{ reason: "内部调动" }],
  approve: [{}],
  startRecruiting: [{}],
  fill: [{}],
  cancel: [{ reason: "取消" }]
}

const candidateInputs: { readonly [command: string]: ReadonlyArray<unknown> } = {
  screen: [
    { outcome: "pass", criteria: [{ criterion: "education", met: true }] },
    { outcome: "pass", criteria: [] },
    { outcome: "pass", criteria: [{ criterion: "age", met: true }] },
    { outcome: "pass", criteria: [{ criterion: "experience", met: true }] },
    { outcome: "pass", criteria: [{ criterion: "skills", met: true }] },
    { outcome: "fail", criteria: [] },
    { outcome: "pass", criteria: [{ criterion: "gender", met: true }] }
  ],
  shortlist: [{}],
  invite: [{}],
  evaluate: [evaluation("first"), evaluation("second")],
  passFirstInterview: [{}],
  passSecondInterview: [{}],
  recordFacts: [
    { documentCheck: "passed", previousContract: "terminated", medical: "fit" },
    { documentCheck: "failed" },
    { documentCheck: "passed" },
    { previousContract: "running" },
    { previousContract: "terminated" },
    { medical: "unfit" },
    { medical: "fit" },
    { criminalRecord: "found" },
    { birthDate: "2011-01-01" },
    { medical: "fit" }
  ],
  recordDocuments: [allDocuments, { received: ["resume"] }],
  passBackgroundCheck: [{}],
  draftOffer: [terms, { ...terms, probationMonths: 6, contractTerm: { kind: "fixed", months: 12 } }],
  approveHire: [{}],
  sendOffer: [{}],
  startOnboarding: [{}],
  checkOnboarding: [allOnboarding],
  hire: [{}],
  confirm: [{}],
  failProbation: [{}],
  reject: [{ reason: "择优" }],
  disqualify: Disqualification.ruleSet.rules.map((rule) => ({ codes: [rule.code], note: "经核实" })),
  waive: Disqualification.ruleSet.rules.map((rule) => ({ code: rule.code, reason: "误报" })),
  absorb: [],
  markDuplicate: [],
  withdraw: [{ reason: "放弃" }]
}

interface Tracked<D> {
  record: Workflow.Record<D>
  readonly history: Array<History.Entry>
}

interface Real {
  readonly requisitions: Array<Tracked<Requisition.Data>>
  readonly candidates: Array<Tracked<Candidate.Data>>
}

/** The model: which approvals each requisition has been given, kept apart from the records. */
interface Model {
  readonly approvals: Array<{ reviewed: boolean; approved: boolean }>
}

const ownSteps = new Set(["review", "approve", "sendBack", "closeByTransfer"])
const hiringSteps = new Set(["passBackgroundCheck", "approveHire", "sendOffer", "startOnboarding", "hire"])

const apply = <D>(
  tracked: Tracked<D>,
  workflow: Workflow.Any,
  command: string,
  input: unknown,
  actor: Actor.Actor
) => {
  const before = tracked.record
  const result = Workflow.decide(workflow, before, command, input, actor, now, context)
  if (Result.isSuccess(result)) {
    tracked.record = result.success.record as Workflow.Record<D>
    tracked.history.push(result.success.entry)
    // Every accepted command was run by one of its roles.
    expect(Actor.hasAnyRole(actor, Workflow.command(workflow, command)!.roles)).toBe(true)
  }
  const refusal =
    Result.isFailure(result) && result.failure._tag === "RuleViolated"
      ? result.failure.violations.map((v) => v.code)
      : undefined
  return { before, accepted: Result.isSuccess(result), refusal }
}

/** Commands that end or rewind a record; tried less often so runs get deep into the workflows. */
const rare = new Set(["withdraw", "reject", "cancel", "sendBack", "closeByTransfer", "disqualify"])

/**
 * The command to try: mostly one the record's state allows (whoever the actor), now and then one
 * that ends or rewinds it, or any command at all.
 */
const pick = (
  workflow: Workflow.Any,
  state: string,
  choice: number,
  names: ReadonlyArray<string>
): string => {
  const from = Workflow.commandsFrom(workflow, state)
    .map((c) => c.name)
    .filter((name) => names.includes(name))
  const common = from.filter((name) => !rare.has(name))
  // Commands that move the record on, rather than record something in the same state.
  const onward = common.filter((name) => {
    const command = Workflow.command(workflow, name)!
    return typeof command.to === "string"
      ? command.to !== state
      : !(command.targets ?? []).every((t) => t === state)
  })
  const branch = choice % 25
  const n = Math.floor(choice / 25)
  if (branch === 24 || from.length === 0) return names[n % names.length]!
  if (branch === 23 || common.length === 0) return from[n % from.length]!
  if (branch % 2 === 0 && onward.length > 0) return onward[n % onward.length]!
  return common[n % common.length]!
}

/** The actor: every other time one who holds a role of the command (the boss included), else anyone. */
const actorFor = (workflow: Workflow.Any, command: string, n: number): Actor.Actor => {
  const roles = Workflow.command(workflow, command)?.roles ?? []
  const qualified = actors.filter((actor) => Actor.hasAnyRole(actor, roles))
  return n % 2 === 0 && qualified.length > 0
    ? qualified[Math.floor(n / 2) % qualified.length]!
    : actors[n % actors.length]!
}

/** What the runs reached, so the test can tell the invariants were exercised beyond drafts. */
const reached = {
  requisitionStates: new Set<string>(),
  candidateStates: new Set<string>(),
  refusedUnconfirmed: 0
}

class RequisitionStep implements fc.Command<Model, Real> {
  command = ""
  constructor(
    readonly index: number,
    readonly choice: number,
    readonly input: number,
    readonly actor: number
  ) {}
  check = () => true
  run(model: Model, real: Real) {
    const tracked = real.requisitions[this.index % real.requisitions.length]!
    const slot = model.approvals[this.index % real.requisitions.length]!
    this.command = pick(
      Requisition.workflow,
      tracked.record.state,
      this.choice,
      Object.keys(requisitionInputs)
    )
    const inputs = requisitionInputs[this.command]!
    const input = inputs[this.input % inputs.length]
    const actor = actorFor(Requisition.workflow, this.command, this.actor)
    const { before, accepted } = apply(tracked, Requisition.workflow, this.command, input, actor)
    reached.requisitionStates.add(tracked.record.state)
    if (accepted) {
      // Nobody approves their own request.
      if (ownSteps.has(this.command)) expect(Requisition.isOwnRequest(before.data, actor)).toBe(false)
      if (this.command === "review") {
        expect(Actor.hasAnyRole(actor, Requisition.defaultApprovalChain.review[before.data.level])).toBe(true)
        slot.reviewed = true
      }
      if (this.command === "approve") slot.approved = true
      if (this.command === "sendBack" || this.command === "edit") {
        slot.reviewed = false
        slot.approved = false
      }
    } else if (ownSteps.has(this.command) && Requisition.isOwnRequest(before.data, actor)) {
      // The model predicts the refusal of one's own request.
      expect(accepted).toBe(false)
    }
    // No state without its approvals.
    const { state } = tracked.record
    if (["hrReviewed", "approved", "recruiting", "filled", "internalTransfer"].includes(state))
      expect(slot.reviewed).toBe(true)
    if (["approved", "recruiting", "filled"].includes(state)) {
      expect(slot.approved).toBe(true)
      const review = tracked.history.findLastIndex((e) => e.command === "review")
      const approve = tracked.history.findLastIndex((e) => e.command === "approve")
      expect(review).toBeGreaterThan(-1)
      expect(approve).toBeGreaterThan(review)
      expect(tracked.history[approve]!.actor.id).not.toBe(tracked.record.data.requestedBy)
    }
  }
  toString = () =>
    `requisition[${this.index}].${this.command || this.choice}(#${this.input}) by #${this.actor}`
}

const candidateCommands = Object.keys(candidateInputs).filter((c) => candidateInputs[c]!.length > 0)

/** Runs one candidate command and checks the hiring invariants when it is accepted. */
const attempt = (
  tracked: Tracked<Candidate.Data>,
  command: string,
  input: unknown,
  actor: Actor.Actor
): boolean => {
  const { before, accepted, refusal } = apply(tracked, Candidate.workflow, command, input, actor)
  reached.candidateStates.add(tracked.record.state)
  if (refusal?.includes("recruitment.disqualification.unconfirmed")) reached.refusedUnconfirmed++
  if (!accepted) return false
  // The findings nobody cleared, from the rules and the history's waivers.
  const waived = new Set(
    tracked.history.filter((e) => e.command === "waive").map((e) => (e.input as { code: string }).code)
  )
  const open = Candidate.findings(before.data, context).filter((v) => !waived.has(v.code))
  if (hiringSteps.has(command)) expect(open).toEqual([])
  if (command === "waive") {
    expect(Disqualification.standingOf((input as { code: string }).code)).not.toBe("legal-requirement")
  }
  if (command === "disqualify") {
    const firing = Candidate.findings(before.data, context).map((v) => v.code)
    for (const code of (input as { codes: ReadonlyArray<string> }).codes) expect(firing).toContain(code)
    expect(tracked.record.data.disqualification?.by).toBe(actor.id)
  }
  return true
}

class CandidateStep implements fc.Command<Model, Real> {
  command = ""
  constructor(
    readonly index: number,
    readonly choice: number,
    readonly input: number,
    readonly actor: number
  ) {}
  check = () => true
  run(_model: Model, real: Real) {
    const tracked = real.candidates[this.index % real.candidates.length]!
    this.command = pick(Candidate.workflow, tracked.record.state, this.choice, candidateCommands)
    const inputs = candidateInputs[this.command]!
    attempt(
      tracked,
      this.command,
      inputs[this.input % inputs.length],
      actorFor(Candidate.workflow, this.command, this.actor)
    )
  }
  toString = () => `candidate[${this.index}].${this.command || this.choice}(#${this.input}) by #${this.actor}`
}

/** The next step a diligent HR office would take in each state; guards still decide. */
const onward: { readonly [state: string]: ReadonlyArray<readonly [string, unknown, Actor.Actor]> } = {
  applied: [["screen", { outcome: "pass", criteria: [{ criterion: "education", met: true }] }, hr]],
  screened: [
    ["invite", {}, hr],
    ["shortlist", {}, deptManager]
  ],
  shortlisted: [["invite", {}, hr]],
  firstInterview: [
    ["passFirstInterview", {}, hr],
    ["evaluate", evaluation("first"), hrManager],
    ["evaluate", evaluation("first"), deptManager]
  ],
  secondInterview: [
    ["passSecondInterview", {}, hr],
    ["evaluate", evaluation("second"), deptManager]
  ],
  backgroundCheck: [
    ["passBackgroundCheck", {}, hr],
    ["recordFacts", { documentCheck: "passed", previousContract: "terminated" }, hr]
  ],
  offer: [
    ["sendOffer", {}, hr],
    ["approveHire", {}, gm],
    ["draftOffer", terms, hr]
  ],
  medical: [
    ["startOnboarding", {}, hr],
    ["recordFacts", { medical: "fit" }, hr]
  ],
  onboarding: [
    ["hire", {}, hr],
    ["checkOnboarding", allOnboarding, hr],
    ["recordDocuments", allDocuments, hr]
  ]
}

/** Takes the first onward step the guards accept, trying each in turn. */
class OnwardStep implements fc.Command<Model, Real> {
  constructor(readonly index: number) {}
  check = () => true
  run(_model: Model, real: Real) {
    const tracked = real.candidates[this.index % real.candidates.length]!
    for (const [command, input, actor] of onward[tracked.record.state] ?? []) {
      if (attempt(tracked, command, input, actor)) return
    }
  }
  toString = () => `candidate[${this.index}].onward`
}

const step = <C>(make: (index: number, choice: number, input: number, actor: number) => C, records: number) =>
  fc
    .tuple(fc.nat(records - 1), fc.nat(9999), fc.nat(99), fc.nat(99))
    .map(([index, choice, input, actor]) => make(index, choice, input, actor))

const profiles = fc.record({
  // Mostly clean profiles, so candidates get far; the rest make the rules fire.
  birth: fc.oneof(
    { arbitrary: fc.constant("19980504"), weight: 4 },
    { arbitrary: fc.constant("20090101"), weight: 1 },
    { arbitrary: fc.constant("20120101"), weight: 1 }
  ),
  blacklisted: fc.nat(4).map((n) => n === 0),
  positionType: fc.constantFrom("frontLine", "professional", "other" as const),
  medicalRequirement: fc.boolean(),
  juvenileSuitable: fc.boolean()
})

describe("recruitment model", () => {
  it("random commands by random actors never break the approval and hiring invariants", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(head, boss), { minLength: 4, maxLength: 4 }),
        fc.array(fc.constantFrom("ordinary", "important", "departmentHead" as const), {
          minLength: 4,
          maxLength: 4
        }),
        fc.array(profiles, { minLength: 2, maxLength: 2 }),
        fc.commands(
          [
            step((...a) => new RequisitionStep(...a), 4),
            // Candidates have the longer workflow: more commands, over fewer records, some of them the
            // onward step a diligent office would take (still decided by the guards).
            step((...a) => new CandidateStep(...a), 2),
            step((...a) => new CandidateStep(...a), 2),
            fc.nat(1).map((index) => new OnwardStep(index))
          ],
          { maxCommands: 400, size: "max" }
        ),
        (requesters, levels, candidateProfiles, commands) => {
          const requisitions = requesters.map((requester, i) => {
            const created = Workflow.create(Requisition.workflow, {
              id: `rq-${i}`,
              input: requisitionForm({ level: levels[i]! }),
              actor: requester,
              now
            })
            if (!Result.isSuccess(created)) throw new Error("requisition not created")
            return { record: created.success.record, history: [created.success.entry] }
          })
          const candidates = candidateProfiles.map((profile, i) => {
            const created = Workflow.create(Candidate.workflow, {
              id: `c-${i}`,
              input: candidateForm({
                residentId: profile.blacklisted ? blacklistedId : residentId(profile.birth, `${100 + i}`),
                position: position({
                  positionType: profile.positionType,
                  juvenileSuitable: profile.juvenileSuitable,
                  ...(profile.medicalRequirement ? { medicalRequirement: "健康证" } : {})
                })
              }),
              actor: hr,
              now
            })
            if (!Result.isSuccess(created)) throw new Error("candidate not created")
            return { record: created.success.record, history: [created.success.entry] }
          })
          fc.modelRun(
            () => ({
              model: { approvals: requisitions.map(() => ({ reviewed: false, approved: false })) },
              real: { requisitions, candidates }
            }),
            commands
          )
        }
      ),
      { numRuns: 60 }
    )
    // The invariants were checked on records deep in their workflows, not on drafts alone.
    expect([...reached.requisitionStates]).toEqual(
      expect.arrayContaining(["approved", "recruiting", "filled"])
    )
    expect([...reached.candidateStates]).toEqual(
      expect.arrayContaining(["offer", "onboarding", "onProbation", "disqualified"])
    )
    expect(reached.refusedUnconfirmed).toBeGreaterThan(0)
  })

  it("the random runs reach the late states, so the invariants are not checked on drafts alone", () => {
    // A guided run along the happy path, by the same machinery, reaches hire and approval.
    const created = Workflow.create(Requisition.workflow, {
      id: "rq",
      input: requisitionForm(),
      actor: head,
      now
    })
    if (!Result.isSuccess(created)) throw new Error("not created")
    const real: Real = { requisitions: [{ record: created.success.record, history: [] }], candidates: [] }
    const model: Model = { approvals: [{ reviewed: false, approved: false }] }
    // Choice 0 picks the onward command (submit, review, approve), actor 0 the first qualified actor.
    for (let i = 0; i < 3; i++) new RequisitionStep(0, 0, 0, 0).run(model, real)
    expect(real.requisitions[0]!.record.state).toBe("approved")
    expect(model.approvals[0]).toEqual({ reviewed: true, approved: true })
  })
})
