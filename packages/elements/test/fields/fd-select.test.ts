import "../../src/define/fd-select.js"
import { afterEach, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import type { FdSelect } from "../../src/fields/fd-select.js"
import { cleanup, controlOf, describeFormControl, mountInForm } from "./control-suite.js"

const setup = (element: unknown): void => {
  ;(element as FdSelect).options = [
    { value: "phone", label: "Phone" },
    { value: "visit", label: "Visit" }
  ]
}

describeFormControl("fd-select", {
  tag: "fd-select",
  setup,
  fill: async (element) => {
    await userEvent.selectOptions(controlOf(element), "visit")
  },
  submitted: (data) => expect(data).toEqual(["visit"]),
  restore: { state: "phone", submitted: ["phone"] }
})

describe("fd-select", () => {
  afterEach(cleanup)

  it("is chosen with the keyboard alone", async () => {
    const { element } = await mountInForm("fd-select", { setup })
    controlOf(element).focus()
    await userEvent.keyboard("{ArrowDown}")
    expect(element.value).toBe("phone")
  })

  it("offers a placeholder in the page's language", async () => {
    const { element } = await mountInForm("fd-select", { setup, lang: "en" })
    expect(controlOf(element).querySelector("option")!.textContent).toBe("Choose…")
  })
})
