/**
 * The form engine: renders a domain schema as a form, validates with the domain's own decoder,
 * shows every issue inline and in a summary, steps through a wizard when fields name steps, and
 * keeps a draft in the desk so nothing typed is lost on reload.
 */
import { Field, Input, Messages } from "@frontdesk/domain"
import { elementsFormTexts } from "@frontdesk/domain/messages"
import { Result, type Schema, SchemaAST } from "effect"
import { html, nothing, type PropertyValues, type TemplateResult } from "lit"
import { property, query, state } from "lit/decorators.js"
import { FrontdeskElement } from "../common/frontdesk-element.js"
import type { FieldElement } from "../fields/field-element.js"
import type { DeskLike } from "../internal/context.js"
import { defaultDraftDelay } from "../internal/drafts.js"
import { formStyles } from "./fd-form.styles.js"

Messages.register(elementsFormTexts)

export { defaultDraftDelay }

/**
 * What `fd-submit` carries: the value as the schema decoded it, the chosen files by field name
 * (the value holds only each file's name, type and size), and `waitUntil` for the host's save.
 *
 * @example
 * ```ts
 * import type { SubmitDetail } from "@frontdesk/elements"
 * import "@frontdesk/elements/define/fd-form.js"
 * declare const save: (value: unknown) => Promise<void>
 * const form = document.querySelector("fd-form")!
 * form.addEventListener("fd-submit", (event) => {
 *   const { value, waitUntil } = (event as CustomEvent<SubmitDetail>).detail
 *   // No second submit while saving; the draft is cleared only once the save succeeded.
 *   waitUntil(save(value).then(() => form.reset()))
 * })
 * ```
 * @category form
 * @since 0.1.0
 */
export interface SubmitDetail<A = unknown> {
  readonly value: A
  readonly files: Readonly<Record<string, ReadonlyArray<File>>>
  /**
   * Hands the form the host's save: until it settles the form takes no other submit (a double
   * click or a second Enter sends nothing twice), and the draft is kept until it succeeds.
   */
  readonly waitUntil: (saving: PromiseLike<unknown>) => void
}

/**
 * What `fd-form` keeps in `desk.drafts` under its `draft-key`.
 *
 * @example
 * ```ts
 * import type { Draft } from "@frontdesk/elements"
 * const draft: Draft = { values: { name: "王芳" }, step: 0 }
 * ```
 * @category form
 * @since 0.1.0
 */
export interface Draft {
  readonly values: Readonly<Record<string, unknown>>
  readonly step: number
}

interface Step {
  readonly id: string
  readonly fields: ReadonlyArray<Field.Descriptor>
}

/** Fields without a step join the step of the field before them, so a schema need not repeat it. */
const stepsOf = (fields: ReadonlyArray<Field.Descriptor>): ReadonlyArray<Step> => {
  const steps: Array<{ id: string; fields: Array<Field.Descriptor> }> = []
  for (const field of fields) {
    const id = field.meta.step ?? steps.at(-1)?.id ?? ""
    const step = steps.find((s) => s.id === id)
    if (step === undefined) steps.push({ id, fields: [field] })
    else step.fields.push(field)
  }
  return steps
}

/** Whether a schema is decoded from text, such as `Field.MoneyFromYuan`, rather than from a value. */
const decodesFromText = (schema: Schema.Top): boolean => {
  const encoded = SchemaAST.toEncoded(schema.ast)
  const members = encoded._tag === "Union" ? encoded.types : [encoded]
  return members.some((member) => member._tag === "String")
}

const fileRef = (file: File): Field.FileRef => ({ name: file.name, type: file.type, size: file.size })

const isDraft = (value: unknown): value is Draft =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as { values?: unknown }).values === "object" &&
  (value as { values?: unknown }).values !== null

