import { css } from "lit"
import { base, tokens } from "../theme/tokens.js"

export const styles = [
  base,
  css`
    :host {
      display: block;
    }
    [part~="board"] {
      /* Holds the visually hidden live text inside the board's own scroll area. */
      position: relative;
      display: flex;
      gap: ${tokens.spaceM};
      overflow-x: auto;
      align-items: flex-start;
      padding-block-end: ${tokens.spaceXs};
    }
    [part~="column"] {
      flex: 0 0 var(--fd-board-column-width, 16rem);
      min-width: 0;
      padding: ${tokens.spaceS};
      background: ${tokens.colorNeutralSurface};
      border: 1px solid ${tokens.colorBorder};
      border-radius: ${tokens.radius};
    }
    [part~="drop-target"] {
      outline: 2px dashed ${tokens.colorPrimary};
      outline-offset: -2px;
    }
    [part~="column-title"] {
      display: flex;
      justify-content: space-between;
      gap: ${tokens.spaceS};
      margin: 0 0 ${tokens.spaceS};
      font-size: inherit;
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    [part~="count"] {
      min-width: 1.5em;
      padding: 0 ${tokens.spaceXs};
      border-radius: ${tokens.radiusPill};
      background: ${tokens.colorSurface};
      text-align: center;
      font-variant-numeric: tabular-nums;
    }
    [part~="cards"] {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: ${tokens.spaceS};
    }
    [part~="column-empty"] {
      margin: 0;
      color: ${tokens.colorTextMuted};
    }
    [part~="card"] {
      padding: ${tokens.spaceS};
      background: ${tokens.colorSurface};
      border: 1px solid ${tokens.colorBorder};
      border-radius: ${tokens.radius};
      overflow-wrap: anywhere;
    }
    [part~="card"][draggable="true"] {
      cursor: grab;
    }
    [part~="dragging"] {
      opacity: 0.6;
    }
    /* A card waiting for its move keeps full contrast; the dashed edge says it is on its way. */
    [part~="moving"] {
      border-style: dashed;
      border-color: ${tokens.colorPrimary};
    }
    [part~="refused"] {
      border-color: ${tokens.colorDanger};
    }
    [part~="title"] {
      margin: 0;
      font-weight: 600;
    }
    [part~="meta"] {
      list-style: none;
      margin: ${tokens.spaceXs} 0 0;
      padding: 0;
      color: ${tokens.colorTextMuted};
      font-size: ${tokens.fontSizeSmall};
    }
    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: ${tokens.spaceXs};
      margin: ${tokens.spaceXs} 0 0;
    }
    [part~="badge"] {
      padding: 0 ${tokens.spaceS};
      border-radius: ${tokens.radiusPill};
      font-size: ${tokens.fontSizeSmall};
      background: ${tokens.colorNeutralSurface};
      color: ${tokens.colorNeutral};
    }
    [part~="badge-success"] {
      background: ${tokens.colorSuccessSurface};
      color: ${tokens.colorSuccess};
    }
    [part~="badge-warning"] {
      background: ${tokens.colorWarningSurface};
      color: ${tokens.colorWarning};
    }
    [part~="badge-danger"] {
      background: ${tokens.colorDangerSurface};
      color: ${tokens.colorDanger};
    }
    [part~="extra"]:empty {
      display: none;
    }
    button {
      font: inherit;
      cursor: pointer;
      margin-block-start: ${tokens.spaceXs};
      padding: 0 ${tokens.spaceS};
      border-radius: ${tokens.radius};
      border: 1px solid ${tokens.colorPrimary};
      background: ${tokens.colorSurface};
      color: ${tokens.colorPrimary};
    }
    [part~="targets"] {
      display: flex;
      flex-wrap: wrap;
      gap: ${tokens.spaceXs};
    }
    .moving,
    .no-targets {
      margin: ${tokens.spaceXs} 0 0;
      color: ${tokens.colorTextMuted};
      font-size: ${tokens.fontSizeSmall};
    }
    [part~="card-error"] {
      margin: ${tokens.spaceXs} 0 0;
      padding: ${tokens.spaceXs} ${tokens.spaceS};
      border-inline-start: 4px solid ${tokens.colorDanger};
      background: ${tokens.colorDangerSurface};
      color: ${tokens.colorDanger};
    }
    .visually-hidden,
    [part~="status"] {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `
]
