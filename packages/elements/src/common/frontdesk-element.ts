/**
 * The base of the shared elements: it listens to the nearest `fd-provider` and speaks the
 * language of the part of the page it sits in.
 */
import type { Actor, Messages } from "@frontdesk/domain"
import { ContextConsumer } from "@lit/context"
import { LitElement } from "lit"
import { property, state } from "lit/decorators.js"
import { type DeskLike, defaultTimeZone, type Frontdesk, frontdeskContext } from "../internal/context.js"
import { LocaleController } from "../internal/locale.js"

/**
 * A Lit element that reads the desk, actor, locale and time zone from the nearest `fd-provider`,
 * each of which its own properties may override.
 *
 * @example
 * ```ts
 * import { FrontdeskElement } from "@frontdesk/elements"
 * import { html } from "lit"
 * class MyElement extends FrontdeskElement {
 *   override render() { return html`${this.t("timeline.label")}` }
 * }
 * ```
 * @category elements
 * @since 0.1.0
 */
export class FrontdeskElement extends LitElement {
  /** The desk to read from and run commands on; defaults to the provider's. */
  @property({ attribute: false }) desk: DeskLike | undefined

  /** The acting user; defaults to the provider's. */
  @property({ attribute: false }) actor: Actor.Actor | undefined

  /** IANA time zone for showing times; defaults to the provider's, else `Asia/Shanghai`. */
  @property({ attribute: "time-zone" }) timeZone: string | undefined

  /** What the nearest provider gave, kept as state so a re-provide re-renders. */
  @state() protected provided: Frontdesk = {}

  protected readonly i18n: LocaleController = new LocaleController(this)

  constructor() {
    super()
    new ContextConsumer(this, {
      context: frontdeskContext,
      subscribe: true,
      callback: (value) => {
        this.provided = value
        this.i18n.setOverride(value.locale)
      }
    })
  }

  /** The desk in effect: this element's own, else the provider's. */
  protected get currentDesk(): DeskLike | undefined {
    return this.desk ?? this.provided.desk
  }

  /** The actor in effect: this element's own, else the provider's. */
  protected get currentActor(): Actor.Actor | undefined {
    return this.actor ?? this.provided.actor
  }

  /** The time zone in effect. */
  protected get currentTimeZone(): string {
    return this.timeZone ?? this.provided.timeZone ?? defaultTimeZone
  }

  /** The locale in effect: the provider's override, else the nearest `lang`. */
  protected get locale(): Messages.Locale {
    return this.i18n.locale
  }

  /** The catalogue text of `code` in the current locale. */
  protected t(code: Messages.Label, params?: Messages.Params): string {
    return this.i18n.t(code, params)
  }
}
