/**
 * `fd-qa-sample`: quality sampling (质检抽查) — a seeded, reproducible random sample of completed
 * calls for a period, stored as `qaSample` records and scored by the performance team.
 */
import { Calendar, Messages, Personal, Workflow } from "@frontdesk/domain"
import { type Callback, Period, QaSample } from "@frontdesk/domain/customer-care"
import { customerCareTexts, elementsCommonTexts, elementsComplaintsTexts } from "@frontdesk/domain/messages"
import { Exit, Schema } from "effect"
import { css, html, nothing, type PropertyValues } from "lit"
import { property, state } from "lit/decorators.js"
import { formatDateTime } from "../common/format.js"
import { FrontdeskElement } from "../common/frontdesk-element.js"
import { refusalTexts } from "../common/refusal.js"
import type { FdForm, SubmitDetail } from "../form/fd-form.js"
import type { DeskLike } from "../internal/context.js"
import { CollectionWatcher, canQuery, readAll } from "../internal/desk-reader.js"
import { shared } from "./complaints.styles.js"

Messages.register(customerCareTexts)
Messages.register(elementsCommonTexts)
Messages.register(elementsComplaintsTexts)

type CallbackRecord = Workflow.Record<Callback.Callback>
type SampleRecord = Workflow.Record<QaSample.Sample>

/**
 * A person a sample may be drawn for: the agent's id (the specialist who completed the calls)
 * and the name shown.
 *
 * @example
 * ```ts
 * import type { QaAgent } from "@frontdesk/elements"
 * const wang: QaAgent = { id: "u-1", name: "王芳" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface QaAgent {
  readonly id: string
  readonly name: string
}

/** A seed nobody chose: eight hex digits, shown and editable so the draw can be repeated. */
const freshSeed = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(4))
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("")
}

/** The period's name on the sample records: an ISO 8601 interval of local dates. */
const periodName = (period: Period.Period): string => `${period.from}/${period.to}`

const isDate = (value: string | undefined): value is string =>
  value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value)

/** The desk decodes the input itself, so the form's decoded value goes back to its encoded form. */
const encodedScores = (value: unknown): unknown => {
  const exit = Schema.encodeUnknownExit(QaSample.ScoreInput)(value)
  return Exit.isSuccess(exit) ? exit.value : value
}

let instances = 0

/**
 * Draws and scores quality samples. For a period (and optionally one agent) it reads the
 * callbacks completed in it (`QaSample.callsOf`) and draws `per-agent` calls of each agent with
 * `QaSample.draw`, seeded by the seed shown — the same seed, period and calls always give the same
 * sample, so anyone can check it. "Save the sample" stores each drawn call as a `qaSample` record
 * (one id per period and call, so saving twice adds nothing). The period's samples are listed
 * with their state and total; a QA member scores one — opening, script, brevity and record, 1–5
 * each, with improvement notes — and sees the total (out of 100) before saving.
 *
 * @summary Seeded, reproducible quality samples of completed calls, and their scores.
 * @tagname fd-qa-sample
 *
 * @fires fd-command - After a sample was scored; `detail: { command: "score", record }`.
 *
 * @csspart controls - The period, agent, count and seed controls.
 * @csspart seed - The seed input.
 * @csspart drawn - The table of the calls drawn.
 * @csspart samples - The table of the period's stored samples.
 * @csspart scoring - The scoring form of one sample.
 * @csspart total - The running total while scoring.
 * @csspart status - What the last draw or save did, a polite live region.
 * @csspart error - A refusal, announced as an alert.
 *
 * @cssproperty --fd-color-primary - Buttons.
 * @cssproperty --fd-color-border - Inputs and table rules.
 * @cssproperty --fd-color-danger - Text and edge of a refusal.
 *
 * @example
 * ```html
 * <fd-provider>
 *   <fd-qa-sample from="2026-03-01" to="2026-03-31" per-agent="2"></fd-qa-sample>
 * </fd-provider>
 * <script type="module">
 *   document.querySelector("fd-qa-sample").agents = [{ id: "u-1", name: "王芳" }, { id: "u-2", name: "陈静" }]
 * </script>
 * ```
 * @category elements
 * @since 0.1.0
 */
