/** The demo's one IndexedDB database, holding every section's collections. */
import { Store } from "@frontdesk/storage"
import { sections } from "./sections/index.js"

/**
 * The schema version. Bump it whenever a section adds a collection or an index: the store then
 * upgrades the browser's database in place, keeping everything already in it.
 */
export const storeVersion = 1

export const storeSchema = Store.define({
  version: storeVersion,
  collections: sections.flatMap((section) => section.collections)
})
