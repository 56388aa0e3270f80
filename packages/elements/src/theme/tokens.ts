/**
 * The shared design tokens: every colour, radius, space and font an element uses is read from a
 * `--fd-*` custom property with the default given here, so a host themes all elements by setting
 * those properties on any ancestor (custom properties inherit through shadow roots).
 *
 * Defaults are written as `var()` fallbacks rather than declared on `:host`, because a `:host`
 * declaration would shadow the value a page sets on an ancestor.
 */
import { type CSSResult, css, unsafeCSS } from "lit"

const token = (name: string, fallback: string): CSSResult => unsafeCSS(`var(--fd-${name}, ${fallback})`)

/**
 * The tokens with their defaults, for use inside element styles.
 *
 * @example
 * ```ts
 * import { tokens } from "@frontdesk/elements"
 * import { css } from "lit"
 * const styles = css`:host { color: ${tokens.colorText}; }`
 * ```
 * @category theming
 * @since 0.1.0
 */
export const tokens = {
  fontFamily: token(
    "font-family",
    'system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif'
  ),
  fontSize: token("font-size", "0.875rem"),
  fontSizeSmall: token("font-size-small", "0.75rem"),
  lineHeight: token("line-height", "1.5"),
  colorText: token("color-text", "#1f2328"),
  colorTextMuted: token("color-text-muted", "#57606a"),
  colorSurface: token("color-surface", "#ffffff"),
  colorBorder: token("color-border", "#d0d7de"),
  colorPrimary: token("color-primary", "#0b5cad"),
  colorOnPrimary: token("color-on-primary", "#ffffff"),
  colorSuccess: token("color-success", "#116329"),
  colorSuccessSurface: token("color-success-surface", "#dafbe1"),
  colorWarning: token("color-warning", "#7d4e00"),
  colorWarningSurface: token("color-warning-surface", "#fff8c5"),
  colorDanger: token("color-danger", "#a40e26"),
  colorDangerSurface: token("color-danger-surface", "#ffebe9"),
  colorNeutral: token("color-neutral", "#424a53"),
  colorNeutralSurface: token("color-neutral-surface", "#eaeef2"),
  colorFocus: token("color-focus", "#0969da"),
  radius: token("radius", "6px"),
  radiusPill: token("radius-pill", "999px"),
  spaceXs: token("space-xs", "0.25rem"),
  spaceS: token("space-s", "0.5rem"),
  spaceM: token("space-m", "0.75rem"),
  spaceL: token("space-l", "1rem")
} as const

/**
 * Host defaults every element starts from: the toolkit font, text colour, and a visible focus
 * ring for keyboard users.
 *
 * @example
 * ```ts
 * import { base } from "@frontdesk/elements"
 * import { css, LitElement } from "lit"
 * class VisitorCard extends LitElement {
 *   static override styles = [base, css`:host { display: block; }`]
 * }
 * ```
 * @category theming
 * @since 0.1.0
 */
export const base = css`
  :host {
    font-family: ${tokens.fontFamily};
    font-size: ${tokens.fontSize};
    line-height: ${tokens.lineHeight};
    color: ${tokens.colorText};
  }
  :host([hidden]) {
    display: none !important;
  }
  :focus-visible {
    outline: 2px solid ${tokens.colorFocus};
    outline-offset: 2px;
  }
`
