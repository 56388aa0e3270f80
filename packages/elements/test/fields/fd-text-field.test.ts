import "../../src/define/fd-text-field.js"
import axe from "axe-core"
import { afterEach, describe, expect, it } from "vitest"
import { cdp, userEvent } from "vitest/browser"
import type { FdTextField } from "../../src/fields/fd-text-field.js"
import { cleanup, controlOf, describeFormControl, messageOf, mountInForm } from "./control-suite.js"

describeFormControl("fd-text-field", {
  tag: "fd-text-field",
  fill: async (element) => {
    await userEvent.fill(controlOf(element), "hello")
  },
  submitted: (data) => expect(data).toEqual(["hello"]),
  restore: { state: "restored", submitted: ["restored"] }
})

describeFormControl("fd-text-field multiline", {
  tag: "fd-text-field",
  setup: (element) => {
    ;(element as FdTextField).multiline = true
  },
  fill: async (element) => {
    await userEvent.fill(controlOf(element), "line one\nline two")
  },
  submitted: (data) => expect(data).toEqual(["line one\nline two"]),
  restore: { state: "x", submitted: ["x"] }
})

describe("fd-text-field", () => {
  afterEach(cleanup)

  it("has no accessibility violations as a textarea", async () => {
    const { element } = await mountInForm("fd-text-field", {
      setup: (e) => {
        ;(e as FdTextField).multiline = true
      }
    })
    expect(controlOf(element).tagName).toBe("TEXTAREA")
    expect((await axe.run(element)).violations).toEqual([])
  })

  it("rejects a malformed e-mail address in the page's language once the user leaves the field", async () => {
    const { element } = await mountInForm("fd-text-field", {
      lang: "en",
      setup: (e) => {
        ;(e as FdTextField).type = "email"
      }
    })
    await userEvent.fill(controlOf(element), "not-an-address")
    expect(messageOf(element)).toBe("")
    await userEvent.tab()
    await element.updateComplete
    expect(messageOf(element)).toBe("Enter a valid email address, such as name@example.com")
  })

  it("hands numbers to a decoder as numbers and reports text that is not one", async () => {
    const { element } = await mountInForm("fd-text-field", {
      setup: (e) => {
        ;(e as FdTextField).type = "number"
      }
    })
    await userEvent.fill(controlOf(element), "42.5")
    expect(element.modelValue).toBe(42.5)
    await userEvent.fill(controlOf(element), "4x")
    expect(element.checkValidity()).toBe(false)
    expect(element.validationMessage).toBe("请输入数字")
  })

  it("reports a text longer than max-length with the limit", async () => {
    const { element } = await mountInForm("fd-text-field", {
      setup: (e) => {
        ;(e as FdTextField).maxLength = 3
      }
    })
    await userEvent.fill(controlOf(element), "abcd")
    expect(element.validationMessage).toBe("不能超过 3 个字符")
  })

  it("submits its form on Enter, as a native input does", async () => {
    const { element, form } = await mountInForm("fd-text-field")
    let submits = 0
    form.addEventListener("submit", () => submits++)
    await userEvent.fill(controlOf(element), "done")
    await userEvent.keyboard("{Enter}")
    expect(submits).toBe(1)
  })

  it("capitalises codes as they are typed when uppercase is set", async () => {
    const { element } = await mountInForm("fd-text-field", {
      setup: (e) => {
        ;(e as FdTextField).uppercase = true
      }
    })
    controlOf(element).focus()
    await userEvent.keyboard("91ab")
    expect(element.value).toBe("91AB")
  })
})

describe("fd-text-field with an input method", () => {
  afterEach(cleanup)

  /** Drives Chromium's real input-method path: composition text, then the committed text. */
  const compose = async (steps: ReadonlyArray<string>, commit: string): Promise<void> => {
    const session = cdp()
    for (const text of steps)
      await session.send("Input.imeSetComposition", {
        text,
        selectionStart: text.length,
        selectionEnd: text.length
      })
    await session.send("Input.insertText", { text: commit })
  }

  it("leaves a composition alone while it runs and capitalises what it commits", async () => {
    const { element, form } = await mountInForm("fd-text-field", {
      setup: (e) => {
        ;(e as FdTextField).uppercase = true
      }
    })
    const input = controlOf(element) as HTMLInputElement
    input.focus()
    await userEvent.keyboard("91")
    await compose(["m", "ma", "mab"], "mab")
    await element.updateComplete
    expect(input.value).toBe("91MAB")
    expect(new FormData(form).getAll("answer")).toEqual(["91MAB"])
  })
})
