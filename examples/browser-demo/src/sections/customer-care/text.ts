/** The customer-care section's own words, in both languages. */
import type { Messages } from "@frontdesk/domain"

export const text = {
  section: { "zh-CN": "客户服务", en: "Customer care" },
  supervisor: { "zh-CN": "客服主管 赵敏", en: "Customer-service supervisor Zhao Min" },
  chen: { "zh-CN": "客服专员 陈静", en: "Customer-service specialist Chen Jing" },
  liu: { "zh-CN": "客服专员 刘洋", en: "Customer-service specialist Liu Yang" },
  sun: { "zh-CN": "客服专员 孙丽", en: "Customer-service specialist Sun Li" },
  qa: { "zh-CN": "绩效考核组 周杰", en: "Quality assurance Zhou Jie" },
  acceptance: { "zh-CN": "业务受理组 吴倩", en: "Business acceptance Wu Qian" },
  department: { "zh-CN": "售后服务部 郑伟", en: "After-sales department Zheng Wei" },

  about: { "zh-CN": "回访规则", en: "Callback rules" },
  seeding: {
    "zh-CN": "正在载入 2026 年国庆节前后的示例数据，请稍候再操作…",
    en: "Loading the example records around National Day 2026; please wait before recording anything…"
  },
  rules: {
    "zh-CN":
      "服务登记后自动生成回访任务，须在 {within} 个工作日内完成（按中国大陆工作日历，跳过法定节假日，调休上班日照常计算）；只在客户可联系时段致电（默认 09:00–12:00、14:00–20:00），会员客户须 100% 回访。",
    en: "Recording a service creates its callback, due within {within} working days on the mainland China calendar (public holidays skipped, make-up working days counted). Customers are called only in their contact hours (09:00–12:00 and 14:00–20:00 unless they gave their own), and every member gets a callback."
  },
  skipped: {
    "zh-CN": "{name} 的回访在 {created} 登记，截止时间为 {due}：{holidays}不是工作日，已跳过。",
    en: "{name}'s callback was recorded on {created} and is due {due}: {holidays} skipped, not being working days."
  },
  holidayRange: { "zh-CN": "{name}（{from}至{to}）", en: "{name} ({from} to {to})" },
  makeUp: {
    "zh-CN": "{dates} 为调休上班日，计入工作日。",
    en: "{dates} counted as a working day ({name})."
  },
  calendarDays: {
    "zh-CN": "若按自然日计算，本应在 {due} 截止，正值假期。",
    en: "Counted in calendar days it would have been due {due}, in the middle of the holiday."
  },
  noSkip: {
    "zh-CN": "当前没有跨越法定节假日的回访。",
    en: "No callback deadline spans a public holiday right now."
  },
  seeHoliday: {
    "zh-CN": "把演示时间设为 2026 年 10 月 9 日，查看假期前后的回访",
    en: "Set the demo time to 9 October 2026 to see the callbacks around the holiday"
  },
  team: { "zh-CN": "客服团队", en: "The team" },
  capacity: {
    "zh-CN": "能力系数 {capacity}，擅长：{skills}",
    en: "capacity {capacity}, skilled in {skills}"
  },

  customers: { "zh-CN": "客户资料", en: "Customers" },
  queue: { "zh-CN": "回访队列", en: "Callback queue" },
  callback: { "zh-CN": "回访记录", en: "Callback record" },
  pickCallback: {
    "zh-CN": "在回访队列中选择一条回访。",
    en: "Choose a callback from the queue."
  },
  complaints: { "zh-CN": "投诉与建议", en: "Complaints and suggestions" },
  incoming: { "zh-CN": "来电受理", en: "Incoming call" },
  board: { "zh-CN": "投诉处理看板", en: "Complaint board" },
  qaSample: { "zh-CN": "录音抽查", en: "Call sampling" },
  report: { "zh-CN": "回访总结报告", en: "Callback summary report" }
} as const satisfies Record<string, Messages.Text>
