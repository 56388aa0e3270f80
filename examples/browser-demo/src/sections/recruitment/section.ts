/**
 * Recruitment (招聘): from the staffing requisition through its approvals, the recruitment plan,
 * the candidate pipeline and each candidate's screening, interviews, offer and probation, to the
 * recruitment evaluation. Every person in the role switcher holds one role, so the rule that
 * nobody approves their own request, and who may do which step, show as they would at work. The
 * section hands its elements a desk that adds what the guards look up (the blacklist, the
 * candidate's probation record) to every command.
 */
import { Actor, Calendar, Messages, Personal, Rules, type Workflow } from "@frontdesk/domain"
import {
  Blacklist,
  Candidate,
  collections,
  Disqualification,
  Interview,
  type Plan,
  type Probation,
  type Requisition,
  Roles
} from "@frontdesk/domain/recruitment"
import type { SubmitDetail } from "@frontdesk/elements"
import "@frontdesk/elements/define/fd-candidate-pipeline.js"
import "@frontdesk/elements/define/fd-interview-evaluation.js"
import "@frontdesk/elements/define/fd-offer.js"
import "@frontdesk/elements/define/fd-probation-review.js"
import "@frontdesk/elements/define/fd-recruitment-plan.js"
import "@frontdesk/elements/define/fd-recruitment-report.js"
import "@frontdesk/elements/define/fd-requisition-approvals.js"
import "@frontdesk/elements/define/fd-requisition-form.js"
import "@frontdesk/elements/define/fd-screening-form.js"
import type { Desk } from "@frontdesk/storage"
import { html, nothing, type TemplateResult } from "lit"
import type { Section, View } from "../../section.js"
import { blacklistIds, withContext } from "./context.js"
import { company, people, workflows } from "./policy.js"
import { seed } from "./seed.js"
import { text } from "./text.js"

const state = {
  requisitions: [] as ReadonlyArray<Requisition.Record>,
  plans: [] as ReadonlyArray<Plan.Record>,
  candidates: [] as ReadonlyArray<Candidate.Record>,
  probations: [] as ReadonlyArray<Probation.Record>,
  blacklist: [] as ReadonlyArray<Blacklist.Entry>,
  notice: undefined as string | undefined,
  /** The draft requisition the department head asked to edit, in the requisition form. */
  editing: undefined as string | undefined
}

/** One desk with the recruitment context per shell desk, so elements keep their watchers. */
const contextDesks = new WeakMap<Desk.Desk, Desk.Desk>()
const deskOf = (view: View): Desk.Desk => {
  const known = contextDesks.get(view.desk)
  if (known !== undefined) return known
  const made = withContext(view.desk)
  contextDesks.set(view.desk, made)
  return made
}

/** What candidate elements show and run with: the blacklist as stored now (one function per desk). */
const lookups = new WeakMap<Desk.Desk, () => Promise<Workflow.Context>>()
const candidateContext = (view: View): (() => Promise<Workflow.Context>) => {
  const known = lookups.get(view.desk)
  if (known !== undefined) return known
  const made = async (): Promise<Workflow.Context> => ({ blacklist: await blacklistIds(view.desk) })
  lookups.set(view.desk, made)
  return made
}

const stateLabel = (view: View, workflow: Workflow.Any, id: string): string => {
  const found = workflow.states.find((s) => s.id === id)
  return found === undefined ? id : view.t(found.label)
}

const everything = async <D>(view: View, collection: string, index: string) => {
  const items: Array<Workflow.Record<D>> = []
  let cursor: string | undefined
  do {
    const page = await view.desk.query<D>(collection, { index, order: "desc", limit: 500, cursor })
    items.push(...page.items)
    cursor = page.cursor
  } while (cursor !== undefined)
  return items
}

const isHr = (actor: Actor.Actor) => Actor.hasAnyRole(actor, Roles.hrStaff)

// ---------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------

const about = (view: View) => {
  const t = view.t
  const rules = Rules.describe(Disqualification.ruleSet)
  return html`
    <section class="card" aria-labelledby="rec-about-heading">
      <h2 id="rec-about-heading">${t(text.about)}</h2>
      <ul>
        <li>${t(text.ruleLeadTime)}</li>
        <li>${t(text.ruleChain)}</li>
        <li>${t(text.ruleOwn)}</li>
        <li>${t(text.rulePlan)}</li>
        <li>${t(text.ruleRouting)}</li>
        <li>${t(text.ruleCriteria)}</li>
        <li>${t(text.ruleProbation)}</li>
      </ul>
      <details>
        <summary>${t(text.disqualifications)}</summary>
        <table class="rec-wrap">
          <caption class="visually-hidden">${t(text.disqualifications)}</caption>
          <thead><tr><th scope="col">${t(text.rule)}</th><th scope="col">${t(text.standing)}</th></tr></thead>
          <tbody>
            ${rules.map(
              (rule) =>
                html`<tr><td>${rule.texts[view.locale]}</td><td>${rule.standingTexts?.[view.locale] ?? ""}</td></tr>`
            )}
          </tbody>
        </table>
        <p>${t(text.humanSignOff)}</p>
      </details>
    </section>
  `
}

