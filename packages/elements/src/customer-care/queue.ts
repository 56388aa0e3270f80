/**
 * The callback queue's read: one specialist's open callbacks through the `byAssigneeDue` index,
 * in the order a specialist works them. Kept apart from the element so the benchmark measures
 * exactly what the element runs.
 */
import type { Workflow } from "@frontdesk/domain"
import { Callback } from "@frontdesk/domain/customer-care"
import type { QueryDesk } from "../internal/context.js"

/**
 * The `limit` most urgent open callbacks of `assignee`: the index gives them by stored due time
 * (completed callbacks have none and are not in it); `Callback.byUrgency` then puts an agreed time
 * where it belongs.
 *
 * @example
 * ```ts
 * import { readCallbackQueue, type QueryDesk } from "@frontdesk/elements"
 * declare const desk: QueryDesk
 * const queue = await readCallbackQueue(desk, "u-1", 50)
 * ```
 * @category queries
 * @since 0.1.0
 */
export const readCallbackQueue = async (
  desk: Pick<QueryDesk, "query">,
  assignee: string,
  limit: number
): Promise<ReadonlyArray<Workflow.Record<Callback.Callback>>> => {
  const page = await desk.query("callbacks", {
    index: "byAssigneeDue",
    where: { prefix: [assignee] },
    order: "asc",
    limit
  })
  return [...(page.items as ReadonlyArray<Workflow.Record<Callback.Callback>>)].sort(Callback.byUrgency)
}
