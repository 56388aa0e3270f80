import { css } from "lit"
import { base, tokens } from "../theme/tokens.js"

/** Tables, deadline cells, buttons and messages shared by the customer and callback elements. */
export const styles = [
  base,
  css`
    :host {
      display: block;
    }
    [hidden] {
      display: none !important;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
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
    tr[aria-current="true"] {
      background: ${tokens.colorNeutralSurface};
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
    button[aria-pressed="true"] {
      background: ${tokens.colorPrimary};
      color: ${tokens.colorOnPrimary};
    }
    button.link {
      border: 0;
      padding: 0;
      text-decoration: underline;
      text-align: start;
      background: transparent;
    }
    button:disabled {
      cursor: progress;
      opacity: 0.6;
    }
    .badge {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 ${tokens.spaceXs};
      padding: 0 ${tokens.spaceXs};
      border-radius: ${tokens.radius};
      border: 1px solid currentColor;
      color: ${tokens.colorNeutral};
      background: ${tokens.colorNeutralSurface};
    }
    .badge[data-status="on-track"] {
      color: ${tokens.colorSuccess};
      background: ${tokens.colorSuccessSurface};
    }
    .badge[data-status="due-soon"] {
      color: ${tokens.colorWarning};
      background: ${tokens.colorWarningSurface};
    }
    .badge[data-status="overdue"] {
      color: ${tokens.colorDanger};
      background: ${tokens.colorDangerSurface};
    }
    .badge time,
    .muted {
      font-size: ${tokens.fontSizeSmall};
      color: ${tokens.colorTextMuted};
    }
    .badge time {
      color: inherit;
    }
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
    [role="alert"]:not(:empty) {
      margin-block: ${tokens.spaceS};
      padding: ${tokens.spaceS} ${tokens.spaceM};
      border-inline-start: 3px solid ${tokens.colorDanger};
      background: ${tokens.colorDangerSurface};
      color: ${tokens.colorDanger};
    }
    .issue {
      color: ${tokens.colorDanger};
      font-size: ${tokens.fontSizeSmall};
    }
    input[aria-invalid="true"],
    select[aria-invalid="true"] {
      border-color: ${tokens.colorDanger};
    }
    [role="alert"] p,
    [role="status"] p {
      margin: 0;
    }
    label {
      display: inline-flex;
      flex-direction: column;
      gap: ${tokens.spaceXs};
      margin-inline-end: ${tokens.spaceM};
    }
    select,
    input {
      font: inherit;
      padding: ${tokens.spaceXs};
      border: 1px solid ${tokens.colorBorder};
      border-radius: ${tokens.radius};
    }
  `
]
