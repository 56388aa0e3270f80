/**
 * Registers `<fd-commands>`. Importing this module twice, or after a host defined the tag itself,
 * does nothing rather than throw.
 *
 * @since 0.1.0
 */
import { FdCommands } from "../common/fd-commands.js"

if (customElements.get("fd-commands") === undefined) customElements.define("fd-commands", FdCommands)

declare global {
  interface HTMLElementTagNameMap {
    "fd-commands": FdCommands
  }
}
