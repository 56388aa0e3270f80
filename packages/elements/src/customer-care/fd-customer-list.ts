/**
 * `fd-customer-list`: the customers on file, and for a supervisor their sorting, balanced
 * assignment and reassignment.
 */
import { Actor, type Calendar, Deadline, Input, Messages, Personal, Rules, Workflow } from "@frontdesk/domain"
import { Assignment, Customer, Roles } from "@frontdesk/domain/customer-care"
import { customerCareTexts, elementsCallbacksTexts } from "@frontdesk/domain/messages"
import { html, nothing, type TemplateResult } from "lit"
import { property, state } from "lit/decorators.js"
import type { CommandEventDetail } from "../common/fd-commands.js"
import { FrontdeskElement } from "../common/frontdesk-element.js"
import { refusalTexts } from "../common/refusal.js"
import { CollectionWatcher, canQuery, readAll } from "../internal/desk-reader.js"
import { styles } from "./callbacks.styles.js"
import { deadlineCell, defaultCalendar, ListClock, label } from "./shared.js"

Messages.register(elementsCallbacksTexts)
Messages.register(customerCareTexts)

/** The most customers the list reads. */
export const maxCustomers = 2000

/** The row action open: its command and the record it is for. */
interface Open {
  readonly id: string
  readonly command: "sort" | "reassign"
}