export class FdQaSample extends FrontdeskElement {
  /** Controls, tables and the scoring form, themed by `--fd-*` tokens. */
  static override styles = [
    shared,
    css`
      [part~="controls"] .row label {
        margin: 0;
      }
      [part~="seed"] {
        font-family: ui-monospace, monospace;
      }
      [part~="scoring"] {
        margin-block: var(--fd-space-m, 0.75rem);
        padding: var(--fd-space-m, 0.75rem);
        border: 1px solid var(--fd-color-border, #d0d7de);
        border-radius: var(--fd-radius, 6px);
      }
      [part~="total"] {
        font-weight: 600;
      }
    `
  ]

  /** The quality-sample workflow. */
  @property({ attribute: false }) workflow: Workflow.Any = QaSample.workflow

  /** The collection of the callbacks to sample from. */
  @property({ attribute: "callbacks-collection" }) callbacksCollection = "callbacks"

  /** The first day of the period (`2026-03-01`); the first of the current month when unset. */
  @property() from: string | undefined

  /** The last day of the period; today when unset. */
  @property() to: string | undefined

  /** Only this agent's calls, when set. */
  @property() agent: string | undefined

  /** How many calls per agent a draw takes. */
  @property({ type: Number, attribute: "per-agent" }) perAgent: number = QaSample.defaultPerAgent

  /** The seed of the draw; a fresh one when unset. Shown and editable. */
  @property() seed: string = freshSeed()

  /** The agents to pick from, with their names; the agents found in the calls otherwise. */
  @property({ attribute: false }) agents: ReadonlyArray<QaAgent> = []

  /** The moment "today" is read from when the period is unset; the clock otherwise. */
  @property({ attribute: false }) now: Date | string | number | undefined

  /** The calls of the last draw. */
  @state() drawn: ReadonlyArray<QaSample.Drawn> | undefined
  /** The period's stored samples. */
  @state() samples: ReadonlyArray<Workflow.Record<QaSample.Sample>> = []
  @state() private callbacks: ReadonlyMap<string, CallbackRecord> = new Map()
  @state() private callCount = 0
  @state() private scoring: string | undefined
  @state() private preview: number | undefined
  @state() private said: (() => string) | undefined
  @state() private refusal: unknown
  @state() private busy = false

  private readonly uid = `fd-qa-sample-${++instances}`
  /** The period and agent the samples shown were read for, so others are read again. */
  private readFor: string | undefined

  private get sampleKey(): string | undefined {
    const period = this.period
    return period === undefined ? undefined : `${periodName(period)}/${this.agent ?? ""}`
  }

  private readonly watcher = new CollectionWatcher(this, {
    desk: () => this.currentDesk,
    collections: () => [this.workflow.collection],
    load: (desk, isLatest) => this.loadSamples(desk, isLatest)
  })

  /** The period the controls name, or `undefined` while it is not a valid span of dates. */
  get period(): Period.Period | undefined {
    const today = Calendar.localDateOf(this.now ?? Date.now(), this.currentTimeZone)
    const from = this.from ?? `${today.slice(0, 8)}01`
    const to = this.to ?? today
    if (!isDate(from) || !isDate(to) || to < from) return undefined
    return Period.make(from, to, this.currentTimeZone)
  }

  private async loadSamples(desk: DeskLike, isLatest: () => boolean): Promise<void> {
    const period = this.period
    if (!canQuery(desk) || period === undefined) return
    try {
      const samples = await readAll<SampleRecord>(desk, this.workflow.collection, {
        index: "byPeriodAgent",
        where: { prefix: this.agent ? [periodName(period), this.agent] : [periodName(period)] }
      })
      if (!isLatest()) return
      this.readFor = this.sampleKey
      this.samples = samples
    } catch (error) {
      if (isLatest()) this.refusal = error
    }
  }

