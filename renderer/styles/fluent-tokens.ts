import { webDarkTheme, webLightTheme } from '@fluentui/tokens';
import { acrylicDeclarations } from './acrylic-tokens';

type TokenSet = Record<string, string | number>;

function declarations(selector: string, theme: TokenSet): string {
  const body =
    Object.entries(theme)
      .map(([name, value]) => `--${name}:${value};`)
      .join('') + acrylicDeclarations(theme);
  return `${selector}{${body}}`;
}

/**
 * The Fluent 2 design tokens as CSS custom properties (`var(--colorBrandBackground)`), the same
 * names Fluent's own components use, so every .css file in the renderer reads its colours, radii,
 * shadows and type ramp from the tokens instead of hand-picked values. The device's screen is
 * always light (`.theme-light`); the simulator's chrome is dark (`.theme-dark`).
 *
 * Run at build time (vite.renderer.config.ts serves it as `virtual:fluent-tokens.css`), so the
 * renderer ships a stylesheet instead of the token tables and the code that writes them (issue 16).
 */
export function fluentTokensCss(): string {
  return declarations(':root,.theme-light', webLightTheme) + declarations('.theme-dark', webDarkTheme);
}
