/**
 * What the service runs: one entry per procedure family, each with its workflows and the
 * collections (and indexes) its screens query. Adding a family is one entry here; bump
 * `storeVersion` with it so existing databases gain the new collections in place.
 */
import type { Workflow } from "@frontdesk/domain"
import * as CustomerCare from "@frontdesk/domain/customer-care"
import * as Recruitment from "@frontdesk/domain/recruitment"
import { Store } from "@frontdesk/storage"
import { Effect } from "effect"
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
  /** What the guards of a command look up in the store, read before the command is decided. */
  readonly context?: ((workflow: Workflow.Any, command: string) => Lookup | undefined) | undefined
}

type Lookup = Effect.Effect<Workflow.Context, Store.StoreError, Store.Store>

/** Every value of a collection, page by page. */
const everything = (
  collection: string
): Effect.Effect<ReadonlyArray<unknown>, Store.StoreError, Store.Store> =>
  Effect.gen(function* () {
    const store = yield* Store.Store
    const values: Array<unknown> = []
    let cursor: string | undefined
    do {
      const page: Store.Page = yield* store.query(collection, { index: Store.idIndex, limit: 500, cursor })
      for (const item of page.items) values.push(item.value)
      cursor = page.cursor
    } while (cursor !== undefined)
    return values
  })

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
  },
  {
    id: "recruitment",
    workflows: [
      Recruitment.Requisition.workflow,
      Recruitment.Plan.workflow,
      Recruitment.Candidate.workflow,
      Recruitment.Probation.workflow
    ],
    collections: Recruitment.collections,
    // The disqualification rules read the blacklist (黑名单) from its collection, afresh for every
    // command on a candidate, so an entry added a moment ago already counts.
    context: (workflow) =>
      workflow === Recruitment.Candidate.workflow
        ? Effect.map(everything(Recruitment.Blacklist.collection), (entries) =>
            Recruitment.Blacklist.context(entries as ReadonlyArray<Recruitment.Blacklist.Entry>)
          )
        : undefined
  }
]

/** The schema version; raise it whenever a family adds a collection or an index. */
export const storeVersion = 2

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

/** What the guards of a command look up in the store; nothing for most commands. */
export const contextFor = (workflow: Workflow.Any, command: string): Lookup => {
  const family = families.find((candidate) => candidate.workflows.includes(workflow))
  return family?.context?.(workflow, command) ?? Effect.succeed({})
}
