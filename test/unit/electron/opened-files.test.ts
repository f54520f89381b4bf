import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openedFilePaths, openedFileRequest } from '../../../electron/main/opened-files';

vi.mock('electron', () => import('./fake-electron'));

const { app, dialog, ipcMain, FakeBrowserWindow } = await import('./fake-electron');

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'oobe-sim-open-'));
  await import('../../../electron/main/main');
  await new Promise((resolve) => setImmediate(resolve));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

let nextId = 1;
const invoke = (name: string, payload: unknown) => {
  const contents = FakeBrowserWindow.instances[0]!.webContents;
  const handler = ipcMain.handlers.get('oobe-sim:invoke')!;
  return handler({ sender: contents, senderFrame: contents.mainFrame, id: nextId++ }, name, payload) as {
    kind: string;
    payload: Record<string, unknown>;
  };
};
const nowMs = () => invoke('device.snapshot', {}).payload.nowMs as number;
/** The device's clock runs at ×1 in real time: "where it was" is within the test's own second. */
const near = (ms: number): unknown => expect.toSatisfy((now: number) => now >= ms && now < ms + 1_000);
/** Until the file's read and its command have run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('files handed to the app (file associations)', () => {
  it('takes our three extensions from a command line, absolute against the launch directory', () => {
    expect(
      openedFilePaths(
        [
          '/opt/OOBE Simulator/oobe-simulator',
          '--no-sandbox',
          'lab.oobe-device',
          '/x/a.OOBE-SCENARIO',
          'notes.txt',
          'r.oobe-recording',
        ],
        '/home/ana',
      ),
    ).toEqual(['/home/ana/lab.oobe-device', '/x/a.OOBE-SCENARIO', '/home/ana/r.oobe-recording']);
    expect(openedFileRequest('/x/a.oobe-scenario', 'T')).toEqual({
      name: 'scenario.load',
      payload: { fileName: 'a.oobe-scenario', text: 'T' },
    });
    expect(openedFileRequest('/x/a.oobe-recording', 'T')).toEqual({ name: 'replay.open', payload: { text: 'T' } });
    expect(openedFileRequest('/x/a.oobe-device', 'T')).toEqual({
      name: 'device.open',
      payload: { fileName: 'a.oobe-device', text: 'T' },
    });
    expect(openedFileRequest('/x/a.json', 'T')).toBeNull();
  });

  it('macOS open-file reopens a saved device in the first window, where it was', async () => {
    invoke('clock.advance', { ms: 90_000 });
    const saved = invoke('device.save', {}).payload as { text: string };
    const file = join(scratch, 'lab.oobe-device');
    await writeFile(file, saved.text);
    invoke('clock.advance', { ms: 60_000 });
    expect(nowMs()).toEqual(near(150_000));

    const preventDefault = vi.fn();
    app.emit('open-file', { preventDefault }, file);
    await settle();
    expect(preventDefault).toHaveBeenCalled();
    expect(nowMs()).toEqual(near(90_000));
  });

  it('a second launch with a file (Windows, Linux) opens it in the first instance', async () => {
    const saved = invoke('device.save', {}).payload as { text: string };
    await writeFile(join(scratch, 'again.oobe-device'), saved.text);
    invoke('clock.advance', { ms: 5_000 });
    app.emit('second-instance', {}, ['/opt/oobe-simulator', 'again.oobe-device'], scratch);
    await settle();
    expect(nowMs()).toEqual(near(90_000));
  });

  it('a broken or missing file is named in an error box; the device keeps going', async () => {
    await writeFile(join(scratch, 'broken.oobe-device'), '{"format":');
    invoke('clock.pacing', { pacing: 'paused' });
    const before = nowMs();
    app.emit('open-file', { preventDefault: vi.fn() }, join(scratch, 'broken.oobe-device'));
    app.emit('open-file', { preventDefault: vi.fn() }, join(scratch, 'gone.oobe-scenario'));
    await settle();
    const messages = dialog.showErrorBox.mock.calls.map(([, content]) => content);
    expect(messages.some((m) => /^broken\.oobe-device: .*the running device keeps going/.test(m))).toBe(true);
    expect(messages.some((m) => m.includes('gone.oobe-scenario: cannot be read (ENOENT)'))).toBe(true);
    expect(nowMs()).toBe(before);
  });
});
