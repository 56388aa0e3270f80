/**
 * `fd-recruitment-plan`: the recruitment plan (招聘方案) of an approved requisition.
 */
import { Field, Messages, Workflow } from "@frontdesk/domain"
import { elementsCommonTexts, elementsRequisitionsTexts, recruitmentTexts } from "@frontdesk/domain/messages"
import { Plan, Requisition, Roles } from "@frontdesk/domain/recruitment"
import { Exit, Schema } from "effect"
import { html, nothing, type PropertyValues, type TemplateResult } from "lit"
import { property, state } from "lit/decorators.js"
import { FrontdeskElement } from "../common/frontdesk-element.js"
import { refusalTexts } from "../common/refusal.js"
import { stateLabel } from "../common/workflow-labels.js"
import type { FdForm, SubmitDetail } from "../form/fd-form.js"
import { CollectionWatcher, canQuery } from "../internal/desk-reader.js"
import { formatMoney, withoutEdit } from "./requisition-format.js"
import { requisitionStyles } from "./requisitions.styles.js"

Messages.register(recruitmentTexts)
Messages.register(elementsCommonTexts)
Messages.register(elementsRequisitionsTexts)

/**
 * What `fd-plan-saved` carries: the plan as stored, and whether it was created.
 *
 * @example
 * ```ts
 * import type { PlanSavedDetail } from "@frontdesk/elements"
 * import "@frontdesk/elements/define/fd-recruitment-plan.js"
 * document.querySelector("fd-recruitment-plan")!.addEventListener("fd-plan-saved", (event) => {
 *   console.log(event.detail.record.data.route)
 * })
 * ```
 * @category events
 * @since 0.1.0
 */
export interface PlanSavedDetail {
  readonly record: Plan.Record
  readonly created: boolean
}

/** The form field of a channel's budget amount. */
const budgetField = (channel: Plan.Channel): string => `budget.${channel}`

const inlineText = (code: Messages.Code, params: (locale: Messages.Locale) => Messages.Params) => ({
  "zh-CN": Messages.format(code, "zh-CN", params("zh-CN")),
  en: Messages.format(code, "en", params("en"))
})

const { requisitionId: _r, budget: _b, ...planFields } = Plan.PlanForm.fields

const planSchemas = new Map<string, Schema.Struct<Schema.Struct.Fields>>()

/**
 * What the plan form asks: the plan's own fields (its requisition is the one shown), then on a
 * second step one optional amount for each channel chosen; the amounts given make the budget.
 */
const planFieldsFor = (chosen: ReadonlyArray<Plan.Channel>): Schema.Struct<Schema.Struct.Fields> => {
  const key = chosen.join(",")
  let schema = planSchemas.get(key)
  if (schema === undefined) {
    schema = Schema.Struct({
      ...planFields,
      ...Object.fromEntries(
        chosen.map((channel, i) => [
          budgetField(channel),
          Schema.optional(
            Field.Money.pipe(
              Field.meta({
                label: inlineText("recruitmentPlan.budgetFor", (locale) => ({
                  channel: Messages.format(Plan.channelLabel(channel), locale)
                })),
                widget: "money",
                // The first amount opens the budget step; the others join it.
                ...(i === 0 ? { step: "recruitmentPlan.step.budget" } : {})
              })
            )
          )
        ])
      )
    })
    planSchemas.set(key, schema)
  }
  return schema
}

/** The channels chosen in a form value, in the order of `Plan.channels`. */
const chosenChannels = (value: unknown): ReadonlyArray<Plan.Channel> =>
  Array.isArray(value) ? Plan.channels.filter((c) => value.includes(c)) : []

type Values = Readonly<Record<string, unknown>>

const isMoney = (value: unknown): value is Field.Money =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as Field.Money).amount === "number" &&
  typeof (value as Field.Money).currency === "string"

/** The budget lines of the amounts given, in the order of `Plan.channels`. */
const budgetOf = (values: Values): ReadonlyArray<Plan.Line> =>
  Plan.channels.flatMap((channel) => {
    const amount = values[budgetField(channel)]
    return isMoney(amount) ? [{ channel, amount }] : []
  })

