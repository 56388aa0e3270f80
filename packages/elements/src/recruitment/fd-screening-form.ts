/**
 * `fd-screening-form`: the first screening of one candidate — the criteria offered, the facts the
 * disqualification rules read, the rules' findings with their legal standing, and the person's
 * confirmation or clearance of each.
 */
import { Messages, Personal, type Workflow } from "@frontdesk/domain"
import { elementsCandidatesTexts, recruitmentTexts } from "@frontdesk/domain/messages"
import { Candidate, Disqualification, type Requisition, Screening } from "@frontdesk/domain/recruitment"
import { css, html, nothing, type PropertyValues } from "lit"
import { property, state } from "lit/decorators.js"
import { formatDateTime } from "../common/format.js"
import { FrontdeskElement } from "../common/frontdesk-element.js"
import { refusalTexts } from "../common/refusal.js"
import {
  blacklistOf,
  type CandidateContext,
  contextFor,
  issuesByField,
  PartCommands,
  RecordLoader,
  standingBadge,
  styles
} from "./candidate-shared.js"

Messages.register(recruitmentTexts)
Messages.register(elementsCandidatesTexts)

/** The forms of the element, each with its own refusal and field issues. */
type Part = "screen" | "facts" | "disqualify" | "waive"

let instances = 0

/**
 * The first screening (资格审查、初步筛选) of one candidate against the requisition.
 *
 * - **Criteria**: those `Screening.offered` gives for the deployment's `screening` configuration
 *   — never gender, ethnicity, religion, household registration or appearance unless the
 *   deployment enabled one (then shown with the warning that its use is recorded); age is shown
 *   as legally risky. Each is marked met or not, with a note, and the outcome (pass or fail)
 *   runs the `screen` command.
 * - **Facts** the rules read (`recordFacts`): birth date, a labour contract with another
 *   employer, the document check; the criminal-record check only when the position declares a
 *   lawful need, the medical result (fit or unfit for this position, nothing more) only when it
 *   declares a requirement.
 * - **Disqualification check**: every finding of the rule set, each with its legal standing in
 *   words and whether a person has confirmed or cleared it. Nothing is rejected on its own: the
 *   HR manager or HR head confirms (`disqualify`, with a note) or clears a finding with a reason
 *   (`waive`; a legal requirement cannot be cleared). The person's decision is in the history.
 *
 * Refusals are shown inline, beside the form they concern, in the page's language; nothing typed
 * is lost.
 *
 * @summary First screening, facts and the disqualification check of one candidate.
 * @tagname fd-screening-form
 *
 * @fires fd-command - After a command succeeded; `detail: { command, record }`.
 *
 * @csspart criteria - The screening form.
 * @csspart criterion - One criterion's row.
 * @csspart warning - A warning that a criterion's use is recorded.
 * @csspart facts - The facts form.
 * @csspart check - The disqualification check.
 * @csspart finding - One finding.
 * @csspart standing - A legal-standing badge.
 * @csspart confirm - The confirmation form (`disqualify`).
 * @csspart waive - A finding's clearance form (`waive`).
 * @csspart error - A refusal.
 *
 * @cssproperty --fd-color-primary - Buttons.
 * @cssproperty --fd-color-danger - Refusals, legal requirements.
 * @cssproperty --fd-color-warning - Restricted standings and warnings.
 *
 * @example
 * ```html
 * <fd-provider>
 *   <fd-screening-form candidate-id="c-1"></fd-screening-form>
 * </fd-provider>
 * <script type="module">
 *   document.querySelector("fd-screening-form").context = { blacklist: [] }
 * </script>
 * ```
 * @category elements
 * @since 0.1.0
 */
