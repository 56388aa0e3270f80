/**
 * Builds `frontdesk-recruitment.bundle.js`, for a page that embeds recruitment and nothing of
 * customer care: the shared elements and host API of `./shared.js`, the recruitment elements
 * registered under their default tags and their classes, and the domain's `Recruitment` family.
 *
 * ```html
 * <script type="module" src="https://example.org/frontdesk-recruitment.bundle.js"></script>
 * <script type="module">
 *   import { Actor, Desk, Recruitment, Store } from "https://example.org/frontdesk-recruitment.bundle.js"
 *   const schema = Store.define({ version: 1, collections: Recruitment.collections })
 *   const provider = document.querySelector("fd-provider")
 *   provider.desk = Desk.indexedDb({ name: "frontdesk", schema })
 *   provider.actor = Actor.make("u-1", "陈静", ["hr"])
 * </script>
 * ```
 *
 * @since 0.1.0
 */
import "./shared.js"
import "../define/fd-requisition-form.js"
import "../define/fd-requisition-approvals.js"
import "../define/fd-recruitment-plan.js"
import "../define/fd-recruitment-report.js"
import "../define/fd-candidate-pipeline.js"
import "../define/fd-screening-form.js"
import "../define/fd-interview-evaluation.js"
import "../define/fd-offer.js"
import "../define/fd-probation-review.js"

export * as Recruitment from "@frontdesk/domain/recruitment"
export { FdCandidatePipeline } from "../recruitment/fd-candidate-pipeline.js"
export { FdInterviewEvaluation } from "../recruitment/fd-interview-evaluation.js"
export { FdOffer } from "../recruitment/fd-offer.js"
export { FdProbationReview } from "../recruitment/fd-probation-review.js"
export { FdRecruitmentPlan } from "../recruitment/fd-recruitment-plan.js"
export { FdRecruitmentReport, totalFigures } from "../recruitment/fd-recruitment-report.js"
export { approvalSteps, FdRequisitionApprovals } from "../recruitment/fd-requisition-approvals.js"
export { FdRequisitionForm } from "../recruitment/fd-requisition-form.js"
export { FdScreeningForm } from "../recruitment/fd-screening-form.js"
export * from "./shared.js"
