import { Result, Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Field from "../../src/kernel/Field.js"
import * as Input from "../../src/kernel/Input.js"
import * as Messages from "../../src/kernel/Messages.js"

/** The codes of every issue a schema reports for an input, or "ok:<value>" when it decodes. */
const outcome = (schema: Schema.Decoder<unknown>, input: unknown): unknown => {
  const result = Input.decode(schema, input)
  return Result.isSuccess(result) ? { ok: result.success } : result.failure.issues.map((i) => i.message.code)
}

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(""))

const birthDate = fc
  .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10).replace(/-/g, ""))

/** Valid 18-character resident IDs: region, birth date, sequence, computed check digit. */
const validResidentId = fc
  .tuple(fc.integer({ min: 1, max: 8 }), digits(5), birthDate, digits(3))
  .map(([first, region, birth, seq]) => {
    const first17 = `${first}${region}${birth}${seq}`
    return first17 + Field.residentIdCheckDigit(first17)!
  })

/** Valid unified social credit codes: 17 characters of the charset and the computed check character. */
const validCreditCode = fc
  .array(fc.constantFrom(...Field.creditCodeCharset), { minLength: 17, maxLength: 17 })
  .map((chars) => {
    const first17 = chars.join("")
    return first17 + Field.creditCodeCheckChar(first17)!
  })

/** Replaces the character at `index` by another character from `alphabet`. */
const flip = (value: string, alphabet: string) =>
  fc
    .tuple(fc.integer({ min: 0, max: value.length - 1 }), fc.integer({ min: 1, max: alphabet.length - 1 }))
    .map(([index, shift]) => {
      const at = alphabet.indexOf(value[index]!)
      const replacement = alphabet[(at + shift) % alphabet.length]!
      return value.slice(0, index) + replacement + value.slice(index + 1)
    })

describe("Field.Mobile", () => {
  it("normalises prefixes, spaces and dashes to the 11 digits (spec example)", () => {
    expect(outcome(Field.Mobile, "+86 138-1234-5678")).toEqual({ ok: "13812345678" })
    expect(outcome(Field.Mobile, "0086 13812345678")).toEqual({ ok: "13812345678" })
    expect(outcome(Field.Mobile, "8613812345678")).toEqual({ ok: "13812345678" })
    expect(outcome(Field.Mobile, "１３８ １２３４ ５６７８")).toEqual({ ok: "13812345678" })
  })

  it("rejects a second digit outside 3–9 and wrong lengths with field.mobile.invalid", () => {
    expect(outcome(Field.Mobile, "12812345678")).toEqual(["field.mobile.invalid"])
    expect(outcome(Field.Mobile, "1381234567")).toEqual(["field.mobile.invalid"])
    expect(outcome(Field.Mobile, "138123456789")).toEqual(["field.mobile.invalid"])
    expect(outcome(Field.Mobile, "")).toEqual(["field.mobile.invalid"])
    expect(outcome(Field.Mobile, 13812345678)).toEqual(["field.mobile.invalid"])
  })

  it("decodes any decorated valid number to the same normalised value", () => {
    const mobile = fc
      .tuple(fc.integer({ min: 3, max: 9 }), digits(9))
      .map(([second, rest]) => `1${second}${rest}`)
    const decorated = fc.tuple(
      mobile,
      fc.constantFrom("", "+86", "86", "0086", "+86 ", "+86-"),
      fc.array(fc.constantFrom(" ", "-"), { maxLength: 11 })
    )
    fc.assert(
      fc.property(decorated, ([number, prefix, separators]) => {
        const spaced = [...number].map((d, i) => d + (separators[i] ?? "")).join("")
        expect(outcome(Field.Mobile, prefix + spaced)).toEqual({ ok: number })
      })
    )
  })

  it("rejects numbers whose second digit is 0, 1 or 2", () => {
    const bad = fc
      .tuple(fc.integer({ min: 0, max: 2 }), digits(9))
      .map(([second, rest]) => `1${second}${rest}`)
    fc.assert(
      fc.property(bad, (number) => {
        expect(outcome(Field.Mobile, number)).toEqual(["field.mobile.invalid"])
      })
    )
  })
})

