/**
 * `fd-provider`: hands the desk, the acting user, a locale and the organisation's time zone to
 * every Frontdesk element in its subtree.
 */
import type { Actor } from "@frontdesk/domain"
import { Messages } from "@frontdesk/domain"
import { ContextProvider } from "@lit/context"
import { css, html, LitElement, type PropertyValues } from "lit"
import { property } from "lit/decorators.js"
import { type DeskLike, type Frontdesk, frontdeskContext } from "../internal/context.js"

/**
 * Provides `{ desk, actor, locale, timeZone }` to the Frontdesk elements inside it, so a page
 * sets them once. Setting any property re-provides, and every element below re-renders.
 *
 * @summary Gives its subtree a desk, an acting user, a locale and a time zone.
 * @tagname fd-provider
 * @slot - The elements that use the provided desk and actor.
 *
 * @example
 * ```ts
 * import { Desk, Store } from "@frontdesk/storage"
 * import "@frontdesk/elements/define/fd-provider.js"
 * const provider = document.querySelector("fd-provider")!
 * const schema = Store.define({ version: 1, collections: [{ name: "callbacks" }] })
 * provider.desk = Desk.indexedDb({ name: "frontdesk", schema })
 * provider.actor = { id: "u-1", name: "王芳", roles: ["specialist"] }
 * ```
 * @category elements
 * @since 0.1.0
 */
export class FdProvider extends LitElement {
  /** `display: contents`, so the provider adds no box of its own to the page's layout. */
  static override styles = css`
    :host {
      display: contents;
    }
  `

  /** The desk (store and workflows) the elements below read from and run commands on. */
  @property({ attribute: false }) desk: DeskLike | undefined

  /** The acting user; decides which commands the elements below offer. */
  @property({ attribute: false }) actor: Actor.Actor | undefined

  /**
   * A language tag that overrides the page's `lang` for the elements below (`zh-CN` or `en`;
   * any Chinese tag means `zh-CN`). Unset, each element follows its nearest `lang`.
   */
  @property() locale: string | undefined

  /** The organisation's IANA time zone for showing times; `Asia/Shanghai` when unset. */
  @property({ attribute: "time-zone" }) timeZone: string | undefined

  private readonly provider = new ContextProvider(this, { context: frontdeskContext, initialValue: {} })

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("desk") || changed.has("actor") || changed.has("locale") || changed.has("timeZone")) {
      // A new object each time: consumers are notified only when the provided value changes identity.
      const value: Frontdesk = {
        desk: this.desk,
        actor: this.actor,
        locale: this.locale === undefined || this.locale === "" ? undefined : Messages.localeOf(this.locale),
        timeZone: this.timeZone
      }
      this.provider.setValue(value)
    }
  }

  protected override render(): unknown {
    return html`<slot></slot>`
  }
}
