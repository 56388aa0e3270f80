/**
 * The all-in-one entry for pages without a build step: one ES module that registers every
 * element under its default tag and re-exports the classes — and what a page needs to give the
 * family elements a desk: the domain's kernel and families, and the desks of `@frontdesk/storage`
 * (IndexedDB, memory, or a service over HTTP).
 *
 * ```html
 * <script type="module" src="https://example.org/frontdesk.bundle.js"></script>
 * <script type="module">
 *   import { Actor, CustomerCare, Desk, Store } from "https://example.org/frontdesk.bundle.js"
 *   const schema = Store.define({ version: 1, collections: CustomerCare.collections })
 *   const provider = document.querySelector("fd-provider")
 *   provider.desk = Desk.indexedDb({ name: "frontdesk", schema })
 *   provider.actor = Actor.make("u-1", "王芳", ["specialist"])
 * </script>
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

// What a page without a build step needs to hand the elements a desk and its workflows.
export { Actor, Calendar, Deadline, Field, Messages, Personal, Workflow } from "@frontdesk/domain"
export * as CustomerCare from "@frontdesk/domain/customer-care"
export * as Recruitment from "@frontdesk/domain/recruitment"
export { createDesk, Desk, Store } from "@frontdesk/storage"
export { actorHeader, encodeActor, makeDesk as httpDesk } from "@frontdesk/storage/http"
export * from "./index.js"
