/**
 * `fd-commands`: the buttons for what the acting user may do to a record now.
 */
import { Field, Messages, Workflow } from "@frontdesk/domain"
import { elementsCommonTexts } from "@frontdesk/domain/messages"
import { Exit, Result, Schema } from "effect"
import { html, nothing, type PropertyValues } from "lit"
import { property, state } from "lit/decorators.js"
import type { SubmitDetail } from "../form/fd-form.js"
import type { ChangeLike } from "../internal/context.js"
import { styles } from "./fd-commands.styles.js"
import { FrontdeskElement } from "./frontdesk-element.js"
import { refusalTexts } from "./refusal.js"

Messages.register(elementsCommonTexts)

/**
 * The `detail` of an `fd-command` event.
 *
 * @example
 * ```ts
 * import type { CommandEventDetail } from "@frontdesk/elements"
 * import "@frontdesk/elements/define/fd-commands.js"
 * document.querySelector("fd-commands")!.addEventListener("fd-command", (event) => {
 *   const { command, record } = (event as CustomEvent<CommandEventDetail>).detail
 *   console.log(command, record.state)
 * })
 * ```
 * @category events
 * @since 0.1.0
 */
export interface CommandEventDetail {
  /** The name of the command that ran. */
  readonly command: string
  /** The record as stored after the command. */
  readonly record: Workflow.Record<unknown>
}

type Command = Workflow.Any["commands"][number]

/** Shown when a command is clicked before the page gave a desk and an actor. */
const notReady = { toMessage: (): Messages.Message => ({ code: "commands.notReady" }) }

/** The fields of a command's input when it is a struct with at least one field. */
const inputFields = (command: Command): ReadonlyArray<readonly [string, Schema.Top]> => {
  const fields = (command.input as { readonly fields?: unknown }).fields
  if (typeof fields !== "object" || fields === null) return []
  return Object.entries(fields as { readonly [name: string]: Schema.Top })
}

/**
 * `fd-form` hands over the decoded value, but the desk decodes the input itself (the domain
 * decides on raw input), and decoding twice fails for schemas that transform, such as money
 * ("12.50" → 1250 fen). So the value goes back to its encoded form first.
 */
const encodedInput = (command: Command, value: unknown): unknown => {
  const exit = Schema.encodeUnknownExit(command.input as unknown as Schema.Codec<unknown, unknown>)(value)
  return Exit.isSuccess(exit) ? exit.value : value
}

/** Form values as the command's input: blank fields are left out, so "required" issues name them. */
const valuesOf = (form: HTMLFormElement): { readonly [name: string]: string } => {
  const values: { [name: string]: string } = {}
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string" && value.trim() !== "") values[name] = value
  }
  return values
}

/**
 * Shows one button per command the acting user may run on the record in its current state, as
 * `Workflow.availableCommands` answers — never a fixed list. A command without input runs on
 * click; a command with input opens an inline form for its schema (`fd-form` when it is
 * registered, else plain labelled inputs) and runs on submit. A refusal is shown inline in the
 * page's language; after a success the element re-renders from the stored record.
 *
 * Give it `workflow` and `record`, or `workflow` and `record-id` (with `collection` when it is
 * not the workflow's) to load the record from the desk and follow its changes.
 *
 * @summary Buttons for the commands the acting user may run now.
 * @tagname fd-commands
 *
 * @fires fd-command - After a command succeeded; `detail: { command, record }` with the stored record.
 *
 * @csspart commands - The group of command buttons.
 * @csspart command - One command button.
 * @csspart empty - The text shown when no command is available.
 * @csspart form - The inline form of a command with input.
 * @csspart fieldset - The fieldset of the fallback form.
 * @csspart label - A field's label in the fallback form.
 * @csspart input - A field's input in the fallback form.
 * @csspart actions - The submit and cancel buttons.
 * @csspart submit - The submit button.
 * @csspart cancel - The cancel button.
 * @csspart error - The refusal, announced as an alert.
 *
 * @cssproperty --fd-color-primary - Button border and text; background of the active button.
 * @cssproperty --fd-color-on-primary - Text on the active button.
 * @cssproperty --fd-color-surface - Button background.
 * @cssproperty --fd-color-border - Border of the inline form and inputs.
 * @cssproperty --fd-color-danger - Text and edge of a refusal.
 * @cssproperty --fd-color-danger-surface - Background of a refusal.
 * @cssproperty --fd-radius - Corner radius.
 * @cssproperty --fd-space-s - Space between buttons.
 *
 * @example
 * ```html
 * <fd-provider>
 *   <fd-commands record-id="cb-1"></fd-commands>
 * </fd-provider>
 * <script type="module">
 *   document.querySelector("fd-commands").workflow = callbackWorkflow
 * </script>
 * ```
 * @category elements
 * @since 0.1.0
 */
