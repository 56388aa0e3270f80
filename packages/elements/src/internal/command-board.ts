/**
 * What the family boards whose moves run workflow commands share: the commands a person may run
 * on a card, and the move that waits while the person types the command's input — checked
 * against the command's schema before it runs, and kept when the move is refused or called off.
 */
import { type Actor, Field, Input, Messages, Workflow } from "@frontdesk/domain"
import { Result, type Schema } from "effect"
import type { ReactiveControllerHost } from "lit"
import type { MoveDetail } from "../board/fd-board.js"

/** One command of a workflow. */
export type Command = Workflow.Any["commands"][number]

/** The commands `actor` may run on `record` now; none while nobody is acting. */
export const commandsFor = (
  workflow: Workflow.Any,
  record: Workflow.Record<unknown>,
  actor: Actor.Actor | undefined
): ReadonlyArray<Command> => (actor === undefined ? [] : Workflow.availableCommands(workflow, record, actor))

/** The fields of a command's input, for the form that asks for it; none for a command without input. */
export const fieldsOf = (command: Command): ReadonlyArray<Field.Descriptor> => {
  const fields = (command.input as { readonly fields?: unknown }).fields
  return typeof fields === "object" && fields !== null
    ? Field.fieldsOf(command.input as unknown as Schema.Struct<Schema.Struct.Fields>)
    : []
}

/** A move waiting on the person: the command it runs, what the target column already answers. */
export interface PendingMove<R> {
  readonly record: R
  readonly command: Command
  readonly to: string
  readonly presets: Readonly<Record<string, unknown>>
  readonly resolve: () => void
  readonly reject: (error: unknown) => void
}

/** How a board takes part in asking: it runs the command, shows and hides the form, and focuses. */
export interface CommandAskOptions<R> {
  /** Runs the command through the desk; a rejection is the refusal the board shows on the card. */
  readonly run: (record: R, command: Command, input: unknown) => Promise<void>
  /** The text of a move the person called off, which the board shows on the card like a refusal. */
  readonly cancelled: Messages.Code
  /** Whether a command whose only unanswered fields are optional still asks before it runs. */
  readonly askOptional: boolean
  /** After the form was asked for, with the move it is for. */
  readonly opened: (pending: PendingMove<R>) => void
  /** After the form was put away, with the move it was for (none when nothing was waiting). */
  readonly closed: (pending: PendingMove<R> | undefined) => void
  /** After the form was re-rendered with its issues: focus the first field in error. */
  readonly invalid: () => void
}

/**
 * Runs a board's move through its command, asking first for the command's input when the target
 * column does not answer all of it. One move waits at a time: the next one calls it off. What was
 * typed is kept per card and command, so a refused or cancelled move offers it again. The host
 * re-renders whenever any of this changes.
 */
export class CommandAsk<R extends { readonly id: string }> {
  private readonly host: ReactiveControllerHost
  private readonly options: CommandAskOptions<R>
  private readonly typed = new Map<string, Readonly<Record<string, unknown>>>()
  private current: PendingMove<R> | undefined
  private currentIssues: ReadonlyMap<string, Messages.Message> = new Map()
  private busy = false

  constructor(host: ReactiveControllerHost, options: CommandAskOptions<R>) {
    this.host = host
    this.options = options
  }

  /** The move waiting on the form, if any. */
  get pending(): PendingMove<R> | undefined {
    return this.current
  }

  /** The first issue of each field, from the last confirmation that did not decode. */
  get issues(): ReadonlyMap<string, Messages.Message> {
    return this.currentIssues
  }

  /**
   * Whether a command is running. A board that runs other commands too (a merge) sets it, so the
   * form and its own actions wait for each other.
   */
  get running(): boolean {
    return this.busy
  }

  set running(value: boolean) {
    this.busy = value
    this.host.requestUpdate()
  }

  /** The fields the form asks for: those the target column does not answer. */
  asked(pending: PendingMove<R>): ReadonlyArray<Field.Descriptor> {
    return fieldsOf(pending.command).filter((f) => !(f.name in pending.presets))
  }

  /** What was typed for this move's card and command on an earlier try. */
  typedFor(pending: PendingMove<R>): Readonly<Record<string, unknown>> {
    return this.typed.get(keyOf(pending)) ?? {}
  }

  /**
   * Hands the move `detail` to `command`: runs it at once when the presets are all it needs,
   * otherwise asks for the rest first.
   */
  move(detail: MoveDetail, record: R, command: Command, presets: Readonly<Record<string, unknown>>): void {
    const { to, waitUntil } = detail
    const asked = fieldsOf(command).filter(
      (f) => !(f.name in presets) && (this.options.askOptional || !f.optional)
    )
    if (asked.length === 0) {
      waitUntil(this.options.run(record, command, presets))
      return
    }
    // A move still waiting on the form is called off by the next one.
    this.current?.reject(this.cancelled)
    waitUntil(
      new Promise<void>((resolve, reject) => {
        this.current = { record, command, to, presets, resolve, reject }
        this.currentIssues = new Map()
        this.host.requestUpdate()
      })
    )
    // The promise's executor has run: the move is the one waiting now.
    const pending = this.current
    if (pending !== undefined) this.options.opened(pending)
  }

  /**
   * Runs the waiting move with `values` (what the form holds, the presets added): shows the
   * issues when they do not decode, puts the form away once the command ran or was refused.
   */
  async confirm(values: Readonly<Record<string, unknown>>): Promise<void> {
    const pending = this.current
    if (pending === undefined || this.busy) return
    this.typed.set(keyOf(pending), values)
    const input = { ...values, ...pending.presets }
    const decoded = Input.decode(pending.command.input as Schema.Decoder<unknown>, input)
    if (Result.isFailure(decoded)) {
      const issues = new Map<string, Messages.Message>()
      for (const issue of decoded.failure.issues) {
        const name = String(issue.path[0] ?? "")
        if (!issues.has(name)) issues.set(name, issue.message)
      }
      this.currentIssues = issues
      this.host.requestUpdate()
      await this.host.updateComplete
      this.options.invalid()
      return
    }
    this.running = true
    try {
      await this.options.run(pending.record, pending.command, input)
      this.typed.delete(keyOf(pending))
      this.close()
      pending.resolve()
    } catch (error) {
      // The board shows the refusal on the card; what was typed comes back on the next try.
      this.close()
      pending.reject(error)
    } finally {
      this.running = false
    }
  }

  /** Calls the waiting move off; the card stays where it was. */
  cancel(): void {
    const pending = this.current
    this.close()
    pending?.reject(this.cancelled)
  }

  private close(): void {
    const pending = this.current
    this.current = undefined
    this.currentIssues = new Map()
    this.host.requestUpdate()
    this.options.closed(pending)
  }

  /** A move the person called off: it renders itself like a refusal. */
  private readonly cancelled = {
    texts: (locale: Messages.Locale): ReadonlyArray<string> => [
      Messages.format(this.options.cancelled, locale)
    ]
  }
}

const keyOf = (pending: PendingMove<{ readonly id: string }>): string =>
  `${pending.record.id}\u0000${pending.command.name}`
