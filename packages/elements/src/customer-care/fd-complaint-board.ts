/**
 * `fd-complaint-board`: complaints and suggestions by state on `fd-board`, where moving a card
 * runs the complaint workflow's command, asking first for what the command needs.
 */
import { type Calendar, type Field, Messages, Personal, type Workflow } from "@frontdesk/domain"
import { Complaint } from "@frontdesk/domain/customer-care"
import { customerCareTexts, elementsCommonTexts, elementsComplaintsTexts } from "@frontdesk/domain/messages"
import { css, html, nothing, type PropertyValues } from "lit"
import { property, query, state } from "lit/decorators.js"
import type { BoardBadge, BoardCard, BoardColumn, MoveDetail } from "../board/fd-board.js"
import { labelText } from "../common/format.js"
import { FrontdeskElement } from "../common/frontdesk-element.js"
import { refusalTexts } from "../common/refusal.js"
import { type Command, CommandAsk, commandsFor, type PendingMove } from "../internal/command-board.js"
import { CollectionWatcher, canQuery, readAll } from "../internal/desk-reader.js"
import { shared } from "./complaints.styles.js"

Messages.register(customerCareTexts)
Messages.register(elementsCommonTexts)
Messages.register(elementsComplaintsTexts)

type ComplaintRecord = Workflow.Record<Complaint.Complaint>

/** The states a command may lead to: its fixed `to`, or the `targets` a computed one picks from. */
const targetsOf = (command: Command): ReadonlyArray<string> =>
  typeof command.to === "string" ? [command.to] : (command.targets ?? [])

/**
 * Inputs the target column already answers: moving a complaint to "called back" means the customer
 * was satisfied, to "reopened" that they were not.
 */
const presetsFor = (command: Command, to: string): Readonly<Record<string, string>> =>
  command.name === "recordCallback" ? { satisfied: to === "reopened" ? "no" : "yes" } : {}

let instances = 0

/**
 * Shows the complaints and suggestions of the desk by state — received, routed, handled, called
 * back, reopened, closed — on an `fd-board`. A card shows the customer (name and phone masked),
 * what they said, the department, a badge when it was reopened, and the promised-callback
 * deadline. A card may move only to the states the acting person's available commands lead to
 * (`Workflow.availableCommands`); moving it runs that command through the desk. A command that
 * needs input asks for it first in a small dialog — the department for `route`, the resolution
 * for `handle`, notes (and the method) for `recordCallback`, whose satisfaction the target column
 * gives — checked against the command's schema before it runs. A refused or cancelled move keeps
 * the card where it was, with the reason; what was typed is offered again on the next try.
 *
 * @summary Complaints by state; moves run the complaint workflow's commands.
 * @tagname fd-complaint-board
 *
 * @fires fd-command - After a move's command succeeded; `detail: { command, record }`.
 *
 * @csspart board - The `fd-board`; its parts `column`, `column-title`, `card`, `title`, `meta`,
 *   `badge`, `move`, `target`, `card-error` and `moving` are exported too.
 * @csspart dialog - The dialog asking for a command's input.
 * @csspart field - A field of the dialog.
 * @csspart preset - What the target column already answers.
 * @csspart actions - The confirm and cancel buttons.
 * @csspart status - Loading or failing to load.
 *
 * @cssproperty --fd-board-column-width - The width of a column.
 * @cssproperty --fd-color-primary - Buttons.
 * @cssproperty --fd-color-danger - Field messages.
 *
 * @example
 * ```html
 * <fd-provider>
 *   <fd-complaint-board></fd-complaint-board>
 * </fd-provider>
 * <script type="module">
 *   document.querySelector("fd-complaint-board").departments = ["售后服务部", "财务部"]
 * </script>
 * ```
 * @category elements
 * @since 0.1.0
 */
export class FdComplaintBoard extends FrontdeskElement {
  /** The board and the input dialog, themed by `--fd-*` tokens. */
  static override styles = [
    shared,
    css`
      dialog {
        max-width: min(32rem, 90vw);
        border: 1px solid var(--fd-color-border, #d0d7de);
        border-radius: var(--fd-radius, 6px);
        padding: var(--fd-space-l, 1rem);
      }
      dialog h3 {
        margin-top: 0;
      }
      [part~="actions"] {
        display: flex;
        gap: var(--fd-space-s, 0.5rem);
        justify-content: flex-end;
      }
      [part~="preset"] {
        margin: 0 0 var(--fd-space-s, 0.5rem);
      }
      fd-deadline-badge {
        margin-block-start: var(--fd-space-xs, 0.25rem);
      }
    `
  ]

  /** The complaint workflow (a host's `Complaint.make(policy)`); the default promise otherwise. */
  @property({ attribute: false }) workflow: Workflow.Any = Complaint.workflow

  /** Departments offered when a complaint is routed; any other name may be typed. */
  @property({ attribute: false }) departments: ReadonlyArray<string> = []