// ---------------------------------------------------------------------------------------------
// Requisitions
// ---------------------------------------------------------------------------------------------

const requisitionRow = (view: View, item: Requisition.Record, selected: string | undefined) => html`
  <tr aria-selected=${item.id === selected ? "true" : "false"}>
    <td>
      <button class="link" type="button" aria-pressed=${item.id === selected ? "true" : "false"} @click=${() => view.navigate([item.id])}>
        ${item.data.position}<span class="visually-hidden"> — ${view.t(text.open)}</span>
      </button>
    </td>
    <td>${item.data.department}</td>
    <td>${item.data.headcount}</td>
    <td>${stateLabel(view, workflows.requisition, item.state)}</td>
    <td>${item.data.late ? html`<strong data-late>${view.t(text.late)}</strong>` : view.t(text.onTime)}</td>
  </tr>
`

const requisitions = (view: View, selected: string | undefined) => {
  const t = view.t
  const canRaise = Actor.hasAnyRole(view.actor, [Roles.roles.departmentHead])
  return html`
    <section class="card rec-wide" aria-labelledby="rec-requisitions-heading">
      <h2 id="rec-requisitions-heading">${t(text.requisitions)}</h2>
      ${
        state.requisitions.length === 0
          ? html`<p class="empty">${t(text.noRequisitions)}</p>`
          : html`<table>
              <thead><tr>
                <th scope="col">${t(text.position)}</th><th scope="col">${t(text.department)}</th>
                <th scope="col">${t(text.headcount)}</th><th scope="col">${t(text.state)}</th>
                <th scope="col">${t(text.leadTime)}</th>
              </tr></thead>
              <tbody>${state.requisitions.map((item) => requisitionRow(view, item, selected))}</tbody>
            </table>`
      }
      ${
        canRaise
          ? html`<fd-requisition-form
              requisition-id=${state.editing ?? nothing}
              draft-key=${state.editing === undefined ? "rec-requisition" : nothing}
              .now=${view.now()}
              @fd-requisition-saved=${(e: CustomEvent<{ record: Requisition.Record }>) => {
                state.editing = undefined
                view.navigate([e.detail.record.id])
              }}
            ></fd-requisition-form>`
          : html`<h3>${t(text.newRequisition)}</h3><p class="empty">${t(text.onlyHeadsRaise)}</p>`
      }
    </section>
  `
}

const requisitionDetail = (view: View, item: Requisition.Record | undefined) => {
  const t = view.t
  if (item === undefined)
    return html`<section class="card rec-wide" aria-labelledby="rec-detail-heading">
      <h2 id="rec-detail-heading">${t(text.requisition)}</h2>
      <p class="empty">${t(text.pickRequisition)}</p>
    </section>`
  const planned = state.plans.some((p) => p.data.requisitionId === item.id)
  const planning = item.state === "approved" || item.state === "recruiting" || planned
  return html`
    <section class="card rec-wide" aria-labelledby="rec-detail-heading">
      <h2 id="rec-detail-heading">${t(text.requisitionOf, { position: item.data.position })}</h2>
      <fd-requisition-approvals
        requisition-id=${item.id}
        @fd-requisition-edit=${() => {
          state.editing = item.id
          view.redraw()
        }}
      ></fd-requisition-approvals>
      <h3>${t(text.plan)}</h3>
      ${
        planning
          ? html`<fd-recruitment-plan requisition-id=${item.id}></fd-recruitment-plan>`
          : html`<p class="empty">${t(text.planAfterApproval)}</p>`
      }
    </section>
  `
}

// ---------------------------------------------------------------------------------------------
// Candidates
// ---------------------------------------------------------------------------------------------

const register = (view: View, requisition: Requisition.Record, event: CustomEvent<SubmitDetail>) => {
  const form = event.target as HTMLElementTagNameMap["fd-form"]
  const id = `ca-${Date.now().toString(36)}`
  const fields = event.detail.value as typeof Candidate.RegistrationFields.Type
  event.detail.waitUntil(
    (async () => {
      try {
        await deskOf(view).create(
          workflows.candidate,
          id,
          Candidate.createInput(requisition, fields),
          view.actor
        )
        await form.reset()
        const twins = Candidate.findDuplicates({ ...fields, id }, state.candidates)
        state.notice =
          twins.length === 0
            ? view.t(text.registered, { name: Personal.maskName(fields.name) })
            : view.t(text.registeredTwice, { name: Personal.maskName(fields.name) })
        view.navigate([requisition.id, id])
      } catch (error) {
        state.notice = view.reasonOf(error)
        view.redraw()
        throw error
      }
    })()
  )
}

