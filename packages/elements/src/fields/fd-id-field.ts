/**
 * A resident ID number (居民身份证号) control that checks the GB 11643 check digit (with the domain's
 * `Field.ResidentId`) as the user leaves it and, for personal data, hides the middle digits while not being edited.
 */
import { Field, type Messages } from "@frontdesk/domain"
import { html, type TemplateResult } from "lit"
import { property, state } from "lit/decorators.js"
import { firstIssue } from "./domain-check.js"
import { FieldElement, ids } from "./field-element.js"

/**
 * The ID number with all but its first 3 and last 4 characters hidden.
 *
 * @example
 * ```ts
 * maskResidentId("11010519491231002X") // "110***********002X"
 * ```
 * @category fields
 * @since 0.1.0
 */
export const maskResidentId = (text: string): string =>
  text.length <= 7 ? text : `${text.slice(0, 3)}${"*".repeat(text.length - 7)}${text.slice(-4)}`

/**
 * The ID number as typed made compact: full-width characters (a Chinese input method's `１２Ｘ`)
 * to half-width, the spaces people group the digits with removed, `x` upper-cased — the same
 * clean-up `Field.ResidentId` decodes with.
 */
const compactId = (text: string): string => text.normalize("NFKC").replace(/\s/g, "").toUpperCase()

/**
 * A resident ID number field. It takes the number as people type or paste it — digits grouped
 * with spaces, full-width characters, a lower-case `x` — and submits the compact 18 characters.
 *
 * @summary Resident ID number with check-digit validation and masked display.
 * @csspart field - The wrapper of label, control, hint and message.
 * @csspart label - The visible label.
 * @csspart input - The inner `<input>`.
 * @csspart hint - The help text.
 * @csspart error - The inline message.
 * @cssproperty --fd-color-danger - Colour of the message and of an invalid border.
 * @fires input - When the text changes.
 * @fires change - When the user commits a change.
 * @fires fd-blur - When focus leaves the field.
 *
 * @example
 * ```html
 * <fd-id-field name="idNumber" label="身份证号" sensitive required></fd-id-field>
 * ```
 * @category fields
 * @since 0.1.0
 */
export class FdIdField extends FieldElement {
  /** Personal data: show it masked while the field is not focused. */
  @property({ type: Boolean }) sensitive = false

  @state() private editing = false

  get modelValue(): unknown {
    const text = compactId(this.value)
    return text === "" ? undefined : text
  }

  protected override get formValue(): string | null {
    const model = this.modelValue
    return typeof model === "string" ? model : null
  }

  protected override ownIssue(): Messages.Message | undefined {
    const required = super.ownIssue()
    if (required !== undefined || this.isEmpty()) return required
    return firstIssue(Field.ResidentId, this.value)
  }

  private onInput(event: Event): void {
    const text = (event.target as HTMLInputElement).value
    // Rewriting the text under an input method's composition breaks it; capitalise once it ends.
    this.value = (event as InputEvent).isComposing ? text : text.toUpperCase()
  }

  private onChange(): void {
    const compact = compactId(this.value)
    if (compact !== this.value) this.value = compact
    this.dispatchEvent(new Event("change", { bubbles: true }))
  }

  protected renderControl(): TemplateResult {
    const masked = this.sensitive && !this.editing
    return html`<input
      id=${ids.control}
      part="input"
      type="text"
      autocomplete="off"
      spellcheck="false"
      .value=${masked ? maskResidentId(this.value) : this.value}
      ?readonly=${masked}
      ?disabled=${this.isDisabled}
      aria-required=${this.required ? "true" : "false"}
      aria-invalid=${this.ariaInvalidValue}
      aria-describedby=${this.describedBy}
      @focus=${() => {
        this.editing = true
      }}
      @blur=${() => {
        this.editing = false
      }}
      @input=${this.onInput}
      @compositionend=${this.onInput}
      @change=${this.onChange}
    />`
  }
}