/** A refusal's findings by input field, the rest kept as the error to show. */
const fieldFindings = (error: unknown): ReadonlyMap<string, Messages.Message> => {
  const found = new Map<string, Messages.Message>()
  const findings =
    error instanceof Rules.RuleViolated
      ? error.violations.map((v) => ({ path: v.path ?? [], message: v.message }))
      : error instanceof Input.InvalidInput
        ? error.issues
        : []
  for (const finding of findings) {
    const name = finding.path[0]
    if (typeof name === "string" && !found.has(name)) found.set(name, finding.message)
  }
  return found
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Lists the customers on file (collection `customers`): name, mobile number masked, membership,
 * category and its custodian, the assigned specialist, the state, and the first-contact deadline
 * (within a week of assignment) in words, a symbol and a colour. Ordered by category, then
 * custodian.
 *
 * For a supervisor, as the workflow allows:
 * - **sort** a collected customer: its category and the custodian of that category;
 * - **assign new customers** (sorted, not yet assigned) in one go with `Assignment.assign` over
 *   `specialists` (their capacity and skills, their current customers counted as load): every
 *   choice is shown with its explanation, and customers no one can take with the reason, before
 *   the supervisor confirms;
 * - **reassign** one customer to another specialist.
 *
 * Commands run through the desk; a refusal is shown inline in the page's language, next to the
 * row or the assignment it concerns, and what was typed stays. Escape closes an open row form.
 *
 * @summary Customers with their custodian, specialist and first-contact deadline; sorting and balanced assignment.
 * @tagname fd-customer-list
 *
 * @fires fd-command - After each command succeeded; `detail: { command, record }` with the stored record.
 *
 * @csspart table - The table of customers.
 * @csspart row - One customer's row.
 * @csspart action - A row's sort or reassign button.
 * @csspart row-form - The open form of a row's action.
 * @csspart plan - The proposed assignment, shown before confirming.
 * @csspart plan-button - The button that proposes an assignment.
 * @csspart confirm - The button that confirms the assignment.
 * @csspart error - A refusal, announced as an alert.
 * @csspart status - What was done, announced as a status.
 * @csspart empty - The text shown when there are no customers.
 *
 * @cssproperty --fd-color-border - Row lines and panels.
 * @cssproperty --fd-color-danger - Overdue deadlines and refusals.
 * @cssproperty --fd-color-primary - Buttons.
 *
 * @example
 * ```html
 * <fd-provider>
 *   <fd-customer-list></fd-customer-list>
 * </fd-provider>
 * <script type="module">
 *   document.querySelector("fd-customer-list").specialists = [
 *     { id: "u-1", name: "王芳", capacity: 1.5, skills: ["家电"] },
 *     { id: "u-3", name: "赵敏", capacity: 1, skills: ["家电", "汽车"] }
 *   ]
 * </script>
 * ```
 * @category elements
 * @since 0.1.0
 */
export class FdCustomerList extends FrontdeskElement {
  /** Table, deadline colours, panels and buttons, themed by `--fd-*` tokens. */
  static override styles = styles

  /** The specialists customers are assigned to, with their capacity factor and category skills. */
  @property({ attribute: false }) specialists: ReadonlyArray<Assignment.Specialist> = []

  /** The customer workflow; `Customer.workflow` when unset. */
  @property({ attribute: false }) workflow: Workflow.Any = Customer.workflow as unknown as Workflow.Any

  /** The customer policy the first-contact deadline is shown on; the procedure's when unset. */
  @property({ attribute: false }) policy: Partial<Customer.Policy> = {}

  /** The moment to judge deadlines at; unset, the clock, re-read every minute. */
  @property({ attribute: false }) now: Date | string | number | undefined

  /** The business calendar; the Chinese mainland calendar when unset. */
  @property({ attribute: false }) calendar: Calendar.Calendar | undefined

  /** The customers shown, in list order. */
  @state() items: ReadonlyArray<Workflow.Record<Customer.Customer>> = []

  /** The assignment proposed and waiting for confirmation. */
  @state() plan: Assignment.Result | undefined

  @state() private open: Open | undefined
  @state() private rowIssues: ReadonlyMap<string, Messages.Message> = new Map()
  @state() private rowRefusal: unknown
  @state() private planRefusals: ReadonlyMap<string, unknown> = new Map()
  @state() private running = false
  @state() private done: Messages.Message | undefined
  @state() private failed: unknown

  private readonly clock = new ListClock(this)

  private readonly watcher = new CollectionWatcher(this, {
    desk: () => this.currentDesk,
    collections: () => ["customers"],
    load: async (desk, isLatest) => {
      if (!canQuery(desk)) {
        this.items = []
        return
      }
      try {
        const all = (await readAll(
          desk,
          "customers",
          { index: "id", order: "asc" },
          maxCustomers
        )) as ReadonlyArray<Workflow.Record<Customer.Customer>>
        if (!isLatest()) return
        this.items = [...all].sort(
          (a, b) =>
            byText(a.data.category, b.data.category) ||
            byText(a.data.custodian ?? "\uffff", b.data.custodian ?? "\uffff") ||
            byText(a.id, b.id)
        )
        this.failed = undefined
      } catch (error) {
        if (isLatest()) this.failed = error
      }
    }
  })

  /** Reads the customers from the desk again. Resolves once they are rendered. */
  reload(): Promise<void> {
    return this.watcher.reload()
  }

  private get isSupervisor(): boolean {
    const actor = this.currentActor
    return actor !== undefined && Actor.hasAnyRole(actor, [Roles.supervisor])
  }

  private nameOf(id: string | undefined): string {
    if (id === undefined) return this.t("customerList.none")
    return this.specialists.find((s) => s.id === id)?.name ?? id
  }

  private may(record: Workflow.Record<Customer.Customer>, command: string): boolean {
    const actor = this.currentActor
    return (
      actor !== undefined &&
      Workflow.availableCommands(this.workflow, record, actor).some((c) => c.name === command)
    )
  }

  /** The customers waiting for assignment: sorted, no specialist yet. */
  get waiting(): ReadonlyArray<Workflow.Record<Customer.Customer>> {
    return this.items.filter((record) => this.may(record, "assign"))
  }

  /** Proposes a balanced assignment of the waiting customers; nothing runs until `confirm`. */
  propose(): Assignment.Result {
    const load = new Map<string, number>()
    for (const record of this.items) {
      const held = record.data.specialist
      if (held !== undefined && (record.state === "assigned" || record.state === "contacted"))
        load.set(held, (load.get(held) ?? 0) + 1)
    }
    const specialists = this.specialists.map((s) => ({ ...s, load: (s.load ?? 0) + (load.get(s.id) ?? 0) }))
    const plan = Assignment.assign(
      specialists,
      this.waiting.map((record) => ({ id: record.id, category: record.data.category }))
    )
    this.plan = plan
    this.planRefusals = new Map()
    this.done = undefined
    return plan
  }

  /** Runs `assign` for every proposed choice; refused ones stay in the plan with their reason. */
  async confirm(): Promise<void> {
    const desk = this.currentDesk
    const actor = this.currentActor
    const plan = this.plan
    if (desk === undefined || actor === undefined || plan === undefined || this.running) return
    this.running = true
    const refusals = new Map<string, unknown>()
    const left: Array<Assignment.Choice> = []
    let assigned = 0
    try {
      for (const choice of plan.assignments) {
        try {
          const stored = (await desk.run(
            this.workflow,
            choice.customerId,
            "assign",
            // The explanation goes into the history in the language of whoever confirmed it.
            { specialist: choice.specialistId, reason: Messages.render(choice.reason, this.locale) },
            actor
          )) as Workflow.Record<unknown>
          assigned++
          this.emit("assign", stored)
        } catch (error) {
          refusals.set(choice.customerId, error)
          left.push(choice)
        }
      }
    } finally {
      this.running = false
    }
    this.planRefusals = refusals
    this.plan = left.length === 0 && plan.unassigned.length === 0 ? undefined : { ...plan, assignments: left }
    this.done = { code: "customerList.assigned", params: { count: assigned } }
    await this.reload()
  }

  private emit(command: string, record: Workflow.Record<unknown>): void {
    this.dispatchEvent(
      new CustomEvent<CommandEventDetail>("fd-command", {
        detail: { command, record },
        bubbles: true,
        composed: true
      })
    )
  }

  private async openAction(id: string, command: Open["command"]): Promise<void> {
    this.open = this.open?.id === id && this.open.command === command ? undefined : { id, command }
    this.rowIssues = new Map()
    this.rowRefusal = undefined
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>("[part~=row-form] input, [part~=row-form] select")?.focus()
  }

  private async closeAction(): Promise<void> {
    const open = this.open
    this.open = undefined
    this.rowIssues = new Map()
    this.rowRefusal = undefined
    await this.updateComplete
    if (open !== undefined)
      this.renderRoot
        .querySelector<HTMLElement>(`[data-id="${CSS.escape(open.id)}"] [data-command="${open.command}"]`)
        ?.focus()
  }

  private async runRow(
    event: SubmitEvent,
    record: Workflow.Record<Customer.Customer>,
    command: Open["command"]
  ): Promise<void> {
    event.preventDefault()
    const desk = this.currentDesk
    const actor = this.currentActor
    if (desk === undefined || actor === undefined || this.running) return
    const input: Record<string, string> = {}
    for (const [name, value] of new FormData(event.currentTarget as HTMLFormElement)) {
      if (typeof value === "string" && value.trim() !== "") input[name] = value.trim()
    }
    this.running = true
    this.rowRefusal = undefined
    this.rowIssues = new Map()
    try {
      const stored = (await desk.run(
        this.workflow,
        record.id,
        command,
        input,
        actor
      )) as Workflow.Record<unknown>
      this.open = undefined
      this.emit(command, stored)
      await this.reload()
    } catch (error) {
      const issues = fieldFindings(error)
      this.rowIssues = issues
      this.rowRefusal = issues.size === 0 ? error : undefined
    } finally {
      this.running = false
    }
  }

  private renderDeadline(
    record: Workflow.Record<Customer.Customer>,
    now: number,
    calendar: Calendar.Calendar
  ): unknown {
    const tracker = record.deadlines?.[Customer.firstContactDeadline]
    if (tracker === undefined) return html`<span class="muted">${this.t("customerList.none")}</span>`
    const description = Deadline.describe(Customer.firstContactPolicy(this.policy), tracker, now, calendar)
    return deadlineCell(description, this.locale, this.currentTimeZone)
  }

  private renderInput(
    name: string,
    text: string,
    control: (describedBy: string | typeof nothing, invalid: "true" | typeof nothing) => TemplateResult
  ): TemplateResult {
    const issue = this.rowIssues.get(name)
    const id = `issue-${name}`
    return html`<label
      >${text}
      ${control(issue === undefined ? nothing : id, issue === undefined ? nothing : "true")}
      ${issue === undefined ? nothing : html`<span id=${id} class="issue">${Messages.render(issue, this.locale)}</span>`}
    </label>`
  }

  private specialistSelect(name: string, current: string | undefined, skill?: string): TemplateResult {
    return this.renderInput(
      name,
      label(
        name === "custodian" ? "customerCare.customer.custodian" : "customerCare.customer.specialist",
        this.locale
      ),
      (
        describedBy,
        invalid
      ) => html`<select name=${name} aria-describedby=${describedBy} aria-invalid=${invalid}>
        <option value="">${this.t("customerList.choose")}</option>
        ${this.specialists
          .filter((s) => skill === undefined || s.skills.includes(skill))
          .map((s) => html`<option value=${s.id} ?selected=${s.id === current}>${s.name ?? s.id}</option>`)}
      </select>`
    )
  }

  private renderRowForm(
    record: Workflow.Record<Customer.Customer>,
    command: Open["command"]
  ): TemplateResult {
    const name = record.data.name
    return html`<tr class="editing">
      <td colspan="9">
        <form
          part="row-form"
          class="panel"
          novalidate
          aria-label=${this.t(command === "sort" ? "customerList.sortOf" : "customerList.reassignOf", { name })}
          @submit=${(event: SubmitEvent) => void this.runRow(event, record, command)}
          @keydown=${(event: KeyboardEvent) => {
            if (event.key === "Escape") {
              event.preventDefault()
              void this.closeAction()
            }
          }}
        >
          ${
            command === "sort"
              ? html`${this.renderInput(
                  "category",
                  label("customerCare.customer.category", this.locale),
                  (describedBy, invalid) =>
                    html`<input name="category" .value=${record.data.category} aria-describedby=${describedBy}
                      aria-invalid=${invalid} />`
                )}
                ${this.specialistSelect("custodian", record.data.custodian)}`
              : html`${this.specialistSelect("specialist", record.data.specialist, record.data.category)}
                ${this.renderInput(
                  "reason",
                  label("customerCare.customer.reason", this.locale),
                  (describedBy, invalid) =>
                    html`<input name="reason" aria-describedby=${describedBy} aria-invalid=${invalid} />`
                )}`
          }
          <div part="error" role="alert">${
            this.rowRefusal === undefined
              ? nothing
              : refusalTexts(this.rowRefusal, this.locale).map((line) => html`<p>${line}</p>`)
          }</div>
          <div class="actions">
            <button class="primary" type="submit" aria-disabled=${this.running ? "true" : nothing}>
              ${this.running ? this.t("customerList.running") : this.t("customerList.save")}
            </button>
            <button type="button" @click=${() => void this.closeAction()}>${this.t("customerList.cancel")}</button>
          </div>
        </form>
      </td>
    </tr>`
  }

  private renderRow(
    record: Workflow.Record<Customer.Customer>,
    now: number,
    calendar: Calendar.Calendar
  ): unknown {
    const locale = this.locale
    const data = record.data
    const actions = (["sort", "reassign"] as const).filter((command) => this.may(record, command))
    const open = this.open?.id === record.id ? this.open.command : undefined
    return html`<tr part="row" data-id=${record.id}>
        <th scope="row">${data.name}</th>
        <td class="phone">${Personal.maskMobile(data.mobile)}</td>
        <td>${label(`customerCare.membership.${data.membership}`, locale)}</td>
        <td>${data.category}</td>
        <td>${data.custodian === undefined ? this.t("customerList.none") : this.nameOf(data.custodian)}</td>
        <td>${data.specialist === undefined ? this.t("customerList.unassigned") : this.nameOf(data.specialist)}</td>
        <td>${label(`customerCare.customer.state.${record.state}` as Messages.Code, locale)}</td>
        <td>${this.renderDeadline(record, now, calendar)}</td>
        <td>
          ${actions.map(
            (command) => html`<button
              part="action"
              type="button"
              data-command=${command}
              aria-expanded=${String(open === command)}
              aria-label=${this.t(command === "sort" ? "customerList.sortOf" : "customerList.reassignOf", {
                name: data.name
              })}
              @click=${() => void this.openAction(record.id, command)}
            >
              ${this.t(command === "sort" ? "customerList.sort" : "customerList.reassign")}
            </button>`
          )}
        </td>
      </tr>
      ${open === undefined ? nothing : this.renderRowForm(record, open)}`
  }

  private renderPlan(plan: Assignment.Result): TemplateResult {
    const locale = this.locale
    const nameOfCustomer = (id: string) => this.items.find((r) => r.id === id)?.data.name ?? id
    const empty = plan.assignments.length === 0 && plan.unassigned.length === 0
    return html`<section part="plan" class="panel" aria-labelledby="plan-title">
      <h3 id="plan-title">${this.t("customerList.planTitle")}</h3>
      ${
        empty
          ? html`<p>${this.t(this.specialists.length === 0 ? "customerList.planNoSpecialists" : "customerList.planEmpty")}</p>`
          : html`<ol class="choices">
              ${plan.assignments.map((choice) => {
                const refusal = this.planRefusals.get(choice.customerId)
                return html`<li data-customer=${choice.customerId}>
                  <strong>${nameOfCustomer(choice.customerId)}</strong> → ${this.nameOf(choice.specialistId)}
                  <div class="muted">${Messages.render(choice.reason, locale)}</div>
                  ${
                    refusal === undefined
                      ? nothing
                      : html`<div role="alert">${refusalTexts(refusal, locale).map(
                          (line) =>
                            html`<p>${this.t("customerList.refusedFor", { name: nameOfCustomer(choice.customerId), reason: line })}</p>`
                        )}</div>`
                  }
                </li>`
              })}
            </ol>
            ${
              plan.unassigned.length === 0
                ? nothing
                : html`<h4>${this.t("customerList.notPlaced")}</h4>
                    <ul class="unassigned">
                      ${plan.unassigned.map(
                        (u) =>
                          html`<li data-customer=${u.customerId}>
                            <strong>${nameOfCustomer(u.customerId)}</strong>: ${Messages.render(u.reason, locale)}
                          </li>`
                      )}
                    </ul>`
            }`
      }
      <div class="actions">
        ${
          plan.assignments.length === 0
            ? nothing
            : html`<button part="confirm" class="primary" type="button" aria-disabled=${this.running ? "true" : nothing}
                @click=${() => void this.confirm()}>
                ${this.running ? this.t("customerList.assigning") : this.t("customerList.confirm", { count: plan.assignments.length })}
              </button>`
        }
        <button type="button" @click=${() => {
          this.plan = undefined
        }}>${this.t("customerList.cancel")}</button>
      </div>
    </section>`
  }

  protected override render(): unknown {
    const now = this.clock.now
    const calendar = this.calendar ?? defaultCalendar()
    return html`
      ${
        this.isSupervisor
          ? html`<div class="actions">
              <button part="plan-button" type="button" aria-expanded=${String(this.plan !== undefined)}
                @click=${() => void this.propose()}>${this.t("customerList.plan")}</button>
            </div>`
          : nothing
      }
      <div part="status" role="status">${this.done === undefined ? nothing : html`<p>${Messages.render(this.done, this.locale)}</p>`}</div>
      ${this.plan === undefined ? nothing : this.renderPlan(this.plan)}
      <div part="error" role="alert">${
        this.failed === undefined ? nothing : html`<p>${this.t("customerList.loadFailed")}</p>`
      }</div>
      ${
        this.items.length === 0
          ? html`<p part="empty">${this.t("customerList.empty")}</p>`
          : html`<table part="table">
              <caption>${this.t("customerList.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">${this.t("customerCare.customer.name")}</th>
                  <th scope="col">${this.t("customerCare.customer.mobile")}</th>
                  <th scope="col">${this.t("customerCare.customer.membership")}</th>
                  <th scope="col">${this.t("customerCare.customer.category")}</th>
                  <th scope="col">${this.t("customerCare.customer.custodian")}</th>
                  <th scope="col">${this.t("customerCare.customer.specialist")}</th>
                  <th scope="col">${this.t("customerList.state")}</th>
                  <th scope="col">${this.t("customerList.firstContact")}</th>
                  <th scope="col">${this.t("customerList.actions")}</th>
                </tr>
              </thead>
              <tbody>
                ${this.items.map((record) => this.renderRow(record, now, calendar))}
              </tbody>
            </table>`
      }
    `
  }
}
