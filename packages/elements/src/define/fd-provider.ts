/**
 * Registers `<fd-provider>`. Importing this module twice, or after a host defined the tag itself,
 * does nothing rather than throw.
 *
 * @since 0.1.0
 */
import { FdProvider } from "../common/fd-provider.js"

if (customElements.get("fd-provider") === undefined) customElements.define("fd-provider", FdProvider)

declare global {
  interface HTMLElementTagNameMap {
    "fd-provider": FdProvider
  }
}
