/**
 * The life of an SMS verification code (短信验证码) as pure state: issued at a time, valid for a
 * while, a limited number of wrong tries, a cooldown before another can be sent. The code itself
 * is generated and sent by the host (random numbers and SMS are I/O); this module decides.
 *
 * @example
 * ```ts
 * import { SmsCode } from "@frontdesk/domain"
 * import { Result } from "effect"
 * const sent = SmsCode.issue(undefined, "428193", new Date("2026-03-02T01:30:00Z"))
 * if (Result.isSuccess(sent)) {
 *   SmsCode.verify(sent.success, "428193", new Date("2026-03-02T01:31:00Z")) // Success({ ...challenge, verified: true })
 * }
 * ```
 * @module
 * @since 0.1.0
 */
import { Data, Result } from "effect"
import { fieldTexts } from "../messages/field.js"
import * as Field from "./Field.js"
import * as Messages from "./Messages.js"

Messages.register(fieldTexts)

/**
 * How long a code stays valid by default: 5 minutes.
 *
 * @example
 * ```ts
 * import { SmsCode } from "@frontdesk/domain"
 * SmsCode.defaultExpiresAfterMs // 300_000
 * ```
 * @category configuration
 * @since 0.1.0
 */
export const defaultExpiresAfterMs = 5 * 60 * 1000

/**
 * How many wrong codes may be entered by default before the code is locked: 5.
 *
 * @example
 * ```ts
 * import { SmsCode } from "@frontdesk/domain"
 * SmsCode.defaultMaxAttempts // 5
 * ```
 * @category configuration
 * @since 0.1.0
 */
export const defaultMaxAttempts = 5

/**
 * How long to wait by default before another code may be sent: 60 seconds.
 *
 * @example
 * ```ts
 * import { SmsCode } from "@frontdesk/domain"
 * SmsCode.defaultResendCooldownMs // 60_000
 * ```
 * @category configuration
 * @since 0.1.0
 */
export const defaultResendCooldownMs = 60 * 1000

/**
 * The numbers of an SMS verification policy.
 *
 * @example
 * ```ts
 * import type { SmsCode } from "@frontdesk/domain"
 * const strict: SmsCode.Policy = { expiresAfterMs: 120_000, maxAttempts: 3, resendCooldownMs: 90_000 }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Policy {
  readonly expiresAfterMs: number
  readonly maxAttempts: number
  readonly resendCooldownMs: number
}

/**
 * The default policy: valid 5 minutes, 5 attempts, 60 seconds between sends.
 *
 * @example
 * ```ts
 * import { SmsCode } from "@frontdesk/domain"
 * SmsCode.defaultPolicy.maxAttempts // 5
 * ```
 * @category configuration
 * @since 0.1.0
 */
export const defaultPolicy: Policy = {
  expiresAfterMs: defaultExpiresAfterMs,
  maxAttempts: defaultMaxAttempts,
  resendCooldownMs: defaultResendCooldownMs
}

/**
 * The state of the code last sent to one number: the code, when it was issued (ISO instant), how
 * many wrong codes were entered and whether it has been used. Plain data, so a store can keep it.
 *
 * @example
 * ```ts
 * import type { SmsCode } from "@frontdesk/domain"
 * const challenge: SmsCode.Challenge = { code: "428193", issuedAt: "2026-03-02T01:30:00.000Z", attempts: 0, verified: false }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Challenge {
  readonly code: string
  readonly issuedAt: string
  readonly attempts: number
  readonly verified: boolean
}

/**
 * Another code was asked for before the cooldown passed.
 *
 * @example
 * ```ts
 * import { SmsCode } from "@frontdesk/domain"
 * const error = new SmsCode.ResendTooSoon({ waitSeconds: 42 })
 * error.notice // { code: "field.smsCode.resendTooSoon", params: { seconds: 42 } }
 * ```
 * @category errors
 * @since 0.1.0
 */
export class ResendTooSoon extends Data.TaggedError("ResendTooSoon")<{
  readonly waitSeconds: number
}> {
  /** The catalogue message to show the user. */
  get notice(): Messages.Message {
    return { code: "field.smsCode.resendTooSoon", params: { seconds: this.waitSeconds } }
  }

  /** A summary in English for logs. */
  override get message(): string {
    return Messages.render(this.notice, "en")
  }
}

/**
 * Why a code was not accepted.
 *
 * @example
 * ```ts
 * import type { SmsCode } from "@frontdesk/domain"
 * const reason: SmsCode.RejectionReason = "expired"
 * ```
 * @category models
 * @since 0.1.0
 */
export type RejectionReason = "notIssued" | "expired" | "locked" | "used" | "mismatch"

/**
 * A code was not accepted. `challenge` is the state to keep afterwards (a wrong code counts as an
 * attempt), `attemptsLeft` how many tries remain.
 *
 * @example
 * ```ts
 * import { SmsCode } from "@frontdesk/domain"
 * const error = new SmsCode.CodeRejected({ reason: "expired", challenge: undefined, attemptsLeft: 0 })
 * error.notice // { code: "field.smsCode.expired" }
 * ```
 * @category errors
 * @since 0.1.0
 */
