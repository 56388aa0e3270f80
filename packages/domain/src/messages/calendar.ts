/**
 * Texts of business calendars, deadlines and contact windows: unknown calendar coverage, time left
 * or overdue on a deadline, and quiet hours. Registered by Calendar and Deadline.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * import { calendarTexts } from "@frontdesk/domain/messages"
 * Messages.register(calendarTexts)
 * Messages.format("deadline.paused", "en") // "clock paused"
 * ```
 * @category sections
 * @since 0.1.0
 */
export const calendarTexts = {
  "calendar.unknown": {
    "zh-CN": "日历「{calendar}」没有 {date} 的数据，结果是按周一至周五规则估算的暂定值",
    en: "The calendar “{calendar}” has no data for {date}; this is a provisional Monday–Friday estimate"
  },
  "calendar.invalid": { "zh-CN": "日历数据无效：{detail}", en: "The calendar data is not valid: {detail}" },
  "deadline.notStarted": { "zh-CN": "尚未开始计时", en: "not started" },
  "deadline.paused": { "zh-CN": "已暂停计时", en: "clock paused" },
  "deadline.met.onTime": { "zh-CN": "已按时完成", en: "met on time" },
  "deadline.met.late": { "zh-CN": "已完成（逾期）", en: "met late" },
  "deadline.left.days.one": { "zh-CN": "还剩 {count} 天", en: "{count} day left" },
  "deadline.left.days.other": { "zh-CN": "还剩 {count} 天", en: "{count} days left" },
  "deadline.left.workingDays.one": { "zh-CN": "还剩 {count} 个工作日", en: "{count} working day left" },
  "deadline.left.workingDays.other": { "zh-CN": "还剩 {count} 个工作日", en: "{count} working days left" },
  "deadline.left.hours.one": { "zh-CN": "还剩 {count} 小时", en: "{count} hour left" },
  "deadline.left.hours.other": { "zh-CN": "还剩 {count} 小时", en: "{count} hours left" },
  "deadline.left.workingHours.one": { "zh-CN": "还剩 {count} 个工作小时", en: "{count} working hour left" },
  "deadline.left.workingHours.other": {
    "zh-CN": "还剩 {count} 个工作小时",
    en: "{count} working hours left"
  },
  "deadline.left.minutes.one": { "zh-CN": "还剩 {count} 分钟", en: "{count} minute left" },
  "deadline.left.minutes.other": { "zh-CN": "还剩 {count} 分钟", en: "{count} minutes left" },
  "deadline.overdue.days.one": { "zh-CN": "已逾期 {count} 天", en: "overdue by {count} day" },
  "deadline.overdue.days.other": { "zh-CN": "已逾期 {count} 天", en: "overdue by {count} days" },
  "deadline.overdue.hours.one": { "zh-CN": "已逾期 {count} 小时", en: "overdue by {count} hour" },
  "deadline.overdue.hours.other": { "zh-CN": "已逾期 {count} 小时", en: "overdue by {count} hours" },
  "deadline.overdue.minutes.one": { "zh-CN": "已逾期 {count} 分钟", en: "overdue by {count} minute" },
  "deadline.overdue.minutes.other": { "zh-CN": "已逾期 {count} 分钟", en: "overdue by {count} minutes" },
  "contact.quietHours": { "zh-CN": "免打扰时段", en: "quiet hours" },
  "contact.outsideWindow": {
    "zh-CN": "现在是免打扰时段，下一个可联系时间是 {next}",
    en: "It is quiet hours now; the next contact hours start at {next}"
  },
  "contact.noWindows": {
    "zh-CN": "该客户没有设置任何可联系时段",
    en: "This customer has no contact hours at all"
  }
} as const
