import type { Result } from "effect"
import { describe, expect, it } from "vitest"
import type * as History from "../../src/kernel/History.js"
import * as Workflow from "../../src/kernel/Workflow.js"
import { Candidate, type Probation } from "../../src/recruitment/index.js"
import {
  allDocuments,
  allOnboarding,
  approvedRequisition,
  atOffer,
  atOnboarding,
  candidateForm,
  codes,
  decide,
  deptManager,
  evaluation,
  fail,
  gm,
  hr,
  hrHead,
  hrManager,
  interviewer,
  newCandidate,
  now,
  ok,
  position,
  probationForm,
  residentId,
  steps,
  terms
} from "./fixtures.js"

const W = Candidate.workflow
const screened = (overrides: Parameters<typeof newCandidate>[0] = {}) =>
  ok(decide(W, newCandidate(overrides), "screen", { outcome: "pass", criteria: [] }, hr))

describe("registration and duplicates", () => {
  it("a registration is the person's fields plus the requisition's id and position facts", () => {
    const requisition = approvedRequisition({ positionType: "professional", medicalRequirement: "健康证" })
    const input = Candidate.createInput(requisition, {
      name: "王芳",
      mobile: "138 1234 5678",
      channel: "campus"
    })
    const record = ok(Workflow.create(W, { id: "c-9", input, actor: hr, now }))
    expect(record.data).toMatchObject({
      requisitionId: "rq-1",
      mobile: "13812345678",
      position: { positionType: "professional", medicalRequirement: "健康证" }
    })
    expect(Object.keys(Candidate.RegistrationFields.fields)).not.toContain("position")
  })

  it("the birth date comes from the resident ID, so the age rule can be checked", () => {
    expect(newCandidate().data.facts).toEqual({ residentId: residentId("19980504"), birthDate: "1998-05-04" })
  })

  it("a duplicate is found by resident ID, or else by mobile", () => {
    const first = newCandidate({}, "c-1")
    const sameMobile = newCandidate({ residentId: undefined }, "c-2")
    const stranger = newCandidate({ mobile: "13900001111", residentId: residentId("19990101") }, "c-3")
    const found = Candidate.findDuplicates({ mobile: "13812345678", residentId: residentId("19980504") }, [
      first,
      sameMobile,
      stranger
    ])
    expect(found.map((d) => [d.record.id, d.by])).toEqual([
      ["c-1", "residentId"],
      ["c-2", "mobile"]
    ])
    expect(Candidate.findDuplicates({ id: "c-1", mobile: "13812345678" }, [first])).toEqual([])
  })

  it("duplicates are merged: the primary absorbs documents and channel, the duplicate is closed as merged", () => {
    const primary = newCandidate({ residentId: undefined }, "c-1")
    const duplicate = ok(
      decide(W, newCandidate({ channel: "referral" }, "c-2"), "recordDocuments", { received: ["resume"] }, hr)
    )
    const absorbed = ok(decide(W, primary, "absorb", Candidate.absorbInput(duplicate), hr))
    expect(absorbed.data.residentId).toBe(residentId("19980504"))
    expect(absorbed.data.facts.birthDate).toBe("1998-05-04")
    expect(absorbed.data.documents.resume).toBe(true)
    expect(absorbed.data.merged).toEqual([{ id: "c-2", channel: "referral" }])
    const closed = ok(decide(W, duplicate, "markDuplicate", { into: "c-1" }, hr))
    expect(closed.state).toBe("merged")
    expect(closed.data.mergedInto).toBe("c-1")
    expect(Candidate.findDuplicates({ mobile: "13812345678" }, [closed])).toEqual([])
    expect(codes(fail(decide(W, primary, "markDuplicate", { into: "c-1" }, hr)))).toEqual([
      "recruitment.candidate.mergeSelf"
    ])
  })
})