  /** The moment deadlines are judged at; unset, the badges follow the clock. */
  @property({ attribute: false }) now: Date | string | number | undefined

  /** The business calendar of the deadlines; the Chinese mainland calendar when unset. */
  @property({ attribute: false }) calendar: Calendar.Calendar | undefined

  /** The complaints shown, as last read from the desk. */
  @state() records: ReadonlyArray<Workflow.Record<Complaint.Complaint>> = []
  @state() private loaded = false
  @state() private loadError: unknown

  @query("dialog") private dialog!: HTMLDialogElement | null

  /** The move waiting on the dialog, asked for in it and run once its input decodes. */
  private readonly ask = new CommandAsk<ComplaintRecord>(this, {
    run: (record, command, input) => this.runCommand(record, command, input),
    cancelled: "complaintBoard.cancelled",
    askOptional: true,
    opened: () => void this.openDialog(),
    closed: () => this.dialog?.close(),
    invalid: () => this.dialog?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus()
  })
  private readonly uid = `fd-complaint-board-${++instances}`

  private readonly watcher = new CollectionWatcher(this, {
    desk: () => this.currentDesk,
    collections: () => [this.workflow.collection],
    load: async (desk, isLatest) => {
      if (!canQuery(desk)) {
        this.loadError = { toMessage: (): Messages.Message => ({ code: "complaintBoard.noQuery" }) }
        return
      }
      try {
        const records = await readAll<ComplaintRecord>(desk, this.workflow.collection, {
          index: "byCreated",
          order: "asc"
        })
        if (!isLatest()) return
        this.records = records
        this.loadError = undefined
      } catch (error) {
        if (isLatest()) this.loadError = error
      } finally {
        if (isLatest()) this.loaded = true
      }
    }
  })

  /** Reads the complaints again; resolves once they are shown. */
  reload(): Promise<void> {
    return this.watcher.reload()
  }

  private get columns(): ReadonlyArray<BoardColumn> {
    return this.workflow.states.map((s) => ({ id: s.id, label: s.label }))
  }

  private commandsFor(record: ComplaintRecord): ReadonlyArray<Command> {
    return commandsFor(this.workflow, record, this.currentActor)
  }

  private readonly targets = (card: BoardCard): ReadonlyArray<string> => {
    const record = card.data as ComplaintRecord | undefined
    return record === undefined ? [] : this.commandsFor(record).flatMap(targetsOf)
  }

  private cardOf(record: ComplaintRecord): BoardCard<ComplaintRecord> {
    const data = record.data
    const reopened = data.reopenCount
    const badges: Array<BoardBadge> = [
      {
        text: `customerCare.complaint.kind.${data.kind}`,
        tone: data.kind === "complaint" ? "neutral" : "success"
      }
    ]
    if (reopened > 0)
      badges.push({
        text: {
          code: reopened === 1 ? "complaintBoard.reopened.one" : "complaintBoard.reopened.other",
          params: { count: reopened }
        },
        tone: "warning"
      })
    return {
      id: record.id,
      column: record.state,
      title: Personal.maskName(data.customerName),
      meta: [
        data.summary,
        { code: "complaintBoard.phone", params: { phone: Personal.maskMobile(data.phone) } },
        ...(data.department === undefined
          ? []
          : [{ code: "complaintBoard.department" as const, params: { department: data.department } }])
      ],
      badges,
      data: record
    }
  }

  private readonly renderCard = (card: BoardCard): unknown => {
    const record = card.data as ComplaintRecord | undefined
    const policy = this.workflow.deadlines.find((d) => d.name === Complaint.deadlineName)?.policy
    const tracker = record === undefined ? undefined : Complaint.effectiveTracker(record)
    if (policy === undefined || tracker === undefined) return nothing
    return html`<fd-deadline-badge
      .policy=${policy}
      .tracker=${tracker}
      .now=${this.now}
      .calendar=${this.calendar}
    ></fd-deadline-badge>`
  }

  private onMove(event: CustomEvent<MoveDetail>): void {
    const { card, to } = event.detail
    const record = this.records.find((r) => r.id === card.id)
    const command =
      record === undefined ? undefined : this.commandsFor(record).find((c) => targetsOf(c).includes(to))
    if (record === undefined || command === undefined) {
      event.preventDefault()
      return
    }
    this.ask.move(event.detail, record, command, presetsFor(command, to))
  }

  private async openDialog(): Promise<void> {
    await this.updateComplete
    const dialog = this.dialog
    if (dialog === null || dialog.open) return
    dialog.showModal()
    dialog.querySelector<HTMLElement>("input, textarea, select")?.focus()
  }

  private async runCommand(record: ComplaintRecord, command: Command, input: unknown): Promise<void> {
    const desk = this.currentDesk
    const actor = this.currentActor
    if (desk === undefined || actor === undefined)
      throw { toMessage: (): Messages.Message => ({ code: "commands.notReady" }) }
    const stored = (await desk.run(this.workflow, record.id, command.name, input, actor)) as ComplaintRecord
    this.records = this.records.map((r) => (r.id === stored.id ? stored : r))
    this.dispatchEvent(
      new CustomEvent("fd-command", {
        detail: { command: command.name, record: stored },
        bubbles: true,
        composed: true
      })
    )
  }

