/**
 * Several choices from a list, as a group of native checkboxes: Tab moves between them and Space
 * toggles one, as every keyboard user expects.
 */
import { Messages } from "@frontdesk/domain"
import { fieldTexts } from "@frontdesk/domain/messages"
import { html, nothing, type TemplateResult } from "lit"
import { property } from "lit/decorators.js"
import { FieldElement, ids } from "./field-element.js"
import type { FieldOption } from "./option.js"

Messages.register(fieldTexts)

/**
 * A labelled group of checkboxes whose value is the list of checked options.
 *
 * @summary Several choices from a list of options.
 * @csspart field - The `<fieldset>` around the group.
 * @csspart label - The `<legend>`.
 * @csspart input - Each checkbox.
 * @csspart option - Each option's label.
 * @csspart hint - The help text.
 * @csspart error - The inline message.
 * @cssproperty --fd-color-danger - Colour of the message.
 * @fires input - When a choice is toggled.
 * @fires change - When a choice is toggled.
 * @fires fd-blur - When focus leaves the group.
 *
 * @example
 * ```ts
 * import "@frontdesk/elements/define/fd-multi-select.js"
 * const days = document.querySelector("fd-multi-select")!
 * days.options = [{ value: "mon", label: "Monday" }, { value: "tue", label: "Tuesday" }]
 * days.values = ["mon"]
 * ```
 * @category fields
 * @since 0.1.0
 */
export class FdMultiSelect extends FieldElement {
  /** The choices, in order. */
  @property({ attribute: false }) options: ReadonlyArray<FieldOption> = []

  /** The checked options' values, in the order of `options`. */
  @property({ attribute: false }) values: ReadonlyArray<string> = []

  private defaultValues: ReadonlyArray<string> | undefined

  override connectedCallback(): void {
    super.connectedCallback()
    this.defaultValues ??= this.values
  }

  get modelValue(): unknown {
    return [...this.values]
  }

  protected override get formValue(): FormData | null {
    if (this.values.length === 0) return null
    const data = new FormData()
    for (const value of this.values) data.append(this.name, value)
    return data
  }

  /** The submitted value is what the browser gives back after back/forward. */
  protected override get formState(): FormData | null {
    return this.formValue
  }

  protected override isEmpty(): boolean {
    return this.values.length === 0
  }

  protected override ownIssue(): Messages.Message | undefined {
    return this.required && this.isEmpty() ? { code: "input.required" } : undefined
  }

  override snapshot(): unknown {
    return [...this.values]
  }

  override restore(saved: unknown): void {
    if (Array.isArray(saved)) this.values = saved.filter((v): v is string => typeof v === "string")
  }

  override formResetCallback(): void {
    super.formResetCallback()
    this.values = this.defaultValues ?? []
  }

  override formStateRestoreCallback(state: string | File | FormData | null): void {
    if (state instanceof FormData)
      this.values = state.getAll(this.name).filter((v): v is string => typeof v === "string")
    else if (state === null) this.values = []
  }

  private toggle(value: string, checked: boolean): void {
    const chosen = new Set(this.values)
    if (checked) chosen.add(value)
    else chosen.delete(value)
    this.values = this.options.map((o) => o.value).filter((v) => chosen.has(v))
  }

  protected renderControl(): TemplateResult {
    return html`${this.options.map(
      (option, i) => html`<label part="option" class="option">
        <input
          id=${i === 0 ? ids.control : `option-${i}`}
          part="input"
          type="checkbox"
          .value=${option.value}
          .checked=${this.values.includes(option.value)}
          ?disabled=${this.isDisabled}
          aria-invalid=${this.ariaInvalidValue}
          @input=${(event: Event) => this.toggle(option.value, (event.target as HTMLInputElement).checked)}
          @change=${() => this.dispatchEvent(new Event("change", { bubbles: true }))}
        />
        ${option.label}
      </label>`
    )}`
  }

  override render(): TemplateResult {
    const issue = this.shownIssue
    return html`<fieldset part="field" class="field group" aria-describedby=${this.describedBy}>
      <legend part="label" class="label">${this.label}${this.renderRequiredMark()}</legend>
      <div class="options">${this.renderControl()}</div>
      ${this.hint === "" ? nothing : html`<div id=${ids.hint} part="hint" class="hint">${this.hint}</div>`}
      <div id=${ids.error} part="error" class="error" aria-live="polite">
        ${issue === undefined ? nothing : this.i18n.t(issue.code, issue.params)}
      </div>
    </fieldset>`
  }
}