/** The plan form's input, in encoded form, for the requisition shown. */
const planInput = (requisitionId: string, values: Values): unknown => {
  const input: Record<string, unknown> = { requisitionId, budget: budgetOf(values) }
  for (const name of Object.keys(planFields)) if (values[name] !== undefined) input[name] = values[name]
  const exit = Schema.encodeUnknownExit(Plan.PlanForm)(input)
  return Exit.isSuccess(exit) ? exit.value : input
}

/** A stored value as the field control takes it back. */
const snapshotOf = (value: unknown): unknown =>
  typeof value === "number"
    ? String(value)
    : isMoney(value)
      ? Field.fenToYuan(value.amount)
      : value === undefined
        ? ""
        : value

const isDate = (value: unknown): value is string =>
  typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)
const isCount = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value)

/** Shown when the page has not given a desk and an actor yet. */
const notReady = { toMessage: (): Messages.Message => ({ code: "commands.notReady" }) }

/**
 * The recruitment plan of an approved requisition. Before a plan exists it recommends channels by
 * the seed's rules with the reason for each (`Plan.recommendChannels`; whether the requirements
 * are modest is asked), and offers the plan form — headcount, hiring criteria, target group,
 * channels, wanted start, preparation cycle, a dedicated job fair, the annual budget, then the
 * budget by channel — prefilled from the requisition. While it is filled in, it shows the
 * recruiting start (wanted start − preparation cycle) and who will approve the plan (the unit
 * head for a dedicated job fair or a cost above the annual budget, the HR head otherwise), so both
 * are known before saving.
 *
 * Once a plan exists it shows the plan with its timing and route, the budget against the costs
 * recorded per channel (over budget is said in words and marked with a symbol, not by colour
 * alone), and the commands the acting person may run (`fd-commands`: submit, approve, send back,
 * record a cost, cancel; refusals inline). A draft plan can be edited in place.
 *
 * @summary The recruitment plan of a requisition: channels, timing, approval route and costs.
 * @tagname fd-recruitment-plan
 *
 * @fires fd-plan-saved - After the plan is created or edited; `detail: { record, created }`.
 * @fires fd-command - From the inner `fd-commands`, after a command succeeded; `detail: { command, record }`.
 *
 * @csspart heading - The plan's title.
 * @csspart requisition - The requisition's facts.
 * @csspart advice - The recommended channels with their reasons.
 * @csspart preview - The recruiting start and the approval route, a polite live region.
 * @csspart recruiting-start - The recruiting start.
 * @csspart route - Who approves the plan and why.
 * @csspart plan - The stored plan's facts.
 * @csspart costs - The table of budget and recorded costs by channel.
 * @csspart over - An over-budget mark.
 * @csspart commands - The inner `fd-commands`.
 * @csspart notice - Loading, not found, or why no plan can be drawn up yet.
 * @csspart error - A refusal, announced as an alert.
 * @csspart saved - The confirmation of the last save.
 *
 * @cssproperty --fd-color-danger - Text of an over-budget mark and of refusals.
 * @cssproperty --fd-color-success-surface - Background of the confirmation.
 *
 * @example
 * ```html
 * <fd-provider>
 *   <fd-recruitment-plan requisition-id="rq-1"></fd-recruitment-plan>
 * </fd-provider>
 * ```
 * @category elements
 * @since 0.1.0
 */
export class FdRecruitmentPlan extends FrontdeskElement {
  /** Advice, preview, plan, costs and commands, themed by `--fd-*` tokens. */
  static override styles = requisitionStyles

  /** The plan workflow (a host's `Plan.make(approvers)`); the seed's approvers otherwise. */
  @property({ attribute: false }) workflow: Workflow.Any = Plan.workflow

  /** The requisition workflow, for its collection and state labels. */
  @property({ attribute: false }) requisitionWorkflow: Workflow.Any = Requisition.workflow

  /** The requisition the plan serves. */
  @property({ attribute: "requisition-id" }) requisitionId: string | undefined

  /** The plan to show; when unset, the requisition's plan that is not cancelled, if any. */
  @property({ attribute: "plan-id" }) planId: string | undefined

  /** Thresholds of the channel rules. */
  @property({ attribute: false }) channelRules: {
    readonly largeHeadcount: number
    readonly fewPeople: number
  } = Plan.defaultChannelRules

  /** Makes the id of a new plan. */
  @property({ attribute: false }) newId: () => string = () => `pl-${crypto.randomUUID()}`