/**
 * A form rendered from a `Schema.Struct` whose fields carry `Field.meta`.
 *
 * @summary Schema-driven form with inline localised validation, wizard steps and drafts.
 * @csspart form - The inner `<form>`.
 * @csspart summary - The list of issues shown after a failed submit.
 * @csspart steps - The step indicator.
 * @csspart step - One step of the indicator.
 * @csspart draft - The "draft restored" note.
 * @csspart actions - The row of buttons.
 * @csspart button - Every button.
 * @csspart submit - The primary button (Next or Submit).
 * @cssproperty --fd-color-primary - Colour of the primary button and the current step.
 * @cssproperty --fd-color-danger - Colour of the summary.
 * @cssproperty --fd-color-warning-surface - Background of the draft note.
 * @fires fd-submit - `CustomEvent<SubmitDetail>` with the decoded value, after a submit without issues.
 * @fires fd-step - `CustomEvent<{ step: number }>` when the wizard moves to another step.
 * @fires fd-draft-error - `CustomEvent<{ error: unknown }>` when the desk could not load, save or clear the draft; what was typed stays in the form.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * import type { SubmitDetail } from "@frontdesk/elements"
 * import "@frontdesk/elements/define/fd-form.js"
 * import { Schema } from "effect"
 * const form = document.createElement("fd-form")
 * form.schema = Schema.Struct({
 *   mobile: Field.Mobile.pipe(Field.meta({ label: "field.label.generic", widget: "mobile" }))
 * })
 * form.addEventListener("fd-submit", (e) => console.log((e as CustomEvent<SubmitDetail>).detail.value))
 * ```
 * @category form
 * @since 0.1.0
 */
export class FdForm extends FrontdeskElement {
  /** The form layout (note, error summary, step indicator, fields, buttons), themed by `--fd-*` tokens. */
  static override styles = [formStyles]

  /** The struct to render and decode; its fields' `Field.meta` give labels, hints and controls. */
  @property({ attribute: false }) schema: Schema.Struct<Schema.Struct.Fields> | undefined

  /** Keep a draft in `desk.drafts` under this key and offer it back on the next visit. */
  @property({ attribute: "draft-key" }) draftKey: string | undefined

  /** How long typing pauses before the draft is saved, in milliseconds. */
  @property({ type: Number, attribute: "draft-delay" }) draftDelay = defaultDraftDelay

  /** The catalogue code of the final button's text. */
  @property({ attribute: false }) submitLabel: Messages.Label = "form.submit"

  /** The wizard step shown, counted from 0. */
  @state() step = 0

  @state() private issues: ReadonlyMap<string, Messages.Message> = new Map()
  @state() private formIssues: ReadonlyArray<Messages.Message> = []
  @state() private summaryShown = false
  @state() private draftRestored = false
  /** A submit, or the host's save handed over with `waitUntil`, is still running. */
  @state() private submitting = false

  @query("form") private formElement!: HTMLFormElement

  private draftLoadedFor: string | undefined
  private draftTimer: ReturnType<typeof setTimeout> | undefined
  /**
   * Draft writes run one after another, so a save that a slow store answers late can never land
   * after the clear of a submit or a reset and bring old values back.
   */
  private draftWork: Promise<void> = Promise.resolve()
  /** Fields the user changed since the form opened; a draft that loads late does not overwrite them. */
  private readonly edited = new Set<string>()

  private get descriptors(): ReadonlyArray<Field.Descriptor> {
    return this.schema === undefined ? [] : Field.fieldsOf(this.schema)
  }

  private get steps(): ReadonlyArray<Step> {
    return stepsOf(this.descriptors)
  }

  /** The rendered control of a field. */
  fieldElement(name: string): FieldElement | undefined {
    return this.renderRoot.querySelector<FieldElement>(`[data-field="${CSS.escape(name)}"]`) ?? undefined
  }

  /** The values as the decoder receives them, leaving out empty fields. */
  get values(): Record<string, unknown> {
    const values: Record<string, unknown> = {}
    for (const descriptor of this.descriptors) {
      const value = this.inputOf(descriptor)
      if (value !== undefined) values[descriptor.name] = value
    }
    return values
  }

  private inputOf(descriptor: Field.Descriptor): unknown {
    const element = this.fieldElement(descriptor.name)
    if (element === undefined) return undefined
    const value = element.modelValue
    if (descriptor.meta.widget === "money" && decodesFromText(descriptor.schema))
      return element.value.trim() === "" ? undefined : element.value.trim()
    if (value instanceof File) return fileRef(value)
    if (Array.isArray(value) && value.every((v) => v instanceof File)) return value.map(fileRef)
    return value
  }

  /** The control's own finding first (it knows e.g. a half-typed date), then the domain's. */
  private checkField(descriptor: Field.Descriptor): Messages.Message | undefined {
    if (this.schema === undefined) return undefined
    const own = this.fieldElement(descriptor.name)?.selfCheck()
    if (own !== undefined) return own
    return Input.decodeField(this.schema, descriptor.name, this.inputOf(descriptor))[0]?.message
  }

