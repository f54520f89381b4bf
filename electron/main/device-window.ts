import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { Session } from '../runtime/session';
import { RENDERER_URL } from './app-protocol';
import type { IpcBridge } from './ipc';

// The bundle is dist/electron/main.cjs: the preload sits beside it.
const PRELOAD = join(__dirname, 'preload.cjs');

/**
 * A hardened window showing the renderer, wired to `session` through the bridge. Every window of
 * ours is one of these (the device, a second device side by side, a trainer console); `onClosed`
 * runs after it is gone and disconnected.
 */
export function openAppWindow(
  bridge: IpcBridge,
  session: Session,
  {
    title = 'OOBE Simulator',
    view = 'device',
    onClosed,
  }: { title?: string; view?: 'device' | 'trainer' | 'lab'; onClosed?: () => void } = {},
): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title,
    backgroundColor: '#000000',
    webPreferences: {
      preload: PRELOAD,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      // A middle click on a link would ask for a new window; they are denied anyway, this stops the ask.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  const disconnect = bridge.connect(window, session);
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    disconnect();
    onClosed?.();
  });
  // The trainer console and the lab are the same page on the same session; the renderer picks its view by the hash.
  void window.loadURL(view === 'device' ? RENDERER_URL : `${RENDERER_URL}#${view}`);
  return window;
}
