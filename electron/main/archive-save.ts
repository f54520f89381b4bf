import { writeFile } from 'node:fs/promises';
import { dialog, type BrowserWindow } from 'electron';
import { archiveSaveOptions } from '../../shared/archive-save';
import type { CommandResult } from '../../shared/contract';
import type { Session } from '../runtime/session';

/**
 * Saves an archive the device wrote where the user chooses (the desktop app's counterpart of the
 * browser download and of `oobe-sim exec --archive-out`). Resolves to the path written, or null
 * when the user cancels.
 */
export async function saveArchiveWithDialog(
  window: BrowserWindow,
  archive: { windowsPath: string; bytes: Uint8Array },
): Promise<string | null> {
  const { title, defaultPath, filters } = archiveSaveOptions(archive.windowsPath);
  const { canceled, filePath } = await dialog.showSaveDialog(window, { title, defaultPath, filters });
  if (canceled || !filePath) return null;
  await writeFile(filePath, archive.bytes);
  return filePath;
}

/**
 * The save-archive IPC request: `windowsPath` comes from the page, so it goes through the contract's
 * `archive.read` (zod-validated, and only archives the device itself wrote can be read) before
 * the dialog opens. A bad path rejects with the dispatcher's message.
 */
export async function saveArchiveFromDevice(
  window: BrowserWindow,
  session: Session,
  windowsPath: unknown,
): Promise<string | null> {
  const reply = session.handle({ kind: 'req', id: 0, name: 'archive.read', payload: { path: windowsPath } });
  if (reply.kind !== 'res') throw new Error(`oobe-sim: cannot save ${String(windowsPath)}: ${reply.error.message}`);
  const { path, base64 } = reply.payload as CommandResult<'archive.read'>;
  return saveArchiveWithDialog(window, { windowsPath: path, bytes: Buffer.from(base64, 'base64') });
}