export class FdScreeningForm extends FrontdeskElement {
  /** Forms, findings and badges, themed by `--fd-*` tokens. */
  static override styles = [
    styles,
    css`
      [part~="criterion"] {
        display: grid;
        grid-template-columns: minmax(8rem, 12rem) auto 1fr;
        gap: var(--fd-space-s, 0.5rem);
        align-items: start;
        border: 0;
        border-block-end: 1px solid var(--fd-color-border, #d0d7de);
        border-radius: 0;
        padding: var(--fd-space-xs, 0.25rem) 0;
        margin: 0;
      }
      [part~="criterion"] legend {
        float: left;
        font-weight: 600;
        padding: 0;
      }
      [part~="warning"] {
        grid-column: 1 / -1;
        margin: 0;
        color: var(--fd-color-warning, #7d4e00);
      }
      .choices {
        display: flex;
        gap: var(--fd-space-s, 0.5rem);
      }
      [part~="finding"] {
        padding: var(--fd-space-s, 0.5rem);
        border: 1px solid var(--fd-color-border, #d0d7de);
        border-radius: var(--fd-radius, 6px);
      }
      [part~="finding"] p {
        margin: 0 0 var(--fd-space-xs, 0.25rem);
      }
    `
  ]

  /** The candidate workflow (a host's `Candidate.make(config)`); the default one otherwise. */
  @property({ attribute: false }) workflow: Workflow.Any = Candidate.workflow

  /** The candidate screened. */
  @property({ attribute: "candidate-id" }) candidateId: string | undefined

  /** The deployment's screening configuration: the same one given to `Candidate.make`. */
  @property({ attribute: false }) screening: Screening.Config = Screening.defaultConfig

  /** What candidate commands look up: the blacklist, fixed or looked up per candidate. */
  @property({ attribute: false }) context: CandidateContext | undefined

  @state() private requisition: Requisition.Record | undefined
  @state() private checkContext: Workflow.Context = {}
  /** The finding whose clearance form is open. */
  @state() private waiving: string | undefined

  private readonly uid = `fd-screening-form-${++instances}`
  private readonly loader = new RecordLoader<Candidate.Record>(this, () => {
    const desk = this.currentDesk
    return desk === undefined || this.candidateId === undefined
      ? undefined
      : { desk, collection: this.workflow.collection, id: this.candidateId }
  })
  /** Runs a command from one of the forms; a refusal stays beside that form. */
  private readonly commands = new PartCommands<Part>(this, this.loader, () => ({
    desk: this.currentDesk,
    actor: this.currentActor,
    workflow: this.workflow,
    context: this.context
  }))
  private seen: Candidate.Record | undefined

  /** The candidate as last read. */
  get record(): Candidate.Record | undefined {
    return this.loader.record
  }

  /** Reads the candidate again; resolves once it is shown. */
  async reload(): Promise<void> {
    await this.loader.reload()
    await this.refreshContext()
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    const record = this.loader.record
    if (record !== this.seen) {
      const before = this.seen
      this.seen = record
      if (record !== undefined) {
        void this.refreshContext()
        if (before?.data.requisitionId !== record.data.requisitionId) void this.loadRequisition(record)
      }
    }
  }

  private async refreshContext(): Promise<void> {
    const desk = this.currentDesk
    const record = this.loader.record
    if (desk === undefined || record === undefined) return
    try {
      this.checkContext = await contextFor(desk, record, this.context)
    } catch {
      this.checkContext = {}
    }
  }

  private async loadRequisition(record: Candidate.Record): Promise<void> {
    const desk = this.currentDesk
    if (desk === undefined) return
    try {
      this.requisition = (await desk.get("requisitions", record.data.requisitionId)) as
        | Requisition.Record
        | undefined
    } catch {
      this.requisition = undefined
    }
  }

  private onScreen(event: Event): void {
    event.preventDefault()
    const data = new FormData(event.currentTarget as HTMLFormElement)
    const criteria = Screening.offered(this.screening).flatMap((c) => {
      const met = data.get(`met-${c.id}`)
      if (met !== "yes" && met !== "no") return []
      const note = String(data.get(`note-${c.id}`) ?? "").trim()
      return [{ criterion: c.id, met: met === "yes", ...(note === "" ? {} : { note }) }]
    })
    const outcome = String(data.get("outcome") ?? "")
    const note = String(data.get("note") ?? "").trim()
    void this.commands.run("screen", "screen", { outcome, criteria, ...(note === "" ? {} : { note }) })
  }

