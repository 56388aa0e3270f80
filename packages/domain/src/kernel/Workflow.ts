/**
 * Workflows as data: the states a record moves through, the commands that move it, who may run
 * each command, what input it takes, which rules guard it and how it changes the record's data.
 * The kernel interprets the table, so family code only declares; screens ask it which commands
 * are available, documentation draws it as a diagram, and tests walk every path.
 *
 * @example
 * ```ts
 * import { Actor, Workflow } from "@frontdesk/domain"
 * declare const callback: Workflow.Any
 * declare const record: Workflow.Record<unknown>
 * const specialist = Actor.make("u-1", "王芳", ["specialist"])
 * Workflow.availableCommands(callback, record, specialist).map((command) => command.name) // the buttons to show
 * Workflow.decide(callback, record, "complete", { outcome: "satisfied" }, specialist, new Date("2026-03-03T02:00:00Z"))
 * // Success({ record, entry }) or a typed refusal
 * ```
 * @module
 * @since 0.1.0
 */
import { Data, Result, Schema } from "effect"
import { workflowTexts } from "../messages/workflow.js"
import * as Actor from "./Actor.js"
import * as Calendar from "./Calendar.js"
import type * as ContactWindow from "./ContactWindow.js"
import * as Deadline from "./Deadline.js"
import type * as History from "./History.js"
import * as Input from "./Input.js"
import * as Messages from "./Messages.js"
import * as Rules from "./Rules.js"

Messages.register(workflowTexts)

/**
 * One state a record can be in, with its catalogue label. A terminal state ends the workflow;
 * diagrams mark it and screens can file such records away.
 *
 * @example
 * ```ts
 * import type { Workflow } from "@frontdesk/domain"
 * const open: Workflow.State<"open"> = { id: "open", label: "workflow.state.open" }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface State<S extends string = string> {
  readonly id: S
  readonly label: Messages.Label
  readonly terminal?: boolean | undefined
}

/**
 * A record kept by a workflow. `version` is 1 after create and grows by one per accepted command,
 * so a store can refuse a write made against a stale copy. Storing recomputed deadlines
 * ({@link recomputeDeadlines}) is a write too and also adds one, without a history entry, so a
 * record's history may skip a version.
 *
 * @example
 * ```ts
 * import type { Workflow } from "@frontdesk/domain"
 * const record: Workflow.Record<{ readonly phone: string }> = {
 *   id: "cb-1", version: 1, state: "open", data: { phone: "13800138000" },
 *   createdAt: "2026-03-02T01:00:00.000Z", updatedAt: "2026-03-02T01:00:00.000Z"
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Record<D> {
  readonly id: string
  readonly version: number
  readonly state: string
  readonly data: D
  readonly createdAt: string
  readonly updatedAt: string
  readonly deadlines?: { readonly [name: string]: Deadline.Tracker } | undefined
  /**
   * The earliest open deadline's due instant, for store indexes; absent when none is open. A
   * paused deadline is not open (its clock is stopped); one past the calendar's coverage counts
   * with its provisional estimate.
   */
  readonly dueAt?: string | undefined
}

/**
 * What a caller passes to {@link decide} besides the command: the business calendar that
 * deadlines count on (the mainland China calendar when absent) and whatever guards need to
 * look up, such as a blacklist.
 *
 * @example
 * ```ts
 * import { Calendar, type Workflow } from "@frontdesk/domain"
 * const context: Workflow.Context = { calendar: Calendar.cnMainland(), blacklist: ["110101199003074514"] }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Context {
  readonly calendar?: Calendar.Calendar | undefined
  readonly [key: string]: unknown
}

/**
 * What a command's `apply` may read besides the data and the input.
 *
 * @example
 * ```ts
 * import type { Workflow } from "@frontdesk/domain"
 * const apply = (data: { attempts: number }, _input: unknown, ctx: Workflow.ApplyContext<{ attempts: number }>) =>
 *   ({ ...data, attempts: data.attempts + 1, lastAttemptAt: ctx.now.toISOString() })
 * ```
 * @category models
 * @since 0.1.0
 */
export interface ApplyContext<D> {
  readonly record: Record<D>
  readonly actor: Actor.Actor
  readonly now: Date
  readonly context: Context
}

/**
 * What a rule set guarding a command is evaluated over: the record before the command, the
 * decoded input, the actor and the time.
 *
 * @example
 * ```ts
 * import { Rules, type Workflow } from "@frontdesk/domain"
 * const notes = Rules.rule({
 *   code: "callback.notes",
 *   message: { code: "field.text.empty" },
 *   check: (attempt: Workflow.Attempt<unknown, { readonly notes: string }>) => attempt.input.notes !== ""
 * })
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Attempt<D, I> {
  readonly record: Record<D>
  readonly input: I
  readonly actor: Actor.Actor
  readonly now: Date
}

/**
 * A command's guard: a rule set over the {@link Attempt}, or a function returning violations.
 * Every violation is reported, and any violation refuses the command.
 *
 * @example
 * ```ts
 * import type { Workflow } from "@frontdesk/domain"
 * const guard: Workflow.Guard<{ attempts: number }, unknown> = (record) =>
 *   record.data.attempts >= 3 ? [] : [{ code: "callback.tooFewAttempts", message: { code: "input.invalid" } }]
 * ```
 * @category models
 * @since 0.1.0
 */
export type Guard<D, I> =
  | Rules.RuleSet<Attempt<D, I>, Context>
  | ((
      record: Record<D>,
      input: I,
      actor: Actor.Actor,
      now: Date,
      context: Context
    ) => ReadonlyArray<Rules.Violation>)

