import { css } from "lit"
import { buttons, headings, tables } from "../theme/family.js"
import { base, tokens } from "../theme/tokens.js"

/**
 * What the requisition, plan and report elements share: headings, fact lists, tables, status
 * notes that carry a symbol as well as a colour, buttons and inline refusals.
 */
export const requisitionStyles = [
  base,
  headings,
  tables,
  buttons,
  css`
    :host {
      display: block;
    }
    [hidden] {
      display: none !important;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: ${tokens.spaceXs} ${tokens.spaceM};
      margin: 0 0 ${tokens.spaceM};
    }
    dt {
      color: ${tokens.colorTextMuted};
    }
    dd {
      margin: 0;
      white-space: pre-line;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      margin-block-end: ${tokens.spaceM};
    }
    input,
    select {
      font: inherit;
      color: inherit;
      padding: ${tokens.spaceXs} ${tokens.spaceS};
      border: 1px solid ${tokens.colorBorder};
      border-radius: ${tokens.radius};
      background: ${tokens.colorSurface};
    }
    .note {
      display: flex;
      gap: ${tokens.spaceS};
      align-items: baseline;
      margin: 0 0 ${tokens.spaceM};
      padding: ${tokens.spaceS} ${tokens.spaceM};
      border-radius: ${tokens.radius};
      border-inline-start: 4px solid ${tokens.colorNeutral};
      background: ${tokens.colorNeutralSurface};
    }
    .note:empty {
      display: none;
    }
    .note p {
      margin: 0;
    }
    .note[data-tone="warning"] {
      border-color: ${tokens.colorWarning};
      background: ${tokens.colorWarningSurface};
      color: ${tokens.colorWarning};
    }
    .note[data-tone="success"] {
      border-color: ${tokens.colorSuccess};
      background: ${tokens.colorSuccessSurface};
      color: ${tokens.colorSuccess};
    }
    .flag {
      display: inline-flex;
      gap: ${tokens.spaceXs};
      align-items: baseline;
      padding: 0 ${tokens.spaceS};
      border-radius: ${tokens.radiusPill};
      border: 1px solid currentColor;
      font-size: ${tokens.fontSizeSmall};
      font-weight: 600;
    }
    .flag[data-tone="warning"] {
      color: ${tokens.colorWarning};
      background: ${tokens.colorWarningSurface};
    }
    .flag[data-tone="danger"] {
      color: ${tokens.colorDanger};
      background: ${tokens.colorDangerSurface};
    }
    .flag[data-tone="success"] {
      color: ${tokens.colorSuccess};
      background: ${tokens.colorSuccessSurface};
    }
    .muted {
      color: ${tokens.colorTextMuted};
    }
    [part~="error"]:not(:empty) {
      margin-block: ${tokens.spaceS};
      padding: ${tokens.spaceS} ${tokens.spaceM};
      border-inline-start: 4px solid ${tokens.colorDanger};
      background: ${tokens.colorDangerSurface};
      color: ${tokens.colorDanger};
      border-radius: ${tokens.radius};
    }
    [part~="error"] p {
      margin: 0;
    }
    .chain {
      list-style: none;
      padding: 0;
      margin: 0 0 ${tokens.spaceM};
      display: grid;
      gap: ${tokens.spaceXs};
    }
    .chain li {
      display: flex;
      flex-wrap: wrap;
      gap: ${tokens.spaceS};
      align-items: baseline;
    }
    .chain [data-status="done"] .icon,
    .chain [data-status="done"] .status {
      color: ${tokens.colorSuccess};
    }
    .chain [data-status="waiting"] .icon,
    .chain [data-status="waiting"] .status {
      color: ${tokens.colorWarning};
    }
    .chain [data-status="notReached"],
    .chain [data-status="stopped"] {
      color: ${tokens.colorTextMuted};
    }
    .scroll {
      overflow-x: auto;
      margin-block-end: ${tokens.spaceM};
    }
    .scope,
    .check {
      display: flex;
      flex-wrap: wrap;
      gap: ${tokens.spaceS};
      align-items: center;
      margin-block-end: ${tokens.spaceS};
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `
]
