import "../../src/define/fd-provider.js"
import "../../src/define/fd-callback-form.js"
import { Callback } from "@frontdesk/domain/customer-care"
import axe from "axe-core"
import { afterEach, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import type { CommandEventDetail } from "../../src/common/fd-commands.js"
import type { FdProvider } from "../../src/common/fd-provider.js"
import type { CallbackAction, FdCallbackForm } from "../../src/customer-care/fd-callback-form.js"
import type { FieldElement } from "../../src/fields/field-element.js"
import type { DeskLike } from "../../src/internal/context.js"
import { cleanup, mount, settle, textOf } from "../common/fixtures.js"
import { callback, careDesk, supervisor, wang } from "./care-desk.js"

// Tuesday 3 March 2026, 10:00 in Shanghai: inside the default contact hours.
const morning = "2026-03-03T02:00:00.000Z"
// The same day at 22:00 in Shanghai: quiet hours.
const night = "2026-03-03T14:00:00.000Z"

/** A callback form for cb-1 on `desk`, as a page opened (or reloaded) on it would show it. */
const open = async (desk: DeskLike, lang: string, actor = wang, clockAt = morning) => {
  const provider = await mount<FdProvider>(
    `<fd-provider><div lang="${lang}"><fd-callback-form record-id="cb-1"></fd-callback-form></div></fd-provider>`
  )
  const el = provider.querySelector("fd-callback-form")!
  el.now = new Date(clockAt)
  provider.desk = desk
  provider.actor = actor
  await settle(provider)
  await el.reload()
  await settle(provider)
  return { provider, el }
}

const setup = async (lang: string, actor = wang, clockAt = morning) => {
  const clock = careDesk("2026-03-02T02:00:00.000Z")
  await callback(clock.desk, "cb-1", { assignee: "u-1", customerName: "张伟", phone: "13812345678" })
  clock.at(clockAt)
  return { ...clock, ...(await open(clock.desk, lang, actor, clockAt)) }
}

const control = (el: FdCallbackForm, action: CallbackAction, name: string) =>
  el.shadowRoot!.querySelector<FieldElement>(`form[data-action=${action}] [data-field=${name}]`)!
const inner = (field: FieldElement) =>
  field.shadowRoot!.querySelector<HTMLInputElement>("select, textarea, input")!
const choose = async (el: FdCallbackForm, action: CallbackAction, name: string, value: string) => {
  await userEvent.selectOptions(inner(control(el, action, name)), value)
  await settle(el)
}
const type = async (el: FdCallbackForm, action: CallbackAction, name: string, value: string) => {
  await userEvent.fill(inner(control(el, action, name)), value)
  await settle(el)
}
const show = async (el: FdCallbackForm, action: CallbackAction) => {
  el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~=action][data-action=${action}]`)!.click()
  await settle(el)
}
const submit = async (el: FdCallbackForm, action: CallbackAction) => {
  el.shadowRoot!.querySelector<HTMLButtonElement>(`form[data-action=${action}] [part~=submit]`)!.click()
  await settle(el)
  await settle(el)
}
const alertOf = (el: FdCallbackForm, action: CallbackAction) =>
  textOf(el.shadowRoot!.querySelector(`form[data-action=${action}] [role=alert]`))

describe("fd-callback-form", () => {
  afterEach(cleanup)

  it("has no accessibility violations in Chinese and in English, with each action shown", async () => {
    for (const lang of ["zh-CN", "en"]) {
      const { el } = await setup(lang, supervisor)
      expect((await axe.run(el)).violations).toEqual([])
      await choose(el, "complete", "satisfaction", "average")
      expect((await axe.run(el)).violations).toEqual([])
      await show(el, "logAttempt")
      expect((await axe.run(el)).violations).toEqual([])
      cleanup()
    }
  })

  it("offers the actions the acting person may take: a specialist cannot close as unreachable", async () => {
    const { el } = await setup("en")
    const offered = [...el.shadowRoot!.querySelectorAll<HTMLElement>("[part~=action]")].map(
      (b) => b.dataset.action
    )
    expect(offered).toEqual(["complete", "logAttempt", "agreeTime"])
  })

  it("shows the phone number masked until asked for", async () => {
    const { el } = await setup("zh-CN")
    const phone = el.shadowRoot!.querySelector("[part~=phone]")!
    expect(phone.textContent).toBe("138****5678")
    expect(textOf(el)).not.toContain("13812345678")
    el.shadowRoot!.querySelector<HTMLButtonElement>("[part~=summary] button")!.click()
    await settle(el)
    expect(phone.textContent).toBe("13812345678")
  })

  it("satisfaction decides the branch: satisfied asks for suggestions and closes with thanks and wishes", async () => {
    const { el } = await setup("zh-CN")
    expect(control(el, "complete", "suggestions").hidden).toBe(true)
    expect(control(el, "complete", "improvements").hidden).toBe(true)
    await choose(el, "complete", "satisfaction", "satisfied")
    expect(control(el, "complete", "suggestions").hidden).toBe(false)
    expect(control(el, "complete", "improvements").hidden).toBe(true)
    expect(textOf(el.shadowRoot!.querySelector("[part~=closing]"))).toBe("结束语：感谢客户并致以祝福")
  })

  it("unsatisfied or average asks what to improve, requires it, and closes admitting the shortfall", async () => {
    const { el, desk } = await setup("en")
    await choose(el, "complete", "outcome", "issueRaised")
    await choose(el, "complete", "satisfaction", "satisfied")
    await type(el, "complete", "suggestions", "more evening slots")
    await choose(el, "complete", "satisfaction", "unsatisfied")
    expect(control(el, "complete", "suggestions").hidden).toBe(true)
    expect(control(el, "complete", "improvements").hidden).toBe(false)
    expect(textOf(el.shadowRoot!.querySelector("[part~=closing]"))).toBe(
      "Closing: Thank the customer, admit the shortfall and promise improvement"
    )
    await type(el, "complete", "notes", "technician came late")
    await submit(el, "complete")
    // Refused before reaching the desk, under the field, and nothing typed is lost.
    expect(control(el, "complete", "improvements").issue?.code).toBe(
      "customerCare.record.improvementsRequired"
    )
    expect(textOf(control(el, "complete", "improvements"))).toContain("When the customer is not satisfied")
    expect(control(el, "complete", "notes").value).toBe("technician came late")
    expect((await desk.get("callbacks", "cb-1"))?.state).toBe("scheduled")
    // Switching back shows the suggestions typed before.
    await choose(el, "complete", "satisfaction", "satisfied")
    expect(control(el, "complete", "suggestions").value).toBe("more evening slots")
    await choose(el, "complete", "satisfaction", "average")
    await type(el, "complete", "improvements", "be on time")
    const events: Array<CommandEventDetail> = []
    el.addEventListener("fd-command", (e) => events.push((e as CustomEvent<CommandEventDetail>).detail))
    await submit(el, "complete")
    await expect.poll(() => events.length).toBe(1)
    const stored = (await desk.get<Callback.Callback>("callbacks", "cb-1"))!
    expect(stored.state).toBe("completed")
    expect(stored.data.record).toMatchObject({
      satisfaction: "average",
      improvements: "be on time",
      closing: "apologyAndPromise",
      method: "phone",
      outcome: "issueRaised"
    })
    expect(stored.data.record).not.toHaveProperty("suggestions")
    expect(textOf(el)).toContain("This callback is finished")
    expect(textOf(el.shadowRoot!.querySelector("[part~=summary]"))).toContain(
      "average — Thank the customer, admit the shortfall and promise improvement"
    )
  })

  it("refuses a call logged in quiet hours inline with the reason, in Chinese, keeping what was typed", async () => {
    const { el, desk } = await setup("zh-CN", wang, night)
    await show(el, "logAttempt")
    await choose(el, "logAttempt", "result", "noAnswer")
    await type(el, "logAttempt", "note", "晚上打过去")
    await submit(el, "logAttempt")
    const alert = alertOf(el, "logAttempt")
    expect(alert).toContain("回访时间在客户的免打扰时段，不能记录；下一个可联系时段从 2026-03-04 09:00 开始")
    expect(alert).toContain("须由客服主管填写例外原因")
    expect(control(el, "logAttempt", "result").value).toBe("noAnswer")
    expect(control(el, "logAttempt", "note").value).toBe("晚上打过去")
    expect((await desk.get<Callback.Callback>("callbacks", "cb-1"))!.data.attempts).toEqual([])
    // A specialist has no field for an override reason.
    expect(control(el, "logAttempt", "overrideReason")).toBeNull()
  })

  it("refuses a call time given in quiet hours in English too, and logs it inside a contact window", async () => {
    const { el, desk } = await setup("en", wang, "2026-03-03T07:00:00.000Z")
    await show(el, "logAttempt")
    await choose(el, "logAttempt", "result", "busy")
    await type(el, "logAttempt", "at", "2026-03-03T12:30")
    await submit(el, "logAttempt")
    expect(alertOf(el, "logAttempt")).toContain(
      "The time of the call is in the customer's quiet hours and cannot be logged; the next contact hours start at 2026-03-03 14:00"
    )
    await type(el, "logAttempt", "at", "2026-03-03T11:30")
    await submit(el, "logAttempt")
    await expect
      .poll(async () => (await desk.get<Callback.Callback>("callbacks", "cb-1"))!.state)
      .toBe("attempted")
    await settle(el)
    expect(alertOf(el, "logAttempt")).toBe("")
    expect(textOf(el.shadowRoot!.querySelector("[part~=saved]"))).toBe("The attempt was logged")
    expect(textOf(el)).toContain("1 attempts so far")
    expect(textOf(el)).toContain("busy (phone)")
    // The form is empty again for the next attempt, the callback's method chosen again.
    expect(control(el, "logAttempt", "result").value).toBe("")
    expect(control(el, "logAttempt", "method").value).toBe("phone")
  })

  it("works from the keyboard: an action chosen with Enter, the form sent with Enter in a field", async () => {
    const { el } = await setup("en", wang, night)
    el.shadowRoot!.querySelector<HTMLButtonElement>("[part~=action][data-action=logAttempt]")!.focus()
    await userEvent.keyboard("{Enter}")
    await settle(el)
    expect(
      el.shadowRoot!.querySelector("[data-action=logAttempt][part~=action]")!.getAttribute("aria-pressed")
    ).toBe("true")
    await choose(el, "logAttempt", "result", "busy")
    inner(control(el, "logAttempt", "at")).focus()
    await userEvent.keyboard("{Enter}")
    await expect.poll(() => alertOf(el, "logAttempt")).toContain("quiet hours")
  })

  it("lets a supervisor log a call in quiet hours with an override reason", async () => {
    const { el, desk } = await setup("zh-CN", supervisor, night)
    await show(el, "logAttempt")
    await choose(el, "logAttempt", "result", "noAnswer")
    await submit(el, "logAttempt")
    expect(alertOf(el, "logAttempt")).toContain("请填写免打扰时段例外原因")
    await type(el, "logAttempt", "overrideReason", "客户白天不便，要求晚上联系")
    await submit(el, "logAttempt")
    await expect
      .poll(async () => (await desk.get<Callback.Callback>("callbacks", "cb-1"))!.data.attempts[0]?.override)
      .toBe("客户白天不便，要求晚上联系")
  })

  it("shows a missing required field under it in both languages before anything runs", async () => {
    const { el, desk } = await setup("zh-CN")
    await show(el, "logAttempt")
    await submit(el, "logAttempt")
    const result = control(el, "logAttempt", "result")
    expect(result.issue).toBeDefined()
    const zh = textOf(result)
    el.closest("div")!.setAttribute("lang", "en")
    await settle(el)
    expect(textOf(result)).not.toBe(zh)
    expect((await desk.get<Callback.Callback>("callbacks", "cb-1"))!.data.attempts).toEqual([])
  })

  it("starts empty for the next callback chosen, and keeps each action's fields while another is shown", async () => {
    const { el, desk } = await setup("en")
    await callback(desk, "cb-2", { assignee: "u-1", customerName: "刘洋", phone: "13900001111" })
    await type(el, "complete", "notes", "half typed")
    await show(el, "logAttempt")
    await show(el, "complete")
    expect(control(el, "complete", "notes").value).toBe("half typed")
    el.recordId = "cb-2"
    await el.reload()
    await settle(el)
    expect(textOf(el)).toContain("Callback: 刘洋")
    expect(control(el, "complete", "notes").value).toBe("")
  })

  it("records a time agreed with the customer", async () => {
    const { el, desk } = await setup("zh-CN")
    await show(el, "agreeTime")
    await type(el, "agreeTime", "agreedAt", "2026-03-04T15:00")
    await submit(el, "agreeTime")
    await expect
      .poll(async () => (await desk.get<Callback.Callback>("callbacks", "cb-1"))!.data.agreedAt)
      .toBe("2026-03-04T07:00:00.000Z")
    await settle(el)
    expect(textOf(el)).toContain("约定时间：")
  })

  it("closes as unreachable for a supervisor only after the policy's number of attempts", async () => {
    const { el, desk, at } = await setup("en", supervisor)
    for (const time of ["2026-03-02T02:30:00.000Z", "2026-03-02T03:30:00.000Z"]) {
      at(time)
      await desk.run(Callback.workflow, "cb-1", "logAttempt", { method: "phone", result: "noAnswer" }, wang)
    }
    at(morning)
    await el.reload()
    await show(el, "closeUnreachable")
    await type(el, "closeUnreachable", "reason", "no answer three times")
    await submit(el, "closeUnreachable")
    expect(alertOf(el, "closeUnreachable")).toContain(
      "2 attempts so far; closing as unreachable needs at least 3"
    )
    expect(control(el, "closeUnreachable", "reason").value).toBe("no answer three times")
    at("2026-03-02T06:30:00.000Z")
    await desk.run(Callback.workflow, "cb-1", "logAttempt", { method: "phone", result: "busy" }, wang)
    at(morning)
    await settle(el)
    await submit(el, "closeUnreachable")
    await expect.poll(async () => (await desk.get("callbacks", "cb-1"))!.state).toBe("unreachableClosed")
  })

  describe("drafts", () => {
    const completeKey = "callback:cb-1:complete"

    /** The complete form half written: an average satisfaction, what to improve and a note. */
    const halfWrite = async (el: FdCallbackForm) => {
      await choose(el, "complete", "outcome", "issueRaised")
      await choose(el, "complete", "satisfaction", "average")
      await type(el, "complete", "improvements", "be on time")
      await type(el, "complete", "notes", "technician came late")
    }

    it("brings back what was typed in complete after a reload, the improvements field shown", async () => {
      const { el, desk } = await setup("en")
      el.draftDelay = 60_000
      await halfWrite(el)
      // The page goes away long before the typing pause is over; what was typed is saved all the same.
      cleanup()
      await expect.poll(() => desk.drafts.load(completeKey)).toBeDefined()
      const { el: again } = await open(desk, "en")
      await expect.poll(() => control(again, "complete", "notes").value).toBe("technician came late")
      await settle(again)
      expect(control(again, "complete", "outcome").value).toBe("issueRaised")
      expect(control(again, "complete", "satisfaction").value).toBe("average")
      expect(control(again, "complete", "improvements").hidden).toBe(false)
      expect(control(again, "complete", "improvements").value).toBe("be on time")
      expect(control(again, "complete", "suggestions").hidden).toBe(true)
      expect(textOf(again.shadowRoot!.querySelector("[part~=closing]"))).toBe(
        "Closing: Thank the customer, admit the shortfall and promise improvement"
      )
    })

    it("saves a draft once typing pauses, under the draft-key prefix, the record and the action", async () => {
      const { el, desk } = await setup("en")
      el.draftKey = "desk-2"
      el.draftDelay = 10
      await show(el, "logAttempt")
      await choose(el, "logAttempt", "result", "busy")
      await type(el, "logAttempt", "note", "line engaged")
      await expect
        .poll(() => desk.drafts.load("desk-2:cb-1:logAttempt"))
        .toMatchObject({ values: { result: "busy", note: "line engaged", method: "phone" } })
      expect(await desk.drafts.load("callback:cb-1:logAttempt")).toBeUndefined()
      expect(await desk.drafts.load("desk-2:cb-1:complete")).toBeUndefined()
    })

    it("clears the draft when the command succeeds, and a reload then starts empty", async () => {
      const { el, desk } = await setup("en")
      el.draftDelay = 10
      await halfWrite(el)
      await expect.poll(() => desk.drafts.load(completeKey)).toBeDefined()
      await submit(el, "complete")
      await expect.poll(async () => (await desk.get("callbacks", "cb-1"))?.state).toBe("completed")
      await expect.poll(() => desk.drafts.load(completeKey)).toBeUndefined()
      cleanup()
      const { el: again } = await open(desk, "en")
      expect(textOf(again)).toContain("This callback is finished")
      expect(await desk.drafts.load(completeKey)).toBeUndefined()
    })

    it("clears only the draft of the command that succeeded while the callback goes on", async () => {
      const { el, desk } = await setup("en")
      el.draftDelay = 10
      await halfWrite(el)
      await show(el, "logAttempt")
      await choose(el, "logAttempt", "result", "busy")
      await type(el, "logAttempt", "note", "line engaged")
      await expect.poll(() => desk.drafts.load("callback:cb-1:logAttempt")).toBeDefined()
      await submit(el, "logAttempt")
      await expect.poll(async () => (await desk.get("callbacks", "cb-1"))?.state).toBe("attempted")
      await expect.poll(() => desk.drafts.load("callback:cb-1:logAttempt")).toBeUndefined()
      expect(await desk.drafts.load(completeKey)).toMatchObject({ values: { notes: "technician came late" } })
    })

    it("keeps a restored field that is emptied empty in the next draft", async () => {
      const { desk } = careDesk("2026-03-02T02:00:00.000Z")
      await callback(desk, "cb-1", { assignee: "u-1", customerName: "张伟" })
      await desk.drafts.save(completeKey, { values: { notes: "from the draft", outcome: "issueRaised" } })
      const { el } = await open(desk, "en")
      el.draftDelay = 10
      await expect.poll(() => control(el, "complete", "notes").value).toBe("from the draft")
      await type(el, "complete", "notes", "")
      await expect
        .poll(() => desk.drafts.load(completeKey))
        .toMatchObject({ values: { notes: "", outcome: "issueRaised" } })
    })

    it("keeps the draft when the command is refused", async () => {
      const { el, desk } = await setup("en")
      el.draftDelay = 10
      await choose(el, "complete", "outcome", "issueRaised")
      await choose(el, "complete", "satisfaction", "unsatisfied")
      await type(el, "complete", "notes", "technician came late")
      await submit(el, "complete")
      expect(control(el, "complete", "improvements").issue?.code).toBe(
        "customerCare.record.improvementsRequired"
      )
      await expect
        .poll(() => desk.drafts.load(completeKey))
        .toMatchObject({ values: { satisfaction: "unsatisfied", notes: "technician came late" } })
    })

    it("starts a different record empty, and brings the first one's draft back on return", async () => {
      const { el, desk } = await setup("en")
      await callback(desk, "cb-2", { assignee: "u-1", customerName: "刘洋", phone: "13900001111" })
      await halfWrite(el)
      el.recordId = "cb-2"
      await el.reload()
      await settle(el)
      expect(textOf(el)).toContain("Callback: 刘洋")
      expect(control(el, "complete", "notes").value).toBe("")
      expect(control(el, "complete", "satisfaction").value).toBe("")
      expect(control(el, "complete", "improvements").hidden).toBe(true)
      // Typing still waiting for its pause when another callback was chosen is kept for the first one.
      await expect.poll(() => desk.drafts.load(completeKey)).toBeDefined()
      expect(await desk.drafts.load("callback:cb-2:complete")).toBeUndefined()
      el.recordId = "cb-1"
      await el.reload()
      await expect.poll(() => control(el, "complete", "notes").value).toBe("technician came late")
      await settle(el)
      expect(control(el, "complete", "improvements").hidden).toBe(false)
    })

    it("does not overwrite what is typed before a draft arrives", async () => {
      const { desk } = careDesk("2026-03-02T02:00:00.000Z")
      await callback(desk, "cb-1", { assignee: "u-1", customerName: "张伟" })
      await desk.drafts.save(completeKey, { values: { notes: "from the draft", satisfaction: "satisfied" } })
      let release = (): void => {}
      const held = new Promise<void>((resolve) => {
        release = resolve
      })
      const slow: DeskLike = {
        ...desk,
        drafts: {
          ...desk.drafts,
          load: async (key) => {
            await held
            return desk.drafts.load(key)
          }
        }
      }
      const { el: again } = await open(slow, "en")
      await type(again, "complete", "notes", "typed first")
      release()
      await expect.poll(() => control(again, "complete", "satisfaction").value).toBe("satisfied")
      expect(control(again, "complete", "notes").value).toBe("typed first")
      expect(control(again, "complete", "suggestions").hidden).toBe(false)
    })

    it("keeps typing and recording when the desk cannot save a draft, and says so with fd-draft-error", async () => {
      const { desk } = careDesk("2026-03-02T02:00:00.000Z")
      await callback(desk, "cb-1", { assignee: "u-1", customerName: "张伟" })
      const failing: DeskLike = {
        ...desk,
        drafts: { ...desk.drafts, save: () => Promise.reject(new Error("quota exceeded")) }
      }
      const { el } = await open(failing, "en")
      el.draftDelay = 10
      const errors: Array<unknown> = []
      el.addEventListener("fd-draft-error", (e) => errors.push(e.detail.error))
      await show(el, "agreeTime")
      await type(el, "agreeTime", "agreedAt", "2026-03-04T15:00")
      await expect.poll(() => errors.length).toBeGreaterThan(0)
      expect((errors[0] as Error).message).toBe("quota exceeded")
      expect(control(el, "agreeTime", "agreedAt").value).toBe("2026-03-04T15:00")
      await submit(el, "agreeTime")
      await expect
        .poll(async () => (await desk.get<Callback.Callback>("callbacks", "cb-1"))!.data.agreedAt)
        .toBe("2026-03-04T07:00:00.000Z")
    })
  })
})
