import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Field from "../../src/kernel/Field.js"
import * as Personal from "../../src/kernel/Personal.js"

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(""))

const mobile = fc
  .tuple(fc.integer({ min: 3, max: 9 }), digits(9))
  .map(([second, rest]) => `1${second}${rest}`)

const residentId = fc.tuple(fc.integer({ min: 1, max: 8 }), digits(16)).map(([first, rest]) => {
  const first17 = `${first}${rest}`
  return first17 + Field.residentIdCheckDigit(first17)!
})

const widgets: ReadonlyArray<Field.Widget> = [
  "text",
  "textarea",
  "number",
  "mobile",
  "residentId",
  "creditCode",
  "email",
  "select",
  "multiSelect",
  "date",
  "dateTime",
  "money",
  "area",
  "file",
  "checkbox"
]

describe("Personal.maskMobile", () => {
  it("keeps the first 3 and last 4 digits", () => {
    expect(Personal.maskMobile("13812345678")).toBe("138****5678")
    expect(Personal.maskMobile("+86 138-1234-5678")).toBe("138****5678")
  })

  it("hides every middle digit and preserves the length", () => {
    fc.assert(
      fc.property(mobile, (number) => {
        const masked = Personal.maskMobile(number)
        expect(masked).toHaveLength(11)
        expect(masked.slice(3, 7)).toBe("****")
        expect(masked.slice(0, 3) + masked.slice(7)).toBe(number.slice(0, 3) + number.slice(7))
      })
    )
  })
})

describe("Personal.maskResidentId", () => {
  it("keeps the first 3 and last 4 characters, 11 stars between", () => {
    expect(Personal.maskResidentId("11010519491231002X")).toBe("110***********002X")
    expect(Personal.maskResidentId("110105491231002")).toBe("110********1002")
  })

  it("never shows the birth date or sequence and preserves the length", () => {
    fc.assert(
      fc.property(residentId, (id) => {
        const masked = Personal.maskResidentId(id)
        expect(masked).toHaveLength(18)
        expect(masked.slice(3, 14)).toBe("*".repeat(11))
        expect(masked.slice(0, 3)).toBe(id.slice(0, 3))
        expect(masked.slice(14)).toBe(id.slice(14))
      })
    )
  })
})

describe("Personal other rules", () => {
  it("masks an email's local part after its first character", () => {
    expect(Personal.maskEmail("wang.fang@example.com")).toBe("w********@example.com")
    expect(Personal.maskEmail("a@example.com")).toBe("*@example.com")
    expect(Personal.maskEmail("no-at-sign")).toBe("n*********")
  })

  it("masks names keeping the first character (and the last from three on)", () => {
    expect(Personal.maskName("王小明")).toBe("王*明")
    expect(Personal.maskName("王芳")).toBe("王*")
    expect(Personal.maskName("欧阳娜娜")).toBe("欧**娜")
    expect(Personal.maskName("王")).toBe("*")
    expect(Personal.maskName("Wang Fang")).toBe("W*** F***")
  })

  it("masks addresses after province, city and district without revealing the length", () => {
    expect(Personal.maskAddress("北京市朝阳区建国路88号3单元501")).toBe("北京市朝阳区****")
    expect(Personal.maskAddress("上海市")).toBe("上****")
    expect(Personal.maskAddress("")).toBe("")
  })

  it("mask dispatches by widget", () => {
    expect(Personal.mask("mobile", "13812345678")).toBe("138****5678")
    expect(Personal.mask("residentId", "11010519491231002X")).toBe("110***********002X")
    expect(Personal.mask("email", "wang@example.com")).toBe("w***@example.com")
    expect(Personal.mask("text", "王小明")).toBe("王*明")
    expect(Personal.mask("money", { amount: 1, currency: "CNY" })).toBe("****")
    expect(Personal.mask("date", "1990-01-01")).toBe("1*********")
    expect(Personal.mask("mobile", undefined)).toBe("")
  })

  it("is total and never reveals a value of two or more characters whole", () => {
    fc.assert(
      fc.property(fc.constantFrom(...widgets), fc.anything(), (widget, value) => {
        expect(typeof Personal.mask(widget, value)).toBe("string")
      })
    )
    fc.assert(
      fc.property(
        fc.constantFrom(...widgets),
        fc.string({ minLength: 2, unit: "grapheme" }).filter((v) => !v.includes("*")),
        (widget, value) => {
          const masked = Personal.mask(widget, value)
          if (value.trim().length >= 2) expect(masked).not.toBe(value.trim())
        }
      )
    )
  })
})