/**
 * What a rule set guarding creation is evaluated over.
 *
 * @example
 * ```ts
 * import type { Workflow } from "@frontdesk/domain"
 * const attempt: Workflow.CreateAttempt<{ phone: string }> = {
 *   input: { phone: "13800138000" }, actor: { id: "u-1", name: "王芳", roles: [] }, now: new Date(0)
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface CreateAttempt<I> {
  readonly input: I
  readonly actor: Actor.Actor
  readonly now: Date
}

/**
 * How records of a workflow are created: the input schema, who may create, the rules that must
 * hold and how the input becomes the record's data.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import type { Workflow } from "@frontdesk/domain"
 * const create: Workflow.Create<{ phone: string; attempts: number }, { readonly phone: string }> = {
 *   input: Schema.Struct({ phone: Schema.String }),
 *   roles: ["supervisor"],
 *   apply: (input) => ({ phone: input.phone, attempts: 0 })
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Create<D, I> {
  readonly input: Schema.Decoder<I>
  readonly roles: ReadonlyArray<Actor.Role>
  /** Rules the input must pass, as a rule set or a function returning every violation. */
  readonly guard?:
    | Rules.RuleSet<CreateAttempt<I>, Context>
    | ((input: I, actor: Actor.Actor, now: Date, context: Context) => ReadonlyArray<Rules.Violation>)
    | undefined
  /** The new record's data; pure, because {@link replay} runs it again from history. */
  readonly apply: (
    input: I,
    ctx: { readonly actor: Actor.Actor; readonly now: Date; readonly context: Context }
  ) => D
  /** The note kept on the creation's history entry, if any. */
  readonly note?: ((input: I) => string | undefined) | undefined
}

/**
 * A command as {@link make} stores it: `from` is always a list, `input` always a schema (an empty
 * struct when the definition gives none).
 *
 * @example
 * ```ts
 * import type { Workflow } from "@frontdesk/domain"
 * declare const workflow: Workflow.Any
 * const names = workflow.commands.map((command: Workflow.Command) => command.name)
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Command<S extends string = string, N extends string = string, D = any, I = any> {
  readonly name: N
  readonly label: Messages.Label
  readonly from: ReadonlyArray<S>
  /** The next state, or a function that picks it from the record before the command and the input. */
  readonly to: S | ((record: Record<D>, input: I) => S)
  /** The states a computed `to` may pick, for diagrams; checked when the command runs. */
  readonly targets?: ReadonlyArray<S> | undefined
  readonly roles: ReadonlyArray<Actor.Role>
  readonly input: Schema.Decoder<I>
  readonly guard?: Guard<D, I> | undefined
  /** The record's next data (unchanged when absent); pure, because {@link replay} runs it again. */
  readonly apply?: ((data: D, input: I, ctx: ApplyContext<D>) => D) | undefined
  /** The note kept on the command's history entry, if any. */
  readonly note?: ((input: I) => string | undefined) | undefined
}

/**
 * A command as written in a workflow definition; its name is its key in `commands`.
 *
 * @example
 * ```ts
 * import type { Workflow } from "@frontdesk/domain"
 * const complete: Workflow.CommandDefinition<"open" | "done", unknown, unknown> = {
 *   label: "workflow.command.complete", from: "open", to: "done", roles: ["specialist"]
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface CommandDefinition<S extends string, D, I> {
  readonly label: Messages.Label
  readonly from: S | ReadonlyArray<S>
  /** The next state, or a function that picks it; a computed `to` should list its `targets`. */
  readonly to: S | ((record: Record<D>, input: I) => S)
  /** The states a computed `to` may pick, for diagrams; checked when the command runs. */
  readonly targets?: ReadonlyArray<S> | undefined
  readonly roles: ReadonlyArray<Actor.Role>
  /** The input schema; a command without one takes no input. */
  readonly input?: Schema.Decoder<I> | undefined
  readonly guard?: Guard<D, I> | undefined
  /** The record's next data (unchanged when absent); pure, because {@link replay} runs it again. */
  readonly apply?: ((data: D, input: I, ctx: ApplyContext<D>) => D) | undefined
  /** The note kept on the command's history entry, if any. */
  readonly note?: ((input: I) => string | undefined) | undefined
}

/**
 * A named deadline a workflow keeps on each record, e.g. "call back within three days".
 * `contactWindows` gives a record its own contact windows (a customer who may only be called in
 * the evening), read from the record's data; when it returns undefined the policy's own windows
 * apply. The windows are plain data, so they can be stored on the record.
 *
 * `agreedDueAt` reads a due time agreed with the customer (约定时间), or promised to them, from the
 * record's data: once a command sets it, it replaces the computed due time — in the tracker and in
 * the record's `dueAt`, so an index on `dueAt` orders by what was agreed.
 *
 * @example
 * ```ts
 * import type { ContactWindow, Deadline, Workflow } from "@frontdesk/domain"
 * declare const withinThreeDays: Deadline.Policy
 * interface Callback { readonly phone: string; readonly contactWindows?: ContactWindow.ContactWindows }
 * const spec: Workflow.DeadlineSpec<Callback> = {
 *   name: "callback", policy: withinThreeDays, contactWindows: (data) => data.contactWindows
 * }
 * interface Complaint { readonly promisedAt?: string }
 * const promised: Workflow.DeadlineSpec<Complaint> = {
 *   name: "promisedCallback", policy: withinThreeDays, agreedDueAt: (data) => data.promisedAt
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface DeadlineSpec<D = any> {
  readonly name: string
  readonly policy: Deadline.Policy
  /** The record's own contact windows, overriding the policy's; undefined keeps the policy's. */
  readonly contactWindows?: ((data: D) => ContactWindow.ContactWindows | undefined) | undefined
  /**
   * A due instant agreed with the customer, read from the record's data (an ISO instant with its
   * offset, e.g. `2026-03-10T10:00:00+08:00`); undefined keeps the computed one.
   */
  readonly agreedDueAt?: ((data: D) => Calendar.Instant | undefined) | undefined
}

/**
 * The input types of a workflow's commands, keyed by command name.
 *
 * @example
 * ```ts
 * import type { Workflow } from "@frontdesk/domain"
 * type Inputs = Workflow.Inputs // { readonly [name: string]: any }
 * ```
 * @category models
 * @since 0.1.0
 */
export type Inputs = { readonly [name: string]: any }

