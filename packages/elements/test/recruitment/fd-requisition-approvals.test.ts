import "../../src/define/fd-provider.js"
import "../../src/define/fd-requisition-approvals.js"
import type { Actor } from "@frontdesk/domain"
import { Requisition } from "@frontdesk/domain/recruitment"
import axe from "axe-core"
import { afterEach, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import type { FdCommands } from "../../src/common/fd-commands.js"
import type { FdProvider } from "../../src/common/fd-provider.js"
import type { FdTimeline } from "../../src/common/fd-timeline.js"
import type { FdForm } from "../../src/form/fd-form.js"
import { approvalSteps, type FdRequisitionApprovals } from "../../src/recruitment/fd-requisition-approvals.js"
import { cleanup, mount, settle } from "../common/fixtures.js"
import { gm, gmHead, head, hrHead, requisition, requisitionsDesk, unitHead } from "./requisitions-desk.js"

// 09:00 on Monday 2 March 2026 in Shanghai.
const start = "2026-03-02T01:00:00.000Z"

type Clock = ReturnType<typeof requisitionsDesk>

const page = async (lang: string, clock: Clock, actor: Actor.Actor, id = "rq-1") => {
  const provider = await mount<FdProvider>(`<fd-provider locale="${lang}">
    <fd-requisition-approvals requisition-id="${id}"></fd-requisition-approvals>
  </fd-provider>`)
  const el = provider.querySelector("fd-requisition-approvals")!
  provider.desk = clock.desk
  provider.actor = actor
  await settle(provider)
  await el.reload()
  await settle(el)
  return { provider, el }
}

const root = (el: FdRequisitionApprovals) => el.shadowRoot!
const text = (node: Element | null | undefined) =>
  (node?.shadowRoot ?? node)?.textContent?.replace(/\s+/g, " ").trim() ?? ""
const commands = (el: FdRequisitionApprovals) => root(el).querySelector<FdCommands>("fd-commands")!
const buttons = (el: FdRequisitionApprovals) =>
  [...commands(el).shadowRoot!.querySelectorAll<HTMLButtonElement>("[part=command]")].map((b) =>
    b.getAttribute("data-command")
  )
const command = (el: FdRequisitionApprovals, name: string) =>
  commands(el).shadowRoot!.querySelector<HTMLButtonElement>(`[data-command="${name}"]`)!
const commandForm = (el: FdRequisitionApprovals) => commands(el).shadowRoot!.querySelector<FdForm>("fd-form")!
const refusal = (el: FdRequisitionApprovals) => text(commands(el).shadowRoot!.querySelector("[part~=error]"))
const step = (el: FdRequisitionApprovals, name: string) =>
  root(el).querySelector(`[part~=step][data-step=${name}]`)!

/** Runs a command through the inner fd-commands, as a person would: its button, then its form. */
const run = async (
  el: FdRequisitionApprovals,
  name: string,
  fields: { readonly [name: string]: string } = {}
) => {
  await userEvent.click(command(el, name))
  await settle(el)
  const form = commandForm(el)
  for (const [field, value] of Object.entries(fields))
    await userEvent.fill(form.fieldElement(field)!.shadowRoot!.querySelector<HTMLElement>("#control")!, value)
  await form.submit()
  await settle(el)
  await el.reload()
  await settle(el)
}

/** A late requisition (raised 2 March for 20 March), signed, and reviewed the next day. */
const reviewed = async (by: Actor.Actor = head) => {
  const clock = requisitionsDesk(start)
  clock.at("2026-03-02T01:30:00.000Z")
  await requisition(clock.desk, "rq-1", { by, until: "submitted", fields: { wantedStart: "2026-03-20" } })
  clock.at("2026-03-03T02:00:00.000Z")
  await clock.desk.run(Requisition.workflow, "rq-1", "review", {}, hrHead)
  clock.at("2026-03-04T03:15:00.000Z")
  return clock
}

describe("fd-requisition-approvals", () => {
  afterEach(cleanup)

  for (const lang of ["zh-CN", "en"]) {
    it(`has no accessibility violations: facts, chain, commands with an open form, history (${lang})`, async () => {
      const { el } = await page(lang, await reviewed(), gm)
      expect((await axe.run(el)).violations).toEqual([])
      await userEvent.click(command(el, "approve"))
      await settle(el)
      expect(commandForm(el)).not.toBeNull()
      expect((await axe.run(el)).violations).toEqual([])
    })
  }

  it("shows the facts, the late flag in words and who signed and reviewed, and when", async () => {
    const { el } = await page("zh-CN", await reviewed(), gm)
    expect(text(root(el).querySelector("[part~=heading]"))).toBe("客服专员（客服部）")
    expect(text(root(el).querySelector("[part~=state]"))).toBe("状态：已审核")
    expect(text(root(el).querySelector("[part~=late]"))).toBe("⚠逾期申请")
    const facts = text(root(el).querySelector("[part~=facts]"))
    expect(facts).toContain("申请人 张伟")
    expect(facts).toContain("需求人数 2")
    expect(facts).toContain("逾期申请：应不晚于 2026-02-20 提出")
    expect(text(step(el, "sign"))).toMatch(/^✓ 用人部门主管签批 已完成 张伟，2026年3月2日 09:30$/)
    expect(text(step(el, "review"))).toMatch(/^✓ 审核（人力资源负责人） 已完成 王芳，2026年3月3日 10:00$/)
    expect(text(step(el, "approve"))).toBe("● 审批（总经理） 待办理")
    expect(step(el, "approve").getAttribute("data-status")).toBe("waiting")
  })

  it("names the unit head as reviewer of a department-head position", async () => {
    const clock = requisitionsDesk(start)
    await requisition(clock.desk, "rq-1", { until: "submitted", fields: { level: "departmentHead" } })
    const { el } = await page("en", clock, unitHead)
    expect(text(step(el, "review"))).toBe("● Review (unit head) waiting")
    expect(text(step(el, "approve"))).toBe("○ Approval (general manager) not reached")
    expect(buttons(el)).toEqual(["review", "sendBack"])
  })

  for (const [lang, note, refused] of [
    ["zh-CN", "此申请由您提出或签批，您不能审核、审批、退回或关闭它", "不能审批自己提出或签批的申请"],
    [
      "en",
      "You raised or signed this requisition, so you cannot review, approve, send back or close it",
      "You cannot approve a request you raised or signed"
    ]
  ] as const) {
    it(`refuses, inline, a general manager approving a requisition they raised (${lang})`, async () => {
      const clock = await reviewed(gmHead)
      const { el } = await page(lang, clock, gmHead)
      expect(text(root(el).querySelector("[part~=own-request]"))).toContain(note)
      await run(el, "approve", { note: "同意" })
      expect(refusal(el)).toContain(refused)
      expect((await axe.run(el)).violations).toEqual([])
      const stored = (await clock.desk.get<Requisition.Data>("requisitions", "rq-1"))!
      expect(stored.state).toBe("hrReviewed")
      expect(stored.data.approvedBy).toBeUndefined()
      expect(step(el, "approve").getAttribute("data-status")).toBe("waiting")
    })
  }

  it("approves through the desk: the chain and the history follow the stored record", async () => {
    const clock = await reviewed()
    const { el } = await page("en", clock, gm)
    expect(root(el).querySelector("[part~=own-request]")).toBeNull()
    await run(el, "approve", { note: "Agreed" })
    expect(refusal(el)).toBe("")
    const stored = (await clock.desk.get<Requisition.Data>("requisitions", "rq-1"))!
    expect(stored.state).toBe("approved")
    expect(stored.data.approvedBy).toBe(gm.id)
    expect(text(root(el).querySelector("[part~=state]"))).toBe("State: approved by general manager")
    expect(text(step(el, "approve"))).toMatch(
      /^✓ Approval \(general manager\) done 赵强, Mar 4, 2026,? 11:15$/
    )
    const timeline = root(el).querySelector<FdTimeline>("fd-timeline")!
    await timeline.load()
    const entries = [...timeline.shadowRoot!.querySelectorAll("[part=command]")].map((e) => e.textContent)
    expect(entries).toEqual(["create", "sign and submit", "pass review", "approve"])
    expect(text(timeline)).toContain("Agreed")
  })

  for (const [lang, required] of [
    ["zh-CN", /请填写|必填/],
    ["en", /required|enter/i]
  ] as const) {
    it(`asks for the reason inline before sending back, and the chain starts again (${lang})`, async () => {
      const clock = requisitionsDesk(start)
      await requisition(clock.desk, "rq-1", { until: "submitted" })
      const { el } = await page(lang, clock, hrHead)
      await userEvent.click(command(el, "sendBack"))
      await settle(el)
      await commandForm(el).submit()
      await settle(el)
      expect(text(commandForm(el))).toMatch(required)
      expect((await clock.desk.get("requisitions", "rq-1"))!.state).toBe("submitted")
      const form = commandForm(el)
      await userEvent.fill(
        form.fieldElement("reason")!.shadowRoot!.querySelector<HTMLElement>("#control")!,
        "职位说明书编号有误"
      )
      await form.submit()
      await settle(el)
      await el.reload()
      await settle(el)
      expect((await clock.desk.get("requisitions", "rq-1"))!.state).toBe("draft")
      expect(step(el, "sign").getAttribute("data-status")).toBe("waiting")
      expect(step(el, "review").getAttribute("data-status")).toBe("notReached")
    })
  }

  it("approves with the keyboard alone: Enter on the command, type the note, Enter submits", async () => {
    const clock = await reviewed()
    const { el } = await page("zh-CN", clock, gm)
    command(el, "approve").focus()
    await userEvent.keyboard("{Enter}")
    await settle(el)
    expect(command(el, "approve").getAttribute("aria-expanded")).toBe("true")
    const note = commandForm(el).fieldElement("note")!.shadowRoot!.querySelector<HTMLElement>("#control")!
    note.focus()
    await userEvent.keyboard("同意招聘")
    // The note is a multi-line field, so the form is submitted from its button.
    commandForm(el).shadowRoot!.querySelector<HTMLButtonElement>("[part~=submit]")!.focus()
    await userEvent.keyboard("{Enter}")
    await settle(el)
    await el.reload()
    await settle(el)
    const stored = (await clock.desk.get<Requisition.Data>("requisitions", "rq-1"))!
    expect(stored.state).toBe("approved")
    expect((await clock.desk.history("requisitions", "rq-1")).at(-1)?.note).toBe("同意招聘")
    expect(step(el, "approve").getAttribute("data-status")).toBe("done")
  })

  it("asks the host to open the draft for editing, for its department head", async () => {
    const clock = requisitionsDesk(start)
    await requisition(clock.desk, "rq-1", { until: "draft" })
    const { el } = await page("en", clock, head)
    const asked: Array<string> = []
    el.addEventListener("fd-requisition-edit", (e) => asked.push(e.detail.record.id))
    expect(buttons(el)).toEqual(["submit", "cancel"])
    await userEvent.click(root(el).querySelector<HTMLButtonElement>("[part~=edit]")!)
    expect(asked).toEqual(["rq-1"])
  })

  it("stops the chain when HR closes the requisition by an internal transfer", async () => {
    const clock = await reviewed()
    await clock.desk.run(
      Requisition.workflow,
      "rq-1",
      "closeByTransfer",
      { reason: "由呼叫中心调岗补充" },
      hrHead
    )
    const record = (await clock.desk.get<Requisition.Data>("requisitions", "rq-1"))!
    const steps = approvalSteps(
      record,
      await clock.desk.history("requisitions", "rq-1"),
      Requisition.defaultApprovalChain
    )
    expect(steps.map((s) => [s.step, s.status, s.entry?.actor.name])).toEqual([
      ["sign", "done", "张伟"],
      ["review", "done", "王芳"],
      ["approve", "stopped", undefined]
    ])
    const { el } = await page("en", clock, hrHead)
    expect(text(step(el, "approve"))).toBe("✕ Approval (general manager) stopped")
    expect(text(root(el).querySelector("[part~=facts]"))).toContain("Why it was closed 由呼叫中心调岗补充")
  })

  it("says so when there is no such requisition", async () => {
    const { el } = await page("en", requisitionsDesk(start), gm, "rq-404")
    expect(text(root(el).querySelector("[part~=notice]"))).toBe("There is no requisition rq-404")
  })
})
