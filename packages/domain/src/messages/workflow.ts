/**
 * Texts of workflows and rule sets: refusals of commands, common labels, legal standings.
 * Registered by Workflow, Rules, Diagram and the elements that label workflow states.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * import { workflowTexts } from "@frontdesk/domain/messages"
 * Messages.register(workflowTexts)
 * Messages.format("workflow.state.open", "en") // "open"
 * ```
 * @category sections
 * @since 0.1.0
 */
export const workflowTexts = {
  "workflow.unknownCommand": {
    "zh-CN": "「{workflow}」没有「{command}」这一操作",
    en: "“{workflow}” has no command “{command}”"
  },
  "workflow.notAllowedInState": {
    "zh-CN": "当前状态「{state}」下不能执行「{command}」，只有在{allowed}状态下才能执行",
    en: "“{command}” is not allowed while the record is “{state}”; it is allowed only when {allowed}"
  },
  "workflow.notAllowedAnywhere": {
    "zh-CN": "当前状态「{state}」下不能执行「{command}」",
    en: "“{command}” is not allowed while the record is “{state}”"
  },
  "workflow.roleNotPermitted": {
    "zh-CN": "您的角色无权执行「{command}」，需要以下角色之一：{roles}",
    en: "Your role may not perform “{command}”; it needs one of these roles: {roles}"
  },
  "workflow.ruleViolated": { "zh-CN": "不符合业务规则", en: "A business rule is not met" },
  "workflow.historyMismatch": {
    "zh-CN": "历史记录第 {version} 条与流程定义不一致：记录为「{expected}」，重算为「{actual}」",
    en: "History entry {version} does not match the workflow: it says “{expected}”, replaying gives “{actual}”"
  },
  "workflow.command.create": { "zh-CN": "新建", en: "create" },
  // A small shared vocabulary, so simple workflows (and hosts' own) need not invent labels.
  "workflow.task": { "zh-CN": "任务", en: "task" },
  "workflow.state.open": { "zh-CN": "待处理", en: "open" },
  "workflow.state.inProgress": { "zh-CN": "处理中", en: "in progress" },
  "workflow.state.completed": { "zh-CN": "已完成", en: "completed" },
  "workflow.state.closed": { "zh-CN": "已关闭", en: "closed" },
  "workflow.state.cancelled": { "zh-CN": "已取消", en: "cancelled" },
  "workflow.command.start": { "zh-CN": "开始处理", en: "start" },
  "workflow.command.update": { "zh-CN": "记录进展", en: "record progress" },
  "workflow.command.complete": { "zh-CN": "完成", en: "complete" },
  "workflow.command.close": { "zh-CN": "关闭", en: "close" },
  "workflow.command.cancel": { "zh-CN": "取消", en: "cancel" },
  "workflow.command.reopen": { "zh-CN": "重新打开", en: "reopen" },
  "workflow.list.separator": { "zh-CN": "、", en: ", " },
  "workflow.list.quoted": { "zh-CN": "「{item}」", en: "“{item}”" },
  "rules.standing.legalRequirement": { "zh-CN": "法定要求", en: "legal requirement" },
  "rules.standing.legalBasis": { "zh-CN": "有法律依据", en: "legal basis" },
  "rules.standing.internalPolicy": { "zh-CN": "内部规定", en: "internal policy" },
  "rules.standing.restricted": { "zh-CN": "受限（有法律风险）", en: "restricted (legally risky)" },
  "rules.standing.prohibited": { "zh-CN": "法律禁止", en: "prohibited by law" }
} as const