/**
 * The commands of a workflow as a union, one member per command name with that command's own
 * input type, so narrowing on `name` gives a precisely typed `apply`, `guard` and `note`.
 *
 * @example
 * ```ts
 * import type { Workflow } from "@frontdesk/domain"
 * type Commands = Workflow.CommandUnion<"open" | "done", unknown, { finish: { readonly notes: string } }>
 * // Workflow.Command<"open" | "done", "finish", unknown, { readonly notes: string }>
 * ```
 * @category type-level
 * @since 0.1.0
 */
export type CommandUnion<S extends string, D, Is extends Inputs> = {
  [K in keyof Is & string]: Command<S, K, D, Is[K]>
}[keyof Is & string]

/**
 * A workflow: states, the initial state, how records are created, the commands and the deadlines.
 * `S` is the union of state ids, `D` the record data, `Is` each command's input by name.
 *
 * @example
 * ```ts
 * import type { Workflow } from "@frontdesk/domain"
 * declare const callback: Workflow.Workflow<"open" | "completed", { phone: string }, { complete: {} }>
 * callback.commands.map((command) => command.name) // ("complete")[]
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Workflow<S extends string = string, D = any, Is extends Inputs = Inputs> {
  readonly _tag: "Workflow"
  readonly name: string
  /** The store collection that holds this workflow's records. */
  readonly collection: string
  readonly label: Messages.Label
  readonly states: ReadonlyArray<State<S>>
  readonly initial: S
  readonly create?: Create<D, any> | undefined
  readonly commands: ReadonlyArray<CommandUnion<S, D, Is>>
  readonly deadlines: ReadonlyArray<DeadlineSpec<D>>
  /** Carries the type parameters for inference only; never present at run time. */
  readonly "~types"?: { readonly states: S; readonly data: D; readonly inputs: Is } | undefined
}

/**
 * Any workflow, whatever its states, data and commands — for code that handles workflows
 * generically, such as storage runners and elements.
 *
 * @example
 * ```ts
 * import type { Workflow } from "@frontdesk/domain"
 * const describe = (workflow: Workflow.Any) => workflow.states.map((state) => state.id)
 * ```
 * @category models
 * @since 0.1.0
 */
export type Any = Workflow<string, any, any>

/**
 * The state ids of a workflow.
 *
 * @example
 * ```ts
 * import type { Workflow } from "@frontdesk/domain"
 * declare const callback: Workflow.Workflow<"open" | "completed", unknown, {}>
 * type S = Workflow.StateOf<typeof callback> // "open" | "completed"
 * ```
 * @category type-level
 * @since 0.1.0
 */
export type StateOf<W> = W extends Workflow<infer S, any, any> ? S : never

/**
 * The command names of a workflow.
 *
 * @example
 * ```ts
 * import type { Workflow } from "@frontdesk/domain"
 * declare const callback: Workflow.Workflow<"open", unknown, { attempt: {}; complete: {} }>
 * type N = Workflow.CommandOf<typeof callback> // "attempt" | "complete"
 * ```
 * @category type-level
 * @since 0.1.0
 */
export type CommandOf<W> = W extends Workflow<any, any, infer Is> ? keyof Is & string : never

/**
 * The record data of a workflow.
 *
 * @example
 * ```ts
 * import type { Workflow } from "@frontdesk/domain"
 * declare const callback: Workflow.Workflow<"open", { phone: string }, {}>
 * type D = Workflow.DataOf<typeof callback> // { phone: string }
 * ```
 * @category type-level
 * @since 0.1.0
 */
export type DataOf<W> = W extends Workflow<any, infer D, any> ? D : never

/**
 * The decoded input of one command of a workflow.
 *
 * @example
 * ```ts
 * import type { Workflow } from "@frontdesk/domain"
 * declare const callback: Workflow.Workflow<"open", unknown, { attempt: { readonly method: string } }>
 * type I = Workflow.InputOf<typeof callback, "attempt"> // { readonly method: string }
 * ```
 * @category type-level
 * @since 0.1.0
 */
export type InputOf<W, N extends CommandOf<W>> = W extends Workflow<any, any, infer Is> ? Is[N] : never

