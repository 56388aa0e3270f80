/**
 * A mainland China mobile number control with an optional "send code" button and its resend
 * cooldown.
 */
import { Field, Messages } from "@frontdesk/domain"
import { elementsFormTexts } from "@frontdesk/domain/messages"
import { html, nothing, type TemplateResult } from "lit"
import { property, state } from "lit/decorators.js"
import { type Clock, systemClock } from "./clock.js"
import { firstIssue } from "./domain-check.js"
import { FieldElement, ids } from "./field-element.js"

Messages.register(elementsFormTexts)

/** The resend cooldown of the procedures (README, "SMS verification code"): 60 seconds. */
export const defaultSmsCooldownSeconds = 60

/**
 * The 11-digit form of a mainland mobile number typed with spaces, dashes or a `+86`/`86`/`0086`
 * prefix, or `undefined` when it is not one.
 *
 * @example
 * ```ts
 * normalizeMobile("+86 138-0013-8000") // "13800138000"
 * normalizeMobile("12345") // undefined
 * ```
 * @category fields
 * @since 0.1.0
 */
export const normalizeMobile = (text: string): string | undefined => {
  const digits = Field.normaliseMobile(text)
  return Field.isMobile(digits) ? digits : undefined
}

/**
 * What `fd-sms-request` carries: the normalised number to send a code to.
 *
 * @example
 * ```ts
 * field.addEventListener("fd-sms-request", (e) => send(e.detail.mobile))
 * ```
 * @category fields
 * @since 0.1.0
 */
export interface SmsRequestDetail {
  readonly mobile: string
}

/**
 * A mobile number field. With `sms`, a button asks the host to send a verification code and then
 * counts down before it may be pressed again.
 *
 * @summary Mainland mobile number, normalised, with an optional SMS-code button.
 * @csspart field - The wrapper of label, control, hint and message.
 * @csspart label - The visible label.
 * @csspart input - The inner `<input>`.
 * @csspart sms - The send-code button.
 * @csspart hint - The help text.
 * @csspart error - The inline message.
 * @cssproperty --fd-color-primary - Colour of the send-code button.
 * @cssproperty --fd-color-danger - Colour of the message and of an invalid border.
 * @fires fd-sms-request - `CustomEvent<SmsRequestDetail>`, cancelable: the user asks for a code; cancel it to skip the cooldown.
 * @fires input - When the text changes.
 * @fires change - When the user commits a change.
 * @fires fd-blur - When focus leaves the field.
 *
 * @example
 * ```html
 * <fd-mobile-field name="mobile" label="手机号" sms cooldown="90"></fd-mobile-field>
 * ```
 * @category fields
 * @since 0.1.0
 */
export class FdMobileField extends FieldElement {
  /** Show the send-code button. */
  @property({ type: Boolean }) sms = false

  /** Seconds before another code may be requested. */
  @property({ type: Number }) cooldown = defaultSmsCooldownSeconds

  /** Where the countdown reads the time. */
  @property({ attribute: false }) clock: Clock = systemClock

  /** When the cooldown ends, in the clock's milliseconds. */
  @state() private cooldownUntil: number | undefined

  /** Whole seconds left, refreshed on each tick. */
  @state() private secondsLeft = 0

  @state() private requested = false

  private stopTicking: (() => void) | undefined

  get modelValue(): unknown {
    const text = this.value.trim()
    return text === "" ? undefined : (normalizeMobile(text) ?? text)
  }

  protected override get formValue(): string | null {
    const model = this.modelValue
    return typeof model === "string" ? model : null
  }

  protected override ownIssue(): Messages.Message | undefined {
    const required = super.ownIssue()
    if (required !== undefined || this.isEmpty()) return required
    return firstIssue(Field.Mobile, this.value)
  }

  /** Seconds until another code may be requested; 0 when it may be now. */
  get cooldownRemaining(): number {
    return this.secondsLeft
  }

  /** Ends the cooldown early, e.g. when sending failed and the user should retry. */
  resetCooldown(): void {
    this.stopTicking?.()
    this.stopTicking = undefined
    this.cooldownUntil = undefined
    this.secondsLeft = 0
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.stopTicking?.()
    this.stopTicking = undefined
  }

  override connectedCallback(): void {
    super.connectedCallback()
    if (this.cooldownUntil !== undefined && this.stopTicking === undefined) this.startTicking()
  }

  private requestCode(): void {
    const mobile = normalizeMobile(this.value)
    if (mobile === undefined) {
      this.markTouched()
      this.renderRoot.querySelector<HTMLInputElement>(`#${ids.control}`)?.focus()
      return
    }
    const event = new CustomEvent<SmsRequestDetail>("fd-sms-request", {
      detail: { mobile },
      bubbles: true,
      composed: true,
      cancelable: true
    })
    if (!this.dispatchEvent(event)) return
    this.requested = true
    this.cooldownUntil = this.clock.now() + this.cooldown * 1000
    this.startTicking()
  }

  private startTicking(): void {
    this.tick()
    this.stopTicking?.()
    this.stopTicking = this.clock.every(250, () => this.tick())
  }

  private tick(): void {
    const until = this.cooldownUntil
    const left = until === undefined ? 0 : Math.max(0, Math.ceil((until - this.clock.now()) / 1000))
    this.secondsLeft = left
    if (left === 0) this.resetCooldown()
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value
  }

  private onChange(): void {
    const normal = normalizeMobile(this.value)
    if (normal !== undefined && normal !== this.value) this.value = normal
    this.dispatchEvent(new Event("change", { bubbles: true }))
  }

  protected renderControl(): TemplateResult {
    const input = html`<input
      id=${ids.control}
      part="input"
      type="tel"
      inputmode="tel"
      autocomplete="tel-national"
      .value=${this.value}
      ?disabled=${this.isDisabled}
      aria-required=${this.required ? "true" : "false"}
      aria-invalid=${this.ariaInvalidValue}
      aria-describedby=${this.describedBy}
      @input=${this.onInput}
      @change=${this.onChange}
    />`
    if (!this.sms) return input
    const cooling = this.secondsLeft > 0
    const text = cooling
      ? this.i18n.t("form.sms.cooldown", { s: this.secondsLeft })
      : this.i18n.t(this.requested ? "form.sms.resend" : "form.sms.send")
    return html`<div class="row">
      ${input}
      <button
        type="button"
        part="sms"
        class="sms"
        ?disabled=${cooling || this.isDisabled}
        @click=${this.requestCode}
      >
        ${text}
      </button>
    </div>
    ${this.requested && cooling ? html`<div class="hint" role="status">${this.i18n.t("form.sms.sent")}</div>` : nothing}`
  }
}

declare global {
  /** Typed listeners: `field.addEventListener("fd-sms-request", (e) => e.detail.mobile)`. */
  interface HTMLElementEventMap {
    "fd-sms-request": CustomEvent<SmsRequestDetail>
  }
}
