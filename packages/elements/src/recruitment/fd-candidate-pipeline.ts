/**
 * `fd-candidate-pipeline`: the candidates of a requisition by stage on `fd-board`, where moving a
 * card runs the candidate workflow's command, asking first for what the command needs.
 */
import { Actor, type Field, Messages, Personal, type Workflow } from "@frontdesk/domain"
import { elementsCandidatesTexts } from "@frontdesk/domain/messages"
import { Candidate, Disqualification, Plan, Roles } from "@frontdesk/domain/recruitment"
import { css, html, nothing, type PropertyValues } from "lit"
import { property, state } from "lit/decorators.js"
import type { BoardBadge, BoardCard, BoardColumn, MoveDetail } from "../board/fd-board.js"
import { labelText } from "../common/format.js"
import { FrontdeskElement } from "../common/frontdesk-element.js"
import { refusalTexts } from "../common/refusal.js"
import {
  type Command,
  CommandAsk,
  commandsFor,
  fieldsOf,
  type PendingMove
} from "../internal/command-board.js"
import { CollectionWatcher, canQuery, readAll } from "../internal/desk-reader.js"
import {
  blacklistOf,
  type CandidateContext,
  contextFor,
  notReady,
  runCandidate,
  standingBadge,
  styles
} from "./candidate-shared.js"

Messages.register(elementsCandidatesTexts)

type Pending = PendingMove<Candidate.Record>

/** The states shown as columns by default: every state but `merged`, whose cards live on elsewhere. */
const hiddenStates: ReadonlyArray<string> = ["merged"]

/** Inputs the target column already answers: screening into "screened" passed, into "screened out" failed. */
const presetsFor = (command: Command, to: string): Readonly<Record<string, unknown>> =>
  command.name === "screen" ? { outcome: to === "screened" ? "pass" : "fail", criteria: [] } : {}

/**
 * Whether running `command` on `record` leads to `to`: its fixed target, or what its computed
 * target answers for the input the column presets. A command that keeps the record where it is
 * (an evaluation, recorded facts) is no move.
 */
const leadsTo = (command: Command, record: Candidate.Record, to: string): boolean => {
  if (to === record.state) return false
  if (typeof command.to === "string") return command.to === to
  if (!(command.targets ?? []).includes(to)) return false
  const target = (command.to as (record: unknown, input: unknown) => string)(record, presetsFor(command, to))
  return target === to
}

let instances = 0

/**
 * Shows the candidates of a requisition (or of every requisition) by stage on an `fd-board`. A
 * card shows the candidate with name, mobile and resident ID masked, the channel, a badge when a
 * disqualification finding awaits a person's confirmation, and a badge when the same person
 * applied twice (`Candidate.findDuplicates`: same resident ID, else same mobile) — with a merge
 * action for HR that folds the later application into the earlier one (`absorb`, then
 * `markDuplicate`). A disqualified candidate's card lists the confirmed reasons, each rule's text
 * with its legal standing in words.
 *
 * A card may move only to the stages the acting person's available commands lead to
 * (`Workflow.availableCommands`); the move runs that command through the desk with the
 * candidate's context (`context`: the blacklist; the probation record is looked up). A command
 * that needs input (a reason, the rules to confirm) asks for it first in an inline form below
 * the board; a refused or cancelled move keeps the card where it was, with the reason, and what
 * was typed is offered again.
 *
 * @summary Candidates by stage; moves run the candidate workflow's commands.
 * @tagname fd-candidate-pipeline
 *
 * @fires fd-command - After a command succeeded; `detail: { command, record }`.
 *
 * @csspart board - The `fd-board`.
 * @csspart ask - The inline form asking for a command's input.
 * @csspart reasons - A disqualified candidate's confirmed reasons.
 * @csspart standing - A legal-standing badge.
 * @csspart merge - The merge action of a duplicate.
 * @csspart status - Loading, failing to load, or a merge's outcome.
 *
 * @cssproperty --fd-board-column-width - The width of a column.
 * @cssproperty --fd-color-primary - Buttons.
 * @cssproperty --fd-color-danger - Field messages, refusals, legal requirements.
 * @cssproperty --fd-color-warning - Restricted standings.
 *
 * @example
 * ```html
 * <fd-provider>
 *   <fd-candidate-pipeline requisition-id="rq-1"></fd-candidate-pipeline>
 * </fd-provider>
 * <script type="module">
 *   document.querySelector("fd-candidate-pipeline").context = { blacklist: ["110101199003074514"] }
 * </script>
 * ```
 * @category elements
 * @since 0.1.0
 */
