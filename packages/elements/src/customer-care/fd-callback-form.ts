/**
 * `fd-callback-form`: working on one callback — a failed attempt, an agreed time (约定时间), the
 * completed record following the script's branches, or closing it as unreachable.
 */
import { Actor, type Calendar, Field, Input, Messages, Personal, Rules, Workflow } from "@frontdesk/domain"
import { Callback, CallbackRecord, Roles } from "@frontdesk/domain/customer-care"
import {
  calendarTexts,
  customerCareTexts,
  elementsCallbacksTexts,
  elementsCommonTexts
} from "@frontdesk/domain/messages"
import { Result, type Schema } from "effect"
import { html, nothing, type PropertyValues, type TemplateResult } from "lit"
import { property, state } from "lit/decorators.js"
import { keyed } from "lit/directives/keyed.js"
import type { CommandEventDetail } from "../common/fd-commands.js"
import { formatDateTime } from "../common/format.js"
import { FrontdeskElement } from "../common/frontdesk-element.js"
import { refusalTexts } from "../common/refusal.js"
import type { FieldElement } from "../fields/field-element.js"
import type { ChangeLike, DeskLike } from "../internal/context.js"
import { DraftWriter, defaultDraftDelay, isControlsDraft, snapshotControls } from "../internal/drafts.js"
import { styles } from "./callbacks.styles.js"
import { deadlineCell, defaultCalendar, fieldControl, label } from "./shared.js"

Messages.register(elementsCallbacksTexts)
Messages.register(elementsCommonTexts)
Messages.register(customerCareTexts)
Messages.register(calendarTexts)

/**
 * What the form does with the callback: the workflow commands it offers, in this order.
 *
 * @example
 * ```ts
 * import type { CallbackAction } from "@frontdesk/elements"
 * const action: CallbackAction = "agreeTime"
 * ```
 * @category models
 * @since 0.1.0
 */
export type CallbackAction = "logAttempt" | "agreeTime" | "complete" | "closeUnreachable"

const actions: ReadonlyArray<CallbackAction> = ["complete", "logAttempt", "agreeTime", "closeUnreachable"]

type Struct = Schema.Struct<Schema.Struct.Fields>

const kindLabels = new Map(Callback.kinds.map((k) => [k.value, k.label]))
const methodLabels = new Map(CallbackRecord.methods.map((m) => [m.value, m.label]))
const resultLabels = new Map(Callback.attemptResults.map((r) => [r.value, r.label]))

/** A refusal's violations (rule guards) or issues (input), each with its path when it has one. */
const findingsOf = (
  error: unknown
): ReadonlyArray<{ readonly path: ReadonlyArray<unknown>; readonly message: Messages.Message }> => {
  if (error instanceof Rules.RuleViolated)
    return error.violations.map((v) => ({ path: v.path ?? [], message: v.message }))
  if (error instanceof Input.InvalidInput) return error.issues
  return []
}

