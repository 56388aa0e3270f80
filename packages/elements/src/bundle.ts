/**
 * The all-in-one entry for pages without a build step: one ES module that registers every
 * element under its default tag and re-exports the classes.
 *
 * ```html
 * <script type="module" src="https://example.org/frontdesk.bundle.js"></script>
 * ```
 *
 * `fd-provider` is registered first, so when the bundle loads after the page is parsed, providers
 * are upgraded before the elements inside them ask for the desk.
 *
 * @since 0.1.0
 */
import "./define/fd-provider.js"
import "./define/fd-timeline.js"
import "./define/fd-deadline-badge.js"
import "./define/fd-commands.js"
import "./define/fd-form.js"
import "./define/fd-text-field.js"
import "./define/fd-mobile-field.js"
import "./define/fd-id-field.js"
import "./define/fd-select.js"
import "./define/fd-multi-select.js"
import "./define/fd-checkbox-field.js"
import "./define/fd-date-field.js"
import "./define/fd-datetime-field.js"
import "./define/fd-money-field.js"
import "./define/fd-file-field.js"
import "./define/fd-chart.js"
import "./define/fd-board.js"
import "./define/fd-callback-form.js"
import "./define/fd-callback-queue.js"
import "./define/fd-customer-list.js"
import "./define/fd-complaint-form.js"
import "./define/fd-complaint-board.js"
import "./define/fd-requisition-form.js"
import "./define/fd-requisition-approvals.js"
import "./define/fd-recruitment-plan.js"
import "./define/fd-recruitment-report.js"
import "./define/fd-qa-sample.js"
import "./define/fd-candidate-pipeline.js"
import "./define/fd-screening-form.js"
import "./define/fd-interview-evaluation.js"
import "./define/fd-offer.js"
import "./define/fd-probation-review.js"
import "./define/fd-callback-report.js"

export * from "./index.js"
