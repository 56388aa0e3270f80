/** Texts of the kernel: workflow errors, deadline states, calendar results. */
export const kernel = {
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
