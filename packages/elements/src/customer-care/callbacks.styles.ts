import { css } from "lit"
import { alerts, buttons, panels, tables } from "../theme/family.js"
import { base, tokens } from "../theme/tokens.js"

/** Tables, deadline cells, buttons and messages shared by the customer and callback elements. */
export const styles = [
  base,
  buttons,
  tables,
  panels,
  alerts,
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
    tr[aria-current="true"] {
      background: ${tokens.colorNeutralSurface};
    }
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
    .issue {
      color: ${tokens.colorDanger};
      font-size: ${tokens.fontSizeSmall};
    }
    input[aria-invalid="true"],
    select[aria-invalid="true"] {
      border-color: ${tokens.colorDanger};
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
