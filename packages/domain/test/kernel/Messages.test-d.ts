import { type Input, Messages } from "@frontdesk/domain"
import { describe, expectTypeOf, it } from "vitest"
import type * as sections from "../../src/messages/index.js"

type KeysOfEverySection = {
  [Name in keyof typeof sections]: keyof (typeof sections)[Name]
}[keyof typeof sections]

describe("Messages types", () => {
  it("a code is one of the catalogue's keys, so a misspelt code does not compile", () => {
    expectTypeOf<"field.mobile.invalid">().toExtend<Messages.Code>()
    expectTypeOf<"field.mobile.invalidd">().not.toExtend<Messages.Code>()
    // @ts-expect-error a code that is not in the catalogue
    Messages.format("no.such.code", "en")
  })

  it("the codes are the keys of every section, whether or not a module registers it at run time", () => {
    expectTypeOf<Messages.Code>().toEqualTypeOf<KeysOfEverySection>()
    expectTypeOf<"storage.conflict" | "workflow.state.open" | "form.submit">().toExtend<Messages.Code>()
  })

  it("only sections of the catalogue can be registered", () => {
    const section = { "state.met": { "zh-CN": "已完成", en: "met" } } as const
    expectTypeOf(Messages.register(section)).toEqualTypeOf<typeof section>()
    const foreign = { "no.such.code": { "zh-CN": "无", en: "none" } } as const
    // @ts-expect-error a key that is not a catalogue code
    Messages.register(foreign)
  })

  it("a label is a code or inline text in both locales; text in one locale only does not compile", () => {
    expectTypeOf<{ "zh-CN": string; en: string }>().toExtend<Messages.Label>()
    expectTypeOf<{ en: string }>().not.toExtend<Messages.Label>()
    // @ts-expect-error inline text needs every locale
    Messages.format({ en: "Callback" }, "en")
  })

  it("a locale is zh-CN or en", () => {
    expectTypeOf<Messages.Locale>().toEqualTypeOf<"zh-CN" | "en">()
    // @ts-expect-error no other locale
    Messages.format("state.overdue", "fr")
  })

  it("an input issue carries a message whose code is checked", () => {
    expectTypeOf<Input.Issue["message"]["code"]>().toEqualTypeOf<Messages.Code>()
  })
})
