/**
 * `fd-callback-queue`: one specialist's open callbacks, the most urgent first.
 */
import { Actor, type Calendar, Messages, Personal, type Workflow } from "@frontdesk/domain"
import { Callback, CallbackRecord, Roles } from "@frontdesk/domain/customer-care"
import { customerCareTexts, elementsCallbacksTexts } from "@frontdesk/domain/messages"
import { html, nothing, type PropertyValues } from "lit"
import { property, state } from "lit/decorators.js"
import { formatDateTime } from "../common/format.js"
import { FrontdeskElement } from "../common/frontdesk-element.js"
import { CollectionWatcher, canQuery } from "../internal/desk-reader.js"
import { styles } from "./callbacks.styles.js"
import { readCallbackQueue } from "./queue.js"
import { deadlineCell, defaultCalendar, ListClock, label } from "./shared.js"

Messages.register(elementsCallbacksTexts)
Messages.register(customerCareTexts)

/**
 * A specialist to choose in the filter: an id and the name to show.
 *
 * @example
 * ```ts
 * import type { SpecialistOption } from "@frontdesk/elements"
 * const wang: SpecialistOption = { id: "u-1", name: "王芳" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface SpecialistOption {
  readonly id: string
  readonly name?: string | undefined
}

/**
 * The `detail` of `fd-select`: the id of the chosen record.
 *
 * @example
 * ```ts
 * import type { SelectDetail } from "@frontdesk/elements"
 * import "@frontdesk/elements/define/fd-callback-queue.js"
 * document.querySelector("fd-callback-queue")!.addEventListener("fd-select", (event) => {
 *   console.log((event as CustomEvent<SelectDetail>).detail.id)
 * })
 * ```
 * @category events
 * @since 0.1.0
 */
export interface SelectDetail {
  readonly id: string
}

/** The callback queue reads this many at most: the spec's "50 most urgent". */
export const defaultQueueLimit = 50

const kindLabels = new Map(Callback.kinds.map((k) => [k.value, k.label]))
const methodLabels = new Map(CallbackRecord.methods.map((m) => [m.value, m.label]))

/**
 * Lists the open callbacks of one specialist through the `byAssigneeDue` index, overdue and due
 * soon first (`Callback.byUrgency`, agreed times honoured): the customer, the phone number
 * masked, kind and method, attempts so far, the state and the deadline in words, a symbol and a
 * colour. A filter chooses the specialist. Choosing a callback fires `fd-select`; with `hrefFor`
 * each customer is a link, else a button. Arrow keys, Home and End move between the rows.
 *
 * The specialist is `assignee`, else the acting person when a specialist. It re-reads on every
 * change of the desk's callbacks.
 *
 * @summary One specialist's callbacks, most urgent first.
 * @tagname fd-callback-queue
 *
 * @fires fd-select - A callback was chosen; `detail: { id }`. Cancelable: a host that handles it may stop a link's navigation.
 *
 * @csspart filter - The specialist filter.
 * @csspart table - The table of callbacks.
 * @csspart row - One callback's row; the chosen one has `aria-current="true"`.
 * @csspart open - The link or button that chooses a callback.
 * @csspart empty - The text shown when there are no open callbacks.
 * @csspart error - A failure to load, announced as an alert.
 *
 * @cssproperty --fd-color-border - Row lines.
 * @cssproperty --fd-color-danger - Overdue deadlines.
 * @cssproperty --fd-color-warning - Deadlines due soon.
 * @cssproperty --fd-color-success - Deadlines on track.
 *
 * @example
 * ```html
 * <fd-provider>
 *   <fd-callback-queue assignee="u-1"></fd-callback-queue>
 * </fd-provider>
 * <script type="module">
 *   const queue = document.querySelector("fd-callback-queue")
 *   queue.specialists = [{ id: "u-1", name: "王芳" }, { id: "u-3", name: "赵敏" }]
 *   queue.addEventListener("fd-select", (e) => (form.recordId = e.detail.id))
 * </script>
 * ```
 * @category elements
 * @since 0.1.0
 */
