/**
 * `fd-probation-review`: one employee's probation record — goals, coaching notes, career plan,
 * self-assessment, assessment and its approval, the notice, confirmation or end — with the
 * end-of-probation deadline.
 */
import { type Calendar, Field, Input, Messages, Personal, Workflow } from "@frontdesk/domain"
import { elementsCandidatesTexts, recruitmentTexts } from "@frontdesk/domain/messages"
import { Candidate, Probation, Roles } from "@frontdesk/domain/recruitment"
import { Result, type Schema } from "effect"
import { css, html, nothing, type TemplateResult } from "lit"
import { property, state } from "lit/decorators.js"
import { formatDateTime, labelText } from "../common/format.js"
import { FrontdeskElement } from "../common/frontdesk-element.js"
import { refusalTexts } from "../common/refusal.js"
import type { DeskLike } from "../internal/context.js"
import {
  type CandidateContext,
  formatDay,
  issuesByField,
  notReady,
  probationsCollection,
  RecordLoader,
  readTerms,
  runCandidate,
  styles,
  termFieldset,
  termsIssue
} from "./candidate-shared.js"

Messages.register(recruitmentTexts)
Messages.register(elementsCandidatesTexts)

type Command = Workflow.Any["commands"][number]

/** The fields of a command's input; none for a command without input. */
const fieldsOf = (command: Command): ReadonlyArray<Field.Descriptor> => {
  const fields = (command.input as { readonly fields?: unknown }).fields
  return typeof fields === "object" && fields !== null
    ? Field.fieldsOf(command.input as unknown as Schema.Struct<Schema.Struct.Fields>)
    : []
}

/** A field whose value is a list of texts (the goals): typed one per line. */
const isList = (field: Field.Descriptor): boolean => field.name === "goals"

/** The candidate commands that close the application once the probation record is closed. */
const closing = { confirmed: "confirm", ended: "failProbation" } as const

interface CreateDesk extends DeskLike {
  create(
    workflow: unknown,
    id: string,
    input: unknown,
    actor: unknown,
    options?: { readonly context?: Workflow.Context | undefined }
  ): Promise<unknown>
}

let instances = 0

/**
 * The probation (试用) of one hired candidate, from its record's creation to confirmation or the
 * end of the employment.
 *
 * For a candidate on probation without a probation record, HR creates it from the offer's terms
 * (start date, contract term, months), with the length checked against the contract term as it is
 * typed (Labour Contract Law art. 19; `priorProbation` when the employee already had one with
 * this employer) and again by the workflow — the bound is shown inline beside the months.
 *
 * With a record, it shows the dates, the end-of-probation deadline badge (words and symbol, not
 * colour alone), the goals, coaching notes, career plan, self-assessment, the assessment with
 * who made it, its approval (by the HR manager or HR head, never the assessor), the notice, and
 * the commands the acting person may run now, each asking inline for its input. Once the record
 * is confirmed or ended, HR closes the candidate's application too (`confirm` or
 * `failProbation`). Refusals are shown inline in the page's language; nothing typed is lost.
 *
 * @summary The probation record, its steps and commands, and the end-of-probation deadline.
 * @tagname fd-probation-review
 *
 * @fires fd-command - After a command succeeded; `detail: { command, record }`.
 *
 * @csspart create - The form creating the probation record.
 * @csspart facts - Dates, state and the deadline badge.
 * @csspart steps - Goals, notes, self-assessment, assessment, approval and notice.
 * @csspart commands - The command buttons.
 * @csspart form - A command's inline form.
 * @csspart close - Closing the candidate's application.
 * @csspart error - A refusal.
 *
 * @cssproperty --fd-color-primary - Buttons.
 * @cssproperty --fd-color-danger - Refusals and the probation bound.
 *
 * @example
 * ```html
 * <fd-provider>
 *   <fd-probation-review candidate-id="c-1"></fd-probation-review>
 * </fd-provider>
 * ```
 * @category elements
 * @since 0.1.0
 */
export class FdProbationReview extends FrontdeskElement {
  /** Steps, commands and forms, themed by `--fd-*` tokens. */
  static override styles = [
    styles,
    css`
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: var(--fd-space-xs, 0.25rem) var(--fd-space-m, 0.75rem);
        margin: 0;
      }
      dd {
        margin: 0;
        white-space: pre-wrap;
      }
    `
  ]

