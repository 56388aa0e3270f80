/**
 * The recruitment plan (招聘方案): channels recommended by the seed's rules, headcount, criteria,
 * target group, timing (recruiting start = wanted start − preparation cycle) and budget, with its
 * approval routed to the unit head for a dedicated job fair or a cost above the annual budget and
 * to the HR head otherwise.
 *
 * @example
 * ```ts
 * import { Plan } from "@frontdesk/domain/recruitment"
 * Plan.recommendChannels({ headcount: 1, level: "departmentHead", modestRequirements: false }) // ["online", "headhunter"]
 * Plan.recruitingStart("2026-06-01", 30) // "2026-05-02"
 * ```
 * @module
 * @since 0.1.0
 */
import { Schema } from "effect"
import * as Actor from "../kernel/Actor.js"
import * as Field from "../kernel/Field.js"
import * as Input from "../kernel/Input.js"
import * as Messages from "../kernel/Messages.js"
import type * as Rules from "../kernel/Rules.js"
import * as Workflow from "../kernel/Workflow.js"
import { recruitmentTexts } from "../messages/recruitment.js"
import * as Dates from "./internal/dates.js"
import { count, options } from "./internal/schemas.js"
import * as Requisition from "./Requisition.js"
import { hrStaff, roles } from "./Roles.js"

Messages.register(recruitmentTexts)

/**
 * Every recruitment channel (招聘渠道), also used as a candidate's source.
 *
 * @example
 * ```ts
 * import { Plan } from "@frontdesk/domain/recruitment"
 * Plan.channels.includes("campus") // true
 * ```
 * @category constants
 * @since 0.1.0
 */
export const channels = [
  "advertisement",
  "campus",
  "largeJobFair",
  "ordinaryJobFair",
  "internalPosting",
  "online",
  "headhunter",
  "referral",
  "talentReserve",
  "walkIn"
] as const

/**
 * A recruitment channel.
 *
 * @example
 * ```ts
 * import type { Plan } from "@frontdesk/domain/recruitment"
 * const channel: Plan.Channel = "headhunter"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Channel = (typeof channels)[number]

const channelLabels = {
  advertisement: "recruitment.channel.advertisement",
  campus: "recruitment.channel.campus",
  largeJobFair: "recruitment.channel.largeJobFair",
  ordinaryJobFair: "recruitment.channel.ordinaryJobFair",
  internalPosting: "recruitment.channel.internalPosting",
  online: "recruitment.channel.online",
  headhunter: "recruitment.channel.headhunter",
  referral: "recruitment.channel.referral",
  talentReserve: "recruitment.channel.talentReserve",
  walkIn: "recruitment.channel.walkIn"
} as const satisfies { readonly [C in Channel]: Messages.Code }

/**
 * The catalogue label of a channel.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * import { Plan } from "@frontdesk/domain/recruitment"
 * Messages.format(Plan.channelLabel("campus"), "zh-CN") // "校园招聘"
 * ```
 * @category rendering
 * @since 0.1.0
 */
export const channelLabel = (channel: Channel): Messages.Code => channelLabels[channel]

/**
 * A channel, as a schema with its select options.
 *
 * @example
 * ```ts
 * import { Plan } from "@frontdesk/domain/recruitment"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Plan.ChannelSchema)("online")
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const ChannelSchema = Schema.Literals(channels).pipe(
  Field.meta({
    label: "recruitment.plan.field.channel",
    widget: "select",
    options: options(channels.map((c) => [c, channelLabels[c]] as const))
  })
)

/**
 * Thresholds of the channel rules. The seed says only "many" and "few"; these are the defaults.
 *
 * @example
 * ```ts
 * import { Plan } from "@frontdesk/domain/recruitment"
 * Plan.defaultChannelRules.largeHeadcount // 10
 * ```
 * @category configuration
 * @since 0.1.0
 */
export const defaultChannelRules = {
  /** From this many positions, recruiting is "large numbers". */
  largeHeadcount: 10,
  /** Up to this many people with modest requirements counts as "few". */
  fewPeople: 3
} as const

/**
 * One reason for recommending channels: the rule of the seed (2.2) that applies to the need, and
 * the channels it adds — `senior` (department head and above → online recruiting, headhunters),
 * `many` (many positions → advertisements, campus, large job fairs), `few` (few people with modest
 * requirements → internal posting, ordinary job fairs), or `middle` (anything in between →
 * advertisements, ordinary job fairs).
 *
 * @example
 * ```ts
 * import type { Plan } from "@frontdesk/domain/recruitment"
 * const advice: Plan.ChannelAdvice = { rule: "senior", channels: ["online", "headhunter"] }
 * ```
 * @category channels
 * @since 0.1.0
 */