  /** Whether the position's requirements are modest, for the channel rules. */
  @property({ type: Boolean, attribute: "modest-requirements" }) modestRequirements = false

  /** The requisition as last read. */
  @state() requisition: Requisition.Record | undefined
  /** The plan as last read, if there is one. */
  @state() plan: Plan.Record | undefined
  @state() private status: "loading" | "ready" | "missing" = "loading"
  @state() private editing = false
  @state() private values: Values = {}
  @state() private refusal: unknown
  @state() private saved = false

  private prefillPending = true
  /** The channels the budget step has an amount for. */
  @state() private budgetChannels: ReadonlyArray<Plan.Channel> = []
  /** Amounts typed per channel, so each stays with its channel when the channels change. */
  private readonly budgetTyped = new Map<Plan.Channel, unknown>()
  private budgetRestorePending = false

  private readonly watcher = new CollectionWatcher(this, {
    desk: () => this.currentDesk,
    collections: () => [this.requisitionWorkflow.collection, this.workflow.collection],
    load: async (desk, isLatest) => {
      const id = this.requisitionId
      if (id === undefined) return
      try {
        const requisition = (await desk.get(this.requisitionWorkflow.collection, id)) as
          | Requisition.Record
          | undefined
        let plan: Plan.Record | undefined
        if (this.planId !== undefined)
          plan = (await desk.get(this.workflow.collection, this.planId)) as Plan.Record
        else if (canQuery(desk)) {
          const page = await desk.query(this.workflow.collection, {
            index: "byRequisition",
            where: { eq: id },
            limit: 50
          })
          const plans = page.items as ReadonlyArray<Plan.Record>
          plan = plans.filter((p) => p.state !== "cancelled").at(-1) ?? plans.at(-1)
        }
        if (!isLatest() || id !== this.requisitionId) return
        if (plan?.id !== this.plan?.id) this.prefillPending = true
        this.requisition = requisition
        this.plan = plan
        this.status = requisition === undefined ? "missing" : "ready"
      } catch (error) {
        if (!isLatest()) return
        this.refusal = error
      }
    }
  })

  /** Reads the requisition and its plan again; resolves once they are rendered. */
  reload(): Promise<void> {
    return this.watcher.reload()
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    if (
      (changed.has("requisitionId") && this.requisition?.id !== this.requisitionId) ||
      (changed.has("planId") && changed.get("planId") !== undefined)
    ) {
      this.requisition = undefined
      this.plan = undefined
      this.status = "loading"
      this.prefillPending = true
      if (this.currentDesk !== undefined) void this.watcher.reload()
    }
  }

  private get form(): FdForm | null {
    return this.renderRoot.querySelector<FdForm>("fd-form")
  }

  /** The channel advice for the requisition shown. */
  get advice(): ReadonlyArray<Plan.ChannelAdvice> {
    const data = this.requisition?.data
    if (data === undefined) return []
    return Plan.channelAdvice(
      { headcount: data.headcount, level: data.level, modestRequirements: this.modestRequirements },
      this.channelRules
    )
  }

  /**
   * Reads what is typed now, for the timing and route preview, and gives the budget step an
   * amount for each channel chosen.
   */
  refreshPreview(): void {
    const form = this.form
    this.values = form?.values ?? {}
    const chosen = chosenChannels(this.values.channels)
    if (chosen.join(",") === this.budgetChannels.join(",")) return
    // The form renders its fields by position: keep each amount typed, to give it back to its own
    // channel's field once the fields for the new choice are drawn.
    for (const channel of this.budgetChannels) {
      const typed = form?.fieldElement(budgetField(channel))?.snapshot()
      if (typed !== undefined) this.budgetTyped.set(channel, typed)
    }
    this.budgetChannels = chosen
    this.budgetRestorePending = true
  }

