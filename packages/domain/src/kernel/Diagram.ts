/**
 * Diagrams of workflows, drawn from the same data the kernel runs, so documentation can never
 * drift from behaviour.
 *
 * @example
 * ```ts
 * import { Diagram, type Workflow } from "@frontdesk/domain"
 * declare const callback: Workflow.Any
 * const source = Diagram.mermaid(callback, "en") // a Mermaid stateDiagram-v2
 * ```
 * @module
 * @since 0.1.0
 */

import { workflowTexts } from "../messages/workflow.js"
import * as Messages from "./Messages.js"
import type * as Workflow from "./Workflow.js"

Messages.register(workflowTexts)

/** Mermaid ends a statement at a newline and treats quotes specially; entity codes keep both. */
const text = (value: string): string =>
  value.replace(/\r?\n/g, " ").replace(/"/g, "#quot;").replace(/;/g, "#59;")

/** Mermaid state ids are bare words; anything else (e.g. `unreachable-closed`) is rewritten. */
const idsOf = (workflow: Workflow.Any): ReadonlyMap<string, string> => {
  const ids = new Map<string, string>()
  const taken = new Set<string>()
  for (const { id } of workflow.states) {
    let safe = id.replace(/[^A-Za-z0-9_]/g, "_")
    if (!/^[A-Za-z_]/.test(safe)) safe = `s_${safe}`
    let candidate = safe
    for (let n = 2; taken.has(candidate); n++) candidate = `${safe}_${n}`
    taken.add(candidate)
    ids.set(id, candidate)
  }
  return ids
}

/**
 * Draws a workflow as a Mermaid `stateDiagram-v2`: each state with its label, an arrow from the
 * start marker to the initial state (labelled with who may create), one arrow per transition
 * labelled with the command and the roles allowed to run it, and an arrow from each terminal
 * state to the end marker. A command whose next state is computed goes to each of its declared
 * `targets`, or to a choice node when it declares none.
 *
 * @example
 * ```ts
 * import { Diagram, Workflow } from "@frontdesk/domain"
 * declare const callback: Workflow.Any
 * const source = Diagram.mermaid(callback, "en")
 * // ---
 * // title: callback
 * // ---
 * // stateDiagram-v2
 * //   state "open" as open
 * //   ...
 * ```
 * @category rendering
 * @since 0.1.0
 */
export const mermaid = (workflow: Workflow.Any, locale: Messages.Locale = "zh-CN"): string => {
  const ids = idsOf(workflow)
  const idOf = (state: string): string => ids.get(state) ?? state
  const roles = (list: ReadonlyArray<string>): string => `[${list.join(", ")}]`
  const lines: Array<string> = [
    "---",
    `title: ${text(Messages.format(workflow.label, locale))}`,
    "---",
    "stateDiagram-v2"
  ]
  for (const state of workflow.states) {
    lines.push(`  state "${text(Messages.format(state.label, locale))}" as ${idOf(state.id)}`)
  }
  const create = workflow.create
  lines.push(
    create === undefined
      ? `  [*] --> ${idOf(workflow.initial)}`
      : `  [*] --> ${idOf(workflow.initial)} : ${text(Messages.format("workflow.command.create", locale))} ${roles(create.roles)}`
  )
  for (const command of workflow.commands) {
    const label = `${text(Messages.format(command.label, locale))} ${roles(command.roles)}`
    let targets: ReadonlyArray<string>
    if (typeof command.to === "string") targets = [idOf(command.to)]
    else if (command.targets !== undefined) targets = command.targets.map(idOf)
    else {
      const choice = `${command.name.replace(/[^A-Za-z0-9_]/g, "_")}_choice`
      lines.push(`  state ${choice} <<choice>>`)
      targets = [choice]
    }
    for (const from of command.from) {
      for (const to of targets) lines.push(`  ${idOf(from)} --> ${to} : ${label}`)
    }
  }
  for (const state of workflow.states) {
    if (state.terminal === true) lines.push(`  ${idOf(state.id)} --> [*]`)
  }
  return `${lines.join("\n")}\n`
}
