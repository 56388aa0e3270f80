/**
 * The callback record (回访记录表): what a specialist writes down for every callback, following
 * the script (回访规范及用语). Opening: greet, name yourself and the company, confirm the
 * customer's name, apologise for the disturbance. Body: thank them for the service and ask
 * whether they were satisfied — satisfied → ask for suggestions; average or unsatisfied → ask
 * what to improve. Closing: satisfied → thanks and good wishes; otherwise thanks, admit the
 * shortfall, promise improvement.
 *
 * "Every callback is recorded completely" (必须保证回访信息的完整记录): a record always has the
 * method, the time, the outcome, the satisfaction and notes, and the branch's own field.
 *
 * @example
 * ```ts
 * import { CallbackRecord } from "@frontdesk/domain/customer-care"
 * CallbackRecord.branchOf("average") // "notSatisfied": the form asks what to improve
 * CallbackRecord.closingFor("average") // "apologyAndPromise"
 * ```
 * @module
 * @since 0.1.0
 */
import { Schema } from "effect"
import * as Field from "../kernel/Field.js"
import * as Messages from "../kernel/Messages.js"
import type * as Rules from "../kernel/Rules.js"
import { customerCareTexts } from "../messages/customer-care.js"

Messages.register(customerCareTexts)

/**
 * How a callback is made (回访方式).
 *
 * @example
 * ```ts
 * import type { CallbackRecord } from "@frontdesk/domain/customer-care"
 * const m: CallbackRecord.Method = "sms"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Method = "phone" | "email" | "sms"

/**
 * The methods with their labels, in the order a form offers them.
 *
 * @example
 * ```ts
 * import { CallbackRecord } from "@frontdesk/domain/customer-care"
 * CallbackRecord.methods.map((m) => m.value) // ["phone", "email", "sms"]
 * ```
 * @category constants
 * @since 0.1.0
 */
export const methods: ReadonlyArray<Field.Option & { readonly value: Method }> = [
  { value: "phone", label: "customerCare.callback.method.phone" },
  { value: "email", label: "customerCare.callback.method.email" },
  { value: "sms", label: "customerCare.callback.method.sms" }
]

/**
 * Schema of a {@link Method}, as a select.
 *
 * @example
 * ```ts
 * import { CallbackRecord } from "@frontdesk/domain/customer-care"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(CallbackRecord.MethodSchema)("phone")
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const MethodSchema = Schema.Literals(["phone", "email", "sms"]).pipe(
  Field.meta({ label: "customerCare.callback.method", widget: "select", options: methods })
)

/**
 * What came of a callback that reached the customer. A callback that never reached them is not
 * completed but closed as unreachable, which the report counts as outcome `unreachable`.
 *
 * @example
 * ```ts
 * import type { CallbackRecord } from "@frontdesk/domain/customer-care"
 * const o: CallbackRecord.Outcome = "surveyed"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Outcome = "surveyed" | "issueRaised" | "leadFound" | "reminded"

/**
 * The outcomes with their labels.
 *
 * @example
 * ```ts
 * import { CallbackRecord } from "@frontdesk/domain/customer-care"
 * CallbackRecord.outcomes[0]?.value // "surveyed"
 * ```
 * @category constants
 * @since 0.1.0
 */
export const outcomes: ReadonlyArray<Field.Option & { readonly value: Outcome }> = [
  { value: "surveyed", label: "customerCare.record.outcome.surveyed" },
  { value: "issueRaised", label: "customerCare.record.outcome.issueRaised" },
  { value: "leadFound", label: "customerCare.record.outcome.leadFound" },
  { value: "reminded", label: "customerCare.record.outcome.reminded" }
]

/**
 * How satisfied the customer is (满意 / 一般 / 不满意); it picks the script's branch.
 *
 * @example
 * ```ts
 * import type { CallbackRecord } from "@frontdesk/domain/customer-care"
 * const s: CallbackRecord.Satisfaction = "average"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Satisfaction = "satisfied" | "average" | "unsatisfied"

/**
 * The satisfaction levels with their labels, best first.
 *
 * @example
 * ```ts
 * import { CallbackRecord } from "@frontdesk/domain/customer-care"
 * CallbackRecord.satisfactions.map((s) => s.value) // ["satisfied", "average", "unsatisfied"]
 * ```
 * @category constants
 * @since 0.1.0
 */
export const satisfactions: ReadonlyArray<Field.Option & { readonly value: Satisfaction }> = [
  { value: "satisfied", label: "customerCare.record.satisfaction.satisfied" },
  { value: "average", label: "customerCare.record.satisfaction.average" },
  { value: "unsatisfied", label: "customerCare.record.satisfaction.unsatisfied" }
]

