/**
 * Registers `<fd-select>`. Importing this module is the registration; a host that wants another
 * tag name or a scoped registry imports the class instead.
 *
 * @since 0.1.0
 */
import { FdSelect } from "../fields/fd-select.js"

if (customElements.get("fd-select") === undefined) customElements.define("fd-select", FdSelect)

declare global {
  interface HTMLElementTagNameMap {
    "fd-select": FdSelect
  }
}
