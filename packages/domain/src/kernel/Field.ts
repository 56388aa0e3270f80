/**
 * Field formats that recur across procedures (手机号, 居民身份证号, 统一社会信用代码, email, money,
 * area, dates, text, SMS codes, files) as Effect Schemas, and the form metadata that lets a form
 * engine render any domain schema.
 *
 * Every failure carries its own catalogue code with zh-CN and en text that tells the user how to fix
 * the input; decode with {@link Input.decode} to get them as issues. Formats that people type in
 * many ways (a mobile with `+86` and dashes, an ID with a lower-case `x`, full-width digits from a
 * Chinese input method) decode to one normalised value, so what is stored compares equal.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * import { Schema } from "effect"
 * const Visitor = Schema.Struct({ mobile: Field.Mobile, idNumber: Field.ResidentId })
 * Field.fieldsOf(Visitor).map((field) => field.name) // ["mobile", "idNumber"]
 * ```
 * @module
 * @since 0.1.0
 */
import { TZDate } from "@date-fns/tz"
import { Effect, Result, Schema, SchemaAST, SchemaGetter } from "effect"
import { fieldTexts } from "../messages/field.js"
import * as Input from "./Input.js"
import * as Messages from "./Messages.js"

Messages.register(fieldTexts)

// ---------------------------------------------------------------------------------------------
// shared helpers
// ---------------------------------------------------------------------------------------------

/** Full-width ASCII (what a Chinese IME types: `１３８`, `＋８６`, `Ｘ`) to half-width. */
const halfWidth = (s: string): string =>
  s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ")

const stringOf = (code: Messages.Code) => Schema.String.annotate({ [Input.messageKey]: { code } })

/** A string field that is cleaned up on decode, then checked; it encodes back unchanged. */
const normalisedString = (
  code: Messages.Code,
  normalise: (s: string) => string,
  check: (s: string) => Messages.Message | undefined
) =>
  stringOf(code).pipe(
    Schema.decodeTo(Schema.String.check(Input.makeFilter<string>(code, check)), {
      decode: SchemaGetter.transform(normalise),
      encode: SchemaGetter.passthrough()
    })
  )

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31

const isRealDate = (year: number, month: number, day: number): boolean =>
  year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)

const pad = (n: number, width = 2): string => String(n).padStart(width, "0")

// ---------------------------------------------------------------------------------------------
// mobile
// ---------------------------------------------------------------------------------------------

/**
 * Normalises a typed mainland mobile number: drops spaces, dashes, invisible characters pasted
 * with it, brackets around the prefix or a group of digits, full-width digits and the `+86` /
 * `0086` / `86` country prefixes (a bare `86` only before 11 more digits). The result is not
 * checked; {@link Mobile} checks it.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * Field.normaliseMobile("+86 138-1234-5678") // "13812345678"
 * ```
 * @category mobile
 * @since 0.1.0
 */
export const normaliseMobile = (input: string): string => {
  const compact = halfWidth(input)
    .replace(/[\s\-\u2010-\u2015\u200b-\u200d\u2060]/g, "")
    // Brackets that hold only a prefix or digits, "(+86)138…" or "+86 (138) 1234 5678", group them.
    .replace(/\((\+?\d+)\)/g, "$1")
  if (compact.startsWith("+86")) return compact.slice(3)
  if (compact.startsWith("0086")) return compact.slice(4)
  // A bare "86" is only a prefix when what follows is a whole number; "8613..." of 11 digits is not.
  if (compact.startsWith("86") && compact.length === 13) return compact.slice(2)
  return compact
}

/**
 * Tells whether a string is a normalised mainland mobile number: 11 digits, `1[3-9]` then 9 digits.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * Field.isMobile("13812345678") // true
 * Field.isMobile("12812345678") // false
 * ```
 * @category mobile
 * @since 0.1.0
 */
export const isMobile = (value: string): boolean => /^1[3-9]\d{9}$/.test(value)

/**
 * A mainland China mobile number (手机号). Accepts `+86`, `86` and `0086` prefixes, spaces, dashes,
 * brackets (`+86 (138) 1234 5678`) and full-width digits, and decodes to the normalised 11 digits.
 * Failure code `field.mobile.invalid`.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Field.Mobile)("+86 138-1234-5678") // "13812345678"
 * ```
 * @category mobile
 * @since 0.1.0
 */
export const Mobile = normalisedString("field.mobile.invalid", normaliseMobile, (s) =>
  isMobile(s) ? undefined : { code: "field.mobile.invalid" }
)

// ---------------------------------------------------------------------------------------------
// resident ID (GB 11643)
// ---------------------------------------------------------------------------------------------

const residentIdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
const residentIdCheckChars = "10X98765432"

/**
 * The GB 11643 check character of the first 17 digits of a resident ID number, or `undefined` when
 * the argument is not 17 digits. Each digit is weighted by 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; the
 * sum mod 11 picks from `1 0 X 9 8 7 6 5 4 3 2`.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * Field.residentIdCheckDigit("11010519491231002") // "X"
 * ```
 * @category resident ID
 * @since 0.1.0
 */
