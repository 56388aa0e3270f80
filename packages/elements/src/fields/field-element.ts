/**
 * The base every form control shares: form association through ElementInternals, a visible label
 * tied to the inner control, the hint and the inline message wired with `aria-describedby`, and
 * validation that speaks the page's language instead of the browser's bubble.
 */
import { Messages } from "@frontdesk/domain"
import { fieldTexts } from "@frontdesk/domain/messages"
import { ContextConsumer } from "@lit/context"
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit"
import { property, state } from "lit/decorators.js"
import { frontdeskContext } from "../internal/context.js"
import { LocaleController } from "../internal/locale.js"
import { fieldStyles } from "./field.styles.js"

Messages.register(fieldTexts)

/**
 * The ids the shared template gives the hint and the message, for a subclass's inner control.
 *
 * @example
 * ```ts
 * html`<input id=${ids.control} aria-describedby=${ids.describedBy}>`
 * ```
 * @category fields
 * @since 0.1.0
 */
export const ids = { control: "control", hint: "hint", error: "error", describedBy: "hint error" } as const

/**
 * A form-associated Lit element with the behaviour every Frontdesk control shares.
 *
 * Subclasses give the inner control (`renderControl`), the value handed to forms and decoders
 * (`modelValue`, `formValue`) and their own checks (`ownIssue`).
 *
 * @example
 * ```ts
 * import { FieldElement } from "@frontdesk/elements"
 * import { html } from "lit"
 * class FdNote extends FieldElement {
 *   protected renderControl() {
 *     return html`<input id="control" part="input" .value=${this.value}>`
 *   }
 *   get modelValue() {
 *     return this.value === "" ? undefined : this.value
 *   }
 * }
 * ```
 * @category fields
 * @since 0.1.0
 */
