/**
 * `fd-offer`: hiring one candidate — the offer's terms with the probation bounds of Labour
 * Contract Law art. 19, the hiring approval, the offer notice, the medical result, the documents
 * and onboarding checklists, and for a declined candidate the thank-you letter (致谢函).
 */
import { Field, Messages, Personal, type Workflow } from "@frontdesk/domain"
import { elementsCandidatesTexts, recruitmentTexts } from "@frontdesk/domain/messages"
import { Candidate, Letter, Offer, type Probation } from "@frontdesk/domain/recruitment"
import { Result } from "effect"
import { css, html, nothing, type TemplateResult } from "lit"
import { property, state } from "lit/decorators.js"
import { FrontdeskElement } from "../common/frontdesk-element.js"
import { refusalTexts } from "../common/refusal.js"
import {
  type CandidateContext,
  formatDay,
  issuesByField,
  PartCommands,
  RecordLoader,
  readTerms,
  styles,
  termFieldset,
  termsIssue
} from "./candidate-shared.js"

Messages.register(recruitmentTexts)
Messages.register(elementsCandidatesTexts)

/** The parts of the element, each with its own refusal. */
type Part = "terms" | "approve" | "send" | "medical" | "documents" | "onboarding" | "hire"

let instances = 0

/**
 * Hiring (录用) of one candidate, from the offer to the first day.
 *
 * - **Offer terms** (`draftOffer`, in the offer stage): start date, monthly salary (money, in
 *   yuan), the contract term (fixed months or open-ended) and the probation months. The
 *   probation is checked against the contract term as it is typed (`Offer.termViolations`,
 *   Labour Contract Law art. 19: none under 3 months, at most 1 month under a year, 2 under three
 *   years, 6 otherwise), inline beside the months, and again by the workflow.
 * - **Hiring approval** (`approveHire`, by the general manager or HR head, never the person who
 *   drafted the terms) and the **offer notice** (`sendOffer`).
 * - **Medical examination**: recorded only as fit or unfit for this position (`recordFacts`),
 *   then onboarding starts (`startOnboarding`).
 * - **Documents** (`recordDocuments`) and **onboarding** (`checkOnboarding`) checklists, with
 *   what is missing; `hire` once both are complete.
 * - For a candidate screened out, not selected or disqualified: the **thank-you letter** preview
 *   in Chinese and English (`Letter.thankYou`), which never gives grounds.
 *
 * Each action appears only when the acting person may run it now; refusals are shown inline in
 * the page's language, and nothing typed is lost.
 *
 * @summary Offer terms, hiring approval, medical result, checklists and the thank-you letter.
 * @tagname fd-offer
 *
 * @fires fd-command - After a command succeeded; `detail: { command, record }`.
 *
 * @csspart terms - The offer terms form, or the terms as drafted.
 * @csspart approval - The hiring approval and the offer notice.
 * @csspart medical - The medical result.
 * @csspart documents - The documents checklist.
 * @csspart onboarding - The onboarding checklist.
 * @csspart letter - The thank-you letters.
 * @csspart error - A refusal.
 *
 * @cssproperty --fd-color-primary - Buttons.
 * @cssproperty --fd-color-danger - Refusals and the probation bound.
 *
 * @example
 * ```html
 * <fd-provider>
 *   <fd-offer candidate-id="c-1" company="星河物业"></fd-offer>
 * </fd-provider>
 * ```
 * @category elements
 * @since 0.1.0
 */
export class FdOffer extends FrontdeskElement {
  /** Forms, checklists and letters, themed by `--fd-*` tokens. */
  static override styles = [
    styles,
    css`
      .letters {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
        gap: var(--fd-space-m, 0.75rem);
      }
      .letter {
        white-space: pre-wrap;
        padding: var(--fd-space-m, 0.75rem);
        border: 1px solid var(--fd-color-border, #d0d7de);
        border-radius: var(--fd-radius, 6px);
      }
      .checklist label {
        display: flex;
        gap: var(--fd-space-xs, 0.25rem);
        align-items: center;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: var(--fd-space-xs, 0.25rem) var(--fd-space-m, 0.75rem);
        margin: 0;
      }
      dd {
        margin: 0;
      }
    `
  ]

