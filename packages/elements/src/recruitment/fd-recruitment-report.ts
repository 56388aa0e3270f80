/**
 * `fd-recruitment-report`: the recruitment evaluation (招聘评估) per requisition and per channel.
 */
import { Field, Messages } from "@frontdesk/domain"
import { elementsRequisitionsTexts } from "@frontdesk/domain/messages"
import { type Candidate, Evaluation, Plan, type Requisition } from "@frontdesk/domain/recruitment"
import { html, type TemplateResult } from "lit"
import { property, state } from "lit/decorators.js"
import type { BarChartData, FunnelChartData } from "../charts/fd-chart.js"
import { FrontdeskElement } from "../common/frontdesk-element.js"
import { refusalTexts } from "../common/refusal.js"
import { CollectionWatcher, canQuery, readAll } from "../internal/desk-reader.js"
import { formatMoney } from "./requisition-format.js"
import { requisitionStyles } from "./requisitions.styles.js"

Messages.register(elementsRequisitionsTexts)

/** The counts of the funnel, in its order. */
const stages = ["applicants", "screened", "interviewed", "offered", "hired"] as const

const sum = (rows: ReadonlyArray<Evaluation.Figures>, pick: (row: Evaluation.Figures) => number): number =>
  rows.reduce((total, row) => total + pick(row), 0)

/**
 * The figures of several requisitions together: counts, budget and cost add up; cost per hire and
 * budget per head are worked out again from the sums. Days to hire are left out, since the rows
 * hold rounded averages that cannot be averaged again exactly.
 *
 * @example
 * ```ts
 * import { totalFigures } from "@frontdesk/elements"
 * import type { Evaluation } from "@frontdesk/domain/recruitment"
 * declare const rows: ReadonlyArray<Evaluation.RequisitionRow>
 * totalFigures(rows).hired
 * ```
 * @category models
 * @since 0.1.0
 */
export const totalFigures = (rows: ReadonlyArray<Evaluation.RequisitionRow>): Evaluation.Figures => {
  const currency = rows[0]?.budget.currency ?? Field.defaultCurrency
  const hired = sum(rows, (r) => r.hired)
  const headcount = rows.reduce((total, r) => total + r.headcount, 0)
  const budget = Field.money(
    sum(rows, (r) => r.budget.amount),
    currency
  )
  const cost = Field.money(
    sum(rows, (r) => r.cost.amount),
    currency
  )
  return {
    applicants: sum(rows, (r) => r.applicants),
    screened: sum(rows, (r) => r.screened),
    interviewed: sum(rows, (r) => r.interviewed),
    offered: sum(rows, (r) => r.offered),
    hired,
    daysToHire: undefined,
    budget,
    cost,
    costPerHire: hired === 0 ? undefined : Field.money(Math.round(cost.amount / hired), currency),
    budgetPerHead: headcount === 0 ? undefined : Field.money(Math.round(budget.amount / headcount), currency),
    overBudget: cost.amount > budget.amount
  }
}

const dayFormats = new Map<string, Intl.NumberFormat>()
const formatDays = (days: number, locale: Messages.Locale): string => {
  let format = dayFormats.get(locale)
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })
    dayFormats.set(locale, format)
  }
  return format.format(days)
}

