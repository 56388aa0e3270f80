/**
 * Registers `<fd-file-field>`. Importing this module is the registration; a host that wants another
 * tag name or a scoped registry imports the class instead.
 *
 * @since 0.1.0
 */
import { FdFileField } from "../fields/fd-file-field.js"

if (customElements.get("fd-file-field") === undefined) customElements.define("fd-file-field", FdFileField)

declare global {
  interface HTMLElementTagNameMap {
    "fd-file-field": FdFileField
  }
}
