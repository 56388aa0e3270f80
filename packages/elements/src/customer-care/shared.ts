/**
 * What the customer and callback elements share: reading lists from the desk, the clock they
 * judge deadlines at, a deadline cell, and controls rendered from a command's input schema.
 */
import { Calendar, type Deadline, type Field, Messages } from "@frontdesk/domain"
import { elementsCommonTexts, kernelTexts } from "@frontdesk/domain/messages"
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from "lit"
import { formatDateTime } from "../common/format.js"

Messages.register(elementsCommonTexts)
Messages.register(kernelTexts)

let mainland: Calendar.Calendar | undefined
/** The Chinese mainland calendar, built once. */
export const defaultCalendar = (): Calendar.Calendar => {
  mainland ??= Calendar.cnMainland()
  return mainland
}

/** How often the lists re-read the clock when no `now` is given, so badges move on. */
export const tickMs = 60_000

/**
 * The moment a list judges its deadlines at: the host's `now` when it has one, else the clock,
 * re-read every `tickMs` while the host is in the page.
 */
export class ListClock implements ReactiveController {
  private readonly host: ReactiveControllerHost & { readonly now: Date | string | number | undefined }
  private read = Date.now()
  private timer: ReturnType<typeof setInterval> | undefined

  constructor(host: ReactiveControllerHost & { readonly now: Date | string | number | undefined }) {
    this.host = host
    host.addController(this)
  }

  hostConnected(): void {
    this.timer = setInterval(() => {
      if (this.host.now !== undefined) return
      this.read = Date.now()
      this.host.requestUpdate()
    }, tickMs)
  }

  hostDisconnected(): void {
    clearInterval(this.timer)
  }

  /** The moment to judge at, in milliseconds. */
  get now(): number {
    return this.host.now === undefined ? this.read : new Date(this.host.now).getTime()
  }
}

// A shape as well as a colour for each status, so it is never told by colour alone (as
// fd-deadline-badge does).
const statusIcons = { "on-track": "●", "due-soon": "▲", overdue: "✕", met: "✓" } as const
const statusCodes = {
  "on-track": "state.onTrack",
  "due-soon": "state.dueSoon",
  overdue: "state.overdue",
  met: "state.met"
} as const satisfies { readonly [S in Deadline.Status]: Messages.Code }

/**
 * A deadline in a table cell: symbol, status in words, time left and the due time. Not a live
 * region (unlike `fd-deadline-badge`), since a list of them announcing every minute would drown a
 * screen reader.
 */
export const deadlineCell = (
  description: Deadline.Description | undefined,
  locale: Messages.Locale,
  timeZone: string
): TemplateResult => {
  if (description === undefined)
    return html`<span class="badge">${Messages.format("badge.none", locale)}</span>`
  const due = description.dueAt
  return html`<span class="badge" data-status=${description.status}>
    <span class="icon" aria-hidden="true">${statusIcons[description.status]}</span>
    <strong class="status">${Messages.format(statusCodes[description.status], locale)}</strong>
    <span class="detail">${Messages.render(description.message, locale)}</span>
    ${
      due === undefined
        ? nothing
        : html`<time datetime=${due}>${formatDateTime(due, locale, timeZone)}</time>`
    }
  </span>`
}

/** A catalogue label in the current locale. */
export const label = (code: Messages.Label, locale: Messages.Locale): string => Messages.format(code, locale)

/**
 * One control for a schema field, as `fd-form` renders it, for the forms whose fields come and
 * go with what is chosen (the script's branches), which `fd-form` does not do.
 */
export const fieldControl = (
  descriptor: Field.Descriptor,
  locale: Messages.Locale,
  issue: Messages.Message | undefined,
  options: { readonly hidden?: boolean; readonly hint?: string; readonly required?: boolean } = {}
): TemplateResult => {
  const { name, meta } = descriptor
  const text = label(meta.label, locale)
  const hint = options.hint ?? (meta.hint === undefined ? "" : label(meta.hint, locale))
  const required = options.required ?? !descriptor.optional
  const hidden = options.hidden === true
  switch (meta.widget) {
    case "select":
      return html`<fd-select data-field=${name} name=${name} label=${text} hint=${hint} ?required=${required}
        ?hidden=${hidden} .issue=${issue}
        .options=${(meta.options ?? []).map((o) => ({ value: o.value, label: label(o.label, locale) }))}></fd-select>`
    case "textarea":
      return html`<fd-text-field data-field=${name} name=${name} label=${text} hint=${hint} ?required=${required}
        ?hidden=${hidden} .issue=${issue} multiline></fd-text-field>`
    case "dateTime":
      return html`<fd-datetime-field data-field=${name} name=${name} label=${text} hint=${hint}
        ?required=${required} ?hidden=${hidden} .issue=${issue}></fd-datetime-field>`
    default:
      return html`<fd-text-field data-field=${name} name=${name} label=${text} hint=${hint} ?required=${required}
        ?hidden=${hidden} .issue=${issue}></fd-text-field>`
  }
}
