import "../../src/define/fd-date-field.js"
import "../../src/define/fd-datetime-field.js"
import { afterEach, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import type { FdDateField } from "../../src/fields/fd-date-field.js"
import { cleanup, controlOf, describeFormControl, mountInForm } from "./control-suite.js"

describeFormControl("fd-date-field", {
  tag: "fd-date-field",
  fill: async (element) => {
    await userEvent.fill(controlOf(element), "2026-03-02")
  },
  submitted: (data) => expect(data).toEqual(["2026-03-02"]),
  restore: { state: "2026-01-05", submitted: ["2026-01-05"] }
})

describeFormControl("fd-datetime-field", {
  tag: "fd-datetime-field",
  fill: async (element) => {
    await userEvent.fill(controlOf(element), "2026-03-02T09:30")
  },
  submitted: (data) => expect(data).toEqual(["2026-03-02T09:30"]),
  restore: { state: "2026-01-05T08:00", submitted: ["2026-01-05T08:00"] }
})

describe("fd-date-field", () => {
  afterEach(cleanup)

  it("refuses a date before its minimum, naming the minimum", async () => {
    const { element } = await mountInForm("fd-date-field", {
      lang: "en",
      setup: (e) => {
        ;(e as FdDateField).min = "2026-01-01"
      }
    })
    await userEvent.fill(controlOf(element), "2025-12-31")
    expect(element.validationMessage).toBe("Must not be before 2026-01-01")
    await userEvent.fill(controlOf(element), "2026-01-01")
    expect(element.checkValidity()).toBe(true)
  })

  it("calls a half-typed date invalid rather than empty", async () => {
    const { element } = await mountInForm("fd-date-field", { lang: "en" })
    controlOf(element).focus()
    await userEvent.keyboard("03")
    expect(element.validationMessage).toBe("Enter a real date as year-month-day, such as 2026-03-02")
  })
})