/**
 * The script's two branches: a satisfied customer is asked for suggestions; an average or
 * unsatisfied one for what to improve.
 *
 * @example
 * ```ts
 * import type { CallbackRecord } from "@frontdesk/domain/customer-care"
 * const b: CallbackRecord.Branch = "notSatisfied"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Branch = "satisfied" | "notSatisfied"

/**
 * The closing the script prescribes for a branch (结束语).
 *
 * @example
 * ```ts
 * import type { CallbackRecord } from "@frontdesk/domain/customer-care"
 * const c: CallbackRecord.Closing = "thanksAndWishes"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Closing = "thanksAndWishes" | "apologyAndPromise"

/**
 * The branch a satisfaction level leads to.
 *
 * @example
 * ```ts
 * import { CallbackRecord } from "@frontdesk/domain/customer-care"
 * CallbackRecord.branchOf("unsatisfied") // "notSatisfied"
 * ```
 * @category script
 * @since 0.1.0
 */
export const branchOf = (satisfaction: Satisfaction): Branch =>
  satisfaction === "satisfied" ? "satisfied" : "notSatisfied"

/**
 * The closing for a satisfaction level: thanks and wishes, or thanks, an admission of the
 * shortfall and a promise to improve.
 *
 * @example
 * ```ts
 * import { CallbackRecord } from "@frontdesk/domain/customer-care"
 * CallbackRecord.closingFor("satisfied") // "thanksAndWishes"
 * ```
 * @category script
 * @since 0.1.0
 */
export const closingFor = (satisfaction: Satisfaction): Closing =>
  branchOf(satisfaction) === "satisfied" ? "thanksAndWishes" : "apologyAndPromise"

/**
 * The catalogue label of a closing, for the form to show the words to say.
 *
 * @example
 * ```ts
 * import { CallbackRecord } from "@frontdesk/domain/customer-care"
 * CallbackRecord.closingLabel("apologyAndPromise") // "customerCare.record.closing.apologyAndPromise"
 * ```
 * @category script
 * @since 0.1.0
 */
export const closingLabel = (closing: Closing): Messages.Code =>
  closing === "thanksAndWishes"
    ? "customerCare.record.closing.thanksAndWishes"
    : "customerCare.record.closing.apologyAndPromise"

/**
 * The fields a form shows for a branch, after the common ones: `suggestions` (optional) when
 * satisfied, `improvements` (required) otherwise.
 *
 * @example
 * ```ts
 * import { CallbackRecord } from "@frontdesk/domain/customer-care"
 * CallbackRecord.branchFields("notSatisfied") // [{ name: "improvements", required: true }]
 * ```
 * @category script
 * @since 0.1.0
 */
export const branchFields = (
  branch: Branch
): ReadonlyArray<{ readonly name: "suggestions" | "improvements"; readonly required: boolean }> =>
  branch === "satisfied"
    ? [{ name: "suggestions", required: false }]
    : [{ name: "improvements", required: true }]

const text = (label: Messages.Code, max: number, nonEmpty: boolean, step: string) =>
  Field.Text({ max, nonEmpty }).pipe(Field.meta({ label, widget: "textarea", step }))

/**
 * The form's input for a callback record (also the input of the callback's `complete`): one flat
 * struct a form engine can render, the branch's fields optional here and required by
 * {@link violations}. `at` is the local time of the call (`2026-03-03T10:30`), now when absent.
 * Wizard steps follow the script: body (method, time, outcome, satisfaction, branch fields) and
 * closing (notes).
 *
 * @example
 * ```ts
 * import { CallbackRecord } from "@frontdesk/domain/customer-care"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(CallbackRecord.Input)({
 *   method: "phone", outcome: "surveyed", satisfaction: "satisfied", notes: "对服务满意"
 * })
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const Input = Schema.Struct({
  method: MethodSchema,
  at: Schema.optional(
    Field.LocalDateTime.pipe(
      Field.meta({
        label: "customerCare.callback.at",
        hint: "customerCare.callback.atHint",
        widget: "dateTime",
        step: "body"
      })
    )
  ),
  outcome: Schema.Literals(["surveyed", "issueRaised", "leadFound", "reminded"]).pipe(
    Field.meta({ label: "customerCare.record.outcome", widget: "select", options: outcomes, step: "body" })
  ),
  satisfaction: Schema.Literals(["satisfied", "average", "unsatisfied"]).pipe(
    Field.meta({
      label: "customerCare.record.satisfaction",
      widget: "select",
      options: satisfactions,
      step: "body"
    })
  ),
  suggestions: Schema.optional(text("customerCare.record.suggestions", 500, false, "body")),
  improvements: Schema.optional(text("customerCare.record.improvements", 500, false, "body")),
  notes: text("customerCare.record.notes", 1000, true, "closing")
})

/**
 * The decoded form input.
 *
 * @example
 * ```ts
 * import type { CallbackRecord } from "@frontdesk/domain/customer-care"
 * const input: CallbackRecord.InputType = { method: "phone", outcome: "surveyed", satisfaction: "satisfied", notes: "好" }
 * ```
 * @category models
 * @since 0.1.0
 */
export type InputType = typeof Input.Type

const common = {
  method: Schema.Literals(["phone", "email", "sms"]),
  at: Schema.String,
  outcome: Schema.Literals(["surveyed", "issueRaised", "leadFound", "reminded"]),
  notes: Schema.String.check(Schema.isMinLength(1)),
  by: Schema.String
}

