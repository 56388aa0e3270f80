/**
 * The browser demo's shell: everything lives in this browser's IndexedDB, so it survives a reload
 * (or, with `?store=<url>`, on the node service; see store.ts).
 * Sections (one per procedure family, see sections/) plug in here; the shell gives them the desk,
 * the acting person and the page's language, routes `#/<section>/…` to them, and offers a role
 * switcher, a language switch and a JSON backup of everything.
 */
import "@frontdesk/elements/define/fd-provider.js"
import "@frontdesk/elements/define/fd-form.js"
import "@frontdesk/elements/define/fd-commands.js"
import "@frontdesk/elements/define/fd-timeline.js"
import "@frontdesk/elements/define/fd-deadline-badge.js"
import { Messages } from "@frontdesk/domain"
import { Store } from "@frontdesk/storage"
import { html, nothing, render } from "lit"
import * as Clock from "./clock.js"
import type { Person, Section, View } from "./section.js"
import { sections } from "./sections/index.js"
import { openDesk, serviceHint, serviceUrl } from "./store.js"
import { text } from "./text.js"

/** Everyone any section expects, once each, in section order. */
const people: ReadonlyArray<Person> = sections
  .flatMap((section) => section.people)
  .filter((person, i, all) => all.findIndex((p) => p.actor.id === person.actor.id) === i)

const firstSection = sections[0]!
const firstPerson = people[0]!

const route = (): { readonly section: Section; readonly path: ReadonlyArray<string> } => {
  const [id, ...path] = location.hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent)
  const section = sections.find((s) => s.id === id)
  return section === undefined ? { section: firstSection, path: [] } : { section, path }
}

const state = {
  locale: (localStorage.getItem("demo.locale") === "en" ? "en" : "zh-CN") as Messages.Locale,
  person: people.find((p) => p.actor.id === localStorage.getItem("demo.actor")) ?? firstPerson,
  dataNotice: undefined as string | undefined,
  /**
   * While the sections' examples are written, the desk's clock is held at the examples' own
   * times, so nothing else may run a command: the sections are not shown until seeding ends.
   */
  seeding: true
}

const desk = openDesk({ clock: Clock.now, actor: () => state.person.actor })
const t = (label: Messages.Label, params?: Messages.Params) => Messages.format(label, state.locale, params)

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

const view = (): View => {
  const { section, path } = route()
  return {
    desk,
    locale: state.locale,
    actor: state.person.actor,
    path,
    navigate: (next) => {
      history.replaceState(null, "", `#/${[section.id, ...next].map(encodeURIComponent).join("/")}`)
      void refresh()
    },
    redraw: () => draw(),
    t,
    reasonOf,
    now: Clock.now
  }
}

/** Seeds every section whose first collection is still empty. */
const seed = async (): Promise<void> => {
  for (const section of sections) {
    const first = section.collections[0]
    if (section.seed === undefined || first === undefined) continue
    const { items } = await desk.query(first.name, { index: Store.idIndex, limit: 1 })
    if (items.length > 0) continue
    try {
      await section.seed({ desk, now: Clock.now(), at: Clock.at })
    } catch (error) {
      // The demo still works without its examples; say why they are missing.
      state.dataNotice = t(text.seedFailed, { reason: reasonOf(error) })
    }
  }
}

/**
 * The demo time is shown and set in Beijing time (UTC+8, no daylight saving), the time zone the
 * business calendar and the contact windows count in, whatever the browser's own zone is.
 */
const beijingOffsetMs = 8 * 3_600_000

const toBeijingInput = (date: Date): string =>
  new Date(date.getTime() + beijingOffsetMs).toISOString().slice(0, 16)

const setClock = (event: Event) => {
  const value = (event.target as HTMLInputElement).value
  Clock.set(value === "" ? undefined : new Date(`${value}:00+08:00`))
  void refresh()
}

const resetClock = () => {
  Clock.set(undefined)
  void refresh()
}

/** Reloads the open section's data from the store, then draws. */
const refresh = async (): Promise<void> => {
  if (!state.seeding) await route().section.load(view())
  draw()
}

const setLocale = (locale: Messages.Locale) => {
  state.locale = locale
  localStorage.setItem("demo.locale", locale)
  document.documentElement.lang = locale
  document.title = t(text.title)
  draw()
}

const setPerson = (id: string) => {
  state.person = people.find((p) => p.actor.id === id) ?? firstPerson
  localStorage.setItem("demo.actor", state.person.actor.id)
  draw()
}

const exportData = async () => {
  const backup = await desk.export()
  const url = URL.createObjectURL(new Blob([JSON.stringify(backup, null, 2)], { type: "application/json" }))
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

function draw(): void {
  const current = view()
  const open = route().section
  render(
    html`
      <header class="bar">
        <h1>${t(text.title)}</h1>
        <nav aria-label=${t(text.sections)}>
          ${sections.map(
            (section) =>
              html`<a href=${`#/${section.id}`} aria-current=${section === open ? "page" : nothing}>${t(section.label)}</a>`
          )}
        </nav>
        <div>
          <label>${t(text.language)}
            <select @change=${(e: Event) => setLocale((e.target as HTMLSelectElement).value as Messages.Locale)}>
              <option value="zh-CN" ?selected=${state.locale === "zh-CN"}>中文</option>
              <option value="en" ?selected=${state.locale === "en"}>English</option>
            </select>
          </label>
          <label>${t(text.clock)}
            <input type="datetime-local" .value=${toBeijingInput(Clock.now())} @change=${setClock} />
          </label>
          ${
            Clock.isSet()
              ? html`<button type="button" @click=${resetClock}>${t(text.realTime)}</button>`
              : nothing
          }
          <label>${t(text.role)}
            <select @change=${(e: Event) => setPerson((e.target as HTMLSelectElement).value)}>
              ${people.map(
                (p) =>
                  html`<option value=${p.actor.id} ?selected=${p === state.person}>${t(p.title)}</option>`
              )}
            </select>
          </label>
        </div>
      </header>
      <fd-provider .desk=${desk} .actor=${state.person.actor}>
        <main>
          ${state.seeding ? html`<p class="card" role="status">${t(text.seeding)}</p>` : open.render(current)}
          <section class="card data" aria-labelledby="data-heading">
            <h2 id="data-heading">${t(text.data)}</h2>
            <p>${serviceUrl === undefined ? t(text.dataHint) : t(serviceHint, { url: serviceUrl })}</p>
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
window.addEventListener("hashchange", () => void refresh())
setLocale(state.locale)
void seed().then(() => {
  state.seeding = false
  return refresh()
})