export const residentIdCheckDigit = (first17: string): string | undefined => {
  if (!/^\d{17}$/.test(first17)) return undefined
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * residentIdWeights[i]!
  return residentIdCheckChars[sum % 11]
}

/**
 * The birth date inside a resident ID number as `YYYY-MM-DD`, or `undefined` when there is none:
 * characters 7–14 of an 18-character number, or 7–12 of a 15-digit legacy number (years 19xx).
 * The date must exist on the calendar (1900-02-29 does not, 2000-02-29 does) and its year be 1900
 * or later. A date in the future is returned as it is: the domain never reads the clock, so a
 * caller that must refuse one compares this date with its own `now`.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * Field.residentIdBirthDate("11010519491231002X") // "1949-12-31"
 * Field.residentIdBirthDate("110105491231002") // "1949-12-31"
 * ```
 * @category resident ID
 * @since 0.1.0
 */
export const residentIdBirthDate = (id: string): string | undefined => {
  const digits = id.length === 18 ? id.slice(6, 14) : id.length === 15 ? `19${id.slice(6, 12)}` : ""
  if (!/^\d{8}$/.test(digits)) return undefined
  const year = Number(digits.slice(0, 4))
  const month = Number(digits.slice(4, 6))
  const day = Number(digits.slice(6, 8))
  if (year < 1900 || !isRealDate(year, month, day)) return undefined
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`
}

/**
 * Options of {@link residentId}.
 *
 * @example
 * ```ts
 * import type { Field } from "@frontdesk/domain"
 * const options: Field.ResidentIdOptions = { allowLegacy15: true }
 * ```
 * @category resident ID
 * @since 0.1.0
 */
export interface ResidentIdOptions {
  /**
   * Accept 15-digit numbers of first-generation cards (no check digit). Off unless a procedure's
   * policy says so; they are stored as entered, not converted to 18 characters.
   */
  readonly allowLegacy15?: boolean | undefined
}

const residentIdProblem = (id: string, allowLegacy15: boolean): Messages.Message | undefined => {
  if (id.length === 15 && allowLegacy15) {
    if (!/^\d{15}$/.test(id)) return { code: "field.residentId.format" }
    return residentIdBirthDate(id) === undefined ? { code: "field.residentId.birthDate" } : undefined
  }
  if (id.length !== 18)
    return { code: allowLegacy15 ? "field.residentId.legacyLength" : "field.residentId.length" }
  if (!/^\d{17}[\dX]$/.test(id)) return { code: "field.residentId.format" }
  if (residentIdBirthDate(id) === undefined) return { code: "field.residentId.birthDate" }
  if (residentIdCheckDigit(id.slice(0, 17)) !== id[17]) return { code: "field.residentId.checkDigit" }
  return undefined
}

/**
 * A resident ID number (居民身份证号) schema. Decoding trims it, drops inner spaces, turns a
 * lower-case `x` (and full-width characters) into `X`, then checks in this order and reports the
 * first problem: length (`field.residentId.length`), characters (`field.residentId.format`), birth
 * date (`field.residentId.birthDate`), GB 11643 check digit (`field.residentId.checkDigit`). The
 * six-digit region code is not checked against a list: counties are merged and renamed, and the
 * numbers issued under old codes stay valid. Nor is a birth date in the future refused, since
 * the domain has no clock (see {@link residentIdBirthDate}).
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * import { Schema } from "effect"
 * const Legacy = Field.residentId({ allowLegacy15: true })
 * Schema.decodeUnknownSync(Legacy)("110105491231002") // "110105491231002"
 * ```
 * @category resident ID
 * @since 0.1.0
 */
export const residentId = (options?: ResidentIdOptions) => {
  const allowLegacy15 = options?.allowLegacy15 === true
  return normalisedString(
    "field.residentId.format",
    (s) => halfWidth(s).replace(/\s/g, "").toUpperCase(),
    (s) => residentIdProblem(s, allowLegacy15)
  )
}

/**
 * An 18-character resident ID number; see {@link residentId} for the checks and codes.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Field.ResidentId)("11010519491231002x") // "11010519491231002X"
 * ```
 * @category resident ID
 * @since 0.1.0
 */
export const ResidentId = residentId()

// ---------------------------------------------------------------------------------------------
// unified social credit code (GB 32100)
// ---------------------------------------------------------------------------------------------

/**
 * The 31 characters a unified social credit code is written in: digits and capital letters
 * without I, O, Z, S and V. A character's value is its index here.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * Field.creditCodeCharset.indexOf("Y") // 30
 * ```
 * @category credit code
 * @since 0.1.0
 */
export const creditCodeCharset = "0123456789ABCDEFGHJKLMNPQRTUWXY"

const creditCodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const

/**
 * The GB 32100 check character of the first 17 characters of a unified social credit code, or
 * `undefined` when they are not 17 characters of {@link creditCodeCharset}. With weights
 * 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28, the check value is 31 − (sum mod 31), 31 being 0.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * Field.creditCodeCheckChar("91350100M000100Y4") // "3"
 * ```
 * @category credit code
 * @since 0.1.0
 */
export const creditCodeCheckChar = (first17: string): string | undefined => {
  if (first17.length !== 17) return undefined
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const value = creditCodeCharset.indexOf(first17[i]!)
    if (value < 0) return undefined
    sum += value * creditCodeWeights[i]!
  }
  return creditCodeCharset[(31 - (sum % 31)) % 31]
}

