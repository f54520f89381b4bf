import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** `npm run web -- --device FILE` as a real process (through tsx, as scripts/web.mjs falls back to). */
function startHost(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string; stop: () => void }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/main.ts', '--port', '0', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('web host: http://'))
        resolve({ code: null, stdout, stderr, stop: () => child.kill('SIGTERM') });
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr, stop: () => {} }));
  });
}

describe('the web host with --device FILE', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'oobe-sim-web-device-'));
  });
  afterAll(() => rm(scratch, { recursive: true, force: true }));

  it('saves a new device to a file that does not exist yet, and again on exit keeping the .bak rule', async () => {
    const file = join(scratch, 'new.oobe-device');
    const host = await startHost(['--device', file]);
    expect(host.code).toBeNull();
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ format: expect.any(String) });
    host.stop();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(existsSync(file)).toBe(true);
  }, 30_000);

  it('a corrupt file stops the host with its problem named and the backup offered', async () => {
    const file = join(scratch, 'lab.oobe-device');
    await writeFile(file, '{"format": "oobe-sim-dev');
    await writeFile(`${file}.bak`, '{}');
    const host = await startHost(['--device', file]);
    expect(host.code).toBe(1);
    expect(host.stderr).toMatch(/^oobe-sim web: lab\.oobe-device: .*the running device keeps going\n/);
    expect(host.stderr).toContain(`The previous save is kept at ${file}.bak: start with --device "${file}.bak"`);
  }, 30_000);
});