  private confirm(event: Event): void {
    event.preventDefault()
    const values: Record<string, string> = {}
    for (const [name, value] of new FormData(event.currentTarget as HTMLFormElement))
      if (typeof value === "string" && value.trim() !== "") values[name] = value.trim()
    void this.ask.confirm(values)
  }

  private renderField(descriptor: Field.Descriptor, typed: Readonly<Record<string, unknown>>): unknown {
    const { name, meta } = descriptor
    const id = `${this.uid}-${name}`
    const issue = this.ask.issues.get(name)
    const typedValue = typed[name]
    const value = typeof typedValue === "string" ? typedValue : ""
    const describedBy = issue === undefined ? nothing : `${id}-issue`
    const invalid = issue === undefined ? "false" : "true"
    const control =
      meta.widget === "textarea"
        ? html`<textarea id=${id} name=${name} .value=${value} aria-invalid=${invalid} aria-describedby=${describedBy} ?required=${!descriptor.optional}></textarea>`
        : meta.widget === "select"
          ? html`<select id=${id} name=${name} aria-invalid=${invalid} aria-describedby=${describedBy} ?required=${!descriptor.optional}>
              <option value="" ?selected=${value === ""}>${descriptor.optional ? this.t("complaintBoard.methodNone") : ""}</option>
              ${(meta.options ?? []).map(
                (o) =>
                  html`<option value=${o.value} ?selected=${value === o.value}>${labelText(o.label, this.locale, o.value)}</option>`
              )}
            </select>`
          : html`<input
              id=${id}
              name=${name}
              .value=${value}
              list=${name === "department" ? `${this.uid}-departments` : nothing}
              aria-invalid=${invalid}
              aria-describedby=${describedBy}
              ?required=${!descriptor.optional}
            />`
    return html`<div part="field">
      <label for=${id}>${labelText(meta.label, this.locale, name)}</label>
      ${control}
      ${issue === undefined ? nothing : html`<p class="issue" id=${`${id}-issue`}>${Messages.render(issue, this.locale)}</p>`}
    </div>`
  }

  private renderDialogContent(pending: PendingMove<ComplaintRecord>, headingId: string): unknown {
    const typed = this.ask.typedFor(pending)
    const asked = this.ask.asked(pending)
    const satisfied = pending.presets.satisfied
    return html`<h3 id=${headingId}>
        ${this.t("complaintBoard.dialog", {
          command: labelText(pending.command.label, this.locale, pending.command.name),
          card: Personal.maskName(pending.record.data.customerName)
        })}
      </h3>
      <form novalidate @submit=${(event: Event) => this.confirm(event)}>
        ${
          satisfied === undefined
            ? nothing
            : html`<p part="preset">${this.t(satisfied === "yes" ? "complaintBoard.satisfiedYes" : "complaintBoard.satisfiedNo")}</p>`
        }
        ${asked.map((f) => this.renderField(f, typed))}
        <datalist id=${`${this.uid}-departments`}>${this.departments.map((d) => html`<option value=${d}></option>`)}</datalist>
        <div part="actions">
          <button type="button" @click=${() => this.ask.cancel()}>${this.t("complaintBoard.cancel")}</button>
          <button type="submit" class="primary" ?disabled=${this.ask.running}>${this.t("complaintBoard.confirm")}</button>
        </div>
      </form>`
  }

  private renderDialog(): unknown {
    const headingId = `${this.uid}-dialog-title`
    return html`<dialog
      part="dialog"
      aria-labelledby=${headingId}
      @cancel=${(event: Event) => {
        // Escape calls the move off, through the same path as the cancel button.
        event.preventDefault()
        this.ask.cancel()
      }}
    >
      ${this.ask.pending === undefined ? nothing : this.renderDialogContent(this.ask.pending, headingId)}
    </dialog>`
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    // A workflow of another collection reads other records.
    if (changed.has("workflow") && changed.get("workflow") !== undefined) void this.reload()
  }

  protected override render(): unknown {
    const status =
      this.loadError !== undefined
        ? this.t("complaintBoard.loadFailed", { reason: refusalTexts(this.loadError, this.locale).join(" ") })
        : this.loaded
          ? ""
          : this.t("complaintBoard.loading")
    return html`<p part="status" role="status" class=${status === "" ? "visually-hidden" : ""}>${status}</p>
      <fd-board
        part="board"
        exportparts="column, column-title, card, moving, title, meta, badge, move, target, card-error"
        .label=${"complaintBoard.label"}
        .columns=${this.columns}
        .cards=${this.records.map((r) => this.cardOf(r))}
        .targets=${this.targets}
        .renderCard=${this.renderCard}
        @fd-move=${this.onMove}
      ></fd-board>
      ${this.renderDialog()}`
  }
}
