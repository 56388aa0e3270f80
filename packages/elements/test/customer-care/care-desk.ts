/** A memory desk with the customer-care collections and a clock the test sets. */
import { Actor, type Workflow } from "@frontdesk/domain"
import { Callback, collections, Roles } from "@frontdesk/domain/customer-care"
import { Desk, Store } from "@frontdesk/storage"

export const supervisor = Actor.make("u-9", "李强", [Roles.supervisor])
export const wang = Actor.make("u-1", "王芳", [Roles.specialist])
export const zhao = Actor.make("u-3", "赵敏", [Roles.specialist])

export const careDesk = (start: string) => {
  let now = Date.parse(start)
  const desk = Desk.memory(Store.define({ version: 1, collections: [...collections] }), {
    clock: () => new Date(now)
  })
  return {
    desk,
    /** Sets the desk's clock. */
    at: (iso: string) => {
      now = Date.parse(iso)
    },
    now: () => new Date(now)
  }
}

/** Creates a callback for `assignee` at the desk's current time. */
export const callback = (
  desk: Desk.Desk,
  id: string,
  fields: {
    readonly assignee: string
    readonly customerName: string
    readonly phone?: string
  } & Partial<Callback.NewCallbackType>
): Promise<Workflow.Record<Callback.Callback>> =>
  desk.create<Callback.Callback>(
    Callback.workflow,
    id,
    {
      customerId: `c-${id}`,
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
