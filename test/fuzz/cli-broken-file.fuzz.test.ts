import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { builtinPath } from '../scenarios/builtin-library';
import { FUZZ_RUNS, fuzzOptions, fuzzTimeout } from './fuzz-runs';
import { garbledText } from './json-mutations';

/**
 * `oobe-sim run <broken file>` as a user meets it: exit code 2 (a user mistake) and one clear
 * line per problem on stderr naming the file, never a stack trace. In process (the CLI's own
 * `main`): a spawn per case would cost the run half a second each.
 */
const dir = mkdtempSync(join(tmpdir(), 'oobe-fuzz-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const text = readFileSync(builtinPath('user-driven-entra'), 'utf8');

describe('fuzz: the CLI with a broken scenario file', () => {
  it(
    'exits 2 with one line per problem, each naming the file, and nothing on stdout',
    async () => {
      await fc.assert(
        fc.asyncProperty(garbledText(text), async (broken) => {
          const file = join(dir, 'broken.json');
          writeFileSync(file, broken);
          let out = '';
          let err = '';
          const code = await main(['run', file], { out: (t) => void (out += t), err: (t) => void (err += t) });
          if (code === 0) return; // the garbling left a valid scenario (a cut after the last brace, say)
          // Still a valid scenario whose device now ends elsewhere (a garbled password): `expect` says so, exit 1.
          if (code === 1 && /^oobe-sim: expectation missed: /.test(err)) return;
          expect(code).toBe(2);
          expect(out).toBe('');
          const lines = err.split('\n').filter((l) => l.length > 0);
          expect(lines.length).toBeGreaterThan(0);
          for (const line of lines) expect(line).toMatch(/^oobe-sim: |broken\.json: /);
          expect(err).not.toMatch(/\n\s+at /);
        }),
        fuzzOptions(Math.min(FUZZ_RUNS, 2_000)),
      );
    },
    fuzzTimeout(30, Math.min(FUZZ_RUNS, 2_000)),
  );
});
