/**
 * A text control, single-line or multi-line, for free text, numbers, e-mail addresses and codes.
 */
import { Field, Messages } from "@frontdesk/domain"
import { elementsFormTexts, fieldTexts } from "@frontdesk/domain/messages"
import { html, type TemplateResult } from "lit"
import { property } from "lit/decorators.js"
import { ifDefined } from "lit/directives/if-defined.js"
import { firstIssue } from "./domain-check.js"
import { FieldElement, ids } from "./field-element.js"

Messages.register(elementsFormTexts)
Messages.register(fieldTexts)

/**
 * A labelled text control that validates in the page's language.
 *
 * @summary Text, textarea, number or e-mail field with an inline message.
 * @csspart field - The wrapper of label, control, hint and message.
 * @csspart label - The visible label.
 * @csspart input - The inner `<input>` or `<textarea>`.
 * @csspart hint - The help text.
 * @csspart error - The inline message.
 * @cssproperty --fd-color-danger - Colour of the message and of an invalid border.
 * @cssproperty --fd-color-border - Border colour of the control.
 * @cssproperty --fd-field-gap - Space below the field.
 * @fires input - When the text changes.
 * @fires change - When the user commits a change.
 * @fires fd-blur - When focus leaves the field.
 *
 * @example
 * ```html
 * <fd-text-field name="remark" label="Remark" multiline></fd-text-field>
 * ```
 * @category fields
 * @since 0.1.0
 */
export class FdTextField extends FieldElement {
  /** `text`, `number` or `email`; ignored when `multiline`. */
  @property() type: "text" | "number" | "email" = "text"

  /** Render a `<textarea>`. */
  @property({ type: Boolean }) multiline = false

  /** Longest accepted text, checked on the value rather than by cutting typing off. */
  @property({ type: Number, attribute: "max-length" }) maxLength: number | undefined

  /** Capitalise letters as typed, for codes such as a credit code. */
  @property({ type: Boolean }) uppercase = false

  /** Passed to the inner control. */
  @property() autocomplete: string | undefined

  /** Passed to the inner control, for example `numeric`. */
  @property() inputmode: string | undefined

  get modelValue(): unknown {
    const text = this.value.trim()
    if (text === "") return undefined
    if (this.type === "number" && !this.multiline) {
      const n = Number(text)
      return Number.isFinite(n) ? n : text
    }
    return text
  }

  protected override ownIssue(): Messages.Message | undefined {
    const required = super.ownIssue()
    if (required !== undefined || this.isEmpty()) return required
    const text = this.value.trim()
    if (this.maxLength !== undefined && text.length > this.maxLength)
      return { code: "field.text.tooLong", params: { max: this.maxLength } }
    if (this.multiline) return undefined
    if (this.type === "number" && !Number.isFinite(Number(text))) return { code: "form.number.invalid" }
    if (this.type === "email") return firstIssue(Field.Email, text)
    return undefined
  }

  private onInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement
    // Rewriting the text under an input method's composition breaks it; capitalise once it ends.
    if (this.uppercase && !(event as InputEvent).isComposing) {
      const upper = target.value.toUpperCase()
      if (upper !== target.value) target.value = upper
    }
    this.value = target.value
  }

  private onChange(): void {
    this.dispatchEvent(new Event("change", { bubbles: true }))
  }

  protected renderControl(): TemplateResult {
    if (this.multiline)
      return html`<textarea
        id=${ids.control}
        part="input"
        rows="4"
        .value=${this.value}
        ?disabled=${this.isDisabled}
        aria-required=${this.required ? "true" : "false"}
        aria-invalid=${this.ariaInvalidValue}
        aria-describedby=${this.describedBy}
        autocomplete=${ifDefined(this.autocomplete)}
        @input=${this.onInput}
        @compositionend=${this.onInput}
        @change=${this.onChange}
      ></textarea>`
    // A number field stays a text input so the browser keeps no hidden "bad input" of its own.
    const inputmode = this.inputmode ?? (this.type === "number" ? "decimal" : undefined)
    return html`<input
      id=${ids.control}
      part="input"
      type=${this.type === "email" ? "email" : "text"}
      .value=${this.value}
      ?disabled=${this.isDisabled}
      aria-required=${this.required ? "true" : "false"}
      aria-invalid=${this.ariaInvalidValue}
      aria-describedby=${this.describedBy}
      autocomplete=${ifDefined(this.autocomplete)}
      inputmode=${ifDefined(inputmode)}
      @input=${this.onInput}
      @compositionend=${this.onInput}
      @change=${this.onChange}
    />`
  }
}
