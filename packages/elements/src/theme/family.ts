/**
 * Style pieces the family elements (customer care, recruitment) share, so a button, a table or
 * an inline refusal looks the same in every family. A family's style list picks the pieces it
 * uses after `base` and adds its own rules last, so they win where they differ.
 */
import { css } from "lit"
import { tokens } from "./tokens.js"

/** Section headings at the text's own size. */
export const headings = css`
  h2,
  h3,
  h4 {
    font-size: inherit;
    margin: ${tokens.spaceM} 0 ${tokens.spaceS};
  }
`

/** Outlined buttons, a filled primary one, and a disabled one that shows work under way. */
export const buttons = css`
  button {
    font: inherit;
    cursor: pointer;
    padding: ${tokens.spaceXs} ${tokens.spaceM};
    border-radius: ${tokens.radius};
    border: 1px solid ${tokens.colorPrimary};
    background: ${tokens.colorSurface};
    color: ${tokens.colorPrimary};
  }
  button.primary {
    background: ${tokens.colorPrimary};
    color: ${tokens.colorOnPrimary};
  }
  button:disabled {
    cursor: progress;
    opacity: 0.6;
  }
`

/** Plain inputs, selects and text areas, never wider than their box. */
export const controls = css`
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    padding: ${tokens.spaceXs} ${tokens.spaceS};
    border: 1px solid ${tokens.colorBorder};
    border-radius: ${tokens.radius};
    background: ${tokens.colorSurface};
    max-width: 100%;
  }
`

/** Table captions and cells, with figures aligned on their end. */
export const tables = css`
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: ${tokens.spaceS};
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: ${tokens.spaceXs} ${tokens.spaceS};
    border-block-end: 1px solid ${tokens.colorBorder};
  }
  td.number,
  th.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
`

/** A row of actions, and a bordered panel for a form that opens in place. */
export const panels = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${tokens.spaceS};
    margin-block: ${tokens.spaceS};
  }
  .panel {
    margin-block: ${tokens.spaceM};
    padding: ${tokens.spaceM};
    border: 1px solid ${tokens.colorBorder};
    border-radius: ${tokens.radius};
  }
`

/** A refusal in a `role="alert"` region, marked in the danger colour once it has text. */
export const alerts = css`
  [role="alert"]:not(:empty) {
    margin-block: ${tokens.spaceS};
    padding: ${tokens.spaceS} ${tokens.spaceM};
    border-inline-start: 3px solid ${tokens.colorDanger};
    background: ${tokens.colorDangerSurface};
    color: ${tokens.colorDanger};
  }
  [role="alert"] p,
  [role="status"] p {
    margin: 0;
  }
`
