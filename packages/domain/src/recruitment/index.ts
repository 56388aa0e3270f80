/**
 * `@frontdesk/domain/recruitment`: recruitment from staffing requisition to the end of probation —
 * requisitions and their approvals, recruitment plans, candidates and interviews, the
 * disqualification rules with their legal standing, the blacklist, hiring, probation, thank-you
 * letters and the recruitment evaluation.
 *
 * @example
 * ```ts
 * import { Workflow } from "@frontdesk/domain"
 * import { Candidate, Requisition, collections, roles } from "@frontdesk/domain/recruitment"
 * Workflow.commandsFrom(Requisition.workflow, "submitted").map((c) => c.name)
 * collections.map((c) => c.name) // ["requisitions", "plans", "candidates", "probations", "blacklist"]
 * ```
 * @module
 * @since 0.1.0
 */
export * as Blacklist from "./Blacklist.js"
export * as Candidate from "./Candidate.js"
export * as Disqualification from "./Disqualification.js"
export * as Evaluation from "./Evaluation.js"
export * as Interview from "./Interview.js"
export * as Letter from "./Letter.js"
export * as Offer from "./Offer.js"
export * as Plan from "./Plan.js"
export * as Probation from "./Probation.js"
export * as Requisition from "./Requisition.js"
export * as Roles from "./Roles.js"
export { roles } from "./Roles.js"
export * as Screening from "./Screening.js"

/**
 * A store collection with its indexes, as plain data of the same shape as the storage package's
 * `Store.CollectionDefinition` (the domain does not depend on storage).
 *
 * @example
 * ```ts
 * import type { CollectionDefinition } from "@frontdesk/domain/recruitment"
 * const c: CollectionDefinition = { name: "plans", indexes: [{ name: "byState", keyPath: "state" }] }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface CollectionDefinition {
  readonly name: string
  readonly indexes: ReadonlyArray<{ readonly name: string; readonly keyPath: string | ReadonlyArray<string> }>
}

/**
 * The recruitment collections and their indexes: requisitions by state and by department; plans
 * by requisition and state; candidates by requisition and state (the pipeline board), by
 * resident ID and by mobile (duplicate detection), by channel and by state; probations by state,
 * by due time (open ones ending next), by end and by candidate; the blacklist by resident ID. Interview evaluations are kept on the candidate
 * record, so its `evaluate` command is in the history and guards can read them.
 *
 * @example
 * ```ts
 * import { createDesk, memoryStore } from "@frontdesk/storage"
 * import { collections } from "@frontdesk/domain/recruitment"
 * // const desk = createDesk({ store: memoryStore({ version: 1, collections }) })
 * ```
 * @category collections
 * @since 0.1.0
 */
export const collections: ReadonlyArray<CollectionDefinition> = [
  {
    name: "requisitions",
    indexes: [
      { name: "byState", keyPath: "state" },
      { name: "byDepartment", keyPath: ["data.department", "state"] },
      { name: "byUpdated", keyPath: "updatedAt" }
    ]
  },
  {
    name: "plans",
    indexes: [
      { name: "byRequisition", keyPath: "data.requisitionId" },
      { name: "byState", keyPath: "state" }
    ]
  },
  {
    name: "candidates",
    indexes: [
      { name: "byRequisitionState", keyPath: ["data.requisitionId", "state"] },
      { name: "byResidentId", keyPath: "data.residentId" },
      { name: "byMobile", keyPath: "data.mobile" },
      { name: "byChannel", keyPath: "data.channel" },
      { name: "byState", keyPath: "state" },
      { name: "byUpdated", keyPath: "updatedAt" }
    ]
  },
  {
    name: "probations",
    indexes: [
      { name: "byState", keyPath: "state" },
      { name: "byDue", keyPath: "dueAt" },
      { name: "byEnd", keyPath: "data.endsAt" },
      { name: "byCandidate", keyPath: "data.candidateId" }
    ]
  },
  {
    name: "blacklist",
    indexes: [{ name: "byResidentId", keyPath: "residentId" }]
  }
]
