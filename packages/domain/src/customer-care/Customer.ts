/**
 * Customer records (客户资料管理): specialists collect customer information every day (资料收集),
 * the supervisor has it sorted by category with a custodian per category (资料整理, 专人管理),
 * then assigns each customer to a specialist (资料处理), who must contact a newly assigned
 * customer within one week and record it (应在一周内与客户进行沟通，并做详细备案).
 *
 * @example
 * ```ts
 * import { Actor, Workflow } from "@frontdesk/domain"
 * import { Customer, Roles } from "@frontdesk/domain/customer-care"
 * const created = Workflow.create(Customer.workflow, {
 *   id: "c-1",
 *   input: { name: "张伟", mobile: "138 0013 8000", membership: "member", category: "vip" },
 *   actor: Actor.make("u-1", "王芳", [Roles.specialist]),
 *   now: new Date("2026-03-02T02:00:00Z")
 * })
 * ```
 * @module
 * @since 0.1.0
 */
import { Schema } from "effect"
import * as Calendar from "../kernel/Calendar.js"
import * as ContactWindow from "../kernel/ContactWindow.js"
import * as Deadline from "../kernel/Deadline.js"
import * as Field from "../kernel/Field.js"
import * as Input from "../kernel/Input.js"
import * as Messages from "../kernel/Messages.js"
import type * as Rules from "../kernel/Rules.js"
import * as Workflow from "../kernel/Workflow.js"
import { customerCareTexts } from "../messages/customer-care.js"
import * as Roles from "./Roles.js"

Messages.register(customerCareTexts)

// ---------------------------------------------------------------------------------------------
// fields shared by the family
// ---------------------------------------------------------------------------------------------

/**
 * Whether a customer is a member (会员) — members must all get their callback (100% 回访).
 * Stored as a string rather than a boolean because store indexes cannot key on booleans.
 *
 * @example
 * ```ts
 * import type { Customer } from "@frontdesk/domain/customer-care"
 * const m: Customer.Membership = "member"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Membership = "member" | "nonMember"

/**
 * The choices of {@link Membership} with their labels.
 *
 * @example
 * ```ts
 * import { Customer } from "@frontdesk/domain/customer-care"
 * Customer.memberships.map((m) => m.value) // ["member", "nonMember"]
 * ```
 * @category constants
 * @since 0.1.0
 */
export const memberships: ReadonlyArray<Field.Option & { readonly value: Membership }> = [
  { value: "member", label: "customerCare.membership.member" },
  { value: "nonMember", label: "customerCare.membership.nonMember" }
]

/**
 * Schema of {@link Membership}, as a select.
 *
 * @example
 * ```ts
 * import { Customer } from "@frontdesk/domain/customer-care"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Customer.MembershipSchema)("member")
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const MembershipSchema = Schema.Literals(["member", "nonMember"]).pipe(
  Field.meta({ label: "customerCare.customer.membership", widget: "select", options: memberships })
)

const windowPattern = /^(\d{2}:\d{2})\s*[-–~至到]\s*(\d{2}:\d{2})$/

/**
 * Reads contact hours typed as text, e.g. `09:00-12:00, 14:00-20:00` (commas, semicolons,
 * full-width commas or spaces between windows); `undefined` when a window is malformed, ends
 * before it starts or overlaps the previous one.
 *
 * @example
 * ```ts
 * import { Customer } from "@frontdesk/domain/customer-care"
 * Customer.parseContactHours("18:00-21:00") // [{ start: "18:00", end: "21:00" }]
 * Customer.parseContactHours("21:00-18:00") // undefined
 * ```
 * @category contact hours
 * @since 0.1.0
 */
export const parseContactHours = (text: string): Calendar.Windows | undefined => {
  const parts = text
    .split(/[,，;；、\s]+(?=\d)/)
    .map((part) => part.trim())
    .filter((part) => part !== "")
  if (parts.length === 0) return undefined
  const windows: Array<Calendar.Window> = []
  for (const part of parts) {
    const match = windowPattern.exec(part)
    if (match === null) return undefined
    windows.push({ start: match[1]!, end: match[2]! })
  }
  return Calendar.windowProblems("contact hours", windows).length === 0 ? windows : undefined
}