  /** The candidate workflow (a host's `Candidate.make(config)`); the default one otherwise. */
  @property({ attribute: false }) workflow: Workflow.Any = Candidate.workflow

  /** The candidate hired. */
  @property({ attribute: "candidate-id" }) candidateId: string | undefined

  /** What candidate commands look up: the blacklist, fixed or looked up per candidate. */
  @property({ attribute: false }) context: CandidateContext | undefined

  /** The company that signs the thank-you letter. */
  @property() company = ""

  /** The letter's templates; the catalogue's zh-CN and en letter by default. */
  @property({ attribute: false }) letterTemplates: Letter.Templates | undefined

  /** The letter's date (`YYYY-MM-DD`); today in the organisation's time zone when unset. */
  @property({ attribute: "letter-date" }) letterDate: string | undefined

  /** The probation bound broken by the terms as typed, shown before they are sent. */
  @state() private bound: Messages.Message | undefined

  private readonly uid = `fd-offer-${++instances}`
  private readonly loader = new RecordLoader<Candidate.Record>(this, () => {
    const desk = this.currentDesk
    return desk === undefined || this.candidateId === undefined
      ? undefined
      : { desk, collection: this.workflow.collection, id: this.candidateId }
  })
  private readonly commands = new PartCommands<Part>(this, this.loader, () => ({
    desk: this.currentDesk,
    actor: this.currentActor,
    workflow: this.workflow,
    context: this.context
  }))

  /** The candidate as last read. */
  get record(): Candidate.Record | undefined {
    return this.loader.record
  }

  /** Reads the candidate again; resolves once it is shown. */
  reload(): Promise<void> {
    return this.loader.reload()
  }

  private error(part: Part): TemplateResult {
    const refusal = this.commands.refusalOf(part)
    return html`<div part="error" role="alert">${
      refusal === undefined ? nothing : refusalTexts(refusal, this.locale).map((text) => html`<p>${text}</p>`)
    }</div>`
  }

  private onTermsInput(event: Event): void {
    const form =
      (event.currentTarget as HTMLElement).closest("form") ?? (event.currentTarget as HTMLFormElement)
    const { term, months } = readTerms(new FormData(form), "probationMonths")
    this.bound = termsIssue(term, months)
    // What the last refusal said about the terms no longer holds once they change.
    this.commands.clear("terms")
  }

  private onTerms(event: Event): void {
    event.preventDefault()
    const data = new FormData(event.currentTarget as HTMLFormElement)
    const { term, months } = readTerms(data, "probationMonths")
    this.bound = termsIssue(term, months)
    const salaryText = String(data.get("salary") ?? "").trim()
    const fen = salaryText === "" ? undefined : Field.yuanToFen(salaryText)
    const input: Record<string, unknown> = {}
    const startDate = String(data.get("startDate") ?? "")
    if (startDate !== "") input.startDate = startDate
    if (fen !== undefined)
      input.salary = Result.isSuccess(fen) ? { amount: fen.success, currency: "CNY" } : salaryText
    if (term !== undefined) input.contractTerm = term
    if (months !== undefined) input.probationMonths = months
    void this.commands.run("terms", "draftOffer", input)
  }

