/**
 * `fd-deadline-badge`: where one deadline stands (正常 / 即将到期 / 已逾期 / 已完成).
 */
import { Calendar, Deadline, Messages } from "@frontdesk/domain"
import { elementsCommonTexts, kernelTexts } from "@frontdesk/domain/messages"
import { html, nothing, type PropertyValues } from "lit"
import { property, state } from "lit/decorators.js"
import { styles } from "./fd-deadline-badge.styles.js"
import { formatDateTime } from "./format.js"
import { FrontdeskElement } from "./frontdesk-element.js"

Messages.register(elementsCommonTexts)
Messages.register(kernelTexts)

const statusCodes = {
  "on-track": "state.onTrack",
  "due-soon": "state.dueSoon",
  overdue: "state.overdue",
  met: "state.met"
} as const satisfies { readonly [S in Deadline.Status]: Messages.Code }

// A shape as well as a colour for each status, so it is never told by colour alone.
const statusIcons = { "on-track": "●", "due-soon": "▲", overdue: "✕", met: "✓" } as const satisfies {
  readonly [S in Deadline.Status]: string
}

/**
 * A record carrying deadline trackers by name, as a workflow keeps them.
 *
 * @example
 * ```ts
 * import type { RecordWithDeadlines } from "@frontdesk/elements"
 * const record: RecordWithDeadlines = {
 *   deadlines: { callback: { startedAt: "2026-03-02T01:00:00.000Z", dueAt: "2026-03-05T15:59:59.999Z" } }
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface RecordWithDeadlines {
  readonly deadlines?: { readonly [name: string]: Deadline.Tracker } | undefined
}

/**
 * A workflow declaring deadline policies by name.
 *
 * @example
 * ```ts
 * import { Deadline } from "@frontdesk/domain"
 * import type { WorkflowWithDeadlines } from "@frontdesk/elements"
 * const policy = Deadline.make({
 *   id: "callback", start: "created", met: { commands: ["complete"] }, duration: Deadline.workingDays(3)
 * })
 * const workflow: WorkflowWithDeadlines = { deadlines: [{ name: "callback", policy }] }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface WorkflowWithDeadlines {
  readonly deadlines: ReadonlyArray<{ readonly name: string; readonly policy: Deadline.Policy }>
}

/** How often the badge re-reads the clock when no `now` is given. */
export const tickMs = 60_000

let mainland: Calendar.Calendar | undefined
const defaultCalendar = (): Calendar.Calendar => {
  mainland ??= Calendar.cnMainland()
  return mainland
}

/**
 * Shows where a deadline stands: on track, due soon, overdue or met, in words, a symbol and a
 * colour; how long is left (or how late it is); and the due time in the organisation's time
 * zone. When the due time needs calendar data that is not loaded yet, the time shown is a
 * Monday–Friday estimate and the badge says it is provisional and why.
 *
 * Give it `policy` and `tracker`, or a `record` and the deadline's `name` (the policy is then
 * taken from `workflow`). It re-reads the clock every minute unless `now` is set.
 *
 * @summary A deadline's status in words and colour, with its due time.
 * @tagname fd-deadline-badge
 *
 * @csspart badge - The badge box.
 * @csspart icon - The status symbol (hidden from assistive technology; the words say the same).
 * @csspart status - The status in words; the only live region, so a screen reader hears status changes, not each minute of the time left.
 * @csspart detail - Time left or how late, or how it was met.
 * @csspart due - The due time, a `<time>` element.
 * @csspart provisional - The note that the due time is an estimate, with the reason.
 *
 * @cssproperty --fd-color-success - Text and border when on track.
 * @cssproperty --fd-color-success-surface - Background when on track.
 * @cssproperty --fd-color-warning - Text and border when due soon.
 * @cssproperty --fd-color-warning-surface - Background when due soon.
 * @cssproperty --fd-color-danger - Text and border when overdue.
 * @cssproperty --fd-color-danger-surface - Background when overdue.
 * @cssproperty --fd-color-neutral - Text and border when met or without a deadline.
 * @cssproperty --fd-color-neutral-surface - Background when met or without a deadline.
 * @cssproperty --fd-radius - Corner radius.
 * @cssproperty --fd-space-xs - Inner spacing.
 * @cssproperty --fd-font-size-small - Size of the due time and the provisional note.
 *
 * @example
 * ```ts
 * import type { Workflow } from "@frontdesk/domain"
 * import "@frontdesk/elements/define/fd-deadline-badge.js"
 * declare const callbackWorkflow: Workflow.Any
 * declare const record: Workflow.Record<unknown>
 * const badge = document.createElement("fd-deadline-badge")
 * badge.workflow = callbackWorkflow
 * badge.record = record
 * badge.name = "callback"
 * ```
 * @category elements
 * @since 0.1.0
 */
