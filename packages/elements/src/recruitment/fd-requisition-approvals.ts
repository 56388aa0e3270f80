/**
 * `fd-requisition-approvals`: one staffing requisition, its approval chain and what the acting
 * person may do with it.
 */
import { Actor, type History, Messages, Workflow } from "@frontdesk/domain"
import { elementsRequisitionsTexts, recruitmentTexts } from "@frontdesk/domain/messages"
import { Requisition, Roles } from "@frontdesk/domain/recruitment"
import { html, nothing, type TemplateResult } from "lit"
import { property, state } from "lit/decorators.js"
import { formatDateTime } from "../common/format.js"
import { FrontdeskElement } from "../common/frontdesk-element.js"
import { refusalTexts } from "../common/refusal.js"
import { stateLabel } from "../common/workflow-labels.js"
import { CollectionWatcher } from "../internal/desk-reader.js"
import { withoutEdit } from "./requisition-format.js"
import { requisitionStyles } from "./requisitions.styles.js"

Messages.register(recruitmentTexts)
Messages.register(elementsRequisitionsTexts)

/**
 * What `fd-requisition-edit` carries: the draft the acting department head asked to edit.
 *
 * @example
 * ```ts
 * import type { RequisitionEditDetail } from "@frontdesk/elements"
 * import "@frontdesk/elements/define/fd-requisition-approvals.js"
 * document.querySelector("fd-requisition-approvals")!.addEventListener("fd-requisition-edit", (event) => {
 *   document.querySelector("fd-requisition-form")!.requisitionId = event.detail.record.id
 * })
 * ```
 * @category events
 * @since 0.1.0
 */
export interface RequisitionEditDetail {
  readonly record: Requisition.Record
}

/**
 * One step of the approval chain and where it stands: done (with who and when), waiting, not
 * reached yet, or stopped because the requisition was closed first.
 *
 * @example
 * ```ts
 * import type { ApprovalStep } from "@frontdesk/elements"
 * const step: ApprovalStep = { step: "review", roles: ["hrHead"], status: "waiting" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface ApprovalStep {
  readonly step: "sign" | "review" | "approve"
  readonly roles: ReadonlyArray<Actor.Role>
  readonly status: "done" | "waiting" | "notReached" | "stopped"
  readonly entry?: History.Entry | undefined
}

const stepCommands = { sign: "submit", review: "review", approve: "approve" } as const
/** The state in which each step is the one waiting. */
const waitingIn = { sign: "draft", review: "submitted", approve: "hrReviewed" } as const
const stopped: ReadonlyArray<string> = ["cancelled", "internalTransfer"]

/**
 * The approval chain of a requisition from its history: a send-back starts the chain again, so
 * only entries after the last one count.
 *
 * @example
 * ```ts
 * import { approvalSteps } from "@frontdesk/elements"
 * import { Requisition } from "@frontdesk/domain/recruitment"
 * declare const record: Requisition.Record
 * approvalSteps(record, [], Requisition.defaultApprovalChain).map((s) => s.status)
 * ```
 * @category models
 * @since 0.1.0
 */
export const approvalSteps = (
  record: Requisition.Record,
  history: ReadonlyArray<History.Entry>,
  chain: Requisition.ApprovalChain
): ReadonlyArray<ApprovalStep> => {
  const restart = history.findLastIndex((entry) => entry.command === "sendBack")
  const current = history.slice(restart + 1)
  const roles = {
    sign: [Roles.roles.departmentHead],
    review: chain.review[record.data.level],
    approve: chain.approve
  }
  return (["sign", "review", "approve"] as const).map((step): ApprovalStep => {
    const entry = current.findLast((e) => e.command === stepCommands[step])
    const status =
      entry !== undefined
        ? "done"
        : record.state === waitingIn[step]
          ? "waiting"
          : stopped.includes(record.state)
            ? "stopped"
            : "notReached"
    return { step, roles: roles[step], status, entry }
  })
}

