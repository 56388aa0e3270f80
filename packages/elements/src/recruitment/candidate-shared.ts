/**
 * What the candidate elements share: the decide context a candidate command needs (the company's
 * blacklist, the candidate's probation record), loading one record and following its changes,
 * the commands of an element's parts, legal-standing badges, and inline issues from a refusal.
 */
import { type Actor, Messages, Rules, Workflow } from "@frontdesk/domain"
import { elementsCandidatesTexts, elementsCommonTexts, recruitmentTexts } from "@frontdesk/domain/messages"
import { type Candidate, Probation } from "@frontdesk/domain/recruitment"
import {
  css,
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult
} from "lit"
import type { ChangeLike, DeskLike } from "../internal/context.js"
import { alerts, buttons, controls, headings, panels } from "../theme/family.js"
import { base, tokens } from "../theme/tokens.js"

Messages.register(elementsCandidatesTexts)
Messages.register(recruitmentTexts)
Messages.register(elementsCommonTexts)

/**
 * What a candidate command's guards look up, or how to look it up for one candidate: the
 * resident IDs on the company's blacklist (`{ blacklist: [...] }`) and anything else the host's
 * workflow reads. The candidate's probation record is looked up by the elements themselves.
 *
 * @example
 * ```ts
 * import type { CandidateContext } from "@frontdesk/elements"
 * const fixed: CandidateContext = { blacklist: ["110101199003074514"] }
 * const looked: CandidateContext = async () => ({ blacklist: await fetchBlacklist() })
 * declare const fetchBlacklist: () => Promise<ReadonlyArray<string>>
 * ```
 * @category models
 * @since 0.1.0
 */
export type CandidateContext =
  | Workflow.Context
  | ((record: Candidate.Record) => Workflow.Context | Promise<Workflow.Context>)

/** A desk whose `run` and `create` take a call's context, as `@frontdesk/storage`'s Desk does. */
interface ContextDesk extends DeskLike {
  run(
    workflow: unknown,
    id: string,
    command: string,
    input: unknown,
    actor: Actor.Actor,
    options?: { readonly context?: Workflow.Context | undefined }
  ): Promise<unknown>
  create(
    workflow: unknown,
    id: string,
    input: unknown,
    actor: Actor.Actor,
    options?: { readonly context?: Workflow.Context | undefined }
  ): Promise<unknown>
}

/** The collection the candidate's probation record lives in, under the candidate's id. */
export const probationsCollection = "probations"

/**
 * The context of one candidate's command: the host's (fixed or looked up) and, once the
 * candidate is on probation, the probation record `confirm` and `failProbation` read.
 */
export const contextFor = async (
  desk: DeskLike,
  record: Candidate.Record,
  source: CandidateContext | undefined
): Promise<Workflow.Context> => {
  const given = typeof source === "function" ? await source(record) : (source ?? {})
  if (record.state !== "onProbation" || given.probation !== undefined) return given
  const probation = await desk.get(probationsCollection, record.id)
  return probation === undefined ? given : { ...given, probation }
}

/** Runs a candidate command through the desk with the candidate's context. */
export const runCandidate = async (
  desk: DeskLike,
  workflow: Workflow.Any,
  record: Candidate.Record,
  command: string,
  input: unknown,
  actor: Actor.Actor,
  source: CandidateContext | undefined
): Promise<Candidate.Record> => {
  const context = await contextFor(desk, record, source)
  return (await (desk as ContextDesk).run(workflow, record.id, command, input, actor, {
    context
  })) as Candidate.Record
}

/** The blacklist part of a context, as the disqualification rules read it. */
export const blacklistOf = (context: Workflow.Context): { readonly blacklist?: ReadonlyArray<string> } =>
  Array.isArray(context.blacklist) ? { blacklist: context.blacklist as ReadonlyArray<string> } : {}

/** Shown when a command is asked for before the page gave a desk and an actor. */
export const notReady = { toMessage: (): Messages.Message => ({ code: "commands.notReady" }) }

/** What a part's command reads from its element when it is asked for or run. */
export interface CommandSource {
  readonly desk: DeskLike | undefined
  readonly actor: Actor.Actor | undefined
  readonly workflow: Workflow.Any
  readonly context: CandidateContext | undefined
}