/**
 * A workflow definition, the argument of {@link make}. Commands are keyed by name so that each
 * command's input type flows from its schema into its `to`, `guard`, `apply` and `note`.
 *
 * @example
 * ```ts
 * import type { Workflow } from "@frontdesk/domain"
 * type Definition = Workflow.Definition<"open" | "done", unknown, unknown, { finish: unknown }>
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Definition<S extends string, D, CI, Is extends Inputs> {
  readonly name: string
  readonly collection: string
  readonly label: Messages.Label
  readonly states: ReadonlyArray<State<S>>
  readonly initial: NoInfer<S>
  readonly create?: Create<D, CI> | undefined
  readonly commands: { readonly [K in keyof Is]: CommandDefinition<NoInfer<S>, NoInfer<D>, Is[K]> }
  readonly deadlines?: ReadonlyArray<DeadlineSpec<NoInfer<D>>> | undefined
}

const reservedCommand = "create"

const emptyInput: Schema.Decoder<{}> = Schema.Struct({})

const definitionError = (workflow: string, problem: string): Error =>
  new Error(`Workflow "${workflow}": ${problem}`)

/**
 * Makes a workflow from its definition. State ids and command names are inferred as literal
 * unions, so a misspelt state in `initial`, `from`, `to` or `targets`, or a misspelt command
 * passed to {@link decide}, is a compile error. The same mistakes in plain JavaScript throw here,
 * when the workflow is defined, rather than when a user first runs the command.
 *
 * The record's data type is the return type of `create.apply`. When a command's guard is a rule
 * set value, annotate `create.apply`'s parameter (e.g. `(input: typeof NewTask.Type)`): TypeScript
 * checks such values before it looks inside unannotated functions, and would otherwise settle on
 * `unknown` for the data.
 *
 * @example
 * ```ts
 * import { Workflow } from "@frontdesk/domain"
 * import { Schema } from "effect"
 * const callback = Workflow.make({
 *   name: "callback",
 *   collection: "callbacks",
 *   label: "workflow.task",
 *   states: [
 *     { id: "open", label: "workflow.state.open" },
 *     { id: "completed", label: "workflow.state.completed", terminal: true }
 *   ],
 *   initial: "open",
 *   create: {
 *     input: Schema.Struct({ phone: Schema.String }),
 *     roles: ["supervisor"],
 *     apply: (input) => ({ phone: input.phone, outcome: "" })
 *   },
 *   commands: {
 *     complete: {
 *       label: "workflow.command.complete",
 *       from: "open",
 *       to: "completed",
 *       roles: ["specialist"],
 *       input: Schema.Struct({ outcome: Schema.String }),
 *       apply: (data, input) => ({ ...data, outcome: input.outcome })
 *     }
 *   }
 * })
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const make = <const S extends string, D, CI, const Is extends Inputs>(
  definition: Definition<S, D, CI, Is>
): Workflow<S, D, Is> => {
  const { name } = definition
  const ids = new Set<string>()
  for (const state of definition.states) {
    if (ids.has(state.id)) throw definitionError(name, `the state "${state.id}" is declared twice.`)
    ids.add(state.id)
  }
  const known = (state: string, where: string): void => {
    if (!ids.has(state)) {
      throw definitionError(name, `${where} names the state "${state}", which is not in \`states\`.`)
    }
  }
  known(definition.initial, "`initial`")
  if (definition.create !== undefined && definition.create.roles.length === 0) {
    throw definitionError(name, "`create` lists no roles, so nobody could create a record.")
  }
  const commands: Array<Command<S, string, D, unknown>> = []
  for (const [commandName, spec] of Object.entries(definition.commands) as Array<
    [string, CommandDefinition<S, D, unknown>]
  >) {
    if (commandName === reservedCommand) {
      throw definitionError(name, `"${reservedCommand}" is reserved for creating records; use \`create\`.`)
    }
    const from: ReadonlyArray<S> = typeof spec.from === "string" ? [spec.from] : [...spec.from]
    for (const state of from) known(state, `The command "${commandName}"'s \`from\``)
    if (typeof spec.to === "string") known(spec.to, `The command "${commandName}"'s \`to\``)
    for (const state of spec.targets ?? []) known(state, `The command "${commandName}"'s \`targets\``)
    if (spec.roles.length === 0) {
      throw definitionError(name, `the command "${commandName}" lists no roles, so nobody could run it.`)
    }
    const command: {
      -readonly [K in keyof Command<S, string, D, unknown>]: Command<S, string, D, unknown>[K]
    } = {
      name: commandName,
      label: spec.label,
      from,
      to: spec.to,
      roles: [...spec.roles],
      input: spec.input ?? emptyInput
    }
    if (spec.targets !== undefined) command.targets = [...spec.targets]
    if (spec.guard !== undefined) command.guard = spec.guard
    if (spec.apply !== undefined) command.apply = spec.apply
    if (spec.note !== undefined) command.note = spec.note
    commands.push(command)
  }
  const deadlines = [...(definition.deadlines ?? [])]
  const deadlineNames = new Set<string>()
  for (const deadline of deadlines) {
    if (deadlineNames.has(deadline.name)) {
      throw definitionError(name, `the deadline "${deadline.name}" is declared twice.`)
    }
    deadlineNames.add(deadline.name)
  }
  const workflow: { -readonly [K in keyof Workflow<S, D, Is>]: Workflow<S, D, Is>[K] } = {
    _tag: "Workflow",
    name,
    collection: definition.collection,
    label: definition.label,
    states: [...definition.states],
    initial: definition.initial,
    commands: commands as unknown as Workflow<S, D, Is>["commands"],
    deadlines
  }
  if (definition.create !== undefined) workflow.create = definition.create
  return workflow
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

const list = (codes: ReadonlyArray<Messages.Label | string>, locale: Messages.Locale): string =>
  codes
    .map((item) =>
      Messages.format("workflow.list.quoted", locale, {
        item: typeof item === "object" || Messages.isCode(item) ? Messages.format(item, locale) : item
      })
    )
    .join(Messages.format("workflow.list.separator", locale))

/**
 * The command named is not one of the workflow's commands (nor `create` where the workflow
 * declares no creation).
 *
 * @example
 * ```ts
 * import { Workflow } from "@frontdesk/domain"
 * const error = new Workflow.UnknownCommand({ workflow: "task", workflowLabel: "workflow.task", command: "escalate" })
 * error.texts("en")
 * ```
 * @category errors
 * @since 0.1.0
 */
export class UnknownCommand extends Data.TaggedError("UnknownCommand")<{
  readonly workflow: string
  readonly workflowLabel: Messages.Label
  readonly command: string
}> {
  /** A summary in English, so logs and uncaught errors say what went wrong. */
  override get message(): string {
    return this.texts("en").join("; ")
  }

  /** The refusal in one locale. */
  texts(locale: Messages.Locale): ReadonlyArray<string> {
    return [
      Messages.format("workflow.unknownCommand", locale, {
        workflow: Messages.format(this.workflowLabel, locale),
        command: this.command
      })
    ]
  }
}

/**
 * The command exists but may not run while the record is in its current state; carries the
 * states it may run from, so a screen can say when it becomes possible.
 *
 * @example
 * ```ts
 * import { Workflow } from "@frontdesk/domain"
 * const error = new Workflow.NotAllowedInState({
 *   command: "complete", commandLabel: "workflow.command.complete",
 *   state: "completed", stateLabel: "workflow.state.completed",
 *   allowedFrom: ["open"], allowedFromLabels: ["workflow.state.open"]
 * })
 * error.texts("zh-CN")
 * ```
 * @category errors
 * @since 0.1.0
 */
