/**
 * `fd-interview-evaluation`: the interview evaluation form (面试评价表) of one candidate — who
 * should interview, each interviewer's scores and recommendation, and the summary of a round.
 */
import { Messages, Personal, Workflow } from "@frontdesk/domain"
import { elementsCandidatesTexts, recruitmentTexts } from "@frontdesk/domain/messages"
import { Candidate, Interview, Roles } from "@frontdesk/domain/recruitment"
import { css, html, nothing } from "lit"
import { property, state } from "lit/decorators.js"
import { formatDateTime } from "../common/format.js"
import { FrontdeskElement } from "../common/frontdesk-element.js"
import { refusalTexts } from "../common/refusal.js"
import {
  type CandidateContext,
  issuesByField,
  notReady,
  RecordLoader,
  runCandidate,
  styles
} from "./candidate-shared.js"

Messages.register(recruitmentTexts)
Messages.register(elementsCandidatesTexts)

const criterionLabel = (criterion: (typeof Interview.criteria)[number]): Messages.Code =>
  `recruitment.interview.criterion.${criterion}`
const recommendations = ["hire", "consider", "reject"] as const
const recommendationLabel = (r: (typeof recommendations)[number]): Messages.Code =>
  `recruitment.interview.recommendation.${r}`
const roundLabel = (round: Interview.Round): Messages.Code => `recruitment.interview.round.${round}`
const scores = [1, 2, 3, 4, 5] as const

let instances = 0

/**
 * The interview evaluation form of one candidate in the first or second interview.
 *
 * It says who should interview this round, by the position type's routing
 * (`Interview.interviewers`: the HR manager for front-line staff, the department manager for
 * professionals — after their shortlist — and so on), and whether an evaluation of a designated
 * interviewer is still missing. Each interviewer's evaluation is listed (scores 1–5 per criterion,
 * recommendation, comment), with the round's summary over all interviewers
 * (`Interview.summarise`: average per criterion and overall, and the recommendations counted).
 *
 * A person who may evaluate (the `evaluate` command is available to them) fills in the form:
 * a score for every criterion, a recommendation and a comment. Missing scores and refusals (a
 * second evaluation of the same round) are shown inline in the page's language; nothing typed is
 * lost.
 *
 * @summary Interview evaluation form with every interviewer's scores and the round's summary.
 * @tagname fd-interview-evaluation
 *
 * @fires fd-command - After an evaluation was stored; `detail: { command, record }`.
 *
 * @csspart routing - Who should interview this round.
 * @csspart summary - The round's summary table.
 * @csspart evaluations - The table of each interviewer's evaluation.
 * @csspart form - The evaluation form.
 * @csspart error - A refusal.
 *
 * @cssproperty --fd-color-primary - Buttons.
 * @cssproperty --fd-color-danger - Refusals and missing scores.
 *
 * @example
 * ```html
 * <fd-provider>
 *   <fd-interview-evaluation candidate-id="c-1"></fd-interview-evaluation>
 * </fd-provider>
 * ```
 * @category elements
 * @since 0.1.0
 */
export class FdInterviewEvaluation extends FrontdeskElement {
  /** Tables and the form, themed by `--fd-*` tokens. */
  static override styles = [
    styles,
    css`
      .scale {
        display: flex;
        flex-wrap: wrap;
        gap: var(--fd-space-s, 0.5rem);
      }
      .scale label {
        display: inline-flex;
        gap: var(--fd-space-xs, 0.25rem);
        align-items: center;
      }
      td.number,
      th.number {
        text-align: end;
      }
    `
  ]

  /** The candidate workflow (a host's `Candidate.make(config)`); the default one otherwise. */
  @property({ attribute: false }) workflow: Workflow.Any = Candidate.workflow

  /** The candidate interviewed. */
  @property({ attribute: "candidate-id" }) candidateId: string | undefined

  /** Who interviews which position type: the same routing given to `Candidate.make`. */
  @property({ attribute: false }) routing: Interview.Routing = Interview.defaultRouting

  /** What candidate commands look up: the blacklist, fixed or looked up per candidate. */
  @property({ attribute: false }) context: CandidateContext | undefined

  @state() private running = false
  @state() private refusal: unknown
  /** Criteria submitted without a score. */
  @state() private unscored: ReadonlyArray<string> = []

  private readonly uid = `fd-interview-evaluation-${++instances}`
  private readonly loader = new RecordLoader<Candidate.Record>(this, () => {
    const desk = this.currentDesk
    return desk === undefined || this.candidateId === undefined
      ? undefined
      : { desk, collection: this.workflow.collection, id: this.candidateId }
  })

  /** The candidate as last read. */
  get record(): Candidate.Record | undefined {
    return this.loader.record
  }

  /** Reads the candidate again; resolves once it is shown. */
  reload(): Promise<void> {
    return this.loader.reload()
  }

