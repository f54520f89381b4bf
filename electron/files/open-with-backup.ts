import type { Session } from '../runtime/session';
import { writeFileAtomic } from './atomic-write';
import { openDeviceFile, openProblemMessage } from './device-file';

/**
 * Opens a saved device; when it will not open and a backup exists, asks (`offerBackup`, given the
 * message naming the problem) and opens the backup instead, copying it back over the damaged file
 * (the backup itself stays as it is). Returns the file now holding the running device and its text
 * (for autosave), or null with `report` told why.
 */
export async function openDeviceWithBackup(
  session: Session,
  path: string,
  offerBackup: (message: string) => Promise<boolean>,
  report: (message: string) => void,
): Promise<{ path: string; text: string } | null> {
  const first = await openDeviceFile(session, path);
  if (first.ok) return { path, text: first.text };
  if (!first.backup) {
    report(openProblemMessage(first));
    return null;
  }
  if (!(await offerBackup(openProblemMessage(first)))) return null;
  const backup = first.backup;
  const second = await openDeviceFile(session, backup);
  if (second.ok) {
    await writeFileAtomic(path, second.text, { backup: false });
    return { path, text: second.text };
  }
  report(second.problem);
  return null;
}
