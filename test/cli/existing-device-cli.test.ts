import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, it } from 'vitest';

/** `oobe-sim validate` on existing-devices scenarios, through the real bin in a child process. */
const ROOT = resolve(import.meta.dirname, '../..');

function oobeSim(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['bin/oobe-sim.mjs', ...args],
      { cwd: ROOT, encoding: 'utf8' },
      (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      },
    );
  });
}

const lines = (text: string) => text.split('\n').filter((l) => l.length > 0);

describe.concurrent('oobe-sim validate: the Autopilot JSON of existing devices', { timeout: 30_000 }, () => {
  it('accepts a deliberately ignored JSON (expectIgnoredByWindows) and prints the reason as a note', async ({
    expect,
  }) => {
    const file = 'assets/scenarios/existing-device-json-utf8.json';
    const { code, stdout, stderr } = await oobeSim('validate', file, 'assets/scenarios/existing-device-json.json');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(lines(stdout)).toEqual([
      `${file}: valid (existing-device-json-utf8)`,
      `${file}: note: existingDevice.autopilotJson.encoding: saved as utf-8: OOBE reads only ASCII or ANSI files and ignores Unicode and UTF-8 ones (001:11731, 001:11743) (expected: expectIgnoredByWindows is true)`,
      'assets/scenarios/existing-device-json.json: valid (existing-device-json)',
    ]);
  });

  it('rejects JSONs Windows would ignore, each reason with its JSON path, and exits 1', async ({ expect }) => {
    const dir = 'test/scenarios/fixtures';
    const files = [
      'existing-device-json-utf8-unflagged.json',
      'existing-device-json-wrong-name.json',
      'existing-device-json-self-deploying.json',
      'existing-device-json-bad-keys.json',
    ].map((f) => `${dir}/${f}`);
    const { code, stdout, stderr } = await oobeSim('validate', ...files);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const err = lines(stderr);
    expect(err).toContainEqual(
      expect.stringMatching(
        /existing-device-json-utf8-unflagged\.json: existingDevice\.autopilotJson\.encoding: saved as utf-8/,
      ),
    );
    expect(err).toContainEqual(
      expect.stringMatching(
        /existing-device-json-wrong-name\.json: existingDevice\.autopilotJson\.fileName: .*not named exactly/,
      ),
    );
    expect(err).toContainEqual(
      expect.stringMatching(
        /existing-device-json-self-deploying\.json: existingDevice\.autopilotJson\.content\.CloudAssignedOobeConfig: 126 sets the self-deploying bits/,
      ),
    );
    expect(err).toContainEqual(
      expect.stringMatching(
        /existing-device-json-bad-keys\.json: existingDevice\.autopilotJson\.content\.ZtdCorrelationId: required key/,
      ),
    );
    expect(err.at(-1)).toBe('4 of 4 file(s) invalid');
  });

  it('runs existing-device-json end to end and existing-device-json-utf8 to the consumer page', async ({ expect }) => {
    const [ok, ignored] = await Promise.all([
      oobeSim('run', 'existing-device-json', '--json'),
      oobeSim('run', 'existing-device-json-utf8', '--json'),
    ]);
    const a = JSON.parse(ok.stdout) as { outcome: string; finalScreen: string; screens: { id: string }[] };
    const b = JSON.parse(ignored.stdout) as { outcome: string; finalScreen: string; screens: { id: string }[] };
    expect([a.outcome, a.finalScreen]).toEqual(['success', 'desktop']);
    expect(a.screens.map((s) => s.id)).toContain('task-sequence');
    expect([b.outcome, b.finalScreen]).toEqual(['success', 'consumer-oobe']);
    expect(b.screens.map((s) => s.id)).not.toContain('branding-signin');
  });
});
