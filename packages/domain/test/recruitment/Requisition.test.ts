import { describe, expect, it } from "vitest"
import * as Messages from "../../src/kernel/Messages.js"
import * as Workflow from "../../src/kernel/Workflow.js"
import { Requisition } from "../../src/recruitment/index.js"
import {
  codes,
  decide,
  fail,
  gm,
  head,
  hr,
  hrHead,
  newRequisition,
  now,
  ok,
  otherHead,
  requisitionForm,
  steps,
  unitHead
} from "./fixtures.js"

describe("lead time (一般岗位提前1个月、重要岗位提前2个月)", () => {
  it("an ordinary position raised at least 1 month ahead is on time", () => {
    expect(Requisition.leadTime({ level: "ordinary", wantedStart: "2026-04-02" }, "2026-03-02")).toEqual({
      late: false,
      onTimeBy: "2026-03-02",
      months: 1
    })
  })

  it("an ordinary position raised less than 1 month ahead is late", () => {
    expect(Requisition.leadTime({ level: "ordinary", wantedStart: "2026-04-01" }, "2026-03-02").late).toBe(
      true
    )
  })

  it("an important position needs 2 months; department-head positions count as important", () => {
    expect(Requisition.leadTime({ level: "important", wantedStart: "2026-05-02" }, "2026-03-02").late).toBe(
      false
    )
    expect(Requisition.leadTime({ level: "important", wantedStart: "2026-04-15" }, "2026-03-02").late).toBe(
      true
    )
    expect(
      Requisition.leadTime({ level: "departmentHead", wantedStart: "2026-04-15" }, "2026-03-02").late
    ).toBe(true)
  })

  it("a late requisition is accepted and flagged late, with a warning in both languages", () => {
    const record = newRequisition({ level: "important", wantedStart: "2026-04-10" })
    expect(record.state).toBe("draft")
    expect(record.data.late).toBe(true)
    expect(record.data.onTimeBy).toBe("2026-02-10")
    const warning = Requisition.leadTimeWarning(record.data, "2026-03-02")!
    expect(Messages.render(warning, "en")).toContain("2 month(s)")
    expect(Messages.render(warning, "zh-CN")).toContain("2026-02-10")
    const submitted = ok(decide(Requisition.workflow, record, "submit", {}, head))
    expect(submitted.state).toBe("submitted")
    expect(submitted.data.late).toBe(true)
  })

  it("lead times are configuration", () => {
    const strict = Requisition.make({ leadTimeMonths: { ordinary: 3, important: 3, departmentHead: 3 } })
    const record = ok(
      Workflow.create(strict, {
        id: "rq-9",
        input: requisitionForm({ wantedStart: "2026-05-01" }),
        actor: head,
        now
      })
    )
    expect(record.data.late).toBe(true)
  })
})

