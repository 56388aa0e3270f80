/**
 * Registers `<fd-interview-evaluation>`. Importing this module twice, or after a host defined the
 * tag itself, does nothing rather than throw.
 *
 * @since 0.1.0
 */
import { FdInterviewEvaluation } from "../recruitment/fd-interview-evaluation.js"

if (customElements.get("fd-interview-evaluation") === undefined)
  customElements.define("fd-interview-evaluation", FdInterviewEvaluation)

declare global {
  interface HTMLElementTagNameMap {
    "fd-interview-evaluation": FdInterviewEvaluation
  }
}
