import { describe, expect, it } from 'vitest';
import { archiveSaveOptions } from '../../shared/archive-save';

describe("the desktop app's save dialog for collected logs", () => {
  it('suggests the Windows file name with a filter for its kind', () => {
    expect(archiveSaveOptions('C:\\temp\\diag.cab')).toEqual({
      title: 'Save collected logs',
      defaultPath: 'diag.cab',
      filters: [{ name: 'Cabinet files', extensions: ['cab'] }],
    });
    expect(archiveSaveOptions('D:\\MDMDiagReport.zip').filters).toEqual([
      { name: 'Compressed (zipped) folders', extensions: ['zip'] },
    ]);
  });

  it('never suggests a name the host file system refuses', () => {
    expect(archiveSaveOptions('C:\\x\\a:b?.zip').defaultPath).toBe('a_b_.zip');
    expect(archiveSaveOptions('').defaultPath).toBe('logs.zip');
  });
});
