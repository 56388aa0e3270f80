/**
 * `@frontdesk/storage`: one Store contract for workflow records, history and drafts, with memory
 * and IndexedDB adapters (`@frontdesk/storage/memory`, `@frontdesk/storage/indexeddb`), a
 * conformance suite (`@frontdesk/storage/testing`), the Runner that ties workflows to a Store and
 * the promise façade `createDesk`.
 *
 * @since 0.1.0
 */
export * as Desk from "./Desk.js"
export { createDesk } from "./Desk.js"
export * as Runner from "./Runner.js"
export * as Store from "./Store.js"
