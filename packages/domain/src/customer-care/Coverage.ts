/**
 * Member coverage (必须保证会员客户的100%的回访): which members due a callback in a period have not
 * been called back yet, and the share that have — the target is 100%.
 *
 * A member is due when a callback was created for them in the period (callbacks are created when
 * a service is recorded), or when the host names them as due. A member counts as called when one
 * of those callbacks is completed; one closed as unreachable is not a callback made.
 *
 * @example
 * ```ts
 * import { Coverage, Period } from "@frontdesk/domain/customer-care"
 * declare const callbacks: Parameters<typeof Coverage.compute>[0]["callbacks"]
 * const march = Coverage.compute({ callbacks, period: Period.make("2026-03-01", "2026-03-31") })
 * march.share // 0.95
 * march.pending.map((p) => p.customerId) // who still needs a call
 * ```
 * @module
 * @since 0.1.0
 */
import type * as Workflow from "../kernel/Workflow.js"
import type * as Callback from "./Callback.js"
import * as Period from "./Period.js"

/**
 * A member due a callback and not called yet, with their open callback when there is one.
 *
 * @example
 * ```ts
 * import type { Coverage } from "@frontdesk/domain/customer-care"
 * const p: Coverage.Pending = { customerId: "c-1", customerName: "张伟", callbackId: "cb-1" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Pending {
  readonly customerId: string
  readonly customerName?: string | undefined
  readonly callbackId?: string | undefined
}

/**
 * Coverage of a period: members due, members called back, the share (1 when nobody is due, and
 * never above 1), and who is pending.
 *
 * @example
 * ```ts
 * import type { Coverage } from "@frontdesk/domain/customer-care"
 * const c: Coverage.Coverage = { due: 20, called: 19, share: 0.95, pending: [{ customerId: "c-7" }] }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Coverage {
  readonly due: number
  readonly called: number
  readonly share: number
  readonly pending: ReadonlyArray<Pending>
}

/**
 * The callback records coverage reads.
 *
 * @example
 * ```ts
 * import type { Coverage } from "@frontdesk/domain/customer-care"
 * const ids = (records: ReadonlyArray<Coverage.CallbackLike>) => records.map((r) => r.id)
 * ```
 * @category models
 * @since 0.1.0
 */
export type CallbackLike = Pick<Workflow.Record<Callback.Callback>, "id" | "state" | "createdAt" | "data">

/**
 * Computes member coverage for a period from callback records (see the module documentation).
 * `members` adds members the host knows are due; they count as pending unless called.
 *
 * @example
 * ```ts
 * import { Coverage, Period } from "@frontdesk/domain/customer-care"
 * Coverage.compute({ callbacks: [], period: Period.make("2026-03-01", "2026-03-31"), members: ["c-1"] })
 * // { due: 1, called: 0, share: 0, pending: [{ customerId: "c-1" }] }
 * ```
 * @category coverage
 * @since 0.1.0
 */
export const compute = (options: {
  readonly callbacks: ReadonlyArray<CallbackLike>
  readonly period: Period.Period
  readonly members?: ReadonlyArray<string> | undefined
}): Coverage => {
  const due = new Map<string, { name?: string; open?: string; called: boolean }>()
  for (const id of options.members ?? []) if (!due.has(id)) due.set(id, { called: false })
  const inPeriod = options.callbacks
    .filter((c) => c.data.membership === "member" && Period.contains(options.period, c.createdAt))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  for (const callback of inPeriod) {
    const entry = due.get(callback.data.customerId) ?? { called: false }
    entry.name ??= callback.data.customerName
    if (callback.state === "completed") entry.called = true
    else if (callback.state === "scheduled" || callback.state === "attempted") entry.open ??= callback.id
    due.set(callback.data.customerId, entry)
  }
  const pending: Array<Pending> = []
  let called = 0
  for (const [customerId, entry] of [...due.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (entry.called) called++
    else
      pending.push({
        customerId,
        ...(entry.name === undefined ? {} : { customerName: entry.name }),
        ...(entry.open === undefined ? {} : { callbackId: entry.open })
      })
  }
  return { due: due.size, called, share: due.size === 0 ? 1 : called / due.size, pending }
}
