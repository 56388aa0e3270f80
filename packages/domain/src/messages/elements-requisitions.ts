/**
 * Texts of the recruitment elements for requisitions, plans and the evaluation report
 * (`fd-requisition-form`, `fd-requisition-approvals`, `fd-recruitment-plan`,
 * `fd-recruitment-report`): headings, buttons, statuses, empty states and table headers.
 * Registered by those elements.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * import { elementsRequisitionsTexts } from "@frontdesk/domain/messages"
 * Messages.register(elementsRequisitionsTexts)
 * Messages.format("requisitionForm.create", "en") // "Save the requisition"
 * ```
 * @category sections
 * @since 0.1.0
 */
export const elementsRequisitionsTexts = {
  // Shared
  "requisitions.late": { "zh-CN": "逾期申请", en: "Late" },
  "requisitions.onTime": { "zh-CN": "按期申请", en: "On time" },
  "requisitions.loading": { "zh-CN": "正在读取…", en: "Loading…" },
  "requisitions.notFound": {
    "zh-CN": "找不到用人需求申请 {id}",
    en: "There is no requisition {id}"
  },
  "requisitions.loadFailed": {
    "zh-CN": "读取失败：{reason}",
    en: "Could not load: {reason}"
  },
  "requisitions.noQuery": {
    "zh-CN": "此存储不支持列表查询，无法显示",
    en: "This desk cannot list records, so this cannot be shown"
  },
  "requisitions.yes": { "zh-CN": "是", en: "yes" },
  "requisitions.no": { "zh-CN": "否", en: "no" },
  "requisitions.none": { "zh-CN": "无", en: "none" },

  // fd-requisition-form
  "requisitionForm.label": { "zh-CN": "用人需求申请表", en: "Staffing requisition" },
  "requisitionForm.editing": {
    "zh-CN": "修改草稿：{position}（{department}）",
    en: "Editing the draft: {position} ({department})"
  },
  "requisitionForm.create": { "zh-CN": "保存申请", en: "Save the requisition" },
  "requisitionForm.update": { "zh-CN": "保存修改", en: "Save the changes" },
  "requisitionForm.onTime": {
    "zh-CN": "按期申请：提前 {months} 个月，应不晚于 {date}",
    en: "On time: {months} month(s) ahead, due by {date}"
  },
  "requisitionForm.saved": {
    "zh-CN": "已保存用人需求申请：{position}（{department}），{headcount} 人",
    en: "Saved the requisition: {position} ({department}), {headcount} people"
  },
  "requisitionForm.savedLate": {
    "zh-CN": "申请已受理，并标记为逾期申请（应不晚于 {date}）",
    en: "It was accepted and flagged late (due by {date})"
  },
  "requisitionForm.notDraft": {
    "zh-CN": "只有草稿可以修改；此申请当前为“{state}”",
    en: "Only a draft can be edited; this requisition is {state}"
  },

  // fd-requisition-approvals
  "requisitionApprovals.label": { "zh-CN": "用人需求审批", en: "Requisition approvals" },
  "requisitionApprovals.title": { "zh-CN": "{position}（{department}）", en: "{position} ({department})" },
  "requisitionApprovals.state": { "zh-CN": "状态：{state}", en: "State: {state}" },
  "requisitionApprovals.facts": { "zh-CN": "申请内容", en: "The request" },
  "requisitionApprovals.requestedBy": { "zh-CN": "申请人", en: "Raised by" },
  "requisitionApprovals.leadTime": { "zh-CN": "申请时限", en: "Lead time" },
  "requisitionApprovals.lateBy": {
    "zh-CN": "逾期申请：应不晚于 {date} 提出",
    en: "Late: it was due by {date}"
  },
  "requisitionApprovals.onTimeBy": {
    "zh-CN": "按期申请（应不晚于 {date} 提出）",
    en: "On time (due by {date})"
  },
  "requisitionApprovals.closedNote": { "zh-CN": "关闭原因", en: "Why it was closed" },
  "requisitionApprovals.chain": { "zh-CN": "审批流程", en: "Approval chain" },
  "requisitionApprovals.step.sign": { "zh-CN": "用人部门主管签批", en: "Signed by the department head" },
  "requisitionApprovals.step.review": { "zh-CN": "审核（{roles}）", en: "Review ({roles})" },
  "requisitionApprovals.step.approve": { "zh-CN": "审批（{roles}）", en: "Approval ({roles})" },
  "requisitionApprovals.or": { "zh-CN": "或", en: " or " },
  "requisitionApprovals.status.done": { "zh-CN": "已完成", en: "done" },
  "requisitionApprovals.status.waiting": { "zh-CN": "待办理", en: "waiting" },
  "requisitionApprovals.status.notReached": { "zh-CN": "尚未开始", en: "not reached" },
  "requisitionApprovals.status.stopped": { "zh-CN": "已终止", en: "stopped" },
  "requisitionApprovals.by": { "zh-CN": "{name}，{time}", en: "{name}, {time}" },
  "requisitionApprovals.history": { "zh-CN": "审批记录", en: "History" },
  "requisitionApprovals.commands": { "zh-CN": "可执行的操作", en: "What you can do" },
  "requisitionApprovals.ownRequest": {
    "zh-CN": "此申请由您提出或签批，您不能审核、审批、退回或关闭它",
    en: "You raised or signed this requisition, so you cannot review, approve, send back or close it"
  },
  "requisitionApprovals.edit": { "zh-CN": "修改草稿", en: "Edit the draft" },

  // fd-recruitment-plan
  "recruitmentPlan.label": { "zh-CN": "招聘方案", en: "Recruitment plan" },
  "recruitmentPlan.title": {
    "zh-CN": "招聘方案：{position}（{department}）",
    en: "Recruitment plan: {position} ({department})"
  },
  "recruitmentPlan.requisition": {
    "zh-CN": "用人需求：{headcount} 人，{level}，期望到岗 {date}，{state}",
    en: "Requisition: {headcount} people, {level}, wanted from {date}, {state}"
  },
  "recruitmentPlan.notApproved": {
    "zh-CN": "用人需求经总经理审批后才能制订招聘方案；此申请当前为“{state}”",
    en: "A plan is drawn up once the requisition is approved; it is {state}"
  },
  "recruitmentPlan.recommended": { "zh-CN": "推荐渠道", en: "Recommended channels" },
  "recruitmentPlan.modest": {
    "zh-CN": "任职要求一般（普通技能即可）",
    en: "Modest requirements (ordinary skills will do)"
  },
  "recruitmentPlan.reason.senior": {
    "zh-CN": "部门负责人及以上的高级人才，宜用网络招聘或猎头",
    en: "Senior talent (department head and above): online recruiting or headhunters"
  },
  "recruitmentPlan.reason.many": {
    "zh-CN": "需求 {headcount} 人，人数较多（{min} 人及以上），宜用招聘广告、校园招聘、大型招聘会",
    en: "{headcount} people is a large number ({min} or more): advertisements, campus recruiting, large job fairs"
  },
  "recruitmentPlan.reason.few": {
    "zh-CN": "需求 {headcount} 人，人数少（不超过 {max} 人）且要求一般，宜用内部招聘或普通招聘会",
    en: "{headcount} people, few (at most {max}) with modest requirements: internal posting or ordinary job fairs"
  },
  "recruitmentPlan.reason.middle": {
    "zh-CN": "需求 {headcount} 人，宜用招聘广告或普通招聘会",
    en: "{headcount} people: advertisements or ordinary job fairs"
  },
  "recruitmentPlan.useRecommended": { "zh-CN": "采用推荐渠道", en: "Use these channels" },
  "recruitmentPlan.preview": { "zh-CN": "提交前确认", en: "Before you save" },
  "recruitmentPlan.recruitingStart": { "zh-CN": "招聘开始日期", en: "Recruiting starts" },
  "recruitmentPlan.timing": {
    "zh-CN": "{start}（用人日期 {wanted} − 准备周期 {days} 天）",
    en: "{start} (wanted start {wanted} − a preparation cycle of {days} days)"
  },
  "recruitmentPlan.timingPending": {
    "zh-CN": "填写用人日期和准备周期后计算",
    en: "Worked out once the wanted start date and the preparation cycle are given"
  },
  "recruitmentPlan.approver": { "zh-CN": "审批人", en: "Approved by" },
  "recruitmentPlan.route.dedicated": {
    "zh-CN": "{role}：举办专场招聘会的方案由单位负责人审批",
    en: "{role}: a plan with a dedicated job fair goes to the unit head"
  },
  "recruitmentPlan.route.overAnnual": {
    "zh-CN": "{role}：费用 {cost} 超出年度预算 {annual}",
    en: "{role}: the cost of {cost} is above the annual budget of {annual}"
  },
  "recruitmentPlan.route.withinAnnual": {
    "zh-CN": "{role}：费用 {cost} 未超出年度预算 {annual}，且无专场招聘会",
    en: "{role}: the cost of {cost} is within the annual budget of {annual}, with no dedicated job fair"
  },
  "recruitmentPlan.routePending": {
    "zh-CN": "填写年度预算后确定",
    en: "Decided once the annual budget is given"
  },
  "recruitmentPlan.step.plan": { "zh-CN": "方案内容", en: "The plan" },
  "recruitmentPlan.step.budget": { "zh-CN": "费用预算", en: "Budget by channel" },
  "recruitmentPlan.budgetFor": { "zh-CN": "{channel}费用（元）", en: "Budget for {channel} (yuan)" },
  "recruitmentPlan.create": { "zh-CN": "保存方案", en: "Save the plan" },
  "recruitmentPlan.update": { "zh-CN": "保存修改", en: "Save the changes" },
  "recruitmentPlan.edit": { "zh-CN": "修改方案", en: "Edit the plan" },
  "recruitmentPlan.closeEdit": { "zh-CN": "取消修改", en: "Stop editing" },
  "recruitmentPlan.saved": { "zh-CN": "招聘方案已保存", en: "The plan was saved" },
  "recruitmentPlan.plan": { "zh-CN": "方案内容", en: "The plan" },
  "recruitmentPlan.stateLabel": { "zh-CN": "状态", en: "State" },
  "recruitmentPlan.cost": { "zh-CN": "费用合计", en: "Total cost" },
  "recruitmentPlan.costs": { "zh-CN": "预算与已登记费用", en: "Budget and recorded costs" },
  "recruitmentPlan.channel": { "zh-CN": "渠道", en: "Channel" },
  "recruitmentPlan.budget": { "zh-CN": "预算", en: "Budget" },
  "recruitmentPlan.spent": { "zh-CN": "已登记费用", en: "Recorded" },
  "recruitmentPlan.against": { "zh-CN": "预算执行", en: "Against the budget" },
  "recruitmentPlan.total": { "zh-CN": "合计", en: "Total" },
  "recruitmentPlan.over": { "zh-CN": "超出预算", en: "over budget" },
  "recruitmentPlan.within": { "zh-CN": "未超预算", en: "within budget" },
  "recruitmentPlan.commands": { "zh-CN": "可执行的操作", en: "What you can do" },

  // fd-recruitment-report
  "recruitmentReport.label": { "zh-CN": "招聘评估", en: "Recruitment evaluation" },
  "recruitmentReport.perRequisition": { "zh-CN": "按用人需求", en: "By requisition" },
  "recruitmentReport.perChannel": { "zh-CN": "按招聘渠道", en: "By channel" },
  "recruitmentReport.requisition": { "zh-CN": "用人需求", en: "Requisition" },
  "recruitmentReport.position": { "zh-CN": "{position}（{department}）", en: "{position} ({department})" },
  "recruitmentReport.headcount": { "zh-CN": "需求人数", en: "headcount" },
  "recruitmentReport.channel": { "zh-CN": "招聘渠道", en: "Channel" },
  "recruitmentReport.scope": { "zh-CN": "漏斗范围", en: "Funnel of" },
  "recruitmentReport.all": { "zh-CN": "全部用人需求", en: "all requisitions" },
  "recruitmentReport.funnel": { "zh-CN": "招聘漏斗：{scope}", en: "Hiring funnel: {scope}" },
  "recruitmentReport.timeToHire": {
    "zh-CN": "各渠道审批至入职平均天数",
    en: "Average days from approval to hire, by channel"
  },
  "recruitmentReport.total": { "zh-CN": "合计", en: "Total" },
  "recruitmentReport.noValue": { "zh-CN": "无数据", en: "no value" },
  "recruitmentReport.against": { "zh-CN": "成本与预算", en: "Cost against budget" },
  "recruitmentReport.over": { "zh-CN": "超出预算", en: "over budget" },
  "recruitmentReport.within": { "zh-CN": "未超预算", en: "within budget" },
  "recruitmentReport.empty": { "zh-CN": "暂无用人需求", en: "No requisitions yet" }
} as const