describe("every transition is guarded by role", () => {
  it("an interviewer cannot screen, a department manager cannot send an offer, HR cannot approve a hire", () => {
    expect(
      codes(fail(decide(W, newCandidate(), "screen", { outcome: "pass", criteria: [] }, interviewer)))
    ).toEqual(["RoleNotPermitted"])
    const offer = ok(decide(W, atOffer(), "draftOffer", terms, hr))
    expect(codes(fail(decide(W, offer, "sendOffer", {}, deptManager)))).toEqual(["RoleNotPermitted"])
    expect(codes(fail(decide(W, offer, "approveHire", {}, hr)))).toEqual(["RoleNotPermitted"])
  })

  it("every command names roles, and no command is open to everyone", () => {
    for (const command of W.commands) expect(command.roles.length).toBeGreaterThan(0)
  })

  it("screening out ends the application", () => {
    const out = ok(decide(W, newCandidate(), "screen", { outcome: "fail", criteria: [] }, hr))
    expect(out.state).toBe("screenedOut")
    expect(Workflow.isTerminal(W, out.state)).toBe(true)
  })
})

describe("interview routing by position type", () => {
  it("front-line staff are interviewed by the HR manager in one round", () => {
    const first = ok(decide(W, screened(), "invite", {}, hr))
    expect(codes(fail(decide(W, first, "passFirstInterview", {}, hr)))).toEqual([
      "recruitment.interview.notEvaluated"
    ])
    // An evaluation from someone the routing does not name does not count.
    const byInterviewer = ok(decide(W, first, "evaluate", evaluation("first"), interviewer))
    expect(codes(fail(decide(W, byInterviewer, "passFirstInterview", {}, hr)))).toEqual([
      "recruitment.interview.notEvaluated"
    ])
    const evaluated = ok(decide(W, byInterviewer, "evaluate", evaluation("first"), hrManager))
    expect(ok(decide(W, evaluated, "passFirstInterview", {}, hr)).state).toBe("backgroundCheck")
  })

  it("professionals: the department manager shortlists first, then HR invites, then the department manager interviews", () => {
    const professional = screened({ position: position({ positionType: "professional" }) })
    expect(codes(fail(decide(W, professional, "invite", {}, hr)))).toEqual([
      "recruitment.interview.shortlistFirst"
    ])
    const shortlisted = ok(decide(W, professional, "shortlist", {}, deptManager))
    expect(shortlisted.data.shortlistedBy).toBe("u-dm")
    const first = ok(decide(W, shortlisted, "invite", {}, hr))
    const byHr = ok(decide(W, first, "evaluate", evaluation("first"), hrManager))
    expect(codes(fail(decide(W, byHr, "passFirstInterview", {}, hr)))).toEqual([
      "recruitment.interview.notEvaluated"
    ])
    const byDm = ok(decide(W, byHr, "evaluate", evaluation("first"), deptManager))
    expect(ok(decide(W, byDm, "passFirstInterview", {}, hr)).state).toBe("secondInterview")
  })

  it("other positions: first interview by the HR manager, second by the department manager", () => {
    const other = screened({ position: position({ positionType: "other" }) })
    expect(codes(fail(decide(W, other, "shortlist", {}, deptManager)))).toEqual([
      "recruitment.interview.noShortlist"
    ])
    const second = steps(W, other, [
      ["invite", {}, hr],
      ["evaluate", evaluation("first"), hrManager],
      ["passFirstInterview", {}, hr]
    ])
    expect(second.state).toBe("secondInterview")
    const byHr = ok(decide(W, second, "evaluate", evaluation("second"), hrManager))
    expect(codes(fail(decide(W, byHr, "passSecondInterview", {}, hr)))).toEqual([
      "recruitment.interview.notEvaluated"
    ])
    const byDm = ok(decide(W, byHr, "evaluate", evaluation("second"), deptManager))
    expect(ok(decide(W, byDm, "passSecondInterview", {}, hr)).state).toBe("backgroundCheck")
  })

  it("each interviewer scores once per round, and for the current round", () => {
    const first = steps(W, screened(), [
      ["invite", {}, hr],
      ["evaluate", evaluation("first"), hrManager]
    ])
    expect(first.data.evaluations.map((e) => [e.interviewerId, e.round, e.scores.length])).toEqual([
      ["u-hrm", "first", 2]
    ])
    expect(codes(fail(decide(W, first, "evaluate", evaluation("first"), hrManager)))).toEqual([
      "recruitment.interview.alreadyEvaluated"
    ])
    expect(codes(fail(decide(W, first, "evaluate", evaluation("second"), interviewer)))).toEqual([
      "recruitment.interview.wrongRound"
    ])
    expect(
      codes(
        fail(
          decide(
            W,
            first,
            "evaluate",
            { ...evaluation("first"), scores: [{ criterion: "communication", score: 6 }] },
            interviewer
          )
        )
      )
    ).toEqual(["InvalidInput"])
  })
})

