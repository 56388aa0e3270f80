/** The reception section's own words, in both languages. */
import type { Messages } from "@frontdesk/domain"

export const text = {
  section: { "zh-CN": "前台接待", en: "Reception" },
  newEnquiry: { "zh-CN": "新建来访咨询", en: "New visitor enquiry" },
  enquiries: { "zh-CN": "来访咨询列表", en: "Visitor enquiries" },
  none: {
    "zh-CN": "还没有咨询记录。提交左侧表单新建一条。",
    en: "No enquiries yet. Submit the form to add one."
  },
  name: { "zh-CN": "姓名", en: "Name" },
  mobile: { "zh-CN": "手机号", en: "Mobile" },
  state: { "zh-CN": "状态", en: "State" },
  deadline: { "zh-CN": "首次联系时限", en: "First-contact deadline" },
  open: { "zh-CN": "查看", en: "Open" },
  detail: { "zh-CN": "咨询详情", en: "Enquiry details" },
  pick: { "zh-CN": "在列表中选择一条咨询。", en: "Choose an enquiry from the list." },
  topic: { "zh-CN": "咨询事项", en: "Topic" },
  details: { "zh-CN": "咨询内容", en: "Details" },
  outcome: { "zh-CN": "联系结果", en: "Outcome" },
  actions: { "zh-CN": "可执行操作", en: "Actions" },
  history: { "zh-CN": "历史记录", en: "History" },
  saved: { "zh-CN": "已保存：{name} 的咨询", en: "Saved: enquiry from {name}" },
  failed: { "zh-CN": "保存失败：{reason}", en: "Could not save: {reason}" },
  receptionist: { "zh-CN": "接待员 王芳", en: "Receptionist Wang Fang" },
  supervisor: { "zh-CN": "主管 李强", en: "Supervisor Li Qiang" }
} as const satisfies Record<string, Messages.Text>