export class CodeRejected extends Data.TaggedError("CodeRejected")<{
  readonly reason: RejectionReason
  readonly challenge: Challenge | undefined
  readonly attemptsLeft: number
}> {
  /** The catalogue message to show the user. */
  get notice(): Messages.Message {
    return this.reason === "mismatch"
      ? { code: "field.smsCode.mismatch", params: { attemptsLeft: this.attemptsLeft } }
      : { code: `field.smsCode.${this.reason}` }
  }

  /** A summary in English for logs. */
  override get message(): string {
    return Messages.render(this.notice, "en")
  }
}

const elapsedMs = (challenge: Challenge, now: Date): number => now.getTime() - Date.parse(challenge.issuedAt)

/**
 * How many whole seconds remain before another code may be sent; 0 when one may be sent now
 * (also when none was sent yet).
 *
 * @example
 * ```ts
 * import { SmsCode } from "@frontdesk/domain"
 * SmsCode.resendWaitSeconds(undefined, new Date()) // 0
 * ```
 * @category queries
 * @since 0.1.0
 */
export const resendWaitSeconds = (
  challenge: Challenge | undefined,
  now: Date,
  policy: Policy = defaultPolicy
): number => {
  if (challenge === undefined) return 0
  const remaining = policy.resendCooldownMs - elapsedMs(challenge, now)
  return remaining > 0 ? Math.ceil(remaining / 1000) : 0
}

/**
 * Tells whether another code may be sent now.
 *
 * @example
 * ```ts
 * import { SmsCode } from "@frontdesk/domain"
 * SmsCode.canResend(undefined, new Date("2026-03-02T01:30:00Z")) // true
 * ```
 * @category queries
 * @since 0.1.0
 */
export const canResend = (
  challenge: Challenge | undefined,
  now: Date,
  policy: Policy = defaultPolicy
): boolean => resendWaitSeconds(challenge, now, policy) === 0

/**
 * Starts a new challenge with a code the host generated, replacing the previous one, unless the
 * previous one was sent less than the cooldown ago.
 *
 * @example
 * ```ts
 * import { SmsCode } from "@frontdesk/domain"
 * const issued = SmsCode.issue(undefined, "428193", new Date("2026-03-02T01:30:00Z"))
 * // Success({ code: "428193", issuedAt: "2026-03-02T01:30:00.000Z", attempts: 0, verified: false })
 * ```
 * @category commands
 * @since 0.1.0
 */
export const issue = (
  previous: Challenge | undefined,
  code: string,
  now: Date,
  policy: Policy = defaultPolicy
): Result.Result<Challenge, ResendTooSoon> => {
  const waitSeconds = resendWaitSeconds(previous, now, policy)
  if (waitSeconds > 0) return Result.fail(new ResendTooSoon({ waitSeconds }))
  return Result.succeed({ code, issuedAt: now.toISOString(), attempts: 0, verified: false })
}

/**
 * Checks an entered code. In order: no challenge → `notIssued`; already used → `used`; too many
 * wrong tries → `locked`; past its validity → `expired`; a wrong code counts as an attempt →
 * `mismatch`, or `locked` when it was the last one allowed. A right code marks the challenge used,
 * so it cannot be replayed. The entered code is read as `Field.SmsCode` reads it (spaces and
 * full-width digits tolerated), so what the form accepts never costs an attempt.
 *
 * @example
 * ```ts
 * import { SmsCode } from "@frontdesk/domain"
 * const challenge = { code: "428193", issuedAt: "2026-03-02T01:30:00.000Z", attempts: 0, verified: false }
 * SmsCode.verify(challenge, "428193", new Date("2026-03-02T01:31:00Z")) // Success({ ...challenge, verified: true })
 * ```
 * @category commands
 * @since 0.1.0
 */
export const verify = (
  challenge: Challenge | undefined,
  entered: string,
  now: Date,
  policy: Policy = defaultPolicy
): Result.Result<Challenge, CodeRejected> => {
  if (challenge === undefined)
    return Result.fail(new CodeRejected({ reason: "notIssued", challenge, attemptsLeft: 0 }))
  const attemptsLeft = Math.max(0, policy.maxAttempts - challenge.attempts)
  const reject = (reason: RejectionReason, next: Challenge, left: number) =>
    Result.fail(new CodeRejected({ reason, challenge: next, attemptsLeft: left }))
  if (challenge.verified) return reject("used", challenge, attemptsLeft)
  if (attemptsLeft === 0) return reject("locked", challenge, 0)
  const elapsed = elapsedMs(challenge, now)
  if (!(elapsed < policy.expiresAfterMs)) return reject("expired", challenge, attemptsLeft)
  if (Field.normaliseSmsCode(entered) !== challenge.code) {
    const next = { ...challenge, attempts: challenge.attempts + 1 }
    return reject(attemptsLeft - 1 === 0 ? "locked" : "mismatch", next, attemptsLeft - 1)
  }
  return Result.succeed({ ...challenge, verified: true })
}
