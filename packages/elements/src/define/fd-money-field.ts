/**
 * Registers `<fd-money-field>`. Importing this module is the registration; a host that wants another
 * tag name or a scoped registry imports the class instead.
 *
 * @since 0.1.0
 */
import { FdMoneyField } from "../fields/fd-money-field.js"

if (customElements.get("fd-money-field") === undefined) customElements.define("fd-money-field", FdMoneyField)

declare global {
  interface HTMLElementTagNameMap {
    "fd-money-field": FdMoneyField
  }
}
