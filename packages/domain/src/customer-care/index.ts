/**
 * `@frontdesk/domain/customer-care`: customer records and their balanced assignment, callbacks
 * (回访) with deadlines and quiet hours, callback records that follow the script, member
 * coverage, complaints, incoming-call routing, quality samples and the callback summary report.
 *
 * @example
 * ```ts
 * import { Callback, Report, collections } from "@frontdesk/domain/customer-care"
 * collections.map((c) => c.name) // ["customers", "callbacks", "complaints", "qaSamples"]
 * ```
 * @module
 * @since 0.1.0
 */
export * as Assignment from "./Assignment.js"
export * as Callback from "./Callback.js"
export * as CallbackRecord from "./CallbackRecord.js"
export * as Complaint from "./Complaint.js"
export * as Coverage from "./Coverage.js"
export * as Customer from "./Customer.js"
export { type CollectionDefinition, collections } from "./collections.js"
export * as IncomingCall from "./IncomingCall.js"
export * as Period from "./Period.js"
export * as QaSample from "./QaSample.js"
export * as Report from "./Report.js"
export * as Roles from "./Roles.js"
