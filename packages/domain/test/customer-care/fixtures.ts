/** Actors, times and helpers shared by the customer-care tests. */
import { Result } from "effect"
import { Callback, Roles } from "../../src/customer-care/index.js"
import * as Actor from "../../src/kernel/Actor.js"
import * as Workflow from "../../src/kernel/Workflow.js"

export const supervisor = Actor.make("s-1", "李强", [Roles.supervisor])
export const wang = Actor.make("u-1", "王芳", [Roles.specialist])
export const zhao = Actor.make("u-2", "赵敏", [Roles.specialist])
export const acceptance = Actor.make("a-1", "孙丽", [Roles.acceptance])
export const department = Actor.make("d-1", "售后服务部", [Roles.department])
export const qa = Actor.make("q-1", "周杰", [Roles.qa])

/** A Shanghai local time as a Date (UTC+8, no daylight saving). */
export const local = (text: string): Date => new Date(`${text}+08:00`)

export const ok = <A, E>(result: Result.Result<A, E>): A => {
  if (Result.isFailure(result)) throw result.failure
  return result.success
}

export const fail = <A, E>(result: Result.Result<A, E>): E => {
  if (Result.isSuccess(result)) throw new Error("expected a refusal")
  return result.failure
}

export const service: Callback.Service = {
  customerId: "c-1",
  customerName: "张伟",
  phone: "13800138000",
  membership: "member",
  assignee: "u-1",
  serviceName: "空调清洗",
  serviceDate: "2026-03-02"
}

/** A callback created when the service was recorded, Monday 2 March 2026 14:00 in Shanghai. */
export const newCallback = (
  workflow: Workflow.Workflow<any, Callback.Callback, any> = Callback.workflow,
  overrides: Partial<Callback.Service> = {},
  at: Date = local("2026-03-02T14:00"),
  id = "cb-1"
): Workflow.Record<Callback.Callback> =>
  ok(
    Workflow.create(workflow, {
      id,
      input: Callback.fromService({ ...service, ...overrides }),
      actor: supervisor,
      now: at
    })
  ).record

export const completeInput = {
  method: "phone",
  outcome: "surveyed",
  satisfaction: "satisfied",
  suggestions: "希望延长营业时间",
  notes: "客户对清洗效果满意"
} as const