  private onFacts(event: Event): void {
    event.preventDefault()
    const input: Record<string, string> = {}
    for (const [name, value] of new FormData(event.currentTarget as HTMLFormElement))
      if (typeof value === "string" && value.trim() !== "") input[name] = value.trim()
    void this.commands.run("facts", "recordFacts", input)
  }

  private onDisqualify(event: Event): void {
    event.preventDefault()
    const data = new FormData(event.currentTarget as HTMLFormElement)
    const codes = data.getAll("codes").filter((v): v is string => typeof v === "string")
    const note = String(data.get("note") ?? "").trim()
    void this.commands.run("disqualify", "disqualify", { codes, ...(note === "" ? {} : { note }) })
  }

  private async onWaive(event: Event, code: string): Promise<void> {
    event.preventDefault()
    const reason = String(new FormData(event.currentTarget as HTMLFormElement).get("reason") ?? "").trim()
    if (await this.commands.run("waive", "waive", { code, ...(reason === "" ? {} : { reason }) }))
      this.waiving = undefined
  }

  private error(part: Part): unknown {
    const refusal = this.commands.refusalOf(part)
    return html`<div part="error" role="alert">${
      refusal === undefined ? nothing : refusalTexts(refusal, this.locale).map((text) => html`<p>${text}</p>`)
    }</div>`
  }

  private issue(part: Part, name: string): Messages.Message | undefined {
    return issuesByField(this.commands.refusalOf(part)).get(name)
  }

  private renderCriteria(record: Candidate.Record): unknown {
    const screening = record.data.screening
    const offered = Screening.offered(this.screening)
    const qualifications = this.requisition?.data.qualifications
    const heading = `${this.uid}-criteria`
    const canScreen = this.commands.can("screen")
    const outcomeIssue = this.issue("screen", "outcome")
    return html`<section part="criteria" class="panel" aria-labelledby=${heading}>
      <h3 id=${heading}>${this.t("screeningForm.criteria")}</h3>
      ${
        qualifications === undefined
          ? nothing
          : html`<p>${this.t("screeningForm.qualifications", { qualifications })}</p>`
      }
      ${
        screening === undefined
          ? nothing
          : html`<p role="status">${this.t(
              screening.outcome === "pass" ? "screeningForm.screenedPass" : "screeningForm.screenedFail",
              {
                at: formatDateTime(screening.at, this.locale, this.currentTimeZone)
              }
            )}</p>`
      }
      ${record.data.screeningWarnings.map(
        (w) =>
          html`<p part="warning">${standingBadge(w.standing, this.locale)} ${Screening.warningText(w, this.locale)}</p>`
      )}
      ${
        !canScreen
          ? screening === undefined
            ? html`<p class="muted">${this.t("screeningForm.cannotScreen")}</p>`
            : nothing
          : html`<form novalidate @submit=${(e: Event) => this.onScreen(e)}>
              ${offered.map((c) => this.renderCriterion(c))}
              <div class="field">
                <label for=${`${this.uid}-outcome`}>${this.t("recruitment.screening.field.outcome")}</label>
                <select
                  id=${`${this.uid}-outcome`}
                  name="outcome"
                  required
                  aria-invalid=${outcomeIssue === undefined ? "false" : "true"}
                  aria-describedby=${outcomeIssue === undefined ? nothing : `${this.uid}-outcome-issue`}
                >
                  <option value="">${this.t("candidates.choose")}</option>
                  <option value="pass">${this.t("recruitment.screening.pass")}</option>
                  <option value="fail">${this.t("recruitment.screening.fail")}</option>
                </select>
                ${
                  outcomeIssue === undefined
                    ? nothing
                    : html`<p class="issue" id=${`${this.uid}-outcome-issue`}>${Messages.render(outcomeIssue, this.locale)}</p>`
                }
              </div>
              <div class="field">
                <label for=${`${this.uid}-screen-note`}>${this.t("recruitment.field.note")}</label>
                <textarea id=${`${this.uid}-screen-note`} name="note"></textarea>
              </div>
              ${this.error("screen")}
              <div class="actions">
                <button type="submit" class="primary" ?disabled=${this.commands.running !== undefined}>
                  ${this.t("screeningForm.screen")}
                </button>
              </div>
            </form>`
      }
    </section>`
  }

