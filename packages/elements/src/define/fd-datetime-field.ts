/**
 * Registers `<fd-datetime-field>`. Importing this module is the registration; a host that wants another
 * tag name or a scoped registry imports the class instead.
 *
 * @since 0.1.0
 */
import { FdDatetimeField } from "../fields/fd-date-field.js"

if (customElements.get("fd-datetime-field") === undefined)
  customElements.define("fd-datetime-field", FdDatetimeField)

declare global {
  interface HTMLElementTagNameMap {
    "fd-datetime-field": FdDatetimeField
  }
}
