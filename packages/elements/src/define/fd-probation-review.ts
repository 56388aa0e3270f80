/**
 * Registers `<fd-probation-review>` and the deadline badge it shows. Importing this module twice,
 * or after a host defined the tag itself, does nothing rather than throw.
 *
 * @since 0.1.0
 */
import "./fd-deadline-badge.js"
import { FdProbationReview } from "../recruitment/fd-probation-review.js"

if (customElements.get("fd-probation-review") === undefined)
  customElements.define("fd-probation-review", FdProbationReview)

declare global {
  interface HTMLElementTagNameMap {
    "fd-probation-review": FdProbationReview
  }
}
