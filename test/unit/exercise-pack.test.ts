import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { buildZip } from '../../electron/core/shell/archive/zip-writer';
import { ExerciseController } from '../../electron/runtime/exercise/exercise-controller';
import { BUILTIN_SCENARIOS_DIR } from '../../electron/scenarios/paths';
import { loadExercisePack, packScenarioLibrary } from '../../electron/scenarios/exercise-pack';
import type { ExerciseListing } from '../../shared/exercise';

/** Issue 13: "An exercise pack is a folder (or zip) of scenarios; the app opens one and lists its exercises." */

const builtin = (id: string) => readFileSync(join(BUILTIN_SCENARIOS_DIR, `${id}.json`), 'utf8');
const TWO = ['exercise-esp-error-code', 'exercise-no-profile'];

function folderPack(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'oobe-pack-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
}

function listed(library: ReturnType<typeof packScenarioLibrary>): ExerciseListing[] {
  const controller = new ExerciseController({
    scenarios: library,
    core: () => {
      throw new Error('no device');
    },
    replaceDevice: () => undefined,
    emit: () => undefined,
  });
  return (controller.handle('exercise.list', {}) as { exercises: ExerciseListing[] }).exercises;
}

describe('exercise packs', () => {
  it('a folder of .json / .oobe-scenario files: exercise.list lists exactly its exercises', () => {
    const dir = folderPack({ 'a.json': builtin(TWO[0]!), 'b.oobe-scenario': builtin(TWO[1]!), 'notes.txt': 'x' });
    const opened = loadExercisePack(dir);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(listed(packScenarioLibrary(opened.pack)).map((e) => e.id)).toEqual(TWO);
  });

  it('a .zip of the same files opens the same way', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oobe-pack-zip-'));
    const zip = join(dir, 'class-1.zip');
    const modified = new Date(Date.UTC(2026, 0, 1));
    writeFileSync(
      zip,
      buildZip([
        { name: 'pack/a.json', bytes: Buffer.from(builtin(TWO[0]!)), modified },
        { name: 'pack/b.json', bytes: Buffer.from(builtin(TWO[1]!)), modified },
      ]),
    );
    const opened = loadExercisePack(zip);
    expect(opened.ok && opened.pack.name).toBe('class-1');
    expect(opened.ok && opened.pack.scenarios.map((s) => s.id)).toEqual(TWO);
  });

  it('problems name the file and the JSON path; the CLI lists them all and exits 2', async () => {
    const broken = JSON.parse(builtin(TWO[0]!)) as { exercise: { objectives: unknown } };
    broken.exercise.objectives = 'none';
    const noExercise = JSON.parse(builtin(TWO[1]!)) as { exercise?: unknown };
    delete noExercise.exercise;
    const dir = folderPack({
      'broken.json': JSON.stringify(broken),
      'plain.json': JSON.stringify(noExercise),
      'syntax.json': '{ "id": ',
    });
    const opened = loadExercisePack(dir);
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.problems.map((p) => [p.file, p.path])).toEqual(
      expect.arrayContaining([
        ['broken.json', 'exercise.objectives'],
        ['plain.json', 'exercise'],
      ]),
    );
    expect(opened.problems.some((p) => p.file === 'syntax.json')).toBe(true);
    const c = capture();
    expect(await main(['exercises', '--pack', dir], c.io)).toBe(2);
    expect(c.err.join('')).toContain('broken.json: exercise.objectives:');
    expect(loadExercisePack(join(dir, 'missing'))).toMatchObject({
      ok: false,
      problems: [{ path: '(pack)', message: 'no such folder or zip' }],
    });
  });

  it('oobe-sim exercises --pack DIR [--json] lists the pack; --pack elsewhere is refused', async () => {
    const dir = folderPack({ 'a.json': builtin(TWO[0]!), 'b.json': builtin(TWO[1]!) });
    mkdirSync(join(dir, 'sub'));
    const c = capture();
    expect(await main(['exercises', '--pack', dir, '--json'], c.io)).toBe(0);
    const list = JSON.parse(c.out.join('')) as ExerciseListing[];
    expect(list.map((e) => [e.id, e.attempts, e.bestScore])).toEqual([
      [TWO[0], 0, null],
      [TWO[1], 0, null],
    ]);
    const text = capture();
    expect(await main(['exercises', '--pack', dir], text.io)).toBe(0);
    expect(text.out.join('')).toMatch(/^exercise-esp-error-code\s+easy\s+\d+ objectives/);
    const wrong = capture();
    expect(await main(['list', '--pack', dir], wrong.io)).toBe(2);
    expect(wrong.err.join('')).toContain('--pack belongs to exercises');
  });
});
