/**
 * `fd-complaint-form`: an incoming call — routed as an inquiry, a complaint or a suggestion, and
 * for a complaint or suggestion recorded with the callback time promised to the customer.
 */
import { Messages, Personal, type Workflow } from "@frontdesk/domain"
import { Complaint, IncomingCall } from "@frontdesk/domain/customer-care"
import { customerCareTexts, elementsCommonTexts, elementsComplaintsTexts } from "@frontdesk/domain/messages"
import { Exit, Schema } from "effect"
import { css, html, nothing } from "lit"
import { property, state } from "lit/decorators.js"
import { formatDateTime } from "../common/format.js"
import { FrontdeskElement } from "../common/frontdesk-element.js"
import { refusalTexts } from "../common/refusal.js"
import type { FdForm, SubmitDetail } from "../form/fd-form.js"
import { shared } from "./complaints.styles.js"

Messages.register(customerCareTexts)
Messages.register(elementsCommonTexts)
Messages.register(elementsComplaintsTexts)

/**
 * What `fd-complaint-recorded` carries: the complaint or suggestion as stored.
 *
 * @example
 * ```ts
 * import type { ComplaintRecordedDetail } from "@frontdesk/elements"
 * import "@frontdesk/elements/define/fd-complaint-form.js"
 * document.querySelector("fd-complaint-form")!.addEventListener("fd-complaint-recorded", (event) => {
 *   console.log(event.detail.record.id)
 * })
 * ```
 * @category events
 * @since 0.1.0
 */
export interface ComplaintRecordedDetail {
  readonly record: Workflow.Record<Complaint.Complaint>
}

/**
 * What `fd-route` carries: where the call goes, as `IncomingCall.route` answered.
 *
 * @example
 * ```ts
 * import type { RouteDetail } from "@frontdesk/elements"
 * const inquiry = (detail: RouteDetail) => detail.route._tag === "Inquiry"
 * ```
 * @category events
 * @since 0.1.0
 */
export interface RouteDetail {
  readonly choice: IncomingCall.Choice
  readonly route: IncomingCall.Route
}

const choices: ReadonlyArray<{ readonly value: IncomingCall.Choice; readonly label: Messages.Code }> = [
  { value: "inquiry", label: "complaintForm.route.inquiry" },
  { value: "complaint", label: "complaintForm.route.complaint" },
  { value: "suggestion", label: "complaintForm.route.suggestion" }
]

/** The intake form: what `Complaint.NewComplaint` asks, but the kind, which the route decides. */
const { kind: _kind, ...intakeFields } = Complaint.NewComplaint.fields
const Intake = Schema.Struct(intakeFields)

/** The desk decodes the input itself, so the form's decoded value goes back to its encoded form. */
const encoded = (value: unknown): Record<string, unknown> => {
  const exit = Schema.encodeUnknownExit(Intake)(value)
  return (Exit.isSuccess(exit) ? exit.value : value) as Record<string, unknown>
}

let instances = 0

/**
 * Takes an incoming call. First the caller's choice — inquiry, complaint or suggestion — is
 * routed by `IncomingCall.route`: an inquiry shows who answers it (the acceptance group, or a
 * department it is transferred to); a complaint or suggestion opens the intake form (customer,
 * phone, summary, the callback time promised to the customer), recorded through the desk as a
 * `complaint` record. After recording, the element confirms with the phone number masked and the
 * time the callback is due. A refusal is shown inline and nothing typed is lost.
 *
 * @summary Routes an incoming call and records a complaint or suggestion.
 * @tagname fd-complaint-form
 *
 * @fires fd-route - When the route changes; `detail: { choice, route }`.
 * @fires fd-complaint-recorded - After a complaint or suggestion is stored; `detail: { record }`.
 *
 * @csspart route - The fieldset of route choices.
 * @csspart choice - One route choice.
 * @csspart inquiry - What an inquiry shows: the transfer field and where the call goes.
 * @csspart destination - Where an inquiry goes, a polite live region.
 * @csspart intake - The intake form of a complaint or suggestion.
 * @csspart error - The refusal, announced as an alert.
 * @csspart recorded - The confirmation of the last recorded complaint.
 *
 * @cssproperty --fd-color-primary - Buttons.
 * @cssproperty --fd-color-border - Fieldset and inputs.
 * @cssproperty --fd-color-danger - Text and edge of a refusal.
 * @cssproperty --fd-color-success-surface - Background of the confirmation.
 *
 * @example
 * ```html
 * <fd-provider>
 *   <fd-complaint-form></fd-complaint-form>
 * </fd-provider>
 * <script type="module">
 *   const form = document.querySelector("fd-complaint-form")
 *   form.departments = ["售后服务部", "财务部"]
 *   form.addEventListener("fd-complaint-recorded", (e) => console.log(e.detail.record.id))
 * </script>
 * ```
 * @category elements
 * @since 0.1.0
 */