export class NotAllowedInState extends Data.TaggedError("NotAllowedInState")<{
  readonly command: string
  readonly commandLabel: Messages.Label
  readonly state: string
  readonly stateLabel: Messages.Label | undefined
  readonly allowedFrom: ReadonlyArray<string>
  readonly allowedFromLabels: ReadonlyArray<Messages.Label>
}> {
  /** A summary in English, so logs and uncaught errors say what went wrong. */
  override get message(): string {
    return this.texts("en").join("; ")
  }

  /** The refusal in one locale, naming the states the command may run from. */
  texts(locale: Messages.Locale): ReadonlyArray<string> {
    const params = {
      command: Messages.format(this.commandLabel, locale),
      state: this.stateLabel === undefined ? this.state : Messages.format(this.stateLabel, locale),
      allowed: list(this.allowedFromLabels, locale)
    }
    return [
      this.allowedFrom.length === 0
        ? Messages.format("workflow.notAllowedAnywhere", locale, params)
        : Messages.format("workflow.notAllowedInState", locale, params)
    ]
  }
}

/**
 * The actor holds none of the roles the command needs; carries those roles.
 *
 * @example
 * ```ts
 * import { Workflow } from "@frontdesk/domain"
 * const error = new Workflow.RoleNotPermitted({
 *   command: "close", commandLabel: "workflow.command.close", roles: ["supervisor"], actorRoles: ["specialist"]
 * })
 * error.texts("en")
 * ```
 * @category errors
 * @since 0.1.0
 */
export class RoleNotPermitted extends Data.TaggedError("RoleNotPermitted")<{
  readonly command: string
  readonly commandLabel: Messages.Label
  readonly roles: ReadonlyArray<Actor.Role>
  readonly actorRoles: ReadonlyArray<Actor.Role>
}> {
  /** A summary in English, so logs and uncaught errors say what went wrong. */
  override get message(): string {
    return this.texts("en").join("; ")
  }

  /** The refusal in one locale, naming the roles that may run the command. */
  texts(locale: Messages.Locale): ReadonlyArray<string> {
    return [
      Messages.format("workflow.roleNotPermitted", locale, {
        command: Messages.format(this.commandLabel, locale),
        roles: list(this.roles, locale)
      })
    ]
  }
}

/**
 * A recorded history does not replay to the same states under the workflow's current definition.
 *
 * @example
 * ```ts
 * import { Workflow } from "@frontdesk/domain"
 * const error = new Workflow.HistoryMismatch({ version: 3, expected: "completed", actual: "attempted" })
 * ```
 * @category errors
 * @since 0.1.0
 */
export class HistoryMismatch extends Data.TaggedError("HistoryMismatch")<{
  readonly version: number
  readonly expected: string
  readonly actual: string
}> {
  /** A summary in English, so logs and uncaught errors say what went wrong. */
  override get message(): string {
    return this.texts("en").join("; ")
  }

  /** The mismatch in one locale. */
  texts(locale: Messages.Locale): ReadonlyArray<string> {
    return [
      Messages.format("workflow.historyMismatch", locale, {
        version: this.version,
        expected: this.expected,
        actual: this.actual
      })
    ]
  }
}

/**
 * Every way {@link decide} or {@link create} can refuse, each a tagged error that renders in
 * zh-CN and en through `texts(locale)`.
 *
 * @example
 * ```ts
 * import type { Workflow } from "@frontdesk/domain"
 * const explain = (error: Workflow.WorkflowError) => error.texts("zh-CN")
 * ```
 * @category errors
 * @since 0.1.0
 */
export type WorkflowError =
  | UnknownCommand
  | NotAllowedInState
  | RoleNotPermitted
  | Input.InvalidInput
  | Rules.RuleViolated

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/**
 * The declaration of one state, or `undefined` for an id the workflow does not know.
 *
 * @example
 * ```ts
 * import { Workflow } from "@frontdesk/domain"
 * declare const callback: Workflow.Any
 * Workflow.state(callback, "open")?.label
 * ```
 * @category queries
 * @since 0.1.0
 */
export const state = <S extends string>(workflow: Workflow<S, any, any>, id: string): State<S> | undefined =>
  workflow.states.find((candidate) => candidate.id === id)

/**
 * Tells whether a state ends the workflow.
 *
 * @example
 * ```ts
 * import { Workflow } from "@frontdesk/domain"
 * declare const callback: Workflow.Any
 * Workflow.isTerminal(callback, "completed")
 * ```
 * @category queries
 * @since 0.1.0
 */
export const isTerminal = (workflow: Any, id: string): boolean => state(workflow, id)?.terminal === true

/**
 * The command with this name, or `undefined`.
 *
 * @example
 * ```ts
 * import { Workflow } from "@frontdesk/domain"
 * declare const callback: Workflow.Any
 * Workflow.command(callback, "complete")?.roles
 * ```
 * @category queries
 * @since 0.1.0
 */
export const command = <S extends string, D, Is extends Inputs>(
  workflow: Workflow<S, D, Is>,
  name: string
): Workflow<S, D, Is>["commands"][number] | undefined => workflow.commands.find((c) => c.name === name)

/**
 * The commands that may run from a state, whoever the actor.
 *
 * @example
 * ```ts
 * import { Workflow } from "@frontdesk/domain"
 * declare const callback: Workflow.Workflow<"open" | "completed", unknown, { complete: {} }>
 * Workflow.commandsFrom(callback, "open").map((command) => command.name) // ["complete"]
 * ```
 * @category queries
 * @since 0.1.0
 */
export const commandsFrom = <S extends string, D, Is extends Inputs>(
  workflow: Workflow<S, D, Is>,
  from: NoInfer<S>
): Workflow<S, D, Is>["commands"] =>
  workflow.commands.filter((c) => (c.from as ReadonlyArray<string>).includes(from))

/**
 * The commands this actor may run on this record now — the state allows them and the actor holds
 * one of their roles — so a screen shows exactly those buttons. Input and guards are checked only
 * when the command is submitted.
 *
 * @example
 * ```ts
 * import { Workflow, type Actor } from "@frontdesk/domain"
 * declare const callback: Workflow.Any
 * declare const record: Workflow.Record<unknown>
 * declare const actor: Actor.Actor
 * Workflow.availableCommands(callback, record, actor).map((command) => command.name)
 * ```
 * @category queries
 * @since 0.1.0
 */
