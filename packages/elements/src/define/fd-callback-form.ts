/**
 * Registers `<fd-callback-form>` and the field controls it renders. Importing this module twice,
 * or after a host defined the tag itself, does nothing rather than throw.
 *
 * @since 0.1.0
 */
import "./fd-datetime-field.js"
import "./fd-select.js"
import "./fd-text-field.js"
import { FdCallbackForm } from "../customer-care/fd-callback-form.js"

if (customElements.get("fd-callback-form") === undefined)
  customElements.define("fd-callback-form", FdCallbackForm)

declare global {
  interface HTMLElementTagNameMap {
    "fd-callback-form": FdCallbackForm
  }
}
