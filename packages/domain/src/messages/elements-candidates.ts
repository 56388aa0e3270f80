/**
 * Texts of the recruitment candidate elements (`fd-candidate-pipeline`, `fd-screening-form`,
 * `fd-interview-evaluation`, `fd-offer`, `fd-probation-review`): their headings, buttons, empty
 * states and badges. Registered by those elements.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * import { elementsCandidatesTexts } from "@frontdesk/domain/messages"
 * Messages.register(elementsCandidatesTexts)
 * Messages.format("candidatePipeline.label", "en") // "Candidates by stage"
 * ```
 * @category sections
 * @since 0.1.0
 */
export const elementsCandidatesTexts = {
  // Shared
  "candidates.standing": { "zh-CN": "法律依据：{standing}", en: "Standing: {standing}" },
  "candidates.choose": { "zh-CN": "请选择", en: "Choose" },
  "candidates.loading": { "zh-CN": "正在读取应聘者…", en: "Loading the candidate…" },
  "candidates.notFound": { "zh-CN": "找不到该应聘者", en: "No such candidate" },
  "candidates.heading": { "zh-CN": "{name}（{position}）", en: "{name} ({position})" },
  "candidates.refused": { "zh-CN": "未能保存：", en: "Not saved:" },
  "candidates.saved": { "zh-CN": "已保存", en: "Saved" },

  // fd-candidate-pipeline
  "candidatePipeline.label": { "zh-CN": "应聘者（按阶段）", en: "Candidates by stage" },
  "candidatePipeline.loading": { "zh-CN": "正在读取应聘者…", en: "Loading candidates…" },
  "candidatePipeline.loadFailed": {
    "zh-CN": "未能读取应聘者：{reason}",
    en: "Could not load the candidates: {reason}"
  },
  "candidatePipeline.noQuery": {
    "zh-CN": "此数据源不能列出记录",
    en: "This desk cannot list records"
  },
  "candidatePipeline.mobile": { "zh-CN": "手机 {mobile}", en: "Mobile {mobile}" },
  "candidatePipeline.residentId": { "zh-CN": "身份证 {id}", en: "ID {id}" },
  "candidatePipeline.duplicate.residentId": {
    "zh-CN": "疑似重复（身份证号相同）",
    en: "Possible duplicate (same resident ID)"
  },
  "candidatePipeline.duplicate.mobile": {
    "zh-CN": "疑似重复（手机号相同）",
    en: "Possible duplicate (same mobile)"
  },
  "candidatePipeline.findings.one": {
    "zh-CN": "{count} 项不予录用情形待确认",
    en: "{count} disqualification finding awaits confirmation"
  },
  "candidatePipeline.findings.other": {
    "zh-CN": "{count} 项不予录用情形待确认",
    en: "{count} disqualification findings await confirmation"
  },
  "candidatePipeline.reasons": { "zh-CN": "不予录用原因（已确认）：", en: "Disqualified for (confirmed):" },
  "candidatePipeline.confirmedNote": { "zh-CN": "确认说明：{note}", en: "Confirmation note: {note}" },
  "candidatePipeline.merge": {
    "zh-CN": "并入 {name} 的先前应聘记录",
    en: "Merge into {name}'s earlier application"
  },
  "candidatePipeline.ask": {
    "zh-CN": "{command}：{name} → {to}",
    en: "{command}: {name} → {to}"
  },
  "candidatePipeline.confirm": { "zh-CN": "确定", en: "Confirm" },
  "candidatePipeline.cancel": { "zh-CN": "取消", en: "Cancel" },
  "candidatePipeline.cancelled": {
    "zh-CN": "已取消，应聘者留在原阶段",
    en: "Cancelled; the candidate stays where it was"
  },
  "candidatePipeline.noFindings": {
    "zh-CN": "当前没有规则检出的不予录用情形",
    en: "No rule reports a disqualification now"
  }
} as const
