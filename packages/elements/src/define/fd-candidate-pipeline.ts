/**
 * Registers `<fd-candidate-pipeline>` and the board it shows. Importing this module twice, or
 * after a host defined the tag itself, does nothing rather than throw.
 *
 * @since 0.1.0
 */
import "./fd-board.js"
import { FdCandidatePipeline } from "../recruitment/fd-candidate-pipeline.js"

if (customElements.get("fd-candidate-pipeline") === undefined)
  customElements.define("fd-candidate-pipeline", FdCandidatePipeline)

declare global {
  interface HTMLElementTagNameMap {
    "fd-candidate-pipeline": FdCandidatePipeline
  }
}