export class FdCandidatePipeline extends FrontdeskElement {
  /** The board, the inline input form and the cards' reasons, themed by `--fd-*` tokens. */
  static override styles = [
    styles,
    css`
      [part~="ask"] {
        max-width: 36rem;
      }
      [part~="reasons"] {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      [part~="reasons"] li {
        margin-block-end: var(--fd-space-xs, 0.25rem);
      }
    `
  ]

  /** The candidate workflow (a host's `Candidate.make(config)`); the default one otherwise. */
  @property({ attribute: false }) workflow: Workflow.Any = Candidate.workflow

  /** Shows only the candidates of this requisition; every candidate when unset. */
  @property({ attribute: "requisition-id" }) requisitionId: string | undefined

  /** What candidate commands look up: the blacklist, fixed or looked up per candidate. */
  @property({ attribute: false }) context: CandidateContext | undefined

  /** The stages shown as columns, in order; every state of the workflow but `merged` when unset. */
  @property({ attribute: false }) stages: ReadonlyArray<string> | undefined

  /** Every candidate, as last read (duplicates are looked for among all of them). */
  @state() records: ReadonlyArray<Candidate.Record> = []
  @state() private loaded = false
  @state() private loadError: unknown
  @state() private mergeRefusal: unknown
  /** The choices of the inline form's fields. */
  @state() private askOptions: ReadonlyMap<
    string,
    ReadonlyArray<{ readonly value: string; readonly label: string }>
  > = new Map()

  /** The move waiting on the inline form, asked for in it and run once its input decodes. */
  private readonly ask = new CommandAsk<Candidate.Record>(this, {
    run: (record, command, input) => this.runCommand(record, command, input),
    cancelled: "candidatePipeline.cancelled",
    askOptional: false,
    opened: (pending) => {
      this.askOptions = new Map()
      void this.loadOptions(pending)
      void this.updateComplete.then(() =>
        this.renderRoot
          .querySelector<HTMLElement>("[part~=ask] input, [part~=ask] textarea, [part~=ask] select")
          ?.focus()
      )
    },
    closed: (pending) => {
      // Back to the card the move started from.
      if (pending !== undefined)
        void this.updateComplete.then(() => {
          const board = this.renderRoot.querySelector("fd-board")
          board?.shadowRoot
            ?.querySelector<HTMLElement>(`[data-card="${CSS.escape(pending.record.id)}"]`)
            ?.focus()
        })
    },
    invalid: () => this.renderRoot.querySelector<HTMLElement>("[part~=ask] [aria-invalid=true]")?.focus()
  })
  private readonly uid = `fd-candidate-pipeline-${++instances}`