/**
 * A stored record on the satisfied branch: suggestions (possibly none) and a closing of thanks
 * and wishes.
 *
 * @example
 * ```ts
 * import { CallbackRecord } from "@frontdesk/domain/customer-care"
 * import { Schema } from "effect"
 * Schema.is(CallbackRecord.Satisfied)({ method: "phone", at: "2026-03-03T02:30:00.000Z", outcome: "surveyed",
 *   notes: "好", by: "u-1", satisfaction: "satisfied", closing: "thanksAndWishes" }) // true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const Satisfied = Schema.Struct({
  ...common,
  satisfaction: Schema.Literal("satisfied"),
  suggestions: Schema.optional(Schema.String),
  closing: Schema.Literal("thanksAndWishes")
})

/**
 * A stored record on the not-satisfied branch: what to improve (never empty) and a closing of
 * thanks, admission and promise.
 *
 * @example
 * ```ts
 * import { CallbackRecord } from "@frontdesk/domain/customer-care"
 * import { Schema } from "effect"
 * Schema.is(CallbackRecord.NotSatisfied)({ method: "phone", at: "2026-03-03T02:30:00.000Z", outcome: "issueRaised",
 *   notes: "等待时间长", by: "u-1", satisfaction: "average", improvements: "缩短等待", closing: "apologyAndPromise" }) // true
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const NotSatisfied = Schema.Struct({
  ...common,
  satisfaction: Schema.Literals(["average", "unsatisfied"]),
  improvements: Schema.String.check(Schema.isMinLength(1)),
  closing: Schema.Literal("apologyAndPromise")
})

/**
 * A complete callback record as stored on a completed callback: one of the script's branches.
 * `at` is the instant of the call (ISO, UTC), `by` the specialist's id.
 *
 * @example
 * ```ts
 * import { CallbackRecord } from "@frontdesk/domain/customer-care"
 * import { Schema } from "effect"
 * const decode = Schema.decodeUnknownSync(CallbackRecord.CallbackRecord)
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const CallbackRecord = Schema.Union([Satisfied, NotSatisfied])

/**
 * A complete callback record.
 *
 * @example
 * ```ts
 * import type { CallbackRecord } from "@frontdesk/domain/customer-care"
 * const satisfaction = (record: CallbackRecord.Record) => record.satisfaction
 * ```
 * @category models
 * @since 0.1.0
 */
export type Record = typeof CallbackRecord.Type

/**
 * Every way a decoded input breaks the script: an average or unsatisfied customer without
 * `improvements` (path `["improvements"]`). Empty when the record may be completed.
 *
 * @example
 * ```ts
 * import { CallbackRecord } from "@frontdesk/domain/customer-care"
 * CallbackRecord.violations({ method: "phone", outcome: "issueRaised", satisfaction: "unsatisfied", notes: "慢" }).length // 1
 * ```
 * @category script
 * @since 0.1.0
 */
export const violations = (input: InputType): ReadonlyArray<Rules.Violation> =>
  branchOf(input.satisfaction) === "notSatisfied" && (input.improvements ?? "").trim() === ""
    ? [
        {
          code: "customerCare.record.improvementsRequired",
          message: { code: "customerCare.record.improvementsRequired" },
          path: ["improvements"]
        }
      ]
    : []

/**
 * Builds the stored record from a checked input, the instant of the call and the specialist;
 * fields of the other branch are dropped and the closing is the branch's.
 *
 * @example
 * ```ts
 * import { CallbackRecord } from "@frontdesk/domain/customer-care"
 * CallbackRecord.fromInput(
 *   { method: "phone", outcome: "surveyed", satisfaction: "satisfied", notes: "好", improvements: "" },
 *   "2026-03-03T02:30:00.000Z", "u-1"
 * ).closing // "thanksAndWishes"
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const fromInput = (input: InputType, at: string, by: string): Record => {
  const base = { method: input.method, at, outcome: input.outcome, notes: input.notes, by }
  if (input.satisfaction === "satisfied") {
    const suggestions = input.suggestions?.trim()
    return suggestions === undefined || suggestions === ""
      ? { ...base, satisfaction: "satisfied", closing: "thanksAndWishes" }
      : { ...base, satisfaction: "satisfied", suggestions, closing: "thanksAndWishes" }
  }
  return {
    ...base,
    satisfaction: input.satisfaction,
    improvements: (input.improvements ?? "").trim(),
    closing: "apologyAndPromise"
  }
}

/**
 * Tells whether a value is a complete callback record: method, time, outcome, satisfaction,
 * notes and the branch's fields all present.
 *
 * @example
 * ```ts
 * import { CallbackRecord } from "@frontdesk/domain/customer-care"
 * CallbackRecord.isComplete({ method: "phone" }) // false
 * ```
 * @category guards
 * @since 0.1.0
 */
export const isComplete = (value: unknown): value is Record => Schema.is(CallbackRecord)(value)
