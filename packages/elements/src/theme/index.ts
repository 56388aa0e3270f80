/**
 * Shared theming for every element: `--fd-*` tokens with their defaults.
 *
 * @since 0.1.0
 */
export { base, tokens } from "./tokens.js"
