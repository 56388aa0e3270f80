// End to end through the demo's recruitment section, as a person's clicks would go: the seeded
// requisitions and candidates, then one new requisition taken through its approvals, a plan, and
// a candidate from registration to a confirmed employee — switching roles as the procedure
// requires, with the refusals the rules call for — and an accessibility check in both languages.
import type { Locator, Page } from "playwright"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { axeViolations, type Demo, startDemo } from "./support.js"

let demo: Demo

/** Monday 1 June 2026, 09:30 in Shanghai. */
const monday = "2026-06-01T09:30:00+08:00"

beforeAll(async () => {
  demo = await startDemo("frontdesk-demo-rec")
}, 180_000)

afterAll(() => demo?.close())

/** Opens the section at the demo time `now`, in a fresh browser profile (so it is seeded anew). */
const open = async (now: string, path = "") => {
  const context = await demo.browser.newContext({ timezoneId: "Asia/Shanghai" })
  const page = await context.newPage()
  const errors: Array<string> = []
  page.on("pageerror", (error) => errors.push(error.message))
  await page.goto(`${demo.url}?now=${encodeURIComponent(now)}#/recruitment${path}`)
  await page.getByRole("heading", { name: "招聘规则" }).waitFor()
  return { context, page, errors }
}

/** Acts as the person with this id, through the role switcher. */
const actAs = async (page: Page, id: string) => {
  await page.getByLabel("当前身份").selectOption(id)
}

/**
 * Runs a command from the buttons in `scope`: clicks the command and, unless it takes no input,
 * fills what `fill` says in the inline form and sends it with the command's own button. A form
 * left open by an earlier refusal is used as it is.
 */
const command = async (
  scope: Locator,
  name: string,
  fill?: ((form: Locator) => Promise<void>) | "no input"
) => {
  const button = scope.page().getByRole("button", { name, exact: true })
  const form = scope.locator("fd-form").filter({ has: button })
  if (!(await form.first().isVisible()))
    await scope.getByRole("button", { name, exact: true }).first().click()
  if (fill === "no input") return
  await form.first().waitFor()
  if (fill !== undefined) await fill(form.first())
  await form.first().getByRole("button", { name, exact: true }).click()
}

