/**
 * `@frontdesk/domain`: pure front-office rules.
 *
 * @since 0.1.0
 */
export * from "./kernel/index.js"
