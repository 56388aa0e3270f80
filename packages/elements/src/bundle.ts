/**
 * The all-in-one entry for pages without a build step: one ES module that registers every
 * element under its default tag and re-exports the classes — and what a page needs to give the
 * family elements a desk: the domain's kernel and families, and the desks of `@frontdesk/storage`
 * (IndexedDB, memory, or a service over HTTP).
 *
 * ```html
 * <script type="module" src="https://example.org/frontdesk.bundle.js"></script>
 * <script type="module">
 *   import { Actor, CustomerCare, Desk, Store } from "https://example.org/frontdesk.bundle.js"
 *   const schema = Store.define({ version: 1, collections: CustomerCare.collections })
 *   const provider = document.querySelector("fd-provider")
 *   provider.desk = Desk.indexedDb({ name: "frontdesk", schema })
 *   provider.actor = Actor.make("u-1", "王芳", ["specialist"])
 * </script>
 * ```
 *
 * A page that embeds only one family can load that family's bundle instead, which leaves the
 * other family out: `frontdesk-customer-care.bundle.js` (`src/bundles/customer-care.ts`) or
 * `frontdesk-recruitment.bundle.js` (`src/bundles/recruitment.ts`).
 *
 * `fd-provider` is registered first, so when the bundle loads after the page is parsed, providers
 * are upgraded before the elements inside them ask for the desk.
 *
 * @since 0.1.0
 */
import "./bundles/shared.js"
import "./bundles/customer-care.js"
import "./bundles/recruitment.js"

// The shared elements and host API, and each family's elements, classes and domain family; the
// classes come again from the package entry, so that this bundle exports every one of them.
export * from "./bundles/customer-care.js"
export * from "./bundles/recruitment.js"
export * from "./index.js"
