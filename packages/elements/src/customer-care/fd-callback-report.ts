/**
 * `fd-callback-report`: the callback summary report (回访总结报告) of a period, read from the desk
 * and kept up to date as callbacks and complaints change.
 */
import { Calendar, Field, Messages, type Workflow } from "@frontdesk/domain"
import { type Callback, type Complaint, Period, Report } from "@frontdesk/domain/customer-care"
import { customerCareTexts, elementsComplaintsTexts } from "@frontdesk/domain/messages"
import { css, html, nothing, type PropertyValues } from "lit"
import { property, state } from "lit/decorators.js"
import { FrontdeskElement } from "../common/frontdesk-element.js"
import { refusalTexts } from "../common/refusal.js"
import type { DeskLike } from "../internal/context.js"
import { CollectionWatcher, canQuery, readAll } from "../internal/desk-reader.js"
import { shared } from "./complaints.styles.js"

Messages.register(customerCareTexts)
Messages.register(elementsComplaintsTexts)

/**
 * The member coverage the procedure asks for: every member called back (必须保证会员客户的100%的回访).
 *
 * @example
 * ```ts
 * import { defaultCoverageTarget } from "@frontdesk/elements"
 * defaultCoverageTarget // 1, that is 100%
 * ```
 * @category reports
 * @since 0.1.0
 */
export const defaultCoverageTarget = 1

const isDate = (value: string | undefined): value is string =>
  value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value)

const percentFormats = new Map<string, Intl.NumberFormat>()
const percent = (share: number, locale: Messages.Locale): string => {
  let format = percentFormats.get(locale)
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 })
    percentFormats.set(locale, format)
  }
  return format.format(share)
}

const hoursFormats = new Map<string, Intl.NumberFormat>()
const hours = (value: number, locale: Messages.Locale): string => {
  let format = hoursFormats.get(locale)
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })
    hoursFormats.set(locale, format)
  }
  return format.format(value)
}

const methods = ["phone", "email", "sms"] as const
const outcomes = ["surveyed", "issueRaised", "leadFound", "reminded", "unreachable"] as const
const satisfactions = ["satisfied", "average", "unsatisfied"] as const

/**
 * Shows the callback summary report of a period: callbacks by method, outcome and satisfaction
 * (`Report.summary`); member coverage against the 100% target, with how many members are still to
 * call; the share done before the deadline; complaints by department with their average time to
 * close; and two `fd-chart` bar charts — member coverage and on-time share per specialist and
 * week (`Report.weekly`, `Report.chartOf`), each with its data table. It reads the callbacks and
 * complaints created in the period from the desk and reads them again whenever the desk reports a
 * change to either, so the report follows the work as it is done.
 *
 * @summary The callback summary report of a period, with charts per specialist and week.
 * @tagname fd-callback-report
 *
 * @csspart controls - The period inputs.
 * @csspart headline - The main figures: callbacks, member coverage, on-time share.
 * @csspart coverage - The member coverage figure; also `coverage met` or `coverage short`.
 * @csspart on-time - The on-time share figure.
 * @csspart counts - Each table of counts (by method, outcome, satisfaction).
 * @csspart complaints - The complaints by department table.
 * @csspart chart - Each chart (`fd-chart`).
 * @csspart error - A failure to read the desk, announced as an alert.
 *
 * @cssproperty --fd-color-success - The coverage figure when the target is met.
 * @cssproperty --fd-color-danger - The coverage figure when it is short.
 * @cssproperty --fd-color-border - Table rules.
 *
 * @example
 * ```html
 * <fd-provider>
 *   <fd-callback-report from="2026-03-01" to="2026-03-31"></fd-callback-report>
 * </fd-provider>
 * <script type="module">
 *   document.querySelector("fd-callback-report").names = { "u-1": "王芳", "u-2": "陈静" }
 * </script>
 * ```
 * @category elements
 * @since 0.1.0
 */
