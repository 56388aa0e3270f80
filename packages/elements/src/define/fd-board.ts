/**
 * Registers `<fd-board>`. Importing this module twice, or after a host defined the tag itself,
 * does nothing rather than throw.
 *
 * @since 0.1.0
 */
import { FdBoard } from "../board/fd-board.js"

if (customElements.get("fd-board") === undefined) customElements.define("fd-board", FdBoard)

declare global {
  interface HTMLElementTagNameMap {
    "fd-board": FdBoard
  }
}
