/**
 * Date and date-time controls on the native pickers, holding ISO 8601 local values
 * (`2026-03-02`, `2026-03-02T09:30`) in the organisation's time zone.
 */
import { Messages } from "@frontdesk/domain"
import { elementsFormTexts, fieldTexts } from "@frontdesk/domain/messages"
import { html, type TemplateResult } from "lit"
import { property, state } from "lit/decorators.js"
import { ifDefined } from "lit/directives/if-defined.js"
import { FieldElement, ids } from "./field-element.js"

Messages.register(elementsFormTexts)
Messages.register(fieldTexts)

abstract class DateControl extends FieldElement {
  /** Earliest allowed value, in the same ISO form as `value`. */
  @property() min: string | undefined

  /** Latest allowed value, in the same ISO form as `value`. */
  @property() max: string | undefined

  /** The picker holds text that is not a whole date yet. */
  @state() private incomplete = false

  protected abstract readonly inputType: "date" | "datetime-local"
  protected abstract readonly invalidCode: Messages.Code

  get modelValue(): unknown {
    return this.value === "" ? undefined : this.value
  }

  protected override isEmpty(): boolean {
    return this.value === "" && !this.incomplete
  }

  protected override ownIssue(): Messages.Message | undefined {
    if (this.incomplete) return { code: this.invalidCode }
    const required = super.ownIssue()
    if (required !== undefined || this.isEmpty()) return required
    // ISO local values of one shape compare correctly as strings.
    if (this.min !== undefined && this.value < this.min)
      return { code: "form.date.min", params: { min: this.min } }
    if (this.max !== undefined && this.value > this.max)
      return { code: "form.date.max", params: { max: this.max } }
    return undefined
  }

  override formResetCallback(): void {
    super.formResetCallback()
    this.incomplete = false
  }

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement
    this.incomplete = input.validity.badInput
    this.value = input.value
  }

  /** Typing part of a date fires no `input`; the picker only tells through `badInput`. */
  private onPartial(event: Event): void {
    this.incomplete = (event.target as HTMLInputElement).validity.badInput
  }

  protected renderControl(): TemplateResult {
    return html`<input
      id=${ids.control}
      part="input"
      type=${this.inputType}
      .value=${this.value}
      min=${ifDefined(this.min)}
      max=${ifDefined(this.max)}
      ?disabled=${this.isDisabled}
      aria-required=${this.required ? "true" : "false"}
      aria-invalid=${this.ariaInvalidValue}
      aria-describedby=${this.describedBy}
      @input=${this.onInput}
      @keyup=${this.onPartial}
      @blur=${this.onPartial}
      @change=${(event: Event) => {
        this.onInput(event)
        this.dispatchEvent(new Event("change", { bubbles: true }))
      }}
    />`
  }
}

/**
 * A date field whose value is `YYYY-MM-DD`.
 *
 * @summary A calendar date with optional bounds.
 * @csspart field - The wrapper of label, control, hint and message.
 * @csspart label - The visible label.
 * @csspart input - The inner `<input type="date">`.
 * @csspart hint - The help text.
 * @csspart error - The inline message.
 * @cssproperty --fd-color-danger - Colour of the message and of an invalid border.
 * @fires input - When the date changes.
 * @fires change - When the user commits a date.
 * @fires fd-blur - When focus leaves the field.
 *
 * @example
 * ```html
 * <fd-date-field name="moveIn" label="入住日期" min="2026-01-01"></fd-date-field>
 * ```
 * @category fields
 * @since 0.1.0
 */
export class FdDateField extends DateControl {
  protected readonly inputType = "date"
  protected readonly invalidCode = "field.date.invalid"
}

/**
 * A date-and-time field whose value is `YYYY-MM-DDTHH:mm` in local time.
 *
 * @summary A local date and time with optional bounds.
 * @csspart field - The wrapper of label, control, hint and message.
 * @csspart label - The visible label.
 * @csspart input - The inner `<input type="datetime-local">`.
 * @csspart hint - The help text.
 * @csspart error - The inline message.
 * @cssproperty --fd-color-danger - Colour of the message and of an invalid border.
 * @fires input - When the value changes.
 * @fires change - When the user commits a value.
 * @fires fd-blur - When focus leaves the field.
 *
 * @example
 * ```html
 * <fd-datetime-field name="visitAt" label="Visit"></fd-datetime-field>
 * ```
 * @category fields
 * @since 0.1.0
 */
export class FdDatetimeField extends DateControl {
  protected readonly inputType = "datetime-local"
  protected readonly invalidCode = "field.dateTime.invalid"
}
