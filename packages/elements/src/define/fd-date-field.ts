/**
 * Registers `<fd-date-field>`. Importing this module is the registration; a host that wants another
 * tag name or a scoped registry imports the class instead.
 *
 * @since 0.1.0
 */
import { FdDateField } from "../fields/fd-date-field.js"

if (customElements.get("fd-date-field") === undefined) customElements.define("fd-date-field", FdDateField)

declare global {
  interface HTMLElementTagNameMap {
    "fd-date-field": FdDateField
  }
}