/**
 * A customer's own contact hours as text (可联系时段), checked with {@link parseContactHours}.
 * Failure code `customerCare.callback.contactHours.invalid`.
 *
 * @example
 * ```ts
 * import { Customer } from "@frontdesk/domain/customer-care"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Customer.ContactHours)("18:00-21:00")
 * ```
 * @category contact hours
 * @since 0.1.0
 */
export const ContactHours = Field.Text({ max: 100, nonEmpty: true })
  .check(
    Input.makeFilter<string>("customerCare.callback.contactHours.invalid", (text) =>
      parseContactHours(text) === undefined
        ? { code: "customerCare.callback.contactHours.invalid" }
        : undefined
    )
  )
  .pipe(
    Field.meta({
      label: "customerCare.customer.contactHours",
      hint: "customerCare.callback.contactHours.invalid",
      widget: "text"
    })
  )

/**
 * The contact windows of checked contact-hours text, every day of the week, in a time zone
 * (Asia/Shanghai by default); `undefined` when the text is absent.
 *
 * @example
 * ```ts
 * import { Customer } from "@frontdesk/domain/customer-care"
 * Customer.contactWindowsOf("18:00-21:00")?.weekly.sun // [{ start: "18:00", end: "21:00" }]
 * ```
 * @category contact hours
 * @since 0.1.0
 */
export const contactWindowsOf = (
  hours: string | undefined,
  timeZone: string = Calendar.defaultTimeZone
): ContactWindow.ContactWindows | undefined => {
  const windows = hours === undefined ? undefined : parseContactHours(hours)
  return windows === undefined ? undefined : ContactWindow.make({ timeZone, windows })
}

/**
 * An actor's or specialist's id, as stored in records.
 *
 * @example
 * ```ts
 * import { Customer } from "@frontdesk/domain/customer-care"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Customer.SpecialistId)(" u-1 ") // "u-1"
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const SpecialistId = Field.Text({ max: 64, nonEmpty: true }).pipe(
  Field.meta({ label: "customerCare.customer.specialist", widget: "text" })
)

// ---------------------------------------------------------------------------------------------
// policy
// ---------------------------------------------------------------------------------------------

/**
 * What an organisation may configure about customer records: how long a specialist has for the
 * first contact after assignment (one week, 一周内, by default) and the calendar it counts on.
 *
 * @example
 * ```ts
 * import { Deadline } from "@frontdesk/domain"
 * import type { Customer } from "@frontdesk/domain/customer-care"
 * const policy: Customer.Policy = { firstContactWithin: Deadline.workingDays(5) }
 * ```
 * @category policy
 * @since 0.1.0
 */
export interface Policy {
  readonly firstContactWithin: Deadline.Duration
  readonly calendar?: string | undefined
}

/**
 * The procedure's numbers: first contact within seven calendar days of assignment.
 *
 * @example
 * ```ts
 * import { Customer } from "@frontdesk/domain/customer-care"
 * Customer.defaultPolicy.firstContactWithin // { amount: 7, unit: "calendarDays" }
 * ```
 * @category policy
 * @since 0.1.0
 */
export const defaultPolicy: Policy = { firstContactWithin: Deadline.calendarDays(7) }

/**
 * The name of the first-contact deadline on customer records (`record.deadlines.firstContact`).
 *
 * @example
 * ```ts
 * import { Customer } from "@frontdesk/domain/customer-care"
 * Customer.firstContactDeadline // "firstContact"
 * ```
 * @category policy
 * @since 0.1.0
 */
export const firstContactDeadline = "firstContact"

/**
 * The first-contact deadline policy: the clock starts when the customer is assigned and is met
 * when the specialist records the contact. Reassigning does not restart it: the customer has
 * waited since the first assignment.
 *
 * @example
 * ```ts
 * import { Customer } from "@frontdesk/domain/customer-care"
 * Customer.firstContactPolicy().duration // { amount: 7, unit: "calendarDays" }
 * ```
 * @category policy
 * @since 0.1.0
 */
export const firstContactPolicy = (policy: Partial<Policy> = {}): Deadline.Policy => {
  const { firstContactWithin, calendar } = { ...defaultPolicy, ...policy }
  return Deadline.make({
    id: firstContactDeadline,
    start: { commands: ["assign"] },
    met: { commands: ["recordContact"] },
    duration: firstContactWithin,
    calendar
  })
}

