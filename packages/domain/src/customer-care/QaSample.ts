/**
 * Quality samples (质检抽查): the performance team samples completed calls at random, per period
 * and agent (绩效考核小组随机抽查录音), scores them and records improvement notes.
 *
 * The draw is seeded: the same seed, period and calls always give the same sample, so a sample
 * can be reproduced and audited. A drawn sample becomes a record of the `qaSample` workflow
 * (`drawn → scored`).
 *
 * @example
 * ```ts
 * import { QaSample } from "@frontdesk/domain/customer-care"
 * const calls = [{ id: "cb-1", agent: "u-1" }, { id: "cb-2", agent: "u-1" }, { id: "cb-3", agent: "u-2" }]
 * QaSample.draw({ calls, seed: "2026-03", period: "2026-03", perAgent: 1 }).map((s) => s.callId)
 * ```
 * @module
 * @since 0.1.0
 */
import { Schema } from "effect"
import * as Field from "../kernel/Field.js"
import * as Input from "../kernel/Input.js"
import * as Messages from "../kernel/Messages.js"
import * as Workflow from "../kernel/Workflow.js"
import { customerCareTexts } from "../messages/customer-care.js"
import type * as Callback from "./Callback.js"
import * as Period from "./Period.js"
import * as Roles from "./Roles.js"

Messages.register(customerCareTexts)

// ---------------------------------------------------------------------------------------------
// a small seeded random generator
// ---------------------------------------------------------------------------------------------

