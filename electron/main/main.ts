/**
 * Electron main: one window, one device. Everything the simulator does lives in electron/core and
 * electron/runtime; this file only creates the window and wires it up, because it cannot run in
 * tests (no Electron binary on the build machines) and so must stay too small to hide bugs.
 */
import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { DEFAULT_DEVICE_SETUP } from '../../shared/default-device';
import { createDevice } from '../core/index';
import { diskScenarioLibrary } from '../scenarios/disk-library';
import { Session } from '../runtime/session';
import { registerAppScheme, RENDERER_URL, serveRenderer } from './app-protocol';
import { denyPermissions, hardenWebContents } from './hardening';
import { connectWindow } from './ipc';

// The bundle is dist/electron/main.cjs: the preload sits beside it, the renderer next door.
const PRELOAD = join(__dirname, 'preload.cjs');
const RENDERER_DIR = join(__dirname, '..', 'renderer');

registerAppScheme();
hardenWebContents();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // One device per machine: a second launch focuses the first window instead.
  app.quit();
} else {
  const session = new Session(createDevice(DEFAULT_DEVICE_SETUP), {
    scenarios: diskScenarioLibrary(),
    // A device runs when it is switched on: the clock starts at ×1 (the user's last speed after that).
    autoRun: true,
    onInternalError: (error, context) => console.error(`oobe-sim: ${context}:`, error),
  });
  let mainWindow: BrowserWindow | null = null;
  let disconnect: (() => void) | null = null;

  const openWindow = (): void => {
    mainWindow = new BrowserWindow({
      width: 1280,
      height: 820,
      minWidth: 960,
      minHeight: 640,
      show: false,
      title: 'OOBE Simulator',
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
      },
    });
    disconnect = connectWindow(mainWindow, session);
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    mainWindow.on('closed', () => {
      disconnect?.();
      disconnect = null;
      mainWindow = null;
    });
    void mainWindow.loadURL(RENDERER_URL);
  };

  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => session.dispose());
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) openWindow();
  });

  void app.whenReady().then(() => {
    denyPermissions();
    serveRenderer(RENDERER_DIR);
    openWindow();
  });
}
