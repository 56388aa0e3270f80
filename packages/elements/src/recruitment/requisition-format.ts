/**
 * Money as the requisition, plan and report elements show it, and the recruitment workflows
 * offered to `fd-commands` without the commands whose input is a whole form.
 */
import type { Field, Messages, Workflow } from "@frontdesk/domain"

const formats = new Map<string, Intl.NumberFormat>()

/** An amount in fen as currency text in the locale's own style, e.g. "¥3,000.00". */
export const formatMoney = (money: Field.Money, locale: Messages.Locale): string => {
  const key = `${locale}|${money.currency}`
  let format = formats.get(key)
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { style: "currency", currency: money.currency })
    formats.set(key, format)
  }
  // Fen are whole numbers; dividing once for display keeps the stored amount exact.
  return format.format(money.amount / 100)
}

const editless = new WeakMap<Workflow.Any, Workflow.Any>()

/**
 * The workflow without its `edit` command, whose input is the whole form: the element offers its
 * own editing with the stored values filled in, rather than an empty form inside `fd-commands`.
 */
export const withoutEdit = (workflow: Workflow.Any): Workflow.Any => {
  let found = editless.get(workflow)
  if (found === undefined) {
    found = { ...workflow, commands: workflow.commands.filter((c) => c.name !== "edit") }
    editless.set(workflow, found)
  }
  return found
}
