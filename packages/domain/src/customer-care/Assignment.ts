/**
 * Balanced assignment (资料处理): new customers go to specialists so that each holds a balanced
 * number of customers weighed by ability (负责客户数量均衡、兼顾业务能力), and only to specialists
 * skilled in the customer's category. Pure and deterministic: the same input gives the same
 * assignment, and each choice comes with its reason.
 *
 * Balance means: for a customer placed with specialist `s`, no other specialist `t` skilled in its
 * category would hold fewer customers per unit of capacity even after taking it, i.e.
 * `load(s) / capacity(s) ≤ (load(t) + 1) / capacity(t)` — balanced within one customer per
 * capacity unit. Loads include the customers each specialist already holds.
 *
 * @example
 * ```ts
 * import { Assignment } from "@frontdesk/domain/customer-care"
 * const result = Assignment.assign(
 *   [
 *     { id: "u-1", capacity: 2, skills: ["vip", "retail"] },
 *     { id: "u-2", capacity: 1, skills: ["retail"] }
 *   ],
 *   [{ id: "c-1", category: "retail" }, { id: "c-2", category: "retail" }, { id: "c-3", category: "vip" }]
 * )
 * result.assignments.map((a) => [a.customerId, a.specialistId])
 * ```
 * @module
 * @since 0.1.0
 */
import * as Messages from "../kernel/Messages.js"
import { customerCareTexts } from "../messages/customer-care.js"

Messages.register(customerCareTexts)

/**
 * A specialist who can take customers: `capacity` weighs their ability (2 takes twice the
 * customers of 1; 0 or less takes none), `skills` the categories they serve, `load` how many
 * customers they already hold (0 when absent).
 *
 * @example
 * ```ts
 * import type { Assignment } from "@frontdesk/domain/customer-care"
 * const s: Assignment.Specialist = { id: "u-1", name: "王芳", capacity: 1.5, skills: ["vip"], load: 12 }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Specialist {
  readonly id: string
  readonly name?: string | undefined
  readonly capacity: number
  readonly skills: ReadonlyArray<string>
  readonly load?: number | undefined
}

/**
 * A customer waiting to be assigned.
 *
 * @example
 * ```ts
 * import type { Assignment } from "@frontdesk/domain/customer-care"
 * const c: Assignment.Candidate = { id: "c-1", category: "vip" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Candidate {
  readonly id: string
  readonly category: string
}

/**
 * One specialist's standing when a choice is explained: customers held, capacity, and customers
 * per unit of capacity.
 *
 * @example
 * ```ts
 * import type { Assignment } from "@frontdesk/domain/customer-care"
 * const s: Assignment.Standing = { specialistId: "u-1", load: 3, capacity: 1.5, weighted: 2 }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Standing {
  readonly specialistId: string
  readonly load: number
  readonly capacity: number
  readonly weighted: number
}

/**
 * One choice: the customer, the specialist, why (a catalogue message), and the standing of every
 * specialist that could have taken the customer, with the final loads.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * import type { Assignment } from "@frontdesk/domain/customer-care"
 * const explain = (choice: Assignment.Choice) => Messages.render(choice.reason, "zh-CN")
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Choice {
  readonly customerId: string
  readonly specialistId: string
  readonly category: string
  readonly reason: Messages.Message
  readonly candidates: ReadonlyArray<Standing>
}

/**
 * A customer nobody can take (no specialist with capacity is skilled in its category).
 *
 * @example
 * ```ts
 * import type { Assignment } from "@frontdesk/domain/customer-care"
 * const u: Assignment.Unassigned = { customerId: "c-9", category: "fleet", reason: { code: "customerCare.assignment.noSkill", params: { category: "fleet" } } }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Unassigned {
  readonly customerId: string
  readonly category: string
  readonly reason: Messages.Message
}

/**
 * What {@link assign} returns: the choices in the order the customers were given, those left
 * unassigned, and each specialist's load afterwards.
 *
 * @example
 * ```ts
 * import type { Assignment } from "@frontdesk/domain/customer-care"
 * const count = (result: Assignment.Result) => result.assignments.length
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Result {
  readonly assignments: ReadonlyArray<Choice>
  readonly unassigned: ReadonlyArray<Unassigned>
  readonly loads: ReadonlyArray<Standing>
}

const round = (n: number): number => Math.round(n * 100) / 100

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Assigns customers to specialists, balanced by capacity and matched to skills (see the module
 * documentation for what balanced means). Customers with the fewest skilled specialists are placed
 * first, each with the specialist who would hold the fewest customers per capacity unit after
 * taking it (ties: fewer customers, then larger capacity, then id); then single moves that
 * improve the balance are made until none is left. Duplicate customer ids count once.
 *
 * @example
 * ```ts
 * import { Assignment } from "@frontdesk/domain/customer-care"
 * const { assignments } = Assignment.assign(
 *   [{ id: "u-1", capacity: 2, skills: ["retail"] }, { id: "u-2", capacity: 1, skills: ["retail"] }],
 *   [{ id: "c-1", category: "retail" }, { id: "c-2", category: "retail" }, { id: "c-3", category: "retail" }]
 * )
 * assignments.map((a) => a.specialistId) // u-1 takes two, u-2 one
 * ```
 * @category assignment
 * @since 0.1.0
 */
