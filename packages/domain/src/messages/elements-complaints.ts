/**
 * Texts of the customer-care elements for complaints, quality samples and the callback report
 * (`fd-complaint-form`, `fd-complaint-board`, `fd-qa-sample`, `fd-callback-report`): their
 * headings, buttons, empty states and table headers. Registered by those elements.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * import { elementsComplaintsTexts } from "@frontdesk/domain/messages"
 * Messages.register(elementsComplaintsTexts)
 * Messages.format("complaintForm.route.legend", "en") // "What is the call about?"
 * ```
 * @category sections
 * @since 0.1.0
 */
export const elementsComplaintsTexts = {
  "complaintForm.label": { "zh-CN": "来电登记", en: "Incoming call" },
  "complaintForm.route.legend": { "zh-CN": "来电事由", en: "What is the call about?" },
  "complaintForm.route.inquiry": { "zh-CN": "业务咨询", en: "Inquiry" },
  "complaintForm.route.complaint": { "zh-CN": "投诉", en: "Complaint" },
  "complaintForm.route.suggestion": { "zh-CN": "建议", en: "Suggestion" },
  "complaintForm.transferTo": { "zh-CN": "转接部门（需要时）", en: "Transfer to department (if needed)" },
  "complaintForm.transferHint": {
    "zh-CN": "留空则由业务受理组直接答复",
    en: "Leave empty when the acceptance group answers it"
  },
  "complaintForm.recording": { "zh-CN": "登记{kind}", en: "Record the {kind}" },
  "complaintForm.submit": { "zh-CN": "登记", en: "Record" },
  "complaintForm.recorded": {
    "zh-CN": "已登记{kind}：{name}，{phone}",
    en: "Recorded {kind}: {name}, {phone}"
  },
  "complaintForm.promised": {
    "zh-CN": "已向客户承诺 {time} 前回访",
    en: "The customer was promised a callback by {time}"
  },
  "complaintForm.promisedDefault": {
    "zh-CN": "未约定时间，按默认时限回访：{time} 前",
    en: "No time was named; the default promise applies: by {time}"
  },
  "complaintForm.summary": { "zh-CN": "内容：{summary}", en: "Summary: {summary}" },
  "complaintForm.next": { "zh-CN": "登记下一条", en: "Record another" },
  "complaintBoard.label": { "zh-CN": "投诉建议看板", en: "Complaints board" },
  "complaintBoard.loading": { "zh-CN": "正在读取投诉建议…", en: "Loading complaints…" },
  "complaintBoard.loadFailed": {
    "zh-CN": "投诉建议读取失败：{reason}",
    en: "The complaints could not be loaded: {reason}"
  },
  "complaintBoard.noQuery": {
    "zh-CN": "此存储不支持列表查询，无法显示看板",
    en: "This desk cannot list records, so the board cannot be shown"
  },
  "complaintBoard.phone": { "zh-CN": "电话 {phone}", en: "Phone {phone}" },
  "complaintBoard.department": { "zh-CN": "责任部门：{department}", en: "Department: {department}" },
  "complaintBoard.reopened.one": { "zh-CN": "已重开 1 次", en: "reopened once" },
  "complaintBoard.reopened.other": { "zh-CN": "已重开 {count} 次", en: "reopened {count} times" },
  "complaintBoard.dialog": { "zh-CN": "{command}：{card}", en: "{command}: {card}" },
  "complaintBoard.satisfiedYes": {
    "zh-CN": "客户对处理结果满意，投诉将进入“已回访”",
    en: "The customer is satisfied; the complaint goes to Called back"
  },
  "complaintBoard.satisfiedNo": {
    "zh-CN": "客户不满意，投诉将重开并重新分派",
    en: "The customer is not satisfied; the complaint is reopened to be routed again"
  },
  "complaintBoard.methodNone": { "zh-CN": "（未填写）", en: "(not given)" },
  "complaintBoard.confirm": { "zh-CN": "确认", en: "Confirm" },
  "complaintBoard.cancel": { "zh-CN": "取消", en: "Cancel" },
  "complaintBoard.cancelled": { "zh-CN": "已取消", en: "cancelled" },
  "complaintBoard.fixInput": { "zh-CN": "请先更正标出的内容", en: "Correct the marked fields first" },
  "qaSample.label": { "zh-CN": "质检抽查", en: "Quality sampling" },
  "qaSample.from": { "zh-CN": "起始日期", en: "From" },
  "qaSample.to": { "zh-CN": "截止日期", en: "To" },
  "qaSample.agent": { "zh-CN": "客服专员（可选）", en: "Agent (optional)" },
  "qaSample.allAgents": { "zh-CN": "全部专员", en: "All agents" },
  "qaSample.perAgent": { "zh-CN": "每人抽取条数", en: "Calls per agent" },
  "qaSample.seed": { "zh-CN": "随机种子", en: "Seed" },
  "qaSample.seedHint": {
    "zh-CN": "相同种子、期间与通话得到相同样本，可复核",
    en: "The same seed, period and calls always give the same sample, so it can be checked again"
  },
  "qaSample.draw": { "zh-CN": "抽取样本", en: "Draw the sample" },
  "qaSample.store": { "zh-CN": "保存样本", en: "Save the sample" },
  "qaSample.drawn.one": {
    "zh-CN": "从 {calls} 通已完成回访中抽取 {count} 条（种子 {seed}）",
    en: "{count} call drawn from {calls} completed callbacks (seed {seed})"
  },
  "qaSample.drawn.other": {
    "zh-CN": "从 {calls} 通已完成回访中抽取 {count} 条（种子 {seed}）",
    en: "{count} calls drawn from {calls} completed callbacks (seed {seed})"
  },
  "qaSample.drawnCaption": { "zh-CN": "抽取的回访（种子 {seed}）", en: "Calls drawn (seed {seed})" },
  "qaSample.noCalls": {
    "zh-CN": "此期间没有可抽查的已完成回访",
    en: "No completed callbacks to sample in this period"
  },
  "qaSample.stored.one": { "zh-CN": "已保存 {count} 条样本", en: "{count} sample saved" },
  "qaSample.stored.other": { "zh-CN": "已保存 {count} 条样本", en: "{count} samples saved" },
  "qaSample.alreadyStored": { "zh-CN": "已保存", en: "already saved" },
  "qaSample.samples": { "zh-CN": "本期样本", en: "Samples of the period" },
  "qaSample.none": { "zh-CN": "本期尚无样本", en: "No samples for this period yet" },
  "qaSample.call": { "zh-CN": "回访", en: "Call" },
  "qaSample.customer": { "zh-CN": "客户", en: "Customer" },
  "qaSample.completedAt": { "zh-CN": "回访时间", en: "Called at" },
  "qaSample.state": { "zh-CN": "状态", en: "State" },
  "qaSample.total": { "zh-CN": "总分", en: "Total" },
  "qaSample.totalOf": { "zh-CN": "{total} 分（满分 100）", en: "{total} of 100" },
  "qaSample.totalPreview": { "zh-CN": "当前总分：{total}", en: "Total so far: {total}" },
  "qaSample.actions": { "zh-CN": "操作", en: "Actions" },
  "qaSample.score": { "zh-CN": "评分", en: "Score" },
  "qaSample.scoring": { "zh-CN": "为回访 {call} 评分", en: "Score call {call}" },
  "qaSample.notes": { "zh-CN": "改进意见：{notes}", en: "Improvement notes: {notes}" },
  "qaSample.invalidPeriod": {
    "zh-CN": "截止日期不能早于起始日期",
    en: "The end date cannot be before the start date"
  },
  "callbackReport.label": { "zh-CN": "回访总结报告", en: "Callback summary report" },
  "callbackReport.from": { "zh-CN": "起始日期", en: "From" },
  "callbackReport.to": { "zh-CN": "截止日期", en: "To" },
  "callbackReport.callbacks": { "zh-CN": "回访任务", en: "Callbacks" },
  "callbackReport.total": { "zh-CN": "共计", en: "Total" },
  "callbackReport.open": { "zh-CN": "未完成", en: "Open" },
  "callbackReport.completed": { "zh-CN": "已完成", en: "Completed" },
  "callbackReport.unreachable": { "zh-CN": "无法联系而关闭", en: "Closed as unreachable" },
  "callbackReport.byMethod": { "zh-CN": "按回访方式", en: "By method" },
  "callbackReport.byOutcome": { "zh-CN": "按回访结果", en: "By outcome" },
  "callbackReport.bySatisfaction": { "zh-CN": "按满意度", en: "By satisfaction" },
  "callbackReport.item": { "zh-CN": "项目", en: "Item" },
  "callbackReport.count": { "zh-CN": "数量", en: "Count" },
  "callbackReport.coverage": { "zh-CN": "会员回访覆盖率", en: "Member coverage" },
  "callbackReport.coverageValue": {
    "zh-CN": "{share}（{called}/{due}），目标 {target}",
    en: "{share} ({called} of {due}), target {target}"
  },
  "callbackReport.coverageMet": { "zh-CN": "已达标", en: "target met" },
  "callbackReport.coverageShort.one": {
    "zh-CN": "未达标：{count} 位会员待回访",
    en: "below target: {count} member still to call"
  },
  "callbackReport.coverageShort.other": {
    "zh-CN": "未达标：{count} 位会员待回访",
    en: "below target: {count} members still to call"
  },
  "callbackReport.onTime": { "zh-CN": "按时完成比例", en: "Done before the deadline" },
  "callbackReport.onTimeValue": { "zh-CN": "{share}（{count}/{of}）", en: "{share} ({count} of {of})" },
  "callbackReport.complaints": { "zh-CN": "投诉建议", en: "Complaints" },
  "callbackReport.department": { "zh-CN": "责任部门", en: "Department" },
  "callbackReport.notRouted": { "zh-CN": "尚未分派", en: "Not routed yet" },
  "callbackReport.closed": { "zh-CN": "已结案", en: "Closed" },
  "callbackReport.reopened": { "zh-CN": "曾重开", en: "Reopened" },
  "callbackReport.hoursToClose": { "zh-CN": "平均结案用时", en: "Average time to close" },
  "callbackReport.hours": { "zh-CN": "{hours} 小时", en: "{hours} h" },
  "callbackReport.noHours": { "zh-CN": "—", en: "—" },
  "callbackReport.allDepartments": { "zh-CN": "合计", en: "All" },
  "callbackReport.noComplaints": { "zh-CN": "此期间没有投诉建议", en: "No complaints in this period" },
  "callbackReport.chartCoverage": {
    "zh-CN": "各专员每周会员回访覆盖率",
    en: "Member coverage per specialist and week"
  },
  "callbackReport.chartOnTime": {
    "zh-CN": "各专员每周按时完成比例",
    en: "Share done on time per specialist and week"
  },
  "callbackReport.loading": { "zh-CN": "正在统计…", en: "Counting…" },
  "callbackReport.updated": { "zh-CN": "报告已更新", en: "Report updated" }
} as const
