import "../../src/define/fd-form.js"
import { Field } from "@frontdesk/domain"
import axe from "axe-core"
import { Schema } from "effect"
import { afterEach, describe, expect, it, vi } from "vitest"
import { userEvent } from "vitest/browser"
import type { FieldElement } from "../../src/fields/field-element.js"
import type { Draft, FdForm, SubmitDetail } from "../../src/form/fd-form.js"
import type { DeskLike } from "../../src/internal/context.js"

const Contact = Schema.Struct({
  name: Field.NonEmptyText.pipe(Field.meta({ label: "form.label.name", widget: "text" })),
  mobile: Field.Mobile.pipe(
    Field.meta({ label: "form.label.mobile", hint: "form.hint.mobile", widget: "mobile" })
  ),
  amount: Field.MoneyFromYuan.pipe(Field.meta({ label: "form.label.amount", widget: "money" })),
  remark: Schema.optional(
    Field.Text({ max: 20 }).pipe(Field.meta({ label: "form.label.remark", widget: "textarea" }))
  )
})

const Wizard = Schema.Struct({
  name: Field.NonEmptyText.pipe(
    Field.meta({ label: "form.label.name", widget: "text", step: "form.step.contact" })
  ),
  mobile: Field.Mobile.pipe(Field.meta({ label: "form.label.mobile", widget: "mobile" })),
  date: Field.LocalDate.pipe(
    Field.meta({ label: "form.label.date", widget: "date", step: "form.step.details" })
  ),
  amount: Field.Money.pipe(Field.meta({ label: "form.label.amount", widget: "money" }))
})

let containers: Array<HTMLElement> = []
afterEach(() => {
  for (const c of containers) c.remove()
  containers = []
})

const mount = async (
  schema: Schema.Struct<Schema.Struct.Fields>,
  options: { lang?: string; draftKey?: string; desk?: DeskLike } = {}
): Promise<FdForm> => {
  const container = document.createElement("div")
  container.lang = options.lang ?? "zh-CN"
  document.body.append(container)
  containers.push(container)
  const form = document.createElement("fd-form")
  form.schema = schema
  form.draftDelay = 10
  if (options.desk !== undefined) form.desk = options.desk
  if (options.draftKey !== undefined) form.draftKey = options.draftKey
  container.append(form)
  await form.updateComplete
  return form
}

const field = (form: FdForm, name: string): FieldElement => form.fieldElement(name)!
const inner = (element: FieldElement): HTMLElement =>
  element.shadowRoot!.querySelector<HTMLElement>("#control")!
const messageOf = (element: FieldElement): string =>
  element.shadowRoot!.querySelector("[part=error]")!.textContent!.trim()
const button = (form: FdForm, text: string): HTMLButtonElement =>
  Array.from(form.shadowRoot!.querySelectorAll("button")).find((b) => b.textContent!.trim() === text)!
const settle = async (form: FdForm): Promise<void> => {
  await form.updateComplete
  for (const f of form.shadowRoot!.querySelectorAll<FieldElement>("[data-field]")) await f.updateComplete
}

/** A desk whose drafts live in a map that outlives any one form, as storage outlives a page. */
const memoryDesk = (): DeskLike & { readonly saved: Map<string, unknown> } => {
  const saved = new Map<string, unknown>()
  const unused = () => Promise.reject(new Error("not used by forms"))
  return {
    saved,
    get: unused,
    create: unused,
    run: unused,
    history: unused,
    watch: () => () => {},
    drafts: {
      save: async (key, value) => {
        saved.set(key, structuredClone(value))
      },
      load: async (key) => structuredClone(saved.get(key)),
      clear: async (key) => {
        saved.delete(key)
      }
    }
  }
}

