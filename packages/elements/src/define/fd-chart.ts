/**
 * Registers `<fd-chart>`. Importing this module twice, or after a host defined the tag itself,
 * does nothing rather than throw.
 *
 * @since 0.1.0
 */
import { FdChart } from "../charts/fd-chart.js"

if (customElements.get("fd-chart") === undefined) customElements.define("fd-chart", FdChart)

declare global {
  interface HTMLElementTagNameMap {
    "fd-chart": FdChart
  }
}