describe("Field.Mobile as people type and paste it", () => {
  it("accepts brackets around the prefix or the first digits, and pasted invisible characters", () => {
    for (const typed of [
      "+86 (138) 1234 5678",
      "(+86)13812345678",
      "（＋８６）１３８－１２３４－５６７８",
      "  13812345678  ",
      "\u200b13812345678\ufeff",
      "+86\u00a0138\u00a012345678"
    ]) {
      expect(outcome(Field.Mobile, typed), typed).toEqual({ ok: "13812345678" })
    }
  })

  it("an 11-digit number that starts with 86 is not read as a prefix", () => {
    // 86 followed by 9 digits is too short for a prefixed mobile and is no mobile by itself.
    expect(Field.normaliseMobile("86138123456")).toBe("86138123456")
    expect(outcome(Field.Mobile, "86138123456")).toEqual(["field.mobile.invalid"])
  })

  it("still refuses a domestic trunk 0 and brackets around anything but digits", () => {
    expect(outcome(Field.Mobile, "+86 0 138 1234 5678")).toEqual(["field.mobile.invalid"])
    expect(outcome(Field.Mobile, "138(a)12345678")).toEqual(["field.mobile.invalid"])
  })
})

describe("Field.ResidentId", () => {
  it("accepts the GB 11643 example and upper-cases a trailing x", () => {
    expect(Field.residentIdCheckDigit("11010519491231002")).toBe("X")
    expect(outcome(Field.ResidentId, "11010519491231002X")).toEqual({ ok: "11010519491231002X" })
    expect(outcome(Field.ResidentId, " 11010519491231002x ")).toEqual({ ok: "11010519491231002X" })
    expect(Field.residentIdBirthDate("11010519491231002X")).toBe("1949-12-31")
  })

  it("has distinct codes for length, characters, birth date and check digit", () => {
    expect(outcome(Field.ResidentId, "1101051949123100")).toEqual(["field.residentId.length"])
    expect(outcome(Field.ResidentId, "11010519491231X02X")).toEqual(["field.residentId.format"])
    // 1949-02-30 does not exist; check digit recomputed so only the date is wrong.
    const badDate = `11010519490230002`
    expect(outcome(Field.ResidentId, badDate + Field.residentIdCheckDigit(badDate))).toEqual([
      "field.residentId.birthDate"
    ])
    const before1900 = `11010518991231002`
    expect(outcome(Field.ResidentId, before1900 + Field.residentIdCheckDigit(before1900))).toEqual([
      "field.residentId.birthDate"
    ])
    expect(outcome(Field.ResidentId, "110105194912310021")).toEqual(["field.residentId.checkDigit"])
  })

  it("accepts every generated valid ID", () => {
    fc.assert(
      fc.property(validResidentId, (id) => {
        expect(outcome(Field.ResidentId, id)).toEqual({ ok: id })
      })
    )
  })

  it("rejects every ID with one character changed", () => {
    const flipped = validResidentId.chain((id) =>
      fc.oneof(
        flip(id.slice(0, 17), "0123456789").map((first17) => first17 + id[17]),
        flip(id[17]!, "0123456789X").map((check) => id.slice(0, 17) + check)
      )
    )
    fc.assert(
      fc.property(flipped, (id) => {
        const codes = outcome(Field.ResidentId, id)
        expect(Array.isArray(codes) && codes.length === 1).toBe(true)
      })
    )
  })

  it("accepts 15-digit legacy numbers only when the option allows them", () => {
    expect(outcome(Field.ResidentId, "110105491231002")).toEqual(["field.residentId.length"])
    const Legacy = Field.residentId({ allowLegacy15: true })
    expect(outcome(Legacy, "110105491231002")).toEqual({ ok: "110105491231002" })
    expect(Field.residentIdBirthDate("110105491231002")).toBe("1949-12-31")
    expect(outcome(Legacy, "110105490231002")).toEqual(["field.residentId.birthDate"])
    expect(outcome(Legacy, "1101054912310")).toEqual(["field.residentId.legacyLength"])
    expect(outcome(Legacy, "11010519491231002X")).toEqual({ ok: "11010519491231002X" })
  })

  it("helpers are total: odd input gives undefined", () => {
    expect(Field.residentIdCheckDigit("1234")).toBeUndefined()
    expect(Field.residentIdCheckDigit("1101051949123100A")).toBeUndefined()
    expect(Field.residentIdBirthDate("")).toBeUndefined()
  })
})

