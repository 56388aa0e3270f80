/**
 * The customer-care section's example records: a fortnight around National Day 2026 (国庆节,
 * 1–7 October, with 10 October worked in exchange), so that callbacks counted in working days are
 * visibly due after the holiday. Every step runs through the desk at its own time, so histories,
 * deadlines and the report read as if the department had worked those days. Steps later than the
 * demo's time when seeding are left out: the story never runs ahead of the clock.
 */
import { Messages } from "@frontdesk/domain"
import { Assignment, Callback, type Customer } from "@frontdesk/domain/customer-care"
import type { Seeding } from "../../section.js"
import {
  acceptance,
  categories,
  chen,
  department,
  liu,
  specialists,
  sun,
  supervisor,
  workflows
} from "./policy.js"

/** A local time in Shanghai, e.g. `2026-09-30T10:00`. */
const at = (local: string): Date => new Date(`${local}:00+08:00`)

interface SeedCustomer {
  readonly id: string
  readonly input: typeof Customer.NewCustomer.Type
  /** How far the supervisor takes the customer: collected only, sorted, or assigned. */
  readonly stage: "collected" | "sorted" | "assigned"
}

export const customers: ReadonlyArray<SeedCustomer> = [
  {
    id: "cus-01",
    stage: "assigned",
    input: {
      name: "张伟",
      mobile: "13800138000",
      membership: "member",
      memberNo: "VIP-1001",
      category: "家电维修"
    }
  },
  {
    id: "cus-02",
    stage: "assigned",
    input: {
      name: "李娜",
      mobile: "13912345678",
      membership: "member",
      memberNo: "VIP-1002",
      category: "会员服务",
      contactHours: "18:00-21:00"
    }
  },
  {
    id: "cus-03",
    stage: "assigned",
    input: {
      name: "王强",
      mobile: "13611112222",
      membership: "nonMember",
      category: "家电维修",
      source: "门店"
    }
  },
  {
    id: "cus-05",
    stage: "assigned",
    input: {
      name: "陈晓",
      mobile: "15055556666",
      membership: "member",
      memberNo: "VIP-1005",
      category: "家电维修"
    }
  },
  {
    id: "cus-04",
    stage: "assigned",
    input: {
      name: "赵磊",
      mobile: "13733334444",
      membership: "member",
      memberNo: "VIP-1004",
      category: "汽车养护"
    }
  },
  {
    id: "cus-06",
    stage: "sorted",
    input: {
      name: "杨帆",
      mobile: "18677778888",
      membership: "nonMember",
      category: "汽车养护",
      source: "官网"
    }
  },
  {
    id: "cus-07",
    stage: "collected",
    input: {
      name: "黄丽",
      mobile: "13599990000",
      membership: "member",
      memberNo: "VIP-1007",
      category: "会员服务"
    }
  },
  {
    id: "cus-08",
    stage: "collected",
    input: {
      name: "周敏",
      mobile: "18812341234",
      membership: "nonMember",
      category: "家电维修",
      source: "电话"
    }
  }
]

const customer = (id: string): SeedCustomer => customers.find((c) => c.id === id)!

/**
 * Whether the examples are being written now. While they are, the desk's clock stands at the
 * seed's own times, so the section asks the visitor to wait rather than record anything.
 */
export const progress = { seeding: false }

export const seed = async (seeding: Seeding): Promise<void> => {
  progress.seeding = true
  try {
    await story(seeding)
  } finally {
    progress.seeding = false
  }
}

