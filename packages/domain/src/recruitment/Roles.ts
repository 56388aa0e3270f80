/**
 * The roles of the recruitment procedures, as the seed names them. Workflow commands list these
 * ids; a host maps its own users to them.
 *
 * @example
 * ```ts
 * import { Actor } from "@frontdesk/domain"
 * import { Roles } from "@frontdesk/domain/recruitment"
 * const head = Actor.make("u-1", "张伟", [Roles.roles.departmentHead])
 * ```
 * @module
 * @since 0.1.0
 */
import * as Messages from "../kernel/Messages.js"
import { recruitmentTexts } from "../messages/recruitment.js"

Messages.register(recruitmentTexts)

/**
 * Role ids: department head (部门负责人), HR specialist (人力资源专员), HR manager (人力资源部经理),
 * HR head (人力资源负责人), general manager (总经理), unit head (单位负责人), department manager
 * (用人部门经理, who shortlists and interviews professionals), interviewer (面试官) and the
 * employee on probation (试用员工).
 *
 * @example
 * ```ts
 * import { Roles } from "@frontdesk/domain/recruitment"
 * Roles.roles.generalManager // "generalManager"
 * ```
 * @category constants
 * @since 0.1.0
 */
export const roles = {
  departmentHead: "departmentHead",
  hr: "hr",
  hrManager: "hrManager",
  hrHead: "hrHead",
  generalManager: "generalManager",
  unitHead: "unitHead",
  departmentManager: "departmentManager",
  interviewer: "interviewer",
  employee: "employee"
} as const

/**
 * One of the recruitment role ids.
 *
 * @example
 * ```ts
 * import type { Roles } from "@frontdesk/domain/recruitment"
 * const role: Roles.Role = "hrManager"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Role = (typeof roles)[keyof typeof roles]

/**
 * The HR roles that run the day-to-day steps (registering candidates, inviting, recording checks).
 *
 * @example
 * ```ts
 * import { Roles } from "@frontdesk/domain/recruitment"
 * Roles.hrStaff // ["hr", "hrManager", "hrHead"]
 * ```
 * @category constants
 * @since 0.1.0
 */
export const hrStaff: ReadonlyArray<Role> = [roles.hr, roles.hrManager, roles.hrHead]

const labels = {
  departmentHead: "recruitment.role.departmentHead",
  hr: "recruitment.role.hr",
  hrManager: "recruitment.role.hrManager",
  hrHead: "recruitment.role.hrHead",
  generalManager: "recruitment.role.generalManager",
  unitHead: "recruitment.role.unitHead",
  departmentManager: "recruitment.role.departmentManager",
  interviewer: "recruitment.role.interviewer",
  employee: "recruitment.role.employee"
} as const satisfies { readonly [R in Role]: Messages.Code }

/**
 * The catalogue label of a role, for role pickers and approval timelines.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * import { Roles } from "@frontdesk/domain/recruitment"
 * Messages.format(Roles.label("unitHead"), "zh-CN") // "单位负责人"
 * ```
 * @category rendering
 * @since 0.1.0
 */
export const label = (role: Role): Messages.Code => labels[role]
