/**
 * What the recruitment guards look up, supplied to every command the section's elements run.
 * The candidate workflow's disqualification rules read the company's blacklist, and its `confirm`
 * and `failProbation` read the candidate's probation record; a probation's creation reads whether
 * the person already had one with this employer (only one is allowed, Labour Contract Law
 * art. 19). The elements run commands through the desk they are given, so the section hands them
 * a desk that adds this context to each call — read afresh from the store every time, so an entry
 * put on the blacklist a moment ago already counts.
 */
import type { Workflow } from "@frontdesk/domain"
import { Blacklist, type Candidate, type Probation } from "@frontdesk/domain/recruitment"
import { type Desk, Store } from "@frontdesk/storage"
import { workflows } from "./policy.js"

/** Every blacklisted resident ID, page by page. */
export const blacklistIds = async (desk: Desk.Desk): Promise<ReadonlyArray<string>> => {
  const entries: Array<Blacklist.Entry> = []
  let cursor: string | undefined
  do {
    const page = await desk.query(Blacklist.collection, { index: Store.idIndex, limit: 500, cursor })
    for (const item of page.items) entries.push(item as unknown as Blacklist.Entry)
    cursor = page.cursor
  } while (cursor !== undefined)
  return Blacklist.context(entries).blacklist
}

/** The candidate workflow's context for candidate `id`: the blacklist and its probation record. */
export const candidateContext = async (desk: Desk.Desk, id: string): Promise<Candidate.Context> => {
  const [blacklist, probation] = await Promise.all([
    blacklistIds(desk),
    desk.get<Probation.Data>(workflows.probation.collection, id)
  ])
  return probation === undefined ? { blacklist } : { blacklist, probation }
}

/**
 * Whether the person a new probation is for already had a probation with this employer: another
 * application of theirs (same resident ID) with a probation record.
 */
export const priorProbation = async (desk: Desk.Desk, candidateId: string): Promise<boolean> => {
  const candidate = await desk.get<Candidate.Data>(workflows.candidate.collection, candidateId)
  const residentId = candidate?.data.residentId
  if (residentId === undefined) return false
  const { items } = await desk.query<Candidate.Data>(workflows.candidate.collection, {
    index: "byResidentId",
    where: { eq: residentId },
    limit: 100
  })
  const others = items.filter((other) => other.id !== candidateId)
  const found = await Promise.all(others.map((other) => desk.get(workflows.probation.collection, other.id)))
  return found.some((record) => record !== undefined)
}

const contextFor = async (
  desk: Desk.Desk,
  workflow: Workflow.Any,
  id: string,
  input: unknown
): Promise<Workflow.Context | undefined> => {
  if (workflow.name === workflows.candidate.name) return { ...(await candidateContext(desk, id)) }
  if (workflow.name === workflows.probation.name) {
    const candidateId = (input as { readonly candidateId?: unknown } | null)?.candidateId
    return typeof candidateId === "string"
      ? { priorProbation: await priorProbation(desk, candidateId) }
      : undefined
  }
  return undefined
}

const merged = (
  looked: Workflow.Context | undefined,
  options: Desk.CallOptions | undefined
): Desk.CallOptions | undefined =>
  looked === undefined ? options : { context: { ...options?.context, ...looked } }

/**
 * The desk the section's elements use: the shell's desk, with the recruitment context added to
 * every `create` and `run` — what it looks up wins over what a caller passes, since it is read
 * from the store the command is decided against. A desk whose commands a service decides ignores it; the service looks
 * the context up itself.
 */
export const withContext = (desk: Desk.Desk): Desk.Desk => ({
  get: (collection, id) => desk.get(collection, id),
  create: async (workflow, id, input, actor, options) =>
    desk.create(workflow, id, input, actor, merged(await contextFor(desk, workflow, id, input), options)),
  run: async (workflow, id, command, input, actor, options) =>
    desk.run(
      workflow,
      id,
      command,
      input,
      actor,
      merged(await contextFor(desk, workflow, id, input), options)
    ),
  history: (collection, recordId) => desk.history(collection, recordId),
  query: (collection, query) => desk.query(collection, query),
  recomputeDeadlines: (workflow, calendar) => desk.recomputeDeadlines(workflow, calendar),
  watch: (listener) => desk.watch(listener),
  drafts: desk.drafts,
  export: () => desk.export(),
  import: (doc) => desk.import(doc),
  close: () => desk.close()
})