  private renderCriterion(criterion: Screening.Description): unknown {
    const id = `${this.uid}-c-${criterion.id}`
    const label = this.t(criterion.label)
    const risky = criterion.standing === "restricted" || criterion.standing === "prohibited"
    const warning = risky
      ? Screening.warningText(
          { criterion: criterion.id, standing: criterion.standing, by: "", at: "" },
          this.locale
        )
      : undefined
    return html`<fieldset part="criterion" data-criterion=${criterion.id} aria-describedby=${warning === undefined ? nothing : `${id}-warning`}>
      <legend>${label}</legend>
      <div class="choices">
        <label><input type="radio" name=${`met-${criterion.id}`} value="yes" />${this.t("screeningForm.met")}</label>
        <label><input type="radio" name=${`met-${criterion.id}`} value="no" />${this.t("screeningForm.notMet")}</label>
      </div>
      <label class="field">
        <span class="visually-hidden">${this.t("screeningForm.criterionNote", { criterion: label })}</span>
        <input name=${`note-${criterion.id}`} placeholder=${this.t("recruitment.field.note")} />
      </label>
      ${
        warning === undefined
          ? nothing
          : html`<p part="warning" id=${`${id}-warning`}>${standingBadge(criterion.standing, this.locale)}
            ${this.t("screeningForm.riskyCriterion", { warning })}</p>`
      }
    </fieldset>`
  }

