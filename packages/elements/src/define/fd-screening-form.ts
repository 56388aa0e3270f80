/**
 * Registers `<fd-screening-form>`. Importing this module twice, or after a host defined the tag
 * itself, does nothing rather than throw.
 *
 * @since 0.1.0
 */
import { FdScreeningForm } from "../recruitment/fd-screening-form.js"

if (customElements.get("fd-screening-form") === undefined)
  customElements.define("fd-screening-form", FdScreeningForm)

declare global {
  interface HTMLElementTagNameMap {
    "fd-screening-form": FdScreeningForm
  }
}