/**
 * The candidate commands of an element made of parts (forms, buttons), each part with its own
 * refusal: one command runs at a time, a refusal stays beside the part that asked, and a stored
 * record is shown at once and announced as `fd-command`.
 */
export class PartCommands<Part extends string> implements ReactiveController {
  private readonly host: ReactiveControllerHost & EventTarget
  private readonly loader: RecordLoader<Candidate.Record>
  private readonly source: () => CommandSource
  private current: Part | undefined
  private refusals: ReadonlyMap<Part, unknown> = new Map()

  constructor(
    host: ReactiveControllerHost & EventTarget,
    loader: RecordLoader<Candidate.Record>,
    source: () => CommandSource
  ) {
    this.host = host
    this.loader = loader
    this.source = source
    host.addController(this)
  }

  // Nothing to undo: a command under way when the element leaves the page still stores its record.
  hostDisconnected(): void {}

  /** The part whose command is under way, if any; every part's submit waits for it. */
  get running(): Part | undefined {
    return this.current
  }

  /** Whether the acting person may run `command` on the record now. */
  can(command: string): boolean {
    const record = this.loader.record
    const { actor, workflow } = this.source()
    if (record === undefined || actor === undefined) return false
    return Workflow.availableCommands(workflow, record, actor).some((c) => c.name === command)
  }

  /** What refused the part's last command (a refusal, decode failure or `notReady`), if anything. */
  refusalOf(part: Part): unknown {
    return this.refusals.get(part)
  }

  /** Forgets the part's refusal, as when what it was about has been typed again. */
  clear(part: Part): void {
    if (!this.refusals.has(part)) return
    this.refusals = new Map([...this.refusals].filter(([p]) => p !== part))
    this.host.requestUpdate()
  }

  /**
   * Runs `command` for `part`; resolves whether it was stored. Refused while another command
   * runs; a refusal stays with the part until its next command.
   */
  async run(part: Part, command: string, input: unknown): Promise<boolean> {
    const { desk, actor, workflow, context } = this.source()
    const record = this.loader.record
    if (this.current !== undefined) return false
    this.clear(part)
    if (desk === undefined || actor === undefined || record === undefined) {
      this.refuse(part, notReady)
      return false
    }
    this.setRunning(part)
    try {
      const stored = await runCandidate(desk, workflow, record, command, input, actor, context)
      this.loader.accept(stored)
      this.host.dispatchEvent(
        new CustomEvent("fd-command", { detail: { command, record: stored }, bubbles: true, composed: true })
      )
      return true
    } catch (error) {
      this.refuse(part, error)
      return false
    } finally {
      this.setRunning(undefined)
    }
  }

  private refuse(part: Part, refusal: unknown): void {
    this.refusals = new Map([...this.refusals, [part, refusal]])
    this.host.requestUpdate()
  }

  private setRunning(part: Part | undefined): void {
    this.current = part
    this.host.requestUpdate()
  }
}

/**
 * Loads one record from the desk by collection and id and reads it again whenever the desk
 * reports a change to it. Overlapping loads keep only the latest answer.
 */
