/**
 * What the desktop app's save dialog offers for an archive the device wrote (Collect logs,
 * mdmdiagnosticstool, Export logs): the Windows file name as the suggestion and one filter for its
 * kind. Pure, so the Electron part (electron/main/archive-save.ts) stays a thin dialog call and
 * this is unit-tested without Electron.
 */
export interface ArchiveSaveOptions {
  title: string;
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
}

/** `C:\Users\Public\Documents\MDMDiagnostics\DeviceEnrollmentLogs.cab` → options for that file. */
export function archiveSaveOptions(windowsPath: string): ArchiveSaveOptions {
  const name = windowsPath.split(/[\\/]/).pop() || 'logs.zip';
  const safe = [...name].map((c) => (c < ' ' || `<>:"|?*`.includes(c) ? '_' : c)).join('');
  const cab = /\.cab$/i.test(safe);
  return {
    title: 'Save collected logs',
    defaultPath: safe,
    filters: cab
      ? [{ name: 'Cabinet files', extensions: ['cab'] }]
      : [{ name: 'Compressed (zipped) folders', extensions: ['zip'] }],
  };
}