const creditCodeProblem = (code: string): Messages.Message | undefined => {
  if (code.length !== 18) return { code: "field.creditCode.length" }
  if ([...code].some((c) => !creditCodeCharset.includes(c))) return { code: "field.creditCode.format" }
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return { code: "field.creditCode.checkChar" }
  return undefined
}

/**
 * A unified social credit code (统一社会信用代码). Decoding trims it, drops inner spaces and
 * upper-cases it; then it must have 18 characters (`field.creditCode.length`) of
 * {@link creditCodeCharset} (`field.creditCode.format`) ending in the GB 32100 check character
 * (`field.creditCode.checkChar`).
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Field.CreditCode)("91350100m000100y43") // "91350100M000100Y43"
 * ```
 * @category credit code
 * @since 0.1.0
 */
export const CreditCode = normalisedString(
  "field.creditCode.format",
  (s) => halfWidth(s).replace(/\s/g, "").toUpperCase(),
  creditCodeProblem
)

// ---------------------------------------------------------------------------------------------
// email
// ---------------------------------------------------------------------------------------------

const atext = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]"
const emailPattern = new RegExp(
  `^${atext}+(?:\\.${atext}+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$`
)

/**
 * Tells whether a string is an email address in the practical RFC 5322 subset: a dot-atom local
 * part of at most 64 characters, `@`, a domain of at least two DNS labels ending in an alphabetic
 * (or punycode) top-level label; at most 254 characters. Quoted local parts, comments and IP
 * literals are refused: they are legal but almost always typing mistakes on a form.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * Field.isEmail("wang.fang@example.com") // true
 * Field.isEmail("wang.fang@example") // false
 * ```
 * @category email
 * @since 0.1.0
 */
export const isEmail = (value: string): boolean => {
  if (value.length > 254 || !emailPattern.test(value)) return false
  return value.indexOf("@") <= 64
}

/**
 * A domain in the ASCII form mail servers use: lower case, an internationalised name (例子.中国)
 * as punycode through the URL parser's IDNA mapping (which also reads the ideographic full stop
 * "。" as a dot), and no trailing dot (`example.com.` names the same domain as `example.com`).
 * Anything the URL parser would read as more than a host is left for the check to refuse.
 */
const asciiDomain = (domain: string): string => {
  let ascii = domain.toLowerCase()
  if (/[^\x20-\x7e]/.test(domain) && !/[\s/?#@:\\%[\]]/.test(domain)) {
    try {
      ascii = new URL(`http://${domain}`).hostname
    } catch {
      ascii = domain
    }
  }
  return ascii.endsWith(".") ? ascii.slice(0, -1) : ascii
}

const normaliseEmail = (input: string): string => {
  const trimmed = halfWidth(input).trim()
  const at = trimmed.lastIndexOf("@")
  // Only the domain is case-insensitive; a local part's case may matter to its mail server.
  return at < 0 ? trimmed : `${trimmed.slice(0, at)}@${asciiDomain(trimmed.slice(at + 1))}`
}

/**
 * An email address (see {@link isEmail}); decoding trims it, lower-cases the domain, drops a
 * trailing dot after it and stores an internationalised domain (`wang@例子.中国`) as punycode
 * (`wang@xn--fsqu00a.xn--fiqs8s`), so one address compares equal however it was typed. The local
 * part stays ASCII. Failure code `field.email.invalid`.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Field.Email)(" Wang.Fang@Example.COM ") // "Wang.Fang@example.com"
 * ```
 * @category email
 * @since 0.1.0
 */
export const Email = normalisedString("field.email.invalid", normaliseEmail, (s) =>
  isEmail(s) ? undefined : { code: "field.email.invalid" }
)

// ---------------------------------------------------------------------------------------------
// money
// ---------------------------------------------------------------------------------------------

/**
 * The currency of money when none is given.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * Field.defaultCurrency // "CNY"
 * ```
 * @category money
 * @since 0.1.0
 */
export const defaultCurrency = "CNY"

/**
 * An amount of money in integer minor units (fen for CNY) with its ISO 4217 currency. Never a
 * floating-point number of yuan, so sums and comparisons are exact.
 *
 * @example
 * ```ts
 * import type { Field } from "@frontdesk/domain"
 * const deposit: Field.Money = { amount: 123_400, currency: "CNY" } // ¥1,234.00
 * ```
 * @category money
 * @since 0.1.0
 */
export interface Money {
  readonly amount: number
  readonly currency: string
}

/**
 * Schema of {@link Money}: `amount` a safe integer of minor units (`field.money.amount`),
 * `currency` three capital letters (`field.money.currency`), `"CNY"` when absent.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Field.Money)({ amount: 1234 }) // { amount: 1234, currency: "CNY" }
 * ```
 * @category money
 * @since 0.1.0
 */
export const Money = Schema.Struct({
  amount: Schema.Number.check(
    Input.makeFilter<number>("field.money.amount", (n) =>
      Number.isSafeInteger(n) ? undefined : { code: "field.money.amount" }
    )
  ),
  currency: Schema.String.check(
    Input.makeFilter<string>("field.money.currency", (s) =>
      /^[A-Z]{3}$/.test(s) ? undefined : { code: "field.money.currency" }
    )
  ).pipe(Schema.withDecodingDefaultKey(Effect.succeed(defaultCurrency)))
})

/**
 * Makes {@link Money} from minor units.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * Field.money(1234) // { amount: 1234, currency: "CNY" }
 * ```
 * @category money
 * @since 0.1.0
 */
export const money = (amount: number, currency: string = defaultCurrency): Money => ({ amount, currency })

const yuanPattern = /^([+-])?[¥]?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/

/**
 * Parses a yuan amount as typed (`"12.34"`, `"¥1,234.5"`, `"-3"`) into integer fen by reading its
 * digits, never through floating point. More than two decimals fail with `field.money.precision`
 * (unless the extra digits are zeros), anything unreadable with `field.money.format`, and amounts
 * beyond exact integer range with `field.money.tooLarge`.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * Field.yuanToFen("12.34") // Success(1234)
 * Field.yuanToFen("0.1") // Success(10)
 * Field.yuanToFen("1.005") // Failure({ code: "field.money.precision" })
 * ```
 * @category money
 * @since 0.1.0
 */
export const yuanToFen = (input: string): Result.Result<number, Messages.Message> => {
  const compact = halfWidth(input)
    .replace(/\s/g, "")
    .replace(/^([+-]?)[￥¥]/, "$1¥")
  const match = yuanPattern.exec(compact)
  if (match === null) return Result.fail({ code: "field.money.format" })
  const [, sign, whole = "", fraction = ""] = match
  const decimals = fraction.replace(/0+$/, "")
  if (decimals.length > 2) return Result.fail({ code: "field.money.precision" })
  const fen = BigInt(whole.replace(/,/g, "") + decimals.padEnd(2, "0"))
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) return Result.fail({ code: "field.money.tooLarge" })
  const amount = Number(fen)
  return Result.succeed(sign === "-" && amount !== 0 ? -amount : amount)
}

