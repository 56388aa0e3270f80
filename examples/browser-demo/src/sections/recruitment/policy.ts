/**
 * How the demo's company recruits: the people the role switcher offers (one role each, so the
 * rule that nobody approves their own request shows up as a refusal rather than a missing
 * button), the family's workflows with the seed's configuration, and the company name the
 * thank-you letters carry.
 */
import { Actor } from "@frontdesk/domain"
import { Candidate, Plan, Probation, Requisition, Roles } from "@frontdesk/domain/recruitment"
import type { Person } from "../../section.js"
import { text } from "./text.js"

/** The family's workflows, as the seed configures them (approval chain, routing, art. 19). */
export const workflows: {
  readonly requisition: typeof Requisition.workflow
  readonly plan: typeof Plan.workflow
  readonly candidate: typeof Candidate.workflow
  readonly probation: typeof Probation.workflow
} = {
  requisition: Requisition.workflow,
  plan: Plan.workflow,
  candidate: Candidate.workflow,
  probation: Probation.workflow
}

/** The company the letters are signed by. */
export const company: { readonly "zh-CN": string; readonly en: string } = {
  "zh-CN": "明华物业服务有限公司",
  en: "Minghua Property Services Ltd."
}

export const departmentHead = Actor.make("u-rec-zhou", "周明", [Roles.roles.departmentHead])
export const hr = Actor.make("u-rec-lin", "林晓", [Roles.roles.hr])
export const hrManager = Actor.make("u-rec-he", "何静", [Roles.roles.hrManager])
export const hrHead = Actor.make("u-rec-guo", "郭涛", [Roles.roles.hrHead])
export const generalManager = Actor.make("u-rec-ma", "马骏", [Roles.roles.generalManager])
export const unitHead = Actor.make("u-rec-song", "宋雅", [Roles.roles.unitHead])
export const departmentManager = Actor.make("u-rec-han", "韩磊", [Roles.roles.departmentManager])
export const interviewer = Actor.make("u-rec-xu", "许诺", [Roles.roles.interviewer])

/** The department the department head runs; the seeded requisitions come mostly from it. */
export const department = "客户服务部"

export const people: ReadonlyArray<Person> = [
  { actor: departmentHead, title: text.departmentHead },
  { actor: hr, title: text.hr },
  { actor: hrManager, title: text.hrManager },
  { actor: hrHead, title: text.hrHead },
  { actor: generalManager, title: text.generalManager },
  { actor: unitHead, title: text.unitHead },
  { actor: departmentManager, title: text.departmentManager },
  { actor: interviewer, title: text.interviewer }
]

/** Names by actor id, for the lists that say who signed, reviewed or approved. */
export const names: { readonly [id: string]: string } = Object.fromEntries(
  people.map((person) => [person.actor.id, person.actor.name])
)