  private renderFacts(record: Candidate.Record): unknown {
    const position = record.data.position
    const facts = record.data.facts
    const heading = `${this.uid}-facts`
    if (!this.commands.can("recordFacts")) return nothing
    const select = (
      name: string,
      label: Messages.Code,
      options: ReadonlyArray<readonly [string, Messages.Code]>,
      hint?: string
    ) => {
      const id = `${this.uid}-f-${name}`
      const issue = this.issue("facts", name)
      const current = (facts as Record<string, string | undefined>)[name] ?? ""
      const described = [
        hint === undefined ? "" : `${id}-hint`,
        issue === undefined ? "" : `${id}-issue`
      ].filter((s) => s !== "")
      return html`<div class="field">
        <label for=${id}>${this.t(label)}</label>
        <select id=${id} name=${name} aria-invalid=${issue === undefined ? "false" : "true"} aria-describedby=${described.length === 0 ? nothing : described.join(" ")}>
          <option value="" ?selected=${current === ""}>${this.t("screeningForm.notRecorded")}</option>
          ${options.map(([value, text]) => html`<option value=${value} ?selected=${current === value}>${this.t(text)}</option>`)}
        </select>
        ${hint === undefined ? nothing : html`<p class="hint" id=${`${id}-hint`}>${hint}</p>`}
        ${issue === undefined ? nothing : html`<p class="issue" id=${`${id}-issue`}>${Messages.render(issue, this.locale)}</p>`}
      </div>`
    }
    const birthIssue = this.issue("facts", "birthDate")
    return html`<section part="facts" class="panel" aria-labelledby=${heading}>
      <h3 id=${heading}>${this.t("screeningForm.facts")}</h3>
      <form novalidate @submit=${(e: Event) => this.onFacts(e)}>
        <div class="field">
          <label for=${`${this.uid}-f-birthDate`}>${this.t("recruitment.facts.birthDate")}</label>
          <input
            id=${`${this.uid}-f-birthDate`}
            type="date"
            name="birthDate"
            .value=${facts.birthDate ?? ""}
            aria-invalid=${birthIssue === undefined ? "false" : "true"}
            aria-describedby=${birthIssue === undefined ? nothing : `${this.uid}-f-birthDate-issue`}
          />
          ${birthIssue === undefined ? nothing : html`<p class="issue" id=${`${this.uid}-f-birthDate-issue`}>${Messages.render(birthIssue, this.locale)}</p>`}
        </div>
        ${select("previousContract", "recruitment.facts.previousContract", [
          ["none", "recruitment.facts.previousContract.none"],
          ["running", "recruitment.facts.previousContract.running"],
          ["terminated", "recruitment.facts.previousContract.terminated"]
        ])}
        ${select("documentCheck", "recruitment.facts.documentCheck", [
          ["passed", "recruitment.facts.documentCheck.passed"],
          ["failed", "recruitment.facts.documentCheck.failed"]
        ])}
        ${
          position.criminalRecordBasis === undefined
            ? nothing
            : select(
                "criminalRecord",
                "recruitment.facts.criminalRecord",
                [
                  ["none", "recruitment.facts.criminalRecord.none"],
                  ["found", "recruitment.facts.criminalRecord.found"]
                ],
                this.t("screeningForm.criminalBasis", { basis: position.criminalRecordBasis })
              )
        }
        ${
          position.medicalRequirement === undefined
            ? nothing
            : select(
                "medical",
                "recruitment.facts.medical",
                [
                  ["fit", "recruitment.facts.medical.fit"],
                  ["unfit", "recruitment.facts.medical.unfit"]
                ],
                this.t("screeningForm.medicalRequirement", { requirement: position.medicalRequirement })
              )
        }
        ${this.error("facts")}
        <div class="actions">
          <button type="submit" ?disabled=${this.commands.running !== undefined}>${this.t("screeningForm.recordFacts")}</button>
        </div>
      </form>
    </section>`
  }

  private renderCheck(record: Candidate.Record): unknown {
    const findings = Candidate.findings(record.data, blacklistOf(this.checkContext))
    const waivers = record.data.waivers
    const open = findings.filter((f) => !waivers.some((w) => w.code === f.code))
    const heading = `${this.uid}-check`
    const disqualification = record.data.disqualification
    const canConfirm = this.commands.can("disqualify")
    const canWaive = this.commands.can("waive")
    return html`<section part="check" class="panel" aria-labelledby=${heading}>
      <h3 id=${heading}>${this.t("screeningForm.check")}</h3>
      <p class="muted">${this.t("screeningForm.humanSignOff")}</p>
      ${
        disqualification === undefined
          ? nothing
          : html`<p role="status">${this.t("screeningForm.disqualified", {
              at: formatDateTime(disqualification.at, this.locale, this.currentTimeZone),
              note: disqualification.note
            })}</p>`
      }
      ${
        findings.length === 0
          ? html`<p>${this.t("screeningForm.noFindings")}</p>`
          : html`<ul class="findings">
              ${findings.map((finding) => {
                const waiver = waivers.find((w) => w.code === finding.code)
                const standing = finding.standing ?? Disqualification.standingOf(finding.code)
                return html`<li part="finding" data-code=${finding.code}>
                  <p>${Messages.isCode(finding.code) ? this.t(finding.code) : finding.code} ${standingBadge(standing, this.locale)}</p>
                  <p class="muted">${Messages.render(finding.message, this.locale)}</p>
                  <p>
                    ${
                      waiver !== undefined
                        ? this.t("screeningForm.waived", { reason: waiver.reason })
                        : disqualification?.codes.includes(finding.code)
                          ? this.t("screeningForm.confirmed")
                          : this.t("screeningForm.awaiting")
                    }
                  </p>
                  ${waiver === undefined && disqualification === undefined && canWaive ? this.renderWaive(finding.code, standing) : nothing}
                </li>`
              })}
            </ul>`
      }
      ${this.error("waive")}
      ${
        open.length > 0 && disqualification === undefined
          ? canConfirm
            ? this.renderConfirm(open.map((f) => f.code))
            : html`<p>${this.t("screeningForm.needsConfirmation")}</p>`
          : nothing
      }
    </section>`
  }