/**
 * Writes integer fen as a plain yuan amount with two decimals, the inverse of {@link yuanToFen}.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * Field.fenToYuan(1234) // "12.34"
 * Field.fenToYuan(-5) // "-0.05"
 * ```
 * @category money
 * @since 0.1.0
 */
export const fenToYuan = (fen: number): string => {
  const digits = String(Math.abs(Math.trunc(fen))).padStart(3, "0")
  return `${fen < 0 ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`
}

/**
 * Formats money for display: `¥` and thousands separators for CNY, the currency code otherwise.
 * zh-CN and en write amounts the same way today; the locale is taken so that callers need not
 * change when a locale that differs is added.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * Field.formatMoney({ amount: 1234, currency: "CNY" }, "zh-CN") // "¥12.34"
 * Field.formatMoney({ amount: 123456789, currency: "CNY" }, "en") // "¥1,234,567.89"
 * ```
 * @category money
 * @since 0.1.0
 */
export const formatMoney = (value: Money, _locale: Messages.Locale): string => {
  const plain = fenToYuan(Math.abs(value.amount))
  const [whole = "0", fraction = "00"] = plain.split(".")
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")
  const symbol = value.currency === "CNY" ? "¥" : `${value.currency} `
  return `${value.amount < 0 ? "-" : ""}${symbol}${grouped}.${fraction}`
}

/**
 * Money typed as a yuan string, as a money control posts it: decodes `"12.34"` to
 * `{ amount: 1234, currency: "CNY" }` with the codes of {@link yuanToFen}, and encodes back to
 * `"12.34"`.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Field.MoneyFromYuan)("¥1,234.5") // { amount: 123450, currency: "CNY" }
 * ```
 * @category money
 * @since 0.1.0
 */
export const MoneyFromYuan = stringOf("field.money.format")
  .check(
    Input.makeFilter<string>("field.money.format", (s) => {
      const fen = yuanToFen(s)
      return Result.isFailure(fen) ? fen.failure : undefined
    })
  )
  .pipe(
    Schema.decodeTo(Schema.toType(Money), {
      decode: SchemaGetter.transform((s: string) => money(Result.getOrElse(yuanToFen(s), () => 0))),
      encode: SchemaGetter.transform((m: Money) => fenToYuan(m.amount))
    })
  )

// ---------------------------------------------------------------------------------------------
// area
// ---------------------------------------------------------------------------------------------

/**
 * The largest area accepted, in square metres; beyond it hundredths would no longer be exact.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * Field.maxArea // 1_000_000_000
 * ```
 * @category area
 * @since 0.1.0
 */
export const maxArea = 1_000_000_000

/**
 * Tells whether a number is an area: finite, greater than 0, at most {@link maxArea}, with at most
 * two decimals.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * Field.isArea(89.5) // true
 * Field.isArea(89.555) // false
 * ```
 * @category area
 * @since 0.1.0
 */