describe("Field.ResidentId birth dates and regions", () => {
  const withCheck = (first17: string) => first17 + Field.residentIdCheckDigit(first17)

  it("knows leap years: 1900-02-29 does not exist, 2000-02-29 does", () => {
    expect(outcome(Field.ResidentId, withCheck("11010519000229002"))).toEqual(["field.residentId.birthDate"])
    expect(outcome(Field.ResidentId, withCheck("11010520000229002"))).toEqual({
      ok: withCheck("11010520000229002")
    })
    expect(Field.residentIdBirthDate(withCheck("11010520000229002"))).toBe("2000-02-29")
  })

  it("takes a birth date in the future and any region code: the domain has no clock and no region list", () => {
    // A caller that must refuse future births compares residentIdBirthDate with its own `now`.
    expect(outcome(Field.ResidentId, withCheck("11010520991231002"))).toEqual({
      ok: withCheck("11010520991231002")
    })
    expect(outcome(Field.ResidentId, withCheck("00000019900101002"))).toEqual({
      ok: withCheck("00000019900101002")
    })
  })
})

describe("Field.CreditCode", () => {
  it("accepts a known code and normalises case", () => {
    expect(Field.creditCodeCheckChar("91350100M000100Y4")).toBe("3")
    expect(outcome(Field.CreditCode, "91350100M000100Y43")).toEqual({ ok: "91350100M000100Y43" })
    expect(outcome(Field.CreditCode, "91350100m000100y43")).toEqual({ ok: "91350100M000100Y43" })
  })

  it("has distinct codes for length, characters and check character", () => {
    expect(outcome(Field.CreditCode, "91350100M000100Y4")).toEqual(["field.creditCode.length"])
    expect(outcome(Field.CreditCode, "91350100M000100O43")).toEqual(["field.creditCode.format"])
    expect(outcome(Field.CreditCode, "91350100M000100Y44")).toEqual(["field.creditCode.checkChar"])
  })

  it("check value 31 maps to 0", () => {
    // An all-zero prefix sums to 0, so 31 − 0 = 31 must wrap to "0" rather than index past the charset.
    expect(Field.creditCodeCheckChar("00000000000000000")).toBe("0")
  })

  it("accepts every generated valid code and rejects every single-character change", () => {
    fc.assert(
      fc.property(validCreditCode, (code) => {
        expect(outcome(Field.CreditCode, code)).toEqual({ ok: code })
      })
    )
    const flipped = validCreditCode.chain((code) => flip(code, Field.creditCodeCharset))
    fc.assert(
      fc.property(flipped, (code) => {
        expect(outcome(Field.CreditCode, code)).toEqual(["field.creditCode.checkChar"])
      })
    )
  })
})

describe("Field.Email", () => {
  it("lower-cases the domain only and trims", () => {
    expect(outcome(Field.Email, " Wang.Fang@Example.COM ")).toEqual({ ok: "Wang.Fang@example.com" })
    expect(outcome(Field.Email, "a+tag@mail.example.cn")).toEqual({ ok: "a+tag@mail.example.cn" })
  })

  it("rejects what is almost always a typing mistake", () => {
    for (const bad of [
      "wang",
      "wang@",
      "@example.com",
      "wang@example",
      "wang..fang@example.com",
      "wang@exa mple.com"
    ]) {
      expect(outcome(Field.Email, bad)).toEqual(["field.email.invalid"])
    }
    expect(outcome(Field.Email, `${"a".repeat(65)}@example.com`)).toEqual(["field.email.invalid"])
  })
})

describe("Field.Email domains", () => {
  it("drops the trailing dot of a fully qualified domain, as pasted from the end of a sentence", () => {
    expect(outcome(Field.Email, "wang@example.com.")).toEqual({ ok: "wang@example.com" })
    expect(outcome(Field.Email, "wang@example.com..")).toEqual(["field.email.invalid"])
  })

  it("stores an internationalised domain as its ASCII (punycode) form, however it was typed", () => {
    expect(outcome(Field.Email, "wang@例子.中国")).toEqual({ ok: "wang@xn--fsqu00a.xn--fiqs8s" })
    // A Chinese input method types the ideographic full stop for a dot.
    expect(outcome(Field.Email, "wang@例子。中国")).toEqual({ ok: "wang@xn--fsqu00a.xn--fiqs8s" })
    expect(outcome(Field.Email, "wang@XN--FSQU00A.xn--fiqs8s")).toEqual({ ok: "wang@xn--fsqu00a.xn--fiqs8s" })
    expect(outcome(Field.Email, "wang@exa mple.中国")).toEqual(["field.email.invalid"])
  })

  it("still refuses a non-ASCII local part (SMTPUTF8 addresses are rarely deliverable)", () => {
    expect(outcome(Field.Email, "王芳@example.com")).toEqual(["field.email.invalid"])
  })
})