/**
 * One callback at work. Shows who to call (the number masked until asked for), the kind, the
 * service, the attempts so far, an agreed time and the deadline; then, for what the acting person
 * may do now (`Workflow.availableCommands`):
 * - **not reached**: method, result (no answer, busy, wrong number), time of the call, when to
 *   try again, a note;
 * - **agree a time** (约定时间) with the customer;
 * - **complete**: the script — opening, body, then satisfaction decides the branch: satisfied →
 *   suggestions, average or unsatisfied → what to improve (required) — and the closing line to
 *   say, then the notes;
 * - **close as unreachable** (supervisors, after the policy's number of failed attempts).
 *
 * Every command runs through the desk. A refusal is shown inline in the page's language — a call
 * time in the customer's quiet hours says when the next contact hours start; a supervisor gets a
 * field for the reason to call anyway — and nothing typed is lost. Each action keeps its own
 * fields while another is shown, and keeps them as a draft in the desk (`<draft-key>:<id>:<action>`)
 * until its command succeeds, so a reload brings back a half-written record, branch and all.
 *
 * @summary The callback record form, following the script's branches.
 * @tagname fd-callback-form
 *
 * @fires fd-command - After a command succeeded; `detail: { command, record }` with the stored record.
 * @fires fd-draft-error - `CustomEvent<{ error: unknown }>` when the desk could not load, save or clear a draft; what was typed stays in the form.
 *
 * @csspart summary - Who to call and where the callback stands.
 * @csspart phone - The phone number, masked until revealed.
 * @csspart actions - The choice of what to record.
 * @csspart action - One choice; the shown one has `aria-pressed="true"`.
 * @csspart form - The form of one action.
 * @csspart script - The script's lines (opening, body, closing).
 * @csspart closing - The closing line for the chosen satisfaction.
 * @csspart submit - The submit button.
 * @csspart error - The refusal, announced as an alert.
 * @csspart saved - What was just recorded, announced as a status.
 *
 * @cssproperty --fd-color-primary - Buttons and the chosen action.
 * @cssproperty --fd-color-danger - Text and edge of a refusal.
 * @cssproperty --fd-color-danger-surface - Background of a refusal.
 * @cssproperty --fd-color-border - Edges of the form.
 *
 * @example
 * ```html
 * <fd-provider>
 *   <fd-callback-queue></fd-callback-queue>
 *   <fd-callback-form></fd-callback-form>
 * </fd-provider>
 * <script type="module">
 *   const form = document.querySelector("fd-callback-form")
 *   document.querySelector("fd-callback-queue").addEventListener("fd-select", (e) => {
 *     form.recordId = e.detail.id
 *   })
 * </script>
 * ```
 * @category elements
 * @since 0.1.0
 */
export class FdCallbackForm extends FrontdeskElement {
  /** Forms, the script and messages, themed by `--fd-*` tokens. */
  static override styles = styles

  /** The callback workflow (its policy: contact hours, attempts); `Callback.workflow` when unset. */
  @property({ attribute: false }) workflow: Workflow.Any = Callback.workflow as unknown as Workflow.Any

  /** The callback policy the deadline is shown on; the procedure's when unset. */
  @property({ attribute: false }) policy: Partial<Callback.Policy> = {}

  /** The callback; replaced by the stored record after each command. */
  @property({ attribute: false }) record: Workflow.Record<Callback.Callback> | undefined

  /** The id of the callback to load from the desk. */
  @property({ attribute: "record-id" }) recordId: string | undefined

  /** The moment to judge the deadline at; the clock when unset. */
  @property({ attribute: false }) now: Date | string | number | undefined

  /** The business calendar; the Chinese mainland calendar when unset. */
  @property({ attribute: false }) calendar: Calendar.Calendar | undefined

  /** The action shown; the first one available when unset. */
  @property() action: CallbackAction | undefined

  /** Drafts are kept in `desk.drafts` under `<draft-key>:<record id>:<action>`. */
  @property({ attribute: "draft-key" }) draftKey = "callback"

  /** How long typing pauses before a draft is saved, in milliseconds. */
  @property({ type: Number, attribute: "draft-delay" }) draftDelay = defaultDraftDelay

  @state() private satisfaction: CallbackRecord.Satisfaction | undefined
  @state() private issues: ReadonlyMap<string, Messages.Message> = new Map()
  @state() private refusal: unknown
  @state() private running = false
  @state() private saved: CallbackAction | undefined
  @state() private missing = false
  @state() private phoneShown = false

  private unwatch: (() => void) | undefined
  private watched: { readonly desk: unknown; readonly id: string } | undefined
  private loads = 0
  private readonly drafts = new DraftWriter(this)
  /** The draft key each form was filled from; a form is filled once per key. */
  private readonly draftLoaded = new WeakMap<HTMLFormElement, string>()
  /** Fields the user changed in each form; a draft that loads late does not overwrite them. */
  private readonly edited = new WeakMap<HTMLFormElement, Set<string>>()

  override connectedCallback(): void {
    super.connectedCallback()
    if (this.hasUpdated) this.requestUpdate()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.stopWatching()
    // What was typed in the last pause must not be lost when the form goes away.
    void this.drafts.flush()
  }

  private stopWatching(): void {
    this.unwatch?.()
    this.unwatch = undefined
    this.watched = undefined
  }