  private field(
    part: Part,
    name: string,
    label: Messages.Code,
    control: (id: string, described: string | undefined, invalid: boolean) => TemplateResult,
    extra?: { readonly issue?: Messages.Message | undefined; readonly hint?: string | undefined }
  ): TemplateResult {
    const id = `${this.uid}-${name}`
    const issue = extra?.issue ?? issuesByField(this.commands.refusalOf(part)).get(name)
    const described = [
      extra?.hint === undefined ? "" : `${id}-hint`,
      issue === undefined ? "" : `${id}-issue`
    ]
      .filter((s) => s !== "")
      .join(" ")
    return html`<div class="field">
      <label for=${id}>${this.t(label)}</label>
      ${control(id, described === "" ? undefined : described, issue !== undefined)}
      ${extra?.hint === undefined ? nothing : html`<p class="hint" id=${`${id}-hint`}>${extra.hint}</p>`}
      ${issue === undefined ? nothing : html`<p class="issue" id=${`${id}-issue`}>${Messages.render(issue, this.locale)}</p>`}
    </div>`
  }

  private renderTerms(record: Candidate.Record): unknown {
    const offer = record.data.offer
    const heading = `${this.uid}-terms`
    const canDraft = this.commands.can("draftOffer")
    if (offer === undefined && !canDraft) return nothing
    const refusal = issuesByField(this.commands.refusalOf("terms"))
    const monthsIssue = this.bound ?? refusal.get("probationMonths")
    return html`<section part="terms" class="panel" aria-labelledby=${heading}>
      <h3 id=${heading}>${this.t("offer.terms")}</h3>
      ${
        offer === undefined
          ? nothing
          : html`<dl>
              <dt>${this.t("recruitment.offer.field.startDate")}</dt><dd>${formatDay(offer.startDate, this.locale)}</dd>
              <dt>${this.t("recruitment.offer.field.salary")}</dt><dd>${Field.formatMoney(offer.salary, this.locale)}</dd>
              <dt>${this.t("recruitment.probation.field.contractTerm")}</dt><dd>${this.termText(offer.contractTerm)}</dd>
              <dt>${this.t("recruitment.offer.field.probationMonths")}</dt><dd>${offer.probationMonths}</dd>
            </dl>`
      }
      ${
        !canDraft
          ? nothing
          : html`<form novalidate @submit=${(e: Event) => this.onTerms(e)} @input=${(e: Event) => this.onTermsInput(e)}
              @change=${(e: Event) => this.onTermsInput(e)}>
              ${this.field(
                "terms",
                "startDate",
                "recruitment.offer.field.startDate",
                (id, d, invalid) =>
                  html`<input id=${id} type="date" name="startDate" .value=${offer?.startDate ?? ""}
                  aria-invalid=${String(invalid)} aria-describedby=${d ?? nothing} />`
              )}
              ${this.field(
                "terms",
                "salary",
                "recruitment.offer.field.salary",
                (id, d, invalid) =>
                  html`<input id=${id} name="salary" inputmode="decimal" .value=${offer === undefined ? "" : Field.fenToYuan(offer.salary.amount)}
                  aria-invalid=${String(invalid)} aria-describedby=${d ?? nothing} />`,
                { hint: this.t("offer.salaryHint") }
              )}
              ${termFieldset(this.uid, this.locale, offer?.contractTerm, issuesByField(this.commands.refusalOf("terms")).get("contractTerm"))}
              ${this.field(
                "terms",
                "probationMonths",
                "recruitment.offer.field.probationMonths",
                (id, d, invalid) =>
                  html`<input id=${id} name="probationMonths" type="number" min="0" max="6" step="1"
                    .value=${offer === undefined ? "" : String(offer.probationMonths)}
                    aria-invalid=${String(invalid)} aria-describedby=${d ?? nothing} />`,
                { issue: monthsIssue, hint: this.t("offer.article19") }
              )}
              ${this.error("terms")}
              <div class="actions">
                <button type="submit" class="primary" ?disabled=${this.commands.running !== undefined}>${this.t("offer.draft")}</button>
              </div>
            </form>`
      }
    </section>`
  }

  private termText(term: Probation.ContractTerm): string {
    return term.kind === "openEnded"
      ? this.t("offer.openEnded")
      : this.t("offer.fixedMonths", { months: term.months })
  }

