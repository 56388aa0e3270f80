/**
 * `fd-board`: cards in columns (a complaint board, a candidate pipeline), moved by keyboard or
 * by drag and drop, each move confirmed by the host before the card goes.
 */
import { Messages } from "@frontdesk/domain"
import { elementsChartsTexts } from "@frontdesk/domain/messages"
import { html, nothing } from "lit"
import { property, state } from "lit/decorators.js"
import { keyed } from "lit/directives/keyed.js"
import { labelText } from "../common/format.js"
import { FrontdeskElement } from "../common/frontdesk-element.js"
import { refusalTexts } from "../common/refusal.js"
import { styles } from "./fd-board.styles.js"

Messages.register(elementsChartsTexts)

/**
 * Text a board shows: a catalogue code, inline text in every locale, a message, or a plain string
 * shown as it is (a candidate's name, a complaint number).
 *
 * @example
 * ```ts
 * import type { BoardText } from "@frontdesk/elements"
 * const stage: BoardText = { "zh-CN": "初试", en: "First interview" }
 * const name: BoardText = "王芳"
 * ```
 * @category boards
 * @since 0.1.0
 */
export type BoardText = Messages.Label | Messages.Message | (string & {})

/**
 * A column of the board, e.g. one stage of a pipeline.
 *
 * @example
 * ```ts
 * import type { BoardColumn } from "@frontdesk/elements"
 * const screening: BoardColumn = { id: "screening", label: { "zh-CN": "筛选", en: "Screening" } }
 * ```
 * @category boards
 * @since 0.1.0
 */
export interface BoardColumn {
  readonly id: string
  readonly label: BoardText
}

/**
 * A small badge on a card; its tone is a colour, so its text must say the same thing.
 *
 * @example
 * ```ts
 * import type { BoardBadge } from "@frontdesk/elements"
 * const overdue: BoardBadge = { text: { "zh-CN": "已逾期", en: "overdue" }, tone: "danger" }
 * ```
 * @category boards
 * @since 0.1.0
 */
export interface BoardBadge {
  readonly text: BoardText
  readonly tone?: "neutral" | "success" | "warning" | "danger" | undefined
}

/**
 * A card: which column it sits in, its title, lines of detail and badges. `data` is the host's
 * own record, handed back in `fd-move` and to `renderCard`.
 *
 * @example
 * ```ts
 * import type { BoardCard } from "@frontdesk/elements"
 * const card: BoardCard = { id: "c-1", column: "screening", title: "王芳", meta: ["前台接待 · 校园招聘"] }
 * ```
 * @category boards
 * @since 0.1.0
 */
export interface BoardCard<D = unknown> {
  readonly id: string
  readonly column: string
  readonly title: BoardText
  readonly meta?: ReadonlyArray<BoardText> | undefined
  readonly badges?: ReadonlyArray<BoardBadge> | undefined
  readonly data?: D | undefined
}

/**
 * What `fd-move` carries. The event is cancelable: `preventDefault()` keeps the card where it is.
 * `waitUntil(promise)` hands over the host's work (running the workflow command); the card moves
 * only if it fulfils, and a rejection is shown on the card as the reason.
 *
 * @example
 * ```ts
 * import type { MoveDetail } from "@frontdesk/elements"
 * import "@frontdesk/elements/define/fd-board.js"
 * declare const runCommand: (id: string, to: string) => Promise<void>
 * document.querySelector("fd-board")!.addEventListener("fd-move", (event) => {
 *   const { card, to, waitUntil } = (event as CustomEvent<MoveDetail>).detail
 *   waitUntil(runCommand(card.id, to))
 * })
 * ```
 * @category events
 * @since 0.1.0
 */
export interface MoveDetail<D = unknown> {
  readonly card: BoardCard<D>
  readonly from: string
  readonly to: string
  /** Hands over the move's work; the card moves only if it fulfils, and shows the reason if not. */
  readonly waitUntil: (work: PromiseLike<unknown>) => void
}

/** A spoken line, kept as how to say it so a language change re-renders it. */
type Say = (locale: Messages.Locale) => string

let instances = 0