  private get targetId(): string | undefined {
    return this.recordId ?? this.record?.id
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    const previous = changed.get("record")?.id
    if (
      (changed.has("record") && previous !== undefined && previous !== this.record?.id) ||
      changed.has("recordId")
    ) {
      this.issues = new Map()
      this.refusal = undefined
      this.saved = undefined
      this.phoneShown = false
      if (changed.has("recordId") && this.record?.id !== this.recordId) this.satisfaction = undefined
    }
    const desk = this.currentDesk
    const id = this.targetId
    if (desk === undefined || id === undefined || !this.isConnected) {
      this.stopWatching()
      return
    }
    if (this.watched?.desk === desk && this.watched.id === id) return
    this.stopWatching()
    this.watched = { desk, id }
    this.unwatch = desk.watch((change: ChangeLike) => {
      if ((change.collection ?? "callbacks") === "callbacks" && (change.id ?? id) === id) void this.reload()
    })
    if (this.record?.id !== id) void this.reload()
  }

  /** Loads the callback from the desk. Resolves once it is rendered. */
  async reload(): Promise<void> {
    const desk = this.currentDesk
    const id = this.targetId
    if (desk === undefined || id === undefined) return
    const ticket = ++this.loads
    const loaded = (await desk.get("callbacks", id)) as Workflow.Record<Callback.Callback> | undefined
    if (ticket !== this.loads) return
    this.missing = loaded === undefined
    if (loaded !== undefined && !(this.record?.id === loaded.id && this.record.version > loaded.version))
      this.record = loaded
    await this.updateComplete
  }

  /** The actions the acting person may take on the callback now. */
  get available(): ReadonlyArray<CallbackAction> {
    const actor = this.currentActor
    const record = this.record
    if (actor === undefined || record === undefined) return []
    const names = new Set(Workflow.availableCommands(this.workflow, record, actor).map((c) => c.name))
    return actions.filter((a) => names.has(a))
  }

  private get shownAction(): CallbackAction | undefined {
    const available = this.available
    return this.action !== undefined && available.includes(this.action) ? this.action : available[0]
  }

  private get isSupervisor(): boolean {
    const actor = this.currentActor
    return actor !== undefined && Actor.hasAnyRole(actor, [Roles.supervisor])
  }

  private inputOf(action: CallbackAction): Struct {
    const command = this.workflow.commands.find((c) => c.name === action)
    return command?.input as unknown as Struct
  }

  /** The fields an action shows: the override reason only to supervisors. */
  private fieldsOf(action: CallbackAction): ReadonlyArray<Field.Descriptor> {
    const schema = this.inputOf(action)
    if (schema === undefined) return []
    return Field.fieldsOf(schema).filter((d) => d.name !== "overrideReason" || this.isSupervisor)
  }

  /** Whether a field takes part now: the branch the satisfaction chose hides the other one. */
  private inBranch(name: string): boolean {
    if (name !== "suggestions" && name !== "improvements") return true
    if (this.satisfaction === undefined) return false
    return CallbackRecord.branchFields(CallbackRecord.branchOf(this.satisfaction)).some(
      (f) => f.name === name
    )
  }

  private formOf(action: CallbackAction): HTMLFormElement | null {
    return this.renderRoot.querySelector<HTMLFormElement>(`form[data-action="${action}"]`)
  }

  private controlOf(action: CallbackAction, name: string): FieldElement | null {
    return this.formOf(action)?.querySelector<FieldElement>(`[data-field="${CSS.escape(name)}"]`) ?? null
  }

  /** The values of an action's form as its command takes them: blank and hidden fields left out. */
  valuesOf(action: CallbackAction): Record<string, unknown> {
    const values: Record<string, unknown> = {}
    for (const descriptor of this.fieldsOf(action)) {
      if (!this.inBranch(descriptor.name)) continue
      const value = this.controlOf(action, descriptor.name)?.modelValue
      if (value !== undefined) values[descriptor.name] = value
    }
    return values
  }

  private draftKeyOf(id: string, action: CallbackAction): string {
    return `${this.draftKey}:${id}:${action}`
  }