export class RecordLoader<R extends { readonly id: string; readonly version: number }>
  implements ReactiveController
{
  private readonly host: ReactiveControllerHost
  private readonly target: () =>
    | { readonly desk: DeskLike; readonly collection: string; readonly id: string }
    | undefined
  private watched: string | undefined
  private watchedDesk: DeskLike | undefined
  private unwatch: (() => void) | undefined
  private ticket = 0
  /** The record as last read; `undefined` before it is read or when there is none. */
  record: R | undefined
  /** Whether the first read has answered. */
  loaded = false
  /** Settles when the latest read has been applied. */
  done: Promise<void> = Promise.resolve()

  constructor(
    host: ReactiveControllerHost,
    target: () => { readonly desk: DeskLike; readonly collection: string; readonly id: string } | undefined
  ) {
    this.host = host
    this.target = target
    host.addController(this)
  }

  hostUpdate(): void {
    const target = this.target()
    const key = target === undefined ? undefined : `${target.collection}\u0000${target.id}`
    if (key === this.watched && target?.desk === this.watchedDesk) return
    this.stop()
    this.watched = key
    this.watchedDesk = target?.desk
    this.record = undefined
    this.loaded = false
    if (target === undefined) return
    this.unwatch = target.desk.watch((change: ChangeLike) => {
      if (
        (change.collection ?? target.collection) === target.collection &&
        (change.id ?? target.id) === target.id
      )
        void this.reload()
    })
    void this.reload()
  }

  hostConnected(): void {
    this.host.requestUpdate()
  }

  hostDisconnected(): void {
    this.stop()
  }

  private stop(): void {
    this.unwatch?.()
    this.unwatch = undefined
    this.watched = undefined
    this.watchedDesk = undefined
  }

  /** Takes a record the element just stored, unless a newer one is already shown. */
  accept(record: R): void {
    if (this.record !== undefined && this.record.id === record.id && this.record.version > record.version)
      return
    this.record = record
    this.host.requestUpdate()
  }

  /** Reads the record again; resolves once it is applied. */
  reload(): Promise<void> {
    const target = this.target()
    if (target === undefined) return Promise.resolve()
    const ticket = ++this.ticket
    this.done = target.desk
      .get(target.collection, target.id)
      .then((found) => {
        if (ticket !== this.ticket) return
        this.loaded = true
        if (found === undefined) this.record = undefined
        else this.accept(found as R)
        this.host.requestUpdate()
      })
      .catch(() => {
        if (ticket === this.ticket) {
          this.loaded = true
          this.host.requestUpdate()
        }
      })
      .then(() => this.host.updateComplete.then(() => undefined))
    return this.done
  }
}

// A symbol beside the words, so a standing is never told by colour alone.
const standingIcons = {
  "legal-requirement": "§",
  "legal-basis": "⚖",
  "internal-policy": "◆",
  restricted: "⚠",
  prohibited: "⛔"
} as const satisfies { readonly [S in Rules.Standing]: string }

/** A legal-standing badge: a symbol (hidden from screen readers) and the standing in words. */
export const standingBadge = (
  standing: Rules.Standing | undefined,
  locale: Messages.Locale
): TemplateResult =>
  standing === undefined
    ? html``
    : html`<span class="standing" part="standing" data-standing=${standing}
        ><span aria-hidden="true">${standingIcons[standing]}</span>
        ${Messages.format("candidates.standing", locale, {
          standing: Messages.render(Rules.standingLabel(standing), locale)
        })}</span
      >`

/** What a refusal or a decode failure says about each field, by the first step of its path. */
export const issuesByField = (error: unknown): ReadonlyMap<string, Messages.Message> => {
  const found = new Map<string, Messages.Message>()
  const entries =
    (
      error as {
        readonly issues?: ReadonlyArray<{ path?: ReadonlyArray<unknown>; message: Messages.Message }>
      }
    )?.issues ??
    (error as { readonly violations?: ReadonlyArray<Rules.Violation> })?.violations ??
    []
  for (const entry of entries) {
    const name = entry.path?.[0]
    if (name === undefined) continue
    if (!found.has(String(name))) found.set(String(name), entry.message)
  }
  return found
}

/**
 * The contract term and probation months as typed in a terms form: `termKind` (fixed or
 * open-ended), `termMonths` for a fixed term, and the months in `monthsField`. A part not (yet)
 * typed as a whole number is left out, so the workflow names it.
 */
export const readTerms = (
  data: FormData,
  monthsField: string
): { readonly term: Probation.ContractTerm | undefined; readonly months: number | undefined } => {
  const whole = (value: FormDataEntryValue | null): number | undefined => {
    const text = typeof value === "string" ? value.trim() : ""
    const n = Number(text)
    return text === "" || !Number.isInteger(n) ? undefined : n
  }
  const termMonths = whole(data.get("termMonths"))
  const term: Probation.ContractTerm | undefined =
    data.get("termKind") === "openEnded"
      ? { kind: "openEnded" }
      : termMonths === undefined || termMonths < 1
        ? undefined
        : { kind: "fixed", months: termMonths }
  return { term, months: whole(data.get(monthsField)) }
}

