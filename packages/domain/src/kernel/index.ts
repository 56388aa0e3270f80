/**
 * The kernel: building blocks every family uses.
 *
 * @example
 * ```ts
 * import { Calendar } from "@frontdesk/domain/kernel"
 * // the same namespaces as "@frontdesk/domain", for hosts that import the kernel alone
 * Calendar.isWorkingDay(Calendar.cnMainland(), "2026-10-01") // { _tag: "Known", value: false }
 * ```
 * @module
 * @since 0.1.0
 */
export * as Actor from "./Actor.js"
export * as Calendar from "./Calendar.js"
export * as ContactWindow from "./ContactWindow.js"
export * as Deadline from "./Deadline.js"
export * as Diagram from "./Diagram.js"
export * as Field from "./Field.js"
export * as History from "./History.js"
export * as Input from "./Input.js"
export * as Messages from "./Messages.js"
export * as Personal from "./Personal.js"
export * as Rules from "./Rules.js"
export * as SmsCode from "./SmsCode.js"
export * as Workflow from "./Workflow.js"