  private renderWaive(code: string, standing: string | undefined): unknown {
    if (standing === "legal-requirement")
      return html`<p class="muted">${this.t("screeningForm.cannotWaive")}</p>`
    if (this.waiving !== code)
      return html`<button type="button" @click=${() => {
        this.waiving = code
        void this.updateComplete.then(() =>
          this.renderRoot.querySelector<HTMLElement>("[part~=waive] textarea")?.focus()
        )
      }}>${this.t("screeningForm.waive")}</button>`
    const id = `${this.uid}-waive`
    const issue = this.issue("waive", "reason")
    return html`<form part="waive" novalidate @submit=${(e: Event) => void this.onWaive(e, code)}>
      <div class="field">
        <label for=${id}>${this.t("screeningForm.waiveReason")}</label>
        <textarea id=${id} name="reason" aria-invalid=${issue === undefined ? "false" : "true"} aria-describedby=${issue === undefined ? nothing : `${id}-issue`}></textarea>
        ${issue === undefined ? nothing : html`<p class="issue" id=${`${id}-issue`}>${Messages.render(issue, this.locale)}</p>`}
      </div>
      <div class="actions">
        <button type="submit" ?disabled=${this.commands.running !== undefined}>${this.t("screeningForm.waiveSubmit")}</button>
        <button type="button" @click=${() => {
          this.waiving = undefined
        }}>${this.t("candidatePipeline.cancel")}</button>
      </div>
    </form>`
  }

  private renderConfirm(codes: ReadonlyArray<string>): unknown {
    const id = `${this.uid}-confirm`
    const noteIssue = this.issue("disqualify", "note")
    const codesIssue = this.issue("disqualify", "codes")
    return html`<form part="confirm" novalidate @submit=${(e: Event) => this.onDisqualify(e)}>
      <fieldset aria-describedby=${codesIssue === undefined ? nothing : `${id}-codes-issue`}>
        <legend>${this.t("screeningForm.confirmLegend")}</legend>
        ${codes.map(
          (code) => html`<label><input type="checkbox" name="codes" value=${code} />
            ${Messages.isCode(code) ? this.t(code) : code}</label>`
        )}
        ${codesIssue === undefined ? nothing : html`<p class="issue" id=${`${id}-codes-issue`}>${Messages.render(codesIssue, this.locale)}</p>`}
      </fieldset>
      <div class="field">
        <label for=${`${id}-note`}>${this.t("recruitment.candidate.field.confirmationNote")}</label>
        <textarea id=${`${id}-note`} name="note" aria-invalid=${noteIssue === undefined ? "false" : "true"} aria-describedby=${noteIssue === undefined ? nothing : `${id}-note-issue`}></textarea>
        ${noteIssue === undefined ? nothing : html`<p class="issue" id=${`${id}-note-issue`}>${Messages.render(noteIssue, this.locale)}</p>`}
      </div>
      ${this.error("disqualify")}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.commands.running !== undefined}>${this.t("screeningForm.confirm")}</button>
      </div>
    </form>`
  }

  protected override render(): unknown {
    const record = this.loader.record
    if (record === undefined)
      return html`<p role="status">${this.t(this.loader.loaded ? "candidates.notFound" : "candidates.loading")}</p>`
    return html`<h2>${this.t("candidates.heading", {
      name: Personal.maskName(record.data.name),
      position: record.data.position.title
    })}</h2>
      ${this.renderCriteria(record)}
      ${this.renderFacts(record)}
      ${this.renderCheck(record)}`
  }
}
