import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_DEVICE_SETUP } from '../../../shared/default-device';
import { createDevice } from '../../../electron/core/index';
import { Session } from '../../../electron/runtime/session';
import { backupPathOf, writeFileAtomic } from '../../../electron/files/atomic-write';
import { openDeviceFile, saveDeviceFile } from '../../../electron/files/device-file';
import { openDeviceWithBackup } from '../../../electron/files/open-with-backup';
import { startAutosave } from '../../../electron/files/autosave';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'oobe-sim-files-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

let id = 1;
const newSession = () => new Session(createDevice(DEFAULT_DEVICE_SETUP));
const run = (session: Session, name: string, payload: unknown) =>
  session.handle({ kind: 'req', id: id++, name, payload }) as { kind: string; payload: Record<string, unknown> };
const nowMs = (session: Session) => run(session, 'device.snapshot', {}).payload.nowMs as number;
const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
};

const readFileSyncSafe = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

describe('atomic writes with a backup', () => {
  it('replaces the file whole, keeps the previous one as .bak and leaves no temp file', async () => {
    const file = join(scratch, 'a.oobe-device');
    await writeFileAtomic(file, 'first');
    expect(existsSync(backupPathOf(file))).toBe(false);
    await writeFileAtomic(file, 'second');
    expect(await readFile(file, 'utf8')).toBe('second');
    expect(await readFile(backupPathOf(file), 'utf8')).toBe('first');
    expect((await readdir(scratch)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a write that fails leaves the old file untouched and no temp file', async () => {
    await expect(writeFileAtomic(join(scratch, 'no-such-folder', 'x.oobe-device'), 'x')).rejects.toThrow(/ENOENT/);
    expect((await readdir(scratch)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('saved devices on disk', () => {
  it('save then open puts the device back where it was', async () => {
    const session = newSession();
    run(session, 'clock.advance', { ms: 75_000 });
    const file = join(scratch, 'round.oobe-device');
    await saveDeviceFile(session, file);
    run(session, 'clock.advance', { ms: 30_000 });
    expect(await openDeviceFile(session, file)).toMatchObject({ ok: true });
    expect(nowMs(session)).toBe(75_000);
    session.dispose();
  });

  it('a truncated file names the problem and offers the backup; accepting opens it and repairs the file', async () => {
    const session = newSession();
    const file = join(scratch, 'lab.oobe-device');
    run(session, 'clock.advance', { ms: 40_000 });
    await saveDeviceFile(session, file);
    run(session, 'clock.advance', { ms: 20_000 });
    const good = await saveDeviceFile(session, file); // the 40 s save is now lab.oobe-device.bak
    await writeFile(file, good.slice(0, 300)); // a crash mid-copy, a bad USB stick…
    run(session, 'clock.advance', { ms: 5_000 });

    const offer = vi.fn((_message: string) => Promise.resolve(false));
    const report = vi.fn();
    expect(await openDeviceWithBackup(session, file, offer, report)).toBeNull();
    const [message] = offer.mock.calls[0]!;
    expect(message).toMatch(/^lab\.oobe-device: .*truncated or not JSON.*the running device keeps going/);
    expect(message).toContain(`The previous save is kept at ${file}.bak: open it instead?`);
    expect(nowMs(session)).toBe(65_000);

    const opened = await openDeviceWithBackup(session, file, () => Promise.resolve(true), report);
    expect(opened?.path).toBe(file);
    expect(nowMs(session)).toBe(40_000);
    expect(await readFile(file, 'utf8')).toBe(opened?.text);
    expect(await readFile(backupPathOf(file), 'utf8')).toBe(opened?.text);
    expect(report).not.toHaveBeenCalled();
    session.dispose();
  });

  it('a broken file without a backup says so; a missing one names the file', async () => {
    const session = newSession();
    const file = join(scratch, 'alone.oobe-device');
    await writeFile(file, 'not json');
    const report = vi.fn();
    const offer = vi.fn(() => Promise.resolve(true));
    expect(await openDeviceWithBackup(session, file, offer, report)).toBeNull();
    expect(offer).not.toHaveBeenCalled();
    expect(report.mock.calls[0]?.[0]).toMatch(/^alone\.oobe-device: .*\nThere is no earlier save to fall back on\.$/);
    expect(await openDeviceFile(session, join(scratch, 'gone.oobe-device'))).toEqual({
      ok: false,
      problem: `${join(scratch, 'gone.oobe-device')}: cannot be read (ENOENT)`,
      backup: null,
    });
    session.dispose();
  });
});

describe('autosave', () => {
  it('saves at a screen change and on its timer, only when the device changed, each save keeping a .bak', async () => {
    const session = newSession();
    const file = join(scratch, 'auto.oobe-device');
    const first = await saveDeviceFile(session, file);
    const autosave = startAutosave(session, file, first, { intervalMs: 25 });

    await autosave.flush();
    expect(existsSync(backupPathOf(file))).toBe(false); // nothing changed: nothing written

    run(session, 'clock.advance', { ms: 120_000 }); // boots into OOBE: screens change
    await until(() => existsSync(backupPathOf(file)));
    expect(await readFile(backupPathOf(file), 'utf8')).toBe(first);
    const reopened = newSession();
    expect(await openDeviceFile(reopened, file)).toMatchObject({ ok: true });
    expect(nowMs(reopened)).toBe(120_000);

    run(session, 'clock.advance', { ms: 1 }); // no screen change: the timer picks it up
    const before = await readFile(file, 'utf8');
    await until(() => readFileSyncSafe(file) !== before);
    await autosave.stop();
    expect(await openDeviceFile(reopened, file)).toMatchObject({ ok: true });
    expect(nowMs(reopened)).toBe(120_001);
    session.dispose();
    reopened.dispose();
  });

  it('a failed save is reported and the next one tries again', async () => {
    const session = newSession();
    const onError = vi.fn();
    const autosave = startAutosave(session, join(scratch, 'missing-folder', 'x.oobe-device'), null, { onError });
    await autosave.flush();
    expect(String(onError.mock.calls[0]?.[0])).toMatch(/ENOENT/);
    await autosave.stop();
    expect(onError).toHaveBeenCalledTimes(2); // nothing was written, so stop's last flush tried again
    session.dispose();
  });
});