const statusIcons = { done: "✓", waiting: "●", notReached: "○", stopped: "✕" } as const

const recruitmentRoles: ReadonlyArray<string> = Object.values(Roles.roles)
const isRecruitmentRole = (role: string): role is Roles.Role => recruitmentRoles.includes(role)

/**
 * Shows one requisition: what it asks for, its lead-time verdict (a late requisition is flagged
 * in words and with a symbol), the approval chain — signed by the department head, reviewed by
 * the HR head (the unit head for department-head positions), approved by the general manager, as
 * the configured chain says — with who did each step and when, the full history (`fd-timeline`),
 * and the commands the acting person may run now (`fd-commands`: inputs such as a reason are
 * asked inline; refusals, such as approving one's own request, are shown inline in the page's
 * language). When the acting person raised or signed the requisition, it says up front that they
 * cannot review or approve it.
 *
 * It reads the requisition and its history from the desk and follows its changes.
 *
 * @summary A requisition with its approval chain, history and commands.
 * @tagname fd-requisition-approvals
 *
 * @fires fd-requisition-edit - When the acting department head asks to edit the draft; `detail: { record }`.
 * @fires fd-command - From the inner `fd-commands`, after a command succeeded; `detail: { command, record }`.
 *
 * @csspart heading - The requisition's title.
 * @csspart state - The state in words.
 * @csspart late - The late flag.
 * @csspart facts - The list of what the requisition asks for.
 * @csspart chain - The ordered list of approval steps.
 * @csspart step - One approval step; `data-status` says where it stands.
 * @csspart own-request - The note that the acting person cannot approve their own request.
 * @csspart edit - The "edit the draft" button.
 * @csspart commands - The inner `fd-commands`.
 * @csspart timeline - The inner `fd-timeline`.
 * @csspart notice - Loading or "not found".
 * @csspart error - A load failure, announced as an alert.
 *
 * @cssproperty --fd-color-warning - Text of the late flag.
 * @cssproperty --fd-color-success - Text of a done step.
 * @cssproperty --fd-color-text-muted - Steps not reached yet.
 *
 * @example
 * ```html
 * <fd-provider>
 *   <fd-requisition-approvals requisition-id="rq-1"></fd-requisition-approvals>
 * </fd-provider>
 * ```
 * @category elements
 * @since 0.1.0
 */
export class FdRequisitionApprovals extends FrontdeskElement {
  /** Facts, chain, history and commands, themed by `--fd-*` tokens. */
  static override styles = requisitionStyles

  /** The requisition workflow (a host's `Requisition.make(config)`); the default chain otherwise. */
  @property({ attribute: false }) workflow: Workflow.Any = Requisition.workflow

  /** The approval chain the workflow was made with, to say who each step waits for. */
  @property({ attribute: false }) chain: Requisition.ApprovalChain = Requisition.defaultApprovalChain

  /** The requisition to show. */
  @property({ attribute: "requisition-id" }) requisitionId: string | undefined

  /** The requisition as last read from the desk. */
  @state() record: Requisition.Record | undefined
  @state() private history: ReadonlyArray<History.Entry> = []
  @state() private status: "loading" | "ready" | "missing" | "failed" = "loading"
  @state() private failure: unknown

  private readonly watcher = new CollectionWatcher(this, {
    desk: () => this.currentDesk,
    collections: () => [this.workflow.collection],
    load: async (desk, isLatest) => {
      const id = this.requisitionId
      if (id === undefined) return
      try {
        const [record, history] = await Promise.all([
          desk.get(this.workflow.collection, id) as Promise<Requisition.Record | undefined>,
          desk.history(this.workflow.collection, id)
        ])
        if (!isLatest() || id !== this.requisitionId) return
        this.record = record
        this.history = history
        this.status = record === undefined ? "missing" : "ready"
      } catch (error) {
        if (!isLatest()) return
        this.failure = error
        this.status = "failed"
      }
    }
  })