  /** The round under way: the first interview's or the second's; none in other states. */
  private roundOf(record: Candidate.Record): Interview.Round | undefined {
    return record.state === "firstInterview"
      ? "first"
      : record.state === "secondInterview"
        ? "second"
        : undefined
  }

  private canEvaluate(record: Candidate.Record): boolean {
    const actor = this.currentActor
    return (
      actor !== undefined &&
      Workflow.availableCommands(this.workflow, record, actor).some((c) => c.name === "evaluate")
    )
  }

  private async onSubmit(event: Event, record: Candidate.Record, round: Interview.Round): Promise<void> {
    event.preventDefault()
    if (this.running) return
    const data = new FormData(event.currentTarget as HTMLFormElement)
    const scored = Interview.criteria.flatMap((criterion) => {
      const value = data.get(`score-${criterion}`)
      return typeof value === "string" && value !== "" ? [{ criterion, score: Number(value) }] : []
    })
    // Every criterion is scored: an average over some of them would compare interviewers unfairly.
    this.unscored = Interview.criteria.filter((c) => !scored.some((s) => s.criterion === c))
    const recommendation = String(data.get("recommendation") ?? "")
    const comment = String(data.get("comment") ?? "").trim()
    this.refusal = undefined
    if (this.unscored.length > 0) {
      await this.updateComplete
      this.renderRoot.querySelector<HTMLElement>("fieldset[aria-invalid=true] input")?.focus()
      return
    }
    const desk = this.currentDesk
    const actor = this.currentActor
    if (desk === undefined || actor === undefined) {
      this.refusal = notReady
      return
    }
    this.running = true
    try {
      const stored = await runCandidate(
        desk,
        this.workflow,
        record,
        "evaluate",
        { round, scores: scored, recommendation, ...(comment === "" ? {} : { comment }) },
        actor,
        this.context
      )
      this.loader.accept(stored)
      ;(event.target as HTMLFormElement).reset()
      this.dispatchEvent(
        new CustomEvent("fd-command", {
          detail: { command: "evaluate", record: stored },
          bubbles: true,
          composed: true
        })
      )
    } catch (error) {
      this.refusal = error
    } finally {
      this.running = false
    }
  }

  private renderRouting(record: Candidate.Record, round: Interview.Round | undefined): unknown {
    const type = record.data.position.positionType
    const roles = (round: Interview.Round) =>
      Interview.interviewers(type, round, this.routing)
        .map((r) => this.t(Roles.label(r as Roles.Role)))
        .join(this.locale === "zh-CN" ? "、" : ", ")
    const missing =
      round !== undefined &&
      !record.data.evaluations.some(
        (e) =>
          e.round === round &&
          e.interviewerRoles.some((r) => Interview.interviewers(type, round, this.routing).includes(r))
      )
    return html`<section part="routing" class="panel" aria-labelledby=${`${this.uid}-routing`}>
      <h3 id=${`${this.uid}-routing`}>${this.t("interviewEvaluation.routing")}</h3>
      <ul>
        ${
          Interview.needsShortlist(type, this.routing)
            ? html`<li>${this.t("interviewEvaluation.shortlist", {
                roles: (this.routing[type].shortlist ?? [])
                  .map((r) => this.t(Roles.label(r as Roles.Role)))
                  .join("、")
              })}</li>`
            : nothing
        }
        <li>${this.t("interviewEvaluation.firstRound", { roles: roles("first") })}</li>
        <li>${
          Interview.hasSecondRound(type, this.routing)
            ? this.t("interviewEvaluation.secondRound", { roles: roles("second") })
            : this.t("interviewEvaluation.noSecondRound")
        }</li>
      </ul>
      ${
        round === undefined
          ? html`<p class="muted">${this.t("interviewEvaluation.notInInterview")}</p>`
          : html`<p>${this.t(missing ? "interviewEvaluation.missing" : "interviewEvaluation.present", { round: this.t(roundLabel(round)) })}</p>`
      }
    </section>`
  }

