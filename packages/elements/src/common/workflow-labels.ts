/**
 * Labels of a workflow's states and commands, looked up by name, for elements that show history
 * or commands without owning the workflow.
 */
import { Messages } from "@frontdesk/domain"
import { workflowTexts } from "@frontdesk/domain/messages"
import { labelText } from "./format.js"

Messages.register(workflowTexts)

/**
 * The parts of a workflow that carry labels; a `Workflow` from `@frontdesk/domain` is one.
 *
 * @example
 * ```ts
 * import type { LabelledWorkflow } from "@frontdesk/elements"
 * const labels: LabelledWorkflow = { states: [{ id: "open", label: "workflow.state.open" }] }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface LabelledWorkflow {
  readonly states?: ReadonlyArray<{ readonly id: string; readonly label?: unknown }> | undefined
  readonly commands?:
    | ReadonlyArray<{ readonly name: string; readonly label?: unknown }>
    | Readonly<Record<string, { readonly label?: unknown }>>
    | undefined
}

/** The label of a state, or its id when the workflow does not name it. */
export const stateLabel = (
  workflow: LabelledWorkflow | undefined,
  id: string,
  locale: Messages.Locale
): string => labelText(workflow?.states?.find((s) => s.id === id)?.label, locale, id)

/** The label of a command, or its name when the workflow does not name it. */
export const commandLabel = (
  workflow: LabelledWorkflow | undefined,
  name: string,
  locale: Messages.Locale
): string => {
  // Creation is not one of a workflow's commands, but its history entry is named like one.
  if (name === "create") return Messages.format("workflow.command.create", locale)
  const commands = workflow?.commands
  const command = Array.isArray(commands)
    ? commands.find((c: { readonly name: string }) => c.name === name)
    : commands === undefined
      ? undefined
      : (commands as Readonly<Record<string, { readonly label?: unknown }>>)[name]
  return labelText(command?.label, locale, name)
}