describe("fd-form", () => {
  it("has no accessibility violations, empty and with every issue shown", async () => {
    const form = await mount(Contact)
    expect((await axe.run(form)).violations).toEqual([])
    await form.submit()
    await settle(form)
    expect((await axe.run(form)).violations).toEqual([])
  })

  it("renders one labelled control per schema field, with labels and hints from the catalogue", async () => {
    const form = await mount(Contact, { lang: "en" })
    const tags = Array.from(form.shadowRoot!.querySelectorAll("[data-field]")).map((e) =>
      e.tagName.toLowerCase()
    )
    expect(tags).toEqual(["fd-text-field", "fd-mobile-field", "fd-money-field", "fd-text-field"])
    expect(field(form, "mobile").label).toBe("Mobile number")
    expect(field(form, "mobile").hint).toBe("We text you about progress on this number")
    expect(field(form, "name").required).toBe(true)
    expect(field(form, "remark").required).toBe(false)
  })

  it("can be filled and submitted with the keyboard alone, giving the decoded value", async () => {
    const form = await mount(Contact)
    const submitted: Array<SubmitDetail> = []
    form.addEventListener("fd-submit", (e) => submitted.push((e as CustomEvent<SubmitDetail>).detail))
    inner(field(form, "name")).focus()
    await userEvent.keyboard("王芳")
    await userEvent.tab()
    await userEvent.keyboard("+86 138 0013 8000")
    await userEvent.tab()
    await userEvent.keyboard("12.5")
    await userEvent.tab()
    await userEvent.keyboard("请尽快")
    await userEvent.tab()
    await userEvent.keyboard("{Enter}")
    await vi.waitFor(() => expect(submitted.length).toBe(1))
    expect(submitted[0]!.value).toEqual({
      name: "王芳",
      mobile: "13800138000",
      amount: { amount: 1250, currency: "CNY" },
      remark: "请尽快"
    })
  })

  it("shows every issue at once, inline and in a summary, and focuses the first wrong field", async () => {
    const form = await mount(Contact)
    let submitted = false
    form.addEventListener("fd-submit", () => {
      submitted = true
    })
    field(form, "mobile").value = "123"
    field(form, "amount").value = "1.234"
    await settle(form)
    expect(await form.submit()).toBe(false)
    await settle(form)
    expect(submitted).toBe(false)
    expect(messageOf(field(form, "name"))).toBe("此项必填")
    expect(messageOf(field(form, "mobile"))).toBe("请输入 11 位中国大陆手机号，如 138 0013 8000")
    expect(messageOf(field(form, "amount"))).toBe("金额最多保留两位小数（精确到分）")
    expect(messageOf(field(form, "remark"))).toBe("")
    const summary = form.shadowRoot!.querySelector("[role=alert]")!
    expect(summary.querySelector(".summary-title")!.textContent).toBe("有 3 处需要修改：")
    expect(Array.from(summary.querySelectorAll("a")).map((a) => a.textContent!.trim())).toEqual([
      "姓名：此项必填",
      "手机号：请输入 11 位中国大陆手机号，如 138 0013 8000",
      "金额（元）：金额最多保留两位小数（精确到分）"
    ])
    expect(form.shadowRoot!.activeElement).toBe(field(form, "name"))
    summary.querySelectorAll("a")[2]!.click()
    await settle(form)
    expect(form.shadowRoot!.activeElement).toBe(field(form, "amount"))
  })

  it("counts one issue in the singular and several in the plural", async () => {
    const form = await mount(Contact, { lang: "en" })
    field(form, "name").value = "Wang Fang"
    field(form, "mobile").value = "13800138000"
    field(form, "amount").value = "1.234"
    await settle(form)
    await form.submit()
    await settle(form)
    const title = () => form.shadowRoot!.querySelector("[role=alert] .summary-title")!.textContent
    expect(title()).toBe("1 field needs attention:")
    field(form, "mobile").value = "123"
    await settle(form)
    await form.submit()
    await settle(form)
    expect(title()).toBe("2 fields need attention:")
  })

  it("speaks the language of the nearest lang and switches when it changes", async () => {
    const form = await mount(Contact, { lang: "en" })
    await form.submit()
    await settle(form)
    expect(messageOf(field(form, "name"))).toBe("This field is required")
    expect(button(form, "Submit")).toBeDefined()
    form.parentElement!.lang = "zh-CN"
    await vi.waitFor(async () => {
      await settle(form)
      expect(messageOf(field(form, "name"))).toBe("此项必填")
    })
    expect(field(form, "name").label).toBe("姓名")
    expect(button(form, "提交")).toBeDefined()
  })

  it("checks a field with the domain schema when the user leaves it", async () => {
    const form = await mount(Contact, { lang: "en" })
    const remark = inner(field(form, "remark"))
    await userEvent.fill(remark, "x".repeat(21))
    expect(messageOf(field(form, "remark"))).toBe("")
    await userEvent.tab()
    await settle(form)
    expect(messageOf(field(form, "remark"))).toBe("Must be at most 20 characters")
    await userEvent.fill(remark, "short")
    await settle(form)
    expect(messageOf(field(form, "remark"))).toBe("")
  })
})

