// Pixel diff of two screenshot folders (same file names): `node scripts/screenshot-diff.mjs before/ after/`.
import { PNG } from 'pngjs';
import { readFileSync, readdirSync } from 'node:fs';
const [a, b] = process.argv.slice(2);
for (const f of readdirSync(b).sort()) {
  let A;
  try {
    A = PNG.sync.read(readFileSync(`${a}/${f}`));
  } catch {
    console.log(f, 'no before');
    continue;
  }
  const B = PNG.sync.read(readFileSync(`${b}/${f}`));
  let n = 0,
    max = 0;
  for (let i = 0; i < A.data.length; i += 4) {
    const d = Math.max(...[0, 1, 2].map((k) => Math.abs(A.data[i + k] - B.data[i + k])));
    if (d > 0) n++;
    if (d > max) max = d;
  }
  console.log(f.padEnd(60), `${((100 * n) / (A.width * A.height)).toFixed(2)}% px differ, max channel diff ${max}`);
}