export class FdCommands extends FrontdeskElement {
  /** The buttons and the inline input form, themed by `--fd-*` tokens and open to `::part()`. */
  static override styles = styles

  /** The record's workflow: its commands, their roles and inputs. */
  @property({ attribute: false }) workflow: Workflow.Any | undefined

  /** The record; replaced by the stored record after each command. */
  @property({ attribute: false }) record: Workflow.Record<unknown> | undefined

  /** The collection to load the record from; the workflow's when unset. */
  @property() collection: string | undefined

  /** The id of the record to load from the desk. */
  @property({ attribute: "record-id" }) recordId: string | undefined

  /**
   * What the commands' guards look up besides the record (the company's blacklist, a related
   * record), passed to the desk with each command; see `Desk.CallOptions`.
   */
  @property({ attribute: false }) context: Workflow.Context | undefined

  /** The command whose inline form is open. */
  @state() private opened: string | undefined
  /** The command running now; buttons are disabled meanwhile so it is not sent twice. */
  @state() private running: string | undefined
  /** The last refusal, kept as the error so it re-renders when the language changes. */
  @state() private refusal: unknown

  private unwatch: (() => void) | undefined
  private watched: { readonly desk: unknown; readonly key: string } | undefined
  private loads = 0

  override connectedCallback(): void {
    super.connectedCallback()
    if (this.hasUpdated) this.requestUpdate()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.stopWatching()
  }

  private get target(): { readonly collection: string; readonly id: string } | undefined {
    const collection = this.collection ?? this.workflow?.collection
    const id = this.recordId ?? this.record?.id
    return collection === undefined || id === undefined ? undefined : { collection, id }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    if (changed.has("record") && changed.get("record")?.id !== this.record?.id) {
      this.opened = undefined
      this.refusal = undefined
    }
    this.closeWithdrawn()
    const desk = this.currentDesk
    const target = this.target
    if (desk === undefined || target === undefined || !this.isConnected) {
      this.stopWatching()
      return
    }
    const key = `${target.collection}\u0000${target.id}`
    if (this.watched?.desk === desk && this.watched.key === key) return
    this.stopWatching()
    this.watched = { desk, key }
    this.unwatch = desk.watch((change: ChangeLike) => {
      if (
        (change.collection ?? target.collection) === target.collection &&
        (change.id ?? target.id) === target.id
      ) {
        void this.reload()
      }
    })
    if (this.record === undefined || this.record.id !== target.id) void this.reload()
  }

  /**
   * When the record moved on (another tab ran a command) or the actor changed so that the open
   * command is no longer offered, its form would only lead to a refusal: close it and show that
   * refusal now, in the domain's words.
   */
  private closeWithdrawn(): void {
    const name = this.opened
    const workflow = this.workflow
    const record = this.record
    const actor = this.currentActor
    if (name === undefined || workflow === undefined || record === undefined || actor === undefined) return
    if (this.commands.some((command) => command.name === name)) return
    this.opened = undefined
    // The state and role checks come before input and time are looked at, so neither matters here.
    const decided = Workflow.decide(workflow, record, name, undefined, actor, new Date(0))
    this.refusal = Result.isFailure(decided) ? decided.failure : undefined
  }

  private stopWatching(): void {
    this.unwatch?.()
    this.unwatch = undefined
    this.watched = undefined
  }

  /** Loads the stored record from the desk. Resolves once it is rendered. */
  async reload(): Promise<void> {
    const desk = this.currentDesk
    const target = this.target
    if (desk === undefined || target === undefined) return
    const ticket = ++this.loads
    const loaded = (await desk.get(target.collection, target.id)) as Workflow.Record<unknown> | undefined
    // Only the latest load may write, and never an older version over a newer one.
    if (ticket !== this.loads || loaded === undefined) return
    if (this.record?.id === loaded.id && this.record.version > loaded.version) return
    this.record = loaded
    await this.updateComplete
  }

  /** The commands offered now: the workflow's answer for this record and actor. */
  get commands(): ReadonlyArray<Command> {
    const actor = this.currentActor
    if (this.workflow === undefined || this.record === undefined || actor === undefined) return []
    return Workflow.availableCommands(this.workflow, this.record, actor)
  }

  private label(command: Command): string {
    return Messages.format(command.label, this.locale)
  }

