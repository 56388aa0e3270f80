/**
 * Texts of the recruitment family: requisitions, plans, candidates, interviews, disqualification
 * rules, hiring, probation, thank-you letters and the recruitment evaluation. Registered by the
 * modules of `@frontdesk/domain/recruitment`.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * import { recruitmentTexts } from "@frontdesk/domain/messages"
 * Messages.register(recruitmentTexts)
 * Messages.format("recruitment.candidate.state.firstInterview", "zh-CN") // "初试"
 * ```
 * @category sections
 * @since 0.1.0
 */
export const recruitmentTexts = {
  // Roles
  "recruitment.role.departmentHead": { "zh-CN": "部门负责人", en: "department head" },
  "recruitment.role.hr": { "zh-CN": "人力资源专员", en: "HR specialist" },
  "recruitment.role.hrManager": { "zh-CN": "人力资源部经理", en: "HR manager" },
  "recruitment.role.hrHead": { "zh-CN": "人力资源负责人", en: "HR head" },
  "recruitment.role.generalManager": { "zh-CN": "总经理", en: "general manager" },
  "recruitment.role.unitHead": { "zh-CN": "单位负责人", en: "unit head" },
  "recruitment.role.departmentManager": { "zh-CN": "用人部门经理", en: "department manager" },
  "recruitment.role.interviewer": { "zh-CN": "面试官", en: "interviewer" },
  "recruitment.role.employee": { "zh-CN": "试用员工", en: "employee on probation" },

  // Shared
  "recruitment.field.note": { "zh-CN": "备注", en: "Note" },
  "recruitment.field.reason": { "zh-CN": "原因", en: "Reason" },
  "recruitment.count.range": {
    "zh-CN": "请输入 {min} 到 {max} 之间的整数",
    en: "Enter a whole number from {min} to {max}"
  },
  "recruitment.approval.ownRequest": {
    "zh-CN": "不能审批自己提出或签批的申请",
    en: "You cannot approve a request you raised or signed"
  },
  "recruitment.approval.wrongRole": {
    "zh-CN": "按审批流程，此步骤不由您的角色审批",
    en: "The approval chain does not give this step to your role"
  },

  // Requisition
  "recruitment.requisition": { "zh-CN": "用人需求申请", en: "staffing requisition" },
  "recruitment.requisition.state.draft": { "zh-CN": "草稿", en: "draft" },
  "recruitment.requisition.state.submitted": { "zh-CN": "部门负责人已签批", en: "signed by department head" },
  "recruitment.requisition.state.hrReviewed": { "zh-CN": "已审核", en: "reviewed" },
  "recruitment.requisition.state.internalTransfer": {
    "zh-CN": "内部调动解决",
    en: "filled by internal transfer"
  },
  "recruitment.requisition.state.approved": { "zh-CN": "总经理已审批", en: "approved by general manager" },
  "recruitment.requisition.state.recruiting": { "zh-CN": "招聘中", en: "recruiting" },
  "recruitment.requisition.state.filled": { "zh-CN": "已补充到位", en: "filled" },
  "recruitment.requisition.state.cancelled": { "zh-CN": "已取消", en: "cancelled" },
  "recruitment.requisition.command.edit": { "zh-CN": "修改", en: "edit" },
  "recruitment.requisition.command.submit": { "zh-CN": "签批并提交", en: "sign and submit" },
  "recruitment.requisition.command.review": { "zh-CN": "审核通过", en: "pass review" },
  "recruitment.requisition.command.sendBack": { "zh-CN": "退回修改", en: "send back" },
  "recruitment.requisition.command.closeByTransfer": {
    "zh-CN": "内部调动解决",
    en: "fill by internal transfer"
  },
  "recruitment.requisition.command.approve": { "zh-CN": "审批通过", en: "approve" },
  "recruitment.requisition.command.startRecruiting": { "zh-CN": "启动招聘", en: "start recruiting" },
  "recruitment.requisition.command.fill": { "zh-CN": "确认补充到位", en: "mark filled" },
  "recruitment.requisition.command.cancel": { "zh-CN": "取消申请", en: "cancel" },
  "recruitment.requisition.field.reason": { "zh-CN": "申请原因", en: "Reason" },
  "recruitment.requisition.field.department": { "zh-CN": "用人部门", en: "Department" },
  "recruitment.requisition.field.position": { "zh-CN": "岗位名称", en: "Position" },
  "recruitment.requisition.field.positionType": { "zh-CN": "岗位类别", en: "Position type" },
  "recruitment.requisition.field.level": { "zh-CN": "岗位级别", en: "Level" },
  "recruitment.requisition.field.headcount": { "zh-CN": "需求人数", en: "Headcount" },
  "recruitment.requisition.field.jobDescription": { "zh-CN": "职位说明书", en: "Job description" },
  "recruitment.requisition.field.qualifications": { "zh-CN": "任职资格", en: "Qualifications" },
  "recruitment.requisition.field.duties": { "zh-CN": "岗位职责", en: "Duties" },
  "recruitment.requisition.field.wantedStart": { "zh-CN": "期望到岗日期", en: "Wanted start date" },
  "recruitment.requisition.field.juvenileSuitable": {
    "zh-CN": "适合未成年工（16–17 周岁）",
    en: "Suitable for juvenile workers (aged 16–17)"
  },
  "recruitment.requisition.field.criminalRecordBasis": {
    "zh-CN": "无犯罪记录核查的法定依据",
    en: "Lawful basis for a criminal-record check"
  },
  "recruitment.requisition.field.medicalRequirement": {
    "zh-CN": "岗位体检要求",
    en: "Medical requirement of the position"
  },
  "recruitment.requisition.hint.jobDescription": {
    "zh-CN": "任职资格须依据职位说明书，填写其编号或名称",
    en: "Qualifications must follow the job description; give its number or title"
  },
  "recruitment.requisition.hint.wantedStart": {
    "zh-CN": "一般岗位提前 1 个月、重要岗位提前 2 个月申请",
    en: "Apply 1 month ahead for ordinary positions, 2 months for important ones"
  },
  "recruitment.requisition.hint.criminalRecordBasis": {
    "zh-CN": "仅在法律法规要求时填写（如会计、保安、驾驶等岗位），否则不核查",
    en: "Only where a law requires it (e.g. accounting, security, driving); otherwise it is not checked"
  },
  "recruitment.requisition.hint.medicalRequirement": {
    "zh-CN": "仅填写岗位的法定或客观要求；体检只记录“是否适合本岗位”",
    en: "Only a lawful or objective requirement; the examination records only “fit for this position”"
  },
  "recruitment.requisition.late": {
    "zh-CN": "未按规定提前 {months} 个月申请（应不晚于 {date}）；申请将被受理并标记为逾期",
    en: "Raised later than {months} month(s) ahead (due by {date}); it is accepted and flagged late"
  },
  "recruitment.reason.resignation": { "zh-CN": "人员离职补充", en: "Replacing a departure" },
  "recruitment.reason.moreWork": { "zh-CN": "业务量增加", en: "More work" },
  "recruitment.reason.newPosition": { "zh-CN": "新设岗位", en: "New position" },
  "recruitment.level.ordinary": { "zh-CN": "一般岗位", en: "Ordinary position" },
  "recruitment.level.important": { "zh-CN": "重要岗位", en: "Important position" },
  "recruitment.level.departmentHead": { "zh-CN": "部门负责人及以上", en: "Department head and above" },
  "recruitment.positionType.frontLine": { "zh-CN": "一线人员", en: "Front-line staff" },
  "recruitment.positionType.professional": {
    "zh-CN": "专业人员（财务、企划、技术、程序员等）",
    en: "Professional (finance, planning, technical, programmers)"
  },
  "recruitment.positionType.other": { "zh-CN": "其他岗位", en: "Other position" },

  // Plan
  "recruitment.plan": { "zh-CN": "招聘方案", en: "recruitment plan" },
  "recruitment.plan.state.draft": { "zh-CN": "草稿", en: "draft" },
  "recruitment.plan.state.submitted": { "zh-CN": "待审批", en: "awaiting approval" },
  "recruitment.plan.state.approved": { "zh-CN": "已审批", en: "approved" },
  "recruitment.plan.state.cancelled": { "zh-CN": "已取消", en: "cancelled" },
  "recruitment.plan.command.edit": { "zh-CN": "修改", en: "edit" },
  "recruitment.plan.command.submit": { "zh-CN": "提交审批", en: "submit for approval" },
  "recruitment.plan.command.approve": { "zh-CN": "审批通过", en: "approve" },
  "recruitment.plan.command.sendBack": { "zh-CN": "退回修改", en: "send back" },
  "recruitment.plan.command.recordCost": { "zh-CN": "登记费用", en: "record a cost" },
  "recruitment.plan.command.cancel": { "zh-CN": "取消方案", en: "cancel" },
  "recruitment.plan.field.requisition": { "zh-CN": "用人需求申请", en: "Requisition" },
  "recruitment.plan.field.headcount": { "zh-CN": "招聘人数", en: "Headcount" },
  "recruitment.plan.field.criteria": { "zh-CN": "录用标准", en: "Hiring criteria" },
  "recruitment.plan.field.targetGroup": { "zh-CN": "招聘对象", en: "Target group" },
  "recruitment.plan.field.channels": { "zh-CN": "招聘渠道", en: "Channels" },
  "recruitment.plan.field.channel": { "zh-CN": "招聘渠道", en: "Channel" },
  "recruitment.plan.field.wantedStart": { "zh-CN": "用人日期", en: "Wanted start date" },
  "recruitment.plan.field.preparationDays": { "zh-CN": "准备周期（天）", en: "Preparation cycle (days)" },
  "recruitment.plan.field.dedicatedJobFair": { "zh-CN": "举办专场招聘会", en: "Holds a dedicated job fair" },
  "recruitment.plan.field.budget": { "zh-CN": "费用预算", en: "Budget" },
  "recruitment.plan.field.amount": { "zh-CN": "金额", en: "Amount" },
  "recruitment.plan.field.annualBudget": { "zh-CN": "年度招聘预算", en: "Annual recruiting budget" },
  "recruitment.plan.hint.preparationDays": {
    "zh-CN": "招聘日期 = 用人日期 − 准备周期",
    en: "Recruiting starts on the wanted start date minus the preparation cycle"
  },
  "recruitment.plan.hint.annualBudget": {
    "zh-CN": "超出年度预算的方案由单位负责人审批",
    en: "A plan costing more than the annual budget goes to the unit head"
  },
  "recruitment.plan.noChannel": { "zh-CN": "请至少选择一个招聘渠道", en: "Choose at least one channel" },
  "recruitment.plan.currency": {
    "zh-CN": "预算各项须与年度预算使用同一币种",
    en: "Every budget line must be in the annual budget's currency"
  },
  "recruitment.channel.advertisement": { "zh-CN": "招聘广告", en: "advertisement" },
  "recruitment.channel.campus": { "zh-CN": "校园招聘", en: "campus recruiting" },
  "recruitment.channel.largeJobFair": { "zh-CN": "大型招聘会", en: "large job fair" },
  "recruitment.channel.ordinaryJobFair": { "zh-CN": "普通招聘会", en: "ordinary job fair" },
  "recruitment.channel.internalPosting": { "zh-CN": "内部招聘", en: "internal posting" },
  "recruitment.channel.online": { "zh-CN": "网络招聘", en: "online recruiting" },
  "recruitment.channel.headhunter": { "zh-CN": "猎头", en: "headhunter" },
  "recruitment.channel.referral": { "zh-CN": "推荐", en: "referral" },
  "recruitment.channel.talentReserve": { "zh-CN": "储备人才库", en: "talent reserve" },
  "recruitment.channel.walkIn": { "zh-CN": "现场应聘", en: "walk-in" },

  // Candidate
  "recruitment.candidate": { "zh-CN": "应聘者", en: "candidate" },
  "recruitment.candidate.state.applied": { "zh-CN": "已登记", en: "applied" },
  "recruitment.candidate.state.screenedOut": { "zh-CN": "初选未通过", en: "screened out" },
  "recruitment.candidate.state.screened": { "zh-CN": "初选通过", en: "passed screening" },
  "recruitment.candidate.state.shortlisted": { "zh-CN": "部门已筛选", en: "shortlisted" },
  "recruitment.candidate.state.firstInterview": { "zh-CN": "初试", en: "first interview" },
  "recruitment.candidate.state.secondInterview": { "zh-CN": "复试", en: "second interview" },
  "recruitment.candidate.state.backgroundCheck": { "zh-CN": "背景调查", en: "background check" },
  "recruitment.candidate.state.offer": { "zh-CN": "录用审批", en: "offer" },
  "recruitment.candidate.state.medical": { "zh-CN": "体检", en: "medical examination" },
  "recruitment.candidate.state.onboarding": { "zh-CN": "入职办理", en: "onboarding" },
  "recruitment.candidate.state.onProbation": { "zh-CN": "试用期", en: "on probation" },
  "recruitment.candidate.state.confirmed": { "zh-CN": "已转正", en: "confirmed" },
  "recruitment.candidate.state.probationFailed": { "zh-CN": "试用不合格", en: "probation failed" },
  "recruitment.candidate.state.withdrawn": { "zh-CN": "已放弃", en: "withdrawn" },
  "recruitment.candidate.state.disqualified": { "zh-CN": "不予录用", en: "disqualified" },
  "recruitment.candidate.state.rejected": { "zh-CN": "未录用", en: "not selected" },
  "recruitment.candidate.state.merged": { "zh-CN": "重复已合并", en: "merged duplicate" },
  "recruitment.candidate.command.screen": { "zh-CN": "资格审查", en: "screen" },
  "recruitment.candidate.command.shortlist": { "zh-CN": "部门筛选通过", en: "shortlist" },
  "recruitment.candidate.command.invite": { "zh-CN": "通知初试", en: "invite to interview" },
  "recruitment.candidate.command.evaluate": { "zh-CN": "填写面试评价", en: "record evaluation" },
  "recruitment.candidate.command.passFirstInterview": { "zh-CN": "初试通过", en: "pass first interview" },
  "recruitment.candidate.command.passSecondInterview": { "zh-CN": "复试通过", en: "pass second interview" },
  "recruitment.candidate.command.recordFacts": { "zh-CN": "登记核查结果", en: "record check results" },
  "recruitment.candidate.command.recordDocuments": { "zh-CN": "登记应聘资料", en: "record documents" },
  "recruitment.candidate.command.passBackgroundCheck": {
    "zh-CN": "背景调查通过",
    en: "pass background check"
  },
  "recruitment.candidate.command.draftOffer": { "zh-CN": "拟定录用条件", en: "draft offer" },
  "recruitment.candidate.command.approveHire": { "zh-CN": "录用审批", en: "approve hire" },
  "recruitment.candidate.command.sendOffer": { "zh-CN": "发出录用通知", en: "send offer" },
  "recruitment.candidate.command.startOnboarding": { "zh-CN": "体检合格，办理入职", en: "start onboarding" },
  "recruitment.candidate.command.checkOnboarding": {
    "zh-CN": "更新入职清单",
    en: "update onboarding checklist"
  },
  "recruitment.candidate.command.hire": { "zh-CN": "入职", en: "hire" },
  "recruitment.candidate.command.confirm": { "zh-CN": "转正", en: "confirm" },
  "recruitment.candidate.command.failProbation": { "zh-CN": "试用不合格", en: "end after probation" },
  "recruitment.candidate.command.reject": { "zh-CN": "不予录用（择优）", en: "not select" },
  "recruitment.candidate.command.disqualify": { "zh-CN": "确认不予录用情形", en: "confirm disqualification" },
  "recruitment.candidate.command.waive": { "zh-CN": "排除误报", en: "clear a finding" },
  "recruitment.candidate.command.absorb": { "zh-CN": "合并重复记录", en: "merge a duplicate" },
  "recruitment.candidate.command.markDuplicate": { "zh-CN": "标记为重复", en: "mark as duplicate" },
  "recruitment.candidate.command.withdraw": { "zh-CN": "放弃应聘", en: "withdraw" },
  "recruitment.candidate.field.requisition": { "zh-CN": "应聘岗位（需求申请）", en: "Requisition" },
  "recruitment.candidate.field.name": { "zh-CN": "姓名", en: "Name" },
  "recruitment.candidate.field.mobile": { "zh-CN": "手机号", en: "Mobile" },
  "recruitment.candidate.field.residentId": { "zh-CN": "身份证号", en: "Resident ID" },
  "recruitment.candidate.field.email": { "zh-CN": "电子邮箱", en: "Email" },
  "recruitment.candidate.field.education": { "zh-CN": "最高学历", en: "Highest education" },
  "recruitment.candidate.field.experienceYears": { "zh-CN": "工作年限", en: "Years of experience" },
  "recruitment.candidate.field.documents": { "zh-CN": "已收资料", en: "Documents received" },
  "recruitment.candidate.field.onboarding": { "zh-CN": "已完成事项", en: "Items done" },
  "recruitment.candidate.field.disqualificationCodes": {
    "zh-CN": "不予录用情形",
    en: "Disqualification grounds"
  },
  "recruitment.candidate.field.confirmationNote": { "zh-CN": "确认说明", en: "Confirmation note" },
  "recruitment.candidate.field.mergeInto": { "zh-CN": "合并到的记录", en: "Merge into record" },
  "recruitment.candidate.mergeSelf": {
    "zh-CN": "不能与自身合并",
    en: "A record cannot be merged with itself"
  },
  "recruitment.candidate.probationNotConfirmed": {
    "zh-CN": "试用期考评尚未审批通过并办理转正",
    en: "The probation has not been assessed, approved and confirmed"
  },
  "recruitment.candidate.probationNotEnded": {
    "zh-CN": "试用期考评尚未审批并办理不合格手续",
    en: "The probation has not been assessed, approved and ended"
  },

  // Screening
  "recruitment.screening.field.outcome": { "zh-CN": "筛选结果", en: "Outcome" },
  "recruitment.screening.pass": { "zh-CN": "通过", en: "pass" },
  "recruitment.screening.fail": { "zh-CN": "不通过", en: "fail" },
  "recruitment.screening.notOffered": {
    "zh-CN": "该条件属法律禁止的就业歧视，未启用，不能作为筛选条件",
    en: "This criterion is a ground the law prohibits and is not enabled for screening"
  },
  "recruitment.screening.warning.prohibited": {
    "zh-CN": "以“{criterion}”筛选：该条件为法律禁止的就业歧视，已记录",
    en: "Screened on “{criterion}”, a ground the law prohibits; this use is recorded"
  },
  "recruitment.screening.warning.restricted": {
    "zh-CN": "以“{criterion}”筛选：该条件有法律风险，已记录",
    en: "Screened on “{criterion}”, a legally risky ground; this use is recorded"
  },
  "recruitment.criterion.education": { "zh-CN": "学历", en: "education" },
  "recruitment.criterion.experience": { "zh-CN": "工作经验", en: "experience" },
  "recruitment.criterion.skills": { "zh-CN": "专业技能", en: "skills" },
  "recruitment.criterion.certificates": { "zh-CN": "资格证书", en: "certificates" },
  "recruitment.criterion.age": { "zh-CN": "年龄", en: "age" },
  "recruitment.criterion.gender": { "zh-CN": "性别", en: "gender" },
  "recruitment.criterion.ethnicity": { "zh-CN": "民族", en: "ethnicity" },
  "recruitment.criterion.religion": { "zh-CN": "宗教信仰", en: "religion" },
  "recruitment.criterion.householdRegistration": { "zh-CN": "户口", en: "household registration (hukou)" },
  "recruitment.criterion.appearance": { "zh-CN": "相貌", en: "appearance" },

  // Interview
  "recruitment.interview.field.round": { "zh-CN": "面试轮次", en: "Round" },
  "recruitment.interview.field.criterion": { "zh-CN": "评价项目", en: "Criterion" },
  "recruitment.interview.field.score": { "zh-CN": "评分（1–5）", en: "Score (1–5)" },
  "recruitment.interview.field.recommendation": { "zh-CN": "录用建议", en: "Recommendation" },
  "recruitment.interview.field.comment": { "zh-CN": "评语", en: "Comment" },
  "recruitment.interview.round.first": { "zh-CN": "初试", en: "first interview" },
  "recruitment.interview.round.second": { "zh-CN": "复试", en: "second interview" },
  "recruitment.interview.criterion.generalQualities": { "zh-CN": "综合素质", en: "general qualities" },
  "recruitment.interview.criterion.professionalSkill": { "zh-CN": "专业能力", en: "professional skill" },
  "recruitment.interview.criterion.communication": { "zh-CN": "沟通表达", en: "communication" },
  "recruitment.interview.criterion.experienceFit": { "zh-CN": "经验匹配", en: "fit of experience" },
  "recruitment.interview.recommendation.hire": { "zh-CN": "建议录用", en: "hire" },
  "recruitment.interview.recommendation.consider": { "zh-CN": "可考虑", en: "consider" },
  "recruitment.interview.recommendation.reject": { "zh-CN": "不建议录用", en: "do not hire" },
  "recruitment.interview.shortlistFirst": {
    "zh-CN": "专业岗位须先由用人部门经理筛选，再通知面试",
    en: "For professional positions the department manager shortlists before invitations"
  },
  "recruitment.interview.noShortlist": {
    "zh-CN": "该类岗位无需部门筛选",
    en: "This type of position has no department shortlist"
  },
  "recruitment.interview.wrongRound": {
    "zh-CN": "评价的轮次与当前面试不符",
    en: "The evaluation is for a different round than the current interview"
  },
  "recruitment.interview.alreadyEvaluated": {
    "zh-CN": "您已填写过本轮面试评价",
    en: "You have already evaluated this round"
  },
  "recruitment.interview.notEvaluated": {
    "zh-CN": "本轮尚无指定面试官的评价",
    en: "No evaluation from this round's designated interviewer yet"
  },

  // Disqualification
  "recruitment.disqualification.minor": {
    "zh-CN": "未满 16 周岁，或 16–17 周岁而岗位不适合未成年工",
    en: "Under 16, or aged 16–17 for a position not suitable for juvenile workers"
  },
  "recruitment.disqualification.minor.under16": {
    "zh-CN": "到岗时仅 {age} 周岁，未满 16 周岁（《劳动法》第十五条）",
    en: "Only {age} at the start date, under 16 (Labour Law art. 15)"
  },
  "recruitment.disqualification.minor.juvenile": {
    "zh-CN": "到岗时 {age} 周岁，属未成年工，而岗位未标明适合未成年工",
    en: "Aged {age} at the start date, a juvenile worker, and the position is not marked suitable"
  },
  "recruitment.disqualification.minor.unknownAge": {
    "zh-CN": "出生日期未知，须核实身份证以确认已满 16 周岁",
    en: "Birth date unknown; check the resident ID to confirm the candidate is at least 16"
  },
  "recruitment.disqualification.contractRunning": {
    "zh-CN": "与其他单位的劳动合同尚未解除，须提供解除证明（《劳动合同法》第九十一条）",
    en: "A labour contract with another employer is still running; proof of termination is needed (Labour Contract Law art. 91)"
  },
  "recruitment.disqualification.fraud": {
    "zh-CN": "资料核查未通过，有欺诈行为（《劳动合同法》第二十六条）",
    en: "The document check failed: fraud or falsified documents (Labour Contract Law art. 26)"
  },
  "recruitment.disqualification.blacklisted": {
    "zh-CN": "曾在本公司被除名（黑名单）",
    en: "Dismissed by this company before (blacklist)"
  },
  "recruitment.disqualification.criminalRecord": {
    "zh-CN": "有刑事记录，且岗位已声明法定核查依据",
    en: "A criminal record, for a position that declares a lawful need to check"
  },
  "recruitment.disqualification.medical": {
    "zh-CN": "体检结论为不适合本岗位（岗位有明确体检要求）",
    en: "The medical examination found the candidate unfit for this position (a declared requirement)"
  },
  "recruitment.disqualification.unconfirmed": {
    "zh-CN": "存在尚未确认或排除的不予录用情形，不能继续录用",
    en: "A disqualification finding has been neither confirmed nor cleared, so hiring cannot go on"
  },
  "recruitment.disqualification.notFound": {
    "zh-CN": "该情形当前未被规则检出，不能确认",
    en: "No rule reports this ground now, so it cannot be confirmed"
  },
  "recruitment.disqualification.cannotWaive": {
    "zh-CN": "法定要求不能排除；请更正核查结果或确认不予录用",
    en: "A legal requirement cannot be cleared; correct the recorded facts or confirm the disqualification"
  },
  "recruitment.facts.birthDate": { "zh-CN": "出生日期", en: "Birth date" },
  "recruitment.facts.previousContract": {
    "zh-CN": "原单位劳动合同",
    en: "Contract with a previous employer"
  },
  "recruitment.facts.previousContract.none": { "zh-CN": "无", en: "none" },
  "recruitment.facts.previousContract.running": { "zh-CN": "尚未解除", en: "still running" },
  "recruitment.facts.previousContract.terminated": {
    "zh-CN": "已解除（有证明）",
    en: "terminated (proof seen)"
  },
  "recruitment.facts.documentCheck": { "zh-CN": "资料真实性核查", en: "Document check" },
  "recruitment.facts.documentCheck.passed": { "zh-CN": "通过", en: "passed" },
  "recruitment.facts.documentCheck.failed": { "zh-CN": "未通过", en: "failed" },
  "recruitment.facts.criminalRecord": { "zh-CN": "无犯罪记录核查", en: "Criminal-record check" },
  "recruitment.facts.criminalRecord.none": { "zh-CN": "无记录", en: "no record" },
  "recruitment.facts.criminalRecord.found": { "zh-CN": "有记录", en: "record found" },
  "recruitment.facts.medical": { "zh-CN": "体检结论", en: "Medical examination" },
  "recruitment.facts.medical.fit": { "zh-CN": "适合本岗位", en: "fit for this position" },
  "recruitment.facts.medical.unfit": { "zh-CN": "不适合本岗位", en: "unfit for this position" },
  "recruitment.facts.criminalRecordNotDeclared": {
    "zh-CN": "该岗位未声明法定核查依据，不得记录刑事记录",
    en: "The position declares no lawful need, so no criminal record may be recorded"
  },

  // Blacklist
  "recruitment.blacklist.field.residentId": { "zh-CN": "身份证号", en: "Resident ID" },
  "recruitment.blacklist.field.name": { "zh-CN": "姓名", en: "Name" },
  "recruitment.blacklist.field.reason": { "zh-CN": "除名原因", en: "Reason for dismissal" },
  "recruitment.blacklist.field.dismissedOn": { "zh-CN": "除名日期", en: "Dismissed on" },

  // Offer and onboarding
  "recruitment.offer.field.startDate": { "zh-CN": "入职日期", en: "Start date" },
  "recruitment.offer.field.salary": { "zh-CN": "月薪", en: "Monthly salary" },
  "recruitment.offer.field.probationMonths": { "zh-CN": "试用期（月）", en: "Probation (months)" },
  "recruitment.offer.notDrafted": {
    "zh-CN": "尚未拟定录用条件",
    en: "The offer's terms have not been drafted"
  },
  "recruitment.offer.notApproved": { "zh-CN": "录用尚未审批", en: "The hire has not been approved" },
  "recruitment.offer.medicalMissing": {
    "zh-CN": "尚未登记体检结论",
    en: "No medical result is recorded yet"
  },
  "recruitment.offer.documentMissing": { "zh-CN": "应聘资料不齐", en: "A document is missing" },
  "recruitment.offer.onboardingIncomplete": {
    "zh-CN": "入职事项未完成",
    en: "An onboarding item is not done"
  },
  "recruitment.document.residentId": {
    "zh-CN": "身份证（原件及复印件）",
    en: "Resident ID (original and copy)"
  },
  "recruitment.document.diploma": { "zh-CN": "学历证书（原件及复印件）", en: "Diploma (original and copy)" },
  "recruitment.document.medicalCertificate": { "zh-CN": "体检证明", en: "Medical certificate" },
  "recruitment.document.registrationForm": { "zh-CN": "应聘登记表", en: "Application registration form" },
  "recruitment.document.resume": { "zh-CN": "个人简历", en: "Résumé" },
  "recruitment.onboarding.paperwork": { "zh-CN": "录用手续办理", en: "Hiring paperwork" },
  "recruitment.onboarding.contract": { "zh-CN": "签订劳动合同", en: "Labour contract signed" },
  "recruitment.onboarding.onboardingTalk": { "zh-CN": "入职面谈", en: "Onboarding talk" },
  "recruitment.onboarding.onboardingTraining": { "zh-CN": "入职培训", en: "Onboarding training" },

  // Probation
  "recruitment.probation": { "zh-CN": "试用期", en: "probation" },
  "recruitment.probation.state.planning": { "zh-CN": "待制订目标", en: "goals to set" },
  "recruitment.probation.state.inProgress": { "zh-CN": "试用中", en: "in progress" },
  "recruitment.probation.state.selfAssessed": { "zh-CN": "已自评", en: "self-assessed" },
  "recruitment.probation.state.assessed": { "zh-CN": "已考评", en: "assessed" },
  "recruitment.probation.state.approved": { "zh-CN": "考评已审批", en: "assessment approved" },
  "recruitment.probation.state.notified": { "zh-CN": "已通知结果", en: "result notified" },
  "recruitment.probation.state.confirmed": { "zh-CN": "已转正", en: "confirmed" },
  "recruitment.probation.state.ended": { "zh-CN": "已解除", en: "ended" },
  "recruitment.probation.command.setGoals": { "zh-CN": "制订试用目标", en: "set goals" },
  "recruitment.probation.command.coach": { "zh-CN": "记录指导面谈", en: "record coaching" },
  "recruitment.probation.command.planCareer": { "zh-CN": "规划职业生涯", en: "plan career" },
  "recruitment.probation.command.selfAssess": { "zh-CN": "提交总结自评", en: "submit self-assessment" },
  "recruitment.probation.command.assess": { "zh-CN": "试用期考评", en: "assess" },
  "recruitment.probation.command.approveAssessment": { "zh-CN": "审批考评结果", en: "approve assessment" },
  "recruitment.probation.command.returnAssessment": { "zh-CN": "退回重评", en: "return assessment" },
  "recruitment.probation.command.notify": { "zh-CN": "通知考评结果", en: "notify result" },
  "recruitment.probation.command.confirm": { "zh-CN": "办理转正", en: "confirm" },
  "recruitment.probation.command.end": { "zh-CN": "解除劳动关系", en: "end employment" },
  "recruitment.probation.field.candidate": { "zh-CN": "应聘者记录", en: "Candidate record" },
  "recruitment.probation.field.employeeName": { "zh-CN": "员工姓名", en: "Employee" },
  "recruitment.probation.field.position": { "zh-CN": "岗位", en: "Position" },
  "recruitment.probation.field.startDate": { "zh-CN": "试用开始日期", en: "Start date" },
  "recruitment.probation.field.contractTerm": { "zh-CN": "劳动合同期限", en: "Contract term" },
  "recruitment.probation.field.months": { "zh-CN": "试用期（月）", en: "Probation (months)" },
  "recruitment.probation.field.goal": { "zh-CN": "试用目标", en: "Goal" },
  "recruitment.probation.field.coachingNote": { "zh-CN": "指导与面谈记录", en: "Coaching note" },
  "recruitment.probation.field.careerPlan": { "zh-CN": "职业生涯规划", en: "Career plan" },
  "recruitment.probation.field.selfAssessment": { "zh-CN": "试用期总结与自评", en: "Self-assessment" },
  "recruitment.probation.field.result": { "zh-CN": "考评结果", en: "Result" },
  "recruitment.probation.field.score": { "zh-CN": "考评分数", en: "Score" },
  "recruitment.probation.field.comments": { "zh-CN": "考评意见", en: "Comments" },
  "recruitment.probation.result.pass": { "zh-CN": "合格", en: "pass" },
  "recruitment.probation.result.fail": { "zh-CN": "不合格", en: "fail" },
  "recruitment.probation.none": {
    "zh-CN": "劳动合同期限不满 3 个月的，不得约定试用期（《劳动合同法》第十九条）",
    en: "A contract under 3 months may have no probation (Labour Contract Law art. 19)"
  },
  "recruitment.probation.tooLong": {
    "zh-CN": "试用期 {months} 个月超过合同期限允许的 {max} 个月（《劳动合同法》第十九条）",
    en: "A probation of {months} month(s) exceeds the {max} month(s) the contract term allows (Labour Contract Law art. 19)"
  },
  "recruitment.probation.repeat": {
    "zh-CN": "同一用人单位与同一劳动者只能约定一次试用期",
    en: "An employer may set only one probation with the same employee"
  },
  "recruitment.probation.notPassed": { "zh-CN": "考评结果不是合格", en: "The assessment is not a pass" },
  "recruitment.probation.notFailed": { "zh-CN": "考评结果不是不合格", en: "The assessment is not a fail" },

  // Letter
  "recruitment.letter.thankYou.subject": { "zh-CN": "致谢函", en: "Thank you for your application" },
  "recruitment.letter.thankYou.body": {
    "zh-CN":
      "尊敬的{name}：\n\n感谢您对{company}的关注，并应聘{position}一职。经过慎重考虑，我们很遗憾暂时不能为您提供这一职位。经您同意，您的资料已存入我们的人才储备库，今后如有合适的机会，我们将与您联系。\n\n再次感谢您的信任，祝您工作顺利！\n\n{company}\n{date}",
    en: "Dear {name},\n\nThank you for your interest in {company} and for applying for the position of {position}. After careful consideration we regret that we cannot offer you the position at this time. With your permission we keep your details in our talent reserve and will contact you should a suitable opening arise.\n\nThank you again, and we wish you every success.\n\n{company}\n{date}"
  },

  // Evaluation
  "recruitment.evaluation.applicants": { "zh-CN": "应聘人数", en: "applicants" },
  "recruitment.evaluation.screened": { "zh-CN": "初选通过", en: "passed screening" },
  "recruitment.evaluation.interviewed": { "zh-CN": "参加面试", en: "interviewed" },
  "recruitment.evaluation.offered": { "zh-CN": "发出录用通知", en: "offered" },
  "recruitment.evaluation.hired": { "zh-CN": "录用入职", en: "hired" },
  "recruitment.evaluation.daysToHire": { "zh-CN": "审批至入职天数", en: "days from approval to hire" },
  "recruitment.evaluation.budget": { "zh-CN": "预算", en: "budget" },
  "recruitment.evaluation.cost": { "zh-CN": "实际费用", en: "cost" },
  "recruitment.evaluation.costPerHire": { "zh-CN": "人均招聘成本", en: "cost per hire" },
  "recruitment.evaluation.budgetPerHead": { "zh-CN": "人均预算", en: "budget per head" },
  "recruitment.evaluation.overBudget": { "zh-CN": "超出预算", en: "over budget" }
} as const