export const availableCommands = <S extends string, D, Is extends Inputs>(
  workflow: Workflow<S, D, Is>,
  record: Record<D>,
  actor: Actor.Actor
): Workflow<S, D, Is>["commands"] =>
  workflow.commands.filter(
    (c) => (c.from as ReadonlyArray<string>).includes(record.state) && Actor.hasAnyRole(actor, c.roles)
  )

// ---------------------------------------------------------------------------------------------
// Deciding
// ---------------------------------------------------------------------------------------------

/**
 * An accepted command: the record after it and the history entry to append with it.
 *
 * @example
 * ```ts
 * import type { Workflow } from "@frontdesk/domain"
 * const store = (decision: Workflow.Decision<unknown>) => [decision.record, decision.entry]
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Decision<D> {
  readonly record: Record<D>
  readonly entry: History.Entry
}

const noContext: Context = {}

const withoutUndefinedInput = (input: unknown): unknown => (input === undefined ? {} : input)

/** Builds a history entry, leaving out what is absent so stored entries stay small. */
const entryOf = (fields: {
  readonly recordId: string
  readonly version: number
  readonly at: string
  readonly actor: Actor.Actor
  readonly command: string
  readonly from: string
  readonly to: string
  readonly note: string | undefined
  readonly input: unknown
}): History.Entry => {
  const entry: { -readonly [K in keyof History.Entry]: History.Entry[K] } = {
    recordId: fields.recordId,
    version: fields.version,
    at: fields.at,
    actor: fields.actor,
    command: fields.command,
    from: fields.from,
    to: fields.to
  }
  if (fields.note !== undefined) entry.note = fields.note
  if (fields.input !== undefined) entry.input = fields.input
  return entry
}

/** The earliest due instant of the declared deadlines that are open, for the record's `dueAt`. */
const earliestOpenDue = (
  workflow: Any,
  trackers: { readonly [name: string]: Deadline.Tracker }
): string | undefined => {
  let dueAt: string | undefined
  for (const { name } of workflow.deadlines) {
    const tracker = trackers[name]
    if (tracker === undefined) continue
    // A paused clock has no due instant yet; past the calendar's coverage the estimate stands in.
    const due = tracker.dueAt ?? tracker.estimate
    if (due !== undefined && tracker.metAt === undefined && tracker.pausedAt === undefined) {
      if (dueAt === undefined || Date.parse(due) < Date.parse(dueAt)) dueAt = due
    }
  }
  return dueAt
}

/** Folds an accepted entry into every declared deadline and finds the earliest open one. */
const withDeadlines = <D>(
  workflow: Any,
  record: Omit<Record<D>, "deadlines" | "dueAt">,
  previous: Record<D>["deadlines"],
  entry: History.Entry,
  context: Context
): Record<D> => {
  if (workflow.deadlines.length === 0) return record
  const calendar = context.calendar ?? Calendar.cnMainland()
  const trackers: { [name: string]: Deadline.Tracker } = {}
  for (const spec of workflow.deadlines) {
    const policy = deadlinePolicy(spec, record)
    const tracker = Deadline.advance(policy, previous?.[spec.name], entry, calendar)
    const agreed = spec.agreedDueAt?.(record.data)
    trackers[spec.name] =
      agreed === undefined || tracker.startedAt === undefined
        ? tracker
        : Deadline.withDueAt(policy, tracker, agreed)
  }
  const dueAt = earliestOpenDue(workflow, trackers)
  return dueAt === undefined ? { ...record, deadlines: trackers } : { ...record, deadlines: trackers, dueAt }
}

/**
 * The policy a deadline follows on one record: the declared policy, with the record's own
 * contact windows when the spec reads some from its data (see {@link DeadlineSpec}).
 *
 * @example
 * ```ts
 * import { Deadline, Workflow } from "@frontdesk/domain"
 * declare const spec: Workflow.DeadlineSpec
 * declare const record: Workflow.Record<unknown>
 * Deadline.canContact(Workflow.deadlinePolicy(spec, record), new Date("2026-03-02T14:00:00Z"))
 * ```
 * @category deadlines
 * @since 0.1.0
 */
export const deadlinePolicy = <D>(spec: DeadlineSpec<D>, record: Pick<Record<D>, "data">): Deadline.Policy =>
  spec.contactWindows === undefined
    ? spec.policy
    : Deadline.withContactWindows(spec.policy, spec.contactWindows(record.data))

/**
 * A guard that refuses a command attempted in the customer's quiet hours — logging a call at
 * 22:00, say — with a `RuleViolated` that says, in zh-CN and en, when the customer can next be
 * contacted. The windows are those of the deadline on the record ({@link deadlinePolicy}); a
 * deadline without contact windows never refuses.
 *
 * @example
 * ```ts
 * import { Workflow } from "@frontdesk/domain"
 * declare const callbackDeadline: Workflow.DeadlineSpec<{ readonly phone: string }>
 * const attempt = {
 *   label: "workflow.command.update", from: "open", to: "open", roles: ["specialist"],
 *   guard: Workflow.duringContactHours(callbackDeadline)
 * } as const
 * ```
 * @category deadlines
 * @since 0.1.0
 */
export const duringContactHours =
  <D>(spec: DeadlineSpec<D>): Guard<D, unknown> =>
  (record, _input, _actor, now) =>
    Deadline.contactViolations(deadlinePolicy(spec, record), now)

const sameDue = (a: Deadline.Tracker, b: Deadline.Tracker): boolean =>
  a.dueAt === b.dueAt &&
  a.unknown === b.unknown &&
  a.estimate === b.estimate &&
  JSON.stringify(a.reason) === JSON.stringify(b.reason)

