/**
 * Texts of the kernel: deadline states (`state.*`). Registered by fd-deadline-badge; a host that
 * shows these states without it registers the section itself.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * import { kernelTexts } from "@frontdesk/domain/messages"
 * Messages.register(kernelTexts)
 * Messages.format("state.overdue", "en") // "overdue"
 * ```
 * @category sections
 * @since 0.1.0
 */
export const kernelTexts = {
  "state.onTrack": { "zh-CN": "正常", en: "on track" },
  "state.dueSoon": { "zh-CN": "即将到期", en: "due soon" },
  "state.overdue": { "zh-CN": "已逾期", en: "overdue" },
  "state.met": { "zh-CN": "已完成", en: "met" }
} as const
