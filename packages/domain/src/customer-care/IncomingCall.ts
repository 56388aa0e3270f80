/**
 * Incoming calls (客户服务中心): the voice menu routes a call to an inquiry (业务咨询) or to a
 * complaint or suggestion (投诉建议). An inquiry is answered by the business acceptance group,
 * or transferred to a specialist department when needed; a complaint or suggestion is recorded
 * as a {@link Complaint} with a promised callback time.
 *
 * @example
 * ```ts
 * import { IncomingCall } from "@frontdesk/domain/customer-care"
 * IncomingCall.route({ choice: "inquiry" }).handler // "acceptance"
 * IncomingCall.route({ choice: "complaint" }).workflow // "complaint"
 * ```
 * @module
 * @since 0.1.0
 */
import type * as Actor from "../kernel/Actor.js"
import * as Messages from "../kernel/Messages.js"
import { customerCareTexts } from "../messages/customer-care.js"
import * as Roles from "./Roles.js"

Messages.register(customerCareTexts)

/**
 * What the caller picks in the voice menu.
 *
 * @example
 * ```ts
 * import type { IncomingCall } from "@frontdesk/domain/customer-care"
 * const c: IncomingCall.Choice = "suggestion"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Choice = "inquiry" | "complaint" | "suggestion"

/**
 * Where a call goes. An inquiry is answered by `handler` (transferred to `department` when one
 * is named); a complaint or suggestion starts the `complaint` workflow with `kind`.
 *
 * @example
 * ```ts
 * import type { IncomingCall } from "@frontdesk/domain/customer-care"
 * const r: IncomingCall.Route = { _tag: "Inquiry", handler: "acceptance", message: { code: "customerCare.call.answeredByAcceptance" } }
 * ```
 * @category models
 * @since 0.1.0
 */
export type Route =
  | {
      readonly _tag: "Inquiry"
      readonly handler: Actor.Role
      readonly department?: string | undefined
      readonly message: Messages.Message
      readonly workflow?: undefined
    }
  | {
      readonly _tag: "Complaint"
      readonly handler: Actor.Role
      readonly workflow: "complaint"
      readonly kind: "complaint" | "suggestion"
      readonly message: Messages.Message
    }

/**
 * Routes an incoming call by the caller's menu choice; an inquiry that needs a specialist
 * department names it in `transferTo`.
 *
 * @example
 * ```ts
 * import { IncomingCall } from "@frontdesk/domain/customer-care"
 * IncomingCall.route({ choice: "inquiry", transferTo: "财务部" }).department // "财务部"
 * ```
 * @category routing
 * @since 0.1.0
 */
export const route = (call: { readonly choice: Choice; readonly transferTo?: string | undefined }): Route => {
  if (call.choice === "inquiry") {
    const department = call.transferTo?.trim()
    return department === undefined || department === ""
      ? {
          _tag: "Inquiry",
          handler: Roles.acceptance,
          message: { code: "customerCare.call.answeredByAcceptance" }
        }
      : {
          _tag: "Inquiry",
          handler: Roles.department,
          department,
          message: { code: "customerCare.call.transferred", params: { department } }
        }
  }
  return {
    _tag: "Complaint",
    handler: Roles.acceptance,
    workflow: "complaint",
    kind: call.choice,
    message: { code: "customerCare.call.recordComplaint" }
  }
}

/**
 * The menu choices with their labels.
 *
 * @example
 * ```ts
 * import { IncomingCall } from "@frontdesk/domain/customer-care"
 * IncomingCall.choices.map((c) => c.value) // ["inquiry", "complaint"]
 * ```
 * @category constants
 * @since 0.1.0
 */
export const choices: ReadonlyArray<{
  readonly value: "inquiry" | "complaint"
  readonly label: Messages.Code
}> = [
  { value: "inquiry", label: "customerCare.call.inquiry" },
  { value: "complaint", label: "customerCare.call.complaint" }
]
