/**
 * How the demo's customer-service department is set up: the people the role switcher offers, the
 * specialists' capacities and skills that balanced assignment weighs, the departments complaints
 * go to, and the callback policy — three *working* days on the mainland China calendar, so a
 * callback recorded just before National Day is due after it.
 */
import { Actor, Calendar, Deadline } from "@frontdesk/domain"
import {
  type Assignment,
  Callback,
  Complaint,
  Customer,
  QaSample,
  Roles
} from "@frontdesk/domain/customer-care"
import type { Person } from "../../section.js"
import { text } from "./text.js"

/** The procedure says three days; this department counts them on working days. */
export const callbackWithin = Deadline.workingDays(3)

/** This department's callback policy: the procedure's numbers, but counted on working days. */
export const callbackPolicy: Partial<Callback.Policy> = { within: callbackWithin }

/** The calendar deadlines count on; the desk's default is the same one. */
export const calendar = Calendar.cnMainland()

/** The family's workflows, the callback one under this department's policy. */
export const workflows: {
  readonly customer: typeof Customer.workflow
  readonly callback: typeof Callback.workflow
  readonly complaint: typeof Complaint.workflow
  readonly qaSample: typeof QaSample.workflow
} = {
  customer: Customer.workflow,
  callback: Callback.make(callbackPolicy),
  complaint: Complaint.workflow,
  qaSample: QaSample.workflow
}

export const supervisor = Actor.make("u-cc-zhao", "赵敏", [Roles.supervisor])
export const chen = Actor.make("u-cc-chen", "陈静", [Roles.specialist])
export const liu = Actor.make("u-cc-liu", "刘洋", [Roles.specialist])
export const sun = Actor.make("u-cc-sun", "孙丽", [Roles.specialist])
export const qa = Actor.make("u-cc-zhou", "周杰", [Roles.qa])
export const acceptance = Actor.make("u-cc-wu", "吴倩", [Roles.acceptance])
export const department = Actor.make("u-cc-zheng", "郑伟", [Roles.department])

/** Customer categories (资料分类) and who keeps each (专人管理). */
export const categories = [
  { name: "家电维修", custodian: chen.id },
  { name: "会员服务", custodian: sun.id },
  { name: "汽车养护", custodian: liu.id }
] as const

/** The specialists as balanced assignment sees them: ability as a capacity factor, and skills. */
export const specialists: ReadonlyArray<Assignment.Specialist> = [
  { id: chen.id, name: chen.name, capacity: 2, skills: ["家电维修", "会员服务"] },
  { id: liu.id, name: liu.name, capacity: 1, skills: ["家电维修", "汽车养护"] },
  { id: sun.id, name: sun.name, capacity: 1.5, skills: ["会员服务", "汽车养护"] }
]

/** Names by id, for reports and charts. */
export const names: { readonly [id: string]: string } = Object.fromEntries(
  [supervisor, chen, liu, sun, qa, acceptance, department].map((a) => [a.id, a.name])
)

/** Departments a complaint can be routed to (责任部门). */
export const departments = ["售后服务部", "安装部", "会员中心"] as const

export const people: ReadonlyArray<Person> = [
  { actor: supervisor, title: text.supervisor },
  { actor: chen, title: text.chen },
  { actor: liu, title: text.liu },
  { actor: sun, title: text.sun },
  { actor: qa, title: text.qa },
  { actor: acceptance, title: text.acceptance },
  { actor: department, title: text.department }
]