export const isArea = (value: number): boolean => {
  if (!Number.isFinite(value) || value <= 0 || value > maxArea) return false
  // 89.55 is not exact in binary, but it is the double nearest to "89.55", which two-decimal
  // rounding reproduces exactly; a number with a third decimal does not survive the round trip.
  return Number(value.toFixed(2)) === value
}

/**
 * An area in square metres (面积, m²): a plain number greater than 0 with at most two decimals,
 * e.g. `89.5`. It is a number rather than integer hundredths because people read and type it
 * that way and it stores as such in JSON; for exact arithmetic (a fee per m²) convert with
 * {@link areaHundredths}. Failure code `field.area.invalid`.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Field.Area)(89.5) // 89.5
 * ```
 * @category area
 * @since 0.1.0
 */
export const Area = Schema.Number.annotate({ [Input.messageKey]: { code: "field.area.invalid" } }).check(
  Input.makeFilter<number>("field.area.invalid", (n) =>
    isArea(n) ? undefined : { code: "field.area.invalid" }
  )
)

/**
 * An area as exact integer hundredths of a square metre, for arithmetic without rounding drift.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * Field.areaHundredths(89.55) // 8955
 * ```
 * @category area
 * @since 0.1.0
 */
export const areaHundredths = (area: number): number => Math.round(area * 100)

// ---------------------------------------------------------------------------------------------
// dates
// ---------------------------------------------------------------------------------------------

/**
 * The time zone local dates and times are in unless the organisation configures another.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * Field.defaultTimeZone // "Asia/Shanghai"
 * ```
 * @category dates
 * @since 0.1.0
 */
export const defaultTimeZone = "Asia/Shanghai"

interface LocalParts {
  readonly year: number
  readonly month: number
  readonly day: number
  readonly hour: number
  readonly minute: number
  readonly second: number
  readonly millisecond: number
}

const localDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/
const localDateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/

const parseLocal = (value: string): LocalParts | undefined => {
  const match = localDateTimePattern.exec(value) ?? localDatePattern.exec(value)
  if (match === null) return undefined
  const [, y, mo, d, h = "0", mi = "0", s = "0", ms = "0"] = match
  const parts: LocalParts = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: Number(s),
    millisecond: Number(ms.padEnd(3, "0"))
  }
  if (!isRealDate(parts.year, parts.month, parts.day)) return undefined
  if (parts.hour > 23 || parts.minute > 59 || parts.second > 59) return undefined
  return parts
}

/**
 * Tells whether a string is an ISO 8601 calendar date `YYYY-MM-DD` that exists.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * Field.isLocalDate("2024-02-29") // true
 * Field.isLocalDate("2026-02-29") // false
 * ```
 * @category dates
 * @since 0.1.0
 */
export const isLocalDate = (value: string): boolean =>
  localDatePattern.test(value) && parseLocal(value) !== undefined

/**
 * Tells whether a string is an ISO 8601 local date-time without offset, `YYYY-MM-DDTHH:mm`
 * with optional `:ss` and `.sss`, on a date that exists.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * Field.isLocalDateTime("2026-03-02T09:30") // true
 * Field.isLocalDateTime("2026-03-02T09:30Z") // false
 * ```
 * @category dates
 * @since 0.1.0
 */
export const isLocalDateTime = (value: string): boolean =>
  localDateTimePattern.test(value) && parseLocal(value) !== undefined

/**
 * A calendar date `YYYY-MM-DD` that exists (no 2026-02-29). Failure code `field.date.invalid`.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Field.LocalDate)("2026-03-02") // "2026-03-02"
 * ```
 * @category dates
 * @since 0.1.0
 */
export const LocalDate = stringOf("field.date.invalid").check(
  Input.makeFilter<string>("field.date.invalid", (s) =>
    isLocalDate(s) ? undefined : { code: "field.date.invalid" }
  )
)

/**
 * A local date-time without offset (`2026-03-02T09:30`, seconds optional), read in the
 * organisation's time zone. Failure code `field.dateTime.invalid`.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Field.LocalDateTime)("2026-03-02T09:30") // "2026-03-02T09:30"
 * ```
 * @category dates
 * @since 0.1.0
 */
export const LocalDateTime = stringOf("field.dateTime.invalid").check(
  Input.makeFilter<string>("field.dateTime.invalid", (s) =>
    isLocalDateTime(s) ? undefined : { code: "field.dateTime.invalid" }
  )
)

/**
 * The instant (ISO 8601 in UTC, as history entries store it) at which a local date-time, or the
 * start of a local date, happens in a time zone. `undefined` when the input is not a
 * {@link LocalDateTime} or {@link LocalDate}, or the zone is unknown.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * Field.toInstant("2026-03-02T09:30") // "2026-03-02T01:30:00.000Z"
 * Field.toInstant("2026-03-02", "Europe/London") // "2026-03-02T00:00:00.000Z"
 * ```
 * @category dates
 * @since 0.1.0
 */
export const toInstant = (local: string, timeZone: string = defaultTimeZone): string | undefined => {
  const parts = parseLocal(local)
  if (parts === undefined) return undefined
  const zoned = new TZDate(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
    parts.millisecond,
    timeZone
  )
  const time = zoned.getTime()
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
}