  private renderSummary(record: Candidate.Record, round: Interview.Round): unknown {
    const summary = Interview.summarise(record.data.evaluations, round)
    if (summary.evaluations === 0) return nothing
    const inRound = record.data.evaluations.filter((e) => e.round === round)
    const format = (n: number | undefined) => (n === undefined ? "—" : n.toFixed(2))
    return html`<table part="summary">
        <caption>${this.t("interviewEvaluation.summary", { round: this.t(roundLabel(round)), count: summary.evaluations })}</caption>
        <thead>
          <tr>
            <th scope="col">${this.t("recruitment.interview.field.criterion")}</th>
            <th scope="col" class="number">${this.t("interviewEvaluation.average")}</th>
          </tr>
        </thead>
        <tbody>
          ${Interview.criteria.map(
            (c) =>
              html`<tr><th scope="row">${this.t(criterionLabel(c))}</th><td class="number">${format(summary.byCriterion[c])}</td></tr>`
          )}
          <tr><th scope="row">${this.t("interviewEvaluation.overall")}</th><td class="number">${format(summary.average)}</td></tr>
        </tbody>
      </table>
      <p>${this.t("interviewEvaluation.recommendations", summary.recommendations)}</p>
      <table part="evaluations">
        <caption>${this.t("interviewEvaluation.each", { round: this.t(roundLabel(round)) })}</caption>
        <thead>
          <tr>
            <th scope="col">${this.t("interviewEvaluation.interviewer")}</th>
            ${Interview.criteria.map((c) => html`<th scope="col" class="number">${this.t(criterionLabel(c))}</th>`)}
            <th scope="col">${this.t("recruitment.interview.field.recommendation")}</th>
            <th scope="col">${this.t("recruitment.interview.field.comment")}</th>
          </tr>
        </thead>
        <tbody>
          ${inRound.map(
            (e) => html`<tr>
              <th scope="row">${e.interviewerName}
                <span class="muted">${e.interviewerRoles.map((r) => this.t(Roles.label(r as Roles.Role))).join("、")}</span>
                <time class="muted" datetime=${e.at}>${formatDateTime(e.at, this.locale, this.currentTimeZone)}</time></th>
              ${Interview.criteria.map((c) => html`<td class="number">${e.scores.find((s) => s.criterion === c)?.score ?? "—"}</td>`)}
              <td>${this.t(recommendationLabel(e.recommendation))}</td>
              <td>${e.comment ?? ""}</td>
            </tr>`
          )}
        </tbody>
      </table>`
  }

  private renderForm(record: Candidate.Record, round: Interview.Round): unknown {
    const issues = issuesByField(this.refusal)
    const recIssue = issues.get("recommendation")
    const id = this.uid
    return html`<form part="form" class="panel" novalidate aria-labelledby=${`${id}-form`}
      @submit=${(e: Event) => void this.onSubmit(e, record, round)}>
      <h3 id=${`${id}-form`}>${this.t("interviewEvaluation.form", { round: this.t(roundLabel(round)) })}</h3>
      ${Interview.criteria.map((c) => {
        const missing = this.unscored.includes(c)
        return html`<fieldset aria-invalid=${missing ? "true" : "false"} aria-describedby=${missing ? `${id}-${c}-issue` : nothing}>
          <legend>${this.t(criterionLabel(c))}</legend>
          <div class="scale">
            ${scores.map(
              (n) => html`<label><input type="radio" name=${`score-${c}`} value=${String(n)}
                @change=${() => {
                  this.unscored = this.unscored.filter((u) => u !== c)
                }} />${n}</label>`
            )}
          </div>
          ${missing ? html`<p class="issue" id=${`${id}-${c}-issue`}>${this.t("interviewEvaluation.scoreMissing")}</p>` : nothing}
        </fieldset>`
      })}
      <div class="field">
        <label for=${`${id}-recommendation`}>${this.t("recruitment.interview.field.recommendation")}</label>
        <select id=${`${id}-recommendation`} name="recommendation" required
          aria-invalid=${recIssue === undefined ? "false" : "true"}
          aria-describedby=${recIssue === undefined ? nothing : `${id}-recommendation-issue`}>
          <option value="">${this.t("candidates.choose")}</option>
          ${recommendations.map((r) => html`<option value=${r}>${this.t(recommendationLabel(r))}</option>`)}
        </select>
        ${recIssue === undefined ? nothing : html`<p class="issue" id=${`${id}-recommendation-issue`}>${Messages.render(recIssue, this.locale)}</p>`}
      </div>
      <div class="field">
        <label for=${`${id}-comment`}>${this.t("recruitment.interview.field.comment")}</label>
        <textarea id=${`${id}-comment`} name="comment"></textarea>
      </div>
      <div part="error" role="alert">${
        this.refusal === undefined
          ? nothing
          : refusalTexts(this.refusal, this.locale).map((t) => html`<p>${t}</p>`)
      }</div>
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.running}>${this.t("interviewEvaluation.submit")}</button>
      </div>
    </form>`
  }

  protected override render(): unknown {
    const record = this.loader.record
    if (record === undefined)
      return html`<p role="status">${this.t(this.loader.loaded ? "candidates.notFound" : "candidates.loading")}</p>`
    const round = this.roundOf(record)
    const rounds: ReadonlyArray<Interview.Round> = ["first", "second"]
    return html`<h2>${this.t("interviewEvaluation.heading", {
      name: Personal.maskName(record.data.name),
      position: record.data.position.title
    })}</h2>
      ${this.renderRouting(record, round)}
      ${rounds.map((r) => this.renderSummary(record, r))}
      ${round !== undefined && this.canEvaluate(record) ? this.renderForm(record, round) : nothing}`
  }
}