/** The pipeline's columns for a position: its interview route's stages, then the endings. */
const stagesOf = (requisition: Requisition.Record): ReadonlyArray<string> => {
  const type = requisition.data.positionType
  return workflows.candidate.states
    .map((s) => s.id)
    .filter(
      (id) =>
        id !== "merged" &&
        (id !== "shortlisted" || Interview.needsShortlist(type)) &&
        (id !== "secondInterview" || Interview.hasSecondRound(type))
    )
}

const candidateRow = (
  view: View,
  requisitionId: string,
  item: Candidate.Record,
  selected: string | undefined
) => {
  const twin =
    item.state !== "merged" &&
    Candidate.findDuplicates({ ...item.data, id: item.id }, state.candidates).length > 0
  return html`
    <tr aria-selected=${item.id === selected ? "true" : "false"}>
      <td>
        <button class="link" type="button" aria-pressed=${item.id === selected ? "true" : "false"} @click=${() => view.navigate([requisitionId, item.id])}>
          ${Personal.maskName(item.data.name)}<span class="visually-hidden"> — ${view.t(text.open)}</span>
        </button>
      </td>
      <td>${Personal.maskMobile(item.data.mobile)}</td>
      <td>${stateLabel(view, workflows.candidate, item.state)}</td>
      <td>${twin ? view.t(text.possibleDuplicate) : nothing}</td>
    </tr>
  `
}

const pipeline = (view: View, requisition: Requisition.Record | undefined, selected: string | undefined) => {
  const t = view.t
  if (requisition === undefined) return nothing
  const mine = state.candidates.filter((c) => c.data.requisitionId === requisition.id)
  const open = requisition.state === "approved" || requisition.state === "recruiting"
  return html`
    <section class="card rec-full" aria-labelledby="rec-pipeline-heading">
      <h2 id="rec-pipeline-heading">${t(text.pipelineOf, { position: requisition.data.position })}</h2>
      ${state.notice ? html`<p class="notice" role="status">${state.notice}</p>` : nothing}
      <fd-candidate-pipeline
        requisition-id=${requisition.id}
        .stages=${stagesOf(requisition)}
        .context=${candidateContext(view)}
      ></fd-candidate-pipeline>
      <h3>${t(text.candidates)}</h3>
      ${
        mine.length === 0
          ? html`<p class="empty">${t(text.noCandidates)}</p>`
          : html`<table>
              <thead><tr>
                <th scope="col">${t(text.name)}</th><th scope="col">${t(text.mobile)}</th>
                <th scope="col">${t(text.stage)}</th><th scope="col">${t(text.duplicate)}</th>
              </tr></thead>
              <tbody>${mine.map((item) => candidateRow(view, requisition.id, item, selected))}</tbody>
            </table>`
      }
      <h3 id="rec-register-heading">${t(text.register)}</h3>
      ${
        !open
          ? html`<p class="empty">${t(text.registerAfterApproval)}</p>`
          : isHr(view.actor)
            ? html`<fd-form aria-labelledby="rec-register-heading" .schema=${Candidate.RegistrationFields} draft-key=${`rec-register-${requisition.id}`} @fd-submit=${(e: CustomEvent<SubmitDetail>) => register(view, requisition, e)}></fd-form>`
            : html`<p class="empty">${t(text.onlyHrRegisters)}</p>`
      }
    </section>
  `
}

/** Whether the person already had a probation here: another application of theirs has a record. */
const hadProbation = (candidate: Candidate.Record): boolean =>
  candidate.data.residentId !== undefined &&
  state.candidates.some(
    (other) =>
      other.id !== candidate.id &&
      other.data.residentId === candidate.data.residentId &&
      state.probations.some((p) => p.id === other.id)
  )

