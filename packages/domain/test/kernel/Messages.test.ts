import { Messages } from "@frontdesk/domain"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { catalogue } from "../../src/messages/index.js"

describe("Messages", () => {
  it("every catalogue entry has non-empty zh-CN and en text", () => {
    for (const [code, text] of Object.entries(catalogue)) {
      expect(text["zh-CN"].trim(), code).not.toBe("")
      expect(text.en.trim(), code).not.toBe("")
    }
  })

  it("every entry uses the same placeholders in both languages", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const [code, text] of Object.entries(catalogue)) {
      expect(placeholders(text["zh-CN"]), code).toEqual(placeholders(text.en))
    }
  })

  it("formats a catalogue code with its params in each locale", () => {
    expect(Messages.format("field.text.tooLong", "zh-CN", { max: 20 })).toBe("不能超过 20 个字符")
    expect(Messages.format("field.text.tooLong", "en", { max: 20 })).toBe("Must be at most 20 characters")
  })

  it("formats inline text given by a host application", () => {
    const label = { "zh-CN": "共 {n} 条", en: "{n} items" }
    expect(Messages.format(label, "zh-CN", { n: 3 })).toBe("共 3 条")
    expect(Messages.format(label, "en", { n: 3 })).toBe("3 items")
  })

  it("leaves a placeholder without a param visible rather than inventing a value", () => {
    expect(Messages.format({ "zh-CN": "{a}", en: "{a}" }, "en", {})).toBe("{a}")
  })

  it("renders a message in both locales at once", () => {
    expect(Messages.texts({ code: "state.overdue" })).toEqual({ "zh-CN": "已逾期", en: "overdue" })
  })

  it("picks zh-CN for any Chinese tag and when no language is given, en otherwise", () => {
    expect(Messages.localeOf("zh")).toBe("zh-CN")
    expect(Messages.localeOf("zh-Hant-TW")).toBe("zh-CN")
    expect(Messages.localeOf("")).toBe("zh-CN")
    expect(Messages.localeOf(null)).toBe("zh-CN")
    expect(Messages.localeOf("en-US")).toBe("en")
    fc.assert(fc.property(fc.string(), (tag) => Messages.locales.includes(Messages.localeOf(tag))))
  })

  it("knows which strings are catalogue codes", () => {
    expect(Messages.isCode("state.overdue")).toBe(true)
    expect(Messages.isCode("toString")).toBe(false)
  })
})
