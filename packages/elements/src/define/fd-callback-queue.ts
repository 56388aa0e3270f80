/**
 * Registers `<fd-callback-queue>`. Importing this module twice, or after a host defined the tag itself,
 * does nothing rather than throw.
 *
 * @since 0.1.0
 */
import { FdCallbackQueue } from "../customer-care/fd-callback-queue.js"

if (customElements.get("fd-callback-queue") === undefined)
  customElements.define("fd-callback-queue", FdCallbackQueue)

declare global {
  interface HTMLElementTagNameMap {
    "fd-callback-queue": FdCallbackQueue
  }
}
