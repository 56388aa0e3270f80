/** What the worker processes of the fault and concurrency tests are told, and the schema they share with the tests. */
import type * as Store from "../../src/Store.js"

/** A worker's instructions (see worker.ts). */
export interface Config {
  readonly adapter: "sqlite" | "postgres"
  readonly mode: "stream" | "race"
  readonly filename?: string
  readonly url?: string
  readonly name?: string
  readonly who?: string
  readonly parts?: number
  readonly stallAt?: number
}

/** The schema the workers and the tests that check their work share. */
export const schema: Store.Definition = {
  version: 1,
  collections: [
    { name: "parts", indexes: [{ name: "byCommit", keyPath: "commit" }] },
    { name: "counters" },
    { name: "drafts" }
  ]
}
