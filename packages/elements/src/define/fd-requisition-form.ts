/**
 * Registers `<fd-requisition-form>` and the form it renders. Importing this module twice, or
 * after a host defined the tag itself, does nothing rather than throw.
 *
 * @since 0.1.0
 */
import "./fd-form.js"
import { FdRequisitionForm } from "../recruitment/fd-requisition-form.js"

if (customElements.get("fd-requisition-form") === undefined)
  customElements.define("fd-requisition-form", FdRequisitionForm)

declare global {
  interface HTMLElementTagNameMap {
    "fd-requisition-form": FdRequisitionForm
  }
}