export interface ChannelAdvice {
  readonly rule: "senior" | "many" | "few" | "middle"
  readonly channels: ReadonlyArray<Channel>
}

/**
 * The seed's channel rules (2.2) that apply to a need, one entry per rule with the channels it
 * adds, so a person sees the reason beside each channel. A senior position gets online
 * recruiting and headhunters, and also the advertisements and large fairs of many positions when
 * there are many; otherwise the headcount decides between many, few (with modest requirements)
 * and in between.
 *
 * @example
 * ```ts
 * import { Plan } from "@frontdesk/domain/recruitment"
 * Plan.channelAdvice({ headcount: 20, level: "ordinary", modestRequirements: false })
 * // [{ rule: "many", channels: ["advertisement", "campus", "largeJobFair"] }]
 * ```
 * @category channels
 * @since 0.1.0
 */
export const channelAdvice = (
  need: {
    readonly headcount: number
    readonly level: Requisition.Level
    readonly modestRequirements: boolean
  },
  rules: { readonly largeHeadcount: number; readonly fewPeople: number } = defaultChannelRules
): ReadonlyArray<ChannelAdvice> => {
  const senior = need.level === "departmentHead"
  const advice: Array<ChannelAdvice> = []
  if (senior) advice.push({ rule: "senior", channels: ["online", "headhunter"] })
  if (need.headcount >= rules.largeHeadcount)
    advice.push({ rule: "many", channels: ["advertisement", "campus", "largeJobFair"] })
  else if (senior) return advice
  else if (need.headcount <= rules.fewPeople && need.modestRequirements)
    advice.push({ rule: "few", channels: ["internalPosting", "ordinaryJobFair"] })
  else advice.push({ rule: "middle", channels: ["advertisement", "ordinaryJobFair"] })
  return advice
}

/**
 * Recommends channels by the seed's rules (2.2): senior talent → online recruiting and
 * headhunters; many positions → advertisements, campus, large job fairs; few people with modest
 * requirements → internal posting and ordinary job fairs. Anything in between gets advertisements
 * and ordinary job fairs. Every rule that applies adds its channels ({@link channelAdvice} says
 * which rule gave which).
 *
 * @example
 * ```ts
 * import { Plan } from "@frontdesk/domain/recruitment"
 * Plan.recommendChannels({ headcount: 20, level: "ordinary", modestRequirements: true })
 * // ["advertisement", "campus", "largeJobFair"]
 * ```
 * @category channels
 * @since 0.1.0
 */
export const recommendChannels = (
  need: {
    readonly headcount: number
    readonly level: Requisition.Level
    readonly modestRequirements: boolean
  },
  rules: { readonly largeHeadcount: number; readonly fewPeople: number } = defaultChannelRules
): ReadonlyArray<Channel> => [...new Set(channelAdvice(need, rules).flatMap((advice) => advice.channels))]

/**
 * The day recruiting must start: wanted start date − preparation cycle (招聘日期=用人日期—准备周期).
 *
 * @example
 * ```ts
 * import { Plan } from "@frontdesk/domain/recruitment"
 * Plan.recruitingStart("2026-06-01", 30) // "2026-05-02"
 * ```
 * @category timing
 * @since 0.1.0
 */
export const recruitingStart = (wantedStart: string, preparationDays: number): string =>
  Dates.addDays(wantedStart, -preparationDays)

const BudgetLine = Schema.Struct({
  channel: ChannelSchema,
  amount: Field.Money.pipe(Field.meta({ label: "recruitment.plan.field.amount", widget: "money" }))
})

/**
 * One budget or spending line: a channel and an amount.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * import type { Plan } from "@frontdesk/domain/recruitment"
 * const line: Plan.Line = { channel: "campus", amount: Field.money(500_000) }
 * ```
 * @category models
 * @since 0.1.0
 */
export type Line = typeof BudgetLine.Type

