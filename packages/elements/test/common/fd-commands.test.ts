import "../../src/define/fd-provider.js"
import "../../src/define/fd-commands.js"
import { Rules } from "@frontdesk/domain"
import axe from "axe-core"
import { afterEach, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import type { CommandEventDetail, FdCommands } from "../../src/common/fd-commands.js"
import type { FdProvider } from "../../src/common/fd-provider.js"
import { callback, openRecord, specialist, supervisor } from "./callback-workflow.js"
import { FakeDesk } from "./fake-desk.js"
import { cleanup, mount, settle } from "./fixtures.js"

const setup = async (lang: string, actor = specialist) => {
  const desk = new FakeDesk()
  desk.put("callbacks", openRecord())
  const provider = await mount<FdProvider>(
    `<fd-provider><div lang="${lang}"><fd-commands record-id="cb-1"></fd-commands></div></fd-provider>`
  )
  provider.desk = desk
  provider.actor = actor
  const el = provider.querySelector("fd-commands")!
  el.workflow = callback
  await settle(provider)
  await el.reload()
  return { desk, provider, el }
}

const buttons = (el: FdCommands) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>("[part=command]")].map((b) => b.textContent!.trim())
const button = (el: FdCommands, name: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-command="${name}"]`)!
const alertText = (el: FdCommands) => el.shadowRoot!.querySelector("[role=alert]")!.textContent!.trim()

describe("fd-commands", () => {
  afterEach(cleanup)

  it("has no accessibility violations, closed and with a form open", async () => {
    const { el } = await setup("zh-CN")
    expect((await axe.run(el)).violations).toEqual([])
    button(el, "complete").click()
    await settle(el)
    expect((await axe.run(el)).violations).toEqual([])
  })

  it("offers only the commands the actor's role may run in the record's state", async () => {
    const asSpecialist = await setup("zh-CN", specialist)
    expect(buttons(asSpecialist.el)).toEqual(["完成"])
    cleanup()
    const asSupervisor = await setup("en", supervisor)
    expect(buttons(asSupervisor.el)).toEqual(["cancel"])
  })

  it("follows the provider's actor when it changes", async () => {
    const { provider, el } = await setup("en", specialist)
    expect(buttons(el)).toEqual(["complete"])
    provider.actor = supervisor
    await settle(provider)
    expect(buttons(el)).toEqual(["cancel"])
  })

  it("says so when nothing is available", async () => {
    const { el } = await setup("en", { id: "u-9", name: "Guest", roles: [] })
    expect(el.shadowRoot!.querySelector("[part=empty]")!.textContent).toBe("No actions are available now")
  })

  it("runs a command without input on click, re-renders from the stored record and emits fd-command", async () => {
    const { desk, el } = await setup("en", supervisor)
    const events: Array<CommandEventDetail> = []
    el.addEventListener("fd-command", (event) =>
      events.push((event as CustomEvent<CommandEventDetail>).detail)
    )
    button(el, "cancel").click()
    await expect.poll(() => events.length).toBe(1)
    expect(events[0]!.command).toBe("cancel")
    expect(events[0]!.record.state).toBe("closed")
    expect(desk.calls.map((c) => [c.command, c.actor.id])).toEqual([["cancel", "u-2"]])
    expect(el.record?.version).toBe(2)
    await settle(el)
    expect(el.shadowRoot!.querySelector("[part=empty]")).not.toBeNull()
  })

  it("passes its context to the desk with each command, for the guards to look up", async () => {
    const { desk, el } = await setup("en", supervisor)
    el.context = { blacklist: ["110101199003071234"] }
    button(el, "cancel").click()
    await expect.poll(() => desk.calls.length).toBe(1)
    expect(desk.calls[0]!.context).toEqual({ blacklist: ["110101199003071234"] })
  })

  it("opens an inline form for a command with input and runs it on submit", async () => {
    const { desk, el } = await setup("zh-CN", specialist)
    const trigger = button(el, "complete")
    expect(trigger.getAttribute("aria-expanded")).toBe("false")
    trigger.click()
    await settle(el)
    expect(trigger.getAttribute("aria-expanded")).toBe("true")
    const form = el.shadowRoot!.querySelector<HTMLFormElement>("form[part=form]")!
    expect(form.querySelector("legend")!.textContent).toBe("完成")
    expect(form.querySelector("label")!.textContent).toContain("记录进展")
    form.querySelector("textarea")!.value = "客户满意"
    form.requestSubmit()
    await expect.poll(() => el.record?.state).toBe("completed")
    expect(desk.calls[0]!.input).toEqual({ outcome: "客户满意" })
    expect(el.shadowRoot!.querySelector("form")).toBeNull()
  })

  it("shows the input refusal inline in Chinese, and in English when the language changes", async () => {
    const { el } = await setup("zh-CN", specialist)
    button(el, "complete").click()
    await settle(el)
    el.shadowRoot!.querySelector<HTMLFormElement>("form")!.requestSubmit()
    await expect.poll(() => alertText(el)).toBe("outcome: 此项必填")
    el.parentElement!.lang = "en"
    await settle(el)
    expect(alertText(el)).toBe("outcome: This field is required")
    expect(el.record?.state).toBe("open")
  })

  it("shows a state refusal when the record changed since it was shown", async () => {
    const { desk, el } = await setup("zh-CN", supervisor)
    // Another desk completed the callback; this element still shows the open record.
    desk.put("callbacks", { ...openRecord(), version: 2, state: "closed" })
    button(el, "cancel").click()
    await expect.poll(() => alertText(el)).toContain("当前状态「已关闭」下不能执行「取消」")
    el.parentElement!.lang = "en"
    await settle(el)
    expect(alertText(el)).toContain("“cancel” is not allowed while the record is “closed”")
  })

  it("shows every violated rule from a guard", async () => {
    const { desk, el } = await setup("en", supervisor)
    desk.failNext = new Rules.RuleViolated({
      violations: [
        { code: "callback.reason", message: { code: "field.text.empty" }, path: ["reason"] },
        { code: "callback.attempts", message: { code: "input.invalid" } }
      ]
    })
    button(el, "cancel").click()
    await expect.poll(() => el.shadowRoot!.querySelectorAll("[role=alert] p").length).toBe(2)
    expect(alertText(el)).toContain("reason: Must not be empty")
  })

  it("reloads the stored record after a conflict and says so", async () => {
    const { desk, el } = await setup("en", supervisor)
    desk.put("callbacks", { ...openRecord(), version: 5, state: "completed" })
    desk.failNext = {
      _tag: "Conflict",
      collection: "callbacks",
      id: "cb-1",
      expectedVersion: 1,
      actualVersion: 5
    }
    button(el, "cancel").click()
    await expect.poll(() => el.record?.version).toBe(5)
    expect(alertText(el)).toContain("Someone else changed this record")
  })

  it("shows a store error in the store's own words, as a store bundled apart renders it", async () => {
    const { desk, el } = await setup("en", supervisor)
    // A store from another bundle registered its texts in its own catalogue, not in these elements'.
    desk.failNext = {
      _tag: "QuotaExceeded",
      toMessage: () => ({ code: "storage.quotaExceeded" }),
      text: (locale: string) => (locale === "en" ? "The other bundle's store is full" : "另一个包的存储已满")
    }
    button(el, "cancel").click()
    await expect.poll(() => alertText(el)).toContain("The other bundle's store is full")
  })

  it("follows changes the desk reports for its record", async () => {
    const { desk, el } = await setup("en", specialist)
    await desk.run(callback, "cb-1", "complete", { outcome: "ok" }, specialist)
    await expect.poll(() => el.record?.state).toBe("completed")
    await settle(el)
    expect(el.shadowRoot!.querySelector("[part=empty]")).not.toBeNull()
  })
})

describe("fd-commands when the record moves on while a form is open", () => {
  afterEach(cleanup)

  it("closes the stale form and shows the refusal, in the page's language", async () => {
    const { desk, el } = await setup("zh-CN", specialist)
    button(el, "complete").click()
    await settle(el)
    el.shadowRoot!.querySelector("textarea")!.value = "客户满意"
    // Another tab completes the callback; this one hears of it through the desk.
    await desk.run(callback, "cb-1", "complete", { outcome: "已回访" }, specialist)
    await expect.poll(() => el.record?.state).toBe("completed")
    await settle(el)
    expect(el.shadowRoot!.querySelector("[part=form]")).toBeNull()
    expect(alertText(el)).toContain("当前状态「已完成」下不能执行「完成」")
    expect((await axe.run(el)).violations).toEqual([])
    el.parentElement!.lang = "en"
    await settle(el)
    expect(alertText(el)).toContain("“complete” is not allowed while the record is “completed”")
    expect((await axe.run(el)).violations).toEqual([])
  })

  it("keeps the form open when another change leaves the command allowed", async () => {
    const { desk, el } = await setup("zh-CN", specialist)
    button(el, "complete").click()
    await settle(el)
    desk.put("callbacks", { ...openRecord(), version: 2 })
    await el.reload()
    await settle(el)
    expect(el.shadowRoot!.querySelector("[part=form]")).not.toBeNull()
    expect(alertText(el)).toBe("")
  })
})

describe("fd-commands with fd-form", () => {
  afterEach(cleanup)

  it("runs a command with input once for a double click on its form's submit while the desk works", async () => {
    await import("../../src/define/fd-form.js")
    const { el, desk } = await setup("zh-CN", specialist)
    // The desk answers only when the test says so, as a store across a slow disk or network does.
    let answer!: () => void
    const answered = new Promise<void>((resolve) => {
      answer = resolve
    })
    const run = desk.run.bind(desk)
    desk.run = async (...args: Parameters<FakeDesk["run"]>) => {
      desk.calls.push({ command: `asked:${args[2]}`, input: args[3], actor: args[4] })
      await answered
      return run(...args)
    }
    button(el, "complete").click()
    await settle(el)
    const form = el.shadowRoot!.querySelector("fd-form")!
    await settle(form)
    await userEvent.fill(form.fieldElement("outcome")!.shadowRoot!.querySelector("textarea")!, "客户满意")
    const submit = form.shadowRoot!.querySelector<HTMLButtonElement>("[part~=submit]")!
    // A busy button is aria-disabled, which Playwright would wait out; a person can still click it.
    await userEvent.dblClick(submit, { force: true })
    await settle(el)
    answer()
    await expect.poll(() => el.record?.state).toBe("completed")
    expect(desk.calls.map((c) => c.command)).toEqual(["asked:complete", "complete"])
  })
})