describe("fd-form wizard", () => {
  it("has no accessibility violations", async () => {
    const form = await mount(Wizard)
    expect((await axe.run(form)).violations).toEqual([])
  })

  it("shows one step at a time and marks the current one in the indicator", async () => {
    const form = await mount(Wizard, { lang: "en" })
    const steps = Array.from(form.shadowRoot!.querySelectorAll("[part=step]"))
    expect(steps.map((s) => s.textContent!.trim())).toEqual(["Contact", "Details"])
    expect(steps.map((s) => s.getAttribute("aria-current"))).toEqual(["step", null])
    expect(field(form, "name").checkVisibility()).toBe(true)
    expect(field(form, "date").checkVisibility()).toBe(false)
    expect(button(form, "Next")).toBeDefined()
    expect(button(form, "Back")).toBeUndefined()
  })

  it("refuses to advance while the step has issues, and advances once they are fixed", async () => {
    const form = await mount(Wizard, { lang: "en" })
    field(form, "mobile").value = "12345"
    await settle(form)
    await userEvent.click(button(form, "Next"))
    await settle(form)
    expect(form.step).toBe(0)
    expect(messageOf(field(form, "name"))).toBe("This field is required")
    expect(messageOf(field(form, "mobile"))).toBe(
      "Enter an 11-digit mainland China mobile number, such as 138 0013 8000"
    )
    expect(messageOf(field(form, "date"))).toBe("")
    expect(form.shadowRoot!.activeElement).toBe(field(form, "name"))
    await userEvent.keyboard("王芳")
    await userEvent.fill(inner(field(form, "mobile")), "13800138000")
    await userEvent.click(button(form, "Next"))
    await settle(form)
    expect(form.step).toBe(1)
    const steps = Array.from(form.shadowRoot!.querySelectorAll("[part=step]"))
    expect(steps.map((s) => s.getAttribute("aria-current"))).toEqual([null, "step"])
    expect(form.shadowRoot!.activeElement).toBe(field(form, "date"))
    await userEvent.click(button(form, "Back"))
    await settle(form)
    expect(form.step).toBe(0)
    expect(field(form, "name").value).toBe("王芳")
  })

  it("submits the value of every step from the last one", async () => {
    const form = await mount(Wizard)
    const values: Array<unknown> = []
    form.addEventListener("fd-submit", (e) => values.push((e as CustomEvent<SubmitDetail>).detail.value))
    await userEvent.fill(inner(field(form, "name")), "王芳")
    await userEvent.fill(inner(field(form, "mobile")), "13800138000")
    await userEvent.keyboard("{Enter}")
    await settle(form)
    expect(form.step).toBe(1)
    await userEvent.fill(inner(field(form, "date")), "2026-03-02")
    await userEvent.fill(inner(field(form, "amount")), "0.3")
    await userEvent.click(button(form, "提交"))
    await vi.waitFor(() => expect(values.length).toBe(1))
    expect(values[0]).toEqual({
      name: "王芳",
      mobile: "13800138000",
      date: "2026-03-02",
      amount: { amount: 30, currency: "CNY" }
    })
  })
})