/**
 * The plan form (2.3): the requisition it serves, headcount, hiring criteria, target group,
 * channels, wanted start, preparation cycle in days, whether it holds a dedicated job fair
 * (专场招聘会), the budget by channel, and the annual recruiting budget it is weighed against.
 *
 * @example
 * ```ts
 * import { Plan } from "@frontdesk/domain/recruitment"
 * import { Schema } from "effect"
 * const decode = Schema.decodeUnknownSync(Plan.PlanForm)
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const PlanForm = Schema.Struct({
  requisitionId: Field.Text({ max: 64, nonEmpty: true }).pipe(
    Field.meta({ label: "recruitment.plan.field.requisition", widget: "text" })
  ),
  headcount: count(1, 999).pipe(Field.meta({ label: "recruitment.plan.field.headcount", widget: "number" })),
  criteria: Field.Text({ max: 1000, nonEmpty: true }).pipe(
    Field.meta({ label: "recruitment.plan.field.criteria", widget: "textarea" })
  ),
  targetGroup: Field.Text({ max: 500, nonEmpty: true }).pipe(
    Field.meta({ label: "recruitment.plan.field.targetGroup", widget: "text" })
  ),
  channels: Schema.Array(Schema.Literals(channels)).pipe(
    Schema.check(
      Input.makeFilter<ReadonlyArray<Channel>>("recruitment.plan.noChannel", (list) =>
        list.length > 0 ? undefined : { code: "recruitment.plan.noChannel" }
      )
    ),
    Field.meta({
      label: "recruitment.plan.field.channels",
      widget: "multiSelect",
      options: options(channels.map((c) => [c, channelLabels[c]] as const))
    })
  ),
  wantedStart: Field.LocalDate.pipe(
    Field.meta({ label: "recruitment.plan.field.wantedStart", widget: "date" })
  ),
  preparationDays: count(0, 366).pipe(
    Field.meta({
      label: "recruitment.plan.field.preparationDays",
      hint: "recruitment.plan.hint.preparationDays",
      widget: "number"
    })
  ),
  dedicatedJobFair: Schema.optional(
    Schema.Boolean.pipe(Field.meta({ label: "recruitment.plan.field.dedicatedJobFair", widget: "checkbox" }))
  ),
  budget: Schema.Array(BudgetLine).pipe(
    Field.meta({ label: "recruitment.plan.field.budget", widget: "money" })
  ),
  annualBudget: Field.Money.pipe(
    Field.meta({
      label: "recruitment.plan.field.annualBudget",
      hint: "recruitment.plan.hint.annualBudget",
      widget: "money"
    })
  )
})

/**
 * The decoded plan form.
 *
 * @example
 * ```ts
 * import type { Plan } from "@frontdesk/domain/recruitment"
 * declare const form: Plan.Form
 * form.channels // ["campus"]
 * ```
 * @category models
 * @since 0.1.0
 */
export type Form = typeof PlanForm.Type

/**
 * Who approves a plan (2.4): `unitHead` for a dedicated job fair or a cost above the annual
 * budget, `hrHead` otherwise.
 *
 * @example
 * ```ts
 * import type { Plan } from "@frontdesk/domain/recruitment"
 * const route: Plan.Route = "unitHead"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Route = "unitHead" | "hrHead"

/**
 * A plan's data: the form, its computed recruiting start and total cost, the approval route,
 * who drew it up and approved it, and what has been spent by channel.
 *
 * @example
 * ```ts
 * import type { Plan } from "@frontdesk/domain/recruitment"
 * declare const data: Plan.Data
 * data.recruitingStart // "2026-05-02"
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Data extends Form {
  readonly recruitingStart: string
  readonly cost: Field.Money
  readonly route: Route
  readonly createdBy: string
  readonly approvedBy?: string | undefined
  readonly spending: ReadonlyArray<Line>
}

/**
 * Adds amounts (in minor units); the currency is the first line's, `CNY` for none.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * import { Plan } from "@frontdesk/domain/recruitment"
 * Plan.total([{ channel: "campus", amount: Field.money(100) }, { channel: "online", amount: Field.money(50) }]) // { amount: 150, currency: "CNY" }
 * ```
 * @category budget
 * @since 0.1.0
 */
export const total = (lines: ReadonlyArray<{ readonly amount: Field.Money }>): Field.Money =>
  Field.money(
    lines.reduce((sum, line) => sum + line.amount.amount, 0),
    lines[0]?.amount.currency ?? Field.defaultCurrency
  )

/**
 * The approval route of a plan: a dedicated job fair or a cost above the annual budget goes to
 * the unit head, anything else to the HR head.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * import { Plan } from "@frontdesk/domain/recruitment"
 * Plan.route({ dedicatedJobFair: false, budget: [{ channel: "campus", amount: Field.money(9) }], annualBudget: Field.money(8) }) // "unitHead"
 * ```
 * @category approvals
 * @since 0.1.0
 */
export const route = (form: Pick<Form, "dedicatedJobFair" | "budget" | "annualBudget">): Route =>
  form.dedicatedJobFair === true || total(form.budget).amount > form.annualBudget.amount
    ? "unitHead"
    : "hrHead"

/**
 * The roles that approve each route; configuration with the seed's roles as defaults.
 *
 * @example
 * ```ts
 * import { Plan } from "@frontdesk/domain/recruitment"
 * Plan.defaultApprovers.unitHead // ["unitHead"]
 * ```
 * @category configuration
 * @since 0.1.0
 */
