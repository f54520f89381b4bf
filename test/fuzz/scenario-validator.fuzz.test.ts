import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../electron/core/scenario/runner';
import { jsonErrorOffset } from '../../electron/scenarios/json-error-location';
import { loadScenarioText, type LoadResult } from '../../electron/scenarios/load-scenario';
import { ASSETS_DIR } from '../../electron/scenarios/paths';
import { BUILTIN_FILES, builtinPath } from '../scenarios/builtin-library';
import { FUZZ_RUNS, fuzzOptions, fuzzTimeout } from './fuzz-runs';
import { garbledText, mutatedJson, type Json } from './json-mutations';

/**
 * Scenario files as people break them, thrown at the loader the CLI, the web host and the app
 * share (`loadScenarioText` → `validateScenario`): it never throws, and a refusal names every
 * problem with its file, where (a JSON path or line and column) and what. A mutated file that is
 * still valid must also make a device that runs (a short headless run), since the app loads it.
 */

const BUILTINS = BUILTIN_FILES.map((file) => {
  const text = readFileSync(builtinPath(file.replace(/\.json$/, '')), 'utf8');
  return { file, text, json: JSON.parse(text) as Json };
});
const builtinArb = fc.constantFrom(...BUILTINS);

/** What every answer of the loader must look like, whatever it was given. */
function expectClearAnswer(result: LoadResult, file: string): void {
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(problem.file).toBe(file);
    expect(typeof problem.path).toBe('string');
    expect(problem.path.length).toBeGreaterThan(0);
    expect(typeof problem.message).toBe('string');
    expect(problem.message.trim().length).toBeGreaterThan(0);
    // One line each: the CLI prints `file: path: message` per line.
    expect(problem.message).not.toMatch(/\n/);
    expect(problem.path).not.toMatch(/\n/);
  }
}

function load(text: string, file: string): LoadResult {
  return loadScenarioText(text, file, ASSETS_DIR);
}

describe('fuzz: scenario files at the validator', () => {
  it(
    'a mutated built-in is refused with a clear problem at a path, or it runs',
    () => {
      fc.assert(
        fc.property(
          // The document goes in as text, so a failing case is reported (and shrunk) as the file it was.
          builtinArb.chain((b) =>
            fc.tuple(
              fc.constant(b.file),
              mutatedJson(b.json).map((d) => JSON.stringify(d)),
            ),
          ),
          ([file, text]) => {
            const result = load(text, file);
            expectClearAnswer(result, file);
            // A file that is still valid is one the app would load: its device must run without a throw.
            if (result.ok) runScenario(result.scenario, { maxVirtualMs: 3 * 3_600_000 });
          },
        ),
        fuzzOptions(),
      );
    },
    fuzzTimeout(20),
  );

  it(
    'garbled text is refused as not valid JSON (with its line and column) or as a bad scenario, never thrown',
    () => {
      fc.assert(
        fc.property(
          builtinArb.chain((b) => fc.tuple(fc.constant(b.file), garbledText(b.text))),
          ([file, text]) => {
            const result = load(text, file);
            expectClearAnswer(result, file);
            if (!result.ok && result.problems[0]?.message.startsWith('not valid JSON'))
              expect(result.problems[0].path).toMatch(/^(line \d+, column \d+|\(root\))$/);
          },
        ),
        fuzzOptions(),
      );
    },
    fuzzTimeout(5),
  );

  it(
    'any JSON value at all is answered, never thrown',
    () => {
      fc.assert(
        fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
          const result = load(JSON.stringify(value) ?? 'null', 'any.json');
          expectClearAnswer(result, 'any.json');
          expect(result.ok).toBe(false);
        }),
        fuzzOptions(),
      );
    },
    fuzzTimeout(2),
  );

  it(
    'the error locator agrees with JSON.parse on what is JSON (and stops where the text goes wrong)',
    () => {
      const textArb = fc.oneof(
        builtinArb.chain((b) => garbledText(b.text)),
        fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v, null, 1)),
      );
      fc.assert(
        fc.property(textArb, (text) => {
          let parses = true;
          try {
            JSON.parse(text);
          } catch {
            parses = false;
          }
          const offset = jsonErrorOffset(text);
          expect(offset < 0).toBe(parses);
          // Everything before the offset is a valid start: the text up to there plus a fix is no earlier error.
          if (!parses) expect(offset).toBeLessThanOrEqual(text.length);
        }),
        fuzzOptions(),
      );
    },
    fuzzTimeout(5),
  );

  it('the run count comes from FUZZ_RUNS', () => {
    expect(FUZZ_RUNS).toBeGreaterThan(0);
  });
});
