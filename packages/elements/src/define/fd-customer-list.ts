/**
 * Registers `<fd-customer-list>`. Importing this module twice, or after a host defined the tag itself,
 * does nothing rather than throw.
 *
 * @since 0.1.0
 */
import { FdCustomerList } from "../customer-care/fd-customer-list.js"

if (customElements.get("fd-customer-list") === undefined)
  customElements.define("fd-customer-list", FdCustomerList)

declare global {
  interface HTMLElementTagNameMap {
    "fd-customer-list": FdCustomerList
  }
}
