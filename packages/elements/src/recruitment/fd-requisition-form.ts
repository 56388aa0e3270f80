/**
 * `fd-requisition-form`: the staffing requisition (用人需求申请表), with its lead-time warning.
 */
import { Calendar, Messages, type Workflow } from "@frontdesk/domain"
import { elementsCommonTexts, elementsRequisitionsTexts, recruitmentTexts } from "@frontdesk/domain/messages"
import { Requisition } from "@frontdesk/domain/recruitment"
import { Exit, Schema } from "effect"
import { html, nothing, type PropertyValues } from "lit"
import { property, state } from "lit/decorators.js"
import { keyed } from "lit/directives/keyed.js"
import { FrontdeskElement } from "../common/frontdesk-element.js"
import { refusalTexts } from "../common/refusal.js"
import { stateLabel } from "../common/workflow-labels.js"
import type { FdForm, SubmitDetail } from "../form/fd-form.js"
import { requisitionStyles } from "./requisitions.styles.js"

Messages.register(recruitmentTexts)
Messages.register(elementsCommonTexts)
Messages.register(elementsRequisitionsTexts)

/**
 * What `fd-requisition-saved` carries: the requisition as stored, and whether it was created
 * (rather than a draft edited).
 *
 * @example
 * ```ts
 * import type { RequisitionSavedDetail } from "@frontdesk/elements"
 * import "@frontdesk/elements/define/fd-requisition-form.js"
 * document.querySelector("fd-requisition-form")!.addEventListener("fd-requisition-saved", (event) => {
 *   if (event.detail.record.data.late) console.log("flagged late")
 * })
 * ```
 * @category events
 * @since 0.1.0
 */
export interface RequisitionSavedDetail {
  readonly record: Requisition.Record
  readonly created: boolean
}

/**
 * The lead-time verdict shown while the form is filled in: late or on time, and its text.
 *
 * @example
 * ```ts
 * import type { LeadTimeStatus } from "@frontdesk/elements"
 * const status: LeadTimeStatus = { late: false, onTimeBy: "2026-03-15", months: 1 }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface LeadTimeStatus {
  readonly late: boolean
  readonly onTimeBy: string
  readonly months: number
}

/** The desk decodes the input itself, so the form's decoded value goes back to its encoded form. */
const encoded = (value: unknown): unknown => {
  const exit = Schema.encodeUnknownExit(Requisition.RequisitionForm)(value)
  return Exit.isSuccess(exit) ? exit.value : value
}

const isLevel = (value: unknown): value is Requisition.Level =>
  typeof value === "string" && (Requisition.levels as ReadonlyArray<string>).includes(value)

const isDate = (value: unknown): value is string =>
  typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)

/** A stored value as the field control takes it back (what its `snapshot` gives). */
const snapshotOf = (value: unknown): unknown =>
  typeof value === "number" ? String(value) : value === undefined ? "" : value

/** Shown when the page has not given a desk and an actor yet. */
const notReady = { toMessage: (): Messages.Message => ({ code: "commands.notReady" }) }

/**
 * The staffing requisition a department head fills in: reason, department, position, type,
 * level, headcount, the job description the qualifications follow, duties, wanted start date and
 * the position's declarations — rendered by `fd-form` from `Requisition.RequisitionForm`.
 *
 * While the level and the wanted start date are filled in, a polite status says whether the
 * requisition is on time for its lead time (ordinary positions 1 month ahead, important ones 2)
 * or late, in the domain's words (`Requisition.leadTimeWarning`). A late requisition can still be
 * saved: the desk accepts it and flags it late, and the confirmation says so.
 *
 * Without `requisition-id` the form creates a requisition; with it, it loads that requisition
 * and edits it while it is a draft (the `edit` command). A refusal is shown inline and nothing
 * typed is lost.
 *
 * @summary The staffing requisition form with its live lead-time warning.
 * @tagname fd-requisition-form
 *
 * @fires fd-requisition-saved - After the requisition is stored; `detail: { record, created }`.
 *
 * @csspart heading - The form's heading.
 * @csspart lead-time - The lead-time status, a polite live region.
 * @csspart notice - Why an existing requisition cannot be edited, or that it is loading.
 * @csspart error - The refusal, announced as an alert.
 * @csspart saved - The confirmation of the last save.
 *
 * @cssproperty --fd-color-warning - Text and edge of the late warning.
 * @cssproperty --fd-color-warning-surface - Background of the late warning.
 * @cssproperty --fd-color-success-surface - Background of the confirmation.
 * @cssproperty --fd-color-danger - Text and edge of a refusal.
 *
 * @example
 * ```html
 * <fd-provider>
 *   <fd-requisition-form draft-key="requisition-new"></fd-requisition-form>
 * </fd-provider>
 * <script type="module">
 *   document.querySelector("fd-requisition-form").addEventListener("fd-requisition-saved", (e) => {
 *     console.log(e.detail.record.id, e.detail.record.data.late)
 *   })
 * </script>
 * ```
 * @category elements
 * @since 0.1.0
 */
