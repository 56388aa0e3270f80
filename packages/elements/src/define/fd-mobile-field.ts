/**
 * Registers `<fd-mobile-field>`. Importing this module is the registration; a host that wants another
 * tag name or a scoped registry imports the class instead.
 *
 * @since 0.1.0
 */
import { FdMobileField } from "../fields/fd-mobile-field.js"

if (customElements.get("fd-mobile-field") === undefined)
  customElements.define("fd-mobile-field", FdMobileField)

declare global {
  interface HTMLElementTagNameMap {
    "fd-mobile-field": FdMobileField
  }
}
