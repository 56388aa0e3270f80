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
  }
} as const
