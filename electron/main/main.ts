/**
 * Electron main: windows and the devices behind them. Everything the simulator does lives in
 * electron/core and electron/runtime; this file only creates windows and wires them up, because it
 * cannot run in tests (no Electron binary on the build machines) and so must stay too small to hide bugs.
 */
import { app, dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { DEFAULT_DEVICE_SETUP } from '../../shared/default-device';
import { createDevice } from '../core/index';
import { diskScenarioLibrary } from '../scenarios/disk-library';
import { Classroom } from '../runtime/classroom';
import { Session } from '../runtime/session';
import type { Tenant } from '../cloud/tenant';
import { switchableLibrary } from '../runtime/switchable-library';
import { openPack, openPackWithDialog, packArgument } from './exercise-pack-menu';
import { installAppMenu } from './app-menu';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { deviceFiles } from './device-files';
import { openAppWindow } from './device-window';
import { denyPermissions, hardenWebContents } from './hardening';
import { createIpcBridge } from './ipc';
import { openedFilePaths, openFileInSession } from './opened-files';

// The bundle is dist/electron/main.cjs: the renderer sits next door.
const RENDERER_DIR = join(__dirname, '..', 'renderer');

registerAppScheme();
hardenWebContents();
app.enableSandbox();

/** A device as a switched-on machine runs: the clock starts at ×1 (the user's last speed after that). */
const library = switchableLibrary(diskScenarioLibrary());
const sessionOptions = {
  scenarios: library.library,
  autoRun: true,
  onInternalError: (error: unknown, context: string) => console.error(`oobe-sim: ${context}:`, error),
};
/**
 * A device session. The first has no tenant given: its device's tenant becomes the app's one live
 * tenant (docs/ARCHITECTURE.md "One tenant per app instance"); every later window passes it, so
 * all devices of the app share one organization and an admin change from any window is seen by all.
 */
function newSession(tenant?: Tenant): Session {
  return new Session(createDevice(DEFAULT_DEVICE_SETUP, tenant ? { tenant } : {}), {
    scenarios: library.library,
    autoRun: true,
    onInternalError: (error, context) => console.error(`oobe-sim: ${context}:`, error),
    ...(tenant ? { tenant } : {}),
  });
}

if (!app.requestSingleInstanceLock()) {
  // A second launch focuses the first window instead (File → New device window opens more devices).
  app.quit();
} else {
  const session = newSession();
  // The class (issue 13): the trainer's "Hand out" opens a device window per exercise.
  const classroom: Classroom = new Classroom({
    primary: session,
    sessionOptions,
    urlOf: (id) => `device:${id}`,
    onHandedOut: (id, trainee) => {
      openAppWindow(bridge, trainee, {
        title: `OOBE Simulator — trainee device ${id}`,
        onClosed: () => classroom.remove(id),
      });
      return true;
    },
  });
  const bridge = createIpcBridge({ hooksFor: (s) => (s === session ? { classroom: classroom.handle } : {}) });
  const pack = packArgument(process.argv.slice(1));
  const others = new Set<Session>();
  const files = deviceFiles(session);
  let mainWindow: BrowserWindow | null = null;
  // Double-clicked files (installers' file associations) open in the first device; those that
  // arrive before the window exists (launch arguments, macOS's early open-file) wait for it.
  const waiting = openedFilePaths(process.argv.slice(1), process.cwd());
  const openFiles = (paths: string[]): void => {
    if (mainWindow === null) {
      waiting.push(...paths);
      return;
    }
    for (const path of paths) {
      if (path.toLowerCase().endsWith('.oobe-device')) {
        void files.open(path);
        continue;
      }
      void openFileInSession(session, path).then((outcome) => {
        if (!outcome.ok) dialog.showErrorBox('OOBE Simulator could not open a file', outcome.message);
      });
    }
  };

  const openMainWindow = (): void => {
    mainWindow = openAppWindow(bridge, session, { onClosed: () => (mainWindow = null) });
    openFiles(waiting.splice(0));
  };
  // Another device beside the first: its own session, gone with its window.
  const openDeviceWindow = (): void => {
    const other = newSession(session.tenant ?? undefined);
    others.add(other);
    openAppWindow(bridge, other, {
      title: `OOBE Simulator — device ${others.size + 1}`,
      onClosed: () => {
        other.dispose();
        others.delete(other);
      },
    });
  };

  // The trainer console: one window at a time, on the first device's session (a second client of it).
  let trainerWindow: BrowserWindow | null = null;
  const openTrainerConsole = (): void => {
    if (trainerWindow) return trainerWindow.focus();
    trainerWindow = openAppWindow(bridge, session, {
      title: 'OOBE Simulator — trainer console',
      view: 'trainer',
      onClosed: () => (trainerWindow = null),
    });
  };

  // The lab: one window at a time, on the first device's session (its runs never touch that device).
  let labWindow: BrowserWindow | null = null;
  const openLab = (): void => {
    if (labWindow) return labWindow.focus();
    labWindow = openAppWindow(bridge, session, {
      title: 'OOBE Simulator — lab',
      view: 'lab',
      onClosed: () => (labWindow = null),
    });
  };

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
    openFiles(openedFilePaths(argv, workingDirectory));
  });
  // macOS hands a double-clicked file to the running app (or the launching one) as open-file.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFiles([path]);
  });
  app.on('window-all-closed', () => app.quit());
  // The last autosave lands before the app goes.
  let saved = false;
  app.on('before-quit', (event) => {
    if (saved) return;
    event.preventDefault();
    void files.stop().finally(() => {
      saved = true;
      app.quit();
    });
  });
  app.on('will-quit', () => {
    bridge.dispose();
    for (const other of others) other.dispose();
    classroom.dispose();
    session.dispose();
  });
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) openMainWindow();
  });

  void app.whenReady().then(() => {
    denyPermissions();
    serveRenderer(RENDERER_DIR);
    installAppMenu({
      newDeviceWindow: openDeviceWindow,
      trainerConsole: openTrainerConsole,
      lab: openLab,
      openDevice: () => void files.openWithDialog(),
      openExercisePack: () => void openPackWithDialog(library.use),
      saveDeviceAs: () => void files.saveAs(),
    });
    if (pack !== null) openPack(pack, library.use);
    openMainWindow();
  });
}
