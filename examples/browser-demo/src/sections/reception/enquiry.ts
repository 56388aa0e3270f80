/**
 * The demo's procedure: a visitor enquiry at the front desk (来访咨询登记). The form is rendered
 * from this schema, the workflow decides who may do what, and the first-contact deadline counts
 * three working days on the mainland China calendar, skipping public holidays and honouring
 * make-up working days (调休).
 */
import { Deadline, Field, Workflow } from "@frontdesk/domain"
import type { Store } from "@frontdesk/storage"
import { Schema } from "effect"

/** How long the front desk has to contact a visitor after an enquiry is received. */
export const firstContactWithin = Deadline.workingDays(3)

export const firstContact = Deadline.make({
  id: "firstContact",
  start: "created",
  met: { commands: ["contact"] },
  pause: { commands: ["hold"] },
  resume: { commands: ["resume"] },
  duration: firstContactWithin,
  dueSoon: Deadline.workingDays(1)
})

const topics = [
  { value: "membership", label: { "zh-CN": "会员办理", en: "Membership" } },
  { value: "repair", label: { "zh-CN": "报修", en: "Repair request" } },
  { value: "complaint", label: { "zh-CN": "投诉建议", en: "Complaint or suggestion" } },
  { value: "other", label: { "zh-CN": "其他", en: "Other" } }
] as const

/** The enquiry form: every field a kernel field format, labelled in both languages. */
export const EnquiryForm = Schema.Struct({
  name: Field.Text({ max: 40, nonEmpty: true }).pipe(
    Field.meta({
      label: { "zh-CN": "姓名", en: "Name" },
      widget: "text",
      step: "form.step.contact",
      sensitive: true
    })
  ),
  mobile: Field.Mobile.pipe(
    Field.meta({
      label: { "zh-CN": "手机号", en: "Mobile" },
      hint: { "zh-CN": "用于回电，如 138 0013 8000", en: "For the call back, e.g. 138 0013 8000" },
      widget: "mobile",
      step: "form.step.contact",
      sensitive: true
    })
  ),
  email: Schema.optional(
    Field.Email.pipe(
      Field.meta({ label: { "zh-CN": "电子邮箱", en: "Email" }, widget: "email", step: "form.step.contact" })
    )
  ),
  topic: Schema.Literals(topics.map((t) => t.value)).pipe(
    Field.meta({
      label: { "zh-CN": "咨询事项", en: "Topic" },
      widget: "select",
      options: topics,
      step: "form.step.details"
    })
  ),
  preferredDate: Schema.optional(
    Field.LocalDate.pipe(
      Field.meta({
        label: { "zh-CN": "希望回电日期", en: "Preferred call-back date" },
        widget: "date",
        step: "form.step.details"
      })
    )
  ),
  details: Field.Text({ max: 500, nonEmpty: true }).pipe(
    Field.meta({
      label: { "zh-CN": "咨询内容", en: "Details" },
      widget: "textarea",
      step: "form.step.details"
    })
  )
})

export type Enquiry = typeof EnquiryForm.Type

const ContactInput = Schema.Struct({
  outcome: Field.Text({ max: 200, nonEmpty: true }).pipe(
    Field.meta({ label: { "zh-CN": "联系结果", en: "Outcome of the contact" }, widget: "textarea" })
  )
})

const HoldInput = Schema.Struct({
  reason: Field.Text({ max: 200, nonEmpty: true }).pipe(
    Field.meta({ label: { "zh-CN": "暂停原因", en: "Reason for the hold" }, widget: "text" })
  )
})

/** The roles of the demo's front office. */
export const roles = { receptionist: "receptionist", supervisor: "supervisor" } as const

export const enquiry = Workflow.make({
  name: "enquiry",
  collection: "enquiries",
  label: { "zh-CN": "来访咨询", en: "Visitor enquiry" },
  states: [
    { id: "received", label: { "zh-CN": "待联系", en: "Awaiting contact" } },
    { id: "onHold", label: { "zh-CN": "暂停中", en: "On hold" } },
    { id: "contacted", label: { "zh-CN": "已联系", en: "Contacted" } },
    { id: "closed", label: { "zh-CN": "已办结", en: "Closed" }, terminal: true }
  ],
  initial: "received",
  create: {
    input: EnquiryForm,
    roles: [roles.receptionist, roles.supervisor],
    apply: (input: Enquiry) => ({ ...input, outcome: "" })
  },
  commands: {
    contact: {
      label: { "zh-CN": "记录联系", en: "Record contact" },
      from: "received",
      to: "contacted",
      roles: [roles.receptionist, roles.supervisor],
      input: ContactInput,
      apply: (data, input) => ({ ...data, outcome: input.outcome }),
      note: (input) => input.outcome
    },
    hold: {
      label: { "zh-CN": "暂停计时", en: "Put on hold" },
      from: "received",
      to: "onHold",
      roles: [roles.supervisor],
      input: HoldInput,
      note: (input) => input.reason
    },
    resume: {
      label: { "zh-CN": "恢复计时", en: "Resume" },
      from: "onHold",
      to: "received",
      roles: [roles.supervisor]
    },
    close: {
      label: { "zh-CN": "办结", en: "Close" },
      from: "contacted",
      to: "closed",
      roles: [roles.supervisor]
    }
  },
  deadlines: [{ name: "firstContact", policy: firstContact }]
})

/** Enquiries, indexed by due time (everything overdue), last change (the list) and state. */
export const collections: ReadonlyArray<Store.CollectionDefinition> = [
  {
    name: "enquiries",
    indexes: [
      { name: "byDue", keyPath: "dueAt" },
      { name: "byUpdated", keyPath: "updatedAt" },
      { name: "byState", keyPath: "state" }
    ]
  }
]
