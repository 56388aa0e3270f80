/**
 * Masking of personal data (个人信息脱敏) for lists, exports and logs. Every function is total:
 * odd input (wrong length, empty, not a string) is masked by a generic rule instead of throwing,
 * and a masked value never shows more than its rule allows.
 *
 * @example
 * ```ts
 * import { Personal } from "@frontdesk/domain"
 * Personal.maskMobile("13812345678") // "138****5678"
 * Personal.maskResidentId("110101199003074514") // "110***********4514"
 * ```
 * @module
 * @since 0.1.0
 */
import * as Field from "./Field.js"

/**
 * The character that stands for a hidden one.
 *
 * @example
 * ```ts
 * import { Personal } from "@frontdesk/domain"
 * Personal.maskChar // "*"
 * ```
 * @category masking
 * @since 0.1.0
 */
export const maskChar = "*"

const stars = (n: number): string => maskChar.repeat(Math.max(0, n))

/**
 * Keeps the first `head` and last `tail` characters (Unicode code points) and hides the rest,
 * one star per hidden character. When the text is too short to hide anything that way, only its
 * first character is kept (nothing at all for one character), so short values are never shown whole.
 *
 * @example
 * ```ts
 * import { Personal } from "@frontdesk/domain"
 * Personal.maskMiddle("13812345678", 3, 4) // "138****5678"
 * Personal.maskMiddle("abc", 3, 4) // "a**"
 * ```
 * @category masking
 * @since 0.1.0
 */
export const maskMiddle = (value: string, head: number, tail: number): string => {
  const chars = [...value]
  if (chars.length > head + tail) {
    return (
      chars.slice(0, head).join("") +
      stars(chars.length - head - tail) +
      chars.slice(chars.length - tail).join("")
    )
  }
  if (chars.length <= 1) return stars(chars.length)
  return chars[0] + stars(chars.length - 1)
}

/**
 * Masks a mobile number as `138****5678`: the first 3 and last 4 digits stay, the 4 in between are
 * hidden. A decorated number (`+86 138-1234-5678`) is normalised first; anything that is not a
 * mobile is masked by {@link maskMiddle} with the same 3 and 4.
 *
 * @example
 * ```ts
 * import { Personal } from "@frontdesk/domain"
 * Personal.maskMobile("13812345678") // "138****5678"
 * ```
 * @category masking
 * @since 0.1.0
 */
export const maskMobile = (value: string): string => {
  const normalised = Field.normaliseMobile(value)
  return maskMiddle(Field.isMobile(normalised) ? normalised : value, 3, 4)
}

/**
 * Masks a resident ID number: the first 3 characters (province and city) and the last 4 (end of the
 * sequence and the check digit) stay, every character in between, birth date included, is hidden;
 * the length is kept. An 18-character number shows 11 stars, a 15-digit one 8.
 *
 * @example
 * ```ts
 * import { Personal } from "@frontdesk/domain"
 * Personal.maskResidentId("11010519491231002X") // "110***********002X"
 * ```
 * @category masking
 * @since 0.1.0
 */
export const maskResidentId = (value: string): string => maskMiddle(value, 3, 4)

/**
 * Masks an email address: the local part keeps its first character and hides the rest, the domain
 * stays (`w********@example.com`). Text without `@` is masked like a name.
 *
 * @example
 * ```ts
 * import { Personal } from "@frontdesk/domain"
 * Personal.maskEmail("wang.fang@example.com") // "w********@example.com"
 * ```
 * @category masking
 * @since 0.1.0
 */
export const maskEmail = (value: string): string => {
  const at = value.lastIndexOf("@")
  if (at <= 0) return maskMiddle(value, 1, 0)
  return maskMiddle(value.slice(0, at), 1, 0) + value.slice(at)
}

/**
 * Masks a person's name the way Chinese services do: two characters keep the first (`王*`),
 * three or more keep the first and last (`王*明`, `欧**娜`). A name written with spaces
 * (`Wang Fang`) keeps the first letter of each word (`W*** F***`).
 *
 * @example
 * ```ts
 * import { Personal } from "@frontdesk/domain"
 * Personal.maskName("王小明") // "王*明"
 * Personal.maskName("王芳") // "王*"
 * ```
 * @category masking
 * @since 0.1.0
 */
export const maskName = (value: string): string => {
  const trimmed = value.trim()
  if (/\s/.test(trimmed)) {
    return trimmed
      .split(/(\s+)/)
      .map((part) => (/^\s+$/.test(part) ? part : maskMiddle(part, 1, 0)))
      .join("")
  }
  const chars = [...trimmed]
  return chars.length >= 3 ? maskMiddle(trimmed, 1, 1) : maskMiddle(trimmed, 1, 0)
}

/**
 * How many leading characters of an address stay visible at most: enough for province, city and
 * district (北京市朝阳区), never the street or door number.
 *
 * @example
 * ```ts
 * import { Personal } from "@frontdesk/domain"
 * Personal.addressVisibleChars // 6
 * ```
 * @category masking
 * @since 0.1.0
 */
export const addressVisibleChars = 6

/**
 * Masks an address: keeps the first {@link addressVisibleChars} characters, but never more than
 * half of them, and replaces the rest by four stars, so the masked text does not reveal how long
 * the street part is.
 *
 * @example
 * ```ts
 * import { Personal } from "@frontdesk/domain"
 * Personal.maskAddress("北京市朝阳区建国路88号3单元501") // "北京市朝阳区****"
 * ```
 * @category masking
 * @since 0.1.0
 */
export const maskAddress = (value: string): string => {
  const chars = [...value.trim()]
  if (chars.length === 0) return ""
  const keep = Math.min(addressVisibleChars, Math.floor(chars.length / 2))
  return `${chars.slice(0, keep).join("")}${stars(4)}`
}

const textOf = (value: unknown): string => {
  if (value === null || value === undefined) return ""
  if (typeof value === "string") return value
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean")
    return String(value)
  // An object (money, a file) has no meaningful partial view; hide it whole.
  return stars(4)
}

/**
 * Masks a field's value by the control that shows it: mobile, resident ID and email by their own
 * rules, a credit code like an ID (first 3 and last 4), a text like a name, a textarea like an
 * address; any other value keeps only its first character. Never throws, whatever the value.
 *
 * @example
 * ```ts
 * import { Personal } from "@frontdesk/domain"
 * Personal.mask("mobile", "13812345678") // "138****5678"
 * Personal.mask("text", "王小明") // "王*明"
 * ```
 * @category masking
 * @since 0.1.0
 */
export const mask = (widget: Field.Widget, value: unknown): string => {
  const text = textOf(value)
  switch (widget) {
    case "mobile":
      return maskMobile(text)
    case "residentId":
    case "creditCode":
      return maskResidentId(text)
    case "email":
      return maskEmail(text)
    case "text":
      return maskName(text)
    case "textarea":
      return maskAddress(text)
    default:
      return maskMiddle(text, 1, 0)
  }
}