describe("fd-form drafts", () => {
  it("has no accessibility violations with the draft note", async () => {
    const desk = memoryDesk()
    desk.saved.set("k", { values: { name: "王芳" }, step: 0 })
    const form = await mount(Contact, { desk, draftKey: "k" })
    await vi.waitFor(() => expect(form.shadowRoot!.querySelector("[part=draft]")).not.toBeNull())
    expect((await axe.run(form)).violations).toEqual([])
  })

  it("saves what is typed and restores it in a new form after a reload, with a note", async () => {
    const desk = memoryDesk()
    const first = await mount(Wizard, { lang: "en", desk, draftKey: "visit-1" })
    await userEvent.fill(inner(field(first, "name")), "王芳")
    await userEvent.fill(inner(field(first, "mobile")), "13800138000")
    await userEvent.click(button(first, "Next"))
    await userEvent.fill(inner(field(first, "amount")), "12.30")
    await vi.waitFor(() =>
      expect(desk.saved.get("visit-1")).toEqual({
        values: { name: "王芳", mobile: "13800138000", date: "", amount: "12.30" },
        step: 1
      })
    )
    first.parentElement!.remove()

    const second = await mount(Wizard, { lang: "en", desk, draftKey: "visit-1" })
    await vi.waitFor(() => expect(second.shadowRoot!.querySelector("[part=draft]")).not.toBeNull())
    await settle(second)
    expect(second.shadowRoot!.querySelector("[part=draft]")!.textContent).toContain("Draft restored")
    expect(second.step).toBe(1)
    expect(field(second, "name").value).toBe("王芳")
    expect(field(second, "amount").value).toBe("12.30")
  })

  it("clears the draft after a successful submit", async () => {
    const desk = memoryDesk()
    desk.saved.set("c", { values: { name: "王芳", mobile: "13800138000", amount: "5" }, step: 0 })
    const form = await mount(Contact, { desk, draftKey: "c" })
    await vi.waitFor(() => expect(field(form, "name").value).toBe("王芳"))
    expect(await form.submit()).toBe(true)
    expect(desk.saved.has("c")).toBe(false)
  })

  it("discards a restored draft on request, emptying the form", async () => {
    const desk = memoryDesk()
    desk.saved.set("d", { values: { name: "王芳" }, step: 0 })
    const form = await mount(Contact, { lang: "en", desk, draftKey: "d" })
    await vi.waitFor(() => expect(field(form, "name").value).toBe("王芳"))
    await userEvent.click(button(form, "Discard draft"))
    await settle(form)
    expect(desk.saved.has("d")).toBe(false)
    expect(field(form, "name").value).toBe("")
    expect(form.shadowRoot!.querySelector("[part=draft]")).toBeNull()
  })
})

/** A desk whose draft writes wait until the test lets each one finish, in any order. */
const heldDesk = () => {
  const desk = memoryDesk()
  const held: Array<{ readonly op: string; readonly finish: () => void }> = []
  const hold = (op: string, write: () => void) =>
    new Promise<void>((resolve) => {
      held.push({
        op,
        finish: () => {
          write()
          resolve()
        }
      })
    })
  return {
    ...desk,
    held,
    drafts: {
      save: (key: string, value: unknown) => hold("save", () => desk.saved.set(key, structuredClone(value))),
      load: desk.drafts.load,
      clear: (key: string) => hold("clear", () => desk.saved.delete(key))
    }
  }
}

/** Collects unhandled promise rejections for the length of a test. */
const watchRejections = () => {
  const reasons: Array<unknown> = []
  const listener = (event: PromiseRejectionEvent) => {
    event.preventDefault()
    reasons.push(event.reason)
  }
  window.addEventListener("unhandledrejection", listener)
  return { reasons, stop: () => window.removeEventListener("unhandledrejection", listener) }
}

const fillContact = async (form: FdForm): Promise<void> => {
  await userEvent.fill(inner(field(form, "name")), "王芳")
  await userEvent.fill(inner(field(form, "mobile")), "13800138000")
  await userEvent.fill(inner(field(form, "amount")), "5")
}

