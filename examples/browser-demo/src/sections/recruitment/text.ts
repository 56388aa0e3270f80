/** The recruitment section's own words, in both languages. */
import type { Messages } from "@frontdesk/domain"

export const text = {
  section: { "zh-CN": "招聘", en: "Recruitment" },
  departmentHead: { "zh-CN": "客户服务部负责人 周明", en: "Department head Zhou Ming (customer service)" },
  hr: { "zh-CN": "人力资源专员 林晓", en: "HR specialist Lin Xiao" },
  hrManager: { "zh-CN": "人力资源部经理 何静", en: "HR manager He Jing" },
  hrHead: { "zh-CN": "人力资源负责人 郭涛", en: "HR head Guo Tao" },
  generalManager: { "zh-CN": "总经理 马骏", en: "General manager Ma Jun" },
  unitHead: { "zh-CN": "单位负责人 宋雅", en: "Unit head Song Ya" },
  departmentManager: { "zh-CN": "用人部门经理 韩磊", en: "Department manager Han Lei" },
  interviewer: { "zh-CN": "面试官 许诺", en: "Interviewer Xu Nuo" },

  about: { "zh-CN": "招聘规则", en: "Recruitment rules" },
  ruleLeadTime: {
    "zh-CN":
      "用人需求须提前提出：一般岗位提前 1 个月，重要岗位提前 2 个月；迟交的照常受理，但标记为“逾期提出”。",
    en: "Requisitions are raised ahead of the start date: 1 month for ordinary positions, 2 months for important ones; a late one is accepted and flagged late."
  },
  ruleChain: {
    "zh-CN":
      "部门负责人签批 → 人力资源负责人审核（部门负责人及以上岗位由单位负责人审核）→ 人力资源部考虑内部调动 → 总经理审批后对外招聘。",
    en: "Signed by the department head → reviewed by the HR head (by the unit head for department-head-and-above positions) → HR considers an internal transfer → approved by the general manager before external recruiting."
  },
  ruleOwn: {
    "zh-CN": "任何人不得审核或审批自己提出、签批或起草的申请（用人需求、招聘方案、录用意向、试用考评）。",
    en: "Nobody reviews or approves what they raised, signed or drafted themselves (requisitions, plans, offers, probation assessments)."
  },
  rulePlan: {
    "zh-CN":
      "招聘方案：专场招聘会或费用超出年度预算的由单位负责人审批，其余由人力资源负责人审批；招聘日期 = 用人日期 − 准备周期。",
    en: "Recruitment plans: a dedicated job fair or a cost above the annual budget goes to the unit head, anything else to the HR head; recruiting starts at the wanted start date minus the preparation cycle."
  },
  ruleRouting: {
    "zh-CN":
      "面试安排：一线人员由人力资源部经理面试；专业人员先由用人部门经理筛选再面试；其他岗位由人力资源部经理初试、用人部门经理复试。",
    en: "Interviews: front-line staff by the HR manager; professionals are shortlisted and interviewed by the department manager; other positions have a first interview by the HR manager and a second by the department manager."
  },
  ruleCriteria: {
    "zh-CN":
      "初选不提供性别、民族、宗教、户籍、相貌等法律禁止的条件；年龄属于有法律风险的条件，每次使用都会留下提示记录。",
    en: "Screening never offers gender, ethnicity, religion, household registration or appearance, which the law prohibits; age is legally risky, and every use of it is recorded with a warning."
  },
  ruleProbation: {
    "zh-CN":
      "试用期不得超过劳动合同期限允许的上限（《劳动合同法》第十九条），同一用人单位只能约定一次试用期。",
    en: "Probation may not exceed what the contract term allows (Labour Contract Law art. 19), and an employer may set only one probation per employee."
  },
  disqualifications: {
    "zh-CN": "不予录用的情形及其法律地位",
    en: "Grounds for not hiring, with their legal standing"
  },
  rule: { "zh-CN": "规则", en: "Rule" },
  standing: { "zh-CN": "法律地位", en: "Legal standing" },
  humanSignOff: {
    "zh-CN": "规则只提示，不会自动拒绝：须由人力资源部经理或负责人确认（或说明理由后排除），确认记入历史。",
    en: "A rule only reports; it never rejects on its own. The HR manager or HR head confirms it (or clears it with a reason), and the confirmation is kept in the history."
  },

  requisitions: { "zh-CN": "用人需求", en: "Staffing requisitions" },
  noRequisitions: { "zh-CN": "还没有用人需求。", en: "No requisitions yet." },
  newRequisition: { "zh-CN": "新建用人需求申请表", en: "New staffing requisition" },
  onlyHeadsRaise: {
    "zh-CN": "用人需求由用人部门负责人提出；请在“当前身份”中切换为部门负责人。",
    en: "Requisitions are raised by the hiring department's head; switch to the department head under Role."
  },
  position: { "zh-CN": "岗位", en: "Position" },
  department: { "zh-CN": "部门", en: "Department" },
  headcount: { "zh-CN": "人数", en: "Headcount" },
  state: { "zh-CN": "状态", en: "Status" },
  leadTime: { "zh-CN": "提前期", en: "Lead time" },
  late: { "zh-CN": "逾期提出", en: "Raised late" },
  onTime: { "zh-CN": "按时", en: "On time" },
  open: { "zh-CN": "查看", en: "open" },
  requisition: { "zh-CN": "用人需求详情", en: "Requisition" },
  requisitionOf: { "zh-CN": "用人需求：{position}", en: "Requisition: {position}" },
  pickRequisition: { "zh-CN": "在用人需求列表中选择一项。", en: "Choose a requisition from the list." },
  plan: { "zh-CN": "招聘方案", en: "Recruitment plan" },
  planAfterApproval: {
    "zh-CN": "总经理审批后，人力资源部拟定招聘方案。",
    en: "HR drafts the recruitment plan once the general manager has approved the requisition."
  },
  history: { "zh-CN": "处理记录", en: "History" },

  pipelineOf: { "zh-CN": "应聘者：{position}", en: "Candidates: {position}" },
  candidates: { "zh-CN": "应聘者列表", en: "Candidate list" },
  noCandidates: { "zh-CN": "还没有应聘者。", en: "No candidates yet." },
  name: { "zh-CN": "姓名", en: "Name" },
  mobile: { "zh-CN": "手机号", en: "Mobile" },
  residentId: { "zh-CN": "身份证号", en: "Resident ID" },
  channel: { "zh-CN": "来源渠道", en: "Channel" },
  stage: { "zh-CN": "阶段", en: "Stage" },
  duplicate: { "zh-CN": "重复登记", en: "Duplicate" },
  possibleDuplicate: { "zh-CN": "疑似重复", en: "Possible duplicate" },
  register: { "zh-CN": "应聘登记", en: "Register an applicant" },
  registerAfterApproval: {
    "zh-CN": "用人需求经总经理审批后才开始登记应聘者。",
    en: "Applicants are registered once the general manager has approved the requisition."
  },
  onlyHrRegisters: {
    "zh-CN": "应聘登记由人力资源部办理；请切换为人力资源部人员。",
    en: "HR registers applicants; switch to an HR person under Role."
  },
  registered: { "zh-CN": "已登记应聘者 {name}。", en: "{name} registered." },
  registeredTwice: {
    "zh-CN": "已登记应聘者 {name}；此人此前已登记过，请合并重复记录。",
    en: "{name} registered; this person had registered before, so merge the duplicate."
  },
  candidateOf: { "zh-CN": "应聘者：{name}", en: "Candidate: {name}" },
  findings: { "zh-CN": "待确认的规则提示", en: "Findings awaiting confirmation" },

  blacklist: { "zh-CN": "黑名单", en: "Blacklist" },
  blacklistHint: {
    "zh-CN": "曾被本公司除名的人员。招聘只读取此名单；今后由人事管理维护。",
    en: "People this company dismissed before. Recruitment only reads the list; personnel will keep it later."
  },
  blacklistEmpty: { "zh-CN": "黑名单为空。", en: "The blacklist is empty." },
  blacklistEntry: {
    "zh-CN": "{name}（身份证号 {residentId}），{date} 除名",
    en: "{name} (resident ID {residentId}), dismissed on {date}"
  }
} as const satisfies Record<string, Messages.Text>
