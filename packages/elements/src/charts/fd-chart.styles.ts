import { css, unsafeCSS } from "lit"
import { base, tokens } from "../theme/tokens.js"

/** How many series get their own colour and pattern before they repeat. */
export const patternCount = 6

/** Series colours: distinct in hue and lightness, each readable against white marks. */
const palette = ["#0b5cad", "#b35900", "#116329", "#8250df", "#a40e26", "#424a53"]

const seriesRules = palette.map(
  (colour, i) => css`
    .fill-${unsafeCSS(i)} {
      fill: var(--fd-chart-${unsafeCSS(i + 1)}, ${unsafeCSS(colour)});
    }
    .edge-${unsafeCSS(i)} {
      stroke: var(--fd-chart-${unsafeCSS(i + 1)}, ${unsafeCSS(colour)});
    }
  `
)

export const styles = [
  base,
  ...seriesRules,
  css`
    :host {
      display: block;
    }
    figure {
      margin: 0;
    }
    svg[part~="chart"] {
      display: block;
      width: 100%;
      height: auto;
      font-family: inherit;
      font-size: 12px;
    }
    svg text {
      fill: ${tokens.colorText};
    }
    [part~="axis"] line {
      stroke: ${tokens.colorBorder};
      stroke-width: 1;
    }
    [part~="axis"] text {
      fill: ${tokens.colorTextMuted};
      font-size: 11px;
    }
    [part~="bar"] {
      stroke-width: 1;
    }
    .mark {
      stroke: #ffffff;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-opacity: 0.85;
      fill: none;
    }
    [part~="legend"] {
      display: flex;
      flex-wrap: wrap;
      gap: ${tokens.spaceS} ${tokens.spaceL};
      list-style: none;
      margin: ${tokens.spaceS} 0 0;
      padding: 0;
    }
    [part~="legend"] li {
      display: inline-flex;
      align-items: center;
      gap: ${tokens.spaceXs};
    }
    [part~="toggle"] {
      font: inherit;
      cursor: pointer;
      margin-block-start: ${tokens.spaceS};
      padding: ${tokens.spaceXs} ${tokens.spaceM};
      border-radius: ${tokens.radius};
      border: 1px solid ${tokens.colorPrimary};
      background: ${tokens.colorSurface};
      color: ${tokens.colorPrimary};
    }
    .table {
      margin-block-start: ${tokens.spaceS};
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
    }
    caption {
      text-align: start;
      font-weight: 600;
      margin-block-end: ${tokens.spaceXs};
    }
    th,
    td {
      padding: ${tokens.spaceXs} ${tokens.spaceS};
      border-block-end: 1px solid ${tokens.colorBorder};
      text-align: start;
    }
    td {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    [part~="empty"] {
      margin: 0;
      color: ${tokens.colorTextMuted};
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
