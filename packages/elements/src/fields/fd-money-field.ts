/**
 * A money control: the user types yuan, the form receives exact integer fen.
 */
import { Field, type Messages } from "@frontdesk/domain"
import { Result } from "effect"
import { html, type TemplateResult } from "lit"
import { property } from "lit/decorators.js"
import { FieldElement, ids } from "./field-element.js"

/**
 * An amount in yuan whose value for forms and decoders is a whole number of fen.
 *
 * Accepted as typed: digits with at most two decimals, grouping commas (`1,234.50`), full-width
 * digits and punctuation from a Chinese input method (`１２３`, `１，２３４．５`), a leading `¥` or
 * `￥`, a sign, and spaces. Anything else (`123元`, `1.234,50`, `1,23`) is refused with the inline
 * message "请输入金额（元），如 12 或 12.34" and the text stays for the user to correct.
 *
 * @summary Yuan in, fen out, never floating point.
 * @csspart field - The wrapper of label, control, hint and message.
 * @csspart label - The visible label.
 * @csspart input - The inner `<input>`.
 * @csspart hint - The help text.
 * @csspart error - The inline message.
 * @cssproperty --fd-color-danger - Colour of the message and of an invalid border.
 * @fires input - When the text changes.
 * @fires change - When the user commits an amount (the text is then shown as `0.00`).
 * @fires fd-blur - When focus leaves the field.
 *
 * @example
 * ```html
 * <fd-money-field name="deposit" label="押金（元）"></fd-money-field>
 * ```
 * @category fields
 * @since 0.1.0
 */
export class FdMoneyField extends FieldElement {
  /** ISO 4217 code of the amount. */
  @property() currency = Field.defaultCurrency

  /** The amount in fen, or `undefined` while empty or not a valid amount. */
  get fen(): number | undefined {
    if (this.value.trim() === "") return undefined
    return Result.getOrUndefined(Field.yuanToFen(this.value))
  }

  /** `Field.Money` when valid; the raw text otherwise, so a decoder reports it too. */
  get modelValue(): unknown {
    const text = this.value.trim()
    if (text === "") return undefined
    const fen = this.fen
    return fen === undefined ? text : Field.money(fen, this.currency)
  }

  protected override get formValue(): string | null {
    const fen = this.fen
    return fen === undefined ? null : String(fen)
  }

  protected override ownIssue(): Messages.Message | undefined {
    const required = super.ownIssue()
    if (required !== undefined || this.isEmpty()) return required
    const fen = Field.yuanToFen(this.value)
    return Result.isFailure(fen) ? fen.failure : undefined
  }

  private onChange(): void {
    const fen = this.fen
    if (fen !== undefined) this.value = Field.fenToYuan(fen)
    this.dispatchEvent(new Event("change", { bubbles: true }))
  }

  protected renderControl(): TemplateResult {
    return html`<input
      id=${ids.control}
      part="input"
      type="text"
      inputmode="decimal"
      autocomplete="off"
      .value=${this.value}
      ?disabled=${this.isDisabled}
      aria-required=${this.required ? "true" : "false"}
      aria-invalid=${this.ariaInvalidValue}
      aria-describedby=${this.describedBy}
      @input=${(event: Event) => {
        this.value = (event.target as HTMLInputElement).value
      }}
      @change=${this.onChange}
    />`
  }
}