  private renderApproval(record: Candidate.Record): unknown {
    if (record.state !== "offer") return nothing
    const approved = record.data.hireApprovedBy !== undefined
    const heading = `${this.uid}-approval`
    return html`<section part="approval" class="panel" aria-labelledby=${heading}>
      <h3 id=${heading}>${this.t("offer.approval")}</h3>
      <p>${
        record.data.offer === undefined
          ? this.t("offer.notDrafted")
          : approved
            ? this.t("offer.approved")
            : this.t("offer.awaitingApproval")
      }</p>
      <div class="actions">
        ${
          this.commands.can("approveHire") && record.data.offer !== undefined && !approved
            ? html`<button type="button" class="primary" ?disabled=${this.commands.running !== undefined}
                @click=${() => void this.commands.run("approve", "approveHire", {})}>${this.t("offer.approve")}</button>`
            : nothing
        }
        ${
          this.commands.can("sendOffer") && approved
            ? html`<button type="button" class="primary" ?disabled=${this.commands.running !== undefined}
                @click=${() => void this.commands.run("send", "sendOffer", {})}>${this.t("offer.send")}</button>`
            : nothing
        }
      </div>
      ${this.error("approve")} ${this.error("send")}
    </section>`
  }

  private renderMedical(record: Candidate.Record): unknown {
    if (record.state !== "medical") return nothing
    const heading = `${this.uid}-medical-heading`
    const current = record.data.facts.medical
    return html`<section part="medical" class="panel" aria-labelledby=${heading}>
      <h3 id=${heading}>${this.t("offer.medical")}</h3>
      <p class="muted">${this.t("offer.medicalOnly")}</p>
      ${
        this.commands.can("recordFacts")
          ? html`<form novalidate @submit=${(e: Event) => {
              e.preventDefault()
              const medical = String(new FormData(e.currentTarget as HTMLFormElement).get("medical") ?? "")
              void this.commands.run("medical", "recordFacts", medical === "" ? {} : { medical })
            }}>
              ${this.field(
                "medical",
                "medical",
                "recruitment.facts.medical",
                (id, d, invalid) =>
                  html`<select id=${id} name="medical" aria-invalid=${String(invalid)} aria-describedby=${d ?? nothing}>
                  <option value="" ?selected=${current === undefined}>${this.t("screeningForm.notRecorded")}</option>
                  <option value="fit" ?selected=${current === "fit"}>${this.t("recruitment.facts.medical.fit")}</option>
                  <option value="unfit" ?selected=${current === "unfit"}>${this.t("recruitment.facts.medical.unfit")}</option>
                </select>`
              )}
              <div class="actions">
                <button type="submit" ?disabled=${this.commands.running !== undefined}>${this.t("offer.recordMedical")}</button>
                ${
                  this.commands.can("startOnboarding")
                    ? html`<button type="button" class="primary" ?disabled=${this.commands.running !== undefined}
                        @click=${() => void this.commands.run("medical", "startOnboarding", {})}>${this.t("offer.startOnboarding")}</button>`
                    : nothing
                }
              </div>
            </form>`
          : html`<p>${current === undefined ? this.t("screeningForm.notRecorded") : this.t(`recruitment.facts.medical.${current}`)}</p>`
      }
      ${this.error("medical")}
    </section>`
  }

