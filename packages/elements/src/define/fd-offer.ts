/**
 * Registers `<fd-offer>`. Importing this module twice, or after a host defined the tag itself,
 * does nothing rather than throw.
 *
 * @since 0.1.0
 */
import { FdOffer } from "../recruitment/fd-offer.js"

if (customElements.get("fd-offer") === undefined) customElements.define("fd-offer", FdOffer)

declare global {
  interface HTMLElementTagNameMap {
    "fd-offer": FdOffer
  }
}