export class FdComplaintForm extends FrontdeskElement {
  /** Route choices, the intake form and the confirmation, themed by `--fd-*` tokens. */
  static override styles = [
    shared,
    css`
      [part~="route"] {
        display: flex;
        flex-wrap: wrap;
        gap: var(--fd-space-m, 0.75rem);
      }
      [part~="route"] legend {
        font-weight: 600;
      }
      [part~="choice"] {
        display: inline-flex;
        align-items: center;
        gap: var(--fd-space-xs, 0.25rem);
        margin: 0;
      }
      [part~="destination"]:not(:empty),
      [part~="recorded"] {
        margin-block: var(--fd-space-s, 0.5rem);
        padding: var(--fd-space-s, 0.5rem) var(--fd-space-m, 0.75rem);
        border-radius: var(--fd-radius, 6px);
        background: var(--fd-color-success-surface, #dafbe1);
      }
      [part~="recorded"] p {
        margin: 0;
      }
    `
  ]

  /** The complaint workflow (a host's `Complaint.make(policy)`); the default promise otherwise. */
  @property({ attribute: false }) workflow: Workflow.Any = Complaint.workflow

  /** Departments offered when an inquiry is transferred; any other name may be typed. */
  @property({ attribute: false }) departments: ReadonlyArray<string> = []

  /** Keep a draft of the intake form in the desk under this key. */
  @property({ attribute: "draft-key" }) draftKey: string | undefined

  /** Makes the id of a new complaint record. */
  @property({ attribute: false }) newId: () => string = () => `cp-${crypto.randomUUID()}`

  /** The caller's choice. */
  @property({ reflect: true }) choice: IncomingCall.Choice | undefined

  /** The department an inquiry is transferred to, if any. */
  @state() private transferTo = ""
  @state() private refusal: unknown
  @state() private recorded: Workflow.Record<Complaint.Complaint> | undefined

  private readonly uid = `fd-complaint-form-${++instances}`

  /** Where the call goes now, or `undefined` before a choice. */
  get route(): IncomingCall.Route | undefined {
    return this.choice === undefined
      ? undefined
      : IncomingCall.route({ choice: this.choice, transferTo: this.transferTo })
  }

  private choose(choice: IncomingCall.Choice): void {
    this.choice = choice
    this.refusal = undefined
    this.announceRoute()
  }

  private announceRoute(): void {
    const route = this.route
    if (this.choice === undefined || route === undefined) return
    this.dispatchEvent(
      new CustomEvent<RouteDetail>("fd-route", {
        detail: { choice: this.choice, route },
        bubbles: true,
        composed: true
      })
    )
  }

