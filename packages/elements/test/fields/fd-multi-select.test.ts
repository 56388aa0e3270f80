import "../../src/define/fd-multi-select.js"
import { afterEach, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import type { FdMultiSelect } from "../../src/fields/fd-multi-select.js"
import { cleanup, controlOf, describeFormControl, mountInForm } from "./control-suite.js"

const setup = (element: unknown): void => {
  ;(element as FdMultiSelect).options = [
    { value: "mon", label: "Monday" },
    { value: "tue", label: "Tuesday" },
    { value: "wed", label: "Wednesday" }
  ]
}

const restored = new FormData()
restored.append("answer", "tue")
restored.append("answer", "wed")

describeFormControl("fd-multi-select", {
  tag: "fd-multi-select",
  setup,
  fill: async (element) => {
    await userEvent.click(controlOf(element))
  },
  submitted: (data) => expect(data).toEqual(["mon"]),
  restore: { state: restored, submitted: ["tue", "wed"] }
})

describe("fd-multi-select", () => {
  afterEach(cleanup)

  it("is filled with Tab and Space alone, keeping the options' order", async () => {
    const { element, form } = await mountInForm("fd-multi-select", { setup })
    controlOf(element).focus()
    await userEvent.tab()
    await userEvent.tab()
    await userEvent.keyboard(" ")
    await userEvent.tab({ shift: true })
    await userEvent.tab({ shift: true })
    await userEvent.keyboard(" ")
    expect((element as FdMultiSelect).values).toEqual(["mon", "wed"])
    expect(new FormData(form).getAll("answer")).toEqual(["mon", "wed"])
    expect(element.modelValue).toEqual(["mon", "wed"])
  })

  it("keeps its choices as a draft snapshot and takes them back", async () => {
    const { element } = await mountInForm("fd-multi-select", { setup })
    element.restore(["tue"])
    await element.updateComplete
    expect(element.snapshot()).toEqual(["tue"])
    expect((element.shadowRoot!.querySelectorAll("input")[1] as HTMLInputElement).checked).toBe(true)
  })
})