  /** The probation workflow (a host's `Probation.make(config)`); the default one otherwise. */
  @property({ attribute: false }) workflow: Workflow.Any = Probation.workflow

  /** The candidate workflow, whose application is closed once the probation is. */
  @property({ attribute: false }) candidateWorkflow: Workflow.Any = Candidate.workflow

  /** The hired candidate; the probation record has the same id. */
  @property({ attribute: "candidate-id" }) candidateId: string | undefined

  /** What candidate commands look up: the blacklist, fixed or looked up per candidate. */
  @property({ attribute: false }) context: CandidateContext | undefined

  /** Whether the employee already had a probation with this employer (only one is allowed). */
  @property({ type: Boolean, attribute: "prior-probation" }) priorProbation = false

  /** The moment the deadline is judged at; unset, the badge follows the clock. */
  @property({ attribute: false }) now: Date | string | number | undefined

  /** The business calendar of the deadline; the Chinese mainland calendar when unset. */
  @property({ attribute: false }) calendar: Calendar.Calendar | undefined

  @state() private running = false
  @state() private refusal: unknown
  /** The command whose inline form is open. */
  @state() private opened: string | undefined
  /** The probation bound broken by the terms as typed in the creation form. */
  @state() private bound: Messages.Message | undefined
  @state() private issues: ReadonlyMap<string, Messages.Message> = new Map()

  private readonly uid = `fd-probation-review-${++instances}`
  private readonly probation = new RecordLoader<Probation.Record>(this, () => {
    const desk = this.currentDesk
    return desk === undefined || this.candidateId === undefined
      ? undefined
      : { desk, collection: this.workflow.collection ?? probationsCollection, id: this.candidateId }
  })
  private readonly candidate = new RecordLoader<Candidate.Record>(this, () => {
    const desk = this.currentDesk
    return desk === undefined || this.candidateId === undefined
      ? undefined
      : { desk, collection: this.candidateWorkflow.collection, id: this.candidateId }
  })

  /** The probation record as last read. */
  get record(): Probation.Record | undefined {
    return this.probation.record
  }

  /** Reads the probation and the candidate again; resolves once they are shown. */
  async reload(): Promise<void> {
    await Promise.all([this.probation.reload(), this.candidate.reload()])
  }

  private commands(record: Probation.Record): ReadonlyArray<Command> {
    const actor = this.currentActor
    return actor === undefined ? [] : Workflow.availableCommands(this.workflow, record, actor)
  }

  private dispatchCommand(command: string, record: unknown): void {
    this.dispatchEvent(
      new CustomEvent("fd-command", { detail: { command, record }, bubbles: true, composed: true })
    )
  }

  private async guarded(
    work: (desk: DeskLike, actor: NonNullable<typeof this.currentActor>) => Promise<void>
  ): Promise<boolean> {
    const desk = this.currentDesk
    const actor = this.currentActor
    if (this.running) return false
    this.refusal = undefined
    if (desk === undefined || actor === undefined) {
      this.refusal = notReady
      return false
    }
    this.running = true
    try {
      await work(desk, actor)
      return true
    } catch (error) {
      this.refusal = error
      this.issues = issuesByField(error)
      return false
    } finally {
      this.running = false
    }
  }

  private onCreate(event: Event, candidate: Candidate.Record): void {
    event.preventDefault()
    const data = new FormData(event.currentTarget as HTMLFormElement)
    const { term, months } = readTerms(data, "months")
    this.bound = termsIssue(term, months, this.priorProbation)
    const startDate = String(data.get("startDate") ?? "")
    const input = {
      candidateId: candidate.id,
      employeeName: candidate.data.name,
      position: candidate.data.position.title,
      ...(startDate === "" ? {} : { startDate }),
      ...(term === undefined ? {} : { contractTerm: term }),
      ...(months === undefined ? {} : { months })
    }
    void this.guarded(async (desk, actor) => {
      const stored = (await (desk as CreateDesk).create(this.workflow, candidate.id, input, actor, {
        context: { priorProbation: this.priorProbation }
      })) as Probation.Record
      this.probation.accept(stored)
      this.dispatchCommand("create", stored)
    })
  }

