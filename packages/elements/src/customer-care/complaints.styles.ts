import { css } from "lit"
import { buttons, controls, headings, tables } from "../theme/family.js"
import { base, tokens } from "../theme/tokens.js"

/**
 * What the complaint, quality-sample and report elements share: buttons, plain inputs, tables,
 * inline refusals and text kept for screen readers only.
 */
export const shared = [
  base,
  headings,
  buttons,
  controls,
  tables,
  css`
    :host {
      display: block;
    }
    [part~="submit"] {
      background: ${tokens.colorPrimary};
      color: ${tokens.colorOnPrimary};
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
    caption {
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
