import { css } from "lit"
import { base, tokens } from "../theme/tokens.js"

export const styles = [
  base,
  css`
    :host {
      display: block;
    }
    [part~="commands"] {
      display: flex;
      flex-wrap: wrap;
      gap: ${tokens.spaceS};
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
    [part~="command"][aria-expanded="true"],
    [part~="submit"] {
      background: ${tokens.colorPrimary};
      color: ${tokens.colorOnPrimary};
    }
    button:disabled {
      cursor: progress;
      opacity: 0.6;
    }
    [part~="form"] {
      margin-block-start: ${tokens.spaceM};
      padding: ${tokens.spaceM};
      border: 1px solid ${tokens.colorBorder};
      border-radius: ${tokens.radius};
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
      display: grid;
      gap: ${tokens.spaceS};
    }
    legend {
      font-weight: 600;
      padding: 0;
      margin-block-end: ${tokens.spaceS};
    }
    [part~="label"] {
      display: grid;
      gap: ${tokens.spaceXs};
    }
    [part~="input"] {
      font: inherit;
      padding: ${tokens.spaceXs} ${tokens.spaceS};
      border: 1px solid ${tokens.colorBorder};
      border-radius: ${tokens.radius};
    }
    [part~="actions"] {
      display: flex;
      gap: ${tokens.spaceS};
      margin-block-start: ${tokens.spaceM};
    }
    [part~="empty"] {
      color: ${tokens.colorTextMuted};
      margin: 0;
    }
    [part~="error"]:not(:empty) {
      margin-block-start: ${tokens.spaceS};
      padding: ${tokens.spaceS} ${tokens.spaceM};
      border-inline-start: 4px solid ${tokens.colorDanger};
      background: ${tokens.colorDangerSurface};
      color: ${tokens.colorDanger};
    }
    [part~="error"] p {
      margin: 0;
    }
  `
]