// ---------------------------------------------------------------------------------------------
// data and inputs
// ---------------------------------------------------------------------------------------------

/**
 * A customer record's data. `specialist` is who holds the customer, `custodian` who keeps the
 * customer's category; `contactWindows` are the customer's own contact hours, when given.
 *
 * @example
 * ```ts
 * import type { Customer } from "@frontdesk/domain/customer-care"
 * const c: Customer.Customer = { name: "张伟", mobile: "13800138000", membership: "member", category: "vip" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Customer {
  readonly name: string
  readonly mobile: string
  readonly email?: string | undefined
  readonly membership: Membership
  readonly memberNo?: string | undefined
  readonly category: string
  readonly source?: string | undefined
  readonly contactHours?: string | undefined
  readonly contactWindows?: ContactWindow.ContactWindows | undefined
  readonly custodian?: string | undefined
  readonly specialist?: string | undefined
  readonly assignedAt?: string | undefined
  readonly firstContact?: { readonly at: string; readonly by: string; readonly notes: string } | undefined
}

/**
 * What a specialist enters when collecting a customer (资料收集).
 *
 * @example
 * ```ts
 * import { Customer } from "@frontdesk/domain/customer-care"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Customer.NewCustomer)({ name: "张伟", mobile: "13800138000", membership: "member", category: "vip" })
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const NewCustomer = Schema.Struct({
  name: Field.Text({ max: 40, nonEmpty: true }).pipe(
    Field.meta({ label: "customerCare.customer.name", widget: "text", sensitive: true })
  ),
  mobile: Field.Mobile.pipe(
    Field.meta({ label: "customerCare.customer.mobile", widget: "mobile", sensitive: true })
  ),
  email: Schema.optional(
    Field.Email.pipe(Field.meta({ label: "customerCare.customer.email", widget: "email", sensitive: true }))
  ),
  membership: MembershipSchema,
  memberNo: Schema.optional(
    Field.Text({ max: 32, nonEmpty: true }).pipe(
      Field.meta({ label: "customerCare.customer.memberNo", widget: "text" })
    )
  ),
  category: Field.Text({ max: 40, nonEmpty: true }).pipe(
    Field.meta({ label: "customerCare.customer.category", widget: "text" })
  ),
  source: Schema.optional(
    Field.Text({ max: 100 }).pipe(Field.meta({ label: "customerCare.customer.source", widget: "text" }))
  ),
  contactHours: Schema.optional(ContactHours)
})

/**
 * Input of `sort` (资料整理): the category the supervisor files the customer under and that
 * category's custodian (专人管理).
 *
 * @example
 * ```ts
 * import { Customer } from "@frontdesk/domain/customer-care"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Customer.SortInput)({ category: "vip", custodian: "u-3" })
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const SortInput = Schema.Struct({
  category: Field.Text({ max: 40, nonEmpty: true }).pipe(
    Field.meta({ label: "customerCare.customer.category", widget: "text" })
  ),
  custodian: Field.Text({ max: 64, nonEmpty: true }).pipe(
    Field.meta({ label: "customerCare.customer.custodian", widget: "text" })
  )
})

/**
 * Input of `assign` and `reassign`: the specialist, and an optional reason (the explanation
 * from `Assignment.assign` fits here).
 *
 * @example
 * ```ts
 * import { Customer } from "@frontdesk/domain/customer-care"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Customer.AssignInput)({ specialist: "u-1" })
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const AssignInput = Schema.Struct({
  specialist: SpecialistId,
  reason: Schema.optional(
    Field.Text({ max: 300 }).pipe(Field.meta({ label: "customerCare.customer.reason", widget: "textarea" }))
  )
})

/**
 * Input of `recordContact` (详细备案): how and when the specialist reached the customer, and notes.
 *
 * @example
 * ```ts
 * import { Customer } from "@frontdesk/domain/customer-care"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Customer.ContactInput)({ notes: "介绍了会员权益" })
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const ContactInput = Schema.Struct({
  notes: Field.Text({ max: 1000, nonEmpty: true }).pipe(
    Field.meta({ label: "customerCare.customer.notes", widget: "textarea" })
  )
})

const mayRecordContact = (
  record: Workflow.Record<Customer>,
  _input: unknown,
  actor: { readonly id: string; readonly roles: ReadonlyArray<string> }
): ReadonlyArray<Rules.Violation> =>
  actor.roles.includes(Roles.supervisor) || record.data.specialist === actor.id
    ? []
    : [{ code: "customerCare.customer.notTheirs", message: { code: "customerCare.customer.notTheirs" } }]

// ---------------------------------------------------------------------------------------------
// workflow
// ---------------------------------------------------------------------------------------------

/**
 * Makes the customer-record workflow under a policy: `collected → sorted → assigned →
 * contacted`, with the first-contact deadline ({@link firstContactPolicy}).
 *
 * Commands: `sort` (supervisor, {@link SortInput}), `assign` (supervisor, {@link AssignInput}),
 * `reassign` (supervisor, {@link AssignInput}; keeps the state), `recordContact` (the assigned
 * specialist or a supervisor, {@link ContactInput}).
 *
 * @example
 * ```ts
 * import { Deadline } from "@frontdesk/domain"
 * import { Customer } from "@frontdesk/domain/customer-care"
 * const customers = Customer.make({ firstContactWithin: Deadline.workingDays(5) })
 * ```
 * @category workflow
 * @since 0.1.0
 */
