/**
 * A single yes/no choice, such as a consent, as a native checkbox with its label beside it.
 */
import { Messages } from "@frontdesk/domain"
import { fieldTexts } from "@frontdesk/domain/messages"
import { html, nothing, type TemplateResult } from "lit"
import { property } from "lit/decorators.js"
import { FieldElement, ids } from "./field-element.js"

Messages.register(fieldTexts)

/**
 * A labelled checkbox; `required` means it must be checked.
 *
 * @summary One checkbox with a label, hint and inline message.
 * @csspart field - The wrapper.
 * @csspart label - The label beside the box.
 * @csspart input - The checkbox.
 * @csspart hint - The help text.
 * @csspart error - The inline message.
 * @cssproperty --fd-color-danger - Colour of the message.
 * @fires input - When toggled.
 * @fires change - When toggled.
 * @fires fd-blur - When focus leaves the field.
 *
 * @example
 * ```html
 * <fd-checkbox-field name="consent" label="I agree" required></fd-checkbox-field>
 * ```
 * @category fields
 * @since 0.1.0
 */
export class FdCheckboxField extends FieldElement {
  /** Whether the box is checked. */
  @property({ type: Boolean }) checked = false

  private defaultChecked: boolean | undefined

  override connectedCallback(): void {
    super.connectedCallback()
    this.defaultChecked ??= this.checked
  }

  get modelValue(): unknown {
    return this.checked
  }

  protected override get formValue(): string | null {
    return this.checked ? this.value || "on" : null
  }

  /** The submitted value is what the browser gives back after back/forward. */
  protected override get formState(): string | null {
    return this.formValue
  }

  protected override isEmpty(): boolean {
    return !this.checked
  }

  protected override ownIssue(): Messages.Message | undefined {
    return this.required && !this.checked ? { code: "input.required" } : undefined
  }

  override snapshot(): unknown {
    return this.checked
  }

  override restore(saved: unknown): void {
    if (typeof saved === "boolean") this.checked = saved
  }

  override formResetCallback(): void {
    super.formResetCallback()
    this.checked = this.defaultChecked ?? false
  }

  override formStateRestoreCallback(state: string | File | FormData | null): void {
    this.checked = state !== null
  }

  protected renderControl(): TemplateResult {
    return html`<input
      id=${ids.control}
      part="input"
      type="checkbox"
      .checked=${this.checked}
      ?disabled=${this.isDisabled}
      aria-required=${this.required ? "true" : "false"}
      aria-invalid=${this.ariaInvalidValue}
      aria-describedby=${this.describedBy}
      @input=${(event: Event) => {
        this.checked = (event.target as HTMLInputElement).checked
      }}
      @change=${() => this.dispatchEvent(new Event("change", { bubbles: true }))}
    />`
  }

  override render(): TemplateResult {
    const issue = this.shownIssue
    return html`<div part="field" class="field">
      <span class="check">${this.renderControl()}${this.renderLabel()}</span>
      ${this.hint === "" ? nothing : html`<div id=${ids.hint} part="hint" class="hint">${this.hint}</div>`}
      <div id=${ids.error} part="error" class="error" aria-live="polite">
        ${issue === undefined ? nothing : this.i18n.t(issue.code, issue.params)}
      </div>
    </div>`
  }
}
