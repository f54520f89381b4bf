import { copyFile, open, rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Where the previous save of `path` is kept. */
export const backupPathOf = (path: string): string => `${path}.bak`;

let counter = 0;

/**
 * Writes `text` to `path` so that a crash or power cut at any moment leaves either the old file or
 * the new one, never half of one: the text goes to a temp file beside it, is flushed to disk, and
 * only then renamed over `path` (a rename within a folder is atomic). The file it replaces is kept
 * as `<path>.bak` first, so one bad save never costs the last good one (`backup: false` when the
 * file being replaced is known to be damaged, so it does not overwrite a good backup).
 */
export async function writeFileAtomic(path: string, text: string, { backup = true } = {}): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (backup && existsSync(path)) await copyFile(path, backupPathOf(path));
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(dirname(path));
}

/** Flushes the folder entry too (POSIX), so the rename itself survives a power cut. Windows cannot open folders: skipped. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems refuse fsync on a folder; the file itself is already flushed.
  }
}