  /** The satisfaction chosen in the complete form decides which branch's field shows. */
  private followSatisfaction(control: FieldElement | null): void {
    const value = control?.modelValue
    this.satisfaction = CallbackRecord.satisfactions.some((s) => s.value === value)
      ? (value as CallbackRecord.Satisfaction)
      : undefined
  }

  private onChange(action: CallbackAction, event: Event): void {
    const target = event.target as HTMLElement | null
    const name = target?.dataset.field
    if (name === undefined) return
    if (action === "complete" && name === "satisfaction") this.followSatisfaction(target as FieldElement)
    if (this.issues.has(name)) {
      const next = new Map(this.issues)
      next.delete(name)
      this.issues = next
    }
    const form = event.currentTarget as HTMLFormElement
    const edited = this.edited.get(form) ?? new Set<string>()
    // A control that loses focus as its form is removed or reset reports a change nobody typed:
    // it must not write the emptied form over a cleared draft.
    const value = (target as FieldElement).snapshot?.()
    if (!form.isConnected || (!edited.has(name) && (value === "" || value === undefined))) return
    edited.add(name)
    this.edited.set(form, edited)
    const desk = this.currentDesk
    const id = form.dataset.record
    // The form itself is read when the pause ends: even if another callback was chosen meanwhile,
    // its controls still hold what was typed for the callback it was rendered for.
    if (desk !== undefined && id !== undefined)
      this.drafts.schedule(desk, this.draftKeyOf(id, action), () => snapshotControls(form), this.draftDelay)
  }

  /** Fills a form from its draft, leaving alone what the user changed before the draft arrived. */
  private async restoreDraft(
    desk: DeskLike,
    key: string,
    form: HTMLFormElement,
    action: CallbackAction
  ): Promise<void> {
    const saved = await this.drafts.load(desk, key)
    if (!isControlsDraft(saved) || this.draftLoaded.get(form) !== key || !form.isConnected) return
    const edited = this.edited.get(form) ?? new Set<string>()
    for (const control of form.querySelectorAll<FieldElement>("[data-field]")) {
      const name = control.dataset.field ?? ""
      if (!Object.hasOwn(saved.values, name) || edited.has(name)) continue
      control.restore(saved.values[name])
      // A value brought back counts as typed: emptying it is a change the next draft must keep.
      edited.add(name)
    }
    this.edited.set(form, edited)
    if (action === "complete") this.followSatisfaction(this.controlOf(action, "satisfaction"))
  }

  /** Checks and runs an action through the desk; a refusal stays with the form, typed values kept. */
  async submit(action: CallbackAction): Promise<boolean> {
    if (this.running) return false
    const desk = this.currentDesk
    const actor = this.currentActor
    const record = this.record
    this.saved = undefined
    if (desk === undefined || actor === undefined || record === undefined) {
      this.refusal = { toMessage: (): Messages.Message => ({ code: "commands.notReady" }) }
      return false
    }
    const values = this.valuesOf(action)
    const decoded = Input.decode(this.inputOf(action) as unknown as Schema.Decoder<unknown>, values)
    const early = Result.isFailure(decoded)
      ? decoded.failure
      : action === "complete"
        ? this.branchViolations(values)
        : undefined
    if (early !== undefined) {
      await this.showRefusal(action, early)
      return false
    }
    this.running = true
    this.refusal = undefined
    this.issues = new Map()
    try {
      const stored = (await desk.run(
        this.workflow,
        record.id,
        action,
        values,
        actor
      )) as Workflow.Record<Callback.Callback>
      this.record = stored
      // What was typed is recorded now; a draft of it would only bring it back.
      const recorded = Workflow.isTerminal(this.workflow, stored.state) ? actions : [action]
      for (const done of recorded) void this.drafts.clear(desk, this.draftKeyOf(record.id, done))
      const form = this.formOf(action)
      if (form !== null) this.edited.delete(form)
      form?.reset()
      for (const holder of form?.querySelectorAll<HTMLElement>("[data-default]") ?? [])
        delete holder.dataset.applied
      if (action === "complete") this.satisfaction = undefined
      this.saved = action
      this.dispatchEvent(
        new CustomEvent<CommandEventDetail>("fd-command", {
          detail: { command: action, record: stored },
          bubbles: true,
          composed: true
        })
      )
      return true
    } catch (error) {
      await this.showRefusal(action, error)
      if ((error as { readonly _tag?: unknown } | null)?._tag === "Conflict") await this.reload()
      return false
    } finally {
      this.running = false
    }
  }

