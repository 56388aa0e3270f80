/**
 * Workflow decisions per second: `Workflow.decide` on a small callback workflow (an input schema
 * with a literal and a non-empty string, a rule-set guard, an `apply` that spreads the data)
 * against a hand-written `switch` that makes the same checks and the same state change with plain
 * object spread. The ratio is kernel time over hand-written time: what declaring a workflow as
 * data costs per command.
 */
import { Result, Schema } from "effect"
import * as Actor from "../src/kernel/Actor.js"
import * as Rules from "../src/kernel/Rules.js"
import * as Workflow from "../src/kernel/Workflow.js"
import { type Comparison, compare } from "./measure.js"

/** The procedure's limit on call attempts before a callback must be escalated. */
const maxAttempts = 3

interface CallbackData {
  readonly phone: string
  readonly attempts: number
  readonly lastMethod?: "phone" | "sms"
  readonly lastNote?: string
}

const NewCallback = Schema.Struct({ phone: Schema.String.check(Schema.isMinLength(11)) })
const AttemptInput = Schema.Struct({
  method: Schema.Literals(["phone", "sms"]),
  note: Schema.String.check(Schema.isMinLength(1))
})
type AttemptInput = typeof AttemptInput.Type

const attemptRules = Rules.make("callback.attempt", [
  Rules.rule({
    code: "callback.tooManyAttempts",
    message: { code: "workflow.ruleViolated" },
    standing: "internal-policy",
    check: (attempt: Workflow.Attempt<CallbackData, AttemptInput>) =>
      attempt.record.data.attempts < maxAttempts
  })
])

const callback = Workflow.make({
  name: "callback",
  collection: "callbacks",
  label: "workflow.task",
  states: [
    { id: "open", label: "workflow.state.open" },
    { id: "inProgress", label: "workflow.state.inProgress" },
    { id: "completed", label: "workflow.state.completed", terminal: true }
  ],
  initial: "open",
  create: {
    input: NewCallback,
    roles: ["supervisor"],
    apply: (input: typeof NewCallback.Type): CallbackData => ({ phone: input.phone, attempts: 0 })
  },
  commands: {
    attempt: {
      label: "workflow.command.update",
      from: ["open", "inProgress"],
      to: "inProgress",
      roles: ["specialist"],
      input: AttemptInput,
      guard: attemptRules,
      apply: (data, input) => ({
        ...data,
        attempts: data.attempts + 1,
        lastMethod: input.method,
        lastNote: input.note
      })
    },
    complete: {
      label: "workflow.command.complete",
      from: "inProgress",
      to: "completed",
      roles: ["specialist"]
    }
  }
})

// ---------------------------------------------------------------------------------------------
// The baseline: the same decision written by hand.
// ---------------------------------------------------------------------------------------------

type Decided =
  | { readonly _tag: "Success"; readonly record: Workflow.Record<CallbackData>; readonly entry: object }
  | { readonly _tag: "Failure"; readonly reason: string }

const refuse = (reason: string): Decided => ({ _tag: "Failure", reason })

const isAttemptInput = (input: unknown): input is AttemptInput => {
  if (typeof input !== "object" || input === null) return false
  const { method, note } = input as { method?: unknown; note?: unknown }
  return (method === "phone" || method === "sms") && typeof note === "string" && note.length >= 1
}

const decideByHand = (
  record: Workflow.Record<CallbackData>,
  command: string,
  input: unknown,
  actor: Actor.Actor,
  now: Date
): Decided => {
  switch (command) {
    case "attempt": {
      if (record.state !== "open" && record.state !== "inProgress") return refuse("state")
      if (!actor.roles.includes("specialist")) return refuse("role")
      if (!isAttemptInput(input)) return refuse("input")
      if (record.data.attempts >= maxAttempts) return refuse("guard")
      const at = now.toISOString()
      const version = record.version + 1
      return {
        _tag: "Success",
        record: {
          ...record,
          version,
          state: "inProgress",
          updatedAt: at,
          data: {
            ...record.data,
            attempts: record.data.attempts + 1,
            lastMethod: input.method,
            lastNote: input.note
          }
        },
        entry: {
          recordId: record.id,
          version,
          at,
          actor,
          command,
          from: record.state,
          to: "inProgress",
          input
        }
      }
    }
    case "complete": {
      if (record.state !== "inProgress") return refuse("state")
      if (!actor.roles.includes("specialist")) return refuse("role")
      const at = now.toISOString()
      const version = record.version + 1
      return {
        _tag: "Success",
        record: { ...record, version, state: "completed", updatedAt: at },
        entry: { recordId: record.id, version, at, actor, command, from: record.state, to: "completed" }
      }
    }
    default:
      return refuse("command")
  }
}

// ---------------------------------------------------------------------------------------------
// Inputs: records at 0–2 attempts in both states, varied commands; every decision is accepted.
// ---------------------------------------------------------------------------------------------

const specialist = Actor.make("u-1", "王芳", ["specialist"])
const supervisor = Actor.make("u-2", "李强", ["supervisor"])
const t0 = Date.parse("2025-03-03T01:00:00.000Z")

interface Case {
  readonly record: Workflow.Record<CallbackData>
  readonly input: unknown
  readonly now: Date
}

const cases: ReadonlyArray<Case> = (() => {
  const created = Workflow.create(callback, {
    id: "cb-1",
    input: { phone: "13800138000" },
    actor: supervisor,
    now: new Date(t0)
  })
  if (Result.isFailure(created)) throw new Error(`create failed: ${String(created.failure)}`)
  const result: Array<Case> = []
  for (let i = 0; i < 64; i++) {
    const attempts = i % maxAttempts
    const record: Workflow.Record<CallbackData> = {
      ...created.success.record,
      id: `cb-${i}`,
      state: attempts === 0 ? "open" : "inProgress",
      version: attempts + 1,
      data: { phone: `138${String(10_000_000 + i)}`, attempts }
    }
    result.push({
      record,
      input: { method: i % 2 === 0 ? "phone" : "sms", note: `attempt ${i}: no answer` },
      now: new Date(t0 + i * 3_600_000)
    })
  }
  return result
})()

/** Checks both sides accept every case and agree on the new state, before anything is timed. */
const check = (): void => {
  for (const c of cases) {
    const kernel = Workflow.decide(callback, c.record, "attempt", c.input, specialist, c.now)
    const hand = decideByHand(c.record, "attempt", c.input, specialist, c.now)
    if (Result.isFailure(kernel)) throw new Error(`kernel refused: ${String(kernel.failure)}`)
    if (hand._tag === "Failure") throw new Error(`hand-written refused: ${hand.reason}`)
    if (
      kernel.success.record.state !== hand.record.state ||
      kernel.success.record.version !== hand.record.version
    ) {
      throw new Error("kernel and hand-written decisions disagree")
    }
  }
}

/** Runs the workflow comparison. */
export const run = (): Comparison => {
  check()
  return compare(
    () => {
      let sum = 0
      for (const c of cases) {
        const decided = decideByHand(c.record, "attempt", c.input, specialist, c.now)
        if (decided._tag === "Success") sum += decided.record.version
      }
      return sum
    },
    () => {
      let sum = 0
      for (const c of cases) {
        const decided = Workflow.decide(callback, c.record, "attempt", c.input, specialist, c.now)
        if (Result.isSuccess(decided)) sum += decided.success.record.version
      }
      return sum
    },
    { operationsPerPass: cases.length }
  )
}
