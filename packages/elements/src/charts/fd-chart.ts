/**
 * `fd-chart`: bar and funnel charts drawn as SVG, with the same numbers in a data table.
 */
import { Messages } from "@frontdesk/domain"
import { elementsChartsTexts } from "@frontdesk/domain/messages"
import { html, nothing, type SVGTemplateResult, svg } from "lit"
import { property, state } from "lit/decorators.js"
import { labelText } from "../common/format.js"
import { FrontdeskElement } from "../common/frontdesk-element.js"
import { patternCount, styles } from "./fd-chart.styles.js"

Messages.register(elementsChartsTexts)

/**
 * Text a chart shows: a catalogue code, inline text in every locale, a message, or a plain string
 * shown as it is (a person's name, a channel).
 *
 * @example
 * ```ts
 * import type { ChartText } from "@frontdesk/elements"
 * const week: ChartText = { "zh-CN": "第 10 周", en: "Week 10" }
 * const specialist: ChartText = "王芳"
 * ```
 * @category charts
 * @since 0.1.0
 */
export type ChartText = Messages.Label | Messages.Message | (string & {})

/**
 * One category of a bar chart: a row of bars, e.g. one specialist.
 *
 * @example
 * ```ts
 * import type { ChartCategory } from "@frontdesk/elements"
 * const wang: ChartCategory = { id: "u-1", label: "王芳" }
 * ```
 * @category charts
 * @since 0.1.0
 */
export interface ChartCategory {
  readonly id: string
  readonly label: ChartText
}

/**
 * One series of a bar chart, e.g. one week: a value per category, in the categories' order;
 * `null` where there is none. Percent values are fractions (`0.92` is 92%).
 *
 * @example
 * ```ts
 * import type { ChartSeries } from "@frontdesk/elements"
 * const week10: ChartSeries = { id: "w10", label: { "zh-CN": "第 10 周", en: "Week 10" }, values: [0.92, null] }
 * ```
 * @category charts
 * @since 0.1.0
 */
export interface ChartSeries {
  readonly id: string
  readonly label: ChartText
  readonly values: ReadonlyArray<number | null>
}

/**
 * The data of a bar chart: categories, and a series of values across them (one series is a
 * plain bar chart, several are grouped bars).
 *
 * @example
 * ```ts
 * import type { BarChartData } from "@frontdesk/elements"
 * const coverage: BarChartData = {
 *   categoryLabel: { "zh-CN": "回访专员", en: "Specialist" },
 *   categories: [{ id: "u-1", label: "王芳" }, { id: "u-2", label: "李强" }],
 *   series: [{ id: "w10", label: { "zh-CN": "第 10 周", en: "Week 10" }, values: [0.92, 0.8] }]
 * }
 * ```
 * @category charts
 * @since 0.1.0
 */
export interface BarChartData {
  /** The header of the categories' column in the data table; "Category" when unset. */
  readonly categoryLabel?: ChartText | undefined
  readonly categories: ReadonlyArray<ChartCategory>
  readonly series: ReadonlyArray<ChartSeries>
}

/**
 * One stage of a funnel and how many reached it.
 *
 * @example
 * ```ts
 * import type { FunnelStage } from "@frontdesk/elements"
 * const screened: FunnelStage = { id: "screened", label: { "zh-CN": "初筛通过", en: "screened" }, count: 48 }
 * ```
 * @category charts
 * @since 0.1.0
 */
export interface FunnelStage {
  readonly id: string
  readonly label: ChartText
  readonly count: number
}

/**
 * The data of a funnel chart: its stages in order, first the widest.
 *
 * @example
 * ```ts
 * import type { FunnelChartData } from "@frontdesk/elements"
 * const hiring: FunnelChartData = {
 *   stages: [
 *     { id: "applied", label: { "zh-CN": "投递", en: "applied" }, count: 120 },
 *     { id: "hired", label: { "zh-CN": "录用", en: "hired" }, count: 6 }
 *   ]
 * }
 * ```
 * @category charts
 * @since 0.1.0
 */
export interface FunnelChartData {
  readonly stages: ReadonlyArray<FunnelStage>
}

/**
 * What `fd-chart` draws from: bar data or funnel data, read according to its `kind`.
 *
 * @example
 * ```ts
 * import type { ChartData } from "@frontdesk/elements"
 * const none: ChartData = { categories: [], series: [] }
 * ```
 * @category charts
 * @since 0.1.0
 */
