import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openedFilePaths, openedFileRequest } from '../../../electron/main/opened-files';

vi.mock('electron', () => import('./fake-electron'));

const { app, dialog, ipcMain, Menu, FakeBrowserWindow } = await import('./fake-electron');

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'oobe-sim-open-'));
  await import('../../../electron/main/main');
  await new Promise((resolve) => setImmediate(resolve));
});
afterAll(async () => {
  // Quitting makes the last autosave; then nothing writes into the scratch folder any more.
  app.emit('before-quit', { preventDefault: vi.fn() });
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(app.quit).toHaveBeenCalled();
  await rm(scratch, { recursive: true, force: true });
});

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

describe('File → Save device as… / Open device… (the first device, autosaved to its file)', () => {
  const menuItem = (label: string) =>
    Menu.application?.template.flatMap((menu) => menu.submenu ?? []).find((item) => item.label === label);

  it('saves where the person says, autosaves there, and offers the backup when the file is later damaged', async () => {
    invoke('clock.pacing', { pacing: 'paused' });
    const file = join(scratch, 'kept.oobe-device');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    menuItem('Save device as…')?.click?.();
    await settle();
    const first = await readFile(file, 'utf8');
    expect(existsSync(`${file}.bak`)).toBe(false);

    invoke('device.power', { action: 'restart' }); // any change of screen is a moment to keep
    invoke('clock.advance', { ms: 120_000 });
    await settle();
    expect(await readFile(`${file}.bak`, 'utf8')).toBe(first);
    const atSave = nowMs();

    await writeFile(file, '{"truncated');
    invoke('clock.advance', { ms: 1_000 });
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    menuItem('Open device…')?.click?.();
    await settle();
    const offer = dialog.showMessageBox.mock.calls.at(-1)?.[0] as { buttons: string[]; detail: string };
    expect(offer.buttons).toEqual(['Open the backup', 'Cancel']);
    expect(offer.detail).toContain(`The previous save is kept at ${file}.bak: open it instead?`);
    expect(nowMs()).toBeLessThan(atSave);
    // The damaged file is repaired from the backup (and autosaved again from there); the backup is untouched.
    expect(() => JSON.parse(readFileSync(file, 'utf8')) as unknown).not.toThrow();
    expect(await readFile(`${file}.bak`, 'utf8')).toBe(first);
  });
});
