/** Texts of the kernel: deadline states. Workflow texts live in workflow.ts. */
export const kernel = {
  "state.onTrack": { "zh-CN": "正常", en: "on track" },
  "state.dueSoon": { "zh-CN": "即将到期", en: "due soon" },
  "state.overdue": { "zh-CN": "已逾期", en: "overdue" },
  "state.met": { "zh-CN": "已完成", en: "met" }
} as const
