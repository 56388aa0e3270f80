/**
 * The browser demo: everything lives in this browser's IndexedDB, so it survives a reload.
 * A role switcher changes who is acting (and so which commands are offered); a language switch
 * changes the page's `lang`, which every Frontdesk element follows.
 */
import "@frontdesk/elements/define/fd-provider.js"
import "@frontdesk/elements/define/fd-form.js"
import "@frontdesk/elements/define/fd-commands.js"
import "@frontdesk/elements/define/fd-timeline.js"
import "@frontdesk/elements/define/fd-deadline-badge.js"
import { Actor, Field, Messages, Personal, type Workflow } from "@frontdesk/domain"
import { Desk } from "@frontdesk/storage"
import { html, nothing, render } from "lit"
import { type Enquiry, EnquiryForm, enquiry, roles, storeSchema } from "./enquiry.js"
import { text } from "./text.js"

type EnquiryRecord = Workflow.Record<Enquiry & { readonly outcome: string }>

const actors = [
  Actor.make("u-reception", "王芳", [roles.receptionist]),
  Actor.make("u-supervisor", "李强", [roles.supervisor])
] as const

const roleNames: Record<string, Messages.Text> = {
  [roles.receptionist]: { "zh-CN": "接待员 王芳", en: "Receptionist Wang Fang" },
  [roles.supervisor]: { "zh-CN": "主管 李强", en: "Supervisor Li Qiang" }
}

const saved = {
  locale: (): Messages.Locale => (localStorage.getItem("demo.locale") === "en" ? "en" : "zh-CN"),
  actor: () => actors.find((a) => a.id === localStorage.getItem("demo.actor")) ?? actors[0]
}

const state = {
  locale: saved.locale(),
  actor: saved.actor() as Actor.Actor,
  items: [] as ReadonlyArray<EnquiryRecord>,
  selected: decodeURIComponent(location.hash.slice(1)) || undefined,
  notice: undefined as string | undefined,
  dataNotice: undefined as string | undefined
}

const desk = Desk.indexedDb({ name: "frontdesk-demo", schema: storeSchema })
const t = (label: Messages.Label, params?: Messages.Params) => Messages.format(label, state.locale, params)

const refresh = async (): Promise<void> => {
  const page = await desk.query<EnquiryRecord["data"]>(enquiry.collection, {
    index: "byUpdated",
    order: "desc",
    limit: 50
  })
  state.items = page.items
  draw()
}

const topicLabel = (value: string): string => {
  const option = Field.metaOf(EnquiryForm.fields.topic)?.options?.find((o) => o.value === value)
  return option === undefined ? value : t(option.label)
}

const setLocale = (locale: Messages.Locale) => {
  state.locale = locale
  localStorage.setItem("demo.locale", locale)
  document.documentElement.lang = locale
  document.title = t(text.title)
  draw()
}

const setActor = (id: string) => {
  state.actor = actors.find((a) => a.id === id) ?? actors[0]
  localStorage.setItem("demo.actor", state.actor.id)
  draw()
}

const select = (id: string) => {
  state.selected = id
  history.replaceState(null, "", `#${encodeURIComponent(id)}`)
  draw()
}

/** The text of a typed error in the page's language, whatever package it came from. */
const reasonOf = (error: unknown): string => {
  const e = error as {
    texts?: (l: Messages.Locale) => ReadonlyArray<string>
    text?: (l: Messages.Locale) => string
  }
  if (typeof e.texts === "function") return e.texts(state.locale).join("; ")
  if (typeof e.text === "function") return e.text(state.locale)
  return error instanceof Error ? error.message : String(error)
}

const exportData = async () => {
  const document_ = await desk.export()
  const url = URL.createObjectURL(
    new Blob([JSON.stringify(document_, null, 2)], { type: "application/json" })
  )
  const link = Object.assign(document.createElement("a"), {
    href: url,
    download: "frontdesk-demo-backup.json"
  })
  link.click()
  URL.revokeObjectURL(url)
}

const importData = async (event: Event) => {
  const input = event.target as HTMLInputElement
  const file = input.files?.[0]
  input.value = ""
  if (file === undefined || !confirm(t(text.confirmImport, { file: file.name }))) return
  try {
    await desk.import(JSON.parse(await file.text()))
    state.dataNotice = t(text.imported, { file: file.name })
  } catch (error) {
    state.dataNotice = t(text.importFailed, { reason: reasonOf(error) })
  }
  await refresh()
}

const stateLabel = (id: string): string => {
  const found = enquiry.states.find((s) => s.id === id)
  return found === undefined ? id : t(found.label)
}

const submit = async (event: CustomEvent<{ value: Enquiry }>) => {
  const id = `enq-${Date.now().toString(36)}`
  try {
    await desk.create(enquiry, id, event.detail.value, state.actor)
    // Only once the enquiry is stored is the form emptied, so a failed save loses nothing typed.
    await (event.target as HTMLElementTagNameMap["fd-form"]).reset()
    state.notice = t(text.saved, { name: event.detail.value.name })
    state.selected = id
    history.replaceState(null, "", `#${encodeURIComponent(id)}`)
  } catch (error) {
    state.notice = t(text.failed, { reason: reasonOf(error) })
  }
  await refresh()
}

