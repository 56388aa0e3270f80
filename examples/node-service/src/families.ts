/**
 * What the service runs: one entry per procedure family, each with its workflows and the
 * collections (and indexes) its screens query. Adding a family is one entry here; bump
 * `storeVersion` with it so existing databases gain the new collections in place.
 */
import type { Workflow } from "@frontdesk/domain"
import * as CustomerCare from "@frontdesk/domain/customer-care"
import { Store } from "@frontdesk/storage"
// The reception enquiry is the browser demo's worked example; the service runs the same workflow,
// so the demo can switch to it without a copy drifting apart.
import * as Reception from "../../browser-demo/src/sections/reception/enquiry.js"

/** One procedure family as the service serves it. */
export interface Family {
  readonly id: string
  readonly workflows: ReadonlyArray<Workflow.Any>
  readonly collections: ReadonlyArray<Store.CollectionDefinition>
  /** Commands decided again on a fresh record after a `Conflict`; see `Runner.Options.safeToRetry`. */
  readonly safeToRetry?: ReadonlyArray<string> | undefined
}

export const families: ReadonlyArray<Family> = [
  { id: "reception", workflows: [Reception.enquiry], collections: Reception.collections },
  {
    id: "customer-care",
    workflows: [
      CustomerCare.Customer.workflow,
      CustomerCare.Callback.workflow,
      CustomerCare.Complaint.workflow,
      CustomerCare.QaSample.workflow
    ],
    collections: CustomerCare.collections
  }
]

/** The schema version; raise it whenever a family adds a collection or an index. */
export const storeVersion = 1

/** The store every family shares. */
export const schema: Store.Definition = Store.define({
  version: storeVersion,
  collections: families.flatMap((family) => family.collections)
})

/** Every workflow of every family. */
export const workflows: ReadonlyArray<Workflow.Any> = families.flatMap((family) => family.workflows)

/** Whether a command of a workflow may be decided again after a `Conflict`. */
export const safeToRetry = (workflow: Workflow.Any, command: string): boolean =>
  families.some(
    (family) => family.workflows.includes(workflow) && (family.safeToRetry ?? []).includes(command)
  )
