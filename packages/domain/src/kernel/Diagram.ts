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

/**
 * Characters a label cannot hold as they are. Mermaid's state diagram lexer ends a transition
 * label at `:` or `;`, a state label at `"`, reads `#name;` as an entity and `<<choice>>` as a
 * node type; entity codes, which Mermaid decodes when it renders, keep every one of them.
 */
const entities: { readonly [c: string]: string } = {
  '"': "#quot;",
  "#": "#35;",
  ":": "#58;",
  ";": "#59;",
  "<": "#lt;",
  ">": "#gt;"
}

/** A label as Mermaid shows it: on one line, with every character it reads as syntax escaped. */
const text = (value: string): string =>
  value.replace(/[\r\n]+/g, " ").replace(/["#:;<>]/g, (c) => entities[c] ?? c)

/** Words and spaces only, starting with a letter, and none that YAML reads as null or a boolean. */
const plainYaml = /^(?!(?:null|true|false|yes|no|on|off)$)\p{L}[\p{L}\p{N} _-]*$/iu

/**
 * The title as a YAML scalar for the front matter: plain when that is safe, else quoted (JSON is
 * YAML), so a ": " or " #" in a label cannot end it early.
 */
const yamlTitle = (value: string): string => {
  const line = value.replace(/[\r\n]+/g, " ").trim()
  return plainYaml.test(line) ? line : JSON.stringify(line)
}

/**
 * Ids that Mermaid's lexer takes for a keyword at the start of a statement (`note --> closed`
 * starts a note; anything starting with `default` lexes as the `default` keyword).
 */
const keyword = /^(?:state|note|class|classdef|scale|default\w*)$/i

/**
 * Gives each state, and each choice node, a Mermaid id: a bare word (e.g. `unreachable-closed`
 * becomes `unreachable_closed`), never a keyword, never one already given.
 */
const idAllocator = () => {
  const taken = new Set<string>()
  return (name: string): string => {
    let safe = name.replace(/[^A-Za-z0-9_]/g, "_")
    if (!/^[A-Za-z_]/.test(safe) || keyword.test(safe)) safe = `s_${safe}`
    let candidate = safe
    for (let n = 2; taken.has(candidate); n++) candidate = `${safe}_${n}`
    taken.add(candidate)
    return candidate
  }
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
  const allocate = idAllocator()
  const ids = new Map(workflow.states.map(({ id }) => [id, allocate(id)]))
  const idOf = (state: string): string => ids.get(state) ?? state
  const roles = (list: ReadonlyArray<string>): string => `[${text(list.join(", "))}]`
  const lines: Array<string> = [
    "---",
    `title: ${yamlTitle(Messages.format(workflow.label, locale))}`,
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
      const choice = allocate(`${command.name}_choice`)
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