describe("fd-form drafts against a slow or failing desk", () => {
  /**
   * Lets the held draft writes finish until none is left, the newest first whenever several are
   * in flight together, as a store that answers out of order would.
   */
  const finishNewestFirst = async (desk: ReturnType<typeof heldDesk>): Promise<void> => {
    const done = new Set<unknown>()
    for (let round = 0; round < 20; round++) {
      await new Promise((resolve) => setTimeout(resolve, 0))
      for (const h of [...desk.held].reverse()) {
        if (done.has(h)) continue
        done.add(h)
        h.finish()
      }
    }
    expect(desk.held.map((h) => h.op)).toEqual(["save", "clear"])
  }

  it("does not bring submitted values back when a draft save finishes after the submit's clear", async () => {
    const desk = heldDesk()
    const form = await mount(Contact, { desk, draftKey: "late" })
    form.draftDelay = 10_000
    await fillContact(form)
    void form.saveDraft()
    const submitted = form.submit()
    await finishNewestFirst(desk)
    expect(await submitted).toBe(true)
    expect(desk.saved.has("late")).toBe(false)
  })

  it("does not bring old values back when a draft save finishes after reset()", async () => {
    const desk = heldDesk()
    const form = await mount(Contact, { desk, draftKey: "reset" })
    form.draftDelay = 10_000
    await fillContact(form)
    void form.saveDraft()
    const reset = form.reset()
    await finishNewestFirst(desk)
    await reset
    expect(desk.saved.has("reset")).toBe(false)
    expect(field(form, "name").value).toBe("")
  })

  it("does not keep a draft of a form removed while its submit is in flight", async () => {
    const desk = heldDesk()
    const form = await mount(Contact, { desk, draftKey: "gone" })
    form.draftDelay = 10_000
    await fillContact(form)
    let submits = 0
    form.addEventListener("fd-submit", () => submits++)
    const submitted = form.submit()
    form.parentElement!.remove()
    await finishNewestFirst(desk)
    expect(await submitted).toBe(true)
    expect(submits).toBe(1)
    expect(desk.saved.has("gone")).toBe(false)
  })

  it("keeps what was typed and raises no uncaught error when the desk cannot save a draft", async () => {
    const rejections = watchRejections()
    try {
      const desk = memoryDesk()
      const failing: DeskLike = {
        ...desk,
        drafts: { ...desk.drafts, save: () => Promise.reject(new Error("quota exceeded")) }
      }
      const form = await mount(Contact, { desk: failing, draftKey: "full" })
      await userEvent.fill(inner(field(form, "name")), "王芳")
      await new Promise((resolve) => setTimeout(resolve, 60))
      await form.saveDraft()
      form.parentElement!.remove()
      await new Promise((resolve) => setTimeout(resolve, 20))
      expect(field(form, "name").value).toBe("王芳")
      expect(rejections.reasons).toEqual([])
    } finally {
      rejections.stop()
    }
  })

  it("still submits when the desk cannot clear the draft", async () => {
    const rejections = watchRejections()
    try {
      const desk = memoryDesk()
      const failing: DeskLike = {
        ...desk,
        drafts: { ...desk.drafts, clear: () => Promise.reject(new Error("store closed")) }
      }
      const form = await mount(Contact, { desk: failing, draftKey: "stuck" })
      let submits = 0
      form.addEventListener("fd-submit", () => submits++)
      await fillContact(form)
      await userEvent.keyboard("{Enter}")
      await vi.waitFor(() => expect(submits).toBe(1))
      expect(rejections.reasons).toEqual([])
    } finally {
      rejections.stop()
    }
  })

  it("opens empty and usable when the desk cannot load the draft", async () => {
    const rejections = watchRejections()
    try {
      const desk = memoryDesk()
      const failing: DeskLike = {
        ...desk,
        drafts: { ...desk.drafts, load: () => Promise.reject(new Error("blocked by another tab")) }
      }
      const form = await mount(Contact, { desk: failing, draftKey: "blocked" })
      await new Promise((resolve) => setTimeout(resolve, 20))
      expect(form.shadowRoot!.querySelector("[part=draft]")).toBeNull()
      expect(rejections.reasons).toEqual([])
    } finally {
      rejections.stop()
    }
  })

  it("saves typing under the draft key it was typed for when the key changes", async () => {
    const desk = memoryDesk()
    const form = await mount(Contact, { desk, draftKey: "visit-1" })
    form.draftDelay = 10_000
    await userEvent.fill(inner(field(form, "name")), "王芳")
    form.draftKey = "visit-2"
    await settle(form)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect((desk.saved.get("visit-1") as Draft | undefined)?.values.name).toBe("王芳")
    expect(desk.saved.has("visit-2")).toBe(false)
  })

  it("restores a draft saved by an older schema: known fields come back, the rest is ignored", async () => {
    const desk = memoryDesk()
    desk.saved.set("old", {
      values: { name: "王芳", phone: "13800138000", mobile: 13800138000, amount: ["5"] },
      step: 7
    })
    const form = await mount(Wizard, { desk, draftKey: "old" })
    await vi.waitFor(() => expect(form.shadowRoot!.querySelector("[part=draft]")).not.toBeNull())
    await settle(form)
    expect(field(form, "name").value).toBe("王芳")
    expect(field(form, "mobile").value).toBe("")
    expect(field(form, "amount").value).toBe("")
    expect(form.step).toBe(1)
    expect(await form.submit()).toBe(false)
  })

  it("lets two forms share a draft key: each restores it, and the last one typed in wins", async () => {
    const desk = memoryDesk()
    desk.saved.set("shared", { values: { name: "王芳" }, step: 0 })
    const a = await mount(Contact, { desk, draftKey: "shared" })
    const b = await mount(Contact, { desk, draftKey: "shared" })
    await vi.waitFor(() => expect([field(a, "name").value, field(b, "name").value]).toEqual(["王芳", "王芳"]))
    await userEvent.fill(inner(field(a, "name")), "李强")
    await vi.waitFor(() => expect((desk.saved.get("shared") as Draft).values.name).toBe("李强"))
    await userEvent.fill(inner(field(b, "name")), "张伟")
    await vi.waitFor(() => expect((desk.saved.get("shared") as Draft).values.name).toBe("张伟"))
    expect(field(a, "name").value).toBe("李强")
  })
})

