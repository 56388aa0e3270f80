import { css } from "lit"
import { base, tokens } from "../theme/tokens.js"

/**
 * What the complaint, quality-sample and report elements share: buttons, plain inputs, tables,
 * inline refusals and text kept for screen readers only.
 */
export const shared = [
  base,
  css`
    :host {
      display: block;
    }
    h2,
    h3,
    h4 {
      font-size: inherit;
      margin: ${tokens.spaceM} 0 ${tokens.spaceS};
    }
    button {
      font: inherit;
      cursor: pointer;
      padding: ${tokens.spaceXs} ${tokens.spaceM};
      border-radius: ${tokens.radius};
      border: 1px solid ${tokens.colorPrimary};
      background: ${tokens.colorSurface};
      color: ${tokens.colorPrimary};
    }
    button.primary,
    [part~="submit"] {
      background: ${tokens.colorPrimary};
      color: ${tokens.colorOnPrimary};
    }
    button:disabled {
      cursor: progress;
      opacity: 0.6;
    }
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
    textarea {
      width: 100%;
      min-height: 4em;
      box-sizing: border-box;
    }
    label {
      display: grid;
      gap: ${tokens.spaceXs};
      margin-block-end: ${tokens.spaceS};
    }
    fieldset {
      border: 1px solid ${tokens.colorBorder};
      border-radius: ${tokens.radius};
      padding: ${tokens.spaceS} ${tokens.spaceM};
      margin: 0 0 ${tokens.spaceM};
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: ${tokens.spaceM};
      align-items: end;
    }
    .hint {
      color: ${tokens.colorTextMuted};
      font-size: ${tokens.fontSizeSmall};
    }
    .issue {
      color: ${tokens.colorDanger};
      font-size: ${tokens.fontSizeSmall};
      margin: 0;
    }
    [part~="error"]:not(:empty) {
      margin-block: ${tokens.spaceS};
      padding: ${tokens.spaceS} ${tokens.spaceM};
      color: ${tokens.colorDanger};
      background: ${tokens.colorDangerSurface};
      border-inline-start: 3px solid ${tokens.colorDanger};
      border-radius: ${tokens.radius};
    }
    [part~="error"] p {
      margin: 0;
    }
    table {
      border-collapse: collapse;
      margin-block-end: ${tokens.spaceM};
    }
    th,
    td {
      text-align: start;
      padding: ${tokens.spaceXs} ${tokens.spaceS};
      border-bottom: 1px solid ${tokens.colorBorder};
      vertical-align: top;
    }
    td.number,
    th.number {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-block: ${tokens.spaceXs};
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
      border: 0;
    }
  `
]