export class FdCallbackReport extends FrontdeskElement {
  /** Figures, tables and charts, themed by `--fd-*` tokens. */
  static override styles = [
    shared,
    css`
      [part~="headline"] {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
        gap: var(--fd-space-m, 0.75rem);
        margin: 0 0 var(--fd-space-m, 0.75rem);
      }
      [part~="headline"] > div {
        padding: var(--fd-space-s, 0.5rem) var(--fd-space-m, 0.75rem);
        border: 1px solid var(--fd-color-border, #d0d7de);
        border-radius: var(--fd-radius, 6px);
      }
      dt {
        color: var(--fd-color-text-muted, #57606a);
      }
      dd {
        margin: 0;
        font-size: 1.25em;
        font-variant-numeric: tabular-nums;
      }
      dd .note {
        display: block;
        font-size: var(--fd-font-size-small, 0.75rem);
      }
      [part~="coverage"][part~="met"] .note {
        color: var(--fd-color-success, #116329);
      }
      [part~="coverage"][part~="short"] .note {
        color: var(--fd-color-danger, #a40e26);
      }
      .tables {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-start;
        gap: var(--fd-space-l, 1rem);
      }
      fd-chart {
        display: block;
        margin-block: var(--fd-space-m, 0.75rem);
      }
    `
  ]

  /** The first day of the period (`2026-03-01`); the first of the current month when unset. */
  @property() from: string | undefined

  /** The last day of the period; today when unset. */
  @property() to: string | undefined

  /** The moment the report is made at: which open callbacks are already late. The clock when unset. */
  @property({ attribute: false }) now: Date | string | number | undefined

  /** Members known to be due a callback, by customer id, beyond those with a callback record. */
  @property({ attribute: false }) members: ReadonlyArray<string> | undefined

  /** The member coverage to reach, as a fraction; 100% as the procedure asks. */
  @property({ type: Number, attribute: "coverage-target" }) coverageTarget: number = defaultCoverageTarget

  /** Specialists' names by id, for the charts; their ids otherwise. */
  @property({ attribute: false }) names: { readonly [id: string]: string } = {}

  /** The collection of the callbacks. */
  @property({ attribute: "callbacks-collection" }) callbacksCollection = "callbacks"

  /** The collection of the complaints. */
  @property({ attribute: "complaints-collection" }) complaintsCollection = "complaints"

  @state() private callbacks: ReadonlyArray<Report.CallbackLike> = []
  @state() private complaints: ReadonlyArray<Report.ComplaintLike> = []
  @state() private loaded = false
  @state() private loadError: unknown
  /** The period the records shown were read for, so a new period is read again. */
  private readFor: string | undefined

  private readonly watcher = new CollectionWatcher(this, {
    desk: () => this.currentDesk,
    collections: () => [this.callbacksCollection, this.complaintsCollection],
    load: (desk, isLatest) => this.load(desk, isLatest)
  })

  /** The period the report covers, or `undefined` while `from`/`to` are not a valid span. */
  get period(): Period.Period | undefined {
    const today = Calendar.localDateOf(this.currentNow, this.currentTimeZone)
    const from = this.from ?? `${today.slice(0, 8)}01`
    const to = this.to ?? today
    if (!isDate(from) || !isDate(to) || to < from) return undefined
    return Period.make(from, to, this.currentTimeZone)
  }

  private get currentNow(): Date {
    return new Date(this.now ?? Date.now())
  }

  /** The figures shown, or `undefined` before the records are read or without a valid period. */
  get summary(): Report.Summary | undefined {
    const period = this.period
    if (period === undefined || !this.loaded) return undefined
    return Report.summary({
      callbacks: this.callbacks,
      complaints: this.complaints,
      period,
      now: this.currentNow,
      members: this.members
    })
  }

  /** The per-specialist, per-week figures the charts show. */
  get weekly(): ReadonlyArray<Report.WeekFigures> {
    const period = this.period
    if (period === undefined || !this.loaded) return []
    return Report.weekly({ callbacks: this.callbacks, period, now: this.currentNow })
  }

  /** Reads the period's records again; resolves once the report shows them. */
  reload(): Promise<void> {
    return this.watcher.reload()
  }