  private onTermsInput(event: Event): void {
    const { term, months } = readTerms(new FormData(event.currentTarget as HTMLFormElement), "months")
    this.bound = termsIssue(term, months, this.priorProbation)
    this.issues = new Map()
    this.refusal = undefined
  }

  private async run(record: Probation.Record, command: Command, input: unknown): Promise<void> {
    const done = await this.guarded(async (desk, actor) => {
      const stored = (await desk.run(
        this.workflow,
        record.id,
        command.name,
        input,
        actor
      )) as Probation.Record
      this.probation.accept(stored)
      this.dispatchCommand(command.name, stored)
    })
    if (done) {
      this.opened = undefined
      this.issues = new Map()
    }
  }

  private onCommand(record: Probation.Record, command: Command): void {
    if (fieldsOf(command).length === 0) {
      void this.run(record, command, {})
      return
    }
    this.opened = this.opened === command.name ? undefined : command.name
    this.refusal = undefined
    this.issues = new Map()
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLElement>("[part~=form] textarea, [part~=form] select, [part~=form] input")
        ?.focus()
    )
  }

  private onSubmit(event: Event, record: Probation.Record, command: Command): void {
    event.preventDefault()
    const data = new FormData(event.currentTarget as HTMLFormElement)
    const input: Record<string, unknown> = {}
    for (const field of fieldsOf(command)) {
      const raw = String(data.get(field.name) ?? "").trim()
      if (raw === "") continue
      input[field.name] = isList(field)
        ? raw
            .split("\n")
            .map((line) => line.trim())
            .filter((line) => line !== "")
        : field.meta.widget === "number"
          ? Number(raw)
          : raw
    }
    const decoded = Input.decode(command.input as Schema.Decoder<unknown>, input)
    if (Result.isFailure(decoded)) {
      this.issues = issuesByField(decoded.failure)
      this.refusal = undefined
      return
    }
    void this.run(record, command, input)
  }

  private async closeApplication(candidate: Candidate.Record, command: string): Promise<void> {
    await this.guarded(async (desk, actor) => {
      const stored = await runCandidate(
        desk,
        this.candidateWorkflow,
        candidate,
        command,
        {},
        actor,
        this.context
      )
      this.candidate.accept(stored)
      this.dispatchCommand(command, stored)
    })
  }

  private error(): TemplateResult {
    return html`<div part="error" role="alert">${
      this.refusal === undefined
        ? nothing
        : refusalTexts(this.refusal, this.locale).map((text) => html`<p>${text}</p>`)
    }</div>`
  }

  private issueOf(name: string): Messages.Message | undefined {
    return this.issues.get(name)
  }

  private renderCreate(candidate: Candidate.Record): unknown {
    const actor = this.currentActor
    const canCreate =
      actor !== undefined &&
      candidate.state === "onProbation" &&
      (this.workflow.create?.roles ?? Roles.hrStaff).some((r) => actor.roles.includes(r))
    if (!canCreate) return html`<p>${this.t("probationReview.none")}</p>`
    const offer = candidate.data.offer
    const id = this.uid
    const monthsIssue = this.bound ?? this.issueOf("months")
    const startIssue = this.issueOf("startDate")
    return html`<form part="create" class="panel" novalidate aria-labelledby=${`${id}-create`}
      @submit=${(e: Event) => this.onCreate(e, candidate)} @input=${(e: Event) => this.onTermsInput(e)}
      @change=${(e: Event) => this.onTermsInput(e)}>
      <h3 id=${`${id}-create`}>${this.t("probationReview.create")}</h3>
      <div class="field">
        <label for=${`${id}-startDate`}>${this.t("recruitment.probation.field.startDate")}</label>
        <input id=${`${id}-startDate`} type="date" name="startDate" .value=${offer?.startDate ?? ""}
          aria-invalid=${startIssue === undefined ? "false" : "true"}
          aria-describedby=${startIssue === undefined ? nothing : `${id}-startDate-issue`} />
        ${startIssue === undefined ? nothing : html`<p class="issue" id=${`${id}-startDate-issue`}>${Messages.render(startIssue, this.locale)}</p>`}
      </div>
      ${termFieldset(id, this.locale, offer?.contractTerm, this.issueOf("contractTerm"))}
      <div class="field">
        <label for=${`${id}-months`}>${this.t("recruitment.probation.field.months")}</label>
        <input id=${`${id}-months`} type="number" name="months" min="1" max="6" step="1"
          .value=${offer === undefined ? "" : String(offer.probationMonths)}
          aria-invalid=${monthsIssue === undefined ? "false" : "true"}
          aria-describedby=${[`${id}-months-hint`, monthsIssue === undefined ? "" : `${id}-months-issue`].join(" ").trim()} />
        <p class="hint" id=${`${id}-months-hint`}>${this.t("offer.article19")}</p>
        ${monthsIssue === undefined ? nothing : html`<p class="issue" id=${`${id}-months-issue`}>${Messages.render(monthsIssue, this.locale)}</p>`}
      </div>
      ${this.error()}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.running}>${this.t("probationReview.createSubmit")}</button>
      </div>
    </form>`
  }

  private renderFacts(record: Probation.Record): unknown {
    const policy =
      this.workflow.deadlines.find((d) => d.name === Probation.deadlineName)?.policy ?? Probation.endPolicy
    const open = record.state !== "confirmed" && record.state !== "ended"
    return html`<section part="facts" class="panel" aria-labelledby=${`${this.uid}-facts`}>
      <h3 id=${`${this.uid}-facts`}>${this.t("probationReview.heading", {
        name: Personal.maskName(record.data.employeeName),
        position: record.data.position
      })}</h3>
      <dl>
        <dt>${this.t("probationReview.state")}</dt>
        <dd>${labelText(this.workflow.states.find((s) => s.id === record.state)?.label, this.locale, record.state)}</dd>
        <dt>${this.t("probationReview.period")}</dt>
        <dd>${this.t("probationReview.periodValue", {
          start: formatDay(record.data.startDate, this.locale),
          end: formatDay(record.data.endDate, this.locale),
          months: record.data.months
        })}</dd>
        <dt>${this.t("probationReview.deadline")}</dt>
        <dd>${
          open
            ? html`<fd-deadline-badge .policy=${policy} .tracker=${Probation.endTracker(record)} .now=${this.now}
                .calendar=${this.calendar}></fd-deadline-badge>`
            : this.t("probationReview.closed")
        }</dd>
      </dl>
    </section>`
  }

  private renderSteps(record: Probation.Record): unknown {
    const data = record.data
    const when = (at: string) => formatDateTime(at, this.locale, this.currentTimeZone)
    const none = this.t("probationReview.notYet")
    return html`<section part="steps" class="panel" aria-labelledby=${`${this.uid}-steps`}>
      <h3 id=${`${this.uid}-steps`}>${this.t("probationReview.steps")}</h3>
      <dl>
        <dt>${this.t("probationReview.goals")}</dt>
        <dd>${data.goals.length === 0 ? none : html`<ol>${data.goals.map((g) => html`<li>${g}</li>`)}</ol>`}</dd>
        <dt>${this.t("probationReview.coaching")}</dt>
        <dd>${
          data.coachingNotes.length === 0
            ? none
            : html`<ul>${data.coachingNotes.map((n) => html`<li>${n.text} <span class="muted">${when(n.at)}</span></li>`)}</ul>`
        }</dd>
        <dt>${this.t("recruitment.probation.field.careerPlan")}</dt>
        <dd>${data.careerPlan ?? none}</dd>
        <dt>${this.t("recruitment.probation.field.selfAssessment")}</dt>
        <dd>${data.selfAssessment === undefined ? none : html`${data.selfAssessment.text} <span class="muted">${when(data.selfAssessment.at)}</span>`}</dd>
        <dt>${this.t("probationReview.assessment")}</dt>
        <dd>${
          data.assessment === undefined
            ? none
            : this.t("probationReview.assessmentValue", {
                result: this.t(`recruitment.probation.result.${data.assessment.result}`),
                score: data.assessment.score ?? "—",
                comments: data.assessment.comments,
                at: when(data.assessment.at)
              })
        }</dd>
        <dt>${this.t("probationReview.approval")}</dt>
        <dd>${data.approvedBy === undefined ? this.t("probationReview.approvalRule") : this.t("probationReview.approved")}</dd>
        <dt>${this.t("probationReview.notice")}</dt>
        <dd>${data.notifiedAt === undefined ? none : when(data.notifiedAt)}</dd>
      </dl>
    </section>`
  }

  private renderField(field: Field.Descriptor): TemplateResult {
    const id = `${this.uid}-${field.name}`
    const issue = this.issueOf(field.name)
    const label = isList(field)
      ? this.t("probationReview.goalsField")
      : labelText(field.meta.label, this.locale, field.name)
    const attrs = {
      invalid: issue === undefined ? "false" : "true",
      described: issue === undefined ? nothing : `${id}-issue`
    }
    const control =
      field.meta.widget === "select"
        ? html`<select id=${id} name=${field.name} aria-invalid=${attrs.invalid} aria-describedby=${attrs.described}>
            <option value="">${this.t("candidates.choose")}</option>
            ${(field.meta.options ?? []).map((o) => html`<option value=${o.value}>${labelText(o.label, this.locale, o.value)}</option>`)}
          </select>`
        : field.meta.widget === "number"
          ? html`<input id=${id} name=${field.name} type="number" step="1" aria-invalid=${attrs.invalid} aria-describedby=${attrs.described} />`
          : html`<textarea id=${id} name=${field.name} aria-invalid=${attrs.invalid} aria-describedby=${attrs.described}></textarea>`
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${control}
      ${issue === undefined ? nothing : html`<p class="issue" id=${`${id}-issue`}>${Messages.render(issue, this.locale)}</p>`}
    </div>`
  }

  private renderCommands(record: Probation.Record): unknown {
    const commands = this.commands(record)
    const opened = commands.find((c) => c.name === this.opened)
    return html`${
      commands.length === 0
        ? html`<p class="muted">${this.t("probationReview.noCommands")}</p>`
        : html`<div part="commands" class="actions" role="group" aria-label=${this.t("probationReview.commands")}>
            ${commands.map(
              (c) => html`<button type="button" data-command=${c.name} ?disabled=${this.running}
                aria-expanded=${fieldsOf(c).length === 0 ? nothing : String(this.opened === c.name)}
                @click=${() => this.onCommand(record, c)}>${labelText(c.label, this.locale, c.name)}</button>`
            )}
          </div>`
    }
    ${
      opened === undefined
        ? nothing
        : html`<form part="form" class="panel" novalidate aria-label=${labelText(opened.label, this.locale, opened.name)}
            @submit=${(e: Event) => this.onSubmit(e, record, opened)}>
            ${fieldsOf(opened).map((f) => this.renderField(f))}
            <div class="actions">
              <button type="submit" class="primary" ?disabled=${this.running}>${this.t("candidatePipeline.confirm")}</button>
              <button type="button" @click=${() => {
                this.opened = undefined
                this.issues = new Map()
              }}>${this.t("candidatePipeline.cancel")}</button>
            </div>
          </form>`
    }`
  }

  private renderClose(record: Probation.Record, candidate: Candidate.Record | undefined): unknown {
    if (candidate === undefined || candidate.state !== "onProbation") return nothing
    const command =
      record.state === "confirmed" || record.state === "ended" ? closing[record.state] : undefined
    const actor = this.currentActor
    if (command === undefined || actor === undefined) return nothing
    const available = Workflow.availableCommands(this.candidateWorkflow, candidate, actor).some(
      (c) => c.name === command
    )
    if (!available) return nothing
    return html`<div part="close" class="actions">
      <button type="button" class="primary" ?disabled=${this.running} @click=${() => void this.closeApplication(candidate, command)}>
        ${this.t(command === "confirm" ? "probationReview.closeConfirmed" : "probationReview.closeEnded")}
      </button>
    </div>`
  }

  protected override render(): unknown {
    const record = this.probation.record
    const candidate = this.candidate.record
    if (record === undefined) {
      if (!this.probation.loaded || !this.candidate.loaded)
        return html`<p role="status">${this.t("candidates.loading")}</p>`
      if (candidate === undefined) return html`<p role="status">${this.t("candidates.notFound")}</p>`
      return this.renderCreate(candidate)
    }
    return html`${this.renderFacts(record)} ${this.renderSteps(record)} ${this.renderCommands(record)}
      ${this.renderClose(record, candidate)} ${this.error()}`
  }
}