/**
 * Shows cards in columns with a count per column, and lets a person move a card to another
 * column — always by keyboard, and by pointer drag and drop as well.
 *
 * Keyboard: cards are one tab stop; the arrow keys go up and down a column and across columns,
 * Home and End to a column's ends. Each card's "Move to…" button lists the columns it may go to
 * (`targets`, every other column by default); Escape closes the list.
 *
 * A move fires a cancelable `fd-move` event. The card moves only when the event is not cancelled
 * and the work handed to `waitUntil` (the workflow command) succeeds; on failure it stays and
 * shows the reason, in the page's language. Moves and refusals are announced politely.
 *
 * Family content goes below a card's lines through `renderCard` (a Lit template per card), or
 * through a light-DOM child with `slot="card-<id>"`.
 *
 * @summary Cards in columns, moved by keyboard or drag and drop once the host agrees.
 * @tagname fd-board
 *
 * @fires fd-move - Before a card moves; cancelable; `detail: { card, from, to, waitUntil }`.
 *
 * @slot card-<id> - Extra content for the card with that id.
 *
 * @csspart board - The row of columns.
 * @csspart column - One column.
 * @csspart column-title - A column's heading with its count.
 * @csspart count - The number of cards in a column.
 * @csspart cards - The list of cards in a column.
 * @csspart column-empty - The text of a column without cards.
 * @csspart card - One card; also `card dragging`, `card moving`, `card refused`.
 * @csspart title - A card's title.
 * @csspart meta - A card's lines of detail.
 * @csspart badge - One badge; also `badge badge-<tone>`.
 * @csspart extra - What `renderCard` or the card's slot adds.
 * @csspart move - The "Move to…" button.
 * @csspart targets - The list of columns a card may move to.
 * @csspart target - One target column's button.
 * @csspart card-error - Why a move failed.
 * @csspart status - The live region announcing moves.
 *
 * @cssproperty --fd-board-column-width - The width of a column (default 16rem).
 * @cssproperty --fd-color-surface - Card background.
 * @cssproperty --fd-color-neutral-surface - Column background.
 * @cssproperty --fd-color-border - Card and column borders.
 * @cssproperty --fd-color-primary - Buttons and the drop target's outline.
 * @cssproperty --fd-color-danger - Text and edge of a failed move.
 * @cssproperty --fd-color-danger-surface - Background of a failed move.
 * @cssproperty --fd-radius - Corner radius.
 * @cssproperty --fd-space-s - Space between cards.
 *
 * @example
 * ```html
 * <fd-board></fd-board>
 * <script type="module">
 *   const board = document.querySelector("fd-board")
 *   board.columns = [
 *     { id: "received", label: { "zh-CN": "已受理", en: "Received" } },
 *     { id: "handling", label: { "zh-CN": "处理中", en: "Handling" } }
 *   ]
 *   board.cards = [{ id: "ts-1", column: "received", title: "TS-2026-001", meta: ["王芳"] }]
 *   board.addEventListener("fd-move", (e) => e.detail.waitUntil(runCommand(e.detail)))
 * </script>
 * ```
 * @category elements
 * @since 0.1.0
 */
export class FdBoard extends FrontdeskElement {
  /** Columns side by side, scrolling sideways, themed by `--fd-*` tokens. */
  static override styles = styles

  /** What the board shows, its accessible name. */
  @property({ attribute: false }) label: BoardText | undefined

  /** The columns, in order. */
  @property({ attribute: false }) columns: ReadonlyArray<BoardColumn> = []

  /** The cards; a card whose column is not among `columns` is not shown. */
  @property({ attribute: false }) cards: ReadonlyArray<BoardCard> = []

  /** The columns a card may move to now, e.g. from the workflow's available commands. */
  @property({ attribute: false }) targets: ((card: BoardCard) => ReadonlyArray<string>) | undefined

  /** Family content under a card's lines. */
  @property({ attribute: false }) renderCard:
    | ((card: BoardCard, locale: Messages.Locale) => unknown)
    | undefined

