import "../../src/define/fd-checkbox-field.js"
import { afterEach, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import { cleanup, controlOf, describeFormControl, mountInForm } from "./control-suite.js"

describeFormControl("fd-checkbox-field", {
  tag: "fd-checkbox-field",
  fill: async (element) => {
    await userEvent.click(controlOf(element))
  },
  submitted: (data) => expect(data).toEqual(["on"]),
  restore: { state: "on", submitted: ["on"] }
})

describe("fd-checkbox-field", () => {
  afterEach(cleanup)

  it("is checked with Space and hands a boolean to a decoder", async () => {
    const { element } = await mountInForm("fd-checkbox-field")
    controlOf(element).focus()
    expect(element.modelValue).toBe(false)
    await userEvent.keyboard(" ")
    expect(element.modelValue).toBe(true)
  })
})
