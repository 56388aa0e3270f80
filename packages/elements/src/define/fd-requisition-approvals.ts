/**
 * Registers `<fd-requisition-approvals>` and the elements it renders (`fd-commands`, `fd-form`
 * for command inputs, `fd-timeline`). Importing this module twice, or after a host defined the
 * tag itself, does nothing rather than throw.
 *
 * @since 0.1.0
 */
import "./fd-commands.js"
import "./fd-form.js"
import "./fd-timeline.js"
import { FdRequisitionApprovals } from "../recruitment/fd-requisition-approvals.js"

if (customElements.get("fd-requisition-approvals") === undefined)
  customElements.define("fd-requisition-approvals", FdRequisitionApprovals)

declare global {
  interface HTMLElementTagNameMap {
    "fd-requisition-approvals": FdRequisitionApprovals
  }
}
