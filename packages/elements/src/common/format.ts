/**
 * Formatting shared by the elements: dates and times in the organisation's time zone, and
 * catalogue labels that may be missing.
 */
import { Messages } from "@frontdesk/domain"

const formatters = new Map<string, Intl.DateTimeFormat>()

/**
 * A date and time shown in the locale's own style, in the given time zone rather than the
 * browser's, because a front office reads times on its own clock wherever the screen is.
 */
export const formatDateTime = (at: string | Date, locale: Messages.Locale, timeZone: string): string => {
  const date = typeof at === "string" ? new Date(at) : at
  if (Number.isNaN(date.getTime())) return String(at)
  const key = `${locale}|${timeZone}`
  let formatter = formatters.get(key)
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone,
      year: "numeric",
      month: "short",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23"
    })
    formatters.set(key, formatter)
  }
  return formatter.format(date)
}

/** An ISO 8601 instant for `<time datetime>`. */
export const isoOf = (at: string | Date): string => (typeof at === "string" ? at : at.toISOString())

/**
 * The text of a label that a workflow gives as a catalogue code, a message or plain text; an
 * unknown value is shown as it is rather than hidden, so a missing catalogue entry is visible.
 */
export const labelText = (label: unknown, locale: Messages.Locale, fallback: string): string => {
  if (typeof label === "string") return Messages.isCode(label) ? Messages.format(label, locale) : label
  if (typeof label === "object" && label !== null) {
    if ("code" in label && typeof label.code === "string" && Messages.isCode(label.code)) {
      const params = "params" in label ? (label.params as Messages.Params | undefined) : undefined
      return Messages.format(label.code, locale, params)
    }
    if (locale in label) return String((label as Record<string, unknown>)[locale])
  }
  return fallback
}
