/**
 * Reception: visitor enquiries (来访咨询) taken through a wizard, listed with masked personal data
 * and a first-contact deadline on the mainland China calendar, run through the commands the
 * acting role may use, with their history.
 */
import { Actor, Field, Personal, type Workflow } from "@frontdesk/domain"
import type { SubmitDetail } from "@frontdesk/elements"
import { html, nothing } from "lit"
import type { Section, View } from "../../section.js"
import { collections, type Enquiry, EnquiryForm, enquiry, roles } from "./enquiry.js"
import { text } from "./text.js"

type EnquiryRecord = Workflow.Record<Enquiry & { readonly outcome: string }>

const state = {
  items: [] as ReadonlyArray<EnquiryRecord>,
  notice: undefined as string | undefined
}

const stateLabel = (view: View, id: string): string => {
  const found = enquiry.states.find((s) => s.id === id)
  return found === undefined ? id : view.t(found.label)
}

const topicLabel = (view: View, value: string): string => {
  const option = Field.metaOf(EnquiryForm.fields.topic)?.options?.find((o) => o.value === value)
  return option === undefined ? value : view.t(option.label)
}

const submit = (view: View, event: CustomEvent<SubmitDetail<Enquiry>>) => {
  const form = event.target as HTMLElementTagNameMap["fd-form"]
  const { value, waitUntil } = event.detail
  const id = `enq-${Date.now().toString(36)}`
  const save = async () => {
    try {
      await view.desk.create(enquiry, id, value, view.actor)
      // Only once the enquiry is stored is the form emptied, so a failed save loses nothing typed.
      await form.reset()
      state.notice = view.t(text.saved, { name: value.name })
      view.navigate([id])
    } catch (error) {
      state.notice = view.t(text.failed, { reason: view.reasonOf(error) })
      view.redraw()
      throw error // the form keeps the draft and takes the next submit
    }
  }
  // While saving, a second Enter or click submits nothing twice.
  waitUntil(save())
}

const badge = (item: EnquiryRecord) =>
  html`<fd-deadline-badge .workflow=${enquiry} .record=${item} name="firstContact"></fd-deadline-badge>`

const row = (view: View, item: EnquiryRecord, selected: string | undefined) => html`
  <tr aria-selected=${item.id === selected ? "true" : "false"}>
    <td>
      <button class="link" type="button" aria-pressed=${item.id === selected ? "true" : "false"} @click=${() => view.navigate([item.id])}>
        ${Personal.maskName(item.data.name)}<span class="visually-hidden"> — ${view.t(text.open)}</span>
      </button>
    </td>
    <td>${Personal.maskMobile(item.data.mobile)}</td>
    <td>${stateLabel(view, item.state)}</td>
    <td>${badge(item)}</td>
  </tr>
`

const detail = (view: View, item: EnquiryRecord | undefined) =>
  item === undefined
    ? html`<p class="empty">${view.t(text.pick)}</p>`
    : html`
        <dl class="facts">
          <dt>${view.t(text.name)}</dt><dd>${item.data.name}</dd>
          <dt>${view.t(text.mobile)}</dt><dd>${item.data.mobile}</dd>
          <dt>${view.t(text.topic)}</dt><dd>${topicLabel(view, item.data.topic)}</dd>
          <dt>${view.t(text.details)}</dt><dd>${item.data.details}</dd>
          ${item.data.outcome ? html`<dt>${view.t(text.outcome)}</dt><dd>${item.data.outcome}</dd>` : nothing}
          <dt>${view.t(text.state)}</dt><dd>${stateLabel(view, item.state)}</dd>
          <dt>${view.t(text.deadline)}</dt><dd>${badge(item)}</dd>
        </dl>
        <h3>${view.t(text.actions)}</h3>
        <fd-commands .workflow=${enquiry} .record=${item}></fd-commands>
        <h3>${view.t(text.history)}</h3>
        <fd-timeline .workflow=${enquiry} collection=${enquiry.collection} record-id=${item.id}></fd-timeline>
      `

export const reception: Section = {
  id: "reception",
  label: text.section,
  collections,
  people: [
    { actor: Actor.make("u-reception", "王芳", [roles.receptionist]), title: text.receptionist },
    { actor: Actor.make("u-supervisor", "李强", [roles.supervisor]), title: text.supervisor }
  ],
  load: async (view) => {
    const page = await view.desk.query<EnquiryRecord["data"]>(enquiry.collection, {
      index: "byUpdated",
      order: "desc",
      limit: 50
    })
    state.items = page.items
  },
  render: (view) => {
    const selected = view.path[0]
    const t = view.t
    return html`
      <section class="card" aria-labelledby="new-heading">
        <h2 id="new-heading">${t(text.newEnquiry)}</h2>
        ${state.notice ? html`<p class="notice" role="status">${state.notice}</p>` : nothing}
        <fd-form .schema=${EnquiryForm} draft-key="new-enquiry" @fd-submit=${(e: CustomEvent<SubmitDetail<Enquiry>>) => submit(view, e)}></fd-form>
      </section>
      <section class="card" aria-labelledby="list-heading">
        <h2 id="list-heading">${t(text.enquiries)}</h2>
        ${
          state.items.length === 0
            ? html`<p class="empty">${t(text.none)}</p>`
            : html`<table>
                <thead><tr><th scope="col">${t(text.name)}</th><th scope="col">${t(text.mobile)}</th><th scope="col">${t(text.state)}</th><th scope="col">${t(text.deadline)}</th></tr></thead>
                <tbody>${state.items.map((item) => row(view, item, selected))}</tbody>
              </table>`
        }
      </section>
      <section class="card" aria-labelledby="detail-heading">
        <h2 id="detail-heading">${t(text.detail)}</h2>
        ${detail(
          view,
          state.items.find((item) => item.id === selected)
        )}
      </section>
    `
  }
}
