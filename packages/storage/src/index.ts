/**
 * `@frontdesk/storage`: one Store contract for workflow records, history and drafts, with memory
 * and IndexedDB adapters (`@frontdesk/storage/memory`, `@frontdesk/storage/indexeddb`), a
 * conformance suite (`@frontdesk/storage/testing`), the Runner that ties workflows to a Store and
 * the promise façade `createDesk`.
 *
 * @example
 * ```ts
 * import { Actor, type Workflow } from "@frontdesk/domain"
 * import { createDesk, Store } from "@frontdesk/storage"
 * import { layerMemory } from "@frontdesk/storage/memory"
 * declare const callback: Workflow.Any
 * const desk = createDesk({ store: layerMemory(Store.define({ version: 1, collections: [{ name: "callbacks" }] })) })
 * await desk.create(callback, "cb-1", { phone: "13800138000" }, Actor.make("u-2", "李强", ["supervisor"]))
 * ```
 * @module
 * @since 0.1.0
 */
export * as Desk from "./Desk.js"
export { createDesk } from "./Desk.js"
export * as Runner from "./Runner.js"
export * as Store from "./Store.js"
