import type { ContractError } from '../../shared/contract';

/** What `window.oobeSim.invoke` resolves to: the dispatcher's reply envelope. */
export type OobeSimReply =
  | { kind: 'res'; id: number; name: string; payload: unknown }
  | { kind: 'err'; id: number; name: string; error: ContractError };

/**
 * The bridge the Electron preload exposes (electron/preload/preload.ts): exactly these
 * functions, never ipcRenderer. Absent in a plain browser, where the WebSocket client is used.
 */
export interface OobeSimBridge {
  invoke(name: string, payload: unknown): Promise<OobeSimReply>;
  subscribe(name: string, callback: (payload: unknown) => void): () => void;
  /**
   * The desktop app's save dialog for an archive the device wrote (by its Windows path): resolves
   * to the host path written, or null when the user cancels. Optional: older preloads lack it.
   */
  saveArchive?: (windowsPath: string) => Promise<string | null>;
}

declare global {
  interface Window {
    oobeSim?: OobeSimBridge;
  }
}
