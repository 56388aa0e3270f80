/**
 * Registers `<fd-callback-report>` and the chart it draws with. Importing this module twice, or
 * after a host defined the tag itself, does nothing rather than throw.
 *
 * @since 0.1.0
 */
import "./fd-chart.js"
import { FdCallbackReport } from "../customer-care/fd-callback-report.js"

if (customElements.get("fd-callback-report") === undefined)
  customElements.define("fd-callback-report", FdCallbackReport)

declare global {
  interface HTMLElementTagNameMap {
    "fd-callback-report": FdCallbackReport
  }
}