/** The probation bound (Labour Contract Law art. 19) that the typed terms break, if any. */
export const termsIssue = (
  term: Probation.ContractTerm | undefined,
  months: number | undefined,
  priorProbation = false
): Messages.Message | undefined =>
  term === undefined || months === undefined
    ? undefined
    : Probation.lengthViolations(term, months, priorProbation)[0]?.message

/** The contract term controls of a terms form: its kind, and the months of a fixed term. */
export const termFieldset = (
  uid: string,
  locale: Messages.Locale,
  current: Probation.ContractTerm | undefined,
  issue: Messages.Message | undefined
): TemplateResult => {
  const t = (code: Messages.Code) => Messages.format(code, locale)
  return html`<fieldset aria-describedby=${issue === undefined ? nothing : `${uid}-term-issue`}>
    <legend>${t("recruitment.probation.field.contractTerm")}</legend>
    <div class="field">
      <label for=${`${uid}-termKind`}>${t("offer.termKind")}</label>
      <select id=${`${uid}-termKind`} name="termKind">
        <option value="fixed" ?selected=${current?.kind !== "openEnded"}>${t("offer.fixed")}</option>
        <option value="openEnded" ?selected=${current?.kind === "openEnded"}>${t("offer.openEnded")}</option>
      </select>
    </div>
    <div class="field">
      <label for=${`${uid}-termMonths`}>${t("offer.termMonths")}</label>
      <input id=${`${uid}-termMonths`} name="termMonths" type="number" min="1" step="1"
        .value=${current?.kind === "fixed" ? String(current.months) : ""} />
    </div>
    ${issue === undefined ? nothing : html`<p class="issue" id=${`${uid}-term-issue`}>${Messages.render(issue, locale)}</p>`}
  </fieldset>`
}

/** A date-only value (`YYYY-MM-DD`) in the locale's own style. */
export const formatDay = (date: string, locale: Messages.Locale): string => {
  const [year, month, day] = date.split("-").map(Number)
  if (year === undefined || month === undefined || day === undefined) return date
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    timeZone: "UTC"
  }).format(new Date(Date.UTC(year, month - 1, day)))
}

/** Buttons, plain inputs, panels, standing badges and inline messages of the candidate elements. */
export const styles = [
  base,
  headings,
  buttons,
  controls,
  panels,
  alerts,
  css`
    :host {
      display: block;
    }
    [hidden] {
      display: none !important;
    }
    button:disabled {
      cursor: not-allowed;
    }
    textarea {
      width: 100%;
      min-height: 3em;
      box-sizing: border-box;
    }
    .field {
      display: grid;
      gap: ${tokens.spaceXs};
      margin-block-end: ${tokens.spaceS};
    }
    fieldset {
      border: 1px solid ${tokens.colorBorder};
      border-radius: ${tokens.radius};
      margin: 0 0 ${tokens.spaceS};
      padding: ${tokens.spaceS} ${tokens.spaceM};
    }
    legend {
      font-weight: 600;
    }
    .issue {
      margin: 0;
      color: ${tokens.colorDanger};
    }
    .hint,
    .muted {
      margin: 0;
      font-size: ${tokens.fontSizeSmall};
      color: ${tokens.colorTextMuted};
    }
    .standing {
      display: inline-flex;
      gap: ${tokens.spaceXs};
      align-items: baseline;
      padding: 0 ${tokens.spaceXs};
      border: 1px solid currentColor;
      border-radius: ${tokens.radius};
      font-size: ${tokens.fontSizeSmall};
      color: ${tokens.colorNeutral};
      background: ${tokens.colorNeutralSurface};
    }
    .standing[data-standing="legal-requirement"],
    .standing[data-standing="prohibited"] {
      color: ${tokens.colorDanger};
      background: ${tokens.colorDangerSurface};
    }
    .standing[data-standing="restricted"] {
      color: ${tokens.colorWarning};
      background: ${tokens.colorWarningSurface};
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    table {
      border-collapse: collapse;
    }
    th,
    td {
      text-align: start;
      padding: ${tokens.spaceXs} ${tokens.spaceS};
      border-block-end: 1px solid ${tokens.colorBorder};
    }
    ul.findings {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: ${tokens.spaceXs};
    }
  `
]