  private setIssue(name: string, message: Messages.Message | undefined): void {
    const next = new Map(this.issues)
    if (message === undefined) next.delete(name)
    else next.set(name, message)
    this.issues = next
  }

  private descriptorOf(target: EventTarget | null): Field.Descriptor | undefined {
    if (!(target instanceof HTMLElement)) return undefined
    const name = target.dataset.field
    return this.descriptors.find((d) => d.name === name)
  }

  private onBlur(event: Event): void {
    const descriptor = this.descriptorOf(event.target)
    if (descriptor !== undefined) this.setIssue(descriptor.name, this.checkField(descriptor))
  }

  private onInput(event: Event): void {
    const descriptor = this.descriptorOf(event.target)
    if (descriptor !== undefined) this.edited.add(descriptor.name)
    // Once a field has shown a message, it follows the user's corrections as they type.
    if (descriptor !== undefined && this.issues.has(descriptor.name))
      this.setIssue(descriptor.name, this.checkField(descriptor))
    this.scheduleDraft()
  }

  /** Checks the given fields, shows what is wrong, and focuses the first wrong one. */
  private async showIssues(
    descriptors: ReadonlyArray<Field.Descriptor>,
    found: ReadonlyMap<string, Messages.Message>,
    formIssues: ReadonlyArray<Messages.Message>
  ): Promise<boolean> {
    const next = new Map(this.issues)
    for (const descriptor of descriptors) {
      const issue = found.get(descriptor.name)
      if (issue === undefined) next.delete(descriptor.name)
      else next.set(descriptor.name, issue)
      this.fieldElement(descriptor.name)?.markTouched()
    }
    this.issues = next
    this.formIssues = formIssues
    const first = descriptors.find((d) => found.has(d.name))
    if (first === undefined && formIssues.length === 0) return true
    this.summaryShown = true
    if (first !== undefined) {
      const step = this.steps.findIndex((s) => s.fields.some((f) => f.name === first.name))
      if (step >= 0) this.goTo(step)
      await this.updateComplete
      this.fieldElement(first.name)?.focus()
    }
    return false
  }

  /** Validates the current step; moves to the next when it has no issues. */
  async next(): Promise<boolean> {
    const step = this.steps[this.step]
    if (step === undefined) return false
    const found = new Map<string, Messages.Message>()
    for (const descriptor of step.fields) {
      const issue = this.checkField(descriptor)
      if (issue !== undefined) found.set(descriptor.name, issue)
    }
    if (!(await this.showIssues(step.fields, found, []))) return false
    this.summaryShown = false
    this.goTo(this.step + 1)
    await this.focusStep()
    this.scheduleDraft()
    return true
  }

  /** Goes back one step without validating, keeping what was typed. */
  async back(): Promise<void> {
    if (this.step === 0) return
    this.summaryShown = false
    this.goTo(this.step - 1)
    await this.focusStep()
  }

  /**
   * Focuses the first field of the step shown. The step's section is a group named by its heading,
   * so a screen reader announces the step as focus enters it.
   */
  private async focusStep(): Promise<void> {
    await this.updateComplete
    const first = this.steps[this.step]?.fields[0]
    if (first !== undefined) this.fieldElement(first.name)?.focus()
  }

  private goTo(step: number): void {
    const bounded = Math.max(0, Math.min(step, this.steps.length - 1))
    if (bounded === this.step) return
    this.step = bounded
    this.dispatchEvent(
      new CustomEvent("fd-step", { detail: { step: bounded }, bubbles: true, composed: true })
    )
  }

  /**
   * Decodes every field; dispatches `fd-submit` when nothing is wrong. Returns whether it did. While
   * a submit or the host's save it was handed is running, another submit does nothing.
   */
  async submit(): Promise<boolean> {
    if (this.schema === undefined || this.submitting) return false
    this.submitting = true
    let saving: PromiseLike<unknown> | undefined
    try {
      const detail = await this.decodeForSubmit()
      if (detail === undefined) return false
      this.dispatchEvent(
        new CustomEvent<SubmitDetail>("fd-submit", {
          detail: {
            ...detail,
            waitUntil: (promise) => {
              saving = promise
            }
          },
          bubbles: true,
          composed: true
        })
      )
    } finally {
      if (saving === undefined) this.submitting = false
    }
    if (saving === undefined) {
      await this.clearDraft()
      return true
    }
    try {
      await saving
      await this.clearDraft()
    } catch {
      // The host failed to save and says so itself; the draft stays, so nothing typed is lost.
    } finally {
      this.submitting = false
    }
    return true
  }