/**
 * The recruitment evaluation: per requisition and per channel, how many applied, passed
 * screening, were interviewed, offered and hired, the average days from the requisition's
 * approval to a hire, and the cost per hire against the budget — over budget said in words and
 * marked with a symbol, never by colour alone (`Evaluation.perRequisition`,
 * `Evaluation.perChannel`). A funnel chart (`fd-chart`, its numbers also as a table) shows all
 * requisitions or the one chosen, and a bar chart the days to hire per channel.
 *
 * Give it `requisitions`, `candidates` and `plans`, or let it read them from the desk (which must
 * be able to list records) and follow their changes.
 *
 * @summary Recruitment evaluation tables with a hiring funnel and time to hire per channel.
 * @tagname fd-recruitment-report
 *
 * @csspart heading - The report's heading.
 * @csspart requisitions - The table per requisition.
 * @csspart channels - The table per channel.
 * @csspart over - An over-budget mark.
 * @csspart scope - The choice of whose funnel is drawn.
 * @csspart funnel - The funnel chart.
 * @csspart time-to-hire - The bar chart of days to hire per channel.
 * @csspart notice - Loading, or nothing to report.
 * @csspart error - A load failure, announced as an alert.
 *
 * @cssproperty --fd-color-danger - Text of an over-budget mark.
 * @cssproperty --fd-color-border - Table rules.
 *
 * @example
 * ```html
 * <fd-provider>
 *   <fd-recruitment-report></fd-recruitment-report>
 * </fd-provider>
 * ```
 * @category elements
 * @since 0.1.0
 */
export class FdRecruitmentReport extends FrontdeskElement {
  /** Tables and charts, themed by `--fd-*` tokens. */
  static override styles = requisitionStyles

  /** The requisitions to report on; read from the desk when unset. */
  @property({ attribute: false }) requisitions: ReadonlyArray<Requisition.Record> | undefined

  /** Their candidates; read from the desk when unset. */
  @property({ attribute: false }) candidates: ReadonlyArray<Candidate.Record> | undefined

  /** Their plans; read from the desk when unset. */
  @property({ attribute: false }) plans: ReadonlyArray<Plan.Record> | undefined

  /** The requisition whose funnel is drawn; all of them when unset. */
  @property({ attribute: "requisition-id" }) requisitionId: string | undefined

  @state() private loaded: {
    readonly requisitions: ReadonlyArray<Requisition.Record>
    readonly candidates: ReadonlyArray<Candidate.Record>
    readonly plans: ReadonlyArray<Plan.Record>
  } = { requisitions: [], candidates: [], plans: [] }
  @state() private status: "loading" | "ready" | "failed" | "noQuery" = "loading"
  @state() private failure: unknown

  private get given(): boolean {
    return this.requisitions !== undefined || this.candidates !== undefined || this.plans !== undefined
  }

  private readonly watcher = new CollectionWatcher(this, {
    desk: () => (this.given ? undefined : this.currentDesk),
    collections: () => ["requisitions", "candidates", "plans"],
    load: async (desk, isLatest) => {
      if (!canQuery(desk)) {
        this.status = "noQuery"
        return
      }
      try {
        const [requisitions, candidates, plans] = await Promise.all([
          readAll<Requisition.Record>(desk, "requisitions", { index: "byUpdated" }),
          readAll<Candidate.Record>(desk, "candidates", { index: "byUpdated" }),
          readAll<Plan.Record>(desk, "plans", { index: "byState" })
        ])
        if (!isLatest()) return
        this.loaded = { requisitions, candidates, plans }
        this.status = "ready"
      } catch (error) {
        if (!isLatest()) return
        this.failure = error
        this.status = "failed"
      }
    }
  })

  /** Reads the records again from the desk; resolves once they are rendered. */
  reload(): Promise<void> {
    return this.watcher.reload()
  }

  private get source() {
    return this.given
      ? { requisitions: this.requisitions ?? [], candidates: this.candidates ?? [], plans: this.plans ?? [] }
      : this.loaded
  }

  /** The rows per requisition, oldest requisition first. */
  get requisitionRows(): ReadonlyArray<Evaluation.RequisitionRow> {
    const { requisitions, candidates, plans } = this.source
    const ordered = [...requisitions].sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    return Evaluation.perRequisition(ordered, candidates, plans)
  }

  /** The rows per channel, in the order of `Plan.channels`. */
  get channelRows(): ReadonlyArray<Evaluation.ChannelRow> {
    const { requisitions, candidates, plans } = this.source
    return Evaluation.perChannel(requisitions, candidates, plans)
  }

