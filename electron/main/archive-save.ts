import { writeFile } from 'node:fs/promises';
import { dialog, type BrowserWindow } from 'electron';
import { archiveSaveOptions } from '../../shared/archive-save';

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