export type ChartData = BarChartData | FunnelChartData

/**
 * The kind of chart: horizontal (grouped) bars, or a funnel.
 *
 * @example
 * ```ts
 * import type { ChartKind } from "@frontdesk/elements"
 * const kind: ChartKind = "funnel"
 * ```
 * @category charts
 * @since 0.1.0
 */
export type ChartKind = "bar" | "funnel"

/**
 * How bar values read: whole counts, or percentages given as fractions.
 *
 * @example
 * ```ts
 * import type { ChartFormat } from "@frontdesk/elements"
 * const format: ChartFormat = "percent" // 0.925 shows as 92.5%
 * ```
 * @category charts
 * @since 0.1.0
 */
export type ChartFormat = "count" | "percent"

/** The drawing's width before the element has been measured, in CSS pixels. */
const defaultWidth = 640
/** Below this the drawing scales down rather than squeezing its bars to nothing. */
const minWidth = 280
/** Room right of the bars for their values. */
const valueRoom = 72
const barHeight = 18
const barGap = 4
const groupGap = 14
const axisHeight = 22
const fontSize = 12
const funnelRow = 30

/** Room for category and stage labels, left of the bars: about a quarter of the width. */
const labelRoom = (width: number): number => Math.round(Math.min(180, Math.max(80, width * 0.26)))
/** Room right of a funnel for the count and conversion. */
const funnelValueRoom = (width: number): number => Math.round(Math.min(170, width * 0.32))

/** How wide a label is drawn, in SVG units: CJK characters take a full em, others about half. */
const textWidth = (text: string): number =>
  [...text].reduce((sum, char) => sum + (/[\u2E80-\uFFEF]/.test(char) ? fontSize : fontSize * 0.6), 0)

/** A label cut to fit its room, with an ellipsis; the full text stays in `<title>` and the table. */
const truncate = (text: string, room: number): string => {
  if (textWidth(text) <= room) return text
  let cut = ""
  for (const char of text) {
    if (textWidth(`${cut}${char}…`) > room) break
    cut += char
  }
  return `${cut}…`
}

/** The axis end: a round number at or above the largest value, so gridlines fall on round values. */
const niceMax = (max: number, format: ChartFormat): number => {
  if (format === "percent") return Math.max(1, Math.ceil(max * 4) / 4)
  if (max <= 0) return 1
  const raw = max / 4
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw
  const whole = Math.max(1, step)
  return Math.ceil(max / whole) * whole
}

const isBar = (data: ChartData | undefined): data is BarChartData =>
  data !== undefined && "categories" in data && "series" in data
const isFunnel = (data: ChartData | undefined): data is FunnelChartData =>
  data !== undefined && "stages" in data

const finite = (value: number | null | undefined): value is number =>
  typeof value === "number" && Number.isFinite(value)

let instances = 0

const numberFormats = new Map<string, Intl.NumberFormat>()

/** A formatter per locale and format, since a chart formats every value on each render. */
const numberFormat = (locale: Messages.Locale, style: ChartFormat): Intl.NumberFormat => {
  const key = `${locale}|${style}`
  let format = numberFormats.get(key)
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, {
      style: style === "percent" ? "percent" : "decimal",
      maximumFractionDigits: 1
    })
    numberFormats.set(key, format)
  }
  return format
}

