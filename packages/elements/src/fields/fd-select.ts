/**
 * A single choice from a list, on the native `<select>` so keyboard and screen readers work as
 * users expect.
 */
import { Messages } from "@frontdesk/domain"
import { elementsFormTexts } from "@frontdesk/domain/messages"
import { html, type TemplateResult } from "lit"
import { property } from "lit/decorators.js"
import { FieldElement, ids } from "./field-element.js"
import type { FieldOption } from "./option.js"

Messages.register(elementsFormTexts)

/**
 * A labelled single-choice list.
 *
 * @summary One choice from a list of options.
 * @csspart field - The wrapper of label, control, hint and message.
 * @csspart label - The visible label.
 * @csspart input - The inner `<select>`.
 * @csspart hint - The help text.
 * @csspart error - The inline message.
 * @cssproperty --fd-color-danger - Colour of the message and of an invalid border.
 * @fires input - When the choice changes.
 * @fires change - When the choice changes.
 * @fires fd-blur - When focus leaves the field.
 *
 * @example
 * ```ts
 * import "@frontdesk/elements/define/fd-select.js"
 * const channel = document.querySelector("fd-select")!
 * channel.options = [{ value: "phone", label: "Phone" }, { value: "visit", label: "Visit" }]
 * ```
 * @category fields
 * @since 0.1.0
 */
export class FdSelect extends FieldElement {
  /** The choices, in order. */
  @property({ attribute: false }) options: ReadonlyArray<FieldOption> = []

  get modelValue(): unknown {
    return this.value === "" ? undefined : this.value
  }

  private onChange(event: Event): void {
    this.value = (event.target as HTMLSelectElement).value
    this.dispatchEvent(new Event("change", { bubbles: true }))
  }

  protected renderControl(): TemplateResult {
    return html`<select
      id=${ids.control}
      part="input"
      ?disabled=${this.isDisabled}
      aria-required=${this.required ? "true" : "false"}
      aria-invalid=${this.ariaInvalidValue}
      aria-describedby=${this.describedBy}
      @input=${(event: Event) => {
        this.value = (event.target as HTMLSelectElement).value
      }}
      @change=${this.onChange}
    >
      <option value="" ?selected=${this.value === ""}>${this.i18n.t("form.select.placeholder")}</option>
      ${this.options.map(
        (option) =>
          html`<option value=${option.value} ?selected=${option.value === this.value}>${option.label}</option>`
      )}
    </select>`
  }
}