describe("Field money", () => {
  it("parses yuan strings exactly into fen", () => {
    expect(Field.yuanToFen("12.34")).toEqual(Result.succeed(1234))
    expect(Field.yuanToFen("0.1")).toEqual(Result.succeed(10))
    expect(Field.yuanToFen("¥1,234.5")).toEqual(Result.succeed(123450))
    expect(Field.yuanToFen("-3")).toEqual(Result.succeed(-300))
    expect(Field.yuanToFen("12.340")).toEqual(Result.succeed(1234))
    expect(Field.yuanToFen("1.005")).toEqual(Result.fail({ code: "field.money.precision" }))
    expect(Field.yuanToFen("12,34")).toEqual(Result.fail({ code: "field.money.format" }))
    expect(Field.yuanToFen("abc")).toEqual(Result.fail({ code: "field.money.format" }))
    expect(Field.yuanToFen("99999999999999999")).toEqual(Result.fail({ code: "field.money.tooLarge" }))
  })

  it("yuanToFen inverts fenToYuan for every safe amount", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (fen) => {
        expect(Field.yuanToFen(Field.fenToYuan(fen))).toEqual(Result.succeed(fen))
      })
    )
  })

  it("formats for display", () => {
    expect(Field.formatMoney({ amount: 1234, currency: "CNY" }, "zh-CN")).toBe("¥12.34")
    expect(Field.formatMoney({ amount: 123456789, currency: "CNY" }, "en")).toBe("¥1,234,567.89")
    expect(Field.formatMoney({ amount: -5, currency: "CNY" }, "en")).toBe("-¥0.05")
    expect(Field.formatMoney({ amount: 100, currency: "USD" }, "en")).toBe("USD 1.00")
  })

  it("Money holds integer fen with CNY by default", () => {
    expect(outcome(Field.Money, { amount: 1234 })).toEqual({ ok: { amount: 1234, currency: "CNY" } })
    expect(outcome(Field.Money, { amount: 12.34 })).toEqual(["field.money.amount"])
    expect(outcome(Field.Money, { amount: 1, currency: "cny" })).toEqual(["field.money.currency"])
    expect(outcome(Field.MoneyFromYuan, "12.34")).toEqual({ ok: { amount: 1234, currency: "CNY" } })
    expect(outcome(Field.MoneyFromYuan, "12.345")).toEqual(["field.money.precision"])
    expect(Schema.encodeSync(Field.MoneyFromYuan)({ amount: 1234, currency: "CNY" })).toBe("12.34")
  })
})

describe("Field money at the edges", () => {
  it("reads signs, padding and the largest safe amount exactly, and refuses exponents", () => {
    expect(Field.yuanToFen("-0.01")).toEqual(Result.succeed(-1))
    expect(Field.yuanToFen("-0.00")).toEqual(Result.succeed(0))
    expect(Field.yuanToFen("  12.30  ")).toEqual(Result.succeed(1230))
    expect(Field.yuanToFen("1e3")).toEqual(Result.fail({ code: "field.money.format" }))
    // Number.MAX_SAFE_INTEGER fen is ¥90,071,992,547,409.91; one fen more is not exact any more.
    expect(Field.yuanToFen("90071992547409.91")).toEqual(Result.succeed(Number.MAX_SAFE_INTEGER))
    expect(Field.yuanToFen("90071992547409.92")).toEqual(Result.fail({ code: "field.money.tooLarge" }))
    expect(Field.yuanToFen("-90071992547409.92")).toEqual(Result.fail({ code: "field.money.tooLarge" }))
    expect(outcome(Field.Area, 89.555)).toEqual(["field.area.invalid"])
  })
})

describe("Field.Area", () => {
  it("is a positive number of square metres with at most two decimals", () => {
    expect(outcome(Field.Area, 89.55)).toEqual({ ok: 89.55 })
    expect(outcome(Field.Area, 120)).toEqual({ ok: 120 })
    for (const bad of [0, -1, 89.555, Number.NaN, Number.POSITIVE_INFINITY, "89.5"]) {
      expect(outcome(Field.Area, bad)).toEqual(["field.area.invalid"])
    }
    expect(Field.areaHundredths(89.55)).toBe(8955)
  })

  it("every hundredth count round-trips through an area", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Field.maxArea * 100 }), (hundredths) => {
        const area = hundredths / 100
        expect(Field.isArea(area)).toBe(true)
        expect(Field.areaHundredths(area)).toBe(hundredths)
      })
    )
  })
})

