import { css } from "lit"
import { base, tokens } from "../theme/tokens.js"

export const styles = [
  base,
  css`
    :host {
      display: block;
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      position: relative;
      padding: 0 0 ${tokens.spaceL} ${tokens.spaceL};
      border-inline-start: 2px solid ${tokens.colorBorder};
    }
    li:last-child {
      padding-block-end: 0;
    }
    li::before {
      content: "";
      position: absolute;
      inset-inline-start: -6px;
      inset-block-start: 0.35em;
      width: 10px;
      height: 10px;
      border-radius: 50%;
      background: ${tokens.colorPrimary};
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: ${tokens.spaceXs} ${tokens.spaceS};
      align-items: baseline;
    }
    [part~="command"] {
      font-weight: 600;
    }
    [part~="meta"] {
      color: ${tokens.colorTextMuted};
      font-size: ${tokens.fontSizeSmall};
      display: flex;
      flex-wrap: wrap;
      gap: ${tokens.spaceS};
    }
    [part~="note"] {
      margin: ${tokens.spaceXs} 0 0;
      padding: ${tokens.spaceXs} ${tokens.spaceS};
      background: ${tokens.colorNeutralSurface};
      border-radius: ${tokens.radius};
      white-space: pre-wrap;
    }
    [part~="empty"] {
      color: ${tokens.colorTextMuted};
      margin: 0;
    }
    [part~="error"] {
      color: ${tokens.colorDanger};
      margin: 0;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `
]
