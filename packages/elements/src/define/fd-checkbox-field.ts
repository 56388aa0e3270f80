/**
 * Registers `<fd-checkbox-field>`. Importing this module is the registration; a host that wants another
 * tag name or a scoped registry imports the class instead.
 *
 * @since 0.1.0
 */
import { FdCheckboxField } from "../fields/fd-checkbox-field.js"

if (customElements.get("fd-checkbox-field") === undefined)
  customElements.define("fd-checkbox-field", FdCheckboxField)

declare global {
  interface HTMLElementTagNameMap {
    "fd-checkbox-field": FdCheckboxField
  }
}
