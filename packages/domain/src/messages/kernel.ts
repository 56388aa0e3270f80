/** Texts of the kernel: input issues, workflow errors, deadline states, calendar results. */
export const kernel = {
  "input.required": { "zh-CN": "此项必填", en: "This field is required" },
  "input.type": { "zh-CN": "格式不正确", en: "This value has the wrong type" },
  "input.invalid": { "zh-CN": "输入无效", en: "This value is not valid" },
  "input.unexpected": { "zh-CN": "不应包含此项", en: "This field is not expected" },
  "field.text.empty": { "zh-CN": "不能为空", en: "Must not be empty" },
  "field.text.tooLong": { "zh-CN": "不能超过 {max} 个字符", en: "Must be at most {max} characters" },
  "field.mobile.invalid": {
    "zh-CN": "请输入 11 位中国大陆手机号，如 138 0013 8000",
    en: "Enter an 11-digit mainland China mobile number, such as 138 0013 8000"
  },
  "state.onTrack": { "zh-CN": "正常", en: "on track" },
  "state.dueSoon": { "zh-CN": "即将到期", en: "due soon" },
  "state.overdue": { "zh-CN": "已逾期", en: "overdue" },
  "state.met": { "zh-CN": "已完成", en: "met" },
  "workflow.notAllowedInState": {
    "zh-CN": "当前状态「{state}」下不能执行「{command}」",
    en: "“{command}” is not allowed while the record is “{state}”"
  },
  "workflow.roleNotPermitted": {
    "zh-CN": "您的角色无权执行「{command}」",
    en: "Your role may not perform “{command}”"
  },
  "workflow.invalidInput": {
    "zh-CN": "输入有误，请检查标出的项目",
    en: "Some input is not valid; check the marked fields"
  },
  "workflow.ruleViolated": { "zh-CN": "不符合业务规则", en: "A business rule is not met" }
} as const