describe("Field dates", () => {
  it("LocalDate is a real YYYY-MM-DD", () => {
    expect(outcome(Field.LocalDate, "2024-02-29")).toEqual({ ok: "2024-02-29" })
    for (const bad of ["2026-02-29", "2026-13-01", "2026-3-2", "2026-03-02T00:00", "1900-02-29"]) {
      expect(outcome(Field.LocalDate, bad)).toEqual(["field.date.invalid"])
    }
  })

  it("LocalDateTime has no offset and a real date and time", () => {
    expect(outcome(Field.LocalDateTime, "2026-03-02T09:30")).toEqual({ ok: "2026-03-02T09:30" })
    expect(outcome(Field.LocalDateTime, "2026-03-02T09:30:15.5")).toEqual({ ok: "2026-03-02T09:30:15.5" })
    for (const bad of ["2026-03-02T09:30Z", "2026-03-02T24:00", "2026-03-02", "2026-03-02 09:30"]) {
      expect(outcome(Field.LocalDateTime, bad)).toEqual(["field.dateTime.invalid"])
    }
  })

  it("converts between local time in Asia/Shanghai (default) and instants", () => {
    expect(Field.defaultTimeZone).toBe("Asia/Shanghai")
    expect(Field.toInstant("2026-03-02T09:30")).toBe("2026-03-02T01:30:00.000Z")
    expect(Field.toInstant("2026-03-02")).toBe("2026-03-01T16:00:00.000Z")
    expect(Field.toLocal("2026-03-02T01:30:00.000Z")).toBe("2026-03-02T09:30:00")
    expect(Field.toLocalDate("2026-03-01T16:30:00.000Z")).toBe("2026-03-02")
    // Across a DST change the zone's offset of that day is used.
    expect(Field.toInstant("2026-07-01T12:00", "Europe/London")).toBe("2026-07-01T11:00:00.000Z")
    expect(Field.toInstant("nonsense")).toBeUndefined()
    expect(Field.toInstant("2026-03-02", "Not/AZone")).toBeUndefined()
    expect(Field.toLocal("not an instant")).toBeUndefined()
  })

  it("toLocal inverts toInstant in Shanghai for every minute", () => {
    const instant = fc.integer({
      min: Date.parse("1990-01-01T00:00:00Z"),
      max: Date.parse("2100-01-01T00:00:00Z")
    })
    fc.assert(
      fc.property(instant, (ms) => {
        const at = new Date(Math.floor(ms / 1000) * 1000).toISOString()
        expect(Field.toInstant(Field.toLocal(at)!)).toBe(at)
      })
    )
  })
})

describe("Field text", () => {
  it("trims, refuses empty text and counts characters, not UTF-16 units", () => {
    expect(outcome(Field.NonEmptyText, "  王芳 ")).toEqual({ ok: "王芳" })
    expect(outcome(Field.NonEmptyText, "   ")).toEqual(["field.text.empty"])
    const Short = Field.Text({ max: 3 })
    expect(outcome(Short, "空调坏")).toEqual({ ok: "空调坏" })
    expect(outcome(Short, "𠀀𠀀𠀀")).toEqual({ ok: "𠀀𠀀𠀀" })
    expect(outcome(Short, "空调坏了")).toEqual(["field.text.tooLong"])
    const result = Input.decode(Short, "abcd")
    expect(Result.isFailure(result) && result.failure.issues[0]?.message).toEqual({
      code: "field.text.tooLong",
      params: { max: 3 }
    })
    expect(outcome(Field.Text(), "")).toEqual({ ok: "" })
  })
})

describe("Field.SmsCode", () => {
  it("is six digits, spaces tolerated", () => {
    expect(outcome(Field.SmsCode, "123 456")).toEqual({ ok: "123456" })
    for (const bad of ["12345", "1234567", "12a456", ""]) {
      expect(outcome(Field.SmsCode, bad)).toEqual(["field.smsCode.format"])
    }
  })
})