describe("recruitment in the browser demo", () => {
  it("seeds requisitions in every approval state, one flagged late, and candidates across the stages", async () => {
    const { context, page, errors } = await open(monday)
    const list = page.getByRole("region", { name: "用人需求" })
    await list.getByRole("button", { name: /客服专员/ }).waitFor()
    await expect.poll(() => list.locator("[data-late]").count()).toBe(1)
    await list.getByRole("button", { name: /客服专员/ }).click()
    const candidates = page.getByRole("region", { name: /应聘者：客服专员/ })
    await candidates.getByRole("button", { name: /孙\*/ }).waitFor()
    // The same person registered twice is flagged on both registrations.
    await expect.poll(() => candidates.getByRole("cell", { name: "疑似重复", exact: true }).count()).toBe(2)

    // The hire of two months ago is on probation; its end, a month away, is a deadline on track.
    await candidates.getByRole("button", { name: /孙\*/ }).click()
    const review = page.getByRole("region", { name: "应聘者：孙*" }).locator("fd-probation-review")
    await review.getByText("试用中").first().waitFor()
    await expect.poll(() => review.locator("fd-deadline-badge").getAttribute("status")).toBe("on-track")
    expect(errors).toEqual([])
    await context.close()
  })

  it("takes a requisition from the department head to a confirmed employee, switching roles as the procedure requires", async () => {
    const { context, page, errors } = await open(monday)
    const requisitions = page.getByRole("region", { name: "用人需求" })

    // The department head raises the requisition; it is on time (the start date is 6 weeks away).
    await actAs(page, "u-rec-zhou")
    const form = requisitions.locator("fd-requisition-form")
    await form.getByLabel("申请原因").selectOption("moreWork")
    await form.getByLabel("用人部门").fill("客户服务部")
    await form.getByLabel("岗位名称").fill("前台接待")
    await form.getByLabel("岗位类别").selectOption("frontLine")
    await form.getByLabel("岗位级别").selectOption("ordinary")
    await form.getByLabel("需求人数").fill("1")
    await form.getByLabel("职位说明书").fill("JD-QT-01 前台接待岗位说明书")
    await form.getByLabel("任职资格").fill("中专及以上学历，普通话标准")
    await form.getByLabel("岗位职责").fill("来访接待与登记")
    await form.getByLabel("期望到岗日期").fill("2026-07-15")
    await form.getByRole("button", { name: "保存申请" }).click()
    const detail = page.getByRole("region", { name: "用人需求：前台接待" })
    await detail.waitFor()

    // Signed and submitted by the department head.
    await command(detail, "签批并提交")
    await detail.getByText("部门负责人已签批").first().waitFor()

    // The unit head reviews only department-head-and-above positions: refused, in the domain's words.
    await actAs(page, "u-rec-song")
    await command(detail, "审核通过")
    await detail
      .getByText(/审核|审批/)
      .filter({ hasText: /不|无权/ })
      .first()
      .waitFor()

    // The HR head reviews, the general manager approves, HR starts recruiting.
    await actAs(page, "u-rec-guo")
    await command(detail, "审核通过")
    await detail.getByText("已审核").first().waitFor()
    await actAs(page, "u-rec-ma")
    await command(detail, "审批通过")
    await detail.getByText("总经理已审批").first().waitFor()
    await actAs(page, "u-rec-lin")
    await command(detail, "启动招聘")
    await detail.getByText("招聘中").first().waitFor()

    // HR drafts the recruitment plan: channels recommended for one person with modest
    // requirements, a month's preparation, and a budget within the annual one — so the HR head
    // approves it.
    const plan = detail.locator("fd-recruitment-plan")
    await plan.getByLabel("任职要求一般（普通技能即可）").check()
    await plan.getByRole("button", { name: "采用推荐渠道" }).click()
    await plan.getByLabel("录用标准").fill("中专及以上学历，普通话标准")
    await plan.getByLabel("招聘对象").fill("本市求职者")
    await plan.getByLabel("准备周期（天）").fill("30")
    await plan.getByLabel("年度招聘预算").fill("50000")
    await plan.getByRole("button", { name: "下一步" }).click()
    await plan.getByLabel("普通招聘会费用（元）").fill("800")
    await plan.getByRole("button", { name: "保存方案" }).click()
    await plan.getByText("招聘方案已保存").waitFor()
    await command(plan, "提交审批")
    await actAs(page, "u-rec-guo")
    await command(plan, "审批通过")
    await plan.getByText("已审批").first().waitFor()
    await actAs(page, "u-rec-lin")

    // HR registers an applicant who walked in.
    const pipeline = page.getByRole("region", { name: "应聘者：前台接待" })
    const registration = pipeline.locator("fd-form")
    await registration.getByLabel("姓名").fill("刘芳")
    await registration.getByLabel("手机号").fill("13811112222")
    // The resident ID shows masked until the field is focused.
    await registration.getByLabel("身份证号").focus()
    await registration.getByLabel("身份证号").fill("310104199903101350")
    await registration.getByLabel("招聘渠道").selectOption("walkIn")
    await registration.getByRole("button", { name: "提交" }).click()
    const candidate = page.getByRole("region", { name: "应聘者：刘*" })
    const stage = candidate.locator("[data-stage]")
    await candidate.waitFor()
    expect(await stage.textContent()).toBe("已登记")

    // Screening against the requisition's criteria — none of them prohibited — and the facts.
    const screening = candidate.locator("fd-screening-form")
    expect(await screening.getByRole("group", { name: "性别" }).count()).toBe(0)
    await screening.getByRole("group", { name: "学历" }).getByLabel("符合", { exact: true }).check()
    await screening.getByRole("group", { name: "工作经验" }).getByLabel("符合", { exact: true }).check()
    await screening.getByLabel("筛选结果").selectOption("pass")
    await screening.getByRole("button", { name: "提交筛选结果" }).click()
    await expect.poll(() => stage.textContent()).toBe("初选通过")
    await screening.getByLabel("资料真实性核查").selectOption("passed")
    await screening.getByLabel("原单位劳动合同").selectOption("terminated")
    await screening.getByRole("button", { name: "保存核查事实" }).click()

    // HR moves the card on the pipeline: invited to the first interview.
    const card = pipeline.locator("fd-candidate-pipeline").getByRole("article", { name: "刘*" })
    const moveTo = async (column: string) => {
      await card.getByRole("button", { name: "移至…" }).click()
      await card.getByRole("group").getByRole("button", { name: column, exact: true }).click()
    }
    await moveTo("初试")
    await expect.poll(() => stage.textContent()).toBe("初试")

    // A front-line position: the HR manager interviews, in one round.
    await actAs(page, "u-rec-he")
    const interview = candidate.locator("fd-interview-evaluation")
    for (const criterion of ["综合素质", "专业能力", "沟通表达", "经验匹配"])
      await interview.getByRole("group", { name: criterion }).getByLabel("4", { exact: true }).check()
    await interview.getByLabel("录用建议").selectOption("hire")
    await interview.getByLabel("评语").fill("接待礼仪好，表达清楚")
    await interview.getByRole("button", { name: "提交评价" }).click()
    await interview.getByRole("cell", { name: "接待礼仪好，表达清楚" }).waitFor()
    await actAs(page, "u-rec-lin")
    await moveTo("背景调查")
    await expect.poll(() => stage.textContent()).toBe("背景调查")
    await moveTo("录用审批")
    await expect.poll(() => stage.textContent()).toBe("录用审批")

    // The HR head drafts the offer. Two years' contract: a 3-month probation breaks Labour
    // Contract Law art. 19, said inline as it is typed; 2 months is the bound.
    await actAs(page, "u-rec-guo")
    const offer = candidate.locator("fd-offer")
    const terms = offer.getByRole("region", { name: "录用条件" })
    await terms.getByLabel("入职日期").fill("2026-07-15")
    await terms.getByLabel("月薪").fill("4800")
    await terms.getByLabel("期限类型").selectOption("fixed")
    await terms.getByLabel("合同期限（月）").fill("24")
    await terms.getByLabel("试用期（月）").fill("3")
    await terms.getByText("试用期 3 个月超过合同期限允许的 2 个月（《劳动合同法》第十九条）").waitFor()
    await terms.getByLabel("试用期（月）").fill("2")
    await terms.getByRole("button", { name: "保存录用条件" }).click()
    const approval = offer.getByRole("region", { name: "录用审批与录用通知" })
    await approval.getByText("等待总经理或人力资源负责人审批（拟定人不能审批）").waitFor()

    // Nobody approves their own request: the HR head drafted the terms, so may not approve them.
    await approval.getByRole("button", { name: "批准录用" }).click()
    await approval.getByText("不能审批自己提出或签批的申请").waitFor()

    // The general manager approves; HR sends the offer.
    await actAs(page, "u-rec-ma")
    await approval.getByRole("button", { name: "批准录用" }).click()
    await approval.getByText("录用已审批，可以发出录用通知").waitFor()
    await actAs(page, "u-rec-lin")
    await approval.getByRole("button", { name: "发出录用通知" }).click()
    await expect.poll(() => stage.textContent()).toBe("体检")

    // The medical examination says only fit or unfit for this position.
    // (The select is found by its name: its label points at the section heading, which has the same id.)
    await offer.locator("select[name=medical]").selectOption("fit")
    await offer.getByRole("button", { name: "保存体检结论" }).click()
    await offer.getByRole("button", { name: "开始办理入职" }).click()
    await expect.poll(() => stage.textContent()).toBe("入职办理")

    // Documents handed in and the onboarding checklist done, then the hire.
    for (const part of ["应聘资料", "入职事项"]) {
      const checklist = offer.getByRole("region", { name: part })
      for (const box of await checklist.getByRole("checkbox").all()) await box.check()
      await checklist.getByRole("button", { name: "保存" }).click()
      await checklist.getByText("已齐全").waitFor()
    }
    await offer.getByRole("button", { name: "录用并开始试用" }).click()
    await expect.poll(() => stage.textContent()).toBe("试用期")

    // HR starts the probation record from the offer's terms (two months, ending 14 September).
    const probation = candidate.locator("fd-probation-review")
    await probation.getByRole("button", { name: "建立", exact: true }).click()
    const step = async (name: string, fill?: (form: Locator) => Promise<void>) => {
      await probation.getByRole("button", { name, exact: true }).click()
      if (fill === undefined) return
      const form = probation.getByRole("form", { name })
      await fill(form)
      await form.getByRole("button", { name: "确定" }).click()
      await form.waitFor({ state: "detached" })
    }

    // The department manager sets the goals and coaches; HR records the self-assessment.
    await actAs(page, "u-rec-han")
    await step("制订试用目标", (form) =>
      form.getByLabel("试用目标（每行一项）").fill("独立完成来访登记\n熟悉园区各部门位置")
    )
    await step("记录指导面谈", (form) => form.getByLabel("指导与面谈记录").fill("登记规范，接待用语还需练习"))
    await actAs(page, "u-rec-lin")
    await step("提交总结自评", (form) =>
      form.getByLabel("试用期总结与自评").fill("已能独立接待来访，目标均已完成")
    )

    // The department manager assesses; the HR manager approves — never the assessor.
    await actAs(page, "u-rec-han")
    await step("试用期考评", async (form) => {
      await form.getByLabel("考评结果").selectOption("pass")
      await form.getByLabel("考评分数").fill("88")
      await form.getByLabel("考评意见").fill("达到试用目标，同意转正")
    })
    await actAs(page, "u-rec-he")
    await step("审批考评结果")
    await actAs(page, "u-rec-lin")
    await step("通知考评结果")
    await step("办理转正")

    // HR closes the application: the candidate is a confirmed employee.
    await probation.getByRole("button", { name: "办结应聘记录：已转正" }).click()
    await expect.poll(() => stage.textContent()).toBe("已转正")

    // The evaluation counts the hire, and the page is still accessible with every part filled in.
    // Its row: headcount, then applicants, screened, interviewed, offered and hired — one each.
    const row = page
      .locator("fd-recruitment-report")
      .getByRole("row", { name: /前台接待/ })
      .first()
    await expect
      .poll(async () => (await row.getByRole("cell").allTextContents()).slice(0, 6).map((c) => c.trim()))
      .toEqual(["1", "1", "1", "1", "1", "1"])
    expect(await axeViolations(page, "main")).toEqual([])
    await page.getByLabel("语言").selectOption("en")
    await page.getByRole("heading", { name: "Recruitment rules" }).waitFor()
    expect(await axeViolations(page, "main")).toEqual([])

    expect(errors).toEqual([])
    await context.close()
  })

  it("reports a blacklist finding and waits for the HR manager to confirm it; the rule rejects nobody", async () => {
    const { context, page, errors } = await open(monday, "/rq-001/ca-005")
    const candidate = page.getByRole("region", { name: "应聘者：赵*" })
    const screening = candidate.locator("fd-screening-form")
    const finding = screening.locator("[part~=finding]").filter({ hasText: "曾在本公司被除名（黑名单）" })

    // The HR specialist sees the finding with its standing, but only a manager may confirm it.
    await actAs(page, "u-rec-lin")
    await finding.getByText("待人工确认").waitFor()
    await finding.getByText("内部规定").waitFor()
    await screening.getByText("须由人力资源经理或人力资源总监确认或排除，之后才能继续录用。").waitFor()
    expect(await screening.getByRole("button", { name: "确认不予录用" }).count()).toBe(0)
    expect(await candidate.locator("[data-stage]").textContent()).toBe("初选通过")

    // The HR manager confirms it, with a note; the candidate is then not hired, and says why.
    await actAs(page, "u-rec-he")
    await screening.getByRole("checkbox", { name: /曾在本公司被除名/ }).check()
    await screening.getByLabel("确认说明").fill("经核对身份证号，系 2024 年除名人员")
    await screening.getByRole("button", { name: "确认不予录用" }).click()
    await expect.poll(() => candidate.locator("[data-stage]").textContent()).toBe("不予录用")
    await screening.getByText(/确认不予录用：经核对身份证号/).waitFor()
    expect(errors).toEqual([])
    await context.close()
  })

  it("has no accessibility violations in either language", async () => {
    const { context, page, errors } = await open(monday, "/rq-001/ca-005")
    await page.getByRole("heading", { name: /应聘者：赵\*/ }).waitFor()
    expect(await axeViolations(page, "main")).toEqual([])
    await page.getByLabel("语言").selectOption("en")
    await page.getByRole("heading", { name: "Recruitment rules" }).waitFor()
    expect(await axeViolations(page, "main")).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})