describe("fd-form submitting once", () => {
  /** A host save the test settles by hand. */
  const pendingSave = () => {
    let settle!: { resolve: () => void; reject: (error: unknown) => void }
    const promise = new Promise<void>((resolve, reject) => {
      settle = { resolve, reject }
    })
    return { promise, ...settle }
  }

  it("sends one fd-submit for a double Enter and a double click while the host's save is pending", async () => {
    const form = await mount(Contact)
    const save = pendingSave()
    let submits = 0
    form.addEventListener("fd-submit", (e) => {
      submits++
      e.detail.waitUntil(save.promise)
    })
    await fillContact(form)
    await userEvent.keyboard("{Enter}{Enter}")
    // A busy button is aria-disabled, which Playwright would wait out; a person can still click it.
    await userEvent.dblClick(button(form, "提交"), { force: true })
    await settle(form)
    expect(submits).toBe(1)
    expect(button(form, "提交").getAttribute("aria-disabled")).toBe("true")
    save.resolve()
    await vi.waitFor(() => expect(button(form, "提交").hasAttribute("aria-disabled")).toBe(false))
  })

  it("keeps the draft when the host's save fails, and takes a submit again", async () => {
    const desk = memoryDesk()
    const form = await mount(Contact, { desk, draftKey: "retry" })
    await fillContact(form)
    await vi.waitFor(() => expect(desk.saved.has("retry")).toBe(true))
    const first = pendingSave()
    const saves = [first.promise, Promise.resolve()]
    let submits = 0
    form.addEventListener("fd-submit", (e) => {
      e.detail.waitUntil(saves[submits++]!)
    })
    const submitted = form.submit()
    first.reject(new Error("offline"))
    expect(await submitted).toBe(true)
    expect(desk.saved.has("retry")).toBe(true)
    expect(await form.submit()).toBe(true)
    expect(submits).toBe(2)
    expect(desk.saved.has("retry")).toBe(false)
  })
})

describe("fd-form wizard focus", () => {
  it("moves focus into the new step on Next and Back, inside a group named after the step", async () => {
    const form = await mount(Wizard, { lang: "en" })
    await userEvent.fill(inner(field(form, "name")), "王芳")
    await userEvent.fill(inner(field(form, "mobile")), "13800138000")
    await userEvent.click(button(form, "Next"))
    await settle(form)
    const groupName = (name: string): string => {
      const group = field(form, name).closest("[role=group]")!
      return form.shadowRoot!.getElementById(group.getAttribute("aria-labelledby")!)!.textContent!.trim()
    }
    expect(form.shadowRoot!.activeElement).toBe(field(form, "date"))
    expect(groupName("date")).toBe("Step 2 of 2: Details")
    await userEvent.click(button(form, "Back"))
    await settle(form)
    expect(form.shadowRoot!.activeElement).toBe(field(form, "name"))
    expect(groupName("name")).toBe("Step 1 of 2: Contact")
  })

  it("has no accessibility violations on the second step with issues shown, in both languages", async () => {
    for (const lang of ["zh-CN", "en"]) {
      const form = await mount(Wizard, { lang })
      await userEvent.fill(inner(field(form, "name")), "王芳")
      await userEvent.fill(inner(field(form, "mobile")), "13800138000")
      await form.next()
      await form.submit()
      await settle(form)
      expect(form.shadowRoot!.querySelector(".summary-title")).not.toBeNull()
      expect((await axe.run(form)).violations).toEqual([])
    }
  })
})

