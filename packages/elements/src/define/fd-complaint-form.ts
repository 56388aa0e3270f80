/**
 * Registers `<fd-complaint-form>` and the form it records with. Importing this module twice, or
 * after a host defined the tag itself, does nothing rather than throw.
 *
 * @since 0.1.0
 */
import "./fd-form.js"
import { FdComplaintForm } from "../customer-care/fd-complaint-form.js"

if (customElements.get("fd-complaint-form") === undefined)
  customElements.define("fd-complaint-form", FdComplaintForm)

declare global {
  interface HTMLElementTagNameMap {
    "fd-complaint-form": FdComplaintForm
  }
}
