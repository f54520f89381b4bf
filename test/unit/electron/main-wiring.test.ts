import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron'));

const electron = await import('./fake-electron');
const { app, ipcMain, Menu, protocol, session, FakeBrowserWindow, FakeWebContents } = electron;

beforeAll(async () => {
  await import('../../../electron/main/main');
  // Let app.whenReady() resolve and open the window.
  await new Promise((resolve) => setImmediate(resolve));
});

const window = () => {
  const win = FakeBrowserWindow.instances[0];
  if (!win) throw new Error('no window was opened');
  return win;
};
const invoke = (sender: unknown, senderFrame: unknown, name: string, payload: unknown) => {
  const handler = ipcMain.handlers.get('oobe-sim:invoke');
  if (!handler) throw new Error('no invoke handler');
  return handler({ sender, senderFrame }, name, payload);
};

describe('Electron main wiring (fake electron)', () => {
  it('opens one hardened window on app://renderer/', () => {
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(window().options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
    });
    expect(String(window().options.webPreferences?.preload)).toMatch(/preload\.cjs$/);
    expect(window().loadedUrl).toBe('app://renderer/index.html');
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('prevents navigation, redirects, webviews and new windows in every web contents', () => {
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      contents.emit(event, { preventDefault });
      expect(preventDefault, event).toHaveBeenCalled();
    }
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });

  it('denies every permission', () => {
    const callback = vi.fn();
    session.defaultSession.requestHandler?.({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(session.defaultSession.checkHandler?.({}, 'notifications', 'app://renderer', {})).toBe(false);
  });

  it('drops IPC from any sender but our window’s top frame on our page', () => {
    const ours = window().webContents;
    expect(() => invoke(new FakeWebContents(), ours.mainFrame, 'device.snapshot', {})).toThrow(/unknown sender/);
    expect(() => invoke(ours, { url: 'app://renderer/index.html' }, 'device.snapshot', {})).toThrow(/unknown sender/);
    const foreignPage = Object.assign(new FakeWebContents(), { mainFrame: { url: 'https://evil.example/' } });
    expect(() => invoke(foreignPage, foreignPage.mainFrame, 'device.snapshot', {})).toThrow(/unknown sender/);
  });

  it('queues events until renderer.ready, then sends them in order on oobe-sim:event', () => {
    const contents = window().webContents;
    const reply = invoke(contents, contents.mainFrame, 'clock.advance', { ms: 1_000 });
    expect(reply).toMatchObject({ kind: 'res', payload: { nowMs: 1_000 } });
    expect(contents.sent).toEqual([]);

    expect(invoke(contents, contents.mainFrame, 'renderer.ready', {})).toMatchObject({ kind: 'res' });
    expect(contents.sent.length).toBeGreaterThan(0);
    expect(contents.sent.every((m) => m.channel === 'oobe-sim:event')).toBe(true);
    expect(contents.sent.at(-1)?.args[0]).toMatchObject({ kind: 'evt', name: 'snapshot', payload: { nowMs: 1_000 } });

    // A reload closes the gate again until the new page is ready.
    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false });
    const before = contents.sent.length;
    invoke(contents, contents.mainFrame, 'clock.advance', { ms: 1 });
    expect(contents.sent.length).toBe(before);
    invoke(contents, contents.mainFrame, 'renderer.ready', {});
    expect(contents.sent.length).toBeGreaterThan(before);
  });

  it('answers bad requests through the dispatcher, not by throwing', () => {
    const contents = window().webContents;
    expect(invoke(contents, contents.mainFrame, 'device.nope', {})).toMatchObject({
      kind: 'err',
      error: { code: 'unknown-command' },
    });
    expect(invoke(contents, contents.mainFrame, 42 as unknown as string, {})).toMatchObject({
      kind: 'err',
      error: { code: 'invalid-envelope' },
    });
  });
});

