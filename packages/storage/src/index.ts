/**
 * `@frontdesk/storage`: one Store contract for workflow records, history and drafts, with memory
 * and IndexedDB adapters (`@frontdesk/storage/memory`, `@frontdesk/storage/indexeddb`) and a
 * conformance suite (`@frontdesk/storage/testing`).
 *
 * @since 0.1.0
 */
export * as Store from "./Store.js"
