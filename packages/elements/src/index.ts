/**
 * `@frontdesk/elements`: Lit custom elements for front-office pages.
 *
 * This entry exports the classes without registering any tag, so a host can choose the tag name
 * or a scoped registry. To register the default tags, import `@frontdesk/elements/define/<tag>.js`
 * or load the all-in-one `@frontdesk/elements/bundle`.
 *
 * @since 0.1.0
 */
export { FdProvider } from "./common/fd-provider.js"
export { FdTimeline } from "./common/fd-timeline.js"
export { FrontdeskElement } from "./common/frontdesk-element.js"
export type { ChangeLike, DeskLike, Frontdesk, RecordLike } from "./internal/context.js"
export { base, tokens } from "./theme/tokens.js"