export class FdCallbackQueue extends FrontdeskElement {
  /** Table, deadline colours and buttons, themed by `--fd-*` tokens. */
  static override styles = styles

  /** The specialist whose callbacks to list; the acting person when a specialist, when unset. */
  @property() assignee: string | undefined

  /** The specialists offered in the filter, with their names. */
  @property({ attribute: false }) specialists: ReadonlyArray<SpecialistOption> = []

  /** The callback policy the deadlines are judged on (contact hours); the procedure's when unset. */
  @property({ attribute: false }) policy: Partial<Callback.Policy> = {}

  /** The moment to judge deadlines at; unset, the clock, re-read every minute. */
  @property({ attribute: false }) now: Date | string | number | undefined

  /** The business calendar; the Chinese mainland calendar when unset. */
  @property({ attribute: false }) calendar: Calendar.Calendar | undefined

  /** How many callbacks to show at most. */
  @property({ type: Number }) limit = defaultQueueLimit

  /** The id of the chosen callback, marked in the table. */
  @property() selected: string | undefined

  /** A link for each callback; without it the customer is a button. */
  @property({ attribute: false }) hrefFor: ((id: string) => string) | undefined

  /** The callbacks shown, most urgent first. */
  @state() items: ReadonlyArray<Workflow.Record<Callback.Callback>> = []

  @state() private failed: unknown

  private readonly clock = new ListClock(this)
  /** Whose callbacks and how many were last asked for, to read again when either changes. */
  private listed: string | undefined

  private readonly watcher = new CollectionWatcher(this, {
    desk: () => this.currentDesk,
    collections: () => ["callbacks"],
    load: async (desk, isLatest) => {
      const assignee = this.currentAssignee
      if (assignee === undefined || !canQuery(desk)) {
        this.items = []
        return
      }
      try {
        const items = await readCallbackQueue(desk, assignee, this.limit)
        if (!isLatest()) return
        this.items = items
        this.failed = undefined
      } catch (error) {
        if (isLatest()) this.failed = error
      }
    }
  })

  /** The specialist listed: `assignee`, else the acting specialist. */
  get currentAssignee(): string | undefined {
    if (this.assignee !== undefined && this.assignee !== "") return this.assignee
    const actor = this.currentActor
    return actor !== undefined && Actor.hasAnyRole(actor, [Roles.specialist]) ? actor.id : undefined
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    // A new desk is read by the watcher; another specialist or limit on the same desk, here.
    const key = `${this.currentAssignee ?? ""}\u0000${this.limit}`
    if (this.listed !== undefined && this.listed !== key) void this.reload()
    this.listed = key
  }

  /** Reads the queue from the desk again. Resolves once it is rendered. */
  reload(): Promise<void> {
    return this.watcher.reload()
  }

  private choose(event: Event, id: string): void {
    this.selected = id
    const proceed = this.dispatchEvent(
      new CustomEvent<SelectDetail>("fd-select", {
        detail: { id },
        bubbles: true,
        composed: true,
        cancelable: true
      })
    )
    if (!proceed) event.preventDefault()
  }

  private onKeydown(event: KeyboardEvent): void {
    const openers = [...this.renderRoot.querySelectorAll<HTMLElement>("[part~=open]")]
    const at = openers.indexOf(event.target as HTMLElement)
    if (at < 0) return
    const next =
      event.key === "ArrowDown"
        ? at + 1
        : event.key === "ArrowUp"
          ? at - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? openers.length - 1
              : undefined
    if (next === undefined) return
    event.preventDefault()
    openers[Math.max(0, Math.min(next, openers.length - 1))]?.focus()
  }

  private nameOf(id: string): string {
    return this.specialists.find((s) => s.id === id)?.name ?? id
  }