  private async decodeForSubmit(): Promise<Omit<SubmitDetail, "waitUntil"> | undefined> {
    if (this.schema === undefined) return undefined
    const descriptors = this.descriptors
    const result = Input.decode(this.schema as unknown as Schema.Decoder<unknown>, this.values)
    const found = new Map<string, Messages.Message>()
    const formIssues: Array<Messages.Message> = []
    if (Result.isFailure(result))
      for (const issue of result.failure.issues) {
        const name = issue.path[0]
        if (typeof name === "string" && descriptors.some((d) => d.name === name)) {
          if (!found.has(name)) found.set(name, issue.message)
        } else formIssues.push(issue.message)
      }
    for (const descriptor of descriptors) {
      const own = this.fieldElement(descriptor.name)?.selfCheck()
      if (own !== undefined) found.set(descriptor.name, own)
    }
    if (!(await this.showIssues(descriptors, found, formIssues)) || Result.isFailure(result)) return undefined
    this.summaryShown = false
    const files: Record<string, ReadonlyArray<File>> = {}
    for (const descriptor of descriptors) {
      const value = this.fieldElement(descriptor.name)?.modelValue
      if (value instanceof File) files[descriptor.name] = [value]
      else if (Array.isArray(value) && value.length > 0 && value.every((v) => v instanceof File))
        files[descriptor.name] = value
    }
    // Typing paused before the submit belongs to what is submitted, not to a new draft.
    clearTimeout(this.draftTimer)
    this.draftTimer = undefined
    return { value: result.success, files }
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    // Enter in a field submits the form; in the middle of a wizard that means "Next".
    if (this.step < this.steps.length - 1) await this.next()
    else await this.submit()
  }

  // drafts ---------------------------------------------------------------------------------------

  private scheduleDraft(): void {
    if (this.draftKey === undefined || this.currentDesk === undefined) return
    clearTimeout(this.draftTimer)
    this.draftTimer = setTimeout(() => void this.saveDraft(), this.draftDelay)
  }

  /** Tells the host the desk failed at a draft; the form itself carries on with what was typed. */
  private reportDraftError(error: unknown): void {
    this.dispatchEvent(
      new CustomEvent("fd-draft-error", { detail: { error }, bubbles: true, composed: true })
    )
  }

  /** Runs one draft operation after the ones before it; a failure is reported, never thrown. */
  private queueDraft(work: (desk: DeskLike) => Promise<unknown>): Promise<void> {
    const desk = this.currentDesk
    if (desk === undefined) return this.draftWork
    this.draftWork = this.draftWork.then(async () => {
      try {
        await work(desk)
      } catch (error) {
        this.reportDraftError(error)
      }
    })
    return this.draftWork
  }

  /** Saves the draft now instead of after the typing pause. */
  async saveDraft(key: string | undefined = this.draftKey): Promise<void> {
    clearTimeout(this.draftTimer)
    this.draftTimer = undefined
    if (key === undefined) return
    // The values are taken now, when they belong to `key`, not when the store gets to them.
    const values: Record<string, unknown> = {}
    for (const descriptor of this.descriptors) {
      const snapshot = this.fieldElement(descriptor.name)?.snapshot()
      if (snapshot !== undefined) values[descriptor.name] = snapshot
    }
    const draft: Draft = { values, step: this.step }
    await this.queueDraft((desk) => desk.drafts.save(key, draft))
  }

  private async loadDraft(key: string, desk: DeskLike): Promise<void> {
    let saved: unknown
    try {
      saved = await desk.drafts.load(key)
    } catch (error) {
      this.reportDraftError(error)
      return
    }
    if (!isDraft(saved) || this.draftKey !== key) return
    await this.updateComplete
    for (const descriptor of this.descriptors) {
      if (Object.hasOwn(saved.values, descriptor.name) && !this.edited.has(descriptor.name))
        this.fieldElement(descriptor.name)?.restore(saved.values[descriptor.name])
    }
    if (Number.isInteger(saved.step) && this.edited.size === 0) this.goTo(saved.step)
    this.draftRestored = true
  }