describe("Field files", () => {
  const Resume = Field.file({ accept: ["application/pdf", "image/*", ".docx"], maxBytes: 1024 })

  it("accepts MIME types, type families and extensions", () => {
    expect(outcome(Resume, { name: "a.pdf", type: "application/pdf", size: 10 })).toMatchObject({ ok: {} })
    expect(outcome(Resume, { name: "a.png", type: "image/png", size: 10 })).toMatchObject({ ok: {} })
    expect(outcome(Resume, { name: "A.DOCX", type: "", size: 10 })).toMatchObject({ ok: {} })
  })

  it("reports a wrong type and a too-large size together", () => {
    expect(outcome(Resume, { name: "a.exe", type: "application/x-msdownload", size: 2048 })).toEqual([
      "field.file.type",
      "field.file.tooLarge"
    ])
    expect(
      Field.checkFile(
        { name: "a.pdf", type: "application/pdf", size: 6 * 1024 * 1024 },
        { maxBytes: 5 * 1024 * 1024 }
      )
    ).toEqual([{ code: "field.file.tooLarge", params: { max: "5 MB" } }])
    expect(Field.formatBytes(1536)).toBe("1.5 KB")
  })
})

describe("Field form metadata", () => {
  const mobileMeta: Field.Meta = {
    label: "field.label.generic",
    widget: "mobile",
    sensitive: true,
    step: "contact"
  }
  const Contact = Schema.Struct({
    name: Field.NonEmptyText,
    mobile: Field.Mobile.pipe(Field.meta(mobileMeta)),
    email: Schema.optional(Field.Email.pipe(Field.meta({ label: "field.label.generic", widget: "email" }))),
    kind: Schema.Literals(["a", "b"]).pipe(
      Field.meta({
        label: "field.label.generic",
        widget: "select",
        options: [
          { value: "a", label: "state.met" },
          { value: "b", label: "state.overdue" }
        ]
      })
    )
  })

  it("meta annotates without changing decoding, and metaOf reads it back", () => {
    const annotated = Field.Mobile.pipe(Field.meta(mobileMeta))
    expect(Field.metaOf(annotated)).toEqual(mobileMeta)
    expect(outcome(annotated, "+86 13812345678")).toEqual({ ok: "13812345678" })
    expect(outcome(annotated, "12812345678")).toEqual(["field.mobile.invalid"])
    expect(Field.metaOf(Field.Mobile)).toBeUndefined()
  })

  it("metaOf sees through optional and later checks", () => {
    expect(Field.metaOf(Schema.optional(Field.Mobile.pipe(Field.meta(mobileMeta))))).toEqual(mobileMeta)
    const checked = Schema.String.pipe(Field.meta(mobileMeta)).check(
      Schema.isMinLength(1),
      Schema.isMaxLength(9)
    )
    expect(Field.metaOf(checked)).toEqual(mobileMeta)
  })

  it("fieldsOf lists fields in declaration order with a text default for unannotated ones", () => {
    const fields = Field.fieldsOf(Contact)
    expect(fields.map((f) => f.name)).toEqual(["name", "mobile", "email", "kind"])
    expect(fields.map((f) => f.optional)).toEqual([false, false, true, false])
    expect(fields[0]?.meta).toEqual({ label: "field.label.generic", widget: "text" })
    expect(fields[1]?.meta).toEqual(mobileMeta)
    expect(fields[2]?.meta.widget).toBe("email")
    expect(fields[3]?.meta.options?.map((o) => o.value)).toEqual(["a", "b"])
    expect(fields[1]?.schema).toBe(Contact.fields.mobile)
  })

  it("every code a field format can report has text in both locales", () => {
    const codes = [
      "field.mobile.invalid",
      "field.residentId.length",
      "field.residentId.legacyLength",
      "field.residentId.format",
      "field.residentId.birthDate",
      "field.residentId.checkDigit",
      "field.creditCode.length",
      "field.creditCode.format",
      "field.creditCode.checkChar",
      "field.email.invalid",
      "field.money.format",
      "field.money.precision",
      "field.money.amount",
      "field.money.tooLarge",
      "field.money.currency",
      "field.area.invalid",
      "field.date.invalid",
      "field.dateTime.invalid",
      "field.file.type",
      "field.file.tooLarge",
      "field.smsCode.format",
      "field.text.empty",
      "field.text.tooLong"
    ]
    for (const code of codes) {
      expect(Messages.isCode(code)).toBe(true)
      const texts = Messages.texts({ code: code as Messages.Code, params: { max: 3, accept: ".pdf" } })
      expect(texts["zh-CN"]).not.toMatch(/\{\w+\}/)
      expect(texts.en).not.toMatch(/\{\w+\}/)
    }
  })
})