  private noValue(): TemplateResult {
    return html`<span aria-hidden="true">—</span><span class="visually-hidden">${this.t("recruitmentReport.noValue")}</span>`
  }

  private moneyCell(money: Field.Money | undefined): TemplateResult {
    return html`<td class="number">${money === undefined ? this.noValue() : formatMoney(money, this.locale)}</td>`
  }

  private figureCells(row: Evaluation.Figures): TemplateResult {
    return html`${stages.map((stage) => html`<td class="number">${row[stage]}</td>`)}
      <td class="number">${row.daysToHire === undefined ? this.noValue() : formatDays(row.daysToHire, this.locale)}</td>
      ${this.moneyCell(row.budget)} ${this.moneyCell(row.cost)} ${this.moneyCell(row.costPerHire)}`
  }

  private againstCell(row: Evaluation.Figures): TemplateResult {
    return html`<td>${
      row.overBudget
        ? html`<span part="over" class="flag" data-tone="danger"
            ><span aria-hidden="true">✕</span>${this.t("recruitmentReport.over")}</span
          >`
        : html`<span class="flag" data-tone="success"
            ><span aria-hidden="true">✓</span>${this.t("recruitmentReport.within")}</span
          >`
    }</td>`
  }

  private figureHeaders(): TemplateResult {
    const header = (column: keyof Evaluation.Figures) =>
      html`<th scope="col" class="number">${this.t(Evaluation.columnLabel(column))}</th>`
    return html`${stages.map(header)} ${header("daysToHire")} ${header("budget")} ${header("cost")}
    ${header("costPerHire")}`
  }

  private renderRequisitions(rows: ReadonlyArray<Evaluation.RequisitionRow>): TemplateResult {
    const total = totalFigures(rows)
    // A wide table scrolls on a narrow screen; the region takes focus so keys can scroll it.
    return html`<div class="scroll" tabindex="0" role="region" aria-label=${this.t("recruitmentReport.perRequisition")}>
      <table part="requisitions">
        <caption>${this.t("recruitmentReport.perRequisition")}</caption>
        <thead>
          <tr>
            <th scope="col">${this.t("recruitmentReport.requisition")}</th>
            <th scope="col" class="number">${this.t("recruitmentReport.headcount")}</th>
            ${this.figureHeaders()}
            <th scope="col" class="number">${this.t(Evaluation.columnLabel("budgetPerHead"))}</th>
            <th scope="col">${this.t("recruitmentReport.against")}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr data-requisition=${row.requisitionId}>
              <th scope="row">${this.t("recruitmentReport.position", {
                position: row.position,
                department: row.department
              })}</th>
              <td class="number">${row.headcount}</td>
              ${this.figureCells(row)} ${this.moneyCell(row.budgetPerHead)} ${this.againstCell(row)}
            </tr>`
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${this.t("recruitmentReport.total")}</th>
            <td class="number">${rows.reduce((n, r) => n + r.headcount, 0)}</td>
            ${this.figureCells(total)} ${this.moneyCell(total.budgetPerHead)} ${this.againstCell(total)}
          </tr>
        </tfoot>
      </table>
    </div>`
  }

  private renderChannels(rows: ReadonlyArray<Evaluation.ChannelRow>): TemplateResult {
    return html`<div class="scroll" tabindex="0" role="region" aria-label=${this.t("recruitmentReport.perChannel")}>
      <table part="channels">
        <caption>${this.t("recruitmentReport.perChannel")}</caption>
        <thead>
          <tr>
            <th scope="col">${this.t("recruitmentReport.channel")}</th>
            ${this.figureHeaders()}
            <th scope="col">${this.t("recruitmentReport.against")}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr data-channel=${row.channel}>
              <th scope="row">${this.t(Plan.channelLabel(row.channel))}</th>
              ${this.figureCells(row)} ${this.againstCell(row)}
            </tr>`
          )}
        </tbody>
      </table>
    </div>`
  }

