/**
 * Follows the nearest `lang` attribute (crossing shadow roots) so an element speaks the language
 * of the part of the page it sits in, and re-renders when that attribute changes.
 */
import { Messages } from "@frontdesk/domain"
import type { ReactiveController, ReactiveControllerHost } from "lit"

const nearestLang = (node: Node | null): string | null => {
  let current: Node | null = node
  while (current !== null) {
    if (current instanceof Element && current.hasAttribute("lang")) return current.getAttribute("lang")
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null)
  }
  return null
}

export class LocaleController implements ReactiveController {
  private observer: MutationObserver | undefined
  private override: Messages.Locale | undefined
  locale: Messages.Locale = "zh-CN"

  private readonly host: ReactiveControllerHost & HTMLElement

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host
    host.addController(this)
  }

  /** A locale given by `fd-provider` wins over the page's `lang`. */
  setOverride(locale: Messages.Locale | undefined): void {
    this.override = locale
    this.refresh()
  }

  hostConnected(): void {
    this.refresh()
    // Any `lang` change above us may change our language; attribute changes are rare, so a
    // subtree observer is cheap. A document observer does not see into shadow roots, so each
    // shadow root we sit in (a host app's own components) is observed as well.
    this.observer = new MutationObserver(() => this.refresh())
    const options: MutationObserverInit = { attributes: true, attributeFilter: ["lang"], subtree: true }
    this.observer.observe(this.host.ownerDocument.documentElement, options)
    for (let root = this.host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode())
      this.observer.observe(root, options)
  }

  hostDisconnected(): void {
    this.observer?.disconnect()
    this.observer = undefined
  }

  private refresh(): void {
    const next = this.override ?? Messages.localeOf(nearestLang(this.host))
    if (next !== this.locale) {
      this.locale = next
      this.host.requestUpdate()
    }
  }

  /** The catalogue text of `code` in the current locale. */
  t(code: Messages.Label, params?: Messages.Params): string {
    return Messages.format(code, this.locale, params)
  }
}
