/**
 * Registers `<fd-text-field>`. Importing this module is the registration; a host that wants another
 * tag name or a scoped registry imports the class instead.
 *
 * @since 0.1.0
 */
import { FdTextField } from "../fields/fd-text-field.js"

if (customElements.get("fd-text-field") === undefined) customElements.define("fd-text-field", FdTextField)

declare global {
  interface HTMLElementTagNameMap {
    "fd-text-field": FdTextField
  }
}
