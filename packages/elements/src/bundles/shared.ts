/**
 * What every bundle for pages without a build step carries: the shared elements registered under
 * their default tags (provider, timeline, deadline badge, commands, form and fields, chart, board),
 * their classes, and the host API a page needs to give the family elements a desk — the domain's
 * kernel and the desks of `@frontdesk/storage` (IndexedDB, memory, or a service over HTTP).
 *
 * Each family's bundle entry imports this module first and re-exports it, and the all-in-one
 * `src/bundle.ts` imports both families, so this list is written once.
 *
 * ```html
 * <script type="module">
 *   import { Actor, Desk } from "https://example.org/frontdesk-customer-care.bundle.js"
 * </script>
 * ```
 *
 * `fd-provider` is registered first, so when a bundle loads after the page is parsed, providers
 * are upgraded before the elements inside them ask for the desk.
 *
 * @since 0.1.0
 */
import "../define/fd-provider.js"
import "../define/fd-timeline.js"
import "../define/fd-deadline-badge.js"
import "../define/fd-commands.js"
import "../define/fd-form.js"
import "../define/fd-text-field.js"
import "../define/fd-mobile-field.js"
import "../define/fd-id-field.js"
import "../define/fd-select.js"
import "../define/fd-multi-select.js"
import "../define/fd-checkbox-field.js"
import "../define/fd-date-field.js"
import "../define/fd-datetime-field.js"
import "../define/fd-money-field.js"
import "../define/fd-file-field.js"
import "../define/fd-chart.js"
import "../define/fd-board.js"

// What a page without a build step needs to hand the elements a desk and its workflows.
export { Actor, Calendar, Deadline, Field, Messages, Personal, Workflow } from "@frontdesk/domain"
export { createDesk, Desk, Store } from "@frontdesk/storage"
export { actorHeader, encodeActor, makeDesk as httpDesk } from "@frontdesk/storage/http"
// The shared classes, from their own modules: going through `../index.js` would ask the bundler
// to prove that every family's modules are free of side effects before it may drop them.
export { FdBoard } from "../board/fd-board.js"
export { FdChart } from "../charts/fd-chart.js"
export { FdCommands } from "../common/fd-commands.js"
export { FdDeadlineBadge } from "../common/fd-deadline-badge.js"
export { FdProvider } from "../common/fd-provider.js"
export { FdTimeline } from "../common/fd-timeline.js"
export { FrontdeskElement } from "../common/frontdesk-element.js"
export { FdCheckboxField } from "../fields/fd-checkbox-field.js"
export { FdDateField, FdDatetimeField } from "../fields/fd-date-field.js"
export { FdFileField } from "../fields/fd-file-field.js"
export { FdIdField } from "../fields/fd-id-field.js"
export { FdMobileField } from "../fields/fd-mobile-field.js"
export { FdMoneyField } from "../fields/fd-money-field.js"
export { FdMultiSelect } from "../fields/fd-multi-select.js"
export { FdSelect } from "../fields/fd-select.js"
export { FdTextField } from "../fields/fd-text-field.js"
export { FieldElement } from "../fields/field-element.js"
export { FdForm } from "../form/fd-form.js"
export { base, tokens } from "../theme/tokens.js"