  /** Reads the period's stored samples again. */
  reload(): Promise<void> {
    return this.watcher.reload()
  }

  /** Reads the completed callbacks and draws the sample with the current seed. */
  async draw(): Promise<ReadonlyArray<QaSample.Drawn>> {
    const desk = this.currentDesk
    const period = this.period
    this.refusal = undefined
    if (period === undefined) {
      this.refusal = { toMessage: (): Messages.Message => ({ code: "qaSample.invalidPeriod" }) }
      return []
    }
    if (!canQuery(desk)) {
      this.refusal = { toMessage: (): Messages.Message => ({ code: "commands.notReady" }) }
      return []
    }
    this.busy = true
    try {
      const completed = await readAll<CallbackRecord>(desk, this.callbacksCollection, {
        index: "byState",
        where: { eq: "completed" }
      })
      this.callbacks = new Map(completed.map((c) => [c.id, c]))
      const calls = QaSample.callsOf(completed, period).filter(
        (call) => this.agent === undefined || this.agent === "" || call.agent === this.agent
      )
      const seed = this.seed
      const drawn = QaSample.draw({ calls, seed, period: periodName(period), perAgent: this.perAgent })
      this.callCount = calls.length
      this.drawn = drawn
      this.said =
        calls.length === 0
          ? () => this.t("qaSample.noCalls")
          : () =>
              this.t(drawn.length === 1 ? "qaSample.drawn.one" : "qaSample.drawn.other", {
                count: drawn.length,
                calls: calls.length,
                seed
              })
      return drawn
    } catch (error) {
      this.refusal = error
      return []
    } finally {
      this.busy = false
    }
  }

  private sampleId(drawn: QaSample.Drawn): string {
    return `qa-${drawn.period.replace("/", "-")}-${drawn.callId}`
  }

  /** Stores the drawn calls that are not stored yet as `qaSample` records; resolves to how many. */
  async store(): Promise<number> {
    const desk = this.currentDesk
    const actor = this.currentActor
    const drawn = this.drawn ?? []
    this.refusal = undefined
    if (desk === undefined || actor === undefined) {
      this.refusal = { toMessage: (): Messages.Message => ({ code: "commands.notReady" }) }
      return 0
    }
    this.busy = true
    let stored = 0
    try {
      for (const sample of drawn) {
        const id = this.sampleId(sample)
        if ((await desk.get(this.workflow.collection, id)) !== undefined) continue
        await desk.create(this.workflow, id, sample, actor)
        stored++
      }
      this.said = () =>
        this.t(stored === 1 ? "qaSample.stored.one" : "qaSample.stored.other", { count: stored })
    } catch (error) {
      this.refusal = error
    } finally {
      this.busy = false
    }
    await this.reload()
    return stored
  }

  private agentName(id: string): string {
    return this.agents.find((a) => a.id === id)?.name ?? id
  }

  private customerOf(callId: string): string {
    const name = this.callbacks.get(callId)?.data.customerName
    return name === undefined ? "—" : Personal.maskName(name)
  }

  private calledAt(callId: string): string {
    const at = this.callbacks.get(callId)?.data.record?.at
    return at === undefined ? "—" : formatDateTime(at, this.locale, this.currentTimeZone)
  }

  private async openScoring(id: string): Promise<void> {
    this.scoring = this.scoring === id ? undefined : id
    this.preview = undefined
    this.refusal = undefined
    await this.updateComplete
    this.renderRoot.querySelector<FdForm>("[part~=scoring] fd-form")?.focus()
  }

  private onScoreInput(event: Event): void {
    const values = (event.currentTarget as FdForm).values
    const points = QaSample.criteria.map((c) => values[c.name])
    this.preview = points.every((p) => typeof p === "number" && Number.isInteger(p) && p >= 1 && p <= 5)
      ? QaSample.total(values as Parameters<typeof QaSample.total>[0])
      : undefined
  }