describe("a rule never rejects on its own", () => {
  it("a firing rule leaves the candidate where it is; the step towards hiring is refused as unconfirmed", () => {
    const interviewed = steps(W, newCandidate(), [
      ["screen", { outcome: "pass", criteria: [] }, hr],
      ["invite", {}, hr],
      ["evaluate", evaluation("first"), hrManager],
      ["passFirstInterview", {}, hr]
    ])
    const checked = ok(decide(W, interviewed, "recordFacts", { documentCheck: "failed" }, hr))
    expect(checked.state).toBe("backgroundCheck")
    expect(codes(fail(decide(W, checked, "passBackgroundCheck", {}, hr)))).toEqual([
      "recruitment.disqualification.unconfirmed",
      "recruitment.disqualification.fraud"
    ])
  })

  it("disqualification needs a person's confirmation with the codes that fired, kept in the history", () => {
    const checked = steps(W, newCandidate(), [["recordFacts", { documentCheck: "failed" }, hr]])
    expect(
      codes(
        fail(
          decide(
            W,
            checked,
            "disqualify",
            { codes: ["recruitment.disqualification.minor"], note: "x" },
            hrManager
          )
        )
      )
    ).toEqual(["recruitment.disqualification.notFound"])
    expect(
      codes(
        fail(
          decide(
            W,
            checked,
            "disqualify",
            { codes: ["recruitment.disqualification.fraud"], note: "学历证书伪造" },
            hr
          )
        )
      )
    ).toEqual(["RoleNotPermitted"])
    const decision = Workflow.decide(
      W,
      checked,
      "disqualify",
      { codes: ["recruitment.disqualification.fraud"], note: "学历证书伪造" },
      hrManager,
      now
    )
    if (decision._tag !== "Success") throw new Error("refused")
    expect(decision.success.record.state).toBe("disqualified")
    expect(decision.success.record.data.disqualification).toEqual({
      codes: ["recruitment.disqualification.fraud"],
      note: "学历证书伪造",
      by: "u-hrm",
      at: now.toISOString()
    })
    expect(decision.success.entry).toMatchObject({
      command: "disqualify",
      actor: hrManager,
      to: "disqualified"
    })
    expect(decision.success.entry.note).toContain("recruitment.disqualification.fraud")
  })

  it("the blacklist is read from the context", () => {
    const blacklist = { blacklist: [residentId("19980504")] }
    const record = atOffer({}, {})
    expect(Candidate.unconfirmed(record.data, blacklist).map((v) => v.code)).toEqual([
      "recruitment.disqualification.blacklisted"
    ])
    const drafted = ok(decide(W, record, "draftOffer", terms, hr, now, blacklist))
    expect(codes(fail(decide(W, drafted, "approveHire", {}, gm, now, blacklist)))).toContain(
      "recruitment.disqualification.unconfirmed"
    )
  })

  it("a finding that is not a legal requirement can be cleared with a reason; a legal requirement cannot", () => {
    const blacklist = { blacklist: [residentId("19980504")] }
    const record = steps(W, newCandidate(), [["recordFacts", { previousContract: "running" }, hr]], blacklist)
    const cleared = ok(
      decide(
        W,
        record,
        "waive",
        { code: "recruitment.disqualification.blacklisted", reason: "同号不同人，已核实" },
        hrHead,
        now,
        blacklist
      )
    )
    expect(cleared.data.waivers.map((w) => [w.code, w.by])).toEqual([
      ["recruitment.disqualification.blacklisted", "u-hrh"]
    ])
    expect(
      codes(
        fail(
          decide(
            W,
            cleared,
            "waive",
            { code: "recruitment.disqualification.contractRunning", reason: "x" },
            hrHead,
            now,
            blacklist
          )
        )
      )
    ).toEqual(["recruitment.disqualification.cannotWaive"])
    // The running contract clears only with proof of termination.
    const proof = ok(
      decide(W, cleared, "recordFacts", { previousContract: "terminated" }, hr, now, blacklist)
    )
    expect(Candidate.unconfirmed(proof.data, blacklist)).toEqual([])
  })

  it("a criminal record may only be recorded for a position that declares a lawful need", () => {
    expect(codes(fail(decide(W, newCandidate(), "recordFacts", { criminalRecord: "none" }, hr)))).toEqual([
      "recruitment.facts.criminalRecordNotDeclared"
    ])
    const declared = newCandidate({
      position: position({ criminalRecordBasis: "《保安服务管理条例》第八条" })
    })
    expect(
      ok(decide(W, declared, "recordFacts", { criminalRecord: "none" }, hr)).data.facts.criminalRecord
    ).toBe("none")
  })
})