  private branchViolations(values: Record<string, unknown>): Rules.RuleViolated | undefined {
    const found = CallbackRecord.violations(values as CallbackRecord.InputType)
    return found.length === 0 ? undefined : new Rules.RuleViolated({ violations: found })
  }

  /** Findings about a field go under that field; the rest into the form's alert. */
  private async showRefusal(action: CallbackAction, error: unknown): Promise<void> {
    const names = new Set(this.fieldsOf(action).map((d) => d.name))
    const issues = new Map<string, Messages.Message>()
    for (const finding of findingsOf(error)) {
      const name = finding.path[0]
      if (typeof name === "string" && names.has(name) && !issues.has(name)) issues.set(name, finding.message)
    }
    this.issues = issues
    for (const name of issues.keys()) this.controlOf(action, name)?.markTouched()
    const rest = findingsOf(error).filter((f) => {
      const name = f.path[0]
      return !(typeof name === "string" && names.has(name))
    })
    this.refusal = findingsOf(error).length === 0 || rest.length > 0 ? error : undefined
    await this.updateComplete
    const first = [...issues.keys()][0]
    if (first !== undefined) this.controlOf(action, first)?.focus()
  }

  /** The lines of the refusal that belong to no field, a quiet-hours refusal said about the call. */
  private refusalLines(): ReadonlyArray<string> {
    const error = this.refusal
    if (error === undefined) return []
    const findings = findingsOf(error)
    if (findings.length === 0) return refusalTexts(error, this.locale)
    const lines: Array<string> = []
    for (const finding of findings) {
      const name = finding.path[0]
      if (typeof name === "string" && this.issues.has(name)) continue
      if (finding.message.code === "contact.outsideWindow") {
        lines.push(this.t("callbackForm.quietHours", { next: String(finding.message.params?.next ?? "") }))
        lines.push(
          this.t(
            this.isSupervisor ? "callbackForm.quietHoursOverride" : "callbackForm.quietHoursAskSupervisor"
          )
        )
      } else lines.push(Messages.render(finding.message, this.locale))
    }
    return lines
  }

  private renderSummary(record: Workflow.Record<Callback.Callback>): TemplateResult {
    const locale = this.locale
    const zone = this.currentTimeZone
    const data = record.data
    const kind = kindLabels.get(data.kind)
    const method = methodLabels.get(data.method)
    const now = this.now === undefined ? Date.now() : new Date(this.now).getTime()
    const description = Callback.describeDeadline(
      record,
      now,
      this.calendar ?? defaultCalendar(),
      this.policy
    )
    return html`<dl part="summary">
      <dt>${this.t("callbackForm.phone")}</dt>
      <dd>
        <span part="phone">${this.phoneShown ? data.phone : Personal.maskMobile(data.phone)}</span>
        <button type="button" class="link" aria-pressed=${String(this.phoneShown)}
          @click=${() => {
            this.phoneShown = !this.phoneShown
          }}>${this.t("callbackForm.showPhone")}</button>
      </dd>
      <dt>${this.t("callbackForm.kind")}</dt>
      <dd>${kind === undefined ? data.kind : label(kind, locale)} / ${method === undefined ? data.method : label(method, locale)}</dd>
      ${
        data.serviceName === undefined
          ? nothing
          : html`<dt>${this.t("callbackForm.service")}</dt>
              <dd>${data.serviceName}${data.serviceDate === undefined ? "" : ` (${data.serviceDate})`}</dd>`
      }
      <dt>${this.t("callbackForm.state")}</dt>
      <dd>${label(`customerCare.callback.state.${record.state}` as Messages.Code, locale)}</dd>
      <dt>${this.t("callbackForm.deadline")}</dt>
      <dd>${deadlineCell(description, locale, zone)}
        ${
          data.agreedAt === undefined
            ? nothing
            : html`<div>${this.t("callbackForm.agreedAt", { time: formatDateTime(data.agreedAt, locale, zone) })}</div>`
        }
      </dd>
      ${this.renderOutcome(data)}
      <dt>${this.t("callbackForm.attempts", { count: data.attempts.length })}</dt>
      <dd>
        ${
          data.attempts.length === 0
            ? this.t("customerList.none")
            : html`<ol class="attempts">
                ${data.attempts.map((attempt) => {
                  const result = resultLabels.get(attempt.result)
                  const how = methodLabels.get(attempt.method)
                  return html`<li>${this.t("callbackForm.attempt", {
                    time: formatDateTime(attempt.at, locale, zone),
                    result: result === undefined ? attempt.result : label(result, locale),
                    method: how === undefined ? attempt.method : label(how, locale)
                  })}</li>`
                })}
              </ol>`
        }
      </dd>
    </dl>`
  }

