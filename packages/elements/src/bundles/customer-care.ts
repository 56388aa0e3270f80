/**
 * Builds `frontdesk-customer-care.bundle.js`, for a page that embeds customer care and nothing of
 * recruitment: the shared elements and host API of `./shared.js`, the customer-care elements
 * registered under their default tags and their classes, and the domain's `CustomerCare` family.
 *
 * ```html
 * <script type="module" src="https://example.org/frontdesk-customer-care.bundle.js"></script>
 * <script type="module">
 *   import { Actor, CustomerCare, Desk, Store } from "https://example.org/frontdesk-customer-care.bundle.js"
 *   const schema = Store.define({ version: 1, collections: CustomerCare.collections })
 *   const provider = document.querySelector("fd-provider")
 *   provider.desk = Desk.indexedDb({ name: "frontdesk", schema })
 *   provider.actor = Actor.make("u-1", "王芳", ["specialist"])
 * </script>
 * ```
 *
 * @since 0.1.0
 */
import "./shared.js"
import "../define/fd-callback-form.js"
import "../define/fd-callback-queue.js"
import "../define/fd-customer-list.js"
import "../define/fd-complaint-form.js"
import "../define/fd-complaint-board.js"
import "../define/fd-qa-sample.js"
import "../define/fd-callback-report.js"

export * as CustomerCare from "@frontdesk/domain/customer-care"
export { FdCallbackForm } from "../customer-care/fd-callback-form.js"
export { defaultQueueLimit, FdCallbackQueue } from "../customer-care/fd-callback-queue.js"
export { defaultCoverageTarget, FdCallbackReport } from "../customer-care/fd-callback-report.js"
export { FdComplaintBoard } from "../customer-care/fd-complaint-board.js"
export { FdComplaintForm } from "../customer-care/fd-complaint-form.js"
export { FdCustomerList, maxCustomers } from "../customer-care/fd-customer-list.js"
export { FdQaSample } from "../customer-care/fd-qa-sample.js"
export { readCallbackQueue } from "../customer-care/queue.js"
export * from "./shared.js"
