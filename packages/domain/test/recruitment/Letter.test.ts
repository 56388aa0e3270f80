import { describe, expect, it } from "vitest"
import { Letter } from "../../src/recruitment/index.js"

const input = { name: "王芳", position: "客服专员", company: "某某物业服务有限公司", date: "2026-03-20" }

describe("thank-you letter (致谢函)", () => {
  it("renders from the zh-CN template", () => {
    const letter = Letter.thankYou(input, "zh-CN")
    expect(letter.subject).toBe("致谢函")
    expect(letter.body).toContain("尊敬的王芳")
    expect(letter.body).toContain("客服专员")
    expect(letter.body).toContain("2026年3月20日")
    expect(letter.body).not.toMatch(/\{\w+\}/)
  })

  it("renders from the en template", () => {
    const letter = Letter.thankYou(
      { ...input, name: "Wang Fang", position: "Cashier", company: "Acme" },
      "en"
    )
    expect(letter.subject).toBe("Thank you for your application")
    expect(letter.body).toContain("Dear Wang Fang")
    expect(letter.body).toContain("20 March 2026")
    expect(letter.body).not.toMatch(/\{\w+\}/)
  })

  it("a host can give its own templates", () => {
    const letter = Letter.thankYou(input, "en", {
      subject: { "zh-CN": "感谢", en: "Thanks, {name}" },
      body: { "zh-CN": "{company}", en: "From {company}" }
    })
    expect(letter).toEqual({ locale: "en", subject: "Thanks, 王芳", body: "From 某某物业服务有限公司" })
  })

  it("is due for candidates screened out, not selected or disqualified, not for others", () => {
    expect(["screenedOut", "rejected", "disqualified"].every((state) => Letter.isDue({ state }))).toBe(true)
    expect(["withdrawn", "confirmed", "offer"].some((state) => Letter.isDue({ state }))).toBe(false)
  })
})