  private async load(desk: DeskLike, isLatest: () => boolean): Promise<void> {
    const period = this.period
    if (period === undefined) return
    if (!canQuery(desk)) {
      this.loadError = { toMessage: (): Messages.Message => ({ code: "complaintBoard.noQuery" }) }
      return
    }
    // Created from the start of the period's first day to the end of its last, read a day wider
    // so no time zone offset drops a record; the report itself keeps exactly the period's.
    const start = Field.toInstant(`${Calendar.addDays(period.from, -1)}T00:00`, period.timeZone)
    const end = Field.toInstant(`${Calendar.addDays(period.to, 2)}T00:00`, period.timeZone)
    const where = { gte: start, lt: end }
    try {
      const [callbacks, complaints] = await Promise.all([
        readAll<Workflow.Record<Callback.Callback>>(desk, this.callbacksCollection, {
          index: "byCreated",
          where
        }),
        readAll<Workflow.Record<Complaint.Complaint>>(desk, this.complaintsCollection, {
          index: "byCreated",
          where
        })
      ])
      if (!isLatest()) return
      this.readFor = `${period.from}/${period.to}/${period.timeZone}`
      this.callbacks = callbacks
      this.complaints = complaints
      this.loadError = undefined
      this.loaded = true
    } catch (error) {
      if (isLatest()) this.loadError = error
    }
  }

  private setPeriod(key: "from" | "to", value: string): void {
    this[key] = value
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    // Another period (new dates, or "this month" as the demo clock moves on) is read anew.
    const period = this.period
    const key = period === undefined ? undefined : `${period.from}/${period.to}/${period.timeZone}`
    if (this.readFor !== undefined && key !== undefined && key !== this.readFor) {
      this.readFor = key
      void this.reload()
    }
  }

  private renderControls(): unknown {
    const period = this.period
    return html`<fieldset part="controls">
      <legend>${this.t("callbackReport.label")}</legend>
      <div class="row">
        <label
          >${this.t("callbackReport.from")}
          <input type="date" name="from" .value=${period?.from ?? this.from ?? ""} @change=${(e: Event) => this.setPeriod("from", (e.target as HTMLInputElement).value)} />
        </label>
        <label
          >${this.t("callbackReport.to")}
          <input type="date" name="to" .value=${period?.to ?? this.to ?? ""} @change=${(e: Event) => this.setPeriod("to", (e.target as HTMLInputElement).value)} />
        </label>
      </div>
    </fieldset>`
  }

  private renderCounts(
    caption: Messages.Code,
    rows: ReadonlyArray<readonly [label: string, count: number]>,
    key: string
  ): unknown {
    return html`<table part="counts" data-table=${key}>
      <caption>${this.t(caption)}</caption>
      <thead>
        <tr>
          <th scope="col">${this.t("callbackReport.item")}</th>
          <th scope="col" class="number">${this.t("callbackReport.count")}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(([label, count]) => html`<tr><th scope="row">${label}</th><td class="number">${count}</td></tr>`)}
      </tbody>
    </table>`
  }

  private renderHeadline(summary: Report.Summary): unknown {
    const { callbacks, coverage } = summary
    const met = coverage.share >= this.coverageTarget
    const short = coverage.due - coverage.called
    return html`<dl part="headline">
      <div part="callbacks">
        <dt>${this.t("callbackReport.callbacks")}</dt>
        <dd>
          ${callbacks.total}
          <span class="note">
            ${this.t("callbackReport.completed")} ${callbacks.completed} · ${this.t("callbackReport.open")}
            ${callbacks.open} · ${this.t("callbackReport.unreachable")} ${callbacks.unreachable}
          </span>
        </dd>
      </div>
      <div part=${met ? "coverage met" : "coverage short"}>
        <dt>${this.t("callbackReport.coverage")}</dt>
        <dd>
          ${this.t("callbackReport.coverageValue", {
            share: percent(coverage.share, this.locale),
            called: coverage.called,
            due: coverage.due,
            target: percent(this.coverageTarget, this.locale)
          })}
          <span class="note">
            ${
              met
                ? this.t("callbackReport.coverageMet")
                : this.t(
                    short === 1 ? "callbackReport.coverageShort.one" : "callbackReport.coverageShort.other",
                    {
                      count: short
                    }
                  )
            }
          </span>
        </dd>
      </div>
      <div part="on-time">
        <dt>${this.t("callbackReport.onTime")}</dt>
        <dd>
          ${this.t("callbackReport.onTimeValue", {
            share: percent(callbacks.onTime.share, this.locale),
            count: callbacks.onTime.count,
            of: callbacks.onTime.of
          })}
        </dd>
      </div>
    </dl>`
  }

