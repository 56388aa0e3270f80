/**
 * Registers `<fd-timeline>`. Importing this module twice, or after a host defined the tag itself,
 * does nothing rather than throw.
 *
 * @since 0.1.0
 */
import { FdTimeline } from "../common/fd-timeline.js"

if (customElements.get("fd-timeline") === undefined) customElements.define("fd-timeline", FdTimeline)

declare global {
  interface HTMLElementTagNameMap {
    "fd-timeline": FdTimeline
  }
}