  /** The card that holds the board's one tab stop. */
  @state() private active: string | undefined
  /** The card whose "Move to…" list is open. */
  @state() private opened: string | undefined
  /** Cards whose move is waiting for the host. */
  @state() private moving: ReadonlySet<string> = new Set()
  /** Why a card's last move failed, and the column it stayed in. */
  @state() private refused: ReadonlyMap<string, { readonly say: Say; readonly column: string }> = new Map()
  /** The last announcement, and how many there were: the same words twice are still said twice. */
  @state() private said: Say | undefined
  @state() private announcements = 0
  @state() private dragging: string | undefined
  @state() private dropTarget: string | undefined

  private readonly uid = `fd-board-${++instances}`

  private text(value: BoardText | undefined, fallback: string): string {
    return labelText(value, this.locale, fallback)
  }

  private columnName(id: string): (locale: Messages.Locale) => string {
    const column = this.columns.find((c) => c.id === id)
    return (locale) => labelText(column?.label, locale, id)
  }

  /** The columns `card` may move to: the host's answer, or every other column. */
  targetsOf(card: BoardCard): ReadonlyArray<string> {
    const allowed = this.targets?.(card) ?? this.columns.map((c) => c.id)
    return this.columns.map((c) => c.id).filter((id) => id !== card.column && allowed.includes(id))
  }

  private cardsIn(column: string): ReadonlyArray<BoardCard> {
    return this.cards.filter((card) => card.column === column)
  }

  /**
   * Asks the host to move a card: fires `fd-move`, waits for what it handed to `waitUntil`, and
   * moves the card when nothing refused. Resolves to whether the card moved.
   */
  async move(cardId: string, to: string): Promise<boolean> {
    const card = this.cards.find((c) => c.id === cardId)
    if (card === undefined || this.moving.has(cardId) || !this.targetsOf(card).includes(to)) return false
    const from = card.column
    const title = (locale: Messages.Locale) => labelText(card.title, locale, card.id)
    const fromName = this.columnName(from)
    const toName = this.columnName(to)
    // A keyboard user who moved from the card's list keeps focus on the card wherever it goes.
    const hadFocus = this.shadowRoot?.activeElement != null
    const keepFocus = async () => {
      await this.updateComplete
      if (hadFocus) this.cardElement(cardId)?.focus()
    }
    this.opened = undefined
    this.refused = without(this.refused, cardId)
    let work: PromiseLike<unknown> | undefined
    const proceed = this.dispatchEvent(
      new CustomEvent<MoveDetail>("fd-move", {
        detail: {
          card,
          from,
          to,
          waitUntil: (promise) => {
            work = promise
          }
        },
        bubbles: true,
        composed: true,
        cancelable: true
      })
    )
    if (!proceed) {
      void keepFocus()
      this.announcements++
      this.said = (locale) =>
        Messages.format("board.notMoved", locale, { card: title(locale), from: fromName(locale) })
      return false
    }
    if (work !== undefined) {
      this.moving = new Set([...this.moving, cardId])
      this.active = cardId
      await keepFocus()
      try {
        await work
      } catch (error) {
        const reason: Say = (locale) =>
          Messages.format("board.moveFailed", locale, {
            card: title(locale),
            to: toName(locale),
            reason: refusalTexts(error, locale).join(" ")
          })
        this.refused = new Map([...this.refused, [cardId, { say: reason, column: from }]])
        this.announcements++
        this.said = reason
        return false
      } finally {
        this.moving = new Set([...this.moving].filter((id) => id !== cardId))
        void keepFocus()
      }
    }
    this.cards = this.cards.map((c) => (c.id === cardId ? { ...c, column: to } : c))
    this.announcements++
    this.said = (locale) =>
      Messages.format("board.moved", locale, {
        card: title(locale),
        from: fromName(locale),
        to: toName(locale)
      })
    this.active = cardId
    await keepFocus()
    return true
  }

  private cardElement(id: string): HTMLElement | undefined {
    return [...this.renderRoot.querySelectorAll<HTMLElement>("[part~=card]")].find(
      (el) => el.dataset.card === id
    )
  }

