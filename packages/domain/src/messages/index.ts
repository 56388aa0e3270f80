/**
 * The sections of the message catalogue, one per area, each mapping codes to zh-CN and en text.
 *
 * `Messages.Code` is the union of every section listed here, so a new area adds its section file
 * and one line below. At run time a section counts only once registered: each module that shows or
 * names its codes calls `Messages.register(section)` at its top level, so a bundle carries the
 * sections of the modules it holds and no others. A test (`test/messages/registration.test.ts`)
 * fails when a module names a code without registering its section.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * import { kernelTexts } from "@frontdesk/domain/messages"
 * Messages.register(kernelTexts)
 * Messages.format("state.overdue", "zh-CN") // "已逾期"
 * ```
 * @module
 * @since 0.1.0
 */
export { calendarTexts } from "./calendar.js"
export { customerCareTexts } from "./customer-care.js"
export { elementsCallbacksTexts } from "./elements-callbacks.js"
export { elementsCandidatesTexts } from "./elements-candidates.js"
export { elementsChartsTexts } from "./elements-charts.js"
export { elementsCommonTexts } from "./elements-common.js"
export { elementsComplaintsTexts } from "./elements-complaints.js"
export { elementsFormTexts } from "./elements-form.js"
export { elementsRequisitionsTexts } from "./elements-requisitions.js"
export { fieldTexts } from "./field.js"
export { httpTexts } from "./http.js"
export { kernelTexts } from "./kernel.js"
export { recruitmentTexts } from "./recruitment.js"
export { storageTexts } from "./storage.js"
export { workflowTexts } from "./workflow.js"