  protected override async updated(changed: PropertyValues<this>): Promise<void> {
    super.updated(changed)
    const form = this.form
    if (this.budgetRestorePending && form !== null) {
      this.budgetRestorePending = false
      await form.updateComplete
      for (const channel of this.budgetChannels)
        form.fieldElement(budgetField(channel))?.restore(this.budgetTyped.get(channel) ?? "")
      this.values = form.values
    }
    if (!this.prefillPending || form === null || this.requisition === undefined) return
    this.prefillPending = false
    await form.updateComplete
    const plan = this.plan
    const requisition = this.requisition.data
    const stored: Values =
      plan !== undefined
        ? { ...plan.data }
        : {
            headcount: requisition.headcount,
            wantedStart: requisition.wantedStart,
            channels: this.recommended
          }
    for (const name of Object.keys(planFields))
      if (stored[name] !== undefined) form.fieldElement(name)?.restore(snapshotOf(stored[name]))
    this.budgetTyped.clear()
    for (const line of plan?.data.budget ?? []) this.budgetTyped.set(line.channel, snapshotOf(line.amount))
    // Drawn afresh, so the stored amounts are given to the fields of the stored channels.
    this.budgetChannels = []
    this.refreshPreview()
  }

  /** The recommended channels in the order the channel control lists them. */
  private get recommended(): ReadonlyArray<Plan.Channel> {
    const advised = new Set(this.advice.flatMap((a) => a.channels))
    return Plan.channels.filter((c) => advised.has(c))
  }

  private useRecommended(): void {
    this.form?.fieldElement("channels")?.restore(this.recommended)
    this.refreshPreview()
  }

  /** Stores the plan the form decoded: creates it, or edits the draft shown. */
  async save(value: unknown): Promise<Plan.Record> {
    const desk = this.currentDesk
    const actor = this.currentActor
    const requisitionId = this.requisitionId
    const plan = this.plan
    this.refusal = undefined
    this.saved = false
    try {
      if (desk === undefined || actor === undefined || requisitionId === undefined) throw notReady
      const input = planInput(requisitionId, value as Values)
      const stored = (
        plan === undefined
          ? await desk.create(this.workflow, this.newId(), input, actor)
          : await desk.run(this.workflow, plan.id, "edit", input, actor)
      ) as Plan.Record
      this.plan = stored
      this.editing = false
      this.saved = true
      this.dispatchEvent(
        new CustomEvent<PlanSavedDetail>("fd-plan-saved", {
          detail: { record: stored, created: plan === undefined },
          bubbles: true,
          composed: true
        })
      )
      return stored
    } catch (error) {
      this.refusal = error
      throw error
    }
  }

  private onSubmit(event: CustomEvent<SubmitDetail>): void {
    event.detail.waitUntil(this.save(event.detail.value))
  }

  private money(value: Field.Money): string {
    return formatMoney(value, this.locale)
  }

  private routeText(form: {
    readonly dedicatedJobFair?: boolean | undefined
    readonly budget: ReadonlyArray<Plan.Line>
    readonly annualBudget: Field.Money
  }): string {
    const route = Plan.route(form)
    const cost = Plan.total(form.budget)
    const role = this.t(Roles.label(route))
    if (form.dedicatedJobFair === true) return this.t("recruitmentPlan.route.dedicated", { role })
    return this.t(
      route === "unitHead" ? "recruitmentPlan.route.overAnnual" : "recruitmentPlan.route.withinAnnual",
      {
        role,
        cost: this.money(cost),
        annual: this.money(form.annualBudget)
      }
    )
  }

  private renderAdvice(): TemplateResult {
    return html`<section part="advice" aria-labelledby="advice">
      <h3 id="advice">${this.t("recruitmentPlan.recommended")}</h3>
      <label class="check">
        <input
          type="checkbox"
          .checked=${this.modestRequirements}
          @change=${(event: Event) => {
            this.modestRequirements = (event.target as HTMLInputElement).checked
          }}
        />
        ${this.t("recruitmentPlan.modest")}
      </label>
      <ul>
        ${this.advice.map(
          (advice) => html`<li data-rule=${advice.rule}>
            <strong>${advice.channels.map((c) => this.t(Plan.channelLabel(c))).join(this.locale === "zh-CN" ? "、" : ", ")}</strong>
            — ${this.t(`recruitmentPlan.reason.${advice.rule}`, {
              headcount: this.requisition?.data.headcount ?? 0,
              min: this.channelRules.largeHeadcount,
              max: this.channelRules.fewPeople
            })}
          </li>`
        )}
      </ul>
      <button type="button" @click=${() => this.useRecommended()}>${this.t("recruitmentPlan.useRecommended")}</button>
    </section>`
  }