/**
 * Draws a chart a person would rather look at than read, and gives every number to those who
 * cannot look at it: the SVG is one image with a spoken summary (`role="img"` and
 * `aria-label`), and a real data table holds every value — visually hidden until the "show as
 * table" button reveals it. Colour never carries meaning alone: bars carry their values, series
 * carry patterns named in a legend, funnel stages carry their counts and conversions.
 *
 * `kind="bar"` draws horizontal bars, one row per category and one bar per series (grouped when
 * there are several), on a count or percent axis (`format`). `kind="funnel"` draws stages
 * narrowing with their counts, the conversion from the stage before and the share of the first
 * stage. Numbers are formatted in the page's language. No data, or no value at all, shows a
 * "no data" message instead of an empty drawing.
 *
 * @summary An accessible SVG bar or funnel chart with its data table.
 * @tagname fd-chart
 *
 * @csspart figure - The chart with its legend.
 * @csspart chart - The SVG drawing, an image named by its summary.
 * @csspart bar - One bar or funnel stage.
 * @csspart value - The value written at a bar.
 * @csspart label - A category or stage label in the drawing.
 * @csspart axis - The axis ticks and gridlines.
 * @csspart legend - The list of series with their patterns.
 * @csspart toggle - The "show as table" button.
 * @csspart table - The data table.
 * @csspart empty - The "no data" message.
 *
 * @cssproperty --fd-chart-1 - Colour of the first series (and of funnel stages); `--fd-chart-2` … `--fd-chart-6` the next ones.
 * @cssproperty --fd-color-text - Labels and values.
 * @cssproperty --fd-color-text-muted - Axis tick labels and the "no data" message.
 * @cssproperty --fd-color-border - Gridlines and table rules.
 * @cssproperty --fd-color-primary - The toggle button.
 * @cssproperty --fd-radius - Corner radius of the toggle button.
 *
 * @example
 * ```html
 * <fd-chart kind="bar" format="percent"></fd-chart>
 * <script type="module">
 *   const chart = document.querySelector("fd-chart")
 *   chart.label = { "zh-CN": "回访覆盖率", en: "Callback coverage" }
 *   chart.data = {
 *     categories: [{ id: "u-1", label: "王芳" }, { id: "u-2", label: "李强" }],
 *     series: [{ id: "w10", label: { "zh-CN": "第 10 周", en: "Week 10" }, values: [0.92, 0.8] }]
 *   }
 * </script>
 * ```
 * @category elements
 * @since 0.1.0
 */
export class FdChart extends FrontdeskElement {
  /** Bars, patterns, legend and table, themed by `--fd-chart-*` and `--fd-*` tokens. */
  static override styles = styles

  /** `bar` (the default) or `funnel`. */
  @property({ reflect: true }) kind: ChartKind = "bar"

  /** How bar values read: `count` (the default) or `percent` (values are fractions). */
  @property() format: ChartFormat = "count"

  /** What the chart shows, its name in the summary and the table's caption. */
  @property({ attribute: false }) label: ChartText | undefined

  /** The data, read as bars or as a funnel according to `kind`. */
  @property({ attribute: false }) data: ChartData | undefined

  /** Whether the data table is shown; it is always there for screen readers. */
  @property({ type: Boolean, attribute: "show-table", reflect: true }) showTable = false

  /** Pattern and table ids are per instance, so two charts in one shadow root never share one. */
  private readonly uid = `fd-chart-${++instances}`

  /**
   * The drawing is laid out at the element's own width, so its text stays the page's size on a
   * narrow screen instead of shrinking with a scaled picture.
   */
  @state() private width = defaultWidth

  private frame: number | undefined