  /** Reads the requisition again; resolves once it is rendered. */
  reload(): Promise<void> {
    return this.watcher.reload()
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed)
    if (changed.has("requisitionId") && this.record?.id !== this.requisitionId) {
      this.record = undefined
      this.history = []
      this.status = "loading"
      if (this.currentDesk !== undefined) void this.watcher.reload()
    }
  }

  /** The approval steps of the requisition shown, or none before it is read. */
  get steps(): ReadonlyArray<ApprovalStep> {
    return this.record === undefined ? [] : approvalSteps(this.record, this.history, this.chain)
  }

  private roleNames(roles: ReadonlyArray<Actor.Role>): string {
    return roles
      .map((role) => (isRecruitmentRole(role) ? this.t(Roles.label(role)) : role))
      .join(this.t("requisitionApprovals.or"))
  }

  private fact(label: Messages.Label, value: unknown): TemplateResult | typeof nothing {
    if (value === undefined || value === "") return nothing
    return html`<dt>${this.t(label)}</dt>
      <dd>${value}</dd>`
  }

  private renderFacts(data: Requisition.Data): TemplateResult {
    const yesNo = (value: boolean | undefined) =>
      this.t(value === true ? "requisitions.yes" : "requisitions.no")
    return html`<h3 id="facts">${this.t("requisitionApprovals.facts")}</h3>
      <dl part="facts" aria-labelledby="facts">
        ${this.fact("requisitionApprovals.requestedBy", data.requestedByName)}
        ${this.fact("recruitment.requisition.field.reason", this.t(`recruitment.reason.${data.reason}`))}
        ${this.fact("recruitment.requisition.field.department", data.department)}
        ${this.fact("recruitment.requisition.field.position", data.position)}
        ${this.fact("recruitment.requisition.field.positionType", this.t(`recruitment.positionType.${data.positionType}`))}
        ${this.fact("recruitment.requisition.field.level", this.t(`recruitment.level.${data.level}`))}
        ${this.fact("recruitment.requisition.field.headcount", String(data.headcount))}
        ${this.fact("recruitment.requisition.field.jobDescription", data.jobDescription)}
        ${this.fact("recruitment.requisition.field.qualifications", data.qualifications)}
        ${this.fact("recruitment.requisition.field.duties", data.duties)}
        ${this.fact("recruitment.requisition.field.wantedStart", data.wantedStart)}
        ${this.fact(
          "requisitionApprovals.leadTime",
          this.t(data.late ? "requisitionApprovals.lateBy" : "requisitionApprovals.onTimeBy", {
            date: data.onTimeBy
          })
        )}
        ${this.fact("recruitment.requisition.field.juvenileSuitable", yesNo(data.juvenileSuitable))}
        ${this.fact("recruitment.requisition.field.criminalRecordBasis", data.criminalRecordBasis)}
        ${this.fact("recruitment.requisition.field.medicalRequirement", data.medicalRequirement)}
        ${this.fact("requisitionApprovals.closedNote", data.closedNote)}
      </dl>`
  }

  private renderStep(step: ApprovalStep): TemplateResult {
    const title =
      step.step === "sign"
        ? this.t("requisitionApprovals.step.sign")
        : this.t(`requisitionApprovals.step.${step.step}`, { roles: this.roleNames(step.roles) })
    const entry = step.entry
    return html`<li part="step" data-status=${step.status} data-step=${step.step}>
      <span class="icon" aria-hidden="true">${statusIcons[step.status]}</span>
      <span class="title">${title}</span>
      <strong class="status">${this.t(`requisitionApprovals.status.${step.status}`)}</strong>
      ${
        entry === undefined
          ? nothing
          : html`<span class="by">${this.t("requisitionApprovals.by", {
              name: entry.actor.name,
              time: formatDateTime(entry.at, this.locale, this.currentTimeZone)
            })}</span>`
      }
    </li>`
  }

  /** Whether to say up front that the acting person cannot decide on their own request. */
  private get ownRequest(): boolean {
    const record = this.record
    const actor = this.currentActor
    if (record === undefined || actor === undefined) return false
    if (record.state !== "submitted" && record.state !== "hrReviewed") return false
    const deciders = [...this.chain.review[record.data.level], ...this.chain.approve, ...Roles.hrStaff]
    return Requisition.isOwnRequest(record.data, actor) && Actor.hasAnyRole(actor, deciders)
  }

  private renderEdit(record: Requisition.Record): unknown {
    const actor = this.currentActor
    if (actor === undefined) return nothing
    const canEdit = Workflow.availableCommands(this.workflow, record, actor).some((c) => c.name === "edit")
    if (!canEdit) return nothing
    return html`<button
      part="edit"
      type="button"
      @click=${() =>
        this.dispatchEvent(
          new CustomEvent<RequisitionEditDetail>("fd-requisition-edit", {
            detail: { record },
            bubbles: true,
            composed: true
          })
        )}
    >
      ${this.t("requisitionApprovals.edit")}
    </button>`
  }

  private renderRecord(record: Requisition.Record): TemplateResult {
    const data = record.data
    const workflow = this.workflow
    return html`<header>
        <h2 part="heading" id="heading">
          ${this.t("requisitionApprovals.title", { position: data.position, department: data.department })}
        </h2>
        <p>
          <span part="state">${this.t("requisitionApprovals.state", {
            state: stateLabel(workflow, record.state, this.locale)
          })}</span>
          ${
            data.late
              ? html`<span part="late" class="flag" data-tone="warning"
                  ><span aria-hidden="true">⚠</span>${this.t("requisitions.late")}</span
                >`
              : nothing
          }
        </p>
      </header>
      ${this.renderFacts(data)}
      <h3 id="chain">${this.t("requisitionApprovals.chain")}</h3>
      <ol part="chain" class="chain" aria-labelledby="chain">
        ${this.steps.map((step) => this.renderStep(step))}
      </ol>
      <h3 id="commands">${this.t("requisitionApprovals.commands")}</h3>
      ${
        this.ownRequest
          ? html`<p part="own-request" class="note" data-tone="warning">
              <span aria-hidden="true">⚠</span>${this.t("requisitionApprovals.ownRequest")}
            </p>`
          : nothing
      }
      <div role="group" aria-labelledby="commands">
        ${this.renderEdit(record)}
        <fd-commands part="commands" .workflow=${withoutEdit(workflow)} .record=${record}></fd-commands>
      </div>
      <h3 id="history">${this.t("requisitionApprovals.history")}</h3>
      <fd-timeline
        part="timeline"
        aria-labelledby="history"
        collection=${workflow.collection}
        record-id=${record.id}
        .workflow=${workflow}
      ></fd-timeline>`
  }

  protected override render(): unknown {
    const record = this.record
    if (this.status === "failed")
      return html`<div part="error" role="alert">${refusalTexts(this.failure, this.locale).map(
        (text) => html`<p>${this.t("requisitions.loadFailed", { reason: text })}</p>`
      )}</div>`
    if (this.status === "missing")
      return html`<p part="notice" class="note" role="status">
        ${this.t("requisitions.notFound", { id: this.requisitionId ?? "" })}
      </p>`
    if (record === undefined)
      return html`<p part="notice" class="muted" role="status">${this.t("requisitions.loading")}</p>`
    return html`<section aria-labelledby="heading">${this.renderRecord(record)}</section>`
  }
}

declare global {
  /** Typed listeners: `el.addEventListener("fd-requisition-edit", (e) => e.detail.record)`. */
  interface HTMLElementEventMap {
    "fd-requisition-edit": CustomEvent<RequisitionEditDetail>
  }
}
