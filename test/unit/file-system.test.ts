import { describe, it, expect } from 'vitest';
import {
  addDrive,
  appendFile,
  createDirectory,
  createFileSystem,
  deletePath,
  exists,
  expandEnvironment,
  FileSystemError,
  listDirectory,
  normalizePath,
  readFile,
  resolvePath,
  setEnvironmentVariable,
  writeFile,
} from '../../electron/core/os/file-system';

describe('file system', () => {
  it('starts with the standard folders', () => {
    const fs = createFileSystem();
    for (const p of [
      'C:\\Windows\\System32',
      'C:\\Windows\\Panther',
      'C:\\Windows\\Logs',
      'C:\\Windows\\Temp',
      'C:\\ProgramData',
      'C:\\Users\\Public\\Documents',
    ]) {
      expect(exists(fs, p)).toBe(true);
    }
    expect(listDirectory(fs, 'C:\\').map((e) => e.name)).toEqual([
      'Program Files',
      'Program Files (x86)',
      'ProgramData',
      'Users',
      'Windows',
    ]);
  });

  it('is case-insensitive, keeps the stored case, and takes / for \\', () => {
    const fs = createFileSystem();
    expect(exists(fs, 'c:/windows/PANTHER')).toBe(true);
    expect(resolvePath(fs, 'c:/windows/panther/')).toBe('C:\\Windows\\Panther');
    writeFile(fs, 'C:\\HWID\\AutopilotHWID.csv', 'x', 10);
    expect(readFile(fs, 'c:\\hwid\\autopilothwid.CSV')).toBe('x');
    expect(resolvePath(fs, 'C:/hwid/autopilothwid.csv')).toBe('C:\\HWID\\AutopilotHWID.csv');
    expect(normalizePath(fs, 'c:/Windows//Temp/./x/../y.log')).toBe('C:\\Windows\\Temp\\y.log');
    expect(normalizePath(fs, 'c:')).toBe('C:\\');
  });

  it('expands environment variables as the OOBE SYSTEM context has them', () => {
    const fs = createFileSystem();
    expect(expandEnvironment(fs, '%temp%\\autopilot-logs.cab')).toBe('C:\\WINDOWS\\TEMP\\autopilot-logs.cab');
    expect(expandEnvironment(fs, '%SystemRoot%|%WINDIR%|%ProgramData%|%SystemDrive%')).toBe(
      'C:\\WINDOWS|C:\\WINDOWS|C:\\ProgramData|C:',
    );
    expect(expandEnvironment(fs, '%NOPE%\\x')).toBe('%NOPE%\\x');
    writeFile(fs, '%windir%\\ccmsetup\\Logs\\ccmsetup.log', '<![LOG[...]LOG]!>', 5);
    // The existing folder keeps its own spelling, whatever the variable's case.
    expect(resolvePath(fs, 'C:\\Windows\\ccmsetup\\Logs\\ccmsetup.log')).toBe(
      'C:\\Windows\\ccmsetup\\Logs\\ccmsetup.log',
    );
    writeFile(fs, '%TEMP%\\autopilot-logs.cab', 'cab', 6);
    expect(listDirectory(fs, 'C:\\Windows\\Temp').map((e) => e.name)).toEqual(['autopilot-logs.cab']);
    setEnvironmentVariable(fs, 'temp', 'C:\\Users\\defaultuser0\\AppData\\Local\\Temp');
    expect(expandEnvironment(fs, '%TEMP%')).toBe('C:\\Users\\defaultuser0\\AppData\\Local\\Temp');
    setEnvironmentVariable(fs, 'TEMP', null);
    expect(expandEnvironment(fs, '%TEMP%')).toBe('%TEMP%');
  });

  it('appends, creating the file and its folders, and dates each change', () => {
    const fs = createFileSystem(0);
    appendFile(fs, 'C:\\Windows\\Panther\\UnattendGC\\setupact.log', 'one\r\n', 100);
    appendFile(fs, 'C:\\Windows\\Panther\\UnattendGC\\setupact.log', 'two\r\n', 250);
    expect(readFile(fs, 'C:\\Windows\\Panther\\UnattendGC\\setupact.log')).toBe('one\r\ntwo\r\n');
    expect(listDirectory(fs, 'C:\\Windows\\Panther')).toEqual([
      { name: 'UnattendGC', isDirectory: true, size: 0, modified: 100 },
    ]);
    expect(listDirectory(fs, 'C:\\Windows\\Panther\\UnattendGC')).toEqual([
      { name: 'setupact.log', isDirectory: false, size: 10, modified: 250 },
    ]);
  });

  it('lists in NTFS order with UTF-8 sizes', () => {
    const fs = createFileSystem();
    writeFile(fs, 'C:\\T\\b.txt', 'é', 1);
    writeFile(fs, 'C:\\T\\_z.txt', '', 2);
    writeFile(fs, 'C:\\T\\A.txt', 'abc', 3);
    createDirectory(fs, 'C:\\T\\Zed', 4);
    const entries = listDirectory(fs, 'c:\\t');
    expect(entries.map((e) => e.name)).toEqual(['A.txt', 'b.txt', 'Zed', '_z.txt']);
    expect(entries.find((e) => e.name === 'b.txt')!.size).toBe(2);
  });

  it('throws a FileSystemError naming the path for a missing file or folder', () => {
    const fs = createFileSystem();
    expect(() => readFile(fs, 'C:\\Windows\\Panther\\setupact.log')).toThrow(FileSystemError);
    try {
      readFile(fs, 'c:/windows/panther/setupact.log');
    } catch (e) {
      const err = e as FileSystemError;
      expect(err.path).toBe('C:\\windows\\panther\\setupact.log');
      expect(err.winMessage).toBe('The system cannot find the file specified.');
      expect(err.message).toContain('C:\\windows\\panther\\setupact.log');
    }
    expect(() => listDirectory(fs, 'C:\\Nope')).toThrow('The system cannot find the path specified.');
    expect(() => readFile(fs, 'C:\\Windows')).toThrow('Access is denied.');
    expect(() => writeFile(fs, 'C:\\Windows', 'x', 0)).toThrow(FileSystemError);
    expect(() => writeFile(fs, 'C:\\bad|name.txt', 'x', 0)).toThrow(
      'The filename, directory name, or volume label syntax is incorrect.',
    );
    expect(() => writeFile(fs, 'relative.txt', 'x', 0)).toThrow(FileSystemError);
    expect(() => writeFile(fs, 'E:\\logs.zip', 'x', 0)).toThrow(FileSystemError);
  });

  it('adds drives and deletes paths', () => {
    const fs = createFileSystem();
    addDrive(fs, 'e', 0);
    writeFile(fs, 'E:\\AutopilotLogs\\MDMDiagReport.html', '<html/>', 3);
    expect(exists(fs, 'e:\\autopilotlogs\\mdmdiagreport.html')).toBe(true);
    expect(deletePath(fs, 'E:\\AutopilotLogs', 9)).toBe(true);
    expect(exists(fs, 'E:\\AutopilotLogs')).toBe(false);
    expect(deletePath(fs, 'E:\\AutopilotLogs', 9)).toBe(false);
  });

  it('is plain JSON that survives a save and restore', () => {
    const fs = createFileSystem(7);
    writeFile(fs, 'C:\\Users\\Public\\Documents\\MDMDiagnostics\\MDMDiagReport.html', '<html/>', 42);
    const restored = JSON.parse(JSON.stringify(fs)) as typeof fs;
    expect(restored).toEqual(fs);
    expect(readFile(restored, 'C:\\Users\\Public\\Documents\\MDMDiagnostics\\MDMDiagReport.html')).toBe('<html/>');
  });
});
