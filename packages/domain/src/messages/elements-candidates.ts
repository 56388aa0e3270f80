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
  },
  // fd-screening-form
  "screeningForm.criteria": { "zh-CN": "资格审查与初步筛选", en: "Qualification check and first screening" },
  "screeningForm.qualifications": {
    "zh-CN": "用人需求的任职资格：{qualifications}",
    en: "Qualifications in the requisition: {qualifications}"
  },
  "screeningForm.screenedPass": { "zh-CN": "已于 {at} 筛选：通过", en: "Screened on {at}: passed" },
  "screeningForm.screenedFail": { "zh-CN": "已于 {at} 筛选：未通过", en: "Screened on {at}: not passed" },
  "screeningForm.cannotScreen": {
    "zh-CN": "您当前不能筛选该应聘者",
    en: "You cannot screen this candidate now"
  },
  "screeningForm.met": { "zh-CN": "符合", en: "Met" },
  "screeningForm.notMet": { "zh-CN": "不符合", en: "Not met" },
  "screeningForm.criterionNote": { "zh-CN": "{criterion}备注", en: "Note on {criterion}" },
  "screeningForm.riskyCriterion": { "zh-CN": "若使用：{warning}", en: "If used: {warning}" },
  "screeningForm.screen": { "zh-CN": "提交筛选结果", en: "Record the screening" },
  "screeningForm.facts": { "zh-CN": "核查事实", en: "Facts checked" },
  "screeningForm.notRecorded": { "zh-CN": "未记录", en: "Not recorded" },
  "screeningForm.criminalBasis": {
    "zh-CN": "岗位声明的法定核查依据：{basis}",
    en: "The position's lawful basis for the check: {basis}"
  },
  "screeningForm.medicalRequirement": {
    "zh-CN": "岗位的体检要求：{requirement}（只记录是否适合本岗位）",
    en: "The position's medical requirement: {requirement} (record only fit or unfit for this position)"
  },
  "screeningForm.recordFacts": { "zh-CN": "保存核查事实", en: "Record the facts" },
  "screeningForm.check": { "zh-CN": "不予录用情形核查", en: "Disqualification check" },
  "screeningForm.humanSignOff": {
    "zh-CN": "规则只提示，不会自动拒绝；须由人力资源经理或人力资源总监确认或排除。",
    en: "The rules only report; nothing is rejected on its own. The HR manager or HR head confirms or clears each finding."
  },
  "screeningForm.noFindings": {
    "zh-CN": "规则当前未检出不予录用情形",
    en: "No rule reports a disqualification now"
  },
  "screeningForm.waived": { "zh-CN": "已排除：{reason}", en: "Cleared: {reason}" },
  "screeningForm.confirmed": { "zh-CN": "已确认不予录用", en: "Confirmed" },
  "screeningForm.awaiting": { "zh-CN": "待人工确认", en: "Awaits a person's confirmation" },
  "screeningForm.needsConfirmation": {
    "zh-CN": "须由人力资源经理或人力资源总监确认或排除，之后才能继续录用。",
    en: "The HR manager or HR head must confirm or clear these before hiring can go on."
  },
  "screeningForm.cannotWaive": {
    "zh-CN": "法定要求不能排除；请更正核查事实或确认不予录用",
    en: "A legal requirement cannot be cleared; correct the facts or confirm the disqualification"
  },
  "screeningForm.waive": { "zh-CN": "排除此项…", en: "Clear this finding…" },
  "screeningForm.waiveReason": { "zh-CN": "排除原因", en: "Why it does not apply" },
  "screeningForm.waiveSubmit": { "zh-CN": "排除", en: "Clear" },
  "screeningForm.confirmLegend": { "zh-CN": "确认不予录用的情形", en: "Grounds to confirm" },
  "screeningForm.confirm": { "zh-CN": "确认不予录用", en: "Confirm the disqualification" },
  "screeningForm.disqualified": {
    "zh-CN": "已于 {at} 确认不予录用：{note}",
    en: "Disqualification confirmed on {at}: {note}"
  },
  // fd-interview-evaluation
  "interviewEvaluation.heading": {
    "zh-CN": "面试评价表：{name}（{position}）",
    en: "Interview evaluation: {name} ({position})"
  },
  "interviewEvaluation.routing": { "zh-CN": "面试安排", en: "Who interviews" },
  "interviewEvaluation.shortlist": {
    "zh-CN": "人力资源部先将简历转交{roles}筛选",
    en: "HR first passes the files to the {roles} to shortlist"
  },
  "interviewEvaluation.firstRound": { "zh-CN": "初试：{roles}", en: "First interview: {roles}" },
  "interviewEvaluation.secondRound": { "zh-CN": "复试：{roles}", en: "Second interview: {roles}" },
  "interviewEvaluation.noSecondRound": {
    "zh-CN": "此类岗位不设复试",
    en: "No second interview for this position type"
  },
  "interviewEvaluation.notInInterview": {
    "zh-CN": "该应聘者当前不在面试阶段",
    en: "The candidate is not in an interview now"
  },
  "interviewEvaluation.missing": {
    "zh-CN": "{round}尚缺指定面试官的评价",
    en: "The {round} still needs an evaluation from a designated interviewer"
  },
  "interviewEvaluation.present": {
    "zh-CN": "{round}已有指定面试官的评价",
    en: "The {round} has an evaluation from a designated interviewer"
  },
  "interviewEvaluation.summary": {
    "zh-CN": "{round}汇总（{count} 位面试官）",
    en: "Summary of the {round} ({count} interviewers)"
  },
  "interviewEvaluation.average": { "zh-CN": "平均分", en: "Average" },
  "interviewEvaluation.overall": { "zh-CN": "总平均分", en: "Overall" },
  "interviewEvaluation.recommendations": {
    "zh-CN": "录用建议：建议录用 {hire}，可考虑 {consider}，不建议录用 {reject}",
    en: "Recommendations: hire {hire}, consider {consider}, do not hire {reject}"
  },
  "interviewEvaluation.each": { "zh-CN": "{round}各面试官评价", en: "Each interviewer in the {round}" },
  "interviewEvaluation.interviewer": { "zh-CN": "面试官", en: "Interviewer" },
  "interviewEvaluation.form": { "zh-CN": "填写{round}评价", en: "Your evaluation of the {round}" },
  "interviewEvaluation.scoreMissing": { "zh-CN": "请选择 1–5 分", en: "Choose a score from 1 to 5" },
  "interviewEvaluation.submit": { "zh-CN": "提交评价", en: "Submit the evaluation" },
  // fd-offer
  "offer.heading": { "zh-CN": "录用：{name}（{position}）", en: "Hiring: {name} ({position})" },
  "offer.terms": { "zh-CN": "录用条件", en: "Offer terms" },
  "offer.salaryHint": { "zh-CN": "单位：元，例如 6500.00", en: "In yuan, e.g. 6500.00" },
  "offer.article19": {
    "zh-CN":
      "《劳动合同法》第十九条：合同不满3个月不得约定试用期；不满1年最多1个月；不满3年最多2个月；3年以上或无固定期限最多6个月",
    en: "Labour Contract Law art. 19: no probation under 3 months; at most 1 month under a year, 2 under three years, 6 for three years or more or open-ended"
  },
  "offer.termKind": { "zh-CN": "期限类型", en: "Kind of term" },
  "offer.fixed": { "zh-CN": "固定期限", en: "Fixed term" },
  "offer.openEnded": { "zh-CN": "无固定期限", en: "Open-ended" },
  "offer.termMonths": { "zh-CN": "合同期限（月）", en: "Term (months)" },
  "offer.fixedMonths": { "zh-CN": "固定期限 {months} 个月", en: "Fixed term of {months} months" },
  "offer.draft": { "zh-CN": "保存录用条件", en: "Save the offer terms" },
  "offer.approval": { "zh-CN": "录用审批与录用通知", en: "Hiring approval and offer notice" },
  "offer.notDrafted": { "zh-CN": "尚未拟定录用条件", en: "The offer terms are not drafted yet" },
  "offer.approved": {
    "zh-CN": "录用已审批，可以发出录用通知",
    en: "The hire is approved; the offer can be sent"
  },
  "offer.awaitingApproval": {
    "zh-CN": "等待总经理或人力资源负责人审批（拟定人不能审批）",
    en: "Awaits approval by the general manager or HR head (not by whoever drafted the terms)"
  },
  "offer.approve": { "zh-CN": "批准录用", en: "Approve the hire" },
  "offer.send": { "zh-CN": "发出录用通知", en: "Send the offer" },
  "offer.medical": { "zh-CN": "体检", en: "Medical examination" },
  "offer.medicalOnly": {
    "zh-CN": "只记录是否适合本岗位，不记录病情或检查项目",
    en: "Only fit or unfit for this position is recorded, never a condition or a test"
  },
  "offer.recordMedical": { "zh-CN": "保存体检结论", en: "Record the result" },
  "offer.startOnboarding": { "zh-CN": "开始办理入职", en: "Start onboarding" },
  "offer.documents": { "zh-CN": "应聘资料", en: "Documents" },
  "offer.documentsLegend": { "zh-CN": "已收到的资料", en: "Received" },
  "offer.onboarding": { "zh-CN": "入职事项", en: "Onboarding" },
  "offer.onboardingLegend": { "zh-CN": "已完成的事项", en: "Done" },
  "offer.complete": { "zh-CN": "已齐全", en: "Complete" },
  "offer.missing": { "zh-CN": "尚缺：{items}", en: "Missing: {items}" },
  "offer.saveChecklist": { "zh-CN": "保存", en: "Save" },
  "offer.hire": { "zh-CN": "录用并开始试用", en: "Hire and start probation" },
  "offer.letter": { "zh-CN": "致谢函预览", en: "Thank-you letter preview" },
  "offer.notYet": {
    "zh-CN": "该应聘者尚未进入录用阶段",
    en: "The candidate has not reached the hiring stages"
  },
  // fd-probation-review
  "probationReview.none": {
    "zh-CN": "尚无试用期记录",
    en: "There is no probation record yet"
  },
  "probationReview.create": { "zh-CN": "建立试用期记录", en: "Start the probation record" },
  "probationReview.createSubmit": { "zh-CN": "建立", en: "Start" },
  "probationReview.heading": {
    "zh-CN": "试用期：{name}（{position}）",
    en: "Probation: {name} ({position})"
  },
  "probationReview.state": { "zh-CN": "进度", en: "Stage" },
  "probationReview.period": { "zh-CN": "试用期", en: "Period" },
  "probationReview.periodValue": {
    "zh-CN": "{start} 至 {end}（{months} 个月）",
    en: "{start} to {end} ({months} months)"
  },
  "probationReview.deadline": { "zh-CN": "试用期届满", en: "End of probation" },
  "probationReview.closed": { "zh-CN": "已办结", en: "Closed" },
  "probationReview.steps": { "zh-CN": "试用过程", en: "Steps" },
  "probationReview.goals": { "zh-CN": "试用目标", en: "Goals" },
  "probationReview.goalsField": { "zh-CN": "试用目标（每行一项）", en: "Goals (one per line)" },
  "probationReview.coaching": { "zh-CN": "指导与面谈", en: "Coaching" },
  "probationReview.assessment": { "zh-CN": "试用期考评", en: "Assessment" },
  "probationReview.assessmentValue": {
    "zh-CN": "{result}，{score} 分：{comments}（{at}）",
    en: "{result}, score {score}: {comments} ({at})"
  },
  "probationReview.approval": { "zh-CN": "考评审批", en: "Approval" },
  "probationReview.approvalRule": {
    "zh-CN": "待人力资源经理或人力资源总监审批（考评人不能审批）",
    en: "Awaits the HR manager or HR head (never the assessor)"
  },
  "probationReview.approved": { "zh-CN": "已审批", en: "Approved" },
  "probationReview.notice": { "zh-CN": "结果通知", en: "Notice" },
  "probationReview.notYet": { "zh-CN": "尚无", en: "Not yet" },
  "probationReview.commands": { "zh-CN": "可办理的事项", en: "What you can do" },
  "probationReview.noCommands": { "zh-CN": "您当前没有可办理的事项", en: "Nothing for you to do now" },
  "probationReview.closeConfirmed": {
    "zh-CN": "办结应聘记录：已转正",
    en: "Close the application: confirmed"
  },
  "probationReview.closeEnded": {
    "zh-CN": "办结应聘记录：试用不合格",
    en: "Close the application: probation failed"
  }
} as const
