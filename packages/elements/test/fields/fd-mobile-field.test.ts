import "../../src/define/fd-mobile-field.js"
import axe from "axe-core"
import { afterEach, describe, expect, it, vi } from "vitest"
import { userEvent } from "vitest/browser"
import type { Clock } from "../../src/fields/clock.js"
import type { FdMobileField, SmsRequestDetail } from "../../src/fields/fd-mobile-field.js"
import { cleanup, controlOf, describeFormControl, messageOf, mountInForm } from "./control-suite.js"

describeFormControl("fd-mobile-field", {
  tag: "fd-mobile-field",
  fill: async (element) => {
    await userEvent.fill(controlOf(element), "+86 138-0013-8000")
  },
  submitted: (data) => expect(data).toEqual(["13800138000"]),
  restore: { state: "13900139000", submitted: ["13900139000"] }
})

/** A clock the test moves by hand; ticks run when it moves. */
const manualClock = (): Clock & { advance(ms: number): void } => {
  let now = 1_000_000
  const ticks = new Set<() => void>()
  return {
    now: () => now,
    every: (_ms, tick) => {
      ticks.add(tick)
      return () => ticks.delete(tick)
    },
    advance(ms) {
      now += ms
      for (const tick of [...ticks]) tick()
    }
  }
}

const smsButton = (element: FdMobileField): HTMLButtonElement =>
  element.shadowRoot!.querySelector<HTMLButtonElement>("[part=sms]")!

const mountSms = async (lang: string, clock: Clock, cooldown?: number) => {
  const { element } = await mountInForm("fd-mobile-field", {
    lang,
    setup: (e) => {
      const mobile = e as FdMobileField
      mobile.sms = true
      mobile.clock = clock
      if (cooldown !== undefined) mobile.cooldown = cooldown
    }
  })
  return element as FdMobileField
}

describe("fd-mobile-field", () => {
  afterEach(() => {
    cleanup()
    vi.useRealTimers()
  })

  it("has no accessibility violations with the send-code button", async () => {
    const element = await mountSms("zh-CN", manualClock())
    expect((await axe.run(element)).violations).toEqual([])
  })

  it("stores the number normalised and shows it so once committed", async () => {
    const { element } = await mountInForm("fd-mobile-field")
    await userEvent.fill(controlOf(element), "0086 139 0013 9000")
    expect(element.modelValue).toBe("13900139000")
    await userEvent.tab()
    expect((controlOf(element) as HTMLInputElement).value).toBe("13900139000")
  })

  it("rejects a number that is not a mainland mobile with the catalogue text", async () => {
    const { element } = await mountInForm("fd-mobile-field", { lang: "en" })
    await userEvent.fill(controlOf(element), "12812345678")
    await userEvent.tab()
    await element.updateComplete
    expect(messageOf(element)).toBe("Enter an 11-digit mainland China mobile number, such as 138 0013 8000")
  })

  it("asks for a code with the normalised number, then counts 60 seconds down before a resend", async () => {
    const clock = manualClock()
    const element = await mountSms("en", clock)
    const requests: Array<SmsRequestDetail> = []
    element.addEventListener("fd-sms-request", (e) =>
      requests.push((e as CustomEvent<SmsRequestDetail>).detail)
    )
    await userEvent.fill(controlOf(element), "138 0013 8000")
    expect(smsButton(element).textContent!.trim()).toBe("Send code")
    await userEvent.click(smsButton(element))
    await element.updateComplete
    expect(requests).toEqual([{ mobile: "13800138000" }])
    expect(smsButton(element).disabled).toBe(true)
    expect(smsButton(element).textContent!.trim()).toBe("Resend in 60 s")
    clock.advance(1_000)
    await element.updateComplete
    expect(smsButton(element).textContent!.trim()).toBe("Resend in 59 s")
    clock.advance(58_500)
    await element.updateComplete
    expect(smsButton(element).textContent!.trim()).toBe("Resend in 1 s")
    smsButton(element).click()
    expect(requests.length).toBe(1)
    clock.advance(500)
    await element.updateComplete
    expect(smsButton(element).disabled).toBe(false)
    expect(smsButton(element).textContent!.trim()).toBe("Resend code")
    await userEvent.click(smsButton(element))
    expect(requests.length).toBe(2)
  })

  it("takes its cooldown from configuration and speaks Chinese on a zh-CN page", async () => {
    const clock = manualClock()
    const element = await mountSms("zh-CN", clock, 90)
    await userEvent.fill(controlOf(element), "13800138000")
    await userEvent.click(smsButton(element))
    await element.updateComplete
    expect(smsButton(element).textContent!.trim()).toBe("90 秒后可重发")
  })

  it("counts down on the system clock under fake timers", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval", "Date"] })
    const { element } = await mountInForm("fd-mobile-field", {
      lang: "en",
      setup: (e) => {
        ;(e as FdMobileField).sms = true
      }
    })
    const mobile = element as FdMobileField
    mobile.value = "13800138000"
    await mobile.updateComplete
    smsButton(mobile).click()
    await mobile.updateComplete
    expect(mobile.cooldownRemaining).toBe(60)
    vi.advanceTimersByTime(30_000)
    await mobile.updateComplete
    expect(smsButton(mobile).textContent!.trim()).toBe("Resend in 30 s")
    vi.advanceTimersByTime(30_000)
    await mobile.updateComplete
    expect(smsButton(mobile).disabled).toBe(false)
  })

  it("does not ask for a code for an invalid number and shows why", async () => {
    const element = await mountSms("zh-CN", manualClock())
    let asked = false
    element.addEventListener("fd-sms-request", () => {
      asked = true
    })
    await userEvent.fill(controlOf(element), "1380013")
    await userEvent.click(smsButton(element))
    await element.updateComplete
    expect(asked).toBe(false)
    expect(messageOf(element)).toBe("请输入 11 位中国大陆手机号，如 138 0013 8000")
    expect(smsButton(element).disabled).toBe(false)
  })

  it("lets the host cancel a request so no cooldown starts", async () => {
    const element = await mountSms("en", manualClock())
    element.addEventListener("fd-sms-request", (e) => e.preventDefault())
    await userEvent.fill(controlOf(element), "13800138000")
    await userEvent.click(smsButton(element))
    await element.updateComplete
    expect(smsButton(element).disabled).toBe(false)
  })
})

describe("fd-mobile-field after back/forward", () => {
  afterEach(cleanup)

  it("brings back a number the user had not finished, not an empty field", async () => {
    const setFormValue = vi.spyOn(ElementInternals.prototype, "setFormValue")
    try {
      const { element } = await mountInForm("fd-mobile-field")
      await userEvent.fill(controlOf(element), "138 0013")
      const call = setFormValue.mock.calls.at(-1)!
      const saved = call.length > 1 ? call[1] : call[0]
      cleanup()
      const again = await mountInForm("fd-mobile-field")
      ;(
        again.element as unknown as { formStateRestoreCallback(s: unknown, m: string): void }
      ).formStateRestoreCallback(saved, "restore")
      await again.element.updateComplete
      expect((controlOf(again.element) as HTMLInputElement).value).toBe("138 0013")
    } finally {
      setFormValue.mockRestore()
    }
  })
})