  /** What a finished callback came to: the record's outcome, satisfaction and closing, or why it was closed. */
  private renderOutcome(data: Callback.Callback): TemplateResult | typeof nothing {
    const locale = this.locale
    const done = data.record
    if (done !== undefined) {
      const outcome = CallbackRecord.outcomes.find((o) => o.value === done.outcome)
      const satisfaction = CallbackRecord.satisfactions.find((o) => o.value === done.satisfaction)
      return html`<dt>${this.t("customerCare.record.outcome")}</dt>
        <dd>${outcome === undefined ? done.outcome : label(outcome.label, locale)}</dd>
        <dt>${this.t("customerCare.record.satisfaction")}</dt>
        <dd>${satisfaction === undefined ? done.satisfaction : label(satisfaction.label, locale)}
          — ${this.t(CallbackRecord.closingLabel(done.closing))}</dd>
        <dt>${this.t("customerCare.record.notes")}</dt>
        <dd>${done.notes}</dd>`
    }
    if (data.closure !== undefined)
      return html`<dt>${this.t("customerCare.callback.closeReason")}</dt>
        <dd>${data.closure.reason}</dd>`
    return nothing
  }

  private renderScript(
    record: Workflow.Record<Callback.Callback>,
    where: "top" | "closing"
  ): TemplateResult | typeof nothing {
    if (where === "top") {
      const data = record.data
      return html`<div part="script" class="muted">
        <p>${this.t("callbackForm.script.opening")}</p>
        <p>${
          data.serviceName === undefined
            ? this.t("callbackForm.script.bodyPlain")
            : this.t("callbackForm.script.body", { service: data.serviceName, date: data.serviceDate ?? "" })
        }</p>
      </div>`
    }
    if (this.satisfaction === undefined)
      return html`<p part="closing" class="muted" aria-live="polite">${this.t("callbackForm.chooseSatisfaction")}</p>`
    const closing = CallbackRecord.closingLabel(CallbackRecord.closingFor(this.satisfaction))
    return html`<p part="closing" aria-live="polite">
      <strong>${this.t("callbackForm.closingLine", { text: this.t(closing) })}</strong>
    </p>`
  }

  private renderField(action: CallbackAction, descriptor: Field.Descriptor): TemplateResult {
    const locale = this.locale
    const issue = this.issues.get(descriptor.name)
    const record = this.record
    if (descriptor.name === "overrideReason")
      return fieldControl(descriptor, locale, issue, { hint: this.t("callbackForm.overrideHint") })
    if (descriptor.name === "improvements")
      return fieldControl(descriptor, locale, issue, {
        hidden: !this.inBranch("improvements"),
        required: true
      })
    if (descriptor.name === "suggestions")
      return fieldControl(descriptor, locale, issue, { hidden: !this.inBranch("suggestions") })
    const control = fieldControl(descriptor, locale, issue)
    // The callback's own method is the likely one; the specialist may still change it.
    if (descriptor.name === "method" && record !== undefined && action !== "closeUnreachable")
      return html`<div data-default=${record.data.method}>${control}</div>`
    return control
  }