describe("offer, medical and onboarding", () => {
  it("the hire is approved by someone other than who drafted the offer", () => {
    const drafter = { ...gm, id: "u-gm2", roles: ["hr", "generalManager"] }
    const drafted = ok(decide(W, atOffer(), "draftOffer", terms, drafter))
    expect(codes(fail(decide(W, drafted, "approveHire", {}, drafter)))).toEqual([
      "recruitment.approval.ownRequest"
    ])
    expect(codes(fail(decide(W, drafted, "sendOffer", {}, hr)))).toEqual(["recruitment.offer.notApproved"])
    expect(ok(decide(W, drafted, "approveHire", {}, gm)).data.hireApprovedBy).toBe("u-gm")
  })

  it("an offer's probation must fit the contract term (Labour Contract Law art. 19)", () => {
    expect(
      codes(
        fail(
          decide(
            W,
            atOffer(),
            "draftOffer",
            { ...terms, contractTerm: { kind: "fixed", months: 12 }, probationMonths: 3 },
            hr
          )
        )
      )
    ).toEqual(["recruitment.probation.tooLong"])
  })

  it("new terms need a new approval", () => {
    const approved = steps(W, atOffer(), [
      ["draftOffer", terms, hr],
      ["approveHire", {}, gm],
      ["draftOffer", { ...terms, probationMonths: 2 }, hr]
    ])
    expect(approved.data.hireApprovedBy).toBeUndefined()
  })

  it("the medical result is fit / unfit for this position only, and is needed before onboarding", () => {
    const medical = steps(W, atOffer(), [
      ["draftOffer", terms, hr],
      ["approveHire", {}, gm],
      ["sendOffer", {}, hr]
    ])
    expect(codes(fail(decide(W, medical, "startOnboarding", {}, hr)))).toEqual([
      "recruitment.offer.medicalMissing"
    ])
    expect(codes(fail(decide(W, medical, "recordFacts", { medical: "乙肝" }, hr)))).toEqual(["InvalidInput"])
    const fit = ok(decide(W, medical, "recordFacts", { medical: "fit", diagnosis: "无" }, hr))
    expect(fit.data.facts).not.toHaveProperty("diagnosis")
    expect(ok(decide(W, fit, "startOnboarding", {}, hr)).state).toBe("onboarding")
  })

  it("unfit for a position with a declared requirement must be confirmed or the hire cannot go on", () => {
    const requirement = { position: position({ medicalRequirement: "食品从业人员健康证明" }) }
    const medical = steps(W, atOffer(requirement), [
      ["draftOffer", terms, hr],
      ["approveHire", {}, gm],
      ["sendOffer", {}, hr],
      ["recordFacts", { medical: "unfit" }, hr]
    ])
    expect(codes(fail(decide(W, medical, "startOnboarding", {}, hr)))).toEqual([
      "recruitment.disqualification.unconfirmed",
      "recruitment.disqualification.medical"
    ])
  })

  it("hiring needs every document (ID, diploma, medical certificate, registration form, résumé) and the onboarding checklist", () => {
    const onboarding = atOnboarding()
    const missing = steps(W, onboarding, [
      ["recordDocuments", { received: ["residentId", "resume"] }, hr],
      ["checkOnboarding", { done: ["paperwork"] }, hr]
    ])
    const refused = fail(decide(W, missing, "hire", {}, hr))
    expect(codes(refused)).toEqual([
      "recruitment.offer.documentMissing",
      "recruitment.offer.documentMissing",
      "recruitment.offer.documentMissing",
      "recruitment.offer.onboardingIncomplete",
      "recruitment.offer.onboardingIncomplete",
      "recruitment.offer.onboardingIncomplete"
    ])
    const complete = steps(W, missing, [
      ["recordDocuments", allDocuments, hr],
      ["checkOnboarding", allOnboarding, hr]
    ])
    const hired = ok(decide(W, complete, "hire", {}, hr))
    expect(hired.state).toBe("onProbation")
    expect(hired.data.milestones.hiredAt).toBe(now.toISOString())
  })

  it("no hire with an unconfirmed disqualification, even at the last step", () => {
    const blacklist = { blacklist: [residentId("19980504")] }
    expect(codes(fail(decide(W, atOnboarding(), "hire", {}, hr, now, blacklist)))).toEqual([
      "recruitment.disqualification.unconfirmed",
      "recruitment.disqualification.blacklisted"
    ])
  })
})