  private focusCard(id: string | undefined): void {
    if (id === undefined) return
    this.active = id
    this.opened = undefined
    void this.updateComplete.then(() => this.cardElement(id)?.focus())
  }

  private onCardKey(event: KeyboardEvent, card: BoardCard): void {
    if (event.key === "Escape" && this.opened === card.id) {
      event.preventDefault()
      this.opened = undefined
      void this.updateComplete.then(() =>
        this.cardElement(card.id)?.querySelector<HTMLElement>("[part~=move]")?.focus()
      )
      return
    }
    // Arrow keys belong to the card itself; inside its buttons they keep their usual meaning.
    if (event.target !== event.currentTarget) return
    const columns = this.columns.filter((c) => this.cardsIn(c.id).length > 0)
    const here = this.cardsIn(card.column)
    const row = here.findIndex((c) => c.id === card.id)
    const col = columns.findIndex((c) => c.id === card.column)
    const across = (step: number) => {
      const next = columns[col + step]
      if (next === undefined) return undefined
      const cards = this.cardsIn(next.id)
      return cards[Math.min(row, cards.length - 1)]?.id
    }
    const next: Record<string, () => string | undefined> = {
      ArrowDown: () => here[row + 1]?.id,
      ArrowUp: () => here[row - 1]?.id,
      ArrowRight: () => across(1),
      ArrowLeft: () => across(-1),
      Home: () => here[0]?.id,
      End: () => here[here.length - 1]?.id
    }
    const go = next[event.key]
    if (go === undefined) return
    event.preventDefault()
    this.focusCard(go())
  }

  private async openTargets(card: BoardCard): Promise<void> {
    this.active = card.id
    this.opened = this.opened === card.id ? undefined : card.id
    await this.updateComplete
    if (this.opened === card.id)
      this.cardElement(card.id)?.querySelector<HTMLElement>("[part~=target]")?.focus()
  }

  private onDragOver(event: DragEvent, column: string): void {
    const card = this.cards.find((c) => c.id === this.dragging)
    if (card === undefined || !this.targetsOf(card).includes(column)) return
    event.preventDefault()
    if (event.dataTransfer !== null) event.dataTransfer.dropEffect = "move"
    this.dropTarget = column
  }

  private onDrop(event: DragEvent, column: string): void {
    const id = this.dragging
    this.dragging = undefined
    this.dropTarget = undefined
    if (id === undefined) return
    event.preventDefault()
    void this.move(id, column)
  }

