/**
 * Registers `<fd-qa-sample>` and the form it scores with. Importing this module twice, or after a
 * host defined the tag itself, does nothing rather than throw.
 *
 * @since 0.1.0
 */
import "./fd-form.js"
import { FdQaSample } from "../customer-care/fd-qa-sample.js"

if (customElements.get("fd-qa-sample") === undefined) customElements.define("fd-qa-sample", FdQaSample)

declare global {
  interface HTMLElementTagNameMap {
    "fd-qa-sample": FdQaSample
  }
}