  private renderComplaints(summary: Report.Summary): unknown {
    const { complaints } = summary
    const time = (value: number | undefined) =>
      value === undefined
        ? this.t("callbackReport.noHours")
        : this.t("callbackReport.hours", { hours: hours(value, this.locale) })
    if (complaints.total === 0)
      return html`<h3>${this.t("callbackReport.complaints")}</h3>
        <p>${this.t("callbackReport.noComplaints")}</p>`
    return html`<table part="complaints">
      <caption>${this.t("callbackReport.complaints")}</caption>
      <thead>
        <tr>
          <th scope="col">${this.t("callbackReport.department")}</th>
          <th scope="col" class="number">${this.t("callbackReport.total")}</th>
          <th scope="col" class="number">${this.t("callbackReport.closed")}</th>
          <th scope="col" class="number">${this.t("callbackReport.reopened")}</th>
          <th scope="col" class="number">${this.t("callbackReport.hoursToClose")}</th>
        </tr>
      </thead>
      <tbody>
        ${complaints.byDepartment.map(
          (d) => html`<tr>
            <th scope="row">${d.department ?? this.t("callbackReport.notRouted")}</th>
            <td class="number">${d.total}</td>
            <td class="number">${d.closed}</td>
            <td class="number">${d.reopened}</td>
            <td class="number">${time(d.averageHoursToClose)}</td>
          </tr>`
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${this.t("callbackReport.allDepartments")}</th>
          <td class="number">${complaints.total}</td>
          <td class="number">${complaints.closed}</td>
          <td class="number">${complaints.byDepartment.reduce((n, d) => n + d.reopened, 0)}</td>
          <td class="number">${time(complaints.averageHoursToClose)}</td>
        </tr>
      </tfoot>
    </table>`
  }

  protected override render(): unknown {
    const summary = this.summary
    const error = html`<div part="error" role="alert">${
      this.loadError === undefined
        ? nothing
        : refusalTexts(this.loadError, this.locale).map((text) => html`<p>${text}</p>`)
    }</div>`
    if (summary === undefined)
      return html`${this.renderControls()} ${error}
        <p role="status">${this.period === undefined ? this.t("qaSample.invalidPeriod") : this.t("callbackReport.loading")}</p>`
    const { callbacks } = summary
    const rows = this.weekly
    return html`${this.renderControls()} ${error} ${this.renderHeadline(summary)}
      <div class="tables">
        ${this.renderCounts(
          "callbackReport.byMethod",
          methods.map((m) => [this.t(`customerCare.callback.method.${m}`), callbacks.byMethod[m]] as const),
          "method"
        )}
        ${this.renderCounts(
          "callbackReport.byOutcome",
          outcomes.map((o) => [this.t(`customerCare.record.outcome.${o}`), callbacks.byOutcome[o]] as const),
          "outcome"
        )}
        ${this.renderCounts(
          "callbackReport.bySatisfaction",
          satisfactions.map(
            (s) => [this.t(`customerCare.record.satisfaction.${s}`), callbacks.bySatisfaction[s]] as const
          ),
          "satisfaction"
        )}
      </div>
      ${this.renderComplaints(summary)}
      <section aria-labelledby="chart-coverage">
        <h3 id="chart-coverage">${this.t("callbackReport.chartCoverage")}</h3>
        <fd-chart
          part="chart"
          data-measure="coverage"
          kind="bar"
          format="percent"
          .label=${"callbackReport.chartCoverage"}
          .data=${Report.chartOf(rows, "coverage", this.names)}
        ></fd-chart>
      </section>
      <section aria-labelledby="chart-on-time">
        <h3 id="chart-on-time">${this.t("callbackReport.chartOnTime")}</h3>
        <fd-chart
          part="chart"
          data-measure="onTime"
          kind="bar"
          format="percent"
          .label=${"callbackReport.chartOnTime"}
          .data=${Report.chartOf(rows, "onTime", this.names)}
        ></fd-chart>
      </section>`
  }
}