  private renderForm(action: CallbackAction, shown: boolean): TemplateResult {
    const record = this.record!
    const fields = this.fieldsOf(action)
    const before =
      action === "complete" ? fields.filter((d) => d.name !== "notes" && d.name !== "overrideReason") : fields
    const after =
      action === "complete" ? fields.filter((d) => d.name === "notes" || d.name === "overrideReason") : []
    return html`<form
      part="form"
      class="panel"
      data-action=${action}
      data-record=${record.id}
      novalidate
      ?hidden=${!shown}
      aria-label=${this.t(`callbackForm.mode.${action}`)}
      aria-busy=${this.running ? "true" : nothing}
      @change=${(event: Event) => this.onChange(action, event)}
      @input=${(event: Event) => this.onChange(action, event)}
      @submit=${(event: Event) => {
        event.preventDefault()
        void this.submit(action)
      }}
    >
      ${action === "complete" ? this.renderScript(record, "top") : nothing}
      ${before.map((d) => this.renderField(action, d))}
      ${action === "complete" ? this.renderScript(record, "closing") : nothing}
      ${after.map((d) => this.renderField(action, d))}
      <div part="error" role="alert">${
        shown ? this.refusalLines().map((line) => html`<p>${line}</p>`) : nothing
      }</div>
      <div class="actions">
        <button part="submit" class="primary" type="submit" aria-disabled=${this.running ? "true" : nothing}>
          ${this.running ? this.t("callbackForm.running") : this.t(`callbackForm.submit.${action}`)}
        </button>
      </div>
    </form>`
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed)
    // Preselect the callback's own method once per form, leaving a choice the user made alone.
    for (const holder of this.renderRoot.querySelectorAll<HTMLElement>("[data-default]")) {
      const control = holder.querySelector<FieldElement>("[data-field=method]")
      if (control !== null && control.value === "" && holder.dataset.applied !== "true") {
        control.value = holder.dataset.default ?? ""
        holder.dataset.applied = "true"
      }
    }
    const desk = this.currentDesk
    const id = this.record?.id
    if (desk === undefined || id === undefined) return
    for (const form of this.renderRoot.querySelectorAll<HTMLFormElement>("form[data-action]")) {
      const action = form.dataset.action as CallbackAction
      const key = this.draftKeyOf(id, action)
      if (this.draftLoaded.get(form) === key) continue
      this.draftLoaded.set(form, key)
      void this.restoreDraft(desk, key, form, action)
    }
  }

  protected override render(): unknown {
    const record = this.record
    if (record === undefined)
      return html`<p>${this.t(this.missing ? "callbackForm.notFound" : "callbackForm.none")}</p>`
    const available = this.available
    const shown = this.shownAction
    const terminal = Workflow.isTerminal(this.workflow, record.state)
    return html`<section aria-labelledby="title">
      <h3 id="title">${this.t("callbackForm.title", { name: record.data.customerName })}</h3>
      ${this.renderSummary(record)}
      <div part="saved" role="status">${
        this.saved === undefined ? nothing : html`<p>${this.t(`callbackForm.saved.${this.saved}`)}</p>`
      }</div>
      ${
        terminal
          ? html`<p>${this.t("callbackForm.closed")}</p>`
          : available.length === 0
            ? html`<p>${this.t("callbackForm.noActions")}</p>`
            : html`<div part="actions" class="actions" role="group" aria-label=${this.t("callbackForm.actions")}>
                  ${available.map(
                    (action) => html`<button
                      part="action"
                      type="button"
                      data-action=${action}
                      aria-pressed=${String(action === shown)}
                      @click=${() => {
                        this.action = action
                        this.refusal = undefined
                        this.issues = new Map()
                      }}
                    >
                      ${this.t(`callbackForm.mode.${action}`)}
                    </button>`
                  )}
                </div>
                ${
                  // Fields typed for one callback must not show up on the next one chosen.
                  keyed(
                    record.id,
                    available.map((action) => this.renderForm(action, action === shown))
                  )
                }`
      }
    </section>`
  }
}