export class FdRequisitionForm extends FrontdeskElement {
  /** The form, the lead-time status and the confirmation, themed by `--fd-*` tokens. */
  static override styles = requisitionStyles

  /** The requisition workflow (a host's `Requisition.make(config)`); the default chain otherwise. */
  @property({ attribute: false }) workflow: Workflow.Any = Requisition.workflow

  /** Edit this requisition (while it is a draft) instead of creating one. */
  @property({ attribute: "requisition-id" }) requisitionId: string | undefined

  /** Lead time in months per level; the same as the workflow's configuration. */
  @property({ attribute: false }) leadTimeMonths: Requisition.Config["leadTimeMonths"] =
    Requisition.defaultLeadTimeMonths

  /** The time "today" is read from for the warning; the browser's clock when unset. */
  @property({ attribute: false }) now: Date | string | number | undefined

  /** Keep a draft of what is typed in the desk under this key. */
  @property({ attribute: "draft-key" }) draftKey: string | undefined

  /** Makes the id of a new requisition. */
  @property({ attribute: false }) newId: () => string = () => `rq-${crypto.randomUUID()}`

  /** The lead-time verdict of what is typed now, or `undefined` until level and date are given. */
  @state() leadTime: LeadTimeStatus | undefined

  @state() private refusal: unknown
  @state() private saved: Requisition.Record | undefined
  /** The requisition being edited; `null` while it loads or when there is none. */
  @state() private editing: Requisition.Record | null = null
  @state() private loadState: "idle" | "loading" | "missing" = "idle"

  private loadedFor: string | undefined
  private prefillPending = false

  private get form(): FdForm | null {
    return this.renderRoot.querySelector<FdForm>("fd-form")
  }

  /** Today in the organisation's time zone, the day a requisition raised now is judged on. */
  get today(): string {
    const at = this.now === undefined ? Date.now() : new Date(this.now).getTime()
    return Calendar.localDateOf(at, this.currentTimeZone)
  }

  /** Reads the level and wanted start date typed so far and updates the lead-time status. */
  refreshLeadTime(): void {
    const values = this.form?.values ?? {}
    const level = values.level
    const wantedStart = values.wantedStart
    this.leadTime =
      isLevel(level) && isDate(wantedStart)
        ? Requisition.leadTime({ level, wantedStart }, this.today, this.leadTimeMonths)
        : undefined
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    if (changed.has("now") || changed.has("leadTimeMonths")) this.refreshLeadTime()
    const desk = this.currentDesk
    const id = this.requisitionId
    if (id === undefined) {
      if (this.loadedFor !== undefined) {
        this.loadedFor = undefined
        this.editing = null
        this.loadState = "idle"
        this.leadTime = undefined
      }
      return
    }
    if (desk === undefined || this.loadedFor === id) return
    this.loadedFor = id
    this.editing = null
    this.loadState = "loading"
    this.leadTime = undefined
    void this.load(id)
  }

  private async load(id: string): Promise<void> {
    const desk = this.currentDesk
    if (desk === undefined) return
    try {
      const record = (await desk.get(this.workflow.collection, id)) as Requisition.Record | undefined
      if (this.loadedFor !== id) return
      this.editing = record ?? null
      this.loadState = record === undefined ? "missing" : "idle"
      this.prefillPending = record !== undefined
    } catch (error) {
      if (this.loadedFor !== id) return
      this.refusal = error
      this.loadState = "idle"
    }
  }

  protected override async updated(changed: PropertyValues<this>): Promise<void> {
    super.updated(changed)
    const form = this.form
    const record = this.editing
    if (!this.prefillPending || form === null || record === null) return
    this.prefillPending = false
    await form.updateComplete
    const data = record.data as unknown as Readonly<Record<string, unknown>>
    for (const name of Object.keys(Requisition.RequisitionForm.fields))
      form.fieldElement(name)?.restore(snapshotOf(data[name]))
    this.refreshLeadTime()
  }

  /** Stores what the form decoded: creates a requisition, or edits the draft being edited. */
  async save(value: unknown): Promise<Requisition.Record> {
    const desk = this.currentDesk
    const actor = this.currentActor
    const editing = this.editing
    this.refusal = undefined
    try {
      if (desk === undefined || actor === undefined) throw notReady
      const input = encoded(value)
      const stored = (
        editing === null
          ? await desk.create(this.workflow, this.newId(), input, actor)
          : await desk.run(this.workflow, editing.id, "edit", input, actor)
      ) as Requisition.Record
      this.saved = stored
      if (editing !== null) this.editing = stored
      this.dispatchEvent(
        new CustomEvent<RequisitionSavedDetail>("fd-requisition-saved", {
          detail: { record: stored, created: editing === null },
          bubbles: true,
          composed: true
        })
      )
      return stored
    } catch (error) {
      this.refusal = error
      throw error
    }
  }

