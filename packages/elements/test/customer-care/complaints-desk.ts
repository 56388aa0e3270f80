/**
 * A memory desk with the customer-care collections and a clock the test sets, plus the people
 * and records the complaint, quality-sample and report suites share.
 */
import { Actor, type Workflow } from "@frontdesk/domain"
import { Callback, Complaint, collections, Roles } from "@frontdesk/domain/customer-care"
import { Desk, Store } from "@frontdesk/storage"

export const acceptance = Actor.make("u-5", "赵敏", [Roles.acceptance])
export const supervisor = Actor.make("u-9", "李强", [Roles.supervisor])
export const department = Actor.make("u-7", "周杰", [Roles.department])
export const wang = Actor.make("u-1", "王芳", [Roles.specialist])
export const chen = Actor.make("u-2", "陈静", [Roles.specialist])
export const qa = Actor.make("u-8", "孙丽", [Roles.qa])

export interface ComplaintsDesk {
  readonly desk: Desk.Desk
  /** Sets the desk's clock. */
  readonly at: (iso: string) => void
  readonly now: () => Date
}

export const complaintsDesk = (start: string): ComplaintsDesk => {
  let now = Date.parse(start)
  const desk = Desk.memory(Store.define({ version: 1, collections: [...collections] }), {
    clock: () => new Date(now)
  })
  return {
    desk,
    at: (iso: string) => {
      now = Date.parse(iso)
    },
    now: () => new Date(now)
  }
}

/** Records a complaint as the acceptance group would. */
export const complaint = (
  desk: Desk.Desk,
  id: string,
  fields: Partial<typeof Complaint.NewComplaint.Encoded> = {}
): Promise<Workflow.Record<Complaint.Complaint>> =>
  desk.create<Complaint.Complaint>(
    Complaint.workflow,
    id,
    { customerName: "张伟", phone: "13800138000", kind: "complaint", summary: "维修后仍漏水", ...fields },
    acceptance
  )

/** Creates a callback for `assignee` at the desk's current time. */
export const callback = (
  desk: Desk.Desk,
  id: string,
  fields: { readonly assignee: string } & Partial<Callback.NewCallbackType>
): Promise<Workflow.Record<Callback.Callback>> =>
  desk.create<Callback.Callback>(
    Callback.workflow,
    id,
    {
      customerId: `c-${id}`,
      customerName: "张伟",
      membership: "member",
      kind: "afterSale",
      method: "phone",
      phone: "13800138000",
      serviceName: "空调清洗",
      serviceDate: "2026-03-02",
      ...fields
    },
    supervisor
  )

/** Completes a callback at `at` (a local time inside the contact windows) as `by`. */
export const complete = (
  desk: Desk.Desk,
  id: string,
  by: Actor.Actor,
  record: {
    readonly at: string
    readonly satisfaction?: "satisfied" | "average" | "unsatisfied"
    readonly method?: "phone" | "email" | "sms"
  }
): Promise<Workflow.Record<Callback.Callback>> => {
  const satisfaction = record.satisfaction ?? "satisfied"
  return desk.run<Callback.Callback>(
    Callback.workflow,
    id,
    "complete",
    {
      method: record.method ?? "phone",
      at: record.at,
      outcome: "surveyed",
      satisfaction,
      notes: "客户反馈良好",
      ...(satisfaction === "satisfied" ? { suggestions: "无" } : { improvements: "上门时间更准时" })
    },
    by
  )
}
