/**
 * Registers `<fd-recruitment-report>` and the chart it draws with. Importing this module twice,
 * or after a host defined the tag itself, does nothing rather than throw.
 *
 * @since 0.1.0
 */
import "./fd-chart.js"
import { FdRecruitmentReport } from "../recruitment/fd-recruitment-report.js"

if (customElements.get("fd-recruitment-report") === undefined)
  customElements.define("fd-recruitment-report", FdRecruitmentReport)

declare global {
  interface HTMLElementTagNameMap {
    "fd-recruitment-report": FdRecruitmentReport
  }
}
