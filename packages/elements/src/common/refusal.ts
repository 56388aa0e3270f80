/**
 * The text of a refused command in the page's language. Every error of the domain and of
 * storage carries what it needs to render itself; this picks the way it offers.
 */
import { Messages } from "@frontdesk/domain"
import { elementsCommonTexts } from "@frontdesk/domain/messages"

Messages.register(elementsCommonTexts)

interface Renderable {
  readonly _tag?: unknown
  readonly texts?: unknown
  readonly toMessage?: unknown
  readonly text?: unknown
  readonly message?: unknown
}

/**
 * The lines to show for an error: `texts(locale)` (workflow, input and rule errors),
 * `text(locale)` or `toMessage()` (storage errors); anything else is shown with its English
 * `message`, since it is a fault rather than a refusal. An error's own rendering comes first: the
 * module that made it has registered its catalogue section, even when it was bundled apart from
 * the elements (a store from another bundle), while these elements register only their own.
 */
export const refusalTexts = (error: unknown, locale: Messages.Locale): ReadonlyArray<string> => {
  if (typeof error === "object" && error !== null) {
    const e = error as Renderable
    // A conflict is resolved by reloading, which the element has done; say so rather than only
    // that the write failed.
    if (e._tag === "Conflict") return [Messages.format("commands.conflict", locale)]
    if (typeof e.texts === "function") {
      const texts = (e.texts as (locale: Messages.Locale) => ReadonlyArray<string>).call(error, locale)
      if (texts.length > 0) return texts
    }
    if (typeof e.text === "function")
      return [(e.text as (locale: Messages.Locale) => string).call(error, locale)]
    if (typeof e.toMessage === "function") {
      return [Messages.render((e.toMessage as () => Messages.Message).call(error), locale)]
    }
  }
  const reason = error instanceof Error ? error.message : String(error)
  return [Messages.format("commands.failed", locale, { reason })]
}
