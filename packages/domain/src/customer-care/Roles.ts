/**
 * The roles of a customer-service department (客服部) and its call centre (客户服务中心), as the
 * workflows of this family name them. Hosts map their own users onto these ids.
 *
 * @example
 * ```ts
 * import { Actor } from "@frontdesk/domain"
 * import { Roles } from "@frontdesk/domain/customer-care"
 * const wang = Actor.make("u-1", "王芳", [Roles.specialist])
 * ```
 * @module
 * @since 0.1.0
 */

import type * as Actor from "../kernel/Actor.js"
import * as Messages from "../kernel/Messages.js"
import { customerCareTexts } from "../messages/customer-care.js"

Messages.register(customerCareTexts)

/**
 * Customer-service supervisor (客服主管): sorts and assigns customers, approves closing a
 * callback as unreachable, allows contact in quiet hours with a reason, closes complaints.
 *
 * @example
 * ```ts
 * import { Roles } from "@frontdesk/domain/customer-care"
 * Roles.supervisor // "supervisor"
 * ```
 * @category roles
 * @since 0.1.0
 */
export const supervisor: Actor.Role = "supervisor"

/**
 * Customer-service specialist (客服专员): collects customer information, makes the callbacks
 * (回访调查组) and records them.
 *
 * @example
 * ```ts
 * import { Roles } from "@frontdesk/domain/customer-care"
 * Roles.specialist // "specialist"
 * ```
 * @category roles
 * @since 0.1.0
 */
export const specialist: Actor.Role = "specialist"

/**
 * The performance team (绩效考核小组) that samples calls at random and scores them.
 *
 * @example
 * ```ts
 * import { Roles } from "@frontdesk/domain/customer-care"
 * Roles.qa // "qa"
 * ```
 * @category roles
 * @since 0.1.0
 */
export const qa: Actor.Role = "qa"

/**
 * The business acceptance group (业务受理组): answers inquiries, records complaints and
 * suggestions and routes them to the responsible department.
 *
 * @example
 * ```ts
 * import { Roles } from "@frontdesk/domain/customer-care"
 * Roles.acceptance // "acceptance"
 * ```
 * @category roles
 * @since 0.1.0
 */
export const acceptance: Actor.Role = "acceptance"

/**
 * A responsible department (责任部门) that handles a complaint routed to it.
 *
 * @example
 * ```ts
 * import { Roles } from "@frontdesk/domain/customer-care"
 * Roles.department // "department"
 * ```
 * @category roles
 * @since 0.1.0
 */
export const department: Actor.Role = "department"

/**
 * Every role of the family with its catalogue label, for role pickers and documentation.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * import { Roles } from "@frontdesk/domain/customer-care"
 * Roles.all.map((role) => Messages.format(role.label, "zh-CN")) // ["客服主管", "客服专员", ...]
 * ```
 * @category roles
 * @since 0.1.0
 */
export const all: ReadonlyArray<{ readonly id: Actor.Role; readonly label: Messages.Label }> = [
  { id: supervisor, label: "customerCare.role.supervisor" },
  { id: specialist, label: "customerCare.role.specialist" },
  { id: qa, label: "customerCare.role.qa" },
  { id: acceptance, label: "customerCare.role.acceptance" },
  { id: department, label: "customerCare.role.department" }
]