const candidateDetail = (view: View, item: Candidate.Record | undefined) => {
  const t = view.t
  if (item === undefined) return nothing
  const context = candidateContext(view)
  const probation = state.probations.find((p) => p.id === item.id)
  const findings = Candidate.unconfirmed(item.data, Blacklist.context(state.blacklist))
  return html`
    <section class="card rec-full" aria-labelledby="rec-candidate-heading">
      <h2 id="rec-candidate-heading">${t(text.candidateOf, { name: Personal.maskName(item.data.name) })}</h2>
      <dl class="facts">
        <dt>${t(text.stage)}</dt><dd data-stage>${stateLabel(view, workflows.candidate, item.state)}</dd>
        <dt>${t(text.mobile)}</dt><dd>${Personal.maskMobile(item.data.mobile)}</dd>
        ${item.data.residentId === undefined ? nothing : html`<dt>${t(text.residentId)}</dt><dd>${Personal.maskResidentId(item.data.residentId)}</dd>`}
        <dt>${t(text.channel)}</dt><dd>${t(`recruitment.channel.${item.data.channel}` as Messages.Code)}</dd>
        ${
          findings.length === 0 || !Candidate.beforeHire.includes(item.state as "applied")
            ? nothing
            : html`<dt>${t(text.findings)}</dt><dd>${findings.map((f) => Messages.render(f.message, view.locale)).join("; ")}</dd>`
        }
      </dl>
      <fd-screening-form candidate-id=${item.id} .context=${context}></fd-screening-form>
      <fd-interview-evaluation candidate-id=${item.id} .context=${context}></fd-interview-evaluation>
      <fd-offer
        candidate-id=${item.id}
        .context=${context}
        company=${company[view.locale]}
        letter-date=${Calendar.localDateOf(view.now(), Calendar.defaultTimeZone)}
      ></fd-offer>
      ${
        probation !== undefined || item.state === "onProbation"
          ? html`<fd-probation-review
              candidate-id=${item.id}
              ?prior-probation=${hadProbation(item)}
              .context=${context}
              .now=${view.now()}
            ></fd-probation-review>`
          : nothing
      }
      <details>
        <summary>${t(text.history)}</summary>
        <fd-timeline .workflow=${workflows.candidate} collection=${workflows.candidate.collection} record-id=${item.id}></fd-timeline>
      </details>
    </section>
  `
}

// ---------------------------------------------------------------------------------------------
// Blacklist and report
// ---------------------------------------------------------------------------------------------

const blacklist = (view: View) => html`
  <section class="card" aria-labelledby="rec-blacklist-heading">
    <h2 id="rec-blacklist-heading">${view.t(text.blacklist)}</h2>
    <p>${view.t(text.blacklistHint)}</p>
    ${
      state.blacklist.length === 0
        ? html`<p class="empty">${view.t(text.blacklistEmpty)}</p>`
        : html`<ul data-blacklist>
            ${state.blacklist.map(
              (entry) =>
                html`<li>${view.t(text.blacklistEntry, {
                  name: Personal.maskName(entry.name),
                  residentId: Personal.maskResidentId(entry.residentId),
                  date: entry.dismissedOn
                })}</li>`
            )}
          </ul>`
    }
  </section>
`

/**
 * The evaluation over the records the section already read; its funnel follows the open
 * requisition. The element names its own region, so the card around it has no name of its own.
 */
const report = (requisitionId: string | undefined): TemplateResult => html`
  <section class="card rec-full">
    <fd-recruitment-report
      .requisitions=${state.requisitions}
      .candidates=${state.candidates}
      .plans=${state.plans}
      requisition-id=${requisitionId ?? nothing}
    ></fd-recruitment-report>
  </section>
`

export const recruitment: Section = {
  id: "recruitment",
  label: text.section,
  collections,
  people,
  seed,
  load: async (view) => {
    const [requisitions, plans, candidates, probations] = await Promise.all([
      everything<Requisition.Data>(view, workflows.requisition.collection, "byUpdated"),
      everything<Plan.Data>(view, workflows.plan.collection, "byState"),
      everything<Candidate.Data>(view, workflows.candidate.collection, "byUpdated"),
      everything<Probation.Data>(view, workflows.probation.collection, "byState")
    ])
    const entries = await view.desk.query<never>(Blacklist.collection, { index: "byResidentId", limit: 500 })
    state.requisitions = requisitions
    state.plans = plans
    state.candidates = [...candidates].sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))
    state.probations = probations
    state.blacklist = entries.items as unknown as ReadonlyArray<Blacklist.Entry>
  },
  render: (view) => {
    const [requisitionId, candidateId] = view.path
    const requisition = state.requisitions.find((r) => r.id === requisitionId)
    const candidate = state.candidates.find(
      (c) => c.id === candidateId && c.data.requisitionId === requisitionId
    )
    return html`
      <style>
        /* Positioned, so visually hidden text inside a scrolled board stays inside the card. */
        .rec-full { grid-column: 1 / -1; position: relative; }
        .rec-wrap td { white-space: normal; }
        @media (min-width: 72.0625rem) {
          .rec-wide { grid-column: span 2; }
        }
      </style>
      <fd-provider .desk=${deskOf(view)} .actor=${view.actor}>
        ${requisitions(view, requisitionId)}
        ${about(view)}
        ${requisitionDetail(view, requisition)}
        ${blacklist(view)}
        ${pipeline(view, requisition, candidateId)}
        ${candidateDetail(view, candidate)}
        ${report(requisition?.id)}
      </fd-provider>
    `
  }
}