export class FdDeadlineBadge extends FrontdeskElement {
  /** One colour per status (on track, due soon, overdue), themed by `--fd-*` tokens. */
  static override styles = styles

  /** The deadline policy; when unset, looked up by `name` in `workflow`. */
  @property({ attribute: false }) policy: Deadline.Policy | undefined

  /** The deadline's tracker; when unset, read from `record.deadlines[name]`. */
  @property({ attribute: false }) tracker: Deadline.Tracker | undefined

  /** A record whose deadline `name` to show. */
  @property({ attribute: false }) record: RecordWithDeadlines | undefined

  /** The name of the deadline on `record` and in `workflow`. */
  @property() name: string | undefined

  /** The workflow that declares the deadline, to find its policy by `name`. */
  @property({ attribute: false }) workflow: WorkflowWithDeadlines | undefined

  /** The moment to judge at; unset, the badge follows the clock, re-read every minute. */
  @property({ attribute: false }) now: Date | string | number | undefined

  /** The business calendar; the Chinese mainland calendar when unset. */
  @property({ attribute: false }) calendar: Calendar.Calendar | undefined

  /** The status shown, reflected so a page can style by it; absent when there is no deadline. */
  @property({ reflect: true }) status: Deadline.Status | undefined

  @state() private clock = Date.now()
  private timer: ReturnType<typeof setInterval> | undefined

  override connectedCallback(): void {
    super.connectedCallback()
    this.startClock()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.stopClock()
  }

  private startClock(): void {
    if (this.timer !== undefined || this.now !== undefined || !this.isConnected) return
    this.clock = Date.now()
    this.timer = setInterval(() => {
      this.clock = Date.now()
    }, tickMs)
  }

  private stopClock(): void {
    if (this.timer !== undefined) clearInterval(this.timer)
    this.timer = undefined
  }

  private get currentPolicy(): Deadline.Policy | undefined {
    if (this.policy !== undefined) return this.policy
    return this.workflow?.deadlines.find((d) => d.name === this.name)?.policy
  }

  private get currentTracker(): Deadline.Tracker | undefined {
    if (this.tracker !== undefined) return this.tracker
    return this.name === undefined ? undefined : this.record?.deadlines?.[this.name]
  }

  /** What the badge shows at the moment it judges, or `undefined` without a deadline. */
  get description(): Deadline.Description | undefined {
    const policy = this.currentPolicy
    const tracker = this.currentTracker
    if (policy === undefined || tracker === undefined) return undefined
    return Deadline.describe(policy, tracker, this.now ?? this.clock, this.calendar ?? defaultCalendar())
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    if (changed.has("now")) {
      if (this.now === undefined) this.startClock()
      else this.stopClock()
    }
    this.status = this.description?.status
  }

  protected override render(): unknown {
    const description = this.description
    if (description === undefined) {
      return html`<span part="badge"><span part="status" role="status">${this.t("badge.none")}</span></span>`
    }
    const locale = this.locale
    const due = description.dueAt
    return html`<span part="badge">
      <span part="icon" aria-hidden="true">${statusIcons[description.status]}</span>
      <span part="status" role="status">${this.t(statusCodes[description.status])}</span>
      <span part="detail">${Messages.render(description.message, locale)}</span>
      ${
        due === undefined
          ? nothing
          : html`<time part="due" datetime=${due}
              >${this.t("badge.due", { time: formatDateTime(due, locale, this.currentTimeZone) })}</time
            >`
      }
      ${
        description.provisional
          ? html`<span part="provisional"
              >${this.t("badge.provisional")}${
                description.reason === undefined
                  ? nothing
                  : html` (${Messages.render(description.reason, locale)})`
              }</span
            >`
          : nothing
      }
    </span>`
  }
}