export const assign = (
  specialists: ReadonlyArray<Specialist>,
  customers: ReadonlyArray<Candidate>
): Result => {
  const pool = [...specialists]
    .filter((s) => Number.isFinite(s.capacity) && s.capacity > 0)
    .sort((a, b) => byId(a.id, b.id))
  const load = new Map(pool.map((s) => [s.id, Math.max(0, Math.floor(s.load ?? 0))]))
  const capacity = new Map(pool.map((s) => [s.id, s.capacity]))
  const skilled = (category: string) => pool.filter((s) => s.skills.includes(category)).map((s) => s.id)
  const after = (id: string) => (load.get(id)! + 1) / capacity.get(id)!
  const weighted = (id: string) => load.get(id)! / capacity.get(id)!

  const seen = new Set<string>()
  const unique = customers.filter((c) => !seen.has(c.id) && seen.add(c.id) !== undefined)
  const eligible = new Map(unique.map((c) => [c.id, skilled(c.category)]))
  const unassigned: Array<Unassigned> = unique
    .filter((c) => eligible.get(c.id)!.length === 0)
    .map((c) => ({
      customerId: c.id,
      category: c.category,
      reason: { code: "customerCare.assignment.noSkill", params: { category: c.category } }
    }))
  const placing = unique
    .filter((c) => eligible.get(c.id)!.length > 0)
    .sort((a, b) => eligible.get(a.id)!.length - eligible.get(b.id)!.length || byId(a.id, b.id))

  const better = (a: string, b: string): boolean =>
    after(a) < after(b) ||
    (after(a) === after(b) &&
      (load.get(a)! < load.get(b)! ||
        (load.get(a)! === load.get(b)! &&
          (capacity.get(a)! > capacity.get(b)! || (capacity.get(a)! === capacity.get(b)! && a < b)))))

  const holder = new Map<string, string>()
  for (const customer of placing) {
    let best: string | undefined
    for (const id of eligible.get(customer.id)!) if (best === undefined || better(id, best)) best = id
    holder.set(customer.id, best!)
    load.set(best!, load.get(best!)! + 1)
  }

  // Greedy placement can leave a specialist with customers another could take more evenly (a
  // shared category placed before a specialist's exclusive one); each move strictly lowers
  // Σ load·(load+1)/(2·capacity), so this ends.
  for (let moved = true; moved; ) {
    moved = false
    for (const customer of placing) {
      const from = holder.get(customer.id)!
      for (const to of eligible.get(customer.id)!) {
        if (to !== from && after(to) < weighted(from)) {
          load.set(from, load.get(from)! - 1)
          load.set(to, load.get(to)! + 1)
          holder.set(customer.id, to)
          moved = true
          break
        }
      }
    }
  }

  const standing = (id: string): Standing => ({
    specialistId: id,
    load: load.get(id)!,
    capacity: capacity.get(id)!,
    weighted: round(weighted(id))
  })
  const nameOf = new Map(pool.map((s) => [s.id, s.name ?? s.id]))
  const assignments: Array<Choice> = unique.flatMap((c): ReadonlyArray<Choice> => {
    const id = holder.get(c.id)
    if (id === undefined) return []
    const candidates = eligible.get(c.id)!.map(standing)
    return [
      {
        customerId: c.id,
        specialistId: id,
        category: c.category,
        reason: {
          code: "customerCare.assignment.chosen",
          params: {
            specialist: nameOf.get(id)!,
            category: c.category,
            candidates: candidates.length,
            load: load.get(id)!,
            capacity: capacity.get(id)!
          }
        },
        candidates
      }
    ]
  })
  return { assignments, unassigned, loads: pool.map((s) => standing(s.id)) }
}

/**
 * Tells whether an assignment is balanced: for every choice, every specialist skilled in the
 * customer's category would hold at least as many customers per capacity unit as the chosen one
 * after taking one more. {@link assign} always returns a balanced result; this lets a host check
 * assignments made by hand.
 *
 * @example
 * ```ts
 * import { Assignment } from "@frontdesk/domain/customer-care"
 * const specialists = [{ id: "u-1", capacity: 1, skills: ["vip"] }]
 * Assignment.isBalanced(specialists, Assignment.assign(specialists, [{ id: "c-1", category: "vip" }])) // true
 * ```
 * @category assignment
 * @since 0.1.0
 */
export const isBalanced = (specialists: ReadonlyArray<Specialist>, result: Result): boolean => {
  const final = new Map(result.loads.map((s) => [s.specialistId, s]))
  const skills = new Map(specialists.map((s) => [s.id, s.skills]))
  const epsilon = 1e-9
  return result.assignments.every((choice) => {
    const chosen = final.get(choice.specialistId)
    if (chosen === undefined) return false
    const mine = chosen.load / chosen.capacity
    return [...final.values()].every(
      (other) =>
        other.specialistId === chosen.specialistId ||
        !(skills.get(other.specialistId) ?? []).includes(choice.category) ||
        mine <= (other.load + 1) / other.capacity + epsilon
    )
  })
}
