/**
 * Styles of `fd-form`. Colours and spaces read `--fd-*` custom properties with defaults.
 */
import { css } from "lit"

/**
 * The form layout: note, summary, step indicator, fields, buttons.
 *
 * @example
 * ```ts
 * static override styles = [formStyles]
 * ```
 * @category form
 * @since 0.1.0
 */
export const formStyles = css`
  :host {
    display: block;
    font-family: var(--fd-font-family, system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif);
    font-size: var(--fd-font-size, 0.875rem);
    line-height: var(--fd-line-height, 1.5);
    color: var(--fd-color-text, #1f2328);
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  .draft {
    display: flex;
    gap: var(--fd-space-m, 0.75rem);
    align-items: center;
    padding: var(--fd-space-s, 0.5rem) var(--fd-space-m, 0.75rem);
    margin-block-end: var(--fd-space-m, 0.75rem);
    background: var(--fd-color-warning-surface, #fff8c5);
    color: var(--fd-color-warning, #7d4e00);
    border-radius: var(--fd-radius, 6px);
  }
  .summary:not(:empty) {
    padding: var(--fd-space-s, 0.5rem) var(--fd-space-m, 0.75rem);
    margin-block-end: var(--fd-space-m, 0.75rem);
    border: 1px solid var(--fd-color-danger, #a40e26);
    background: var(--fd-color-danger-surface, #ffebe9);
    color: var(--fd-color-danger, #a40e26);
    border-radius: var(--fd-radius, 6px);
  }
  .summary a {
    color: inherit;
  }
  .summary-title {
    margin: 0;
    font-weight: 600;
  }
  .summary ul {
    margin: var(--fd-space-xs, 0.25rem) 0 0;
    padding-inline-start: 1.25em;
  }
  .steps {
    display: flex;
    gap: var(--fd-space-l, 1rem);
    list-style: none;
    padding: 0;
    margin: 0 0 var(--fd-space-m, 0.75rem);
    color: var(--fd-color-text-muted, #57606a);
  }
  .step[aria-current="step"] {
    color: var(--fd-color-primary, #0b5cad);
    font-weight: 600;
    text-decoration: underline;
  }
  .step-heading {
    font-size: 1em;
    margin: 0 0 var(--fd-space-s, 0.5rem);
  }
  .actions {
    display: flex;
    gap: var(--fd-space-s, 0.5rem);
    justify-content: flex-end;
  }
  button {
    font: inherit;
    padding: var(--fd-space-s, 0.5rem) var(--fd-space-l, 1rem);
    border: 1px solid var(--fd-color-primary, #0b5cad);
    border-radius: var(--fd-radius, 6px);
    background: var(--fd-color-surface, #ffffff);
    color: var(--fd-color-primary, #0b5cad);
    cursor: pointer;
  }
  button.primary {
    background: var(--fd-color-primary, #0b5cad);
    color: var(--fd-color-on-primary, #ffffff);
  }
  :focus-visible {
    outline: 2px solid var(--fd-color-focus, #0969da);
    outline-offset: 2px;
  }
`
