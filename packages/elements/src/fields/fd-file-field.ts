/**
 * A file control that refuses files of the wrong type or size (by the domain's
 * `Field.checkFile`) with an inline message naming each refused file, instead of letting an upload fail later.
 */
import { Field, Messages } from "@frontdesk/domain"
import { elementsFormTexts, fieldTexts } from "@frontdesk/domain/messages"
import { html, nothing, type TemplateResult } from "lit"
import { property, state } from "lit/decorators.js"
import { ifDefined } from "lit/directives/if-defined.js"
import { FieldElement, ids } from "./field-element.js"

Messages.register(elementsFormTexts)
Messages.register(fieldTexts)

const listConverter = {
  fromAttribute: (value: string | null): ReadonlyArray<string> =>
    value === null
      ? []
      : value
          .split(",")
          .map((s) => s.trim())
          .filter((s) => s !== ""),
  toAttribute: (value: ReadonlyArray<string>): string => value.join(",")
}

/**
 * A labelled file chooser with type and size limits.
 *
 * @summary Files with type and size limits and inline refusals.
 * @csspart field - The wrapper of label, control, hint and message.
 * @csspart label - The visible label.
 * @csspart input - The inner `<input type="file">`.
 * @csspart files - The list of chosen file names.
 * @csspart hint - The help text.
 * @csspart error - The inline message.
 * @cssproperty --fd-color-danger - Colour of the message.
 * @fires input - When the choice changes.
 * @fires change - When the choice changes.
 * @fires fd-blur - When focus leaves the field.
 *
 * @example
 * ```html
 * <fd-file-field name="resume" label="简历" accept=".pdf,image/*" max-bytes="5242880"></fd-file-field>
 * ```
 * @category fields
 * @since 0.1.0
 */
export class FdFileField extends FieldElement {
  /** Accepted types: MIME types, `type/*` families or `.ext` extensions. */
  @property({ converter: listConverter }) accept: ReadonlyArray<string> = []

  /** Largest accepted file in bytes. */
  @property({ type: Number, attribute: "max-bytes" }) maxBytes: number | undefined

  /** Allow several files. */
  @property({ type: Boolean }) multiple = false

  /** The accepted files. */
  @state() files: ReadonlyArray<File> = []

  /** Why each refused file of the last choice was refused. */
  @state() private refusals: ReadonlyArray<Messages.Message> = []

  get modelValue(): unknown {
    if (this.files.length === 0) return undefined
    return this.multiple ? [...this.files] : this.files[0]
  }

  protected override get formValue(): FormData | null {
    if (this.files.length === 0) return null
    const data = new FormData()
    for (const file of this.files) data.append(this.name, file)
    return data
  }

  /** The submitted value is what the browser gives back after back/forward. */
  protected override get formState(): FormData | null {
    return this.formValue
  }

  protected override isEmpty(): boolean {
    return this.files.length === 0
  }

  protected override ownIssue(): Messages.Message | undefined {
    return this.refusals[0] ?? (this.required && this.isEmpty() ? { code: "input.required" } : undefined)
  }

  /** Files are not kept in drafts: they cannot be stored as JSON. */
  override snapshot(): unknown {
    return undefined
  }

  override restore(): void {}

  override formResetCallback(): void {
    super.formResetCallback()
    this.files = []
    this.refusals = []
    const input = this.renderRoot.querySelector<HTMLInputElement>(`#${ids.control}`)
    if (input !== null) input.value = ""
  }

  override formStateRestoreCallback(state: string | File | FormData | null): void {
    if (state instanceof FormData)
      this.files = state.getAll(this.name).filter((v): v is File => v instanceof File)
  }

  /** Takes a choice of files, keeping those within the limits and saying why others were refused. */
  choose(chosen: ReadonlyArray<File>): void {
    const kept: Array<File> = []
    const refusals: Array<Messages.Message> = []
    for (const file of chosen) {
      // The domain's limits decide; the message here also names the file, as several may be chosen.
      const problems = Field.checkFile(file, { accept: this.accept, maxBytes: this.maxBytes })
      if (problems.length === 0) kept.push(file)
      for (const problem of problems)
        refusals.push(
          problem.code === "field.file.type"
            ? { code: "form.file.type", params: { name: file.name, types: this.accept.join(", ") } }
            : {
                code: "form.file.size",
                params: { name: file.name, max: Field.formatBytes(this.maxBytes ?? 0) }
              }
        )
    }
    this.files = this.multiple ? kept : kept.slice(0, 1)
    this.refusals = refusals
    // A refusal is news the user must hear now, not after leaving the field.
    if (refusals.length > 0) this.markTouched()
  }

  private onChange(event: Event): void {
    const input = event.target as HTMLInputElement
    this.choose(Array.from(input.files ?? []))
    // The native input would otherwise still name a refused file.
    if (this.refusals.length > 0) {
      const data = new DataTransfer()
      for (const file of this.files) data.items.add(file)
      input.files = data.files
    }
    this.dispatchEvent(new Event("change", { bubbles: true }))
  }

  protected override renderMessage(issue: Messages.Message | undefined): unknown {
    if (issue !== undefined && this.issue === undefined && this.refusals.length > 1)
      return this.refusals.map((refusal) => html`<div>${this.i18n.t(refusal.code, refusal.params)}</div>`)
    return super.renderMessage(issue)
  }

  protected renderControl(): TemplateResult {
    return html`<input
        id=${ids.control}
        part="input"
        type="file"
        accept=${ifDefined(this.accept.length === 0 ? undefined : this.accept.join(","))}
        ?multiple=${this.multiple}
        ?disabled=${this.isDisabled}
        aria-required=${this.required ? "true" : "false"}
        aria-invalid=${this.ariaInvalidValue}
        aria-describedby=${this.describedBy}
        @change=${this.onChange}
      />
      ${
        this.files.length === 0
          ? nothing
          : html`<div part="files" class="hint">
              ${this.i18n.t("form.file.chosen", { names: this.files.map((f) => f.name).join(", ") })}
            </div>`
      }`
  }
}