describe("probation on the candidate", () => {
  const onProbation = () => ok(decide(W, atOnboarding(), "hire", {}, hr))
  const probation = (state: string): Probation.Record => ({
    id: "c-1",
    version: 9,
    state,
    data: {
      ...probationForm(),
      endDate: "2026-07-31",
      endsAt: "2026-07-31T15:59:59.999Z",
      goals: [],
      coachingNotes: []
    },
    createdAt: now.toISOString(),
    updatedAt: now.toISOString()
  })

  it("confirmation needs the candidate's probation confirmed", () => {
    const record = onProbation()
    expect(codes(fail(decide(W, record, "confirm", {}, hr)))).toEqual([
      "recruitment.candidate.probationNotConfirmed"
    ])
    expect(
      codes(fail(decide(W, record, "confirm", {}, hr, now, { probation: probation("approved") })))
    ).toEqual(["recruitment.candidate.probationNotConfirmed"])
    expect(ok(decide(W, record, "confirm", {}, hr, now, { probation: probation("confirmed") })).state).toBe(
      "confirmed"
    )
  })

  it("probation failed needs the candidate's probation ended", () => {
    const record = onProbation()
    expect(
      codes(fail(decide(W, record, "failProbation", {}, hr, now, { probation: probation("confirmed") })))
    ).toEqual(["recruitment.candidate.probationNotEnded"])
    expect(ok(decide(W, record, "failProbation", {}, hr, now, { probation: probation("ended") })).state).toBe(
      "probationFailed"
    )
  })

  it("a candidate on probation can no longer be disqualified, but can withdraw", () => {
    const record = onProbation()
    expect(codes(fail(decide(W, record, "disqualify", { codes: ["x"], note: "x" }, hrManager)))).toEqual([
      "NotAllowedInState"
    ])
    expect(ok(decide(W, record, "withdraw", { reason: "个人原因离职" }, hr)).state).toBe("withdrawn")
  })
})

describe("milestones for the evaluation", () => {
  it("are stamped as the candidate reaches screening, interview, offer and hire", () => {
    const hired = ok(decide(W, atOnboarding(), "hire", {}, hr))
    expect(Object.keys(hired.data.milestones).sort()).toEqual([
      "hiredAt",
      "interviewedAt",
      "offeredAt",
      "screenedAt"
    ])
  })

  it("replaying the history rebuilds the same record", () => {
    const created = Workflow.create(W, { id: "c-1", input: candidateForm(), actor: hr, now })
    if (created._tag !== "Success") throw new Error("refused")
    const entries: Array<History.Entry> = [created.success.entry]
    let record: Candidate.Record = created.success.record
    for (const [command, input, actor] of [
      ["screen", { outcome: "pass", criteria: [{ criterion: "education", met: true }] }, hr],
      ["invite", {}, hr],
      ["evaluate", evaluation("first"), hrManager]
    ] as const) {
      const decided: Result.Result<
        Workflow.Decision<Candidate.Data>,
        Workflow.WorkflowError
      > = Workflow.decide(W, record, command, input, actor, now)
      if (decided._tag !== "Success") throw new Error("refused")
      entries.push(decided.success.entry)
      record = decided.success.record
    }
    const replayed = Workflow.replay(W, entries)
    expect(replayed._tag === "Success" && replayed.success).toEqual(record)
  })
})

describe("the workflows are data", () => {
  it("draw as diagrams, with every state a computed transition may reach", async () => {
    const Diagram = await import("../../src/kernel/Diagram.js")
    const chart = Diagram.mermaid(W, "en")
    expect(chart).toContain("first interview")
    expect(chart).toContain("not selected")
  })
})
