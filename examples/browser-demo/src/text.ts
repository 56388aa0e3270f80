/** The demo shell's own words, in both languages. */
import type { Messages } from "@frontdesk/domain"

export const text = {
  title: { "zh-CN": "Frontdesk 前台演示", en: "Frontdesk demo" },
  sections: { "zh-CN": "业务", en: "Sections" },
  language: { "zh-CN": "语言", en: "Language" },
  role: { "zh-CN": "当前身份", en: "Acting as" },
  clock: { "zh-CN": "演示时间（北京时间）", en: "Demo time (Beijing)" },
  realTime: { "zh-CN": "恢复实时", en: "Back to real time" },
  seeding: { "zh-CN": "正在载入示例数据…", en: "Loading the examples…" },
  seedFailed: {
    "zh-CN": "未能载入示例数据：{reason}",
    en: "The example data could not be loaded: {reason}"
  },
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