const row = (item: EnquiryRecord) => html`
  <tr aria-selected=${item.id === state.selected ? "true" : "false"}>
    <td>
      <button class="link" type="button" aria-pressed=${item.id === state.selected ? "true" : "false"} @click=${() => select(item.id)}>
        ${Personal.maskName(item.data.name)}<span class="visually-hidden"> — ${t(text.open)}</span>
      </button>
    </td>
    <td>${Personal.maskMobile(item.data.mobile)}</td>
    <td>${stateLabel(item.state)}</td>
    <td><fd-deadline-badge .workflow=${enquiry} .record=${item} name="firstContact"></fd-deadline-badge></td>
  </tr>
`

const detail = (item: EnquiryRecord | undefined) =>
  item === undefined
    ? html`<p class="empty">${t(text.pick)}</p>`
    : html`
        <dl class="facts">
          <dt>${t(text.name)}</dt><dd>${item.data.name}</dd>
          <dt>${t(text.mobile)}</dt><dd>${item.data.mobile}</dd>
          <dt>${t(text.topic)}</dt><dd>${topicLabel(item.data.topic)}</dd>
          <dt>${t(text.details)}</dt><dd>${item.data.details}</dd>
          ${item.data.outcome ? html`<dt>${t(text.outcome)}</dt><dd>${item.data.outcome}</dd>` : nothing}
          <dt>${t(text.state)}</dt><dd>${stateLabel(item.state)}</dd>
          <dt>${t(text.deadline)}</dt>
          <dd><fd-deadline-badge .workflow=${enquiry} .record=${item} name="firstContact"></fd-deadline-badge></dd>
        </dl>
        <h3>${t(text.actions)}</h3>
        <fd-commands .workflow=${enquiry} .record=${item}></fd-commands>
        <h3>${t(text.history)}</h3>
        <fd-timeline .workflow=${enquiry} collection=${enquiry.collection} record-id=${item.id}></fd-timeline>
      `

function draw(): void {
  const selected = state.items.find((item) => item.id === state.selected)
  render(
    html`
      <header class="bar">
        <h1>${t(text.title)}</h1>
        <div>
          <label>${t(text.language)}
            <select @change=${(e: Event) => setLocale((e.target as HTMLSelectElement).value as Messages.Locale)}>
              <option value="zh-CN" ?selected=${state.locale === "zh-CN"}>中文</option>
              <option value="en" ?selected=${state.locale === "en"}>English</option>
            </select>
          </label>
          <label>${t(text.role)}
            <select @change=${(e: Event) => setActor((e.target as HTMLSelectElement).value)}>
              ${actors.map(
                (a) =>
                  html`<option value=${a.id} ?selected=${a.id === state.actor.id}>${t(roleNames[a.roles[0]!]!)}</option>`
              )}
            </select>
          </label>
        </div>
      </header>
      <fd-provider .desk=${desk} .actor=${state.actor}>
        <main>
          <section class="card" aria-labelledby="new-heading">
            <h2 id="new-heading">${t(text.newEnquiry)}</h2>
            ${state.notice ? html`<p class="notice" role="status">${state.notice}</p>` : nothing}
            <fd-form .schema=${EnquiryForm} draft-key="new-enquiry" @fd-submit=${submit}></fd-form>
          </section>
          <section class="card" aria-labelledby="list-heading">
            <h2 id="list-heading">${t(text.enquiries)}</h2>
            ${
              state.items.length === 0
                ? html`<p class="empty">${t(text.none)}</p>`
                : html`<table>
                    <thead><tr><th scope="col">${t(text.name)}</th><th scope="col">${t(text.mobile)}</th><th scope="col">${t(text.state)}</th><th scope="col">${t(text.deadline)}</th></tr></thead>
                    <tbody>${state.items.map(row)}</tbody>
                  </table>`
            }
          </section>
          <section class="card" aria-labelledby="detail-heading">
            <h2 id="detail-heading">${t(text.detail)}</h2>
            ${detail(selected)}
          </section>
          <section class="card data" aria-labelledby="data-heading">
            <h2 id="data-heading">${t(text.data)}</h2>
            <p>${t(text.dataHint)}</p>
            <div class="actions">
              <button type="button" @click=${exportData}>${t(text.exportData)}</button>
              <label class="file-button">${t(text.importData)}
                <input type="file" accept="application/json,.json" @change=${importData} />
              </label>
            </div>
            ${state.dataNotice ? html`<p class="notice" role="status">${state.dataNotice}</p>` : nothing}
          </section>
        </main>
      </fd-provider>
    `,
    document.getElementById("app")!
  )
}

// Another tab (or a command run here) changed something: show the stored truth.
desk.watch(() => void refresh())
setLocale(state.locale)
void refresh()
