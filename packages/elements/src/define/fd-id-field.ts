/**
 * Registers `<fd-id-field>`. Importing this module is the registration; a host that wants another
 * tag name or a scoped registry imports the class instead.
 *
 * @since 0.1.0
 */
import { FdIdField } from "../fields/fd-id-field.js"

if (customElements.get("fd-id-field") === undefined) customElements.define("fd-id-field", FdIdField)

declare global {
  interface HTMLElementTagNameMap {
    "fd-id-field": FdIdField
  }
}