  private renderFilter(assignee: string | undefined): unknown {
    const options = [...this.specialists]
    if (assignee !== undefined && !options.some((s) => s.id === assignee)) options.unshift({ id: assignee })
    return html`<div class="actions">
      <label part="filter"
        >${this.t("callbackQueue.specialist")}
        <select
          @change=${(event: Event) => {
            this.assignee = (event.target as HTMLSelectElement).value
          }}
        >
          ${assignee === undefined ? html`<option value="" selected>${this.t("callbackQueue.noSpecialist")}</option>` : nothing}
          ${options.map(
            (s) => html`<option value=${s.id} ?selected=${s.id === assignee}>${s.name ?? s.id}</option>`
          )}
        </select>
      </label>
    </div>`
  }

  private renderRow(
    record: Workflow.Record<Callback.Callback>,
    now: number,
    calendar: Calendar.Calendar
  ): unknown {
    const locale = this.locale
    const data = record.data
    const description = Callback.describeDeadline(record, now, calendar, this.policy)
    const opener = this.t("callbackQueue.open", { name: data.customerName })
    const kind = kindLabels.get(data.kind)
    const method = methodLabels.get(data.method)
    const href = this.hrefFor?.(record.id)
    return html`<tr part="row" data-id=${record.id} aria-current=${this.selected === record.id ? "true" : nothing}>
      <th scope="row">
        ${
          href === undefined
            ? html`<button part="open" class="link" type="button" aria-label=${opener}
                @click=${(event: Event) => this.choose(event, record.id)}>${data.customerName}</button>`
            : html`<a part="open" href=${href} aria-label=${opener}
                @click=${(event: Event) => this.choose(event, record.id)}>${data.customerName}</a>`
        }
        ${data.membership === "member" ? html`<span class="muted">${this.t("callbackQueue.member")}</span>` : nothing}
      </th>
      <td class="phone">${Personal.maskMobile(data.phone)}</td>
      <td>${kind === undefined ? data.kind : label(kind, locale)} / ${method === undefined ? data.method : label(method, locale)}</td>
      <td>${this.t("callbackQueue.attemptCount", { count: data.attempts.length })}</td>
      <td>${label(`customerCare.callback.state.${record.state}` as Messages.Code, locale)}
        ${
          data.agreedAt === undefined
            ? nothing
            : html`<div class="muted">${this.t("callbackQueue.agreed", {
                time: formatDateTime(data.agreedAt, locale, this.currentTimeZone)
              })}</div>`
        }
      </td>
      <td>${deadlineCell(description, locale, this.currentTimeZone)}</td>
    </tr>`
  }

  protected override render(): unknown {
    const assignee = this.currentAssignee
    const now = this.clock.now
    const calendar = this.calendar ?? defaultCalendar()
    return html`
      ${this.renderFilter(assignee)}
      <div part="error" role="alert">${
        this.failed === undefined ? nothing : html`<p>${this.t("callbackQueue.loadFailed")}</p>`
      }</div>
      ${
        assignee === undefined
          ? html`<p part="empty">${this.t("callbackQueue.noSpecialist")}</p>`
          : this.items.length === 0
            ? html`<p part="empty">${this.t("callbackQueue.empty")}</p>`
            : html`<table part="table" @keydown=${this.onKeydown}>
                <caption>${this.t("callbackQueue.caption", { name: this.nameOf(assignee) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">${this.t("callbackQueue.customer")}</th>
                    <th scope="col">${this.t("callbackQueue.phone")}</th>
                    <th scope="col">${this.t("callbackQueue.kind")}</th>
                    <th scope="col">${this.t("callbackQueue.attempts")}</th>
                    <th scope="col">${this.t("callbackQueue.state")}</th>
                    <th scope="col">${this.t("callbackQueue.deadline")}</th>
                  </tr>
                </thead>
                <tbody>
                  ${this.items.map((record) => this.renderRow(record, now, calendar))}
                </tbody>
              </table>`
      }
    `
  }
}

declare global {
  /** Typed listeners: `queue.addEventListener("fd-select", (e) => e.detail.id)`. */
  interface HTMLElementEventMap {
    "fd-select": CustomEvent<SelectDetail>
  }
}
