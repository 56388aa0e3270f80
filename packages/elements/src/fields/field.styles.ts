/**
 * Styles shared by every field. Each colour and space reads a `--fd-*` custom property with a
 * default, so a page themes all controls by setting those properties on any ancestor.
 */
import { css } from "lit"

/**
 * The field layout: label above the control, hint and message below.
 *
 * @example
 * ```ts
 * static override styles = [fieldStyles]
 * ```
 * @category fields
 * @since 0.1.0
 */
export const fieldStyles = css`
  :host {
    display: block;
    font-family: var(--fd-font-family, system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif);
    font-size: var(--fd-font-size, 0.875rem);
    line-height: var(--fd-line-height, 1.5);
    color: var(--fd-color-text, #1f2328);
    margin-block-end: var(--fd-field-gap, 0.25rem);
  }
  :host([hidden]) {
    display: none !important;
  }
  .field {
    display: grid;
    gap: var(--fd-space-xs, 0.25rem);
  }
  .label {
    font-weight: 600;
  }
  .required {
    color: var(--fd-color-danger, #a40e26);
    margin-inline-start: 0.15em;
  }
  input,
  select,
  textarea,
  button {
    font: inherit;
    color: inherit;
  }
  input:not([type="checkbox"]):not([type="file"]),
  select,
  textarea {
    box-sizing: border-box;
    width: 100%;
    padding: var(--fd-space-s, 0.5rem);
    border: 1px solid var(--fd-color-border, #d0d7de);
    border-radius: var(--fd-radius, 6px);
    background: var(--fd-color-surface, #ffffff);
  }
  [aria-invalid="true"] {
    border-color: var(--fd-color-danger, #a40e26) !important;
  }
  :focus-visible {
    outline: 2px solid var(--fd-color-focus, #0969da);
    outline-offset: 2px;
  }
  .hint {
    color: var(--fd-color-text-muted, #57606a);
    font-size: var(--fd-font-size-small, 0.75rem);
  }
  /*
   * The message line is reserved even while empty: a message appearing on blur must not push the
   * fields and buttons below it down, or the click that caused the blur lands beside its target.
   */
  .error {
    color: var(--fd-color-danger, #a40e26);
    font-size: var(--fd-font-size-small, 0.75rem);
    min-height: calc(var(--fd-font-size-small, 0.75rem) * var(--fd-line-height, 1.5));
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--fd-space-xs, 0.25rem);
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--fd-space-xs, 0.25rem) var(--fd-space-l, 1rem);
  }
  .option,
  .check {
    display: inline-flex;
    gap: var(--fd-space-xs, 0.25rem);
    align-items: center;
  }
  .row {
    display: flex;
    gap: var(--fd-space-s, 0.5rem);
    align-items: center;
  }
  .row > input {
    flex: 1;
  }
  button {
    padding: var(--fd-space-s, 0.5rem) var(--fd-space-m, 0.75rem);
    border: 1px solid var(--fd-color-primary, #0b5cad);
    border-radius: var(--fd-radius, 6px);
    background: var(--fd-color-surface, #ffffff);
    color: var(--fd-color-primary, #0b5cad);
    white-space: nowrap;
    cursor: pointer;
  }
  button:disabled {
    border-color: var(--fd-color-border, #d0d7de);
    color: var(--fd-color-text-muted, #57606a);
    cursor: default;
  }
`