  private async score(id: string, value: unknown): Promise<void> {
    const desk = this.currentDesk
    const actor = this.currentActor
    this.refusal = undefined
    try {
      if (desk === undefined || actor === undefined)
        throw { toMessage: (): Messages.Message => ({ code: "commands.notReady" }) }
      const stored = (await desk.run(this.workflow, id, "score", encodedScores(value), actor)) as SampleRecord
      this.samples = this.samples.map((s) => (s.id === id ? stored : s))
      this.scoring = undefined
      this.dispatchEvent(
        new CustomEvent("fd-command", {
          detail: { command: "score", record: stored },
          bubbles: true,
          composed: true
        })
      )
    } catch (error) {
      this.refusal = error
      throw error
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    // Another period or agent (the controls, or the host) shows that period's samples.
    const key = this.sampleKey
    if (this.readFor !== undefined && key !== undefined && key !== this.readFor) {
      this.readFor = key
      this.drawn = undefined
      void this.reload()
    }
  }

  private renderControls(): unknown {
    const period = this.period
    const known = [...new Set([...this.agents.map((a) => a.id), ...this.samples.map((s) => s.data.agent)])]
    const set =
      <K extends "from" | "to" | "agent" | "seed">(key: K) =>
      (event: Event) => {
        const value = (event.target as HTMLInputElement | HTMLSelectElement).value
        this[key] = (key === "agent" && value === "" ? undefined : value) as this[K]
        this.drawn = undefined
      }
    return html`<fieldset part="controls">
      <legend>${this.t("qaSample.label")}</legend>
      <div class="row">
        <label>${this.t("qaSample.from")}<input type="date" name="from" .value=${period?.from ?? this.from ?? ""} @change=${set("from")} /></label>
        <label>${this.t("qaSample.to")}<input type="date" name="to" .value=${period?.to ?? this.to ?? ""} @change=${set("to")} /></label>
        <label
          >${this.t("qaSample.agent")}
          <select name="agent" @change=${set("agent")}>
            <option value="" ?selected=${!this.agent}>${this.t("qaSample.allAgents")}</option>
            ${known.map((id) => html`<option value=${id} ?selected=${this.agent === id}>${this.agentName(id)}</option>`)}
          </select>
        </label>
        <label
          >${this.t("qaSample.perAgent")}
          <input
            type="number"
            name="perAgent"
            min="1"
            max="20"
            .value=${String(this.perAgent)}
            @change=${(event: Event) => {
              const n = Number((event.target as HTMLInputElement).value)
              if (Number.isInteger(n) && n > 0) this.perAgent = n
              this.drawn = undefined
            }}
          />
        </label>
        <label
          >${this.t("qaSample.seed")}
          <input
            part="seed"
            name="seed"
            .value=${this.seed}
            aria-describedby=${`${this.uid}-seed-hint`}
            @input=${set("seed")}
          />
        </label>
        <button type="button" class="primary" ?disabled=${this.busy} @click=${() => void this.draw()}>
          ${this.t("qaSample.draw")}
        </button>
      </div>
      <p class="hint" id=${`${this.uid}-seed-hint`}>${this.t("qaSample.seedHint")}</p>
    </fieldset>`
  }

  private renderDrawn(): unknown {
    const drawn = this.drawn
    if (drawn === undefined || drawn.length === 0) return nothing
    const stored = new Set(this.samples.map((s) => s.id))
    return html`<table part="drawn">
        <caption>${this.t("qaSample.drawnCaption", { seed: drawn[0]?.seed ?? "" })}</caption>
        <thead>
          <tr>
            <th scope="col">${this.t("qaSample.call")}</th>
            <th scope="col">${this.t("customerCare.role.specialist")}</th>
            <th scope="col">${this.t("qaSample.customer")}</th>
            <th scope="col">${this.t("qaSample.completedAt")}</th>
            <th scope="col">${this.t("qaSample.state")}</th>
          </tr>
        </thead>
        <tbody>
          ${drawn.map(
            (d) => html`<tr data-call=${d.callId}>
              <th scope="row">${d.callId}</th>
              <td>${this.agentName(d.agent)}</td>
              <td>${this.customerOf(d.callId)}</td>
              <td>${this.calledAt(d.callId)}</td>
              <td>${stored.has(this.sampleId(d)) ? this.t("qaSample.alreadyStored") : "—"}</td>
            </tr>`
          )}
        </tbody>
      </table>
      <button type="button" ?disabled=${this.busy} @click=${() => void this.store()}>${this.t("qaSample.store")}</button>`
  }

  private renderSamples(): unknown {
    const actor = this.currentActor
    const headingId = `${this.uid}-samples`
    return html`<h3 id=${headingId}>${this.t("qaSample.samples")}</h3>
      ${
        this.samples.length === 0
          ? html`<p>${this.t("qaSample.none")}</p>`
          : html`<table part="samples" aria-labelledby=${headingId}>
              <thead>
                <tr>
                  <th scope="col">${this.t("qaSample.call")}</th>
                  <th scope="col">${this.t("customerCare.role.specialist")}</th>
                  <th scope="col">${this.t("qaSample.seed")}</th>
                  <th scope="col">${this.t("qaSample.state")}</th>
                  <th scope="col" class="number">${this.t("qaSample.total")}</th>
                  <th scope="col">${this.t("qaSample.actions")}</th>
                </tr>
              </thead>
              <tbody>
                ${this.samples.map((sample) => {
                  const state = this.workflow.states.find((s) => s.id === sample.state)
                  const canScore =
                    actor !== undefined &&
                    Workflow.availableCommands(this.workflow, sample, actor).some((c) => c.name === "score")
                  return html`<tr data-sample=${sample.id}>
                    <th scope="row">${sample.data.callId}</th>
                    <td>${this.agentName(sample.data.agent)}</td>
                    <td>${sample.data.seed}</td>
                    <td>${state === undefined ? sample.state : this.t(state.label)}</td>
                    <td class="number">
                      ${sample.data.total === undefined ? "—" : this.t("qaSample.totalOf", { total: sample.data.total })}
                      ${sample.data.notes === undefined ? nothing : html`<div class="hint">${this.t("qaSample.notes", { notes: sample.data.notes })}</div>`}
                    </td>
                    <td>
                      ${
                        canScore
                          ? html`<button
                              type="button"
                              aria-expanded=${String(this.scoring === sample.id)}
                              aria-label=${this.t("qaSample.scoring", { call: sample.data.callId })}
                              @click=${() => void this.openScoring(sample.id)}
                            >
                              ${this.t("qaSample.score")}
                            </button>`
                          : nothing
                      }
                    </td>
                  </tr>`
                })}
              </tbody>
            </table>`
      }`
  }

  private renderScoring(): unknown {
    const sample = this.samples.find((s) => s.id === this.scoring)
    if (sample === undefined) return nothing
    const headingId = `${this.uid}-scoring`
    return html`<section part="scoring" aria-labelledby=${headingId}>
      <h4 id=${headingId}>${this.t("qaSample.scoring", { call: sample.data.callId })}</h4>
      <fd-form
        .schema=${QaSample.ScoreInput}
        .submitLabel=${"customerCare.qa.command.score"}
        draft-key=${`qa-score-${sample.id}`}
        @input=${this.onScoreInput}
        @change=${this.onScoreInput}
        @fd-submit=${(event: CustomEvent<SubmitDetail>) => event.detail.waitUntil(this.score(sample.id, event.detail.value))}
      ></fd-form>
      <p part="total" role="status">${this.preview === undefined ? nothing : this.t("qaSample.totalPreview", { total: this.preview })}</p>
    </section>`
  }

  protected override render(): unknown {
    return html`${this.renderControls()}
      <p part="status" role="status">${this.said?.() ?? nothing}</p>
      <div part="error" role="alert">${
        this.refusal === undefined
          ? nothing
          : refusalTexts(this.refusal, this.locale).map((text) => html`<p>${text}</p>`)
      }</div>
      ${this.renderDrawn()} ${this.renderSamples()} ${this.renderScoring()}`
  }
}
