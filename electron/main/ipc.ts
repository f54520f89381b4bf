import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { DispatchHooks } from '../runtime/dispatcher';
import { ReadyGate } from '../runtime/ready-gate';
import type { EventEnvelope, Session } from '../runtime/session';
import { APP_HOST, APP_SCHEME } from './app-protocol';
import { saveArchiveFromDevice } from './archive-save';

/** Channel names, mirrored in electron/preload/preload.ts. */
export const INVOKE_CHANNEL = 'oobe-sim:invoke';
export const EVENT_CHANNEL = 'oobe-sim:event';
export const SAVE_ARCHIVE_CHANNEL = 'oobe-sim:save-archive';

/** One window of ours and the session it drives (several windows may share one, e.g. a trainer console). */
interface Connection {
  window: BrowserWindow;
  session: Session;
  gate: ReadyGate<EventEnvelope>;
  nextId: number;
}

/** The IPC bridge for any number of windows: `connect` each one; the returned function disconnects it. */
export interface IpcBridge {
  connect(window: BrowserWindow, session: Session): () => void;
  /** Disconnects every window and removes the invoke handler (app quit). */
  dispose(): void;
}

/**
 * Wires windows to sessions: commands come in on one invoke channel and go through the same
 * dispatcher as every other transport, to the session of the window that sent them; events go out
 * on one channel per window, held back until its renderer has subscribed (`renderer.ready`) and
 * again while it reloads. A request from any other sender (a window not connected, a subframe, a
 * page that is not ours) is dropped.
 */
export function createIpcBridge(
  options: {
    /** Host commands a session's windows may use (the first device's `class.*`). */
    hooksFor?: (session: Session) => DispatchHooks;
  } = {},
): IpcBridge {
  const connections = new Map<WebContents, Connection>();
  const detachers = new Map<WebContents, () => void>();

  ipcMain.handle(INVOKE_CHANNEL, (event: IpcMainInvokeEvent, name: unknown, payload: unknown) => {
    const connection = connections.get(event.sender);
    if (!connection || !fromOurPage(event, connection.window))
      throw new Error('oobe-sim: request from an unknown sender dropped');
    const id = connection.nextId++;
    return connection.session.handle(
      { kind: 'req', id, name, payload },
      { ...options.hooksFor?.(connection.session), onRendererReady: () => connection.gate.open() },
    );
  });

  // Collect logs in the desktop app: the page names an archive; its bytes come from the device itself.
  ipcMain.handle(SAVE_ARCHIVE_CHANNEL, (event: IpcMainInvokeEvent, windowsPath: unknown) => {
    const connection = connections.get(event.sender);
    if (!connection || !fromOurPage(event, connection.window))
      throw new Error('oobe-sim: request from an unknown sender dropped');
    return saveArchiveFromDevice(connection.window, connection.session, windowsPath);
  });

  const disconnect = (contents: WebContents) => {
    detachers.get(contents)?.();
    detachers.delete(contents);
    connections.delete(contents);
  };

  return {
    connect(window, session) {
      const contents = window.webContents;
      disconnect(contents);
      const gate = new ReadyGate<EventEnvelope>((event) => {
        if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
      });
      connections.set(contents, { window, session, gate, nextId: 0 });
      detachers.set(
        contents,
        session.subscribe((event) => gate.push(event)),
      );
      // A new document in the main frame is a new renderer that has not subscribed yet.
      contents.on('did-start-navigation', (details) => {
        if (details.isMainFrame && !details.isSameDocument) gate.close();
      });
      contents.on('render-process-gone', () => gate.close());
      return () => disconnect(contents);
    },
    dispose() {
      for (const contents of [...connections.keys()]) disconnect(contents);
      ipcMain.removeHandler(INVOKE_CHANNEL);
      ipcMain.removeHandler(SAVE_ARCHIVE_CHANNEL);
    },
  };
}

/** Only the window's own top frame, showing our own page, may drive its device. */
function fromOurPage(event: IpcMainInvokeEvent, window: BrowserWindow): boolean {
  if (window.isDestroyed() || event.sender !== window.webContents) return false;
  const frame = event.senderFrame;
  if (frame === null || frame !== event.sender.mainFrame) return false;
  try {
    const url = new URL(frame.url);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}
