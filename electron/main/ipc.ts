import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { ReadyGate } from '../runtime/ready-gate';
import type { EventEnvelope, Session } from '../runtime/session';
import { APP_HOST, APP_SCHEME } from './app-protocol';

/** Channel names, mirrored in electron/preload/preload.ts. */
export const INVOKE_CHANNEL = 'oobe-sim:invoke';
export const EVENT_CHANNEL = 'oobe-sim:event';

/**
 * Wires one window to the session: commands come in on one invoke channel and go through the
 * same dispatcher as every other transport; events go out on one channel, held back until the
 * renderer has subscribed (`renderer.ready`) and again while it reloads. Returns the teardown.
 */
export function connectWindow(mainWindow: BrowserWindow, session: Session): () => void {
  const contents = mainWindow.webContents;
  const gate = new ReadyGate<EventEnvelope>((event) => {
    if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
  });
  const detach = session.subscribe((event) => gate.push(event));

  // A new document in the main frame is a new renderer that has not subscribed yet.
  contents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) gate.close();
  });
  contents.on('render-process-gone', () => gate.close());

  let nextId = 0;
  ipcMain.handle(INVOKE_CHANNEL, (event: IpcMainInvokeEvent, name: unknown, payload: unknown) => {
    // Only our window's own top frame, showing our own page, may drive the device.
    if (!fromOurPage(event, mainWindow)) throw new Error('oobe-sim: request from an unknown sender dropped');
    return session.handle({ kind: 'req', id: nextId++, name, payload }, { onRendererReady: () => gate.open() });
  });

  return () => {
    ipcMain.removeHandler(INVOKE_CHANNEL);
    detach();
  };
}

function fromOurPage(event: IpcMainInvokeEvent, mainWindow: BrowserWindow): boolean {
  if (mainWindow.isDestroyed() || event.sender !== mainWindow.webContents) return false;
  const frame = event.senderFrame;
  if (frame === null || frame !== event.sender.mainFrame) return false;
  try {
    const url = new URL(frame.url);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}