/** FNV-1a over the UTF-16 code units: a stable 32-bit seed from any string. */
const hash = (text: string): number => {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/**
 * A seeded pseudo-random generator (mulberry32): each call gives the next number in [0, 1).
 * Not for secrets — for reproducible samples.
 *
 * @example
 * ```ts
 * import { QaSample } from "@frontdesk/domain/customer-care"
 * const next = QaSample.random("2026-03")
 * next() === QaSample.random("2026-03")() // true
 * ```
 * @category random
 * @since 0.1.0
 */
export const random = (seed: string): (() => number) => {
  let state = hash(seed)
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// ---------------------------------------------------------------------------------------------
// drawing
// ---------------------------------------------------------------------------------------------

/**
 * A completed call that may be sampled: its id (the callback's) and the agent who made it.
 *
 * @example
 * ```ts
 * import type { QaSample } from "@frontdesk/domain/customer-care"
 * const call: QaSample.Call = { id: "cb-1", agent: "u-1" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Call {
  readonly id: string
  readonly agent: string
}

/**
 * How many calls per agent a draw takes when not told (the seed gives no number).
 *
 * @example
 * ```ts
 * import { QaSample } from "@frontdesk/domain/customer-care"
 * QaSample.defaultPerAgent // 2
 * ```
 * @category constants
 * @since 0.1.0
 */
export const defaultPerAgent = 2

/**
 * The input of creating a sample record: the call, its agent, the period and the seed drawn with.
 *
 * @example
 * ```ts
 * import { QaSample } from "@frontdesk/domain/customer-care"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(QaSample.NewSample)({ callId: "cb-1", agent: "u-1", period: "2026-03", seed: "2026-03" })
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const NewSample = Schema.Struct({
  callId: Schema.String.check(Schema.isMinLength(1)),
  agent: Schema.String.check(Schema.isMinLength(1)),
  period: Schema.String.check(Schema.isMinLength(1)),
  seed: Schema.String
})

/**
 * A drawn sample, the create input of a `qaSample` record.
 *
 * @example
 * ```ts
 * import type { QaSample } from "@frontdesk/domain/customer-care"
 * const s: QaSample.Drawn = { callId: "cb-1", agent: "u-1", period: "2026-03", seed: "s" }
 * ```
 * @category models
 * @since 0.1.0
 */
export type Drawn = typeof NewSample.Type

/**
 * Draws up to `perAgent` calls of each agent at random, reproducibly: calls are put in id order
 * per agent, then shuffled (Fisher–Yates) by a generator seeded with the seed, the period and the
 * agent, and the first `perAgent` taken. The same inputs in any order give the same sample; an
 * agent with fewer calls has all of them sampled. Agents come in id order.
 *
 * @example
 * ```ts
 * import { QaSample } from "@frontdesk/domain/customer-care"
 * const calls = [{ id: "cb-1", agent: "u-1" }, { id: "cb-2", agent: "u-1" }]
 * QaSample.draw({ calls, seed: "x", period: "2026-W10", perAgent: 1 }).length // 1
 * ```
 * @category drawing
 * @since 0.1.0
 */
export const draw = (options: {
  readonly calls: ReadonlyArray<Call>
  readonly seed: string
  readonly period: string
  readonly perAgent?: number | undefined
}): ReadonlyArray<Drawn> => {
  const perAgent = Math.max(0, Math.floor(options.perAgent ?? defaultPerAgent))
  const byAgent = new Map<string, Set<string>>()
  for (const call of options.calls) {
    const ids = byAgent.get(call.agent) ?? new Set<string>()
    ids.add(call.id)
    byAgent.set(call.agent, ids)
  }
  const agents = [...byAgent.keys()].sort()
  return agents.flatMap((agent) => {
    const ids = [...byAgent.get(agent)!].sort()
    const next = random(`${options.seed}\u0000${options.period}\u0000${agent}`)
    for (let i = ids.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      ;[ids[i], ids[j]] = [ids[j]!, ids[i]!]
    }
    return ids
      .slice(0, perAgent)
      .map((callId) => ({ callId, agent, period: options.period, seed: options.seed }))
  })
}

/**
 * The calls that may be sampled in a period: callbacks completed in it, each with the
 * specialist who completed it.
 *
 * @example
 * ```ts
 * import { QaSample, Period } from "@frontdesk/domain/customer-care"
 * declare const callbacks: ReadonlyArray<Parameters<typeof QaSample.callsOf>[0][number]>
 * QaSample.callsOf(callbacks, Period.make("2026-03-01", "2026-03-31"))
 * ```
 * @category drawing
 * @since 0.1.0
 */
export const callsOf = (
  callbacks: ReadonlyArray<Pick<Workflow.Record<Callback.Callback>, "id" | "state" | "data">>,
  period: Period.Period
): ReadonlyArray<Call> =>
  callbacks.flatMap((callback) => {
    const record = callback.data.record
    return callback.state === "completed" && record !== undefined && Period.contains(period, record.at)
      ? [{ id: callback.id, agent: record.by }]
      : []
  })

// ---------------------------------------------------------------------------------------------
// scoring
// ---------------------------------------------------------------------------------------------

/**
 * The points a sampled call is scored on, each 1–5: the opening (greeting, name, company,
 * apology), the script, keeping it short (回访时间不宜过长), and a complete record.
 *
 * @example
 * ```ts
 * import { QaSample } from "@frontdesk/domain/customer-care"
 * QaSample.criteria.map((c) => c.name) // ["opening", "script", "brevity", "record"]
 * ```
 * @category scoring
 * @since 0.1.0
 */
export const criteria = [
  { name: "opening", label: "customerCare.qa.criterion.opening" },
  { name: "script", label: "customerCare.qa.criterion.script" },
  { name: "brevity", label: "customerCare.qa.criterion.brevity" },
  { name: "record", label: "customerCare.qa.criterion.record" }
] as const

const Points = Schema.Number.check(
  Input.makeFilter<number>("customerCare.qa.score.invalid", (n) =>
    Number.isInteger(n) && n >= 1 && n <= 5 ? undefined : { code: "customerCare.qa.score.invalid" }
  )
)

const points = (label: Messages.Code) =>
  Points.pipe(Field.meta({ label, hint: "customerCare.qa.score.hint", widget: "number" }))

/**
 * Input of `score`: 1–5 on each criterion and improvement notes (改进意见).
 *
 * @example
 * ```ts
 * import { QaSample } from "@frontdesk/domain/customer-care"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(QaSample.ScoreInput)({ opening: 5, script: 4, brevity: 3, record: 5, notes: "结束语可更简短" })
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const ScoreInput = Schema.Struct({
  opening: points("customerCare.qa.criterion.opening"),
  script: points("customerCare.qa.criterion.script"),
  brevity: points("customerCare.qa.criterion.brevity"),
  record: points("customerCare.qa.criterion.record"),
  notes: Field.Text({ max: 1000, nonEmpty: true }).pipe(
    Field.meta({ label: "customerCare.qa.notes", widget: "textarea" })
  )
})

/**
 * The total of the criteria on a 0–100 scale (all fives give 100, all ones 20).
 *
 * @example
 * ```ts
 * import { QaSample } from "@frontdesk/domain/customer-care"
 * QaSample.total({ opening: 5, script: 4, brevity: 3, record: 5 }) // 85
 * ```
 * @category scoring
 * @since 0.1.0
 */
export const total = (scores: {
  readonly opening: number
  readonly script: number
  readonly brevity: number
  readonly record: number
}): number => Math.round(((scores.opening + scores.script + scores.brevity + scores.record) / 20) * 100)

/**
 * A sample record's data: what was drawn, and once scored the scores, the total, the notes,
 * who scored and when.
 *
 * @example
 * ```ts
 * import type { QaSample } from "@frontdesk/domain/customer-care"
 * const scored = (s: QaSample.Sample) => s.total !== undefined
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Sample extends Drawn {
  readonly scores?:
    | { readonly opening: number; readonly script: number; readonly brevity: number; readonly record: number }
    | undefined
  readonly total?: number | undefined
  readonly notes?: string | undefined
  readonly scoredBy?: string | undefined
  readonly scoredAt?: string | undefined
}

/**
 * The quality-sample workflow: a QA member or supervisor creates a record per drawn call
 * (`drawn`), a QA member scores it with {@link ScoreInput} (`scored`, terminal).
 *
 * @example
 * ```ts
 * import { Workflow } from "@frontdesk/domain"
 * import { QaSample } from "@frontdesk/domain/customer-care"
 * Workflow.commandsFrom(QaSample.workflow, "drawn").map((c) => c.name) // ["score"]
 * ```
 * @category workflow
 * @since 0.1.0
 */
export const workflow = Workflow.make({
  name: "qaSample",
  collection: "qaSamples",
  label: "customerCare.qa",
  states: [
    { id: "drawn", label: "customerCare.qa.state.drawn" },
    { id: "scored", label: "customerCare.qa.state.scored", terminal: true }
  ],
  initial: "drawn",
  create: {
    input: NewSample,
    roles: [Roles.qa, Roles.supervisor],
    apply: (input: Drawn): Sample => ({ ...input })
  },
  commands: {
    score: {
      label: "customerCare.qa.command.score",
      from: "drawn",
      to: "scored",
      roles: [Roles.qa],
      input: ScoreInput,
      apply: (data, input, ctx) => {
        const scores = {
          opening: input.opening,
          script: input.script,
          brevity: input.brevity,
          record: input.record
        }
        return {
          ...data,
          scores,
          total: total(scores),
          notes: input.notes,
          scoredBy: ctx.actor.id,
          scoredAt: ctx.now.toISOString()
        }
      },
      note: (input) => input.notes
    }
  }
})
