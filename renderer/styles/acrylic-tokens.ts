/**
 * The OOBE card's acrylic without backdrop-filter (issue 16): the card draws its own copy of the
 * backdrop's gradients (frame.css, `.oobe-card::before`) from these colours. They are the backdrop's
 * Fluent tokens put through CSS `saturate(125%)`, whose matrix (Filter Effects, feColorMatrix
 * type="saturate") is linear: saturating each gradient stop and then interpolating equals saturating
 * the drawn gradient, so no filter has to run per frame. (The old 30 px blur of these smooth gradients
 * changed nothing visible.)
 */

/** The backdrop tokens the card's copy needs (frame.css `.oobe-backdrop`). */
export const ACRYLIC_SOURCE_TOKENS = [
  'colorPaletteBlueBackground2',
  'colorPaletteLavenderBackground2',
  'colorPaletteLightTealBackground2',
  'colorBrandBackground2',
  'colorNeutralBackground3',
] as const;

/** `#rrggbb` through the saturate matrix, clamped to 0..255 as the filter clamps its output. */
export function saturateHex(hex: string, amount: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return hex;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h!, 16));
  const s = amount;
  const rows = [
    [0.213 + 0.787 * s, 0.715 - 0.715 * s, 0.072 - 0.072 * s],
    [0.213 - 0.213 * s, 0.715 + 0.285 * s, 0.072 - 0.072 * s],
    [0.213 - 0.213 * s, 0.715 - 0.715 * s, 0.072 + 0.928 * s],
  ];
  const out = rows.map(([kr, kg, kb]) => Math.round(Math.min(255, Math.max(0, kr! * r! + kg! * g! + kb! * b!))));
  return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** `--acrylic-<token>` declarations: each source token saturated by 125 %. */
export function acrylicDeclarations(theme: Readonly<Record<string, string | number>>): string {
  return ACRYLIC_SOURCE_TOKENS.map((name) => `--acrylic-${name}:${saturateHex(String(theme[name]), 1.25)};`).join('');
}