export abstract class FieldElement extends LitElement {
  static formAssociated = true
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true
  }
  /** The field layout (label above the control, hint and message below), themed by `--fd-*` tokens. */
  static override styles = [fieldStyles]

  /** The name under which the value is submitted with its form. */
  @property({ reflect: true }) name = ""

  /** The visible label text (already in the page's language). */
  @property() label = ""

  /** Help shown under the control and read with it. */
  @property() hint = ""

  /** The field must be filled; checked here, never by the browser. */
  @property({ type: Boolean, reflect: true }) required = false

  /** The control takes no input and is left out of its form's data. */
  @property({ type: Boolean, reflect: true }) disabled = false

  /** The control's text value. */
  @property() value = ""

  /**
   * An issue found outside the control, for example by the domain decoder in `fd-form`; shown
   * in place of the control's own message and rendered in the current language.
   */
  @property({ attribute: false }) issue: Messages.Message | undefined

  /** The user has left the field or tried to submit: from now on its message is shown. */
  @state() protected touched = false

  /** Set by a disabled ancestor fieldset. */
  @state() protected formDisabled = false

  protected readonly internals: ElementInternals
  protected readonly i18n: LocaleController = new LocaleController(this)

  /** The value the control started with, restored by a form reset. */
  private defaultValue: string | undefined

  constructor() {
    super()
    this.internals = this.attachInternals()
    new ContextConsumer(this, {
      context: frontdeskContext,
      subscribe: true,
      callback: (value) => this.i18n.setOverride(value.locale)
    })
    // The browser fires `invalid` on submit or checkValidity; cancelling it keeps the browser's
    // bubble away, and the inline message takes its place.
    this.addEventListener("invalid", (event) => {
      event.preventDefault()
      this.touched = true
      this.focusIfFirstInvalid()
    })
    // The inner input sits in a shadow tree without a form, so Enter would not submit the form
    // this control belongs to, as it does for native inputs.
    this.addEventListener("keydown", (event) => {
      const origin = event.composedPath()[0]
      // An Enter that picks an input method's candidate is not a submit: Chromium marks it
      // `isComposing`, Safari sends it just after compositionend with keyCode 229.
      if (event.key !== "Enter" || event.defaultPrevented || event.isComposing || event.keyCode === 229)
        return
      if (!(origin instanceof HTMLInputElement) || ["checkbox", "radio", "file"].includes(origin.type)) return
      event.preventDefault()
      this.internals.form?.requestSubmit()
    })
    this.addEventListener("focusout", (event) => {
      const next = event.relatedTarget
      if (next instanceof Node && (this.contains(next) || this.shadowRoot?.contains(next))) return
      this.touched = true
      this.dispatchEvent(new Event("fd-blur", { bubbles: true, composed: true }))
    })
  }

  override connectedCallback(): void {
    super.connectedCallback()
    this.defaultValue ??= this.value
  }

  /** The value handed to a schema decoder: `undefined` when the field is empty. */
  abstract get modelValue(): unknown

  /** What the control submits with its form. */
  protected get formValue(): File | string | FormData | null {
    return this.value === "" ? null : this.value
  }

  /**
   * What the browser keeps to give back to `formStateRestoreCallback` after back/forward: the text
   * as typed, which the control reads back exactly (a submitted form value, such as money in fen,
   * would not read back as the same text).
   */
  protected get formState(): File | string | FormData | null {
    return this.value
  }

  /** The control's own finding about its value, before any domain rule. */
  protected ownIssue(): Messages.Message | undefined {
    return this.required && this.isEmpty() ? { code: "input.required" } : undefined
  }

  protected isEmpty(): boolean {
    return this.value.trim() === ""
  }

  /** The inner control a validity message points at. */
  protected abstract renderControl(): TemplateResult

  /** The control's own finding about its value, ignoring any `issue` set from outside. */
  selfCheck(): Messages.Message | undefined {
    return this.ownIssue()
  }

  /** The value in a JSON-safe form that `restore` takes back, e.g. for drafts. */
  snapshot(): unknown {
    return this.value
  }

  /** Takes back what `snapshot` gave. */
  restore(saved: unknown): void {
    if (typeof saved === "string") this.value = saved
  }

  /** The associated form, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form
  }

  /** The validity of the control, as for native inputs. */
  get validity(): ValidityState {
    return this.internals.validity
  }

  /** The current message text in the page's language, or "" when valid. */
  get validationMessage(): string {
    return this.internals.validationMessage
  }

  /** Whether the value is valid, without showing anything. */
  checkValidity(): boolean {
    this.syncValidity()
    return this.internals.checkValidity()
  }

  /** Whether the value is valid; when not, shows the message inline and focuses the control. */
  reportValidity(): boolean {
    this.syncValidity()
    const valid = this.internals.validity.valid
    if (!valid) {
      this.touched = true
      this.focus()
    }
    return valid
  }

  /** Shows the message from now on, as after a blur; used by forms on submit. */
  markTouched(): void {
    this.touched = true
  }

  /** The issue shown right now (`undefined` before the user has interacted). */
  get shownIssue(): Messages.Message | undefined {
    return this.touched ? this.currentIssue() : undefined
  }

  /** Called by the browser when the form is reset: the starting value comes back and the message hides. */
  formResetCallback(): void {
    this.value = this.defaultValue ?? ""
    this.issue = undefined
    this.touched = false
  }

  /** Called by the browser when a disabled fieldset around the control turns on or off. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled
  }

  /** Called by the browser when it restores the page (back, forward, autofill) with the submitted value. */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === "string") this.value = state
  }

  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled
  }

  protected currentIssue(): Messages.Message | undefined {
    return this.issue ?? this.ownIssue()
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed)
    this.syncValidity()
    if (this.touched && this.currentIssue() !== undefined) this.internals.states.add("user-invalid")
    else this.internals.states.delete("user-invalid")
  }

  private syncValidity(): void {
    this.internals.setFormValue(this.isDisabled ? null : this.formValue, this.formState)
    const issue = this.currentIssue()
    const anchor = this.renderRoot.querySelector<HTMLElement>(`#${ids.control}`) ?? undefined
    if (issue === undefined || this.isDisabled) this.internals.setValidity({})
    else
      this.internals.setValidity(
        issue.code === "input.required" ? { valueMissing: true } : { customError: true },
        this.i18n.t(issue.code, issue.params),
        anchor
      )
  }

  private focusIfFirstInvalid(): void {
    const form = this.internals.form
    if (form === null) return
    const first = Array.from(form.elements).find(
      (element) => "validity" in element && !(element as { validity: ValidityState }).validity.valid
    )
    if (first === this) this.focus()
  }

  override render(): TemplateResult {
    const issue = this.shownIssue
    return html`
      <div part="field" class="field" ?data-invalid=${issue !== undefined}>
        ${this.renderLabel()} ${this.renderControl()}
        ${this.hint === "" ? nothing : html`<div id=${ids.hint} part="hint" class="hint">${this.hint}</div>`}
        <div id=${ids.error} part="error" class="error" aria-live="polite">
          ${this.renderMessage(issue)}
        </div>
      </div>
    `
  }

  /** The text of the inline message area. */
  protected renderMessage(issue: Messages.Message | undefined): unknown {
    return issue === undefined ? nothing : this.i18n.t(issue.code, issue.params)
  }

  protected renderLabel(): TemplateResult {
    return html`<label part="label" class="label" for=${ids.control}>${this.label}${this.renderRequiredMark()}</label>`
  }

  protected renderRequiredMark(): TemplateResult | typeof nothing {
    return this.required ? html`<span class="required" aria-hidden="true">*</span>` : nothing
  }

  /** `aria-invalid` for the inner control. */
  protected get ariaInvalidValue(): "true" | "false" {
    return this.shownIssue === undefined ? "false" : "true"
  }

  /** Ids of the hint and message elements actually present. */
  protected get describedBy(): string {
    return this.hint === "" ? ids.error : ids.describedBy
  }
}