  /** Records the complaint through the desk; rejects (and shows why) when it is refused. */
  async record(value: unknown): Promise<Workflow.Record<Complaint.Complaint>> {
    const desk = this.currentDesk
    const actor = this.currentActor
    const kind = this.choice
    this.refusal = undefined
    try {
      if (desk === undefined || actor === undefined) throw notReady
      if (kind !== "complaint" && kind !== "suggestion") throw notReady
      const stored = (await desk.create(
        this.workflow,
        this.newId(),
        { ...encoded(value), kind },
        actor
      )) as Workflow.Record<Complaint.Complaint>
      this.recorded = stored
      this.dispatchEvent(
        new CustomEvent<ComplaintRecordedDetail>("fd-complaint-recorded", {
          detail: { record: stored },
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
    // Emptied only once stored: a refused complaint keeps everything typed.
    event.detail.waitUntil(this.record(event.detail.value).then(() => form.reset()))
  }

  private renderInquiry(): unknown {
    const route = this.route
    const listId = `${this.uid}-departments`
    return html`<div part="inquiry">
      <label
        >${this.t("complaintForm.transferTo")}
        <input
          name="transferTo"
          list=${listId}
          .value=${this.transferTo}
          aria-describedby=${`${this.uid}-transfer-hint`}
          @input=${(event: Event) => {
            this.transferTo = (event.target as HTMLInputElement).value
          }}
          @change=${() => this.announceRoute()}
        />
        <span class="hint" id=${`${this.uid}-transfer-hint`}>${this.t("complaintForm.transferHint")}</span>
      </label>
      <datalist id=${listId}>${this.departments.map((d) => html`<option value=${d}></option>`)}</datalist>
      <p part="destination" role="status">${route === undefined ? nothing : Messages.render(route.message, this.locale)}</p>
    </div>`
  }

  private renderIntake(kind: "complaint" | "suggestion"): unknown {
    const kindText = this.t(`customerCare.complaint.kind.${kind}`)
    return html`<section part="intake" aria-labelledby=${`${this.uid}-intake`}>
      <h3 id=${`${this.uid}-intake`}>${this.t("complaintForm.recording", { kind: kindText })}</h3>
      <fd-form
        .schema=${Intake}
        .submitLabel=${"complaintForm.submit"}
        draft-key=${this.draftKey ?? nothing}
        @fd-submit=${this.onSubmit}
      ></fd-form>
    </section>`
  }

  private renderRecorded(): unknown {
    const record = this.recorded
    if (record === undefined) return nothing
    const data = record.data
    const due = Complaint.dueAt(record)
    const time = due === undefined ? undefined : formatDateTime(due, this.locale, this.currentTimeZone)
    return html`<div part="recorded" role="status">
      <p>
        ${this.t("complaintForm.recorded", {
          kind: this.t(`customerCare.complaint.kind.${data.kind}`),
          name: Personal.maskName(data.customerName),
          phone: Personal.maskMobile(data.phone)
        })}
      </p>
      <p>${this.t("complaintForm.summary", { summary: data.summary })}</p>
      ${
        time === undefined
          ? nothing
          : html`<p>
              ${this.t(data.promisedCallbackAt === undefined ? "complaintForm.promisedDefault" : "complaintForm.promised", { time })}
            </p>`
      }
    </div>`
  }

  protected override render(): unknown {
    const choice = this.choice
    return html`<fieldset part="route">
        <legend>${this.t("complaintForm.route.legend")}</legend>
        ${choices.map(
          (c) => html`<label part="choice">
            <input
              type="radio"
              name=${`${this.uid}-route`}
              value=${c.value}
              .checked=${choice === c.value}
              @change=${() => this.choose(c.value)}
            />
            ${this.t(c.label)}
          </label>`
        )}
      </fieldset>
      ${choice === "inquiry" ? this.renderInquiry() : nothing}
      ${choice === "complaint" || choice === "suggestion" ? this.renderIntake(choice) : nothing}
      <div part="error" role="alert">${
        this.refusal === undefined
          ? nothing
          : refusalTexts(this.refusal, this.locale).map((text) => html`<p>${text}</p>`)
      }</div>
      ${this.renderRecorded()}`
  }
}

/** Shown when the page has not given a desk and an actor yet. */
const notReady = { toMessage: (): Messages.Message => ({ code: "commands.notReady" }) }

declare global {
  /** Typed listeners: `form.addEventListener("fd-complaint-recorded", (e) => e.detail.record)`. */
  interface HTMLElementEventMap {
    "fd-complaint-recorded": CustomEvent<ComplaintRecordedDetail>
    "fd-route": CustomEvent<RouteDetail>
  }
}
