/**
 * The sandboxed preload: exposes exactly `window.oobeSim = { invoke, subscribe, saveArchive }` and nothing of
 * ipcRenderer itself, so page code can only send the one channel main listens on. Sandboxed
 * preloads cannot require other files, so this file imports nothing at run time but `electron`
 * (the type imports vanish); vite.electron.config.ts checks the bundle stays self-contained.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ReplyEnvelope } from '../runtime/dispatcher';

/** Channel names, mirrored in electron/main/ipc.ts. */
const INVOKE_CHANNEL = 'oobe-sim:invoke';
const EVENT_CHANNEL = 'oobe-sim:event';
const SAVE_ARCHIVE_CHANNEL = 'oobe-sim:save-archive';

type Callback = (payload: unknown) => void;
const callbacks = new Map<string, Set<Callback>>();

// One IPC listener for every subscription: the page never gets an IpcRendererEvent (whose
// `sender` is ipcRenderer) and can't pile up listeners on the channel.
ipcRenderer.on(EVENT_CHANNEL, (_event: IpcRendererEvent, envelope: unknown) => {
  if (typeof envelope !== 'object' || envelope === null) return;
  const { name, payload } = envelope as { name?: unknown; payload?: unknown };
  if (typeof name !== 'string') return;
  for (const callback of [...(callbacks.get(name) ?? [])]) {
    try {
      callback(payload);
    } catch (error) {
      console.error(`oobeSim subscriber of "${name}" threw`, error);
    }
  }
});

const bridge = {
  /** Sends one command; resolves to the dispatcher's reply envelope (`res` or `err`). */
  invoke(name: string, payload: unknown): Promise<ReplyEnvelope> {
    return ipcRenderer.invoke(INVOKE_CHANNEL, String(name), payload) as Promise<ReplyEnvelope>;
  },
  /** Calls `callback` with the payload of every event `name`; returns the unsubscribe function. */
  subscribe(name: string, callback: Callback): () => void {
    if (typeof callback !== 'function') throw new TypeError('oobeSim.subscribe needs a callback');
    const key = String(name);
    const set = callbacks.get(key) ?? new Set<Callback>();
    callbacks.set(key, set);
    set.add(callback);
    return () => {
      set.delete(callback);
    };
  },
  /** Asks main to save an archive the device wrote where the user chooses; resolves to the path, or null. */
  saveArchive(windowsPath: string): Promise<string | null> {
    return ipcRenderer.invoke(SAVE_ARCHIVE_CHANNEL, String(windowsPath)) as Promise<string | null>;
  },
};

/** The bridge's type, checked against renderer/client's `OobeSimBridge` by the contract tests. */
export type PreloadBridge = typeof bridge;

contextBridge.exposeInMainWorld('oobeSim', bridge);
