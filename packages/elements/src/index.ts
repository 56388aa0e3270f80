/**
 * `@frontdesk/elements`: Lit custom elements for front-office pages.
 *
 * This entry exports the classes without registering any tag, so a host can choose the tag name
 * or a scoped registry. To register the default tags, import `@frontdesk/elements/define/<tag>.js`
 * or load the all-in-one `@frontdesk/elements/bundle`.
 *
 * @example
 * ```ts
 * import { FdMobileField } from "@frontdesk/elements"
 * customElements.define("crm-mobile-field", FdMobileField) // a tag of the host's choosing
 * ```
 * @packageDocumentation
 * @since 0.1.0
 */
export {
  type BoardBadge,
  type BoardCard,
  type BoardColumn,
  type BoardText,
  FdBoard,
  type MoveDetail
} from "./board/fd-board.js"
export {
  type BarChartData,
  type ChartCategory,
  type ChartData,
  type ChartFormat,
  type ChartKind,
  type ChartSeries,
  type ChartText,
  FdChart,
  type FunnelChartData,
  type FunnelStage
} from "./charts/fd-chart.js"
export { type CommandEventDetail, FdCommands } from "./common/fd-commands.js"
export {
  FdDeadlineBadge,
  type RecordWithDeadlines,
  type WorkflowWithDeadlines
} from "./common/fd-deadline-badge.js"
export { FdProvider } from "./common/fd-provider.js"
export { FdTimeline } from "./common/fd-timeline.js"
export { FrontdeskElement } from "./common/frontdesk-element.js"
export type { LabelledWorkflow } from "./common/workflow-labels.js"
export { type CallbackAction, FdCallbackForm } from "./customer-care/fd-callback-form.js"
export {
  defaultQueueLimit,
  FdCallbackQueue,
  type SelectDetail,
  type SpecialistOption
} from "./customer-care/fd-callback-queue.js"
export { defaultCoverageTarget, FdCallbackReport } from "./customer-care/fd-callback-report.js"
export { FdComplaintBoard } from "./customer-care/fd-complaint-board.js"
export {
  type ComplaintRecordedDetail,
  FdComplaintForm,
  type RouteDetail
} from "./customer-care/fd-complaint-form.js"
export { FdCustomerList, maxCustomers } from "./customer-care/fd-customer-list.js"
export { FdQaSample, type QaAgent } from "./customer-care/fd-qa-sample.js"
export { readCallbackQueue } from "./customer-care/queue.js"
export type { Clock } from "./fields/clock.js"
export { FdCheckboxField } from "./fields/fd-checkbox-field.js"
export { FdDateField, FdDatetimeField } from "./fields/fd-date-field.js"
export { FdFileField } from "./fields/fd-file-field.js"
export { FdIdField } from "./fields/fd-id-field.js"
export { FdMobileField } from "./fields/fd-mobile-field.js"
export { FdMoneyField } from "./fields/fd-money-field.js"
export { FdMultiSelect } from "./fields/fd-multi-select.js"
export { FdSelect } from "./fields/fd-select.js"
export { FdTextField } from "./fields/fd-text-field.js"
export { FieldElement } from "./fields/field-element.js"
export type { FieldOption } from "./fields/option.js"
export { type Draft, FdForm, type SubmitDetail } from "./form/fd-form.js"
export type {
  ChangeLike,
  DeskLike,
  Frontdesk,
  IndexQuery,
  QueryDesk,
  RecordLike
} from "./internal/context.js"
export type { CandidateContext } from "./recruitment/candidate-shared.js"
export { FdCandidatePipeline } from "./recruitment/fd-candidate-pipeline.js"
export { FdInterviewEvaluation } from "./recruitment/fd-interview-evaluation.js"
export { FdOffer } from "./recruitment/fd-offer.js"
export { FdProbationReview } from "./recruitment/fd-probation-review.js"
export {
  FdRecruitmentPlan,
  type PlanSavedDetail
} from "./recruitment/fd-recruitment-plan.js"
export { FdRecruitmentReport, totalFigures } from "./recruitment/fd-recruitment-report.js"
export {
  type ApprovalStep,
  approvalSteps,
  FdRequisitionApprovals,
  type RequisitionEditDetail
} from "./recruitment/fd-requisition-approvals.js"
export {
  FdRequisitionForm,
  type LeadTimeStatus,
  type RequisitionSavedDetail
} from "./recruitment/fd-requisition-form.js"
export { FdScreeningForm } from "./recruitment/fd-screening-form.js"
export { base, tokens } from "./theme/tokens.js"