const zonedOf = (instant: string | Date | number, timeZone: string): TZDate | undefined => {
  const time = instant instanceof Date ? instant.getTime() : new Date(instant).getTime()
  if (Number.isNaN(time)) return undefined
  const zoned = new TZDate(time, timeZone)
  return Number.isNaN(zoned.getFullYear()) ? undefined : zoned
}

/**
 * The local date-time `YYYY-MM-DDTHH:mm:ss` that an instant shows on clocks in a time zone.
 * An instant string must carry its offset (`Z` or `+08:00`). `undefined` for an invalid
 * instant or unknown zone.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * Field.toLocal("2026-03-02T01:30:00.000Z") // "2026-03-02T09:30:00"
 * Field.toLocal(new Date("2026-03-02T01:30:00Z"), "Europe/London") // "2026-03-02T01:30:00"
 * ```
 * @category dates
 * @since 0.1.0
 */
export const toLocal = (
  instant: string | Date | number,
  timeZone: string = defaultTimeZone
): string | undefined => {
  const zoned = zonedOf(instant, timeZone)
  if (zoned === undefined) return undefined
  return `${pad(zoned.getFullYear(), 4)}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}T${pad(
    zoned.getHours()
  )}:${pad(zoned.getMinutes())}:${pad(zoned.getSeconds())}`
}

/**
 * The local calendar date `YYYY-MM-DD` of an instant in a time zone.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * Field.toLocalDate("2026-03-01T16:30:00.000Z") // "2026-03-02" (00:30 in Shanghai)
 * ```
 * @category dates
 * @since 0.1.0
 */
export const toLocalDate = (
  instant: string | Date | number,
  timeZone: string = defaultTimeZone
): string | undefined => toLocal(instant, timeZone)?.slice(0, 10)

// ---------------------------------------------------------------------------------------------
// text
// ---------------------------------------------------------------------------------------------

/**
 * Options of {@link Text}.
 *
 * @example
 * ```ts
 * import type { Field } from "@frontdesk/domain"
 * const options: Field.TextOptions = { max: 200, nonEmpty: true }
 * ```
 * @category text
 * @since 0.1.0
 */
export interface TextOptions {
  /** The most characters allowed, counted as Unicode code points (一 个 汉字 is one). */
  readonly max?: number | undefined
  /** Refuse text that is empty after trimming (`field.text.empty`). */
  readonly nonEmpty?: boolean | undefined
}

/**
 * Free text, trimmed on decode, with an optional maximum length (`field.text.tooLong` with param
 * `max`) and an optional refusal of empty text (`field.text.empty`).
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * import { Schema } from "effect"
 * const Subject = Field.Text({ max: 20 })
 * Schema.decodeUnknownSync(Subject)("  空调不制冷  ") // "空调不制冷"
 * ```
 * @category text
 * @since 0.1.0
 */
export const Text = (options?: TextOptions) => {
  const max = options?.max
  const nonEmpty = options?.nonEmpty === true
  return Schema.String.pipe(
    Schema.decodeTo(
      Schema.String.check(
        Input.makeFilter<string>(nonEmpty ? "field.text.empty" : "field.text.tooLong", (s) => {
          if (nonEmpty && s.length === 0) return { code: "field.text.empty" }
          if (max !== undefined && [...s].length > max) return { code: "field.text.tooLong", params: { max } }
          return undefined
        })
      ),
      { decode: SchemaGetter.transform((s: string) => s.trim()), encode: SchemaGetter.passthrough() }
    )
  )
}

/**
 * Trimmed text that is not empty (`field.text.empty`), of any length.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Field.NonEmptyText)(" 王芳 ") // "王芳"
 * ```
 * @category text
 * @since 0.1.0
 */
export const NonEmptyText = Text({ nonEmpty: true })

// ---------------------------------------------------------------------------------------------
// SMS code
// ---------------------------------------------------------------------------------------------

/**
 * How many digits an SMS verification code has.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * Field.smsCodeLength // 6
 * ```
 * @category SMS code
 * @since 0.1.0
 */
export const smsCodeLength = 6

/**
 * Normalises an SMS verification code as typed: full-width digits to ASCII, spaces dropped. The
 * result is not checked; {@link SmsCode} checks it.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * Field.normaliseSmsCode("４２８ １９３") // "428193"
 * ```
 * @category SMS code
 * @since 0.1.0
 */
export const normaliseSmsCode = (input: string): string => halfWidth(input).replace(/\s/g, "")

/**
 * An SMS verification code as typed: {@link smsCodeLength} digits, spaces and full-width digits
 * tolerated. Failure code `field.smsCode.format`. Expiry, attempts and resend cooldown are in
 * the `SmsCode` module.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Field.SmsCode)("123 456") // "123456"
 * ```
 * @category SMS code
 * @since 0.1.0
 */
export const SmsCode = normalisedString(
  "field.smsCode.format",
  (s) => normaliseSmsCode(s),
  (s) => (new RegExp(`^\\d{${smsCodeLength}}$`).test(s) ? undefined : { code: "field.smsCode.format" })
)

// ---------------------------------------------------------------------------------------------
// files
// ---------------------------------------------------------------------------------------------

