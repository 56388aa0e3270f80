/**
 * `fd-timeline`: the history of one record (审批跟踪), oldest first.
 */
import { History, Messages } from "@frontdesk/domain"
import { elementsCommonTexts } from "@frontdesk/domain/messages"
import { html, nothing, type PropertyValues } from "lit"
import { property, state } from "lit/decorators.js"
import type { ChangeLike } from "../internal/context.js"
import { styles } from "./fd-timeline.styles.js"
import { formatDateTime } from "./format.js"
import { FrontdeskElement } from "./frontdesk-element.js"
import { commandLabel, type LabelledWorkflow, stateLabel } from "./workflow-labels.js"

Messages.register(elementsCommonTexts)

/**
 * Shows a record's history as an ordered list, oldest first: the command, the state it moved
 * from and to, who performed it, when (in the organisation's time zone) and the note.
 *
 * Give it `entries` directly, or `collection` and `record-id` to load them from the desk; it
 * then reloads whenever the desk reports a change to that record. Give it `workflow` to show
 * command and state labels instead of their names.
 *
 * @summary A record's history: who did what, when, from which state to which.
 * @tagname fd-timeline
 *
 * @csspart list - The ordered list of entries.
 * @csspart entry - One history entry.
 * @csspart command - The command's label.
 * @csspart transition - The from → to states.
 * @csspart from - The state before the command.
 * @csspart to - The state after the command.
 * @csspart meta - The line with who and when.
 * @csspart actor - Who performed the command.
 * @csspart time - When, a `<time>` element.
 * @csspart note - The note given with the command.
 * @csspart empty - The text shown when there is no history.
 * @csspart error - The text shown when the history could not be loaded.
 *
 * @cssproperty --fd-color-primary - Colour of the entry markers.
 * @cssproperty --fd-color-border - Colour of the line joining the entries.
 * @cssproperty --fd-color-text-muted - Colour of who/when and of the empty text.
 * @cssproperty --fd-color-neutral-surface - Background of notes.
 * @cssproperty --fd-color-danger - Colour of the load error.
 * @cssproperty --fd-space-l - Space between entries.
 * @cssproperty --fd-radius - Corner radius of notes.
 * @cssproperty --fd-font-family - Font.
 *
 * @example
 * ```html
 * <fd-timeline collection="callbacks" record-id="cb-1"></fd-timeline>
 * ```
 * @category elements
 * @since 0.1.0
 */
export class FdTimeline extends FrontdeskElement {
  /** The timeline: one marked entry per command, oldest first, themed by `--fd-*` tokens. */
  static override styles = styles

  /** The entries to show; when set, nothing is loaded from the desk. */
  @property({ attribute: false }) entries: ReadonlyArray<History.Entry> | undefined

  /** The collection of the record whose history is loaded. */
  @property() collection: string | undefined

  /** The id of the record whose history is loaded. */
  @property({ attribute: "record-id" }) recordId: string | undefined

  /** The record's workflow, for command and state labels. */
  @property({ attribute: false }) workflow: LabelledWorkflow | undefined

  @state() private loaded: ReadonlyArray<History.Entry> = []
  @state() private failed = false

  private unwatch: (() => void) | undefined
  private watchedKey: string | undefined
  private watchedDesk: unknown
  private loads = 0

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.stopWatching()
  }

  override connectedCallback(): void {
    super.connectedCallback()
    // Reconnected elements must watch again; the next update starts it.
    if (this.hasUpdated) this.requestUpdate()
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const desk = this.entries === undefined ? this.currentDesk : undefined
    const key =
      desk !== undefined && this.collection !== undefined && this.recordId !== undefined && this.isConnected
        ? `${this.collection}\u0000${this.recordId}`
        : undefined
    if (key === this.watchedKey && (key === undefined || this.watchedDesk === desk)) return
    this.stopWatching()
    if (key === undefined || desk === undefined) return
    const collection = this.collection!
    const recordId = this.recordId!
    this.watchedKey = key
    this.watchedDesk = desk
    this.unwatch = desk.watch((change: ChangeLike) => {
      if ((change.collection ?? collection) === collection && (change.id ?? recordId) === recordId) {
        void this.load()
      }
    })
    void this.load()
  }

  private stopWatching(): void {
    this.unwatch?.()
    this.unwatch = undefined
    this.watchedKey = undefined
    this.watchedDesk = undefined
  }

  /** Reloads the history from the desk. Resolves once the new entries are rendered. */
  async load(): Promise<void> {
    const desk = this.currentDesk
    if (desk === undefined || this.collection === undefined || this.recordId === undefined) return
    // Only the latest load may write, so a slow earlier answer never replaces a newer one.
    const ticket = ++this.loads
    try {
      const entries = await desk.history(this.collection, this.recordId)
      if (ticket !== this.loads) return
      this.loaded = entries
      this.failed = false
    } catch {
      if (ticket !== this.loads) return
      this.failed = true
    }
    await this.updateComplete
  }

  protected override render(): unknown {
    if (this.failed && this.entries === undefined) {
      return html`<p part="error" role="alert">${this.t("timeline.loadFailed")}</p>`
    }
    const entries = History.sort(this.entries ?? this.loaded)
    if (entries.length === 0) return html`<p part="empty">${this.t("timeline.empty")}</p>`
    const locale = this.locale
    return html`<ol part="list" aria-label=${this.t("timeline.label")}>
      ${entries.map(
        (entry) => html`<li part="entry">
          <div class="head">
            <span part="command">${commandLabel(this.workflow, entry.command, locale)}</span>
            <span part="transition"
              >${
                // A created record has no state before; only where it starts is shown.
                entry.from === ""
                  ? nothing
                  : html`<span part="from">${stateLabel(this.workflow, entry.from, locale)}</span>
                      <span aria-hidden="true">→</span><span class="visually-hidden">${this.t("timeline.to")}</span>`
              }
              <span part="to">${stateLabel(this.workflow, entry.to, locale)}</span></span
            >
          </div>
          <div part="meta">
            <span part="actor">${this.t("timeline.by", { name: entry.actor.name })}</span>
            <time part="time" datetime=${entry.at}>${formatDateTime(entry.at, locale, this.currentTimeZone)}</time>
          </div>
          ${entry.note === undefined || entry.note === "" ? nothing : html`<p part="note">${entry.note}</p>`}
        </li>`
      )}
    </ol>`
  }
}
