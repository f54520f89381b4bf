// Draws the app icon, assets/icons/icon.png (1024×1024), from code: our own drawing, no Microsoft
// art. A rounded tile in a blue-to-teal gradient with a white laptop whose screen shows a ring of
// setup dots. Run `node scripts/draw-icon.mjs` after changing it; electron-builder turns the PNG
// into .ico / .icns for the installers.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PNG } from 'pngjs';
import { ROOT } from './run-vite-build.mjs';

const SIZE = 1024;
const SAMPLES = 4; // supersampling per axis, for smooth edges

/** Signed distance to a rounded rectangle centred at (cx, cy). Negative inside. */
function roundedRect(x, y, cx, cy, halfW, halfH, radius) {
  const qx = Math.abs(x - cx) - halfW + radius;
  const qy = Math.abs(y - cy) - halfH + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

const mix = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t);
const TOP = [0, 95, 184];
const BOTTOM = [0, 160, 160];
const WHITE = [255, 255, 255];
const SCREEN = [14, 40, 72];

/** The colour and coverage of one sample point, painter's order. */
function sample(x, y) {
  if (roundedRect(x, y, 512, 512, 472, 472, 180) > 0) return null;
  let colour = mix(TOP, BOTTOM, (x + y) / (2 * SIZE));
  // Laptop: lid (white frame with a dark screen) and base.
  if (roundedRect(x, y, 512, 450, 300, 200, 28) <= 0) colour = WHITE;
  if (roundedRect(x, y, 512, 450, 268, 168, 12) <= 0) colour = SCREEN;
  if (roundedRect(x, y, 512, 690, 372, 26, 24) <= 0) colour = WHITE;
  // Eight setup dots in a ring on the screen, brighter towards the "head" of the spinner.
  for (let i = 0; i < 8; i += 1) {
    const angle = (i / 8) * 2 * Math.PI - Math.PI / 2;
    const dx = x - (512 + Math.cos(angle) * 92);
    const dy = y - (450 + Math.sin(angle) * 92);
    if (dx * dx + dy * dy <= 22 * 22) colour = mix(SCREEN, WHITE, 0.3 + (0.7 * i) / 7);
  }
  return colour;
}

const png = new PNG({ width: SIZE, height: SIZE });
for (let py = 0; py < SIZE; py += 1) {
  for (let px = 0; px < SIZE; px += 1) {
    let r = 0;
    let g = 0;
    let b = 0;
    let covered = 0;
    for (let sy = 0; sy < SAMPLES; sy += 1) {
      for (let sx = 0; sx < SAMPLES; sx += 1) {
        const c = sample(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
        if (!c) continue;
        r += c[0];
        g += c[1];
        b += c[2];
        covered += 1;
      }
    }
    const at = (py * SIZE + px) * 4;
    png.data[at] = covered ? Math.round(r / covered) : 0;
    png.data[at + 1] = covered ? Math.round(g / covered) : 0;
    png.data[at + 2] = covered ? Math.round(b / covered) : 0;
    png.data[at + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
  }
}
const out = join(ROOT, 'assets', 'icons', 'icon.png');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, PNG.sync.write(png));
console.log(`wrote ${out}`);
