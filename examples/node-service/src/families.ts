/**
 * What the service runs: one entry per procedure family, each with its workflows and the
 * collections (and indexes) its screens query. Adding a family is one entry here; bump
 * `storeVersion` with it so existing databases gain the new collections in place.
 *
 * The workflows are the browser demo's own, configured as its sections configure them (callbacks
 * due in three working days, for one), and what their guards look up is read here as the demo's
 * sections read it. So a command decides the same with `?store=` on this service as it does in
 * the browser — one definition, no copy to drift apart — and under the same workflow names, so
 * the remote desk matches them.
 */
import type { Calendar, Workflow } from "@frontdesk/domain"
import * as CustomerCare from "@frontdesk/domain/customer-care"
import * as Recruitment from "@frontdesk/domain/recruitment"
import { Store } from "@frontdesk/storage"
import { Effect } from "effect"
import * as CustomerCarePolicy from "../../browser-demo/src/sections/customer-care/policy.js"
import * as Reception from "../../browser-demo/src/sections/reception/enquiry.js"
import * as RecruitmentPolicy from "../../browser-demo/src/sections/recruitment/policy.js"

type Lookup = Effect.Effect<Workflow.Context, Store.StoreError, Store.Store>

/** One procedure family as the service serves it. */
export interface Family {
  readonly id: string
  readonly workflows: ReadonlyArray<Workflow.Any>
  readonly collections: ReadonlyArray<Store.CollectionDefinition>
  /** Commands decided again on a fresh record after a `Conflict`; see `Runner.Options.safeToRetry`. */
  readonly safeToRetry?: ReadonlyArray<string> | undefined
  /**
   * What the guards of a command look up in the store, read before the command is decided: told
   * the record's id (the new one for a create) and the input as the request sent it (unchecked).
   */
  readonly context?:
    | ((workflow: Workflow.Any, command: string, id: string, input: unknown) => Lookup | undefined)
    | undefined
}

/** The calendar deadlines count on: the one the demo's desk counts on. */
export const calendar: Calendar.Calendar = CustomerCarePolicy.calendar

/** Every item of a collection over an index (all of them by id when absent), page by page. */
const everything = (
  collection: string,
  index: string = Store.idIndex,
  where?: Store.Where
): Effect.Effect<ReadonlyArray<Store.Item>, Store.StoreError, Store.Store> =>
  Effect.gen(function* () {
    const store = yield* Store.Store
    const items: Array<Store.Item> = []
    let cursor: string | undefined
    do {
      const page: Store.Page = yield* store.query(collection, { index, where, limit: 500, cursor })
      items.push(...page.items)
      cursor = page.cursor
    } while (cursor !== undefined)
    return items
  })

const recruitment = RecruitmentPolicy.workflows

/** Every blacklisted resident ID, read afresh so an entry added a moment ago already counts. */
const blacklist: Effect.Effect<ReadonlyArray<string>, Store.StoreError, Store.Store> = Effect.map(
  everything(Recruitment.Blacklist.collection),
  (items) =>
    Recruitment.Blacklist.context(items.map((item) => item.value as Recruitment.Blacklist.Entry)).blacklist
)

/** The record stored under `id` in `collection`, if any. */
const recordOf = <D>(
  collection: string,
  id: string
): Effect.Effect<Workflow.Record<D> | undefined, Store.StoreError, Store.Store> =>
  Effect.flatMap(Store.Store, (store) =>
    Effect.map(store.get(collection, id), (item) => item?.value as Workflow.Record<D> | undefined)
  )

/**
 * The candidate workflow's context for candidate `id`: the blacklist for the disqualification
 * rules and its probation record (kept under the candidate's id) for `confirm` and `failProbation`.
 */
const candidateContext = (id: string): Lookup =>
  Effect.map(
    Effect.all([blacklist, recordOf<Recruitment.Probation.Data>(recruitment.probation.collection, id)], {
      concurrency: "unbounded"
    }),
    ([blacklist, probation]): Recruitment.Candidate.Context & Workflow.Context =>
      probation === undefined ? { blacklist } : { blacklist, probation }
  )

/**
 * Whether the person a new probation is for already had one with this employer (only one is
 * allowed, Labour Contract Law art. 19): another application of theirs, by resident ID, with a
 * probation record.
 */
const priorProbation = (candidateId: string): Effect.Effect<boolean, Store.StoreError, Store.Store> =>
  Effect.gen(function* () {
    const candidate = yield* recordOf<Recruitment.Candidate.Data>(
      recruitment.candidate.collection,
      candidateId
    )
    const residentId = candidate?.data.residentId
    if (residentId === undefined) return false
    const applications = yield* everything(recruitment.candidate.collection, "byResidentId", {
      eq: residentId
    })
    const others = applications.map((item) => item.id).filter((id) => id !== candidateId)
    if (others.length === 0) return false
    const store = yield* Store.Store
    const probations = yield* store.getMany(recruitment.probation.collection, others)
    return probations.some((probation) => probation !== undefined)
  })

/** The recruitment guards' lookups, as the demo's section makes them (its `context.ts`). */
const recruitmentContext = (
  workflow: Workflow.Any,
  command: string,
  id: string,
  input: unknown
): Lookup | undefined => {
  if (workflow.name === recruitment.candidate.name) return candidateContext(id)
  if (workflow.name === recruitment.probation.name && command === "create") {
    const candidateId = (input as { readonly candidateId?: unknown } | null)?.candidateId
    // Input without a candidate is refused by the schema; nothing to look up for it.
    return typeof candidateId === "string"
      ? Effect.map(priorProbation(candidateId), (prior) => ({ priorProbation: prior }))
      : undefined
  }
  return undefined
}

export const families: ReadonlyArray<Family> = [
  { id: "reception", workflows: [Reception.enquiry], collections: Reception.collections },
  {
    id: "customer-care",
    workflows: Object.values(CustomerCarePolicy.workflows),
    collections: CustomerCare.collections
  },
  {
    id: "recruitment",
    workflows: Object.values(recruitment),
    collections: Recruitment.collections,
    context: recruitmentContext
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

/** What the guards of a command on record `id` look up in the store; nothing for most commands. */
export const contextFor = (workflow: Workflow.Any, command: string, id: string, input: unknown): Lookup => {
  const family = families.find((candidate) => candidate.workflows.includes(workflow))
  return family?.context?.(workflow, command, id, input) ?? Effect.succeed({})
}
