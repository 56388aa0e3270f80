/**
 * Keeping what a person types in the desk's `drafts` collection, for the elements that render
 * their own controls instead of an `fd-form`: saves wait for a pause in typing, run one after
 * another, and never throw — a desk that fails is told to the host as `fd-draft-error`.
 */
import type { FieldElement } from "../fields/field-element.js"
import type { DeskLike } from "./context.js"

/**
 * How long typing pauses before a draft is saved, in milliseconds: `fd-form`'s and
 * `fd-callback-form`'s `draft-delay` default.
 *
 * @example
 * ```ts
 * import { defaultDraftDelay } from "@frontdesk/elements"
 * defaultDraftDelay // 500
 * ```
 * @category form
 * @since 0.1.0
 */
export const defaultDraftDelay = 500

/** What is kept under a draft key: each control's `snapshot()` by field name. */
export interface ControlsDraft {
  readonly values: Readonly<Record<string, unknown>>
}

/** Whether a stored value is a draft of controls; anything else is ignored rather than restored. */
export const isControlsDraft = (value: unknown): value is ControlsDraft =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as { values?: unknown }).values === "object" &&
  (value as { values?: unknown }).values !== null

/** The snapshots of the controls (elements with `data-field`) inside `root`, by field name. */
export const snapshotControls = (root: ParentNode): ControlsDraft => {
  const values: Record<string, unknown> = {}
  for (const control of root.querySelectorAll<FieldElement>("[data-field]")) {
    const name = control.dataset.field
    if (name !== undefined && typeof control.snapshot === "function") values[name] = control.snapshot()
  }
  return { values }
}

interface Pending {
  readonly desk: DeskLike
  readonly take: () => unknown
  readonly timer: ReturnType<typeof setTimeout>
}

/**
 * The draft writes of one element. A save is taken from the page when it runs, so typing that
 * goes on during the pause is in it; writes queue behind each other, so a save a slow store
 * answers late never lands after a clear and brings old values back.
 */
export class DraftWriter {
  private readonly host: EventTarget
  private readonly pending = new Map<string, Pending>()
  private work: Promise<void> = Promise.resolve()

  constructor(host: EventTarget) {
    this.host = host
  }

  /** Saves `take()` under `key` on `desk` once typing has paused for `delay` milliseconds. */
  schedule(desk: DeskLike, key: string, take: () => unknown, delay: number): void {
    clearTimeout(this.pending.get(key)?.timer)
    this.pending.set(key, { desk, take, timer: setTimeout(() => void this.saveNow(key), delay) })
  }

  /** Saves what waits under `key` now instead of after the pause. */
  saveNow(key: string): Promise<void> {
    const waiting = this.pending.get(key)
    if (waiting === undefined) return this.work
    this.cancel(key)
    // Taken now, while the controls still hold what belongs to this key.
    const value = waiting.take()
    return this.queue(waiting.desk, (desk) => desk.drafts.save(key, value))
  }

  /** Saves everything still waiting for its pause, e.g. before the controls go away. */
  flush(): Promise<void> {
    for (const key of [...this.pending.keys()]) void this.saveNow(key)
    return this.work
  }

  /** Forgets a save that waits under `key`, e.g. when what was typed has just been recorded. */
  cancel(key: string): void {
    clearTimeout(this.pending.get(key)?.timer)
    this.pending.delete(key)
  }

  /** Throws the draft under `key` away, after any write queued before. */
  clear(desk: DeskLike, key: string): Promise<void> {
    this.cancel(key)
    return this.queue(desk, (d) => d.drafts.clear(key))
  }

  /** The draft under `key`, or `undefined` when there is none or the desk could not read it. */
  async load(desk: DeskLike, key: string): Promise<unknown> {
    try {
      return await desk.drafts.load(key)
    } catch (error) {
      this.report(error)
      return undefined
    }
  }

  /** Settles once every write queued so far has finished. */
  get settled(): Promise<void> {
    return this.work
  }

  private queue(desk: DeskLike, write: (desk: DeskLike) => Promise<unknown>): Promise<void> {
    this.work = this.work.then(async () => {
      try {
        await write(desk)
      } catch (error) {
        this.report(error)
      }
    })
    return this.work
  }

  /** What was typed stays on the page; the host decides how to tell the person. */
  private report(error: unknown): void {
    this.host.dispatchEvent(
      new CustomEvent("fd-draft-error", { detail: { error }, bubbles: true, composed: true })
    )
  }
}
