/**
 * Registers `<fd-form>` and the field controls it renders. Importing this module is the
 * registration; a host that wants another tag name or a scoped registry imports the class instead.
 *
 * @since 0.1.0
 */
import "./fd-checkbox-field.js"
import "./fd-date-field.js"
import "./fd-datetime-field.js"
import "./fd-file-field.js"
import "./fd-id-field.js"
import "./fd-mobile-field.js"
import "./fd-money-field.js"
import "./fd-multi-select.js"
import "./fd-select.js"
import "./fd-text-field.js"
import { FdForm } from "../form/fd-form.js"

if (customElements.get("fd-form") === undefined) customElements.define("fd-form", FdForm)

declare global {
  interface HTMLElementTagNameMap {
    "fd-form": FdForm
  }
}