  private async onCommand(command: Command): Promise<void> {
    if (inputFields(command).length > 0) {
      this.opened = this.opened === command.name ? undefined : command.name
      this.refusal = undefined
      await this.updateComplete
      this.renderRoot
        .querySelector<HTMLElement>("[part~=form] input, [part~=form] textarea, fd-form")
        ?.focus()
      return
    }
    await this.run(command, {})
  }

  /** Runs a command through the desk; a refusal is kept to show, a success re-renders. */
  async run(command: Command, input: unknown): Promise<void> {
    const desk = this.currentDesk
    const actor = this.currentActor
    const workflow = this.workflow
    const record = this.record
    if (desk === undefined || actor === undefined || workflow === undefined || record === undefined) {
      this.refusal = notReady
      return
    }
    // A second click or Enter before the first run answered must not send the command twice.
    if (this.running !== undefined) return
    this.running = command.name
    this.refusal = undefined
    try {
      const stored = (await desk.run(
        workflow,
        record.id,
        command.name,
        input,
        actor,
        this.context === undefined ? undefined : { context: this.context }
      )) as Workflow.Record<unknown>
      this.record = stored
      this.opened = undefined
      await this.updateComplete
      this.dispatchEvent(
        new CustomEvent<CommandEventDetail>("fd-command", {
          detail: { command: command.name, record: stored },
          bubbles: true,
          composed: true
        })
      )
    } catch (error) {
      this.refusal = error
      if ((error as { readonly _tag?: unknown } | null)?._tag === "Conflict") await this.reload()
    } finally {
      this.running = undefined
    }
  }

  private renderForm(command: Command): unknown {
    const submit = (event: Event) => {
      event.preventDefault()
      void this.run(command, valuesOf(event.currentTarget as HTMLFormElement))
    }
    const cancel = () => {
      this.opened = undefined
      this.refusal = undefined
    }
    const disabled = this.running !== undefined
    if (customElements.get("fd-form") !== undefined) {
      // The form takes no other submit until the run answers.
      const submitted = (event: CustomEvent<SubmitDetail>) =>
        event.detail.waitUntil(this.run(command, encodedInput(command, event.detail.value)))
      return html`<div part="form" role="group" aria-label=${this.label(command)}>
        <fd-form .schema=${command.input} .submitLabel=${command.label} @fd-submit=${submitted}></fd-form>
        <div part="actions">
          <button part="cancel" type="button" @click=${cancel}>${this.t("commands.cancel")}</button>
        </div>
      </div>`
    }
    return html`<form part="form" @submit=${submit}>
      <fieldset part="fieldset" ?disabled=${disabled}>
        <legend>${this.label(command)}</legend>
        ${inputFields(command).map(([name, schema]) => {
          const meta = Field.metaOf(schema)
          const text = meta === undefined ? name : Messages.format(meta.label, this.locale)
          return html`<label part="label"
            >${text}
            ${
              meta?.widget === "textarea"
                ? html`<textarea part="input" name=${name}></textarea>`
                : html`<input part="input" name=${name} />`
            }
          </label>`
        })}
      </fieldset>
      <div part="actions">
        <button part="submit" type="submit" ?disabled=${disabled}>
          ${this.running === command.name ? this.t("commands.running") : this.t("commands.submit")}
        </button>
        <button part="cancel" type="button" @click=${cancel}>${this.t("commands.cancel")}</button>
      </div>
    </form>`
  }

  protected override render(): unknown {
    const commands = this.commands
    const opened = commands.find((command) => command.name === this.opened)
    return html`
      ${
        commands.length === 0
          ? html`<p part="empty">${this.t("commands.none")}</p>`
          : html`<div part="commands" role="group" aria-label=${this.t("commands.label")}>
              ${commands.map((command) => {
                const hasInput = inputFields(command).length > 0
                return html`<button
                  part="command"
                  type="button"
                  data-command=${command.name}
                  aria-expanded=${hasInput ? String(this.opened === command.name) : nothing}
                  ?disabled=${this.running !== undefined}
                  @click=${() => void this.onCommand(command)}
                >
                  ${this.running === command.name && !hasInput ? this.t("commands.running") : this.label(command)}
                </button>`
              })}
            </div>`
      }
      ${opened === undefined ? nothing : this.renderForm(opened)}
      <div part="error" role="alert">${
        this.refusal === undefined
          ? nothing
          : refusalTexts(this.refusal, this.locale).map((text) => html`<p>${text}</p>`)
      }</div>
    `
  }
}

declare global {
  /** Typed listeners: `commands.addEventListener("fd-command", (e) => e.detail.record)`. */
  interface HTMLElementEventMap {
    "fd-command": CustomEvent<CommandEventDetail>
  }
}