  private renderPreview(): TemplateResult {
    const values = this.values
    const wanted = values.wantedStart
    const days = values.preparationDays
    const annual = values.annualBudget
    const timing =
      isDate(wanted) && isCount(days)
        ? this.t("recruitmentPlan.timing", { start: Plan.recruitingStart(wanted, days), wanted, days })
        : this.t("recruitmentPlan.timingPending")
    const route = isMoney(annual)
      ? this.routeText({
          dedicatedJobFair: values.dedicatedJobFair === true,
          budget: budgetOf(values),
          annualBudget: annual
        })
      : this.t("recruitmentPlan.routePending")
    return html`<section aria-labelledby="preview">
      <h3 id="preview">${this.t("recruitmentPlan.preview")}</h3>
      <div role="status">
        <dl part="preview">
          <dt>${this.t("recruitmentPlan.recruitingStart")}</dt>
          <dd part="recruiting-start">${timing}</dd>
          <dt>${this.t("recruitmentPlan.approver")}</dt>
          <dd part="route">${route}</dd>
        </dl>
      </div>
    </section>`
  }

  private renderForm(): TemplateResult {
    return html`${this.renderPreview()}
      <fd-form
        .schema=${planFieldsFor(this.budgetChannels)}
        .submitLabel=${this.plan === undefined ? "recruitmentPlan.create" : "recruitmentPlan.update"}
        @fd-submit=${this.onSubmit}
        @input=${() => this.refreshPreview()}
        @change=${() => this.refreshPreview()}
        @fd-step=${() => this.refreshPreview()}
      ></fd-form>`
  }

  private renderCosts(plan: Plan.Record): TemplateResult {
    const data = plan.data
    const used = Plan.channels.filter(
      (c) => data.budget.some((l) => l.channel === c) || data.spending.some((l) => l.channel === c)
    )
    const row = (label: string, budget: Field.Money, spent: Field.Money, header = false) => {
      const over = spent.amount > budget.amount
      return html`<tr class=${header ? "total" : ""}>
        <th scope="row">${label}</th>
        <td class="number">${this.money(budget)}</td>
        <td class="number">${this.money(spent)}</td>
        <td>${
          over
            ? html`<span part="over" class="flag" data-tone="danger"
                ><span aria-hidden="true">✕</span>${this.t("recruitmentPlan.over")}</span
              >`
            : html`<span class="flag" data-tone="success"><span aria-hidden="true">✓</span>${this.t("recruitmentPlan.within")}</span>`
        }</td>
      </tr>`
    }
    const currency = data.annualBudget.currency
    return html`<table part="costs">
      <caption>${this.t("recruitmentPlan.costs")}</caption>
      <thead>
        <tr>
          <th scope="col">${this.t("recruitmentPlan.channel")}</th>
          <th scope="col" class="number">${this.t("recruitmentPlan.budget")}</th>
          <th scope="col" class="number">${this.t("recruitmentPlan.spent")}</th>
          <th scope="col">${this.t("recruitmentPlan.against")}</th>
        </tr>
      </thead>
      <tbody>
        ${used.map((channel) =>
          row(
            this.t(Plan.channelLabel(channel)),
            Field.money(Plan.total(data.budget.filter((l) => l.channel === channel)).amount, currency),
            Field.money(Plan.total(data.spending.filter((l) => l.channel === channel)).amount, currency)
          )
        )}
      </tbody>
      <tfoot>
        ${row(
          this.t("recruitmentPlan.total"),
          Field.money(data.cost.amount, currency),
          Field.money(Plan.total(data.spending).amount, currency),
          true
        )}
      </tfoot>
    </table>`
  }