  private readonly resizing = new ResizeObserver(([entry]) => {
    const measured = Math.round(entry?.contentRect.width ?? 0)
    if (measured <= 0) return
    // Redrawn in the next frame: the drawing's height follows its width, so redrawing inside the
    // observer's callback would resize the element again in the same frame, which the browser
    // reports as an error ("ResizeObserver loop completed with undelivered notifications").
    if (this.frame !== undefined) cancelAnimationFrame(this.frame)
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined
      this.width = Math.max(minWidth, measured)
    })
  })

  override connectedCallback(): void {
    super.connectedCallback()
    this.resizing.observe(this)
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.resizing.disconnect()
    if (this.frame !== undefined) cancelAnimationFrame(this.frame)
    this.frame = undefined
  }

  private text(label: ChartText | undefined, fallback: string): string {
    return labelText(label, this.locale, fallback)
  }

  private number(value: number, style: ChartFormat): string {
    return numberFormat(this.locale, style).format(value)
  }

  private get chartTitle(): string {
    return this.text(this.label, this.t("chart.untitled"))
  }

  /** Whether there is anything to draw: one finite bar value, or one funnel stage. */
  get isEmpty(): boolean {
    if (this.kind === "funnel") return !isFunnel(this.data) || this.data.stages.length === 0
    if (!isBar(this.data) || this.data.categories.length === 0) return true
    return !this.data.series.some((series) => series.values.some(finite))
  }

  protected override render(): unknown {
    if (this.isEmpty)
      return html`<p part="empty" role="status">${this.chartTitle}: ${this.t("chart.empty")}</p>`
    const tableId = `${this.uid}-table`
    const funnel = this.kind === "funnel" && isFunnel(this.data)
    return html`<figure part="figure">
        ${funnel ? this.renderFunnel(this.data as FunnelChartData) : this.renderBars(this.data as BarChartData)}
      </figure>
      <button
        part="toggle"
        type="button"
        aria-expanded=${String(this.showTable)}
        aria-controls=${tableId}
        @click=${() => {
          this.showTable = !this.showTable
        }}
      >
        ${this.showTable ? this.t("chart.hideTable") : this.t("chart.showTable")}
      </button>
      <div id=${tableId} class=${this.showTable ? "table" : "table visually-hidden"}>
        ${funnel ? this.renderFunnelTable(this.data as FunnelChartData) : this.renderBarTable(this.data as BarChartData)}
      </div>`
  }

  private patterns(count: number): SVGTemplateResult {
    const marks = [
      "",
      "M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4",
      "M2,2 h0.1 M6,6 h0.1",
      "M0,4 h8",
      "M0,0 l8,8 M8,0 l-8,8",
      "M4,0 v8"
    ]
    return svg`<defs>${Array.from({ length: count }, (_, i) => {
      const mark = marks[i % patternCount] ?? ""
      return svg`<pattern id=${`${this.uid}-p${i}`} patternUnits="userSpaceOnUse" width="8" height="8">
        <rect class=${`fill-${i % patternCount}`} width="8" height="8"></rect>
        ${mark === "" ? nothing : svg`<path d=${mark} class="mark"></path>`}
      </pattern>`
    })}</defs>`
  }

  private renderBars(data: BarChartData): unknown {
    const { categories, series } = data
    const values = series.flatMap((s) => s.values.filter(finite))
    const max = niceMax(Math.max(0, ...values), this.format)
    const width = this.width
    const labelWidth = labelRoom(width)
    const plotX = labelWidth + 8
    const plotWidth = width - plotX - valueRoom
    const groupHeight = series.length * barHeight + (series.length - 1) * barGap
    const height = axisHeight + categories.length * (groupHeight + groupGap)
    const scale = (value: number) => (Math.max(0, value) / max) * plotWidth
    const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max)
    const summary = this.t("chart.summary.bar", {
      title: this.chartTitle,
      categories: categories.length,
      series: series.length,
      min: this.number(Math.min(...values), this.format),
      max: this.number(Math.max(...values), this.format)
    })
    const drawing = svg`
      ${this.patterns(series.length)}
      <g part="axis">
        ${ticks.map(
          (
            tick
          ) => svg`<line x1=${plotX + scale(tick)} x2=${plotX + scale(tick)} y1=${axisHeight - 4} y2=${height}></line>
            <text x=${plotX + scale(tick)} y=${axisHeight - 8} text-anchor="middle">${this.number(tick, this.format)}</text>`
        )}
      </g>
      ${categories.map((category, c) => {
        const top = axisHeight + groupGap / 2 + c * (groupHeight + groupGap)
        const name = this.text(category.label, category.id)
        return svg`<g>
          <text part="label" x=${labelWidth} y=${top + groupHeight / 2} text-anchor="end" dominant-baseline="middle">
            <title>${name}</title>${truncate(name, labelWidth - 4)}
          </text>
          ${series.map((s, i) => {
            const value = s.values[c]
            const y = top + i * (barHeight + barGap)
            if (!finite(value))
              return svg`<text part="value" x=${plotX + 4} y=${y + barHeight / 2} dominant-baseline="middle">—</text>`
            const w = scale(value)
            return svg`<rect part="bar" class=${`edge-${i % patternCount}`} x=${plotX} y=${y} width=${w}
                height=${barHeight} fill=${`url(#${this.uid}-p${i})`}></rect>
              <text part="value" x=${plotX + w + 4} y=${y + barHeight / 2} dominant-baseline="middle"
                >${this.number(value, this.format)}</text>`
          })}
        </g>`
      })}`
    return html`<svg part="chart" role="img" aria-label=${summary} viewBox=${`0 0 ${width} ${height}`} width=${width} height=${height}>
        ${drawing}
      </svg>
      ${
        series.length > 1
          ? html`<ul part="legend" aria-label=${this.t("chart.legend")}>
            ${series.map(
              (s, i) => html`<li>
                <svg class="swatch" aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
                  <rect class=${`edge-${i % patternCount}`} width="16" height="16" fill=${`url(#${this.uid}-p${i})`}></rect>
                </svg>
                ${this.text(s.label, s.id)}
              </li>`
            )}
          </ul>`
          : nothing
      }`
  }

  private renderBarTable(data: BarChartData): unknown {
    return html`<table part="table">
      <caption>${this.chartTitle}</caption>
      <thead>
        <tr>
          <th scope="col">${this.text(data.categoryLabel, this.t("chart.category"))}</th>
          ${data.series.map((s) => html`<th scope="col">${this.text(s.label, s.id)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${data.categories.map(
          (category, c) => html`<tr>
            <th scope="row">${this.text(category.label, category.id)}</th>
            ${data.series.map((s) => {
              const value = s.values[c]
              return html`<td>${
                finite(value)
                  ? this.number(value, this.format)
                  : html`<span aria-hidden="true">—</span><span class="visually-hidden">${this.t("chart.noValue")}</span>`
              }</td>`
            })}
          </tr>`
        )}
      </tbody>
    </table>`
  }

  /** Each stage's count with its conversion from the stage before and its share of the first. */
  private funnelRows(data: FunnelChartData) {
    const first = data.stages[0]?.count ?? 0
    return data.stages.map((stage, i) => {
      const previous = i === 0 ? undefined : data.stages[i - 1]?.count
      return {
        stage,
        name: this.text(stage.label, stage.id),
        conversion: previous === undefined || previous <= 0 ? undefined : stage.count / previous,
        overall: first <= 0 ? undefined : stage.count / first
      }
    })
  }

  private renderFunnel(data: FunnelChartData): unknown {
    const rows = this.funnelRows(data)
    const max = Math.max(0, ...data.stages.map((s) => s.count))
    const width = this.width
    const labelWidth = labelRoom(width)
    const plotX = labelWidth + 8
    const plotWidth = width - plotX - funnelValueRoom(width)
    const height = rows.length * funnelRow + 4
    const first = rows[0]
    const last = rows[rows.length - 1]
    const summary = this.t("chart.summary.funnel", {
      title: this.chartTitle,
      stages: rows.length,
      first: this.number(first?.stage.count ?? 0, "count"),
      firstLabel: first?.name ?? "",
      last: this.number(last?.stage.count ?? 0, "count"),
      lastLabel: last?.name ?? "",
      overall: last?.overall === undefined ? "—" : this.number(last.overall, "percent")
    })
    return html`<svg part="chart" role="img" aria-label=${summary} viewBox=${`0 0 ${width} ${height}`} width=${width} height=${height}>
      ${this.patterns(1)}
      ${rows.map((row, i) => {
        const y = 2 + i * funnelRow
        const w = max <= 0 ? 0 : (Math.max(0, row.stage.count) / max) * plotWidth
        const detail = [
          this.number(row.stage.count, "count"),
          ...(row.conversion === undefined ? [] : [`↓ ${this.number(row.conversion, "percent")}`])
        ].join("  ")
        return svg`<g>
          <text part="label" x=${labelWidth} y=${y + (funnelRow - 6) / 2} text-anchor="end" dominant-baseline="middle">
            <title>${row.name}</title>${truncate(row.name, labelWidth - 4)}
          </text>
          <rect part="bar" class="edge-0" x=${plotX + (plotWidth - w) / 2} y=${y} width=${w} height=${funnelRow - 6}
            fill=${`url(#${this.uid}-p0)`}></rect>
          <text part="value" x=${plotX + plotWidth + 8} y=${y + (funnelRow - 6) / 2} dominant-baseline="middle">${detail}</text>
        </g>`
      })}
    </svg>`
  }

  private renderFunnelTable(data: FunnelChartData): unknown {
    const percent = (value: number | undefined) =>
      value === undefined
        ? html`<span aria-hidden="true">—</span><span class="visually-hidden">${this.t("chart.noValue")}</span>`
        : this.number(value, "percent")
    return html`<table part="table">
      <caption>${this.chartTitle}</caption>
      <thead>
        <tr>
          <th scope="col">${this.t("chart.stage")}</th>
          <th scope="col">${this.t("chart.count")}</th>
          <th scope="col">${this.t("chart.conversion")}</th>
          <th scope="col">${this.t("chart.overall")}</th>
        </tr>
      </thead>
      <tbody>
        ${this.funnelRows(data).map(
          (row) => html`<tr>
            <th scope="row">${row.name}</th>
            <td>${this.number(row.stage.count, "count")}</td>
            <td>${percent(row.conversion)}</td>
            <td>${percent(row.overall)}</td>
          </tr>`
        )}
      </tbody>
    </table>`
  }
}