  private renderChecklist<K extends Offer.Document | Offer.OnboardingItem>(
    part: "documents" | "onboarding",
    items: ReadonlyArray<K>,
    done: Offer.Checklist<K>,
    command: string,
    field: string
  ): unknown {
    const heading = `${this.uid}-${part}`
    const missing = Offer.missing(items, done)
    const editable = this.commands.can(command)
    return html`<section part=${part} class="panel" aria-labelledby=${heading}>
      <h3 id=${heading}>${this.t(part === "documents" ? "offer.documents" : "offer.onboarding")}</h3>
      <form class="checklist" novalidate @submit=${(e: Event) => {
        e.preventDefault()
        const chosen = new FormData(e.currentTarget as HTMLFormElement)
          .getAll(field)
          .filter((v) => typeof v === "string")
        void this.commands.run(part, command, { [field]: chosen })
      }}>
        <fieldset ?disabled=${!editable}>
          <legend>${this.t(part === "documents" ? "offer.documentsLegend" : "offer.onboardingLegend")}</legend>
          ${items.map(
            (
              item
            ) => html`<label><input type="checkbox" name=${field} value=${item} .checked=${done[item] === true} />
              ${this.t(Offer.itemLabel(item))}</label>`
          )}
        </fieldset>
        <p>${
          missing.length === 0
            ? this.t("offer.complete")
            : this.t("offer.missing", {
                items: missing
                  .map((m) => this.t(Offer.itemLabel(m)))
                  .join(this.locale === "zh-CN" ? "、" : ", ")
              })
        }</p>
        ${editable ? html`<div class="actions"><button type="submit" ?disabled=${this.commands.running !== undefined}>${this.t("offer.saveChecklist")}</button></div>` : nothing}
      </form>
      ${this.error(part)}
    </section>`
  }

  private renderHire(record: Candidate.Record): unknown {
    if (record.state !== "onboarding") return nothing
    return html`${
      this.commands.can("hire")
        ? html`<div class="actions"><button type="button" class="primary" ?disabled=${this.commands.running !== undefined}
            @click=${() => void this.commands.run("hire", "hire", {})}>${this.t("offer.hire")}</button></div>`
        : nothing
    }${this.error("hire")}`
  }

  private today(): string {
    return new Intl.DateTimeFormat("en-CA", { timeZone: this.currentTimeZone }).format(new Date())
  }

  private renderLetter(record: Candidate.Record): unknown {
    if (!Letter.isDue(record)) return nothing
    const heading = `${this.uid}-letter`
    const input = {
      name: record.data.name,
      position: record.data.position.title,
      company: this.company,
      date: this.letterDate ?? this.today()
    }
    const letters = (["zh-CN", "en"] as const).map((locale) =>
      Letter.thankYou(input, locale, this.letterTemplates)
    )
    return html`<section part="letter" class="panel" aria-labelledby=${heading}>
      <h3 id=${heading}>${this.t("offer.letter")}</h3>
      <div class="letters">
        ${letters.map(
          (letter) => html`<article class="letter" lang=${letter.locale} aria-label=${letter.subject}>
            <h4>${letter.subject}</h4>
            <p>${letter.body}</p>
          </article>`
        )}
      </div>
    </section>`
  }

  protected override render(): unknown {
    const record = this.loader.record
    if (record === undefined)
      return html`<p role="status">${this.t(this.loader.loaded ? "candidates.notFound" : "candidates.loading")}</p>`
    const hiring = ["offer", "medical", "onboarding"].includes(record.state)
    return html`<h2>${this.t("offer.heading", { name: Personal.maskName(record.data.name), position: record.data.position.title })}</h2>
      ${this.renderTerms(record)}
      ${this.renderApproval(record)}
      ${this.renderMedical(record)}
      ${
        Candidate.open.includes(record.state as "applied")
          ? this.renderChecklist(
              "documents",
              Offer.documents,
              record.data.documents,
              "recordDocuments",
              "received"
            )
          : nothing
      }
      ${
        record.state === "onboarding"
          ? this.renderChecklist(
              "onboarding",
              Offer.onboardingItems,
              record.data.onboarding,
              "checkOnboarding",
              "done"
            )
          : nothing
      }
      ${this.renderHire(record)}
      ${this.renderLetter(record)}
      ${hiring || Letter.isDue(record) ? nothing : html`<p class="muted">${this.t("offer.notYet")}</p>`}`
  }
}