const story = async ({ desk, now, at: pinned }: Seeding): Promise<void> => {
  /** Runs a step at a local time, unless that time is still ahead of the demo's clock. */
  const step = async (local: string, work: () => Promise<unknown>): Promise<void> => {
    const time = at(local)
    if (time.getTime() <= now.getTime()) await pinned(time, work)
  }

  // Specialists collect customers (资料收集); the supervisor sorts them by category with a
  // custodian each (资料整理) and assigns them in one balanced go (资料处理).
  await step("2026-09-14T10:00", async () => {
    for (const c of customers.slice(0, 6)) await desk.create(workflows.customer, c.id, c.input, chen)
  })
  const sortOne = (c: SeedCustomer) =>
    desk.run(
      workflows.customer,
      c.id,
      "sort",
      {
        category: c.input.category,
        custodian: categories.find((k) => k.name === c.input.category)!.custodian
      },
      supervisor
    )
  await step("2026-09-15T09:30", async () => {
    for (const c of customers.slice(0, 6)) await sortOne(c)
  })
  const assignee = new Map<string, string>()
  const assign = async (ids: ReadonlyArray<string>) => {
    const loads = specialists.map((s) => ({
      ...s,
      load: [...assignee.values()].filter((v) => v === s.id).length
    }))
    const result = Assignment.assign(
      loads,
      ids.map((id) => ({ id, category: customer(id).input.category }))
    )
    for (const choice of result.assignments) {
      assignee.set(choice.customerId, choice.specialistId)
      await desk.run(
        workflows.customer,
        choice.customerId,
        "assign",
        { specialist: choice.specialistId, reason: Messages.render(choice.reason, "zh-CN") },
        supervisor
      )
    }
  }
  await step("2026-09-15T10:00", () => assign(["cus-01", "cus-02", "cus-03", "cus-05"]))
  // Each specialist contacts the new customers within the week (一周内沟通并备案).
  const contact = (id: string, notes: string) =>
    desk.run(workflows.customer, id, "recordContact", { notes }, actorOf(assignee.get(id)))
  await step("2026-09-16T10:30", () => contact("cus-01", "介绍了会员权益和上门服务预约方式"))
  await step("2026-09-16T19:00", () => contact("cus-02", "客户只在晚上方便接听，已备注可联系时段"))
  await step("2026-09-17T15:00", () => contact("cus-03", "确认了洗衣机型号和保修期"))
  await step("2026-09-17T16:00", () => contact("cus-05", "登记了冰箱保养需求"))
  // A customer assigned later, not yet contacted: the first-contact week ran out over the holiday.
  await step("2026-09-24T10:00", () => assign(["cus-04"]))
  await step("2026-10-08T09:00", async () => {
    for (const c of customers.slice(6)) await desk.create(workflows.customer, c.id, c.input, sun)
  })

  // Services recorded create their callbacks (Callback.fromService); three days, counted on
  // working days, run from then.
  const service = (callbackId: string, customerId: string, serviceName: string, serviceDate: string) => {
    const c = customer(customerId)
    const input = Callback.fromService({
      customerId,
      customerName: c.input.name,
      phone: c.input.mobile,
      membership: c.input.membership,
      assignee: assignee.get(customerId) ?? chen.id,
      serviceName,
      serviceDate,
      ...(c.input.contactHours === undefined ? {} : { contactHours: c.input.contactHours })
    })
    return desk.create(workflows.callback, callbackId, input, actorOf(input.assignee))
  }
  const run = (id: string, command: string, input: unknown, who = supervisor) =>
    desk.run(workflows.callback, id, command, input, who)
  const byAssignee = async (id: string, command: string, input: unknown) => {
    const record = await desk.get<Callback.Callback>("callbacks", id)
    return run(id, command, input, actorOf(record?.data.assignee))
  }

  // cb-01: recorded before the Mid-Autumn holiday, called a day late.
  await step("2026-09-22T10:00", () => service("cb-01", "cus-01", "空调清洗", "2026-09-22"))
  await step("2026-09-29T10:30", () =>
    byAssignee("cb-01", "complete", {
      method: "phone",
      outcome: "surveyed",
      satisfaction: "satisfied",
      suggestions: "希望清洗前电话确认到达时间",
      notes: "客户对清洗效果满意"
    })
  )
  // cb-02: a member who only takes calls in the evening, reached in her own hours.
  await step("2026-09-28T11:00", () => service("cb-02", "cus-02", "会员卡续费", "2026-09-28"))
  await step("2026-09-29T19:30", () =>
    byAssignee("cb-02", "complete", {
      method: "phone",
      outcome: "reminded",
      satisfaction: "satisfied",
      notes: "续费后权益已说明，客户满意"
    })
  )
  // cb-03: three calls unanswered; the supervisor approves closing it as unreachable.
  await step("2026-09-28T09:30", () => service("cb-03", "cus-03", "洗衣机维修", "2026-09-27"))
  await step("2026-09-28T15:00", () =>
    byAssignee("cb-03", "logAttempt", { method: "phone", result: "noAnswer" })
  )
  await step("2026-09-29T10:00", () => byAssignee("cb-03", "logAttempt", { method: "phone", result: "busy" }))
  await step("2026-09-30T19:30", () =>
    byAssignee("cb-03", "logAttempt", { method: "phone", result: "noAnswer" })
  )
  await step("2026-10-08T10:00", () =>
    run("cb-03", "closeUnreachable", { reason: "三次致电均未接通，已发短信告知" })
  )
  // cb-04: two failed attempts, still open, due the day after the holiday.
  await step("2026-09-29T15:00", () => service("cb-04", "cus-05", "冰箱保养", "2026-09-29"))
  await step("2026-09-30T10:00", () =>
    byAssignee("cb-04", "logAttempt", { method: "phone", result: "noAnswer", note: "无人接听" })
  )
  await step("2026-10-08T14:30", () =>
    byAssignee("cb-04", "logAttempt", { method: "phone", result: "busy", note: "占线，稍后再拨" })
  )
  // cb-05: recorded the day before National Day — due on 10 October, the make-up working day.
  await step("2026-09-30T10:00", () => service("cb-05", "cus-04", "汽车保养", "2026-09-30"))
  // cb-06: an after-sale email survey answered with something to improve.
  await step("2026-09-30T16:00", async () => {
    const c = customer("cus-03")
    const input = Callback.fromService(
      {
        customerId: c.id,
        customerName: c.input.name,
        phone: c.input.mobile,
        membership: c.input.membership,
        assignee: assignee.get(c.id) ?? liu.id,
        serviceName: "洗衣机维修复查",
        serviceDate: "2026-09-30"
      },
      { method: "email" }
    )
    await desk.create(workflows.callback, "cb-06", input, liu)
  })
  await step("2026-10-08T10:30", () =>
    byAssignee("cb-06", "complete", {
      method: "email",
      outcome: "issueRaised",
      satisfaction: "average",
      improvements: "维修人员上门前应先电话联系",
      notes: "客户邮件回复：问题已解决，但等待时间较长"
    })
  )
  // cb-07: after the holiday; the customer agreed a time on Saturday morning (约定时间).
  await step("2026-10-08T11:00", () => service("cb-07", "cus-01", "热水器安装", "2026-10-08"))
  await step("2026-10-08T15:00", () =>
    byAssignee("cb-07", "agreeTime", { agreedAt: "2026-10-10T10:00", note: "客户周六上午方便" })
  )
  // cb-08: a renewal reminder by SMS the supervisor planned by hand.
  await step("2026-10-09T10:00", async () => {
    const c = customer("cus-02")
    await desk.create(
      workflows.callback,
      "cb-08",
      {
        customerId: c.id,
        customerName: c.input.name,
        phone: c.input.mobile,
        membership: c.input.membership,
        kind: "renewalReminder",
        method: "sms",
        assignee: assignee.get(c.id) ?? sun.id,
        contactHours: c.input.contactHours
      },
      supervisor
    )
  })

  // Complaints in every state: closed, reopened, routed, received, handled.
  const complaint = (id: string, input: unknown) => desk.create(workflows.complaint, id, input, acceptance)
  const act = (id: string, command: string, input: unknown, who: typeof supervisor) =>
    desk.run(workflows.complaint, id, command, input, who)
  await step("2026-09-28T10:00", () =>
    complaint("cp-01", {
      customerId: "cus-01",
      customerName: "张伟",
      phone: "13800138000",
      kind: "complaint",
      summary: "空调清洗后仍有异味",
      promisedCallbackAt: "2026-09-29T17:00"
    })
  )
  await step("2026-09-28T10:30", () => act("cp-01", "route", { department: "售后服务部" }, acceptance))
  await step("2026-09-29T11:00", () =>
    act("cp-01", "handle", { resolution: "上门复查，更换了滤网" }, department)
  )
  await step("2026-09-29T16:00", () =>
    act("cp-01", "recordCallback", { satisfied: "yes", method: "phone", notes: "异味已消除" }, chen)
  )
  await step("2026-09-29T16:30", () => act("cp-01", "close", undefined, acceptance))

  await step("2026-09-29T10:00", () =>
    complaint("cp-02", {
      customerId: "cus-05",
      customerName: "陈晓",
      phone: "15055556666",
      kind: "complaint",
      summary: "会员积分未到账"
    })
  )
  await step("2026-09-29T10:15", () => act("cp-02", "route", { department: "会员中心" }, acceptance))
  await step("2026-09-30T15:00", () => act("cp-02", "handle", { resolution: "已补发积分" }, department))

  await step("2026-09-30T14:00", () =>
    complaint("cp-03", {
      customerId: "cus-03",
      customerName: "王强",
      phone: "13611112222",
      kind: "complaint",
      summary: "维修人员迟到两小时"
    })
  )
  await step("2026-09-30T14:20", () => act("cp-03", "route", { department: "售后服务部" }, acceptance))
  await step("2026-10-08T10:00", () =>
    act("cp-03", "handle", { resolution: "已对维修人员批评教育" }, department)
  )
  await step("2026-10-08T16:00", () =>
    act("cp-03", "recordCallback", { satisfied: "no", method: "phone", notes: "客户希望获得补偿" }, liu)
  )

  await step("2026-10-08T09:30", () =>
    complaint("cp-04", {
      customerName: "周敏",
      phone: "18812341234",
      kind: "complaint",
      summary: "安装预约无人确认",
      promisedCallbackAt: "2026-10-09T17:00"
    })
  )
  await step("2026-10-08T10:00", () => act("cp-04", "route", { department: "安装部" }, supervisor))

  await step("2026-10-09T09:00", () =>
    complaint("cp-05", {
      customerId: "cus-07",
      customerName: "黄丽",
      phone: "13599990000",
      kind: "suggestion",
      summary: "希望增加周末上门服务时段"
    })
  )
}

const actorOf = (id: string | undefined) =>
  [chen, liu, sun].find((a) => a.id === id) ??
  // Someone not on the team (or no one yet): the supervisor steps in.
  supervisor
