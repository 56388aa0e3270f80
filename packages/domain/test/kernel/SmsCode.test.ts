import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Messages from "../../src/kernel/Messages.js"
import * as SmsCode from "../../src/kernel/SmsCode.js"

const t0 = new Date("2026-03-02T01:30:00.000Z")
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000)
const issued = (): SmsCode.Challenge => Result.getOrThrow(SmsCode.issue(undefined, "428193", t0))

const rejection = (result: Result.Result<SmsCode.Challenge, SmsCode.CodeRejected>) => {
  if (Result.isSuccess(result)) throw new Error("expected a rejection")
  return result.failure
}

describe("SmsCode defaults", () => {
  it("match the procedure: 5 minutes, 5 attempts, 60 seconds cooldown", () => {
    expect(SmsCode.defaultPolicy).toEqual({
      expiresAfterMs: 300_000,
      maxAttempts: 5,
      resendCooldownMs: 60_000
    })
  })
})

describe("SmsCode.issue and resend cooldown", () => {
  it("issues a fresh challenge", () => {
    expect(issued()).toEqual({
      code: "428193",
      issuedAt: "2026-03-02T01:30:00.000Z",
      attempts: 0,
      verified: false
    })
  })

  it("refuses another code within 60 seconds and says how long to wait", () => {
    const first = issued()
    const again = SmsCode.issue(first, "111111", at(18))
    expect(Result.isFailure(again) && again.failure.waitSeconds).toBe(42)
    expect(Result.isFailure(again) && Messages.render(again.failure.notice, "zh-CN")).toBe(
      "请在 42 秒后重新获取"
    )
    expect(SmsCode.canResend(first, at(59.9))).toBe(false)
    expect(SmsCode.canResend(first, at(60))).toBe(true)
    expect(Result.isSuccess(SmsCode.issue(first, "111111", at(60)))).toBe(true)
  })

  it("a configured cooldown replaces the default", () => {
    const policy = { ...SmsCode.defaultPolicy, resendCooldownMs: 90_000 }
    expect(SmsCode.canResend(issued(), at(60), policy)).toBe(false)
    expect(SmsCode.resendWaitSeconds(issued(), at(60), policy)).toBe(30)
  })
})

describe("SmsCode.verify", () => {
  it("accepts the right code once, then it is used", () => {
    const verified = SmsCode.verify(issued(), "428193", at(30))
    expect(verified).toEqual(Result.succeed({ ...issued(), verified: true }))
    expect(rejection(SmsCode.verify(Result.getOrThrow(verified), "428193", at(31))).reason).toBe("used")
  })

  it("expires after 5 minutes", () => {
    expect(Result.isSuccess(SmsCode.verify(issued(), "428193", at(299)))).toBe(true)
    const late = rejection(SmsCode.verify(issued(), "428193", at(300)))
    expect(late.reason).toBe("expired")
    expect(late.notice).toEqual({ code: "field.smsCode.expired" })
  })

  it("counts wrong codes and locks after the 5th, even against the right code", () => {
    let challenge: SmsCode.Challenge | undefined = issued()
    const reasons: Array<string> = []
    for (let i = 0; i < 5; i++) {
      const error = rejection(SmsCode.verify(challenge, "000000", at(10 + i)))
      reasons.push(`${error.reason}:${error.attemptsLeft}`)
      challenge = error.challenge
    }
    expect(reasons).toEqual(["mismatch:4", "mismatch:3", "mismatch:2", "mismatch:1", "locked:0"])
    expect(rejection(SmsCode.verify(challenge, "428193", at(20))).reason).toBe("locked")
  })

  it("without a challenge there is nothing to verify", () => {
    const error = rejection(SmsCode.verify(undefined, "428193", t0))
    expect(error.reason).toBe("notIssued")
    expect(error.message).toBe("Request a verification code first")
  })

  it("a wrong code never verifies; it costs an attempt only while the code is valid", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 6, maxLength: 6 }).filter((s) => s !== "428193"),
        fc.integer({ min: 0, max: 600 }),
        (entered, seconds) => {
          const error = rejection(SmsCode.verify(issued(), entered, at(seconds)))
          const valid = seconds < 300
          expect(error.reason).toBe(valid ? "mismatch" : "expired")
          expect(error.challenge?.attempts).toBe(valid ? 1 : 0)
          expect(error.challenge?.verified).toBe(false)
          expect(Messages.render(error.notice, "en")).not.toMatch(/\{\w+\}/)
        }
      )
    )
  })
})

describe("SmsCode.verify reads the code as Field.SmsCode does", () => {
  it("accepts the right code typed with spaces or full-width digits, without spending an attempt", () => {
    for (const typed of ["428 193", "４２８１９３", " 428１93 "]) {
      const result = SmsCode.verify(issued(), typed, at(10))
      expect(Result.isSuccess(result), typed).toBe(true)
    }
  })
})
