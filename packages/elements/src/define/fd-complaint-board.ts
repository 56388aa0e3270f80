/**
 * Registers `<fd-complaint-board>` and the board and deadline badge it shows. Importing this
 * module twice, or after a host defined the tag itself, does nothing rather than throw.
 *
 * @since 0.1.0
 */
import "./fd-board.js"
import "./fd-deadline-badge.js"
import { FdComplaintBoard } from "../customer-care/fd-complaint-board.js"

if (customElements.get("fd-complaint-board") === undefined)
  customElements.define("fd-complaint-board", FdComplaintBoard)

declare global {
  interface HTMLElementTagNameMap {
    "fd-complaint-board": FdComplaintBoard
  }
}