export const make = (policy: Partial<Policy> = {}) =>
  Workflow.make({
    name: "customer",
    collection: "customers",
    label: "customerCare.customer",
    states: [
      { id: "collected", label: "customerCare.customer.state.collected" },
      { id: "sorted", label: "customerCare.customer.state.sorted" },
      { id: "assigned", label: "customerCare.customer.state.assigned" },
      { id: "contacted", label: "customerCare.customer.state.contacted" }
    ],
    initial: "collected",
    create: {
      input: NewCustomer,
      roles: [Roles.specialist, Roles.supervisor],
      apply: (input: typeof NewCustomer.Type): Customer => {
        const contactWindows = contactWindowsOf(input.contactHours)
        return contactWindows === undefined ? { ...input } : { ...input, contactWindows }
      }
    },
    commands: {
      sort: {
        label: "customerCare.customer.command.sort",
        from: ["collected", "sorted"],
        to: "sorted",
        roles: [Roles.supervisor],
        input: SortInput,
        apply: (data, input) => ({ ...data, category: input.category, custodian: input.custodian })
      },
      assign: {
        label: "customerCare.customer.command.assign",
        from: "sorted",
        to: "assigned",
        roles: [Roles.supervisor],
        input: AssignInput,
        apply: (data, input, ctx) => ({
          ...data,
          specialist: input.specialist,
          assignedAt: ctx.now.toISOString()
        }),
        note: (input) => input.reason
      },
      reassign: {
        label: "customerCare.customer.command.reassign",
        from: ["assigned", "contacted"],
        to: (record) => (record.state === "contacted" ? "contacted" : "assigned"),
        targets: ["assigned", "contacted"],
        roles: [Roles.supervisor],
        input: AssignInput,
        apply: (data, input) => ({ ...data, specialist: input.specialist }),
        note: (input) => input.reason
      },
      recordContact: {
        label: "customerCare.customer.command.recordContact",
        from: "assigned",
        to: "contacted",
        roles: [Roles.specialist, Roles.supervisor],
        input: ContactInput,
        guard: mayRecordContact,
        apply: (data, input, ctx) => ({
          ...data,
          firstContact: { at: ctx.now.toISOString(), by: ctx.actor.id, notes: input.notes }
        }),
        note: (input) => input.notes
      }
    },
    deadlines: [{ name: firstContactDeadline, policy: firstContactPolicy(policy) }]
  })

/**
 * The customer-record workflow under the procedure's numbers ({@link defaultPolicy}).
 *
 * @example
 * ```ts
 * import { Workflow } from "@frontdesk/domain"
 * import { Customer } from "@frontdesk/domain/customer-care"
 * Workflow.commandsFrom(Customer.workflow, "sorted").map((c) => c.name) // ["sort", "assign"]
 * ```
 * @category workflow
 * @since 0.1.0
 */
export const workflow = make()
