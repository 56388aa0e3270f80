/**
 * Registers `<fd-multi-select>`. Importing this module is the registration; a host that wants another
 * tag name or a scoped registry imports the class instead.
 *
 * @since 0.1.0
 */
import { FdMultiSelect } from "../fields/fd-multi-select.js"

if (customElements.get("fd-multi-select") === undefined)
  customElements.define("fd-multi-select", FdMultiSelect)

declare global {
  interface HTMLElementTagNameMap {
    "fd-multi-select": FdMultiSelect
  }
}
