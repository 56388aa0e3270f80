/**
 * Texts of the customer-care family (客户服务): customers and their assignment, callbacks (回访)
 * and their records, complaints (投诉), quality samples (质检抽查) and the callback summary report.
 * Registered by every module of `@frontdesk/domain/customer-care` that names its codes.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * import { customerCareTexts } from "@frontdesk/domain/messages"
 * Messages.register(customerCareTexts)
 * Messages.format("customerCare.callback", "zh-CN") // "回访"
 * ```
 * @category sections
 * @since 0.1.0
 */
export const customerCareTexts = {
  // roles
  "customerCare.role.supervisor": { "zh-CN": "客服主管", en: "customer-service supervisor" },
  "customerCare.role.specialist": { "zh-CN": "客服专员", en: "customer-service specialist" },
  "customerCare.role.qa": { "zh-CN": "绩效考核小组", en: "quality assurance" },
  "customerCare.role.acceptance": { "zh-CN": "业务受理组", en: "business acceptance" },
  "customerCare.role.department": { "zh-CN": "责任部门", en: "responsible department" },

  // customers
  "customerCare.customer": { "zh-CN": "客户资料", en: "customer record" },
  "customerCare.customer.state.collected": { "zh-CN": "已收集", en: "collected" },
  "customerCare.customer.state.sorted": { "zh-CN": "已整理", en: "sorted" },
  "customerCare.customer.state.assigned": { "zh-CN": "已分配", en: "assigned" },
  "customerCare.customer.state.contacted": { "zh-CN": "已沟通", en: "contacted" },
  "customerCare.customer.command.sort": { "zh-CN": "整理归类", en: "sort" },
  "customerCare.customer.command.assign": { "zh-CN": "分配专员", en: "assign" },
  "customerCare.customer.command.reassign": { "zh-CN": "重新分配", en: "reassign" },
  "customerCare.customer.command.recordContact": { "zh-CN": "记录首次沟通", en: "record first contact" },
  "customerCare.customer.name": { "zh-CN": "客户姓名", en: "Customer name" },
  "customerCare.customer.mobile": { "zh-CN": "手机号", en: "Mobile" },
  "customerCare.customer.email": { "zh-CN": "电子邮箱", en: "Email" },
  "customerCare.customer.membership": { "zh-CN": "会员", en: "Member" },
  "customerCare.customer.memberNo": { "zh-CN": "会员卡号", en: "Membership card number" },
  "customerCare.customer.category": { "zh-CN": "客户类别", en: "Category" },
  "customerCare.customer.custodian": { "zh-CN": "专人管理", en: "Custodian" },
  "customerCare.customer.specialist": { "zh-CN": "负责专员", en: "Specialist" },
  "customerCare.customer.source": { "zh-CN": "资料来源", en: "Source" },
  "customerCare.customer.contactHours": { "zh-CN": "可联系时段", en: "Contact hours" },
  "customerCare.customer.notes": { "zh-CN": "沟通记录", en: "Notes of the contact" },
  "customerCare.customer.reason": { "zh-CN": "原因", en: "Reason" },
  "customerCare.membership.member": { "zh-CN": "会员", en: "member" },
  "customerCare.membership.nonMember": { "zh-CN": "非会员", en: "non-member" },
  "customerCare.customer.notTheirs": {
    "zh-CN": "只有负责该客户的专员或客服主管才能记录沟通",
    en: "Only the customer's specialist or a supervisor may record the contact"
  },
  "customerCare.firstContact": { "zh-CN": "一周内首次沟通", en: "first contact within a week" },

  // assignment
  "customerCare.assignment.chosen": {
    "zh-CN":
      "分配给 {specialist}：擅长「{category}」的 {candidates} 名专员中，按能力折算后负责客户最少（{load} 名 / 能力系数 {capacity}）",
    en: "Assigned to {specialist}: of the {candidates} specialists skilled in “{category}”, the fewest customers for their ability ({load} for capacity {capacity})"
  },
  "customerCare.assignment.noSkill": {
    "zh-CN": "没有擅长「{category}」的专员，暂不分配",
    en: "No specialist is skilled in “{category}”; left unassigned"
  },

  // callbacks
  "customerCare.callback": { "zh-CN": "回访", en: "callback" },
  "customerCare.callback.state.scheduled": { "zh-CN": "待回访", en: "scheduled" },
  "customerCare.callback.state.attempted": { "zh-CN": "未接通待重拨", en: "attempted" },
  "customerCare.callback.state.completed": { "zh-CN": "已回访", en: "completed" },
  "customerCare.callback.state.unreachableClosed": { "zh-CN": "无法联系已关闭", en: "closed as unreachable" },
  "customerCare.callback.command.logAttempt": { "zh-CN": "记录未接通", en: "log a failed attempt" },
  "customerCare.callback.command.agreeTime": { "zh-CN": "约定时间", en: "agree a time" },
  "customerCare.callback.command.complete": { "zh-CN": "完成回访", en: "complete" },
  "customerCare.callback.command.closeUnreachable": {
    "zh-CN": "批准关闭（无法联系）",
    en: "approve closing as unreachable"
  },
  "customerCare.callback.command.reassign": { "zh-CN": "改派专员", en: "reassign" },
  "customerCare.callback.deadline": { "zh-CN": "三天内回访", en: "callback within three days" },
  "customerCare.callback.kind": { "zh-CN": "回访类型", en: "Kind" },
  "customerCare.callback.kind.afterSale": { "zh-CN": "售后回访", en: "after-sale" },
  "customerCare.callback.kind.preSale": { "zh-CN": "售前回访", en: "pre-sale" },
  "customerCare.callback.kind.complaint": { "zh-CN": "投诉回访", en: "complaint" },
  "customerCare.callback.kind.holiday": { "zh-CN": "节日回访", en: "holiday" },
  "customerCare.callback.kind.anniversary": { "zh-CN": "周年回访", en: "anniversary" },
  "customerCare.callback.kind.promotion": { "zh-CN": "促销回访", en: "promotion" },
  "customerCare.callback.kind.renewalReminder": { "zh-CN": "续卡升级提醒", en: "renewal reminder" },
  "customerCare.callback.kind.maintenanceReminder": { "zh-CN": "保养提醒", en: "maintenance reminder" },
  "customerCare.callback.method": { "zh-CN": "回访方式", en: "Method" },
  "customerCare.callback.method.phone": { "zh-CN": "电话", en: "phone" },
  "customerCare.callback.method.email": { "zh-CN": "电子邮件", en: "email" },
  "customerCare.callback.method.sms": { "zh-CN": "短信", en: "SMS" },
  "customerCare.callback.assignee": { "zh-CN": "回访专员", en: "Specialist" },
  "customerCare.callback.customerId": { "zh-CN": "客户编号", en: "Customer ID" },
  "customerCare.callback.service": { "zh-CN": "服务项目", en: "Service" },
  "customerCare.callback.serviceDate": { "zh-CN": "服务日期", en: "Service date" },
  "customerCare.callback.at": { "zh-CN": "回访时间", en: "Time of the call" },
  "customerCare.callback.atHint": {
    "zh-CN": "不填则为当前时间",
    en: "Leave empty for now"
  },
  "customerCare.callback.result": { "zh-CN": "未接通原因", en: "Result" },
  "customerCare.callback.result.noAnswer": { "zh-CN": "无人接听", en: "no answer" },
  "customerCare.callback.result.busy": { "zh-CN": "占线", en: "busy" },
  "customerCare.callback.result.wrongNumber": { "zh-CN": "号码错误", en: "wrong number" },
  "customerCare.callback.retryAt": { "zh-CN": "下次回访时间", en: "Try again at" },
  "customerCare.callback.agreedAt": { "zh-CN": "约定时间", en: "Agreed time" },
  "customerCare.callback.note": { "zh-CN": "备注", en: "Note" },
  "customerCare.callback.overrideReason": {
    "zh-CN": "免打扰时段例外原因（主管）",
    en: "Reason to call in quiet hours (supervisor)"
  },
  "customerCare.callback.closeReason": { "zh-CN": "关闭原因", en: "Reason for closing" },
  "customerCare.callback.overrideNeedsSupervisor": {
    "zh-CN": "只有客服主管可以在免打扰时段例外联系客户",
    en: "Only a customer-service supervisor may allow contact in quiet hours"
  },
  "customerCare.callback.inFuture": {
    "zh-CN": "回访时间不能晚于现在",
    en: "The time of the call cannot be later than now"
  },
  "customerCare.callback.agreedInPast": {
    "zh-CN": "约定时间必须晚于现在",
    en: "The agreed time must be later than now"
  },
  "customerCare.callback.tooFewAttempts": {
    "zh-CN": "已尝试 {attempts} 次，至少尝试 {required} 次后才能以无法联系关闭",
    en: "{attempts} attempts so far; closing as unreachable needs at least {required}"
  },
  "customerCare.callback.contactHours.invalid": {
    "zh-CN": "可联系时段格式不正确，应为 HH:MM-HH:MM 且开始早于结束",
    en: "Contact hours must be HH:MM-HH:MM with the start before the end"
  },

  // callback record
  "customerCare.record.outcome": { "zh-CN": "回访结果", en: "Outcome" },
  "customerCare.record.outcome.surveyed": { "zh-CN": "完成回访", en: "surveyed" },
  "customerCare.record.outcome.issueRaised": { "zh-CN": "反映问题", en: "issue raised" },
  "customerCare.record.outcome.leadFound": { "zh-CN": "发现意向", en: "sales lead" },
  "customerCare.record.outcome.reminded": { "zh-CN": "已提醒", en: "reminded" },
  "customerCare.record.outcome.unreachable": { "zh-CN": "无法联系", en: "unreachable" },
  "customerCare.record.satisfaction": { "zh-CN": "满意度", en: "Satisfaction" },
  "customerCare.record.satisfaction.satisfied": { "zh-CN": "满意", en: "satisfied" },
  "customerCare.record.satisfaction.average": { "zh-CN": "一般", en: "average" },
  "customerCare.record.satisfaction.unsatisfied": { "zh-CN": "不满意", en: "unsatisfied" },
  "customerCare.record.suggestions": { "zh-CN": "客户建议", en: "Suggestions" },
  "customerCare.record.improvements": { "zh-CN": "需要改进之处", en: "What to improve" },
  "customerCare.record.notes": { "zh-CN": "回访记录", en: "Notes" },
  "customerCare.record.closing.thanksAndWishes": {
    "zh-CN": "感谢客户并致以祝福",
    en: "Thank the customer and give your good wishes"
  },
  "customerCare.record.closing.apologyAndPromise": {
    "zh-CN": "感谢客户，承认不足并承诺改进",
    en: "Thank the customer, admit the shortfall and promise improvement"
  },
  "customerCare.record.improvementsRequired": {
    "zh-CN": "客户评价为一般或不满意时，必须记录需要改进之处",
    en: "When the customer is not satisfied, record what to improve"
  },
  "customerCare.record.step.opening": { "zh-CN": "开场", en: "Opening" },
  "customerCare.record.step.body": { "zh-CN": "正文", en: "Body" },
  "customerCare.record.step.closing": { "zh-CN": "结束语", en: "Closing" },

  // complaints
  "customerCare.complaint": { "zh-CN": "投诉建议", en: "complaint or suggestion" },
  "customerCare.complaint.state.received": { "zh-CN": "已受理", en: "received" },
  "customerCare.complaint.state.routed": { "zh-CN": "已转部门", en: "routed" },
  "customerCare.complaint.state.handled": { "zh-CN": "已处理", en: "handled" },
  "customerCare.complaint.state.callbackDone": { "zh-CN": "已回访", en: "called back" },
  "customerCare.complaint.state.closed": { "zh-CN": "已结案", en: "closed" },
  "customerCare.complaint.state.reopened": { "zh-CN": "已重开", en: "reopened" },
  "customerCare.complaint.command.route": { "zh-CN": "转责任部门", en: "route to a department" },
  "customerCare.complaint.command.handle": { "zh-CN": "记录处理结果", en: "record the handling" },
  "customerCare.complaint.command.recordCallback": { "zh-CN": "记录回访", en: "record the callback" },
  "customerCare.complaint.command.close": { "zh-CN": "结案", en: "close" },
  "customerCare.complaint.deadline": { "zh-CN": "承诺回电时间", en: "promised callback time" },
  "customerCare.complaint.kind": { "zh-CN": "类型", en: "Kind" },
  "customerCare.complaint.kind.complaint": { "zh-CN": "投诉", en: "complaint" },
  "customerCare.complaint.kind.suggestion": { "zh-CN": "建议", en: "suggestion" },
  "customerCare.complaint.summary": { "zh-CN": "投诉内容", en: "What the customer says" },
  "customerCare.complaint.promisedCallbackAt": { "zh-CN": "承诺回电时间", en: "Promised callback time" },
  "customerCare.complaint.promisedHint": {
    "zh-CN": "告知客户的回电时间；不填则按默认时限",
    en: "The time promised to the customer; empty for the default"
  },
  "customerCare.complaint.department": { "zh-CN": "责任部门", en: "Department" },
  "customerCare.complaint.resolution": { "zh-CN": "处理结果", en: "Resolution" },
  "customerCare.complaint.satisfied": { "zh-CN": "客户是否满意", en: "Is the customer satisfied?" },
  "customerCare.complaint.promiseInPast": {
    "zh-CN": "承诺回电时间必须晚于现在",
    en: "The promised callback time must be later than now"
  },
  "customerCare.call.inquiry": { "zh-CN": "业务咨询", en: "inquiry" },
  "customerCare.call.complaint": { "zh-CN": "投诉建议", en: "complaint or suggestion" },
  "customerCare.call.answeredByAcceptance": {
    "zh-CN": "由业务受理组解答",
    en: "Answered by the business acceptance group"
  },
  "customerCare.call.transferred": {
    "zh-CN": "转 {department} 解答",
    en: "Transferred to {department}"
  },
  "customerCare.call.recordComplaint": {
    "zh-CN": "记录投诉建议，承诺回电时间，转责任部门",
    en: "Record it, promise a callback time and route it to the department"
  },

  // quality samples
  "customerCare.qa": { "zh-CN": "质检抽查", en: "quality sample" },
  "customerCare.qa.state.drawn": { "zh-CN": "待评分", en: "drawn" },
  "customerCare.qa.state.scored": { "zh-CN": "已评分", en: "scored" },
  "customerCare.qa.command.score": { "zh-CN": "评分", en: "score" },
  "customerCare.qa.criterion.opening": { "zh-CN": "开场规范", en: "Opening" },
  "customerCare.qa.criterion.script": { "zh-CN": "话术规范", en: "Script" },
  "customerCare.qa.criterion.brevity": { "zh-CN": "简短得体", en: "Kept short" },
  "customerCare.qa.criterion.record": { "zh-CN": "记录完整", en: "Complete record" },
  "customerCare.qa.score.hint": { "zh-CN": "1（差）至 5（好）", en: "1 (poor) to 5 (good)" },
  "customerCare.qa.notes": { "zh-CN": "改进意见", en: "Improvement notes" },
  "customerCare.qa.score.invalid": { "zh-CN": "请填 1 至 5 的整数", en: "Enter a whole number from 1 to 5" },

  // report
  "customerCare.report": { "zh-CN": "回访总结报告", en: "callback summary report" },
  "customerCare.report.coverage": { "zh-CN": "会员回访覆盖率", en: "member coverage" },
  "customerCare.report.onTime": { "zh-CN": "按时回访占比", en: "done on time" },
  "customerCare.report.week": { "zh-CN": "{date} 当周", en: "Week of {date}" }
} as const
