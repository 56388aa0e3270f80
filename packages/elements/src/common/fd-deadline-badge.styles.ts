import { css } from "lit"
import { base, tokens } from "../theme/tokens.js"

export const styles = [
  base,
  css`
    :host {
      display: inline-block;
      --_fg: ${tokens.colorNeutral};
      --_bg: ${tokens.colorNeutralSurface};
    }
    :host([status="on-track"]) {
      --_fg: ${tokens.colorSuccess};
      --_bg: ${tokens.colorSuccessSurface};
    }
    :host([status="due-soon"]) {
      --_fg: ${tokens.colorWarning};
      --_bg: ${tokens.colorWarningSurface};
    }
    :host([status="overdue"]) {
      --_fg: ${tokens.colorDanger};
      --_bg: ${tokens.colorDangerSurface};
    }
    [part~="badge"] {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: ${tokens.spaceXs} ${tokens.spaceS};
      padding: ${tokens.spaceXs} ${tokens.spaceS};
      border-radius: ${tokens.radius};
      border: 1px solid currentColor;
      color: var(--_fg);
      background: var(--_bg);
    }
    [part~="status"] {
      font-weight: 600;
    }
    [part~="due"],
    [part~="provisional"] {
      font-size: ${tokens.fontSizeSmall};
    }
    [part~="provisional"] {
      font-style: italic;
    }
  `
]
