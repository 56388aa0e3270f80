/** The demo page's own words, in both languages. */
import type { Messages } from "@frontdesk/domain"

export const text = {
  title: { "zh-CN": "Frontdesk 前台演示", en: "Frontdesk demo" },
  language: { "zh-CN": "语言", en: "Language" },
  role: { "zh-CN": "当前身份", en: "Acting as" },
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
  data: { "zh-CN": "数据备份", en: "Backup" },
  dataHint: {
    "zh-CN": "数据只保存在本浏览器中。导出为 JSON 文件备份，或从备份恢复（将替换当前全部数据）。",
    en: "Data is kept only in this browser. Export it as a JSON file, or restore a backup (this replaces everything here)."
  },
  exportData: { "zh-CN": "导出 JSON", en: "Export JSON" },
  importData: { "zh-CN": "从备份恢复", en: "Restore from backup" },
  confirmImport: {
    "zh-CN": "用“{file}”替换本浏览器中的全部数据？",
    en: "Replace everything in this browser with “{file}”?"
  },
  imported: { "zh-CN": "已从“{file}”恢复", en: "Restored from “{file}”" },
  importFailed: {
    "zh-CN": "未能恢复，数据未作改动：{reason}",
    en: "Nothing was restored and nothing changed: {reason}"
  }
} as const satisfies Record<string, Messages.Text>