  private async clearDraft(): Promise<void> {
    clearTimeout(this.draftTimer)
    this.draftTimer = undefined
    this.draftRestored = false
    const key = this.draftKey
    if (key !== undefined) await this.queueDraft((desk) => desk.drafts.clear(key))
  }

  /**
   * Empties the form and returns to the first step, throwing any draft away. A host calls it once
   * it has saved what `fd-submit` handed over — not before, so a failed save loses nothing.
   */
  async reset(): Promise<void> {
    this.formElement?.reset()
    this.edited.clear()
    this.issues = new Map()
    this.formIssues = []
    this.summaryShown = false
    this.goTo(0)
    await this.clearDraft()
  }

  /** Throws the restored draft away and empties the form; focus goes to the first field. */
  async discardDraft(): Promise<void> {
    const done = this.reset()
    await this.focusStep()
    await done
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed)
    // Typing not yet saved belongs to the key it was typed under, not to the next one.
    const previous = changed.get("draftKey") as string | undefined
    if (changed.has("draftKey") && previous !== undefined && this.draftTimer !== undefined)
      void this.saveDraft(previous)
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed)
    const desk = this.currentDesk
    const key = this.draftKey
    if (key !== undefined && desk !== undefined && this.schema !== undefined && this.draftLoadedFor !== key) {
      this.draftLoadedFor = key
      void this.loadDraft(key, desk)
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    // What was typed in the last pause must not be lost when the form goes away.
    if (this.draftTimer !== undefined) void this.saveDraft()
  }

  // rendering ------------------------------------------------------------------------------------

  private renderField(descriptor: Field.Descriptor): TemplateResult {
    const { name, meta } = descriptor
    const t = (code: Messages.Label): string => this.i18n.t(code)
    const label = t(meta.label)
    const hint = meta.hint === undefined ? "" : t(meta.hint)
    const required = !descriptor.optional
    const issue = this.issues.get(name)
    const options = (meta.options ?? []).map((o) => ({ value: o.value, label: t(o.label) }))
    switch (meta.widget) {
      case "textarea":
        return html`<fd-text-field data-field=${name} name=${name} label=${label} hint=${hint} ?required=${required} .issue=${issue} multiline></fd-text-field>`
      case "number":
      case "area":
        return html`<fd-text-field data-field=${name} name=${name} label=${label} hint=${hint} ?required=${required} .issue=${issue} type="number"></fd-text-field>`
      case "email":
        return html`<fd-text-field data-field=${name} name=${name} label=${label} hint=${hint} ?required=${required} .issue=${issue} type="email" autocomplete="email"></fd-text-field>`
      case "creditCode":
        return html`<fd-text-field data-field=${name} name=${name} label=${label} hint=${hint} ?required=${required} .issue=${issue} uppercase></fd-text-field>`
      case "mobile":
        return html`<fd-mobile-field data-field=${name} name=${name} label=${label} hint=${hint} ?required=${required} .issue=${issue}></fd-mobile-field>`
      case "residentId":
        return html`<fd-id-field data-field=${name} name=${name} label=${label} hint=${hint} ?required=${required} .issue=${issue} ?sensitive=${meta.sensitive === true}></fd-id-field>`
      case "select":
        return html`<fd-select data-field=${name} name=${name} label=${label} hint=${hint} ?required=${required} .issue=${issue} .options=${options}></fd-select>`
      case "multiSelect":
        return html`<fd-multi-select data-field=${name} name=${name} label=${label} hint=${hint} ?required=${required} .issue=${issue} .options=${options}></fd-multi-select>`
      case "date":
        return html`<fd-date-field data-field=${name} name=${name} label=${label} hint=${hint} ?required=${required} .issue=${issue}></fd-date-field>`
      case "dateTime":
        return html`<fd-datetime-field data-field=${name} name=${name} label=${label} hint=${hint} ?required=${required} .issue=${issue}></fd-datetime-field>`
      case "money":
        return html`<fd-money-field data-field=${name} name=${name} label=${label} hint=${hint} ?required=${required} .issue=${issue}></fd-money-field>`
      case "file":
        return html`<fd-file-field data-field=${name} name=${name} label=${label} hint=${hint} ?required=${required} .issue=${issue} .accept=${meta.accept ?? []} .maxBytes=${meta.maxBytes}></fd-file-field>`
      case "checkbox":
        return html`<fd-checkbox-field data-field=${name} name=${name} label=${label} hint=${hint} ?required=${required} .issue=${issue}></fd-checkbox-field>`
      default:
        return html`<fd-text-field data-field=${name} name=${name} label=${label} hint=${hint} ?required=${required} .issue=${issue}></fd-text-field>`
    }
  }

  private stepTitle(step: Step, index: number): string {
    // A step id that is a catalogue code names the step; any other id is numbered.
    return Messages.isCode(step.id) ? this.i18n.t(step.id) : this.i18n.t("form.step", { n: index + 1 })
  }

  private renderSummary(): TemplateResult | typeof nothing {
    if (!this.summaryShown) return nothing
    const entries = [...this.issues.entries()]
    const count = entries.length + this.formIssues.length
    if (count === 0) return nothing
    const labelOf = (name: string): string => {
      const meta = this.descriptors.find((d) => d.name === name)?.meta
      return meta === undefined ? name : this.i18n.t(meta.label)
    }
    return html`<p class="summary-title">${this.i18n.t(count === 1 ? "form.summary.one" : "form.summary", { count })}</p>
      <ul>
        ${entries.map(
          ([name, message]) => html`<li>
            <a
              href=${`#${name}`}
              @click=${(event: Event) => {
                event.preventDefault()
                const step = this.steps.findIndex((s) => s.fields.some((f) => f.name === name))
                if (step >= 0) this.goTo(step)
                void this.updateComplete.then(() => this.fieldElement(name)?.focus())
              }}
              >${this.i18n.t("form.summary.item", {
                label: labelOf(name),
                message: this.i18n.t(message.code, message.params)
              })}</a
            >
          </li>`
        )}
        ${this.formIssues.map((message) => html`<li>${this.i18n.t(message.code, message.params)}</li>`)}
      </ul>`
  }

  override render(): TemplateResult {
    const steps = this.steps
    const wizard = steps.length > 1
    const last = this.step >= steps.length - 1
    return html`<form
      part="form"
      novalidate
      aria-busy=${this.submitting ? "true" : nothing}
      @submit=${this.onSubmit}
      @input=${this.onInput}
      @change=${this.onInput}
      @fd-blur=${this.onBlur}
    >
      ${
        this.draftRestored
          ? html`<div part="draft" class="draft" role="status">
              <span>${this.i18n.t("form.draft.restored")}</span>
              <button type="button" part="button" @click=${() => void this.discardDraft()}>
                ${this.i18n.t("form.draft.discard")}
              </button>
            </div>`
          : nothing
      }
      <div part="summary" class="summary" role="alert">${this.renderSummary()}</div>
      ${
        wizard
          ? html`<nav aria-label=${this.i18n.t("form.steps")}>
              <ol part="steps" class="steps">
                ${steps.map(
                  (step, i) =>
                    html`<li part="step" class="step" aria-current=${i === this.step ? "step" : nothing}>
                      ${this.stepTitle(step, i)}
                    </li>`
                )}
              </ol>
            </nav>`
          : nothing
      }
      ${steps.map(
        (step, i) => html`<section
          class="fields"
          ?hidden=${i !== this.step}
          role=${wizard ? "group" : nothing}
          aria-labelledby=${wizard ? `step-${i}` : nothing}
        >
          ${
            wizard
              ? html`<h3 class="step-heading" id=${`step-${i}`}>
                  ${this.i18n.t("form.stepOfTitled", { n: i + 1, total: steps.length, title: this.stepTitle(step, i) })}
                </h3>`
              : nothing
          }
          ${step.fields.map((descriptor) => this.renderField(descriptor))}
        </section>`
      )}
      <div part="actions" class="actions">
        ${
          wizard && this.step > 0
            ? html`<button type="button" part="button" @click=${() => void this.back()}>
                ${this.i18n.t("form.back")}
              </button>`
            : nothing
        }
        <button type="submit" part="button submit" class="primary" aria-disabled=${this.submitting ? "true" : nothing}>
          ${this.i18n.t(last ? this.submitLabel : "form.next")}
        </button>
      </div>
    </form>`
  }
}

declare global {
  /** Typed listeners: `form.addEventListener("fd-submit", (e) => e.detail.value)`. */
  interface HTMLElementEventMap {
    "fd-submit": CustomEvent<SubmitDetail>
    "fd-step": CustomEvent<{ readonly step: number }>
    "fd-draft-error": CustomEvent<{ readonly error: unknown }>
  }
}
