/**
 * `@frontdesk/domain`: pure front-office rules.
 *
 * @example
 * ```ts
 * import { Field, Personal } from "@frontdesk/domain"
 * import { Schema } from "effect"
 * const mobile = Schema.decodeUnknownSync(Field.Mobile)("+86 138-1234-5678") // "13812345678"
 * Personal.maskMobile(mobile) // "138****5678"
 * ```
 * @module
 * @since 0.1.0
 */
export * from "./kernel/index.js"
