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
  "requisitionApprovals.edit": { "zh-CN": "修改草稿", en: "Edit the draft" }
} as const
