/**
 * Registers `<fd-recruitment-plan>` and the elements it renders (`fd-form` for the plan and
 * command inputs, `fd-commands`). Importing this module twice, or after a host defined the tag
 * itself, does nothing rather than throw.
 *
 * @since 0.1.0
 */
import "./fd-commands.js"
import "./fd-form.js"
import { FdRecruitmentPlan } from "../recruitment/fd-recruitment-plan.js"

if (customElements.get("fd-recruitment-plan") === undefined)
  customElements.define("fd-recruitment-plan", FdRecruitmentPlan)

declare global {
  interface HTMLElementTagNameMap {
    "fd-recruitment-plan": FdRecruitmentPlan
  }
}
