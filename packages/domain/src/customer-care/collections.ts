/**
 * The store collections of the customer-care family and the indexes its screens query. Plain
 * data with the shape of `Store.CollectionDefinition` (`@frontdesk/storage`), so the domain needs
 * no storage import: pass them to a store's schema definition.
 *
 * @example
 * ```ts
 * import { collections } from "@frontdesk/domain/customer-care"
 * collections.find((c) => c.name === "callbacks")?.indexes.map((i) => i.name)
 * ```
 * @module
 * @since 0.1.0
 */

/**
 * A collection definition as a store takes it: a name and indexes by key path (a record's
 * top-level field such as `dueAt`, a path into its data such as `data.assignee`, or several for a
 * compound index). A record without a value at an index's path is not in that index.
 *
 * @example
 * ```ts
 * import type { CollectionDefinition } from "@frontdesk/domain/customer-care"
 * const c: CollectionDefinition = { name: "callbacks", indexes: [{ name: "byDue", keyPath: "dueAt" }] }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface CollectionDefinition {
  readonly name: string
  readonly indexes: ReadonlyArray<{ readonly name: string; readonly keyPath: string | ReadonlyArray<string> }>
}

/**
 * The family's collections:
 * - `customers`: `byState`, `byDue` (first-contact due), `bySpecialist` (`data.specialist`),
 *   `byCustodian`, `byCategory`, `byMembership` (`"member"` / `"nonMember"`);
 * - `callbacks`: `byAssigneeDue` (`["data.assignee", "dueAt"]`, the queue: one specialist's open
 *   callbacks, most urgent first; completed ones have no `dueAt` and drop out), `byDue` (every
 *   open callback by due time), `byState`, `byCustomer`, `byCreated` (reports by period);
 * - `complaints`: `byState`, `byDepartment`, `byDue` (promised callback), `byCreated`;
 * - `qaSamples`: `byPeriodAgent` (`["data.period", "data.agent"]`), `byState`.
 *
 * @example
 * ```ts
 * import { collections } from "@frontdesk/domain/customer-care"
 * const schema = { version: 1, collections: [...collections] }
 * ```
 * @category collections
 * @since 0.1.0
 */
export const collections: ReadonlyArray<CollectionDefinition> = [
  {
    name: "customers",
    indexes: [
      { name: "byState", keyPath: "state" },
      { name: "byDue", keyPath: "dueAt" },
      { name: "bySpecialist", keyPath: "data.specialist" },
      { name: "byCustodian", keyPath: "data.custodian" },
      { name: "byCategory", keyPath: "data.category" },
      { name: "byMembership", keyPath: "data.membership" }
    ]
  },
  {
    name: "callbacks",
    indexes: [
      { name: "byAssigneeDue", keyPath: ["data.assignee", "dueAt"] },
      { name: "byDue", keyPath: "dueAt" },
      { name: "byState", keyPath: "state" },
      { name: "byCustomer", keyPath: "data.customerId" },
      { name: "byCreated", keyPath: "createdAt" }
    ]
  },
  {
    name: "complaints",
    indexes: [
      { name: "byState", keyPath: "state" },
      { name: "byDepartment", keyPath: "data.department" },
      { name: "byDue", keyPath: "dueAt" },
      { name: "byCreated", keyPath: "createdAt" }
    ]
  },
  {
    name: "qaSamples",
    indexes: [
      { name: "byPeriodAgent", keyPath: ["data.period", "data.agent"] },
      { name: "byState", keyPath: "state" }
    ]
  }
]