describe('several windows', () => {
  const menuItem = (label: string) =>
    Menu.application?.template.flatMap((menu) => menu.submenu ?? []).find((item) => item.label === label);

  it('File → "New device window" opens a second device with its own session; each window drives its own', () => {
    const item = menuItem('New device window');
    expect(item?.accelerator).toBe('CmdOrCtrl+Shift+N');
    item?.click?.();
    const [first, second] = FakeBrowserWindow.instances;
    expect(FakeBrowserWindow.instances).toHaveLength(2);
    expect(second!.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true });
    const nowOf = (win: typeof first) =>
      (invoke(win!.webContents, win!.webContents.mainFrame, 'device.snapshot', {}) as { payload: { nowMs: number } })
        .payload.nowMs;
    const firstAt = nowOf(first);
    invoke(second!.webContents, second!.webContents.mainFrame, 'clock.advance', { ms: 60_000 });
    expect(nowOf(second)).toBe(60_000);
    expect(nowOf(first)).toBe(firstAt);
  });

  it("the second window's device is on the first's tenant: an admin change from either is in the other's", () => {
    const [first, second] = FakeBrowserWindow.instances;
    const send = (win: typeof first, name: string, payload: unknown) =>
      invoke(win!.webContents, win!.webContents.mainFrame, name, payload) as { kind: string; payload: unknown };
    const upn = 'megan@contoso.onmicrosoft.com';
    const licensed = (win: typeof first) =>
      (
        send(win, 'tenant.state', {}).payload as {
          tenant: { entra: { directory: { users: { upn: string; licensed: boolean }[] } } };
        }
      ).tenant.entra.directory.users.find((u) => u.upn === upn)?.licensed;
    expect(send(second, 'tenant.change', { change: { kind: 'licence.remove', upn } }).kind).toBe('res');
    expect(licensed(first)).toBe(false);
    expect(send(first, 'tenant.change', { change: { kind: 'licence.assign', upn } }).kind).toBe('res');
    expect(licensed(second)).toBe(true);
  });

  it('a closed window is disconnected: its requests are dropped, the other window goes on', () => {
    const [first, second] = FakeBrowserWindow.instances;
    second!.emit('closed');
    expect(() => invoke(second!.webContents, second!.webContents.mainFrame, 'device.snapshot', {})).toThrow(
      /unknown sender/,
    );
    expect(invoke(first!.webContents, first!.webContents.mainFrame, 'device.snapshot', {})).toMatchObject({
      kind: 'res',
    });
  });
});

describe('app:// protocol', () => {
  it('serves the renderer with its CSP and nothing outside it', async () => {
    const { serveRenderer } = await import('../../../electron/main/app-protocol');
    const scratch = await mkdtemp(join(tmpdir(), 'oobe-sim-app-'));
    try {
      await mkdir(join(scratch, 'renderer', 'assets'), { recursive: true });
      await writeFile(join(scratch, 'renderer', 'index.html'), '<!doctype html>');
      await writeFile(join(scratch, 'renderer', 'assets', 'a.js'), '1');
      await writeFile(join(scratch, 'secret.txt'), 'secret');
      serveRenderer(join(scratch, 'renderer'));
      const handler = protocol.handlers.get('app');
      if (!handler) throw new Error('no app: handler');
      const get = (url: string) => handler(new Request(url));

      const index = await get('app://renderer/index.html');
      expect(index.status).toBe(200);
      expect(index.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect((await get('app://renderer/')).status).toBe(200);
      expect((await get('app://renderer/assets/a.js')).status).toBe(200);
      for (const url of [
        'app://renderer/../secret.txt',
        'app://renderer/..%2fsecret.txt',
        'app://renderer/assets/..%2f..%2fsecret.txt',
        'app://other/index.html',
        'app://renderer/missing.js',
      ]) {
        expect((await get(url)).status, url).toBe(404);
      }
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });

  const menuItem = (label: string) =>
    Menu.application?.template.flatMap((menu) => menu.submenu ?? []).find((item) => item.label === label);

  it('View → "Trainer console" opens the trainer view on the first device\'s session (once)', () => {
    const item = menuItem('Trainer console');
    expect(item?.accelerator).toBe('CmdOrCtrl+Shift+T');
    const before = FakeBrowserWindow.instances.length;
    item?.click?.();
    item?.click?.();
    expect(FakeBrowserWindow.instances).toHaveLength(before + 1);
    const [first] = FakeBrowserWindow.instances;
    const trainer = FakeBrowserWindow.instances.at(-1)!;
    expect(trainer.loadedUrl).toBe('app://renderer/index.html#trainer');
    expect(trainer.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true });
    const nowOf = (win: typeof first) =>
      (invoke(win!.webContents, win!.webContents.mainFrame, 'device.snapshot', {}) as { payload: { nowMs: number } })
        .payload.nowMs;
    const firstAt = nowOf(first);
    invoke(trainer.webContents, trainer.webContents.mainFrame, 'clock.advance', { ms: 5_000 });
    expect(nowOf(first)).toBe(firstAt + 5_000);
  });
});