  private renderCardItem(card: BoardCard, index: number, tabStop: string | undefined): unknown {
    const id = `${this.uid}-c${index}`
    const title = this.text(card.title, card.id)
    const moving = this.moving.has(card.id)
    // A reason is stale once the host put the card elsewhere (another tab moved it, a reload).
    const failure = this.refused.get(card.id)
    const refused = failure?.column === card.column ? failure.say : undefined
    const targets = this.targetsOf(card)
    const open = this.opened === card.id
    const parts = [
      "card",
      moving ? "moving" : "",
      refused ? "refused" : "",
      this.dragging === card.id ? "dragging" : ""
    ]
    const extra = this.renderCard?.(card, this.locale)
    return html`<li>
      <article
        part=${parts.filter((p) => p !== "").join(" ")}
        data-card=${card.id}
        tabindex=${tabStop === card.id ? 0 : -1}
        aria-labelledby=${`${id}-title`}
        aria-describedby=${[refused ? `${id}-error` : "", `${this.uid}-hint`].filter((s) => s !== "").join(" ")}
        aria-busy=${moving ? "true" : nothing}
        draggable=${targets.length > 0 && !moving ? "true" : "false"}
        @focusin=${() => {
          this.active = card.id
        }}
        @keydown=${(event: KeyboardEvent) => this.onCardKey(event, card)}
        @dragstart=${(event: DragEvent) => {
          event.dataTransfer?.setData("text/plain", card.id)
          this.dragging = card.id
        }}
        @dragend=${() => {
          this.dragging = undefined
          this.dropTarget = undefined
        }}
      >
        <p part="title" id=${`${id}-title`}>${title}</p>
        ${
          card.meta === undefined || card.meta.length === 0
            ? nothing
            : html`<ul part="meta">${card.meta.map((line) => html`<li>${this.text(line, "")}</li>`)}</ul>`
        }
        ${
          card.badges === undefined || card.badges.length === 0
            ? nothing
            : html`<p class="badges">${card.badges.map(
                (badge) =>
                  html`<span part=${`badge badge-${badge.tone ?? "neutral"}`}>${this.text(badge.text, "")}</span>`
              )}</p>`
        }
        <div part="extra">${extra ?? nothing}<slot name=${`card-${card.id}`}></slot></div>
        ${
          moving
            ? html`<p class="moving">${this.t("board.moving")}</p>`
            : targets.length === 0
              ? html`<p class="no-targets">${this.t("board.noTargets")}</p>`
              : html`<button
                  part="move"
                  type="button"
                  tabindex=${tabStop === card.id ? 0 : -1}
                  aria-expanded=${String(open)}
                  aria-controls=${`${id}-targets`}
                  @click=${() => void this.openTargets(card)}
                >
                  ${this.t("board.moveTo")}
                </button>`
        }
        ${
          open && !moving
            ? html`<div part="targets" id=${`${id}-targets`} role="group" aria-label=${this.t("board.moveCard", { card: title })}>
                ${targets.map(
                  (
                    to
                  ) => html`<button part="target" type="button" data-to=${to} @click=${() => void this.move(card.id, to)}>
                    ${this.columnName(to)(this.locale)}
                  </button>`
                )}
              </div>`
            : nothing
        }
        ${refused === undefined ? nothing : html`<p part="card-error" id=${`${id}-error`}>${refused(this.locale)}</p>`}
      </article>
    </li>`
  }

  protected override render(): unknown {
    const shown = this.cards.filter((card) => this.columns.some((c) => c.id === card.column))
    // One tab stop for the whole board: the last card used, else the first card shown.
    const tabStop = shown.some((c) => c.id === this.active) ? this.active : shown[0]?.id
    return html`<div part="board" role="group" aria-label=${this.text(this.label, this.t("board.untitled"))}>
        ${this.columns.map((column, c) => {
          const cards = this.cardsIn(column.id)
          const headingId = `${this.uid}-h${c}`
          const count = this.t(cards.length === 1 ? "board.count.one" : "board.count.other", {
            count: cards.length
          })
          return html`<section
            part=${this.dropTarget === column.id ? "column drop-target" : "column"}
            data-column=${column.id}
            aria-labelledby=${headingId}
            @dragover=${(event: DragEvent) => this.onDragOver(event, column.id)}
            @dragleave=${() => {
              if (this.dropTarget === column.id) this.dropTarget = undefined
            }}
            @drop=${(event: DragEvent) => this.onDrop(event, column.id)}
          >
            <h3 part="column-title" id=${headingId}>
              ${this.text(column.label, column.id)}
              <span part="count"><span aria-hidden="true">${cards.length}</span><span class="visually-hidden">${count}</span></span>
            </h3>
            ${
              cards.length === 0
                ? html`<p part="column-empty">${this.t("board.columnEmpty")}</p>`
                : html`<ul part="cards" aria-labelledby=${headingId}>
                    ${cards.map((card) => this.renderCardItem(card, this.cards.indexOf(card), tabStop))}
                  </ul>`
            }
          </section>`
        })}
      </div>
      <p id=${`${this.uid}-hint`} class="visually-hidden">${this.t("board.hint")}</p>
      <div part="status" role="status" aria-live="polite">${keyed(
        this.announcements,
        html`<span>${this.said?.(this.locale) ?? nothing}</span>`
      )}</div>`
  }
}

const without = <K, V>(map: ReadonlyMap<K, V>, key: K): ReadonlyMap<K, V> =>
  map.has(key) ? new Map([...map].filter(([k]) => k !== key)) : map

declare global {
  /** Typed listeners: `board.addEventListener("fd-move", (e) => e.detail.waitUntil(...))`. */
  interface HTMLElementEventMap {
    "fd-move": CustomEvent<MoveDetail>
  }
}
