/**
 * What a section of the demo is. Each procedure family plugs in as one section: its collections
 * join the demo's IndexedDB schema, its people join the role switcher, and the shell routes
 * `#/<section id>/…` to it and redraws it when the store changes.
 */
import type { Actor, Messages } from "@frontdesk/domain"
import type { Desk, Store } from "@frontdesk/storage"
import type { TemplateResult } from "lit"

/** A person the role switcher offers, with the title shown for them. */
export interface Person {
  readonly actor: Actor.Actor
  readonly title: Messages.Text
}

/** What the shell hands a section on every draw. */
export interface View {
  readonly desk: Desk.Desk
  readonly locale: Messages.Locale
  readonly actor: Actor.Actor
  /** The path after the section id: `#/reception/enq-1` gives `["enq-1"]`. */
  readonly path: ReadonlyArray<string>
  /** Goes to another path inside this section (replacing the history entry). */
  readonly navigate: (path: ReadonlyArray<string>) => void
  /** Draws again after the section changed its own state. */
  readonly redraw: () => void
  /** Text of a label in the page's language. */
  readonly t: (label: Messages.Label, params?: Messages.Params) => string
  /** Text of any typed error in the page's language. */
  readonly reasonOf: (error: unknown) => string
  /** The demo's clock (real time unless the visitor set another moment); the desk runs on it. */
  readonly now: () => Date
}

/** What the shell hands a section's `seed`. */
export interface Seeding {
  readonly desk: Desk.Desk
  /** The demo's time when seeding starts. */
  readonly now: Date
  /** Runs `work` with the desk's clock stopped at `time`, so seeded history has its own dates. */
  readonly at: <A>(time: Date, work: () => Promise<A>) => Promise<A>
}

export interface Section {
  /** The first path segment of its URLs, e.g. `reception`. */
  readonly id: string
  readonly label: Messages.Text
  /** Collections and indexes this section stores; bump `storeVersion` in store.ts when they change. */
  readonly collections: ReadonlyArray<Store.CollectionDefinition>
  /** The people this section's workflows expect, in the order the role switcher lists them. */
  readonly people: ReadonlyArray<Person>
  /** Loads what the section shows; called when it is opened and after every change in the store. */
  readonly load: (view: View) => Promise<void>
  /**
   * Fills the section with example records when its first collection is empty, so a visitor sees
   * something to work with; runs once per browser (again after the data is cleared).
   */
  readonly seed?: ((seeding: Seeding) => Promise<void>) | undefined
  readonly render: (view: View) => TemplateResult
}