describe("requisition approvals", () => {
  it("goes draft → submitted (signed by the department head) → hrReviewed → approved (GM) → recruiting → filled", () => {
    const record = steps(Requisition.workflow, newRequisition(), [
      ["submit", {}, head],
      ["review", {}, hrHead],
      ["approve", {}, gm],
      ["startRecruiting", {}, hr],
      ["fill", {}, hr]
    ])
    expect(record.state).toBe("filled")
    expect(record.data).toMatchObject({ signedBy: "u-head", reviewedBy: "u-hrh", approvedBy: "u-gm" })
    expect(record.data.approvedAt).toBe(now.toISOString())
  })

  it("only a department head drafts and signs a requisition", () => {
    expect(
      codes(
        fail(Workflow.create(Requisition.workflow, { id: "x", input: requisitionForm(), actor: hr, now }))
      )
    ).toEqual(["RoleNotPermitted"])
    const draft = newRequisition()
    expect(codes(fail(decide(Requisition.workflow, draft, "submit", {}, hr)))).toEqual(["RoleNotPermitted"])
  })

  it("no approval without the review before it: approve from submitted is refused", () => {
    const submitted = ok(decide(Requisition.workflow, newRequisition(), "submit", {}, head))
    expect(codes(fail(decide(Requisition.workflow, submitted, "approve", {}, gm)))).toEqual([
      "NotAllowedInState"
    ])
  })

  it("nobody approves their own request: the requester may not review or approve it", () => {
    const hrHeadWhoIsAlsoHead = {
      ...hrHead,
      id: "u-hrh2",
      roles: ["hrHead", "departmentHead", "generalManager"]
    }
    const own = ok(
      Workflow.create(Requisition.workflow, {
        id: "rq-2",
        input: requisitionForm(),
        actor: hrHeadWhoIsAlsoHead,
        now
      })
    )
    const submitted = ok(decide(Requisition.workflow, own, "submit", {}, otherHead))
    expect(codes(fail(decide(Requisition.workflow, submitted, "review", {}, hrHeadWhoIsAlsoHead)))).toEqual([
      "recruitment.approval.ownRequest"
    ])
    const reviewed = ok(decide(Requisition.workflow, submitted, "review", {}, hrHead))
    expect(codes(fail(decide(Requisition.workflow, reviewed, "approve", {}, hrHeadWhoIsAlsoHead)))).toEqual([
      "recruitment.approval.ownRequest"
    ])
  })

  it("nobody approves a request they signed", () => {
    const signerGm = { ...gm, roles: ["departmentHead", "generalManager"] }
    const record = steps(Requisition.workflow, newRequisition(), [
      ["submit", {}, signerGm],
      ["review", {}, hrHead]
    ])
    expect(codes(fail(decide(Requisition.workflow, record, "approve", {}, signerGm)))).toEqual([
      "recruitment.approval.ownRequest"
    ])
  })

  it("department-head-and-above positions are reviewed by the unit head, not the HR head", () => {
    const submitted = ok(
      decide(Requisition.workflow, newRequisition({ level: "departmentHead" }), "submit", {}, head)
    )
    expect(codes(fail(decide(Requisition.workflow, submitted, "review", {}, hrHead)))).toEqual([
      "recruitment.approval.wrongRole"
    ])
    expect(ok(decide(Requisition.workflow, submitted, "review", {}, unitHead)).state).toBe("hrReviewed")
  })

  it("ordinary positions are reviewed by the HR head, not the unit head", () => {
    const submitted = ok(decide(Requisition.workflow, newRequisition(), "submit", {}, head))
    expect(codes(fail(decide(Requisition.workflow, submitted, "review", {}, unitHead)))).toEqual([
      "recruitment.approval.wrongRole"
    ])
  })

  it("the approval chain is configuration: a group can have group HR approve", () => {
    const group = Requisition.make({
      approvalChain: { ...Requisition.defaultApprovalChain, approve: ["groupHr"] }
    })
    const groupHr = { id: "u-g", name: "集团人力", roles: ["groupHr"] }
    const draft = ok(Workflow.create(group, { id: "rq-3", input: requisitionForm(), actor: head, now }))
    const reviewed = steps(group, draft, [
      ["submit", {}, head],
      ["review", {}, hrHead]
    ])
    expect(codes(fail(decide(group, reviewed, "approve", {}, gm)))).toEqual(["RoleNotPermitted"])
    expect(ok(decide(group, reviewed, "approve", {}, groupHr)).state).toBe("approved")
  })

  it("HR closes a reviewed requisition by internal transfer, which ends it", () => {
    const reviewed = steps(Requisition.workflow, newRequisition(), [
      ["submit", {}, head],
      ["review", {}, hrHead]
    ])
    const closed = ok(
      decide(Requisition.workflow, reviewed, "closeByTransfer", { reason: "由二部调入一人" }, hr)
    )
    expect(closed.state).toBe("internalTransfer")
    expect(Workflow.isTerminal(Requisition.workflow, closed.state)).toBe(true)
    expect(Workflow.availableCommands(Requisition.workflow, closed, gm)).toEqual([])
  })

  it("a reviewer sends a requisition back to draft, and it needs signing again", () => {
    const submitted = ok(decide(Requisition.workflow, newRequisition(), "submit", {}, head))
    const back = ok(
      decide(Requisition.workflow, submitted, "sendBack", { reason: "任职资格未引用职位说明书" }, hrHead)
    )
    expect(back.state).toBe("draft")
    expect(back.data.signedBy).toBeUndefined()
  })

  it("qualifications must reference a job description: the form refuses an empty one", () => {
    expect(
      codes(
        fail(
          Workflow.create(Requisition.workflow, {
            id: "x",
            input: requisitionForm({ jobDescription: " " }),
            actor: head,
            now
          })
        )
      )
    ).toEqual(["InvalidInput"])
  })

  it("positionOf carries the position's declarations to candidates", () => {
    const record = newRequisition({
      positionType: "professional",
      criminalRecordBasis: "《会计法》",
      juvenileSuitable: true
    })
    expect(Requisition.positionOf(record.data)).toEqual({
      title: "客服专员",
      positionType: "professional",
      level: "ordinary",
      juvenileSuitable: true,
      criminalRecordBasis: "《会计法》",
      wantedStart: "2026-05-01"
    })
  })
})
