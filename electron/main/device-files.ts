import { dialog } from 'electron';
import { startAutosave, type Autosave } from '../files/autosave';
import { saveDeviceFile } from '../files/device-file';
import { openDeviceWithBackup } from '../files/open-with-backup';
import type { Session } from '../runtime/session';

const FILTERS = [{ name: 'OOBE Simulator saved device', extensions: ['oobe-device'] }];

export interface DeviceFiles {
  /** Opens a saved device (double-click, File → Open device…), offering the backup when it is damaged. */
  open(path: string): Promise<void>;
  /** File → Open device…: asks for the file. */
  openWithDialog(): Promise<void>;
  /** File → Save device as…: asks where, saves, and autosaves there from then on. */
  saveAs(): Promise<void>;
  /** A last save before quitting. */
  stop(): Promise<void>;
}

/**
 * The first device's file on disk. Once the device has a file (opened from one or saved to one)
 * it is autosaved there; the dialogs are the only Electron part, the rest is electron/files.
 */
export function deviceFiles(session: Session): DeviceFiles {
  let autosave: Autosave | null = null;
  const bind = async (path: string, text: string) => {
    await autosave?.stop();
    autosave = startAutosave(session, path, text, {
      onError: (error) => console.error(`oobe-sim: autosave to ${path} failed:`, error),
    });
  };
  const offerBackup = async (message: string) =>
    (
      await dialog.showMessageBox({
        type: 'warning',
        title: 'OOBE Simulator',
        message: 'This saved device cannot be opened',
        detail: message,
        buttons: ['Open the backup', 'Cancel'],
        defaultId: 0,
        cancelId: 1,
      })
    ).response === 0;
  const report = (message: string) => dialog.showErrorBox('OOBE Simulator could not open a saved device', message);

  const open = async (path: string) => {
    const opened = await openDeviceWithBackup(session, path, offerBackup, report);
    if (opened) await bind(opened.path, opened.text);
  };
  return {
    open,
    async openWithDialog() {
      const { canceled, filePaths } = await dialog.showOpenDialog({ properties: ['openFile'], filters: FILTERS });
      if (!canceled && filePaths[0]) await open(filePaths[0]);
    },
    async saveAs() {
      const { canceled, filePath } = await dialog.showSaveDialog({ filters: FILTERS });
      if (canceled || !filePath) return;
      try {
        await bind(filePath, await saveDeviceFile(session, filePath));
      } catch (error) {
        dialog.showErrorBox('OOBE Simulator could not save the device', `${filePath}: ${String(error)}`);
      }
    },
    async stop() {
      await autosave?.stop();
    },
  };
}
