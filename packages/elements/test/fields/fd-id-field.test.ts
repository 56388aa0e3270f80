import "../../src/define/fd-id-field.js"
import axe from "axe-core"
import { afterEach, describe, expect, it } from "vitest"
import { cdp, userEvent } from "vitest/browser"
import type { FdIdField } from "../../src/fields/fd-id-field.js"
import { maskResidentId } from "../../src/fields/fd-id-field.js"
import { cleanup, controlOf, describeFormControl, messageOf, mountInForm } from "./control-suite.js"

describeFormControl("fd-id-field", {
  tag: "fd-id-field",
  fill: async (element) => {
    await userEvent.fill(controlOf(element), "11010519491231002x")
  },
  submitted: (data) => expect(data).toEqual(["11010519491231002X"]),
  restore: { state: "11010519491231002X", submitted: ["11010519491231002X"] }
})

describe("fd-id-field", () => {
  afterEach(cleanup)

  it("has no accessibility violations while masked", async () => {
    const { element } = await mountInForm("fd-id-field", {
      setup: (e) => {
        ;(e as FdIdField).sensitive = true
        e.value = "11010519491231002X"
      }
    })
    expect((await axe.run(element)).violations).toEqual([])
  })

  it("reports a wrong check digit in the page's language", async () => {
    const { element } = await mountInForm("fd-id-field", { lang: "en" })
    await userEvent.fill(controlOf(element), "110105194912310021")
    await userEvent.tab()
    await element.updateComplete
    expect(messageOf(element)).toBe(
      "The ID number's check digit does not match; check each digit, one is probably mistyped"
    )
  })

  it("shows a sensitive number masked until focused, and in full while editing", async () => {
    const { element } = await mountInForm("fd-id-field", {
      setup: (e) => {
        ;(e as FdIdField).sensitive = true
        e.value = "11010519491231002X"
      }
    })
    const input = controlOf(element) as HTMLInputElement
    expect(input.value).toBe("110***********002X")
    input.focus()
    await element.updateComplete
    expect(input.value).toBe("11010519491231002X")
    await userEvent.tab()
    await element.updateComplete
    expect(input.value).toBe(maskResidentId("11010519491231002X"))
    expect(element.modelValue).toBe("11010519491231002X")
  })
})

describe("fd-id-field as people type it", () => {
  afterEach(cleanup)

  it("takes a number typed in groups with spaces and a lower-case x, and submits it compact", async () => {
    const { element, form } = await mountInForm("fd-id-field")
    controlOf(element).focus()
    await userEvent.keyboard("110105 19491231 002x")
    await userEvent.tab()
    await element.updateComplete
    expect(messageOf(element)).toBe("")
    expect(new FormData(form).getAll("answer")).toEqual(["11010519491231002X"])
    expect(element.modelValue).toBe("11010519491231002X")
  })

  it("takes full-width digits as typed by a Chinese input method", async () => {
    const { element, form } = await mountInForm("fd-id-field")
    await userEvent.fill(controlOf(element), "１１０１０５１９４９１２３１００２ｘ")
    await userEvent.tab()
    expect(new FormData(form).getAll("answer")).toEqual(["11010519491231002X"])
  })
})

describe("fd-id-field with an input method", () => {
  afterEach(cleanup)

  it("leaves a composition alone while it runs and capitalises the x it commits", async () => {
    const { element, form } = await mountInForm("fd-id-field")
    const input = controlOf(element) as HTMLInputElement
    input.focus()
    await userEvent.keyboard("11010519491231002")
    const session = cdp()
    await session.send("Input.imeSetComposition", { text: "x", selectionStart: 1, selectionEnd: 1 })
    await session.send("Input.insertText", { text: "x" })
    await element.updateComplete
    expect(input.value).toBe("11010519491231002X")
    expect(new FormData(form).getAll("answer")).toEqual(["11010519491231002X"])
  })
})
