/**
 * Texts of the form engine and its field controls: buttons, notes, and the controls' own checks.
 * Registered by fd-form and the field elements.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * import { elementsFormTexts } from "@frontdesk/domain/messages"
 * Messages.register(elementsFormTexts)
 * Messages.format("form.next", "en") // "Next"
 * ```
 * @category sections
 * @since 0.1.0
 */
export const elementsFormTexts = {
  "form.submit": { "zh-CN": "提交", en: "Submit" },
  "form.next": { "zh-CN": "下一步", en: "Next" },
  "form.back": { "zh-CN": "上一步", en: "Back" },
  "form.steps": { "zh-CN": "填写步骤", en: "Steps" },
  "form.step": { "zh-CN": "第 {n} 步", en: "Step {n}" },
  "form.stepOfTitled": {
    "zh-CN": "第 {n} 步，共 {total} 步：{title}",
    en: "Step {n} of {total}: {title}"
  },
  "form.summary": {
    "zh-CN": "有 {count} 处需要修改：",
    en: "{count} fields need attention:"
  },
  "form.summary.one": { "zh-CN": "有 1 处需要修改：", en: "1 field needs attention:" },
  "form.summary.item": { "zh-CN": "{label}：{message}", en: "{label}: {message}" },
  "form.draft.restored": {
    "zh-CN": "已恢复上次未提交的草稿。",
    en: "Draft restored from your last visit."
  },
  "form.draft.discard": { "zh-CN": "丢弃草稿", en: "Discard draft" },
  "form.select.placeholder": { "zh-CN": "请选择", en: "Choose…" },
  "form.sms.send": { "zh-CN": "发送验证码", en: "Send code" },
  "form.sms.resend": { "zh-CN": "重新发送", en: "Resend code" },
  "form.sms.cooldown": { "zh-CN": "{s} 秒后可重发", en: "Resend in {s} s" },
  "form.sms.sent": { "zh-CN": "验证码已发送", en: "Code sent" },
  "form.number.invalid": { "zh-CN": "请输入数字", en: "Enter a number" },
  "form.date.min": { "zh-CN": "不能早于 {min}", en: "Must not be before {min}" },
  "form.date.max": { "zh-CN": "不能晚于 {max}", en: "Must not be after {max}" },
  "form.file.type": {
    "zh-CN": "「{name}」的文件类型不允许，可上传：{types}",
    en: "“{name}” is not an allowed file type; allowed: {types}"
  },
  "form.file.size": {
    "zh-CN": "「{name}」超过 {max} 的大小限制",
    en: "“{name}” is larger than the {max} limit"
  },
  "form.file.chosen": { "zh-CN": "已选择：{names}", en: "Chosen: {names}" },
  "form.label.name": { "zh-CN": "姓名", en: "Name" },
  "form.label.mobile": { "zh-CN": "手机号", en: "Mobile number" },
  "form.label.residentId": { "zh-CN": "身份证号", en: "Resident ID number" },
  "form.label.email": { "zh-CN": "电子邮箱", en: "Email" },
  "form.label.amount": { "zh-CN": "金额（元）", en: "Amount (yuan)" },
  "form.label.date": { "zh-CN": "日期", en: "Date" },
  "form.label.attachment": { "zh-CN": "附件", en: "Attachment" },
  "form.label.remark": { "zh-CN": "备注", en: "Remarks" },
  "form.label.consent": { "zh-CN": "我已阅读并同意", en: "I have read and agree" },
  "form.hint.mobile": { "zh-CN": "用于接收办理进度短信", en: "We text you about progress on this number" },
  "form.step.contact": { "zh-CN": "联系方式", en: "Contact" },
  "form.step.details": { "zh-CN": "详细信息", en: "Details" }
} as const