  private readonly watcher = new CollectionWatcher(this, {
    desk: () => this.currentDesk,
    collections: () => [this.workflow.collection],
    load: async (desk, isLatest) => {
      if (!canQuery(desk)) {
        this.loadError = { toMessage: (): Messages.Message => ({ code: "candidatePipeline.noQuery" }) }
        return
      }
      try {
        const records = await readAll<Candidate.Record>(desk, this.workflow.collection, {
          index: "byUpdated"
        })
        if (!isLatest()) return
        this.records = [...records].sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))
        this.loadError = undefined
      } catch (error) {
        if (isLatest()) this.loadError = error
      } finally {
        if (isLatest()) this.loaded = true
      }
    }
  })

  /** Reads the candidates again; resolves once they are shown. */
  reload(): Promise<void> {
    return this.watcher.reload()
  }

  /** The candidates shown: the requisition's, when one is named. */
  get shown(): ReadonlyArray<Candidate.Record> {
    return this.requisitionId === undefined
      ? this.records
      : this.records.filter((r) => r.data.requisitionId === this.requisitionId)
  }

  private get columns(): ReadonlyArray<BoardColumn> {
    const states =
      this.stages ?? this.workflow.states.map((s) => s.id).filter((id) => !hiddenStates.includes(id))
    return states.map((id) => ({ id, label: this.workflow.states.find((s) => s.id === id)?.label ?? id }))
  }

  private commandsFor(record: Candidate.Record): ReadonlyArray<Command> {
    return commandsFor(this.workflow, record, this.currentActor)
  }

  private readonly targets = (card: BoardCard): ReadonlyArray<string> => {
    const record = this.records.find((r) => r.id === card.id)
    if (record === undefined) return []
    const commands = this.commandsFor(record)
    return this.columns.map((c) => c.id).filter((to) => commands.some((c) => leadsTo(c, record, to)))
  }

  /** The earlier application of the same person, when this one is the later duplicate. */
  private duplicateOf(record: Candidate.Record): Candidate.Duplicate | undefined {
    if (!Candidate.open.includes(record.state as (typeof Candidate.open)[number])) return undefined
    return this.duplicates(record).find(
      (d) =>
        Candidate.open.includes(d.record.state as "applied") &&
        (d.record.createdAt < record.createdAt ||
          (d.record.createdAt === record.createdAt && d.record.id < record.id))
    )
  }

  private duplicates(record: Candidate.Record): ReadonlyArray<Candidate.Duplicate> {
    return Candidate.findDuplicates({ ...record.data, id: record.id }, this.records)
  }

  private cardOf(record: Candidate.Record): BoardCard<Candidate.Record> {
    const data = record.data
    const badges: Array<BoardBadge> = []
    const duplicates = this.duplicates(record)
    const by = duplicates[0]?.by
    if (by !== undefined)
      badges.push({
        text:
          by === "residentId"
            ? "candidatePipeline.duplicate.residentId"
            : "candidatePipeline.duplicate.mobile",
        tone: "warning"
      })
    if (Candidate.beforeHire.includes(record.state as "applied")) {
      const open = Candidate.unconfirmed(data, blacklistOf(this.fixedContext())).length
      if (open > 0)
        badges.push({
          text: {
            code: open === 1 ? "candidatePipeline.findings.one" : "candidatePipeline.findings.other",
            params: { count: open }
          },
          tone: "danger"
        })
    }
    return {
      id: record.id,
      column: record.state,
      title: Personal.maskName(data.name),
      meta: [
        ...(this.requisitionId === undefined ? [data.position.title] : []),
        { code: "candidatePipeline.mobile", params: { mobile: Personal.maskMobile(data.mobile) } },
        ...(data.residentId === undefined
          ? []
          : [
              {
                code: "candidatePipeline.residentId" as const,
                params: { id: Personal.maskResidentId(data.residentId) }
              }
            ]),
        Plan.channelLabel(data.channel)
      ],
      badges,
      data: record
    }
  }

  /** The host's context when it is given as a value; a looked-up one is read only for commands. */
  private fixedContext(): Workflow.Context {
    return typeof this.context === "function" || this.context === undefined ? {} : this.context
  }

  private isHr(): boolean {
    const actor = this.currentActor
    return actor !== undefined && Actor.hasAnyRole(actor, Roles.hrStaff)
  }

  private renderExtra(record: Candidate.Record): unknown {
    const disqualification = record.data.disqualification
    const duplicate = this.isHr() ? this.duplicateOf(record) : undefined
    if (disqualification === undefined && duplicate === undefined) return nothing
    const reasonsId = `${this.uid}-${record.id}-reasons`
    return html`<div slot=${`card-${record.id}`}>
      ${
        disqualification === undefined
          ? nothing
          : html`<p class="muted" id=${reasonsId}>${this.t("candidatePipeline.reasons")}</p>
            <ul part="reasons" aria-labelledby=${reasonsId}>
              ${disqualification.codes.map(
                (code) =>
                  html`<li>${Messages.isCode(code) ? this.t(code) : code}
                    ${standingBadge(Disqualification.standingOf(code), this.locale)}</li>`
              )}
              <li class="muted">${this.t("candidatePipeline.confirmedNote", { note: disqualification.note })}</li>
            </ul>`
      }
      ${
        duplicate === undefined
          ? nothing
          : html`<button
              part="merge"
              type="button"
              ?disabled=${this.ask.running}
              @click=${() => void this.merge(record, duplicate.record)}
            >
              ${this.t("candidatePipeline.merge", { name: Personal.maskName(duplicate.record.data.name) })}
            </button>`
      }
    </div>`
  }

  /**
   * Folds the later application `duplicate` into the earlier `primary`: the primary takes what
   * the duplicate knows (`absorb`), then the duplicate is marked merged into it.
   */
  async merge(duplicate: Candidate.Record, primary: Candidate.Record): Promise<void> {
    const desk = this.currentDesk
    const actor = this.currentActor
    this.mergeRefusal = undefined
    if (desk === undefined || actor === undefined) {
      this.mergeRefusal = notReady
      return
    }
    this.ask.running = true
    try {
      await runCandidate(
        desk,
        this.workflow,
        primary,
        "absorb",
        Candidate.absorbInput(duplicate),
        actor,
        this.context
      )
      const stored = await runCandidate(
        desk,
        this.workflow,
        duplicate,
        "markDuplicate",
        { into: primary.id },
        actor,
        this.context
      )
      this.dispatchCommand("markDuplicate", stored)
      await this.reload()
    } catch (error) {
      this.mergeRefusal = error
    } finally {
      this.ask.running = false
    }
  }

  private dispatchCommand(command: string, record: Candidate.Record): void {
    this.dispatchEvent(
      new CustomEvent("fd-command", { detail: { command, record }, bubbles: true, composed: true })
    )
  }

  private onMove(event: CustomEvent<MoveDetail>): void {
    const { card, to } = event.detail
    const record = this.records.find((r) => r.id === card.id)
    const command =
      record === undefined ? undefined : this.commandsFor(record).find((c) => leadsTo(c, record, to))
    if (record === undefined || command === undefined) {
      event.preventDefault()
      return
    }
    this.ask.move(event.detail, record, command, presetsFor(command, to))
  }

  private async runCommand(record: Candidate.Record, command: Command, input: unknown): Promise<void> {
    const desk = this.currentDesk
    const actor = this.currentActor
    if (desk === undefined || actor === undefined) throw notReady
    const stored = await runCandidate(desk, this.workflow, record, command.name, input, actor, this.context)
    this.records = this.records.map((r) => (r.id === stored.id ? stored : r))
    this.dispatchCommand(command.name, stored)
  }

  private valuesOf(form: HTMLFormElement, pending: Pending): Record<string, unknown> {
    const values: Record<string, unknown> = {}
    const data = new FormData(form)
    for (const field of fieldsOf(pending.command)) {
      if (field.name in pending.presets) continue
      if (field.meta.widget === "multiSelect") {
        const all = data.getAll(field.name).filter((v): v is string => typeof v === "string")
        if (all.length > 0) values[field.name] = all
        continue
      }
      const value = data.get(field.name)
      if (typeof value === "string" && value.trim() !== "") values[field.name] = value.trim()
    }
    return values
  }

  private confirm(event: Event): void {
    event.preventDefault()
    const pending = this.ask.pending
    if (pending === undefined) return
    void this.ask.confirm(this.valuesOf(event.currentTarget as HTMLFormElement, pending))
  }

  /** The options of a multiple choice: for the rules to confirm, only those that fire now. */
  private async optionsOf(
    field: Field.Descriptor,
    pending: Pending
  ): Promise<ReadonlyArray<{ readonly value: string; readonly label: string }>> {
    const all = (field.meta.options ?? []).map((o) => ({
      value: o.value,
      label: labelText(o.label, this.locale, o.value)
    }))
    if (pending.command.name !== "disqualify" || field.name !== "codes") return all
    const desk = this.currentDesk
    const context = desk === undefined ? {} : await contextFor(desk, pending.record, this.context)
    const firing = Candidate.unconfirmed(pending.record.data, blacklistOf(context)).map((v) => v.code)
    return all.filter((o) => firing.includes(o.value))
  }

  private renderField(
    field: Field.Descriptor,
    typed: Readonly<Record<string, unknown>>,
    options: ReadonlyArray<{ readonly value: string; readonly label: string }>
  ): unknown {
    const { name, meta } = field
    const id = `${this.uid}-${name}`
    const issue = this.ask.issues.get(name)
    const label = labelText(meta.label, this.locale, name)
    const value = typed[name]
    const describedBy = issue === undefined ? nothing : `${id}-issue`
    const invalid = issue === undefined ? "false" : "true"
    const message =
      issue === undefined
        ? nothing
        : html`<p class="issue" id=${`${id}-issue`}>${Messages.render(issue, this.locale)}</p>`
    if (meta.widget === "multiSelect") {
      const chosen = Array.isArray(value) ? (value as ReadonlyArray<string>) : []
      return html`<fieldset aria-describedby=${describedBy} aria-invalid=${invalid}>
        <legend>${label}</legend>
        ${options.map(
          (
            o
          ) => html`<label><input type="checkbox" name=${name} value=${o.value} .checked=${chosen.includes(o.value)} />
            ${o.label} ${standingBadge(Disqualification.standingOf(o.value), this.locale)}</label><br />`
        )}
        ${options.length === 0 ? html`<p class="muted">${this.t("candidatePipeline.noFindings")}</p>` : nothing}
        ${message}
      </fieldset>`
    }
    const text = typeof value === "string" ? value : ""
    const control =
      meta.widget === "textarea"
        ? html`<textarea id=${id} name=${name} .value=${text} aria-invalid=${invalid} aria-describedby=${describedBy} ?required=${!field.optional}></textarea>`
        : meta.widget === "select"
          ? html`<select id=${id} name=${name} aria-invalid=${invalid} aria-describedby=${describedBy} ?required=${!field.optional}>
              <option value="" ?selected=${text === ""}>${this.t("candidates.choose")}</option>
              ${options.map((o) => html`<option value=${o.value} ?selected=${text === o.value}>${o.label}</option>`)}
            </select>`
          : html`<input id=${id} name=${name} .value=${text} aria-invalid=${invalid} aria-describedby=${describedBy} ?required=${!field.optional} />`
    return html`<div class="field"><label for=${id}>${label}</label>${control}${message}</div>`
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    if (changed.has("workflow") && changed.get("workflow") !== undefined) void this.reload()
  }

  private async loadOptions(pending: Pending): Promise<void> {
    const entries = await Promise.all(
      fieldsOf(pending.command).map(async (f) => [f.name, await this.optionsOf(f, pending)] as const)
    )
    if (this.ask.pending === pending) this.askOptions = new Map(entries)
  }

  private renderAsk(): unknown {
    const pending = this.ask.pending
    if (pending === undefined) return nothing
    const headingId = `${this.uid}-ask`
    const typed = this.ask.typedFor(pending)
    const asked = this.ask.asked(pending)
    return html`<section part="ask" class="panel" aria-labelledby=${headingId}>
      <h3 id=${headingId}>
        ${this.t("candidatePipeline.ask", {
          command: labelText(pending.command.label, this.locale, pending.command.name),
          name: Personal.maskName(pending.record.data.name),
          to: labelText(this.workflow.states.find((s) => s.id === pending.to)?.label, this.locale, pending.to)
        })}
      </h3>
      <form
        novalidate
        @submit=${(event: Event) => this.confirm(event)}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key === "Escape") {
            event.preventDefault()
            this.ask.cancel()
          }
        }}
      >
        ${asked.map((f) => this.renderField(f, typed, this.askOptions.get(f.name) ?? []))}
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.ask.running}>${this.t("candidatePipeline.confirm")}</button>
          <button type="button" @click=${() => this.ask.cancel()}>${this.t("candidatePipeline.cancel")}</button>
        </div>
      </form>
    </section>`
  }

  protected override render(): unknown {
    const status =
      this.loadError !== undefined
        ? this.t("candidatePipeline.loadFailed", {
            reason: refusalTexts(this.loadError, this.locale).join(" ")
          })
        : this.loaded
          ? ""
          : this.t("candidatePipeline.loading")
    const shown = this.shown
    return html`<p part="status" role="status" class=${status === "" ? "visually-hidden" : ""}>${status}</p>
      <fd-board
        part="board"
        .label=${"candidatePipeline.label"}
        .columns=${this.columns}
        .cards=${shown.map((r) => this.cardOf(r))}
        .targets=${this.targets}
        @fd-move=${this.onMove}
      >
        ${shown.map((r) => this.renderExtra(r))}
      </fd-board>
      ${this.renderAsk()}
      <div role="alert">${
        this.mergeRefusal === undefined
          ? nothing
          : refusalTexts(this.mergeRefusal, this.locale).map((text) => html`<p>${text}</p>`)
      }</div>`
  }
}
