/**
 * A memory desk with the recruitment collections and a clock the test sets, the people of the
 * requisition and plan procedures, and helpers that walk a requisition through its approvals.
 */
import { Actor, Field } from "@frontdesk/domain"
import { collections, type Plan, Requisition, Roles } from "@frontdesk/domain/recruitment"
import { Desk, Store } from "@frontdesk/storage"

export const head = Actor.make("u-1", "张伟", [Roles.roles.departmentHead])
export const hr = Actor.make("u-2", "李娜", [Roles.roles.hr])
export const hrHead = Actor.make("u-3", "王芳", [Roles.roles.hrHead])
export const unitHead = Actor.make("u-4", "陈静", [Roles.roles.unitHead])
export const gm = Actor.make("u-5", "赵强", [Roles.roles.generalManager])
/** A general manager who also heads a department, and so raises requisitions of their own. */
export const gmHead = Actor.make("u-6", "孙丽", [Roles.roles.departmentHead, Roles.roles.generalManager])

export interface RequisitionsDesk {
  readonly desk: Desk.Desk
  /** Sets the desk's clock. */
  readonly at: (iso: string) => void
}

export const requisitionsDesk = (start: string): RequisitionsDesk => {
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

export const form = (fields: Partial<Requisition.Form> = {}): Requisition.Form => ({
  reason: "moreWork",
  department: "客服部",
  position: "客服专员",
  positionType: "frontLine",
  level: "ordinary",
  headcount: 2,
  jobDescription: "JD-CS-01",
  qualifications: "大专及以上",
  duties: "接听来电",
  wantedStart: "2026-05-15",
  ...fields
})

/** Raises, signs and (as far as asked) reviews and approves a requisition. */
export const requisition = async (
  desk: Desk.Desk,
  id: string,
  options: {
    readonly by?: Actor.Actor
    readonly fields?: Partial<Requisition.Form>
    readonly until?: "draft" | "submitted" | "hrReviewed" | "approved" | "recruiting"
  } = {}
): Promise<Requisition.Record> => {
  const by = options.by ?? head
  const until = options.until ?? "approved"
  const steps: ReadonlyArray<readonly [string, string, Actor.Actor]> = [
    ["submitted", "submit", by],
    ["hrReviewed", "review", options.fields?.level === "departmentHead" ? unitHead : hrHead],
    ["approved", "approve", by.id === gm.id ? gmHead : gm],
    ["recruiting", "startRecruiting", hr]
  ]
  let record = await desk.create<Requisition.Data>(Requisition.workflow, id, form(options.fields), by)
  for (const [state, command, actor] of steps) {
    if (record.state === until) break
    record = await desk.run<Requisition.Data>(Requisition.workflow, id, command, {}, actor)
    if (state === until) break
  }
  return record
}

/** A plan form for a requisition, in encoded form (money as fen). */
export const planInput = (requisitionId: string, fields: Partial<typeof Plan.PlanForm.Encoded> = {}) => ({
  requisitionId,
  headcount: 2,
  criteria: "大专及以上，普通话标准",
  targetGroup: "应届毕业生",
  channels: ["internalPosting", "ordinaryJobFair"],
  wantedStart: "2026-05-15",
  preparationDays: 30,
  budget: [
    { channel: "ordinaryJobFair", amount: Field.money(300_000) },
    { channel: "internalPosting", amount: Field.money(0) }
  ],
  annualBudget: Field.money(5_000_000),
  ...fields
})
