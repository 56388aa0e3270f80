/**
 * Texts of the customer-care elements for customers and callbacks: the customer list with its
 * sorting and balanced assignment, the callback queue and the callback form. The domain's own
 * labels (states, kinds, fields) live in the customer-care section. Registered by those elements.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * import { elementsCallbacksTexts } from "@frontdesk/domain/messages"
 * Messages.register(elementsCallbacksTexts)
 * Messages.format("callbackQueue.empty", "en") // "No open callbacks"
 * ```
 * @category sections
 * @since 0.1.0
 */
export const elementsCallbacksTexts = {
  // customer list
  "customerList.caption": { "zh-CN": "客户资料", en: "Customers" },
  "customerList.empty": { "zh-CN": "暂无客户资料", en: "No customers yet" },
  "customerList.state": { "zh-CN": "状态", en: "State" },
  "customerList.firstContact": { "zh-CN": "首次沟通时限", en: "First contact" },
  "customerList.actions": { "zh-CN": "操作", en: "Actions" },
  "customerList.unassigned": { "zh-CN": "未分配", en: "not assigned" },
  "customerList.none": { "zh-CN": "—", en: "—" },
  "customerList.sort": { "zh-CN": "整理归类", en: "Sort" },
  "customerList.reassign": { "zh-CN": "重新分配", en: "Reassign" },
  "customerList.sortOf": { "zh-CN": "整理归类：{name}", en: "Sort {name}" },
  "customerList.reassignOf": { "zh-CN": "重新分配：{name}", en: "Reassign {name}" },
  "customerList.save": { "zh-CN": "保存", en: "Save" },
  "customerList.cancel": { "zh-CN": "取消", en: "Cancel" },
  "customerList.running": { "zh-CN": "正在保存…", en: "Saving…" },
  "customerList.choose": { "zh-CN": "请选择", en: "Choose" },
  "customerList.plan": { "zh-CN": "分配新客户", en: "Assign new customers" },
  "customerList.planTitle": {
    "zh-CN": "分配方案（确认前可查看每项理由）",
    en: "Proposed assignment (check each reason before confirming)"
  },
  "customerList.planEmpty": {
    "zh-CN": "没有待分配的客户（先整理归类）",
    en: "No customers wait for assignment (sort them first)"
  },
  "customerList.planNoSpecialists": {
    "zh-CN": "没有可分配的专员",
    en: "No specialists are given to assign to"
  },
  "customerList.confirm": { "zh-CN": "确认分配 {count} 名客户", en: "Confirm {count} assignments" },
  "customerList.assigning": { "zh-CN": "正在分配…", en: "Assigning…" },
  "customerList.notPlaced": { "zh-CN": "未能分配", en: "Not assigned" },
  "customerList.assigned": { "zh-CN": "已分配 {count} 名客户", en: "{count} customers assigned" },
  "customerList.loadFailed": { "zh-CN": "客户资料加载失败", en: "The customers could not be loaded" },
  "customerList.refusedFor": { "zh-CN": "{name}：{reason}", en: "{name}: {reason}" },

  // callback queue
  "callbackQueue.caption": {
    "zh-CN": "{name} 的回访任务（逾期和即将到期在前）",
    en: "Callbacks of {name} (overdue and due soon first)"
  },
  "callbackQueue.specialist": { "zh-CN": "回访专员", en: "Specialist" },
  "callbackQueue.empty": { "zh-CN": "没有待办的回访", en: "No open callbacks" },
  "callbackQueue.noSpecialist": { "zh-CN": "请选择回访专员", en: "Choose a specialist" },
  "callbackQueue.customer": { "zh-CN": "客户", en: "Customer" },
  "callbackQueue.phone": { "zh-CN": "电话", en: "Phone" },
  "callbackQueue.kind": { "zh-CN": "类型 / 方式", en: "Kind / method" },
  "callbackQueue.attempts": { "zh-CN": "已尝试", en: "Attempts" },
  "callbackQueue.attemptCount": { "zh-CN": "{count} 次", en: "{count}" },
  "callbackQueue.deadline": { "zh-CN": "回访时限", en: "Deadline" },
  "callbackQueue.state": { "zh-CN": "状态", en: "State" },
  "callbackQueue.agreed": { "zh-CN": "约定 {time}", en: "agreed {time}" },
  "callbackQueue.open": { "zh-CN": "办理 {name} 的回访", en: "Open the callback of {name}" },
  "callbackQueue.loadFailed": { "zh-CN": "回访任务加载失败", en: "The callbacks could not be loaded" },
  "callbackQueue.member": { "zh-CN": "会员", en: "member" },

  // callback form
  "callbackForm.title": { "zh-CN": "回访：{name}", en: "Callback: {name}" },
  "callbackForm.notFound": { "zh-CN": "找不到该回访任务", en: "The callback was not found" },
  "callbackForm.none": { "zh-CN": "请选择一条回访任务", en: "Choose a callback" },
  "callbackForm.phone": { "zh-CN": "电话", en: "Phone" },
  "callbackForm.kind": { "zh-CN": "类型", en: "Kind" },
  "callbackForm.service": { "zh-CN": "服务", en: "Service" },
  "callbackForm.state": { "zh-CN": "状态", en: "State" },
  "callbackForm.deadline": { "zh-CN": "时限", en: "Deadline" },
  "callbackForm.attempts": { "zh-CN": "已尝试 {count} 次", en: "{count} attempts so far" },
  "callbackForm.attempt": { "zh-CN": "{time}　{result}（{method}）", en: "{time} {result} ({method})" },
  "callbackForm.agreedAt": { "zh-CN": "约定时间：{time}", en: "Agreed time: {time}" },
  "callbackForm.actions": { "zh-CN": "本次回访", en: "This call" },
  "callbackForm.mode.logAttempt": { "zh-CN": "未接通", en: "Not reached" },
  "callbackForm.mode.agreeTime": { "zh-CN": "约定时间", en: "Agree a time" },
  "callbackForm.mode.complete": { "zh-CN": "完成回访", en: "Complete" },
  "callbackForm.mode.closeUnreachable": { "zh-CN": "无法联系，关闭", en: "Close as unreachable" },
  "callbackForm.submit.logAttempt": { "zh-CN": "记录未接通", en: "Log the attempt" },
  "callbackForm.submit.agreeTime": { "zh-CN": "保存约定时间", en: "Save the agreed time" },
  "callbackForm.submit.complete": { "zh-CN": "完成回访", en: "Complete the callback" },
  "callbackForm.submit.closeUnreachable": { "zh-CN": "关闭回访", en: "Close the callback" },
  "callbackForm.running": { "zh-CN": "正在保存…", en: "Saving…" },
  "callbackForm.script.opening": {
    "zh-CN": "开场：问候，报出本人姓名和公司，确认客户姓名，并为打扰致歉。",
    en: "Opening: greet, give your name and the company's, confirm the customer's name and apologise for the call."
  },
  "callbackForm.script.body": {
    "zh-CN": "正文：感谢客户于 {date} 接受「{service}」服务，询问是否满意。",
    en: "Body: thank the customer for “{service}” on {date} and ask whether they were satisfied."
  },
  "callbackForm.script.bodyPlain": {
    "zh-CN": "正文：感谢客户的支持，询问对公司产品和服务是否满意。",
    en: "Body: thank the customer for their custom and ask whether they are satisfied with our products and services."
  },
  "callbackForm.closingLine": { "zh-CN": "结束语：{text}", en: "Closing: {text}" },
  "callbackForm.chooseSatisfaction": {
    "zh-CN": "选择满意度后显示相应的问题和结束语",
    en: "Choose the satisfaction to see the matching question and closing"
  },
  "callbackForm.quietHours": {
    "zh-CN": "回访时间在客户的免打扰时段，不能记录；下一个可联系时段从 {next} 开始",
    en: "The time of the call is in the customer's quiet hours and cannot be logged; the next contact hours start at {next}"
  },
  "callbackForm.quietHoursOverride": {
    "zh-CN": "如确需在此时段联系，请填写免打扰时段例外原因",
    en: "To log it anyway, give the reason to call in quiet hours"
  },
  "callbackForm.quietHoursAskSupervisor": {
    "zh-CN": "如确需在此时段联系，须由客服主管填写例外原因",
    en: "Only a supervisor may log a call in quiet hours, with a reason"
  },
  "callbackForm.showPhone": { "zh-CN": "显示完整号码", en: "Show the full number" },
  "callbackForm.overrideHint": {
    "zh-CN": "仅客服主管可填写；填写后可在免打扰时段记录",
    en: "Supervisors only; with a reason the call may be logged in quiet hours"
  },
  "callbackForm.saved.logAttempt": { "zh-CN": "已记录未接通", en: "The attempt was logged" },
  "callbackForm.saved.agreeTime": { "zh-CN": "已保存约定时间", en: "The agreed time was saved" },
  "callbackForm.saved.complete": { "zh-CN": "回访已完成", en: "The callback is complete" },
  "callbackForm.saved.closeUnreachable": { "zh-CN": "回访已关闭", en: "The callback is closed" },
  "callbackForm.closed": { "zh-CN": "该回访已结束", en: "This callback is finished" },
  "callbackForm.noActions": { "zh-CN": "您不能办理该回访", en: "You cannot work on this callback" }
} as const