export const defaultApprovers: { readonly [R in Route]: ReadonlyArray<Actor.Role> } = {
  unitHead: [roles.unitHead],
  hrHead: [roles.hrHead]
}

const sameCurrency = (form: Form): ReadonlyArray<Rules.Violation> =>
  form.budget.every((line) => line.amount.currency === form.annualBudget.currency)
    ? []
    : [
        {
          code: "recruitment.plan.currency",
          message: { code: "recruitment.plan.currency" },
          path: ["budget"]
        }
      ]

const dataOf = (input: Form, createdBy: string): Data => ({
  ...input,
  recruitingStart: recruitingStart(input.wantedStart, input.preparationDays),
  cost: total(input.budget),
  route: route(input),
  createdBy,
  spending: []
})

const Note = Schema.Struct({
  note: Schema.optional(
    Field.Text({ max: 500 }).pipe(Field.meta({ label: "recruitment.field.note", widget: "textarea" }))
  )
})

const Reasoned = Schema.Struct({
  reason: Field.Text({ max: 500, nonEmpty: true }).pipe(
    Field.meta({ label: "recruitment.field.reason", widget: "textarea" })
  )
})

/**
 * Makes the plan workflow (`draft → submitted → approved`, `cancelled`) with its approvers.
 *
 * @example
 * ```ts
 * import { Plan } from "@frontdesk/domain/recruitment"
 * const plans = Plan.make({ unitHead: ["unitHead", "chairman"], hrHead: ["hrHead"] })
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const make = (approvers: { readonly [R in Route]: ReadonlyArray<Actor.Role> } = defaultApprovers) => {
  const approving = [...new Set([...approvers.unitHead, ...approvers.hrHead])]
  return Workflow.make({
    name: "recruitmentPlan",
    collection: "plans",
    label: "recruitment.plan",
    states: [
      { id: "draft", label: "recruitment.plan.state.draft" },
      { id: "submitted", label: "recruitment.plan.state.submitted" },
      { id: "approved", label: "recruitment.plan.state.approved" },
      { id: "cancelled", label: "recruitment.plan.state.cancelled", terminal: true }
    ],
    initial: "draft",
    create: {
      input: PlanForm,
      roles: hrStaff,
      guard: (input: Form) => sameCurrency(input),
      apply: (input: Form, { actor }): Data => dataOf(input, actor.id)
    },
    commands: {
      edit: {
        label: "recruitment.plan.command.edit",
        from: "draft",
        to: "draft",
        roles: hrStaff,
        input: PlanForm,
        guard: (_record, input) => sameCurrency(input),
        apply: (data, input) => ({ ...dataOf(input, data.createdBy), spending: data.spending })
      },
      submit: {
        label: "recruitment.plan.command.submit",
        from: "draft",
        to: "submitted",
        roles: hrStaff,
        input: Note,
        note: (input) => input.note
      },
      approve: {
        label: "recruitment.plan.command.approve",
        from: "submitted",
        to: "approved",
        roles: approving,
        input: Note,
        guard: (record, _input, actor) => [
          ...(actor.id === record.data.createdBy ? [Requisition.ownRequest] : []),
          ...(Actor.hasAnyRole(actor, approvers[record.data.route]) ? [] : [Requisition.wrongApprover])
        ],
        apply: (data, _input, { actor }) => ({ ...data, approvedBy: actor.id }),
        note: (input) => input.note
      },
      sendBack: {
        label: "recruitment.plan.command.sendBack",
        from: "submitted",
        to: "draft",
        roles: approving,
        input: Reasoned,
        note: (input) => input.reason
      },
      recordCost: {
        label: "recruitment.plan.command.recordCost",
        from: "approved",
        to: "approved",
        roles: hrStaff,
        input: BudgetLine,
        apply: (data, input) => ({ ...data, spending: [...data.spending, input] })
      },
      cancel: {
        label: "recruitment.plan.command.cancel",
        from: ["draft", "submitted", "approved"],
        to: "cancelled",
        roles: hrStaff,
        input: Reasoned,
        note: (input) => input.reason
      }
    }
  })
}

/**
 * The plan workflow with the seed's approvers; records live in `plans`.
 *
 * @example
 * ```ts
 * import { Workflow } from "@frontdesk/domain"
 * import { Plan } from "@frontdesk/domain/recruitment"
 * Workflow.commandsFrom(Plan.workflow, "submitted").map((c) => c.name) // ["approve", "sendBack", "cancel"]
 * ```
 * @category workflows
 * @since 0.1.0
 */
export const workflow = make()

/**
 * A stored plan.
 *
 * @example
 * ```ts
 * import type { Plan } from "@frontdesk/domain/recruitment"
 * declare const record: Plan.Record
 * record.data.route // "hrHead"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Record = Workflow.Record<Data>