  private onSubmit(event: CustomEvent<SubmitDetail>): void {
    const form = event.currentTarget as FdForm
    const creating = this.editing === null
    // Emptied only once stored, and only for a new one: a refusal keeps everything typed.
    event.detail.waitUntil(
      this.save(event.detail.value).then(async () => {
        if (!creating) return
        await form.reset()
        this.leadTime = undefined
      })
    )
  }

  private renderLeadTime(): unknown {
    const status = this.leadTime
    // The region stays in the page so a screen reader hears each change as the date is typed.
    return html`<div
      part="lead-time"
      class="note"
      role="status"
      data-tone=${status === undefined ? nothing : status.late ? "warning" : "success"}
    >${
      status === undefined
        ? nothing
        : html`<span aria-hidden="true">${status.late ? "⚠" : "✓"}</span>
            <p>
              <strong>${this.t(status.late ? "requisitions.late" : "requisitions.onTime")}</strong>
              ${
                status.late
                  ? Messages.render(
                      {
                        code: "recruitment.requisition.late",
                        params: { months: status.months, date: status.onTimeBy }
                      },
                      this.locale
                    )
                  : this.t("requisitionForm.onTime", { months: status.months, date: status.onTimeBy })
              }
            </p>`
    }</div>`
  }

  private renderSaved(): unknown {
    const record = this.saved
    if (record === undefined) return nothing
    const data = record.data
    return html`<div part="saved" class="note" data-tone="success" role="status">
      <span aria-hidden="true">✓</span>
      <div>
        <p>
          ${this.t("requisitionForm.saved", {
            position: data.position,
            department: data.department,
            headcount: data.headcount
          })}
        </p>
        ${
          data.late
            ? html`<p><span class="flag" data-tone="warning"><span aria-hidden="true">⚠</span>${this.t("requisitions.late")}</span>
                ${this.t("requisitionForm.savedLate", { date: data.onTimeBy })}</p>`
            : nothing
        }
      </div>
    </div>`
  }

  private renderBody(): unknown {
    if (this.requisitionId !== undefined) {
      if (this.loadState === "loading")
        return html`<p part="notice" class="muted" role="status">${this.t("requisitions.loading")}</p>`
      if (this.loadState === "missing")
        return html`<p part="notice" class="note" role="status">
          ${this.t("requisitions.notFound", { id: this.requisitionId })}
        </p>`
      const record = this.editing
      if (record !== null && record.state !== "draft")
        return html`<p part="notice" class="note" role="status">
          ${this.t("requisitionForm.notDraft", { state: stateLabel(this.workflow, record.state, this.locale) })}
        </p>`
      if (record === null) return nothing
    }
    // A draft restored by fd-form sends no event; the status catches up when a field takes focus.
    // A new form for each requisition edited (and for a new one), so no values of one are left in
    // another's fields.
    return html`${this.renderLeadTime()}
      ${keyed(
        this.editing?.id ?? "",
        html`<fd-form
        .schema=${Requisition.RequisitionForm}
        .submitLabel=${this.editing === null ? "requisitionForm.create" : "requisitionForm.update"}
        draft-key=${this.draftKey ?? nothing}
        @fd-submit=${this.onSubmit}
        @input=${() => this.refreshLeadTime()}
        @change=${() => this.refreshLeadTime()}
        @focusin=${() => this.refreshLeadTime()}
      ></fd-form>`
      )}`
  }

  protected override render(): unknown {
    const record = this.editing
    return html`<section aria-labelledby="heading">
      <h2 part="heading" id="heading">
        ${
          record === null
            ? this.t("requisitionForm.label")
            : this.t("requisitionForm.editing", {
                position: record.data.position,
                department: record.data.department
              })
        }
      </h2>
      ${this.renderBody()}
      <div part="error" role="alert">${
        this.refusal === undefined
          ? nothing
          : refusalTexts(this.refusal, this.locale).map((text) => html`<p>${text}</p>`)
      }</div>
      ${this.renderSaved()}
    </section>`
  }
}

declare global {
  /** Typed listeners: `form.addEventListener("fd-requisition-saved", (e) => e.detail.record)`. */
  interface HTMLElementEventMap {
    "fd-requisition-saved": CustomEvent<RequisitionSavedDetail>
  }
}
