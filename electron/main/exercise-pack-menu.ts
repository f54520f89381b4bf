import { dialog } from 'electron';
import { loadExercisePack, packScenarioLibrary } from '../scenarios/exercise-pack';
import type { ScenarioLibrary } from '../runtime/scenario-library';

/**
 * File → "Open exercise pack…" and `--pack PATH` on the command line: the pack (a folder or .zip)
 * becomes the library of every device, as `npm run web -- --pack` does. Problems are shown by file
 * and JSON path; the library stays as it was.
 */
export function openPack(path: string, use: (library: ScenarioLibrary) => void): void {
  const opened = loadExercisePack(path);
  if (!opened.ok) {
    const lines = opened.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`).join('\n');
    dialog.showErrorBox('OOBE Simulator could not open the exercise pack', `${path}\n\n${lines}`);
    return;
  }
  use(packScenarioLibrary(opened.pack));
}

export async function openPackWithDialog(use: (library: ScenarioLibrary) => void): Promise<void> {
  const folder = process.platform === 'darwin' ? ['openDirectory' as const] : [];
  const picked = await dialog.showOpenDialog({
    title: 'Open exercise pack',
    // Windows and Linux cannot offer folders and files in one dialog: a zip there, a folder by typing its path.
    properties: ['openFile', ...folder],
    filters: [{ name: 'Exercise pack (.zip)', extensions: ['zip'] }],
  });
  if (!picked.canceled && picked.filePaths[0]) openPack(picked.filePaths[0], use);
}

/** The `--pack PATH` (or `--pack=PATH`) launch argument, or null. */
export function packArgument(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--pack') return argv[i + 1] ?? null;
    if (arg.startsWith('--pack=')) return arg.slice('--pack='.length);
  }
  return null;
}