/**
 * What the domain knows of an uploaded file: its name, MIME type and size in bytes. The bytes
 * themselves stay with the host (storage or upload service).
 *
 * @example
 * ```ts
 * import type { Field } from "@frontdesk/domain"
 * const resume: Field.FileRef = { name: "简历.pdf", type: "application/pdf", size: 182_044 }
 * ```
 * @category files
 * @since 0.1.0
 */
export interface FileRef {
  readonly name: string
  readonly type: string
  readonly size: number
}

/**
 * Schema of a {@link FileRef}.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Field.FileRef)({ name: "a.pdf", type: "application/pdf", size: 10 })
 * ```
 * @category files
 * @since 0.1.0
 */
export const FileRef = Schema.Struct({
  name: Schema.String,
  type: Schema.String,
  size: Schema.Number.check(Schema.isInt(), Schema.isGreaterThanOrEqualTo(0))
})

/**
 * Limits of a file field: accepted types and the largest size.
 *
 * @example
 * ```ts
 * import type { Field } from "@frontdesk/domain"
 * const limits: Field.FileLimits = { accept: ["application/pdf", "image/*", ".docx"], maxBytes: 5 * 1024 * 1024 }
 * ```
 * @category files
 * @since 0.1.0
 */
export interface FileLimits {
  /** MIME types (`application/pdf`), type families (`image/*`) or file extensions (`.pdf`), as in HTML `accept`. */
  readonly accept?: ReadonlyArray<string> | undefined
  readonly maxBytes?: number | undefined
}

/**
 * Writes a byte count the way file limits are shown: `512 B`, `200 KB`, `5 MB` (1 KB = 1024 B).
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * Field.formatBytes(5 * 1024 * 1024) // "5 MB"
 * ```
 * @category files
 * @since 0.1.0
 */
export const formatBytes = (bytes: number): string => {
  const units = ["B", "KB", "MB", "GB"] as const
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1).replace(/\.0$/, "")} ${units[unit]}`
}

const accepts = (file: FileRef, pattern: string): boolean => {
  const p = pattern.trim().toLowerCase()
  if (p.startsWith(".")) return file.name.toLowerCase().endsWith(p)
  const type = file.type.toLowerCase()
  return p.endsWith("/*") ? type.startsWith(p.slice(0, -1)) : type === p
}

/**
 * Every way a file breaks its limits: a type not in `accept` (`field.file.type`, param `accept`),
 * a size over `maxBytes` (`field.file.tooLarge`, param `max`). Empty when the file is acceptable,
 * so a file control can check before uploading.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * Field.checkFile({ name: "a.exe", type: "application/x-msdownload", size: 10 }, { accept: [".pdf"] })
 * // [{ code: "field.file.type", params: { accept: ".pdf" } }]
 * ```
 * @category files
 * @since 0.1.0
 */
export const checkFile = (file: FileRef, limits: FileLimits): ReadonlyArray<Messages.Message> => {
  const problems: Array<Messages.Message> = []
  const accept = limits.accept ?? []
  if (accept.length > 0 && !accept.some((pattern) => accepts(file, pattern))) {
    problems.push({ code: "field.file.type", params: { accept: accept.join(", ") } })
  }
  if (limits.maxBytes !== undefined && file.size > limits.maxBytes) {
    problems.push({ code: "field.file.tooLarge", params: { max: formatBytes(limits.maxBytes) } })
  }
  return problems
}

/**
 * A file field's value: a {@link FileRef} checked against its limits, every broken limit
 * reported (see {@link checkFile}).
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * const Resume = Field.file({ accept: ["application/pdf"], maxBytes: 5 * 1024 * 1024 })
 * ```
 * @category files
 * @since 0.1.0
 */
export const file = (limits: FileLimits) =>
  FileRef.check(
    Input.makeFilter<FileRef>("field.file.type", (f) => checkFile(f, { accept: limits.accept })[0]),
    Input.makeFilter<FileRef>("field.file.tooLarge", (f) => checkFile(f, { maxBytes: limits.maxBytes })[0])
  )

// ---------------------------------------------------------------------------------------------
// form metadata
// ---------------------------------------------------------------------------------------------

/**
 * The control a form renders for a field.
 *
 * @example
 * ```ts
 * import type { Field } from "@frontdesk/domain"
 * const widget: Field.Widget = "mobile"
 * ```
 * @category form metadata
 * @since 0.1.0
 */
export type Widget =
  | "text"
  | "textarea"
  | "number"
  | "mobile"
  | "residentId"
  | "creditCode"
  | "email"
  | "select"
  | "multiSelect"
  | "date"
  | "dateTime"
  | "money"
  | "area"
  | "file"
  | "checkbox"

/**
 * One choice of a select or multi-select: the stored value and the catalogue code of its label.
 *
 * @example
 * ```ts
 * import type { Field } from "@frontdesk/domain"
 * const option: Field.Option = { value: "open", label: "workflow.state.open" }
 * ```
 * @category form metadata
 * @since 0.1.0
 */
export interface Option {
  readonly value: string
  readonly label: Messages.Label
}

