/**
 * Registers `<fd-deadline-badge>`. Importing this module twice, or after a host defined the tag itself,
 * does nothing rather than throw.
 *
 * @since 0.1.0
 */
import { FdDeadlineBadge } from "../common/fd-deadline-badge.js"

if (customElements.get("fd-deadline-badge") === undefined)
  customElements.define("fd-deadline-badge", FdDeadlineBadge)

declare global {
  interface HTMLElementTagNameMap {
    "fd-deadline-badge": FdDeadlineBadge
  }
}