/**
 * Recomputes a record's open deadlines on a calendar, e.g. after next year's holiday arrangement
 * was loaded: a due time that was Unknown (past the calendar's data) becomes Known, and one that
 * a newly declared holiday covers moves. Met deadlines stay as they were. The record's `dueAt`
 * follows. Pure: it returns the same record object when nothing changed, else a new record with
 * the same version — storing it is a write like any other (the storage Runner's
 * `recomputeDeadlines` does that for a whole collection).
 *
 * @example
 * ```ts
 * import { Calendar, Workflow } from "@frontdesk/domain"
 * declare const callback: Workflow.Any
 * declare const record: Workflow.Record<unknown>
 * const calendar = Calendar.withData(Calendar.cnMainland(), {
 *   version: "2027.1", source: "国务院办公厅关于2027年部分节假日安排的通知",
 *   from: "2027-01-01", to: "2027-12-31", holidays: [], makeUpDays: []
 * })
 * const next = Workflow.recomputeDeadlines(callback, record, calendar)
 * if (next !== record) console.log("due", record.dueAt, "→", next.dueAt)
 * ```
 * @category deadlines
 * @since 0.1.0
 */
export const recomputeDeadlines = <S extends string, D, Is extends Inputs>(
  workflow: Workflow<S, D, Is>,
  record: Record<D>,
  calendar: Calendar.Calendar
): Record<D> => {
  const previous = record.deadlines
  if (workflow.deadlines.length === 0 || previous === undefined) return record
  let trackers: { [name: string]: Deadline.Tracker } | undefined
  for (const spec of workflow.deadlines) {
    const tracker = previous[spec.name]
    if (tracker === undefined) continue
    const next = Deadline.recompute(deadlinePolicy(spec, record), tracker, calendar)
    if (sameDue(tracker, next)) continue
    trackers ??= { ...previous }
    trackers[spec.name] = next
  }
  if (trackers === undefined) return record
  const { dueAt: _previousDue, ...rest } = record
  const dueAt = earliestOpenDue(workflow as unknown as Any, trackers)
  return dueAt === undefined ? { ...rest, deadlines: trackers } : { ...rest, deadlines: trackers, dueAt }
}

const checkRoles = (
  name: string,
  label: Messages.Label,
  roles: ReadonlyArray<Actor.Role>,
  actor: Actor.Actor
): RoleNotPermitted | undefined =>
  Actor.hasAnyRole(actor, roles)
    ? undefined
    : new RoleNotPermitted({ command: name, commandLabel: label, roles, actorRoles: actor.roles })

/**
 * Creates a record: checks the actor's role, decodes the input (reporting every issue), checks
 * the creation rules, then builds the record at version 1 in the initial state, with its first
 * history entry (command `create`, from `""`).
 *
 * @example
 * ```ts
 * import { Workflow, Actor } from "@frontdesk/domain"
 * declare const callback: Workflow.Any
 * const result = Workflow.create(callback, {
 *   id: "cb-1",
 *   input: { phone: "13800138000" },
 *   actor: Actor.make("u-2", "李强", ["supervisor"]),
 *   now: new Date("2026-03-02T01:00:00Z")
 * })
 * ```
 * @category deciding
 * @since 0.1.0
 */
export const create = <S extends string, D, Is extends Inputs>(
  workflow: Workflow<S, D, Is>,
  options: CreateOptions
): Result.Result<Decision<D>, WorkflowError> => runCreate(workflow as unknown as Any, options, true)

/**
 * What {@link create} needs: the new record's id, the input, who creates it, when, and the
 * context for guards and deadlines.
 *
 * @example
 * ```ts
 * import { Actor, type Workflow } from "@frontdesk/domain"
 * const options: Workflow.CreateOptions = {
 *   id: "cb-1", input: { phone: "13800138000" },
 *   actor: Actor.make("u-2", "李强", ["supervisor"]), now: new Date("2026-03-02T01:00:00Z")
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface CreateOptions {
  readonly id: string
  readonly input: unknown
  readonly actor: Actor.Actor
  readonly now: Date
  readonly context?: Context | undefined
}

const runCreate = <D>(
  workflow: Any,
  options: CreateOptions,
  authorise: boolean
): Result.Result<Decision<D>, WorkflowError> => {
  const spec = workflow.create as Create<D, unknown> | undefined
  if (spec === undefined) {
    return Result.fail(
      new UnknownCommand({ workflow: workflow.name, workflowLabel: workflow.label, command: reservedCommand })
    )
  }
  const { id, actor, now } = options
  const context = options.context ?? noContext
  if (authorise) {
    const refused = checkRoles(reservedCommand, "workflow.command.create", spec.roles, actor)
    if (refused !== undefined) return Result.fail(refused)
  }
  const decoded = Input.decode(spec.input, withoutUndefinedInput(options.input))
  if (Result.isFailure(decoded)) return Result.fail(decoded.failure)
  const input = decoded.success
  const violations =
    !authorise || spec.guard === undefined
      ? []
      : Rules.isRuleSet(spec.guard)
        ? Rules.evaluate(spec.guard, { input, actor, now }, context)
        : spec.guard(input, actor, now, context)
  if (violations.length > 0) return Result.fail(new Rules.RuleViolated({ violations }))
  const at = now.toISOString()
  const entry = entryOf({
    recordId: id,
    version: 1,
    at,
    actor,
    command: reservedCommand,
    from: "",
    to: workflow.initial,
    note: spec.note?.(input),
    input: options.input
  })
  const record = withDeadlines<D>(
    workflow,
    {
      id,
      version: 1,
      state: workflow.initial,
      data: spec.apply(input, { actor, now, context }),
      createdAt: at,
      updatedAt: at
    },
    undefined,
    entry,
    context
  )
  return Result.succeed({ record, entry })
}

/**
 * Decides a command on a record. Checks, in order: the command exists (`UnknownCommand`), it may
 * run from the record's state (`NotAllowedInState`), the actor holds one of its roles
 * (`RoleNotPermitted`), the input decodes (`InvalidInput`, every issue), its guard holds
 * (`RuleViolated`, every violation). When all pass, returns the record one version later and the
 * history entry to append; the record passed in is never changed.
 *
 * @example
 * ```ts
 * import { Workflow, Actor } from "@frontdesk/domain"
 * declare const callback: Workflow.Any
 * declare const record: Workflow.Record<unknown>
 * const result = Workflow.decide(
 *   callback, record, "complete", { outcome: "satisfied" },
 *   Actor.make("u-1", "王芳", ["specialist"]), new Date("2026-03-03T02:00:00Z")
 * )
 * ```
 * @category deciding
 * @since 0.1.0
 */