/**
 * How a form shows a field: label and hint (catalogue codes), control, choices, file limits,
 * wizard step and whether the value is personal data to mask in lists.
 *
 * @example
 * ```ts
 * import type { Field } from "@frontdesk/domain"
 * const meta: Field.Meta = { label: "field.label.generic", widget: "mobile", sensitive: true }
 * ```
 * @category form metadata
 * @since 0.1.0
 */
export interface Meta {
  readonly label: Messages.Label
  readonly hint?: Messages.Label | undefined
  readonly widget: Widget
  /** Choices of a `select` or `multiSelect`. */
  readonly options?: ReadonlyArray<Option> | undefined
  /** For a `file`: MIME types, type families (`image/*`) or extensions (`.pdf`). */
  readonly accept?: ReadonlyArray<string> | undefined
  /** For a `file`: the largest size in bytes. */
  readonly maxBytes?: number | undefined
  /** The id of the wizard step this field belongs to. */
  readonly step?: string | undefined
  /** Personal data: masked in lists (see `Personal.mask`). */
  readonly sensitive?: boolean | undefined
}

/**
 * The annotation key under which {@link meta} stores a field's {@link Meta}.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * Field.metaKey // "frontdesk/field"
 * ```
 * @category form metadata
 * @since 0.1.0
 */
export const metaKey = "frontdesk/field"

/**
 * Attaches form metadata to a schema; use in a pipe. The schema decodes exactly as before.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * const mobile = Field.Mobile.pipe(Field.meta({ label: "field.label.generic", widget: "mobile", sensitive: true }))
 * ```
 * @category form metadata
 * @since 0.1.0
 */
export const meta =
  (m: Meta) =>
  <S extends Schema.Top>(schema: S): S =>
    schema.annotate({ [metaKey]: m }) as unknown as S

const metaIn = (annotations: { readonly [key: string]: unknown } | undefined): Meta | undefined => {
  const value = annotations?.[metaKey]
  return typeof value === "object" && value !== null ? (value as Meta) : undefined
}

const metaOfAst = (ast: SchemaAST.AST): Meta | undefined => {
  // `annotate` writes to the last check when a schema has checks, so a check added after `meta`
  // would hide it from effect's own lookup; search every place it may sit.
  const checks = ast.checks ?? []
  for (let i = checks.length - 1; i >= 0; i--) {
    const found = metaIn(checks[i]!.annotations)
    if (found !== undefined) return found
  }
  const own = metaIn(ast.annotations) ?? metaIn(ast.context?.annotations)
  if (own !== undefined) return own
  if (ast._tag === "Union") {
    // `Schema.optional(Field.Mobile.pipe(meta(...)))` wraps the annotated schema in `X | undefined`.
    const members = ast.types.filter((member) => member._tag !== "Undefined" && member._tag !== "Null")
    if (members.length === 1) return metaOfAst(members[0]!)
  }
  return undefined
}

/**
 * The form metadata of a schema, looking through `Schema.optional` and later checks;
 * `undefined` when it has none.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * Field.metaOf(Field.Mobile.pipe(Field.meta({ label: "field.label.generic", widget: "mobile" })))?.widget // "mobile"
 * ```
 * @category form metadata
 * @since 0.1.0
 */
export const metaOf = (schema: Schema.Top): Meta | undefined => metaOfAst(schema.ast)

/**
 * One field of a struct as a form engine needs it.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * import { Schema } from "effect"
 * const [mobile] = Field.fieldsOf(Schema.Struct({ mobile: Field.Mobile }))
 * mobile?.meta.widget // "text" (no metadata given)
 * ```
 * @category form metadata
 * @since 0.1.0
 */
export interface Descriptor {
  readonly name: string
  readonly schema: Schema.Top
  readonly meta: Meta
  readonly optional: boolean
}

/**
 * The metadata given to a field declared without any: a text control with a generic label.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * Field.defaultMeta.widget // "text"
 * ```
 * @category form metadata
 * @since 0.1.0
 */
export const defaultMeta: Meta = { label: "field.label.generic", widget: "text" }

/**
 * The fields of a struct in declaration order, each with its schema, metadata (or
 * {@link defaultMeta}) and whether it may be left out.
 *
 * @example
 * ```ts
 * import { Field } from "@frontdesk/domain"
 * import { Schema } from "effect"
 * const Contact = Schema.Struct({
 *   mobile: Field.Mobile.pipe(Field.meta({ label: "field.label.generic", widget: "mobile" })),
 *   email: Schema.optional(Field.Email)
 * })
 * Field.fieldsOf(Contact).map((d) => [d.name, d.optional]) // [["mobile", false], ["email", true]]
 * ```
 * @category form metadata
 * @since 0.1.0
 */
export const fieldsOf = (struct: Schema.Struct<any>): ReadonlyArray<Descriptor> =>
  struct.ast.propertySignatures.flatMap((property): ReadonlyArray<Descriptor> => {
    if (typeof property.name !== "string") return []
    const schema = struct.fields[property.name] as Schema.Top
    return [
      {
        name: property.name,
        schema,
        meta: metaOf(schema) ?? defaultMeta,
        optional: SchemaAST.isOptional(property.type)
      }
    ]
  })
