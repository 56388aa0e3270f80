/**
 * Texts of input decoding and field formats. Each failure text says how to fix the input, not only
 * that it is wrong, because it is shown inline next to the field. Registered by Input, Field,
 * SmsCode and the field elements.
 *
 * @example
 * ```ts
 * import { Messages } from "@frontdesk/domain"
 * import { fieldTexts } from "@frontdesk/domain/messages"
 * Messages.register(fieldTexts)
 * Messages.format("field.text.empty", "en") // "Must not be empty"
 * ```
 * @category sections
 * @since 0.1.0
 */
export const fieldTexts = {
  "input.required": { "zh-CN": "此项必填", en: "This field is required" },
  "input.type": { "zh-CN": "格式不正确", en: "This value has the wrong type" },
  "input.invalid": { "zh-CN": "输入无效", en: "This value is not valid" },
  "input.unexpected": { "zh-CN": "不应包含此项", en: "This field is not expected" },
  "field.label.generic": { "zh-CN": "字段", en: "Field" },
  "field.text.empty": { "zh-CN": "不能为空", en: "Must not be empty" },
  "field.text.tooLong": { "zh-CN": "不能超过 {max} 个字符", en: "Must be at most {max} characters" },
  "field.mobile.invalid": {
    "zh-CN": "请输入 11 位中国大陆手机号，如 138 0013 8000",
    en: "Enter an 11-digit mainland China mobile number, such as 138 0013 8000"
  },
  "field.residentId.length": {
    "zh-CN": "居民身份证号应为 18 位，请核对是否多输或漏输",
    en: "A resident ID number has 18 characters; check for missing or extra characters"
  },
  "field.residentId.legacyLength": {
    "zh-CN": "居民身份证号应为 18 位（或 15 位旧号码），请核对是否多输或漏输",
    en: "A resident ID number has 18 characters (or 15 digits for an old card); check for missing or extra characters"
  },
  "field.residentId.format": {
    "zh-CN": "居民身份证号前 17 位应为数字，最后一位为数字或 X",
    en: "The first 17 characters of a resident ID number are digits; the last is a digit or X"
  },
  "field.residentId.birthDate": {
    "zh-CN": "身份证号中的出生日期（第 7–14 位）不是有效日期，请核对",
    en: "The birth date inside the ID number (characters 7–14) is not a real date; check those digits"
  },
  "field.residentId.checkDigit": {
    "zh-CN": "身份证号校验位不符，请逐位核对（常见于输错一位数字）",
    en: "The ID number's check digit does not match; check each digit, one is probably mistyped"
  },
  "field.creditCode.length": {
    "zh-CN": "统一社会信用代码应为 18 位，请核对是否多输或漏输",
    en: "A unified social credit code has 18 characters; check for missing or extra characters"
  },
  "field.creditCode.format": {
    "zh-CN": "统一社会信用代码只含数字和大写字母（不含 I、O、Z、S、V）",
    en: "A unified social credit code holds only digits and capital letters other than I, O, Z, S and V"
  },
  "field.creditCode.checkChar": {
    "zh-CN": "统一社会信用代码校验位不符，请逐位核对营业执照上的代码",
    en: "The credit code's check character does not match; compare it character by character with the business licence"
  },
  "field.email.invalid": {
    "zh-CN": "请输入有效的电子邮箱，如 name@example.com",
    en: "Enter a valid email address, such as name@example.com"
  },
  "field.money.format": {
    "zh-CN": "请输入金额（元），如 12 或 12.34",
    en: "Enter an amount in yuan, such as 12 or 12.34"
  },
  "field.money.precision": {
    "zh-CN": "金额最多保留两位小数（精确到分）",
    en: "An amount has at most two decimal places (to the fen)"
  },
  "field.money.amount": {
    "zh-CN": "金额须为以分计的整数",
    en: "An amount must be a whole number of fen"
  },
  "field.money.tooLarge": { "zh-CN": "金额过大，请核对", en: "The amount is too large; check it" },
  "field.money.currency": {
    "zh-CN": "币种应为三位大写字母代码，如 CNY",
    en: "A currency is a three-letter capital code, such as CNY"
  },
  "field.area.invalid": {
    "zh-CN": "请输入大于 0 的面积（平方米），最多两位小数，如 89.5",
    en: "Enter an area in square metres greater than 0, with at most two decimals, such as 89.5"
  },
  "field.date.invalid": {
    "zh-CN": "请输入有效日期，格式为 年-月-日，如 2026-03-02",
    en: "Enter a real date as year-month-day, such as 2026-03-02"
  },
  "field.dateTime.invalid": {
    "zh-CN": "请输入有效的日期和时间，如 2026-03-02T09:30",
    en: "Enter a real date and time, such as 2026-03-02T09:30"
  },
  "field.file.type": {
    "zh-CN": "不支持此文件类型，请上传以下类型：{accept}",
    en: "This file type is not accepted; upload one of: {accept}"
  },
  "field.file.tooLarge": {
    "zh-CN": "文件过大，请上传不超过 {max} 的文件",
    en: "The file is too large; upload a file of at most {max}"
  },
  "field.smsCode.format": {
    "zh-CN": "请输入短信中的 6 位数字验证码",
    en: "Enter the 6-digit code from the text message"
  },
  "field.smsCode.notIssued": {
    "zh-CN": "请先获取短信验证码",
    en: "Request a verification code first"
  },
  "field.smsCode.expired": {
    "zh-CN": "验证码已过期，请重新获取",
    en: "The code has expired; request a new one"
  },
  "field.smsCode.mismatch": {
    "zh-CN": "验证码不正确，还可尝试 {attemptsLeft} 次",
    en: "The code is not correct; {attemptsLeft} attempts left"
  },
  "field.smsCode.locked": {
    "zh-CN": "验证码错误次数过多，请重新获取",
    en: "Too many wrong codes; request a new one"
  },
  "field.smsCode.used": {
    "zh-CN": "验证码已使用，请重新获取",
    en: "This code has already been used; request a new one"
  },
  "field.smsCode.resendTooSoon": {
    "zh-CN": "请在 {seconds} 秒后重新获取",
    en: "You can request a new code in {seconds} seconds"
  }
} as const
