import "../../src/define/fd-money-field.js"
import fc from "fast-check"
import { afterEach, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import type { FdMoneyField } from "../../src/fields/fd-money-field.js"
import { cleanup, controlOf, describeFormControl, messageOf, mountInForm } from "./control-suite.js"

describeFormControl("fd-money-field", {
  tag: "fd-money-field",
  fill: async (element) => {
    await userEvent.fill(controlOf(element), "1,234.5")
  },
  submitted: (data) => expect(data).toEqual(["123450"]),
  restore: { state: "12.30", submitted: ["1230"] }
})

describe("fd-money-field", () => {
  afterEach(cleanup)

  it("turns yuan into exact fen, so 0.1 and 0.2 add up to exactly 30 fen", async () => {
    const { element } = await mountInForm("fd-money-field")
    const money = element as FdMoneyField
    await userEvent.fill(controlOf(element), "0.1")
    const a = money.fen!
    await userEvent.fill(controlOf(element), "0.2")
    const b = money.fen!
    expect([a, b, a + b]).toEqual([10, 20, 30])
    await userEvent.fill(controlOf(element), "19.99")
    expect(money.fen).toBe(1999)
    expect(money.modelValue).toEqual({ amount: 1999, currency: "CNY" })
  })

  it("gives back the same fen for every amount written in yuan", async () => {
    const { element } = await mountInForm("fd-money-field")
    const money = element as FdMoneyField
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (fen) => {
        money.value = `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`
        return money.fen === fen
      })
    )
  })

  it("refuses more than two decimals and shows the amount as yuan once committed", async () => {
    const { element } = await mountInForm("fd-money-field", { lang: "en" })
    await userEvent.fill(controlOf(element), "1.234")
    await userEvent.tab()
    await element.updateComplete
    expect(messageOf(element)).toBe("An amount has at most two decimal places (to the fen)")
    await userEvent.fill(controlOf(element), "¥ 8")
    await userEvent.tab()
    expect((controlOf(element) as HTMLInputElement).value).toBe("8.00")
  })
})

describe("fd-money-field accepts amounts as people write them", () => {
  afterEach(cleanup)

  it("takes grouping commas, full-width digits, a yuan sign and spaces, and shows plain yuan once committed", async () => {
    const { element } = await mountInForm("fd-money-field")
    const money = element as FdMoneyField
    for (const [typed, fen, shown] of [
      ["1,234.50", 123450, "1234.50"],
      ["１２３", 12300, "123.00"],
      ["￥１，２３４．５", 123450, "1234.50"],
      ["¥ 8", 800, "8.00"]
    ] as const) {
      await userEvent.fill(controlOf(element), typed)
      expect(money.fen).toBe(fen)
      await userEvent.tab()
      expect((controlOf(element) as HTMLInputElement).value).toBe(shown)
      expect(messageOf(element)).toBe("")
    }
  })

  it("refuses other writing inline in the page's language and keeps the text to correct", async () => {
    const { element } = await mountInForm("fd-money-field", { lang: "en" })
    for (const typed of ["123元", "1.234,50", "1,23"]) {
      await userEvent.fill(controlOf(element), typed)
      await userEvent.tab()
      await element.updateComplete
      expect(messageOf(element)).not.toBe("")
      expect((controlOf(element) as HTMLInputElement).value).toBe(typed)
    }
  })
})
