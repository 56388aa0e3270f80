/**
 * Texts of the shared elements: the history timeline, the deadline badge and the command bar.
 * Deadline state names themselves live in the kernel section (`state.*`). Registered by those
 * elements.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * import { elementsCommonTexts } from "@frontdesk/domain/messages"
 * Messages.register(elementsCommonTexts)
 * Messages.format("timeline.empty", "en") // "No history yet"
 * ```
 * @category sections
 * @since 0.1.0
 */
export const elementsCommonTexts = {
  "timeline.label": { "zh-CN": "处理记录", en: "History" },
  "timeline.empty": { "zh-CN": "暂无处理记录", en: "No history yet" },
  "timeline.by": { "zh-CN": "经办人：{name}", en: "By {name}" },
  "timeline.to": { "zh-CN": "变为", en: "to" },
  "timeline.loadFailed": { "zh-CN": "处理记录加载失败", en: "The history could not be loaded" },
  "badge.due": { "zh-CN": "截止 {time}", en: "due {time}" },
  "badge.provisional": {
    "zh-CN": "暂定：按周一至周五估算",
    en: "provisional: estimated Monday to Friday"
  },
  "badge.none": { "zh-CN": "无时限", en: "no deadline" },
  "commands.label": { "zh-CN": "可执行的操作", en: "Available actions" },
  "commands.none": { "zh-CN": "当前没有可执行的操作", en: "No actions are available now" },
  "commands.submit": { "zh-CN": "提交", en: "Submit" },
  "commands.cancel": { "zh-CN": "取消", en: "Cancel" },
  "commands.running": { "zh-CN": "正在处理…", en: "Working…" },
  "commands.conflict": {
    "zh-CN": "该记录已被他人修改，已载入最新内容，请确认后重试",
    en: "Someone else changed this record; the latest version is shown, check it and try again"
  },
  "commands.failed": { "zh-CN": "操作未能完成：{reason}", en: "The action could not be completed: {reason}" },
  "commands.notReady": {
    "zh-CN": "尚未连接数据或未登录，无法执行操作",
    en: "Not connected to a desk or no user signed in, so actions cannot run"
  }
} as const