  private renderPlan(plan: Plan.Record): TemplateResult {
    const data = plan.data
    const list = (channels: ReadonlyArray<Plan.Channel>) =>
      channels.map((c) => this.t(Plan.channelLabel(c))).join(this.locale === "zh-CN" ? "、" : ", ")
    const actor = this.currentActor
    const canEdit =
      actor !== undefined &&
      Workflow.availableCommands(this.workflow, plan, actor).some((c) => c.name === "edit")
    return html`<section aria-labelledby="plan">
      <h3 id="plan">${this.t("recruitmentPlan.plan")}</h3>
      <dl part="plan">
        <dt>${this.t("recruitmentPlan.stateLabel")}</dt>
        <dd>${stateLabel(this.workflow, plan.state, this.locale)}</dd>
        <dt>${this.t("recruitment.plan.field.headcount")}</dt>
        <dd>${data.headcount}</dd>
        <dt>${this.t("recruitment.plan.field.criteria")}</dt>
        <dd>${data.criteria}</dd>
        <dt>${this.t("recruitment.plan.field.targetGroup")}</dt>
        <dd>${data.targetGroup}</dd>
        <dt>${this.t("recruitment.plan.field.channels")}</dt>
        <dd>${list(data.channels)}</dd>
        <dt>${this.t("recruitmentPlan.recruitingStart")}</dt>
        <dd part="recruiting-start">${this.t("recruitmentPlan.timing", {
          start: data.recruitingStart,
          wanted: data.wantedStart,
          days: data.preparationDays
        })}</dd>
        <dt>${this.t("recruitment.plan.field.dedicatedJobFair")}</dt>
        <dd>${this.t(data.dedicatedJobFair === true ? "requisitions.yes" : "requisitions.no")}</dd>
        <dt>${this.t("recruitmentPlan.cost")}</dt>
        <dd>${this.money(data.cost)}</dd>
        <dt>${this.t("recruitment.plan.field.annualBudget")}</dt>
        <dd>${this.money(data.annualBudget)}</dd>
        <dt>${this.t("recruitmentPlan.approver")}</dt>
        <dd part="route">${this.routeText(data)}</dd>
      </dl>
      ${this.renderCosts(plan)}
      <h3 id="plan-commands">${this.t("recruitmentPlan.commands")}</h3>
      <div role="group" aria-labelledby="plan-commands">
        ${
          canEdit
            ? html`<button
                type="button"
                aria-expanded=${String(this.editing)}
                @click=${() => {
                  this.editing = !this.editing
                  this.prefillPending = this.editing
                  this.saved = false
                }}
              >
                ${this.t(this.editing ? "recruitmentPlan.closeEdit" : "recruitmentPlan.edit")}
              </button>`
            : nothing
        }
        <fd-commands part="commands" .workflow=${withoutEdit(this.workflow)} .record=${plan}></fd-commands>
      </div>
      ${this.editing && canEdit ? this.renderForm() : nothing}
    </section>`
  }

  private renderBody(requisition: Requisition.Record): unknown {
    if (this.plan !== undefined) return this.renderPlan(this.plan)
    if (requisition.state !== "approved" && requisition.state !== "recruiting")
      return html`<p part="notice" class="note" role="status">
        ${this.t("recruitmentPlan.notApproved", {
          state: stateLabel(this.requisitionWorkflow, requisition.state, this.locale)
        })}
      </p>`
    return html`${this.renderAdvice()} ${this.renderForm()}`
  }

  protected override render(): unknown {
    const requisition = this.requisition
    const error = html`<div part="error" role="alert">${
      this.refusal === undefined
        ? nothing
        : refusalTexts(this.refusal, this.locale).map((text) => html`<p>${text}</p>`)
    }</div>`
    if (this.status === "missing")
      return html`<p part="notice" class="note" role="status">
        ${this.t("requisitions.notFound", { id: this.requisitionId ?? "" })}
      </p>`
    if (requisition === undefined)
      return html`<p part="notice" class="muted" role="status">${this.t("requisitions.loading")}</p>${error}`
    const data = requisition.data
    return html`<section aria-labelledby="heading">
      <h2 part="heading" id="heading">
        ${this.t("recruitmentPlan.title", { position: data.position, department: data.department })}
      </h2>
      <p part="requisition">
        ${this.t("recruitmentPlan.requisition", {
          headcount: data.headcount,
          level: this.t(`recruitment.level.${data.level}`),
          date: data.wantedStart,
          state: stateLabel(this.requisitionWorkflow, requisition.state, this.locale)
        })}
      </p>
      ${this.renderBody(requisition)}
      ${error}
      ${
        this.saved
          ? html`<p part="saved" class="note" data-tone="success" role="status">
              <span aria-hidden="true">✓</span>${this.t("recruitmentPlan.saved")}
            </p>`
          : nothing
      }
    </section>`
  }
}

declare global {
  /** Typed listeners: `plan.addEventListener("fd-plan-saved", (e) => e.detail.record)`. */
  interface HTMLElementEventMap {
    "fd-plan-saved": CustomEvent<PlanSavedDetail>
  }
}