  /** The funnel of the chosen requisition, or of all of them. */
  get funnelData(): FunnelChartData {
    const rows = this.requisitionRows
    const chosen = rows.find((r) => r.requisitionId === this.requisitionId)
    return {
      stages: Evaluation.funnel(chosen ?? totalFigures(rows)).map((step) => ({
        id: step.stage,
        label: step.label,
        count: step.count
      }))
    }
  }

  /** The average days to hire per channel, as bars; a channel without hires has no bar. */
  get timeToHireData(): BarChartData {
    const rows = this.channelRows
    return {
      categoryLabel: "recruitmentReport.channel",
      categories: rows.map((row) => ({ id: row.channel, label: Plan.channelLabel(row.channel) })),
      series: [
        {
          id: "daysToHire",
          label: Evaluation.columnLabel("daysToHire"),
          values: rows.map((row) => row.daysToHire ?? null)
        }
      ]
    }
  }

  private renderCharts(rows: ReadonlyArray<Evaluation.RequisitionRow>): TemplateResult {
    const chosen = rows.find((r) => r.requisitionId === this.requisitionId)
    const scope =
      chosen === undefined
        ? this.t("recruitmentReport.all")
        : this.t("recruitmentReport.position", { position: chosen.position, department: chosen.department })
    return html`<label part="scope" class="scope">
        ${this.t("recruitmentReport.scope")}
        <select
          @change=${(event: Event) => {
            const value = (event.target as HTMLSelectElement).value
            this.requisitionId = value === "" ? undefined : value
          }}
        >
          <option value="" ?selected=${chosen === undefined}>${this.t("recruitmentReport.all")}</option>
          ${rows.map(
            (
              row
            ) => html`<option value=${row.requisitionId} ?selected=${row.requisitionId === this.requisitionId}>
              ${this.t("recruitmentReport.position", { position: row.position, department: row.department })}
            </option>`
          )}
        </select>
      </label>
      <section aria-labelledby="chart-funnel">
        <h3 id="chart-funnel">${this.t("recruitmentReport.funnel", { scope })}</h3>
        <fd-chart
          part="funnel"
          kind="funnel"
          .label=${{ code: "recruitmentReport.funnel", params: { scope } }}
          .data=${this.funnelData}
        ></fd-chart>
      </section>
      <section aria-labelledby="chart-time-to-hire">
        <h3 id="chart-time-to-hire">${this.t("recruitmentReport.timeToHire")}</h3>
        <fd-chart
          part="time-to-hire"
          kind="bar"
          .label=${"recruitmentReport.timeToHire"}
          .data=${this.timeToHireData}
        ></fd-chart>
      </section>`
  }

  protected override render(): unknown {
    const heading = html`<h2 part="heading" id="heading">${this.t("recruitmentReport.label")}</h2>`
    if (!this.given) {
      if (this.status === "failed")
        return html`${heading}<div part="error" role="alert">${refusalTexts(this.failure, this.locale).map(
          (text) => html`<p>${this.t("requisitions.loadFailed", { reason: text })}</p>`
        )}</div>`
      if (this.status === "noQuery")
        return html`${heading}<p part="notice" class="note" role="status">${this.t("requisitions.noQuery")}</p>`
      if (this.status === "loading")
        return html`${heading}<p part="notice" class="muted" role="status">${this.t("requisitions.loading")}</p>`
    }
    const rows = this.requisitionRows
    if (rows.length === 0)
      return html`${heading}<p part="notice" class="muted" role="status">${this.t("recruitmentReport.empty")}</p>`
    return html`<section aria-labelledby="heading">
      ${heading} ${this.renderCharts(rows)} ${this.renderRequisitions(rows)} ${this.renderChannels(this.channelRows)}
    </section>`
  }
}