describe("fd-form draft note", () => {
  it("moves focus to the first field when the draft is discarded", async () => {
    const desk = memoryDesk()
    desk.saved.set("focus", { values: { name: "王芳" }, step: 0 })
    const form = await mount(Contact, { lang: "en", desk, draftKey: "focus" })
    await vi.waitFor(() => expect(field(form, "name").value).toBe("王芳"))
    await userEvent.click(button(form, "Discard draft"))
    await settle(form)
    expect(form.shadowRoot!.activeElement).toBe(field(form, "name"))
  })

  it("does not overwrite what the user typed before a slow draft arrived", async () => {
    const desk = memoryDesk()
    desk.saved.set("slow", { values: { name: "旧草稿", remark: "留言" }, step: 0 })
    let release!: () => void
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    const slow: DeskLike = {
      ...desk,
      drafts: {
        ...desk.drafts,
        // Read when asked, answered late, as a slow store does.
        load: async (key) => {
          const value = await desk.drafts.load(key)
          await gate
          return value
        }
      }
    }
    const form = await mount(Contact, { desk: slow, draftKey: "slow" })
    await userEvent.fill(inner(field(form, "name")), "王芳")
    release()
    await vi.waitFor(() => expect(field(form, "remark").value).toBe("留言"))
    expect(field(form, "name").value).toBe("王芳")
  })
})

describe("fd-form language", () => {
  it("follows a lang that changes inside the host page's own shadow root", async () => {
    const host = document.createElement("div")
    document.body.append(host)
    containers.push(host)
    const root = host.attachShadow({ mode: "open" })
    root.innerHTML = `<section lang="en"></section>`
    const form = document.createElement("fd-form")
    form.schema = Contact
    root.querySelector("section")!.append(form)
    await form.updateComplete
    await form.submit()
    await settle(form)
    expect(messageOf(field(form, "name"))).toBe("This field is required")
    root.querySelector("section")!.lang = "zh-CN"
    await vi.waitFor(async () => {
      await settle(form)
      expect(messageOf(field(form, "name"))).toBe("此项必填")
    })
    expect(form.shadowRoot!.querySelector(".summary-title")!.textContent).toBe("有 3 处需要修改：")
  })

  it("speaks the provider's locale over the page's, in the summary and every field", async () => {
    await import("../../src/define/fd-provider.js")
    const container = document.createElement("div")
    container.lang = "zh-CN"
    container.innerHTML = `<fd-provider locale="en"><fd-form></fd-form></fd-provider>`
    document.body.append(container)
    containers.push(container)
    const form = container.querySelector("fd-form")!
    form.schema = Contact
    await form.updateComplete
    await form.submit()
    await settle(form)
    expect(messageOf(field(form, "name"))).toBe("This field is required")
    expect(form.shadowRoot!.querySelector(".summary-title")!.textContent).toBe("3 fields need attention:")
    container.querySelector("fd-provider")!.setAttribute("locale", "zh-CN")
    await vi.waitFor(async () => {
      await settle(form)
      expect(messageOf(field(form, "name"))).toBe("此项必填")
      expect(form.shadowRoot!.querySelector(".summary-title")!.textContent).toBe("有 3 处需要修改：")
    })
  })
})

describe("fd-form with a Chinese input method", () => {
  it("does not submit on the Enter that picks a candidate while composing", async () => {
    const form = await mount(Contact)
    let submits = 0
    form.addEventListener("fd-submit", () => submits++)
    await fillContact(form)
    const name = inner(field(form, "name"))
    name.focus()
    // Chromium marks the Enter that ends a composition isComposing; Safari sends it after
    // compositionend with keyCode 229 instead.
    name.dispatchEvent(
      new KeyboardEvent("keydown", {
        key: "Enter",
        isComposing: true,
        bubbles: true,
        composed: true,
        cancelable: true
      })
    )
    name.dispatchEvent(
      new KeyboardEvent("keydown", {
        key: "Enter",
        keyCode: 229,
        bubbles: true,
        composed: true,
        cancelable: true
      })
    )
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(submits).toBe(0)
    await userEvent.keyboard("{Enter}")
    await vi.waitFor(() => expect(submits).toBe(1))
  })
})