export const decide = <S extends string, D, Is extends Inputs>(
  workflow: Workflow<S, D, Is>,
  record: Record<D>,
  command: NoInfer<keyof Is & string>,
  input: unknown,
  actor: Actor.Actor,
  now: Date,
  context: Context = noContext
): Result.Result<Decision<D>, WorkflowError> =>
  run(workflow as unknown as Any, record, command, input, actor, now, context, true)

const run = <D>(
  workflow: Any,
  record: Record<D>,
  name: string,
  rawInput: unknown,
  actor: Actor.Actor,
  now: Date,
  context: Context,
  authorise: boolean
): Result.Result<Decision<D>, WorkflowError> => {
  const spec = command(workflow, name) as Command<string, string, D, unknown> | undefined
  if (spec === undefined) {
    return Result.fail(
      new UnknownCommand({ workflow: workflow.name, workflowLabel: workflow.label, command: name })
    )
  }
  if (!spec.from.includes(record.state)) {
    return Result.fail(
      new NotAllowedInState({
        command: spec.name,
        commandLabel: spec.label,
        state: record.state,
        stateLabel: state(workflow, record.state)?.label,
        allowedFrom: spec.from,
        allowedFromLabels: spec.from.flatMap((id) => state(workflow, id)?.label ?? [])
      })
    )
  }
  if (authorise) {
    const refused = checkRoles(spec.name, spec.label, spec.roles, actor)
    if (refused !== undefined) return Result.fail(refused)
  }
  const decoded = Input.decode(spec.input, withoutUndefinedInput(rawInput))
  if (Result.isFailure(decoded)) return Result.fail(decoded.failure)
  const input = decoded.success
  if (authorise && spec.guard !== undefined) {
    const violations = Rules.isRuleSet(spec.guard)
      ? Rules.evaluate(spec.guard, { record, input, actor, now }, context)
      : spec.guard(record, input, actor, now, context)
    if (violations.length > 0) return Result.fail(new Rules.RuleViolated({ violations }))
  }
  const to = typeof spec.to === "function" ? spec.to(record, input) : spec.to
  if (state(workflow, to) === undefined || (spec.targets !== undefined && !spec.targets.includes(to))) {
    // A definition bug, not a user error: fail loudly so it is fixed, never store a bad state.
    throw definitionError(
      workflow.name,
      `the command "${spec.name}" chose the state "${to}", which is not ${
        spec.targets === undefined ? "in `states`" : "in its `targets`"
      }.`
    )
  }
  const at = now.toISOString()
  const version = record.version + 1
  const entry = entryOf({
    recordId: record.id,
    version,
    at,
    actor,
    command: spec.name,
    from: record.state,
    to,
    note: spec.note?.(input),
    input: rawInput
  })
  const data =
    spec.apply === undefined ? record.data : spec.apply(record.data, input, { record, actor, now, context })
  const next = withDeadlines<D>(
    workflow,
    { id: record.id, version, state: to, data, createdAt: record.createdAt, updatedAt: at },
    record.deadlines,
    entry,
    context
  )
  return Result.succeed({ record: next, entry })
}

/**
 * Rebuilds a record from its history by running each entry's command again with its stored
 * input, time and actor. Roles and guards are not checked again — they were checked when the
 * commands were accepted, and roles or rules may have changed since — but states and input are,
 * and each entry must lead to the state it recorded. Useful after changing a workflow's `apply`
 * or a calendar, and to audit stored records. The rebuilt record takes each entry's version, so a
 * version skipped by a write without a command (see {@link recomputeDeadlines}) is kept.
 *
 * @example
 * ```ts
 * import { Workflow, type History } from "@frontdesk/domain"
 * declare const callback: Workflow.Any
 * declare const entries: ReadonlyArray<History.Entry>
 * const rebuilt = Workflow.replay(callback, entries)
 * ```
 * @category deciding
 * @since 0.1.0
 */
export const replay = <S extends string, D, Is extends Inputs>(
  workflow: Workflow<S, D, Is>,
  entries: ReadonlyArray<History.Entry>,
  context: Context = noContext
): Result.Result<Record<D>, WorkflowError | HistoryMismatch> => {
  const [first, ...rest] = [...entries].sort((a, b) => a.version - b.version)
  if (first === undefined || first.command !== reservedCommand) {
    return Result.fail(
      new HistoryMismatch({
        version: first?.version ?? 0,
        expected: reservedCommand,
        actual: first?.command ?? ""
      })
    )
  }
  const created = runCreate<D>(
    workflow as unknown as Any,
    { id: first.recordId, input: first.input, actor: first.actor, now: new Date(first.at), context },
    false
  )
  if (Result.isFailure(created)) return Result.fail(created.failure)
  let record = created.success.record
  for (const entry of rest) {
    const decided = run(
      workflow as unknown as Any,
      record,
      entry.command,
      entry.input,
      entry.actor,
      new Date(entry.at),
      context,
      false
    )
    if (Result.isFailure(decided)) return Result.fail(decided.failure)
    if (decided.success.record.state !== entry.to) {
      return Result.fail(
        new HistoryMismatch({
          version: entry.version,
          expected: entry.to,
          actual: decided.success.record.state
        })
      )
    }
    // A version the history skips was a write without a command (recomputed deadlines); keep
    // the recorded numbering so the rebuilt record matches the stored one.
    record =
      decided.success.record.version === entry.version
        ? decided.success.record
        : { ...decided.success.record, version: entry.version }
  }
  return Result.succeed(record)
}
