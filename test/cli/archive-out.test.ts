import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, describe, it } from 'vitest';

/**
 * `oobe-sim exec … --archive-out DIR`: the archives the device wrote land in a host folder, and
 * they are real archives — the cab opens in cabextract, the zip in a reader written from the format
 * (not the project's writer) — holding the files mdm-collect-logs.md documents
 * (external-diagnostics.md §4, line 340).
 */
const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'oobe-archive-out-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Spawned {
  code: number;
  stdout: string;
  stderr: string;
}

function oobeSim(...args: string[]): Promise<Spawned> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['bin/oobe-sim.mjs', ...args],
      { cwd: ROOT, encoding: 'utf8' },
      (error, stdout, stderr) =>
        done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

/** The names and contents in a zip, read from its central directory (stored or deflated entries). */
function readZip(bytes: Buffer): Map<string, Buffer> {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('no end of central directory record');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i += 1) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const method = bytes.readUInt16LE(at + 10);
    const compressed = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('latin1', at + 46, at + 46 + nameLength);
    const dataAt = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const raw = bytes.subarray(dataAt, dataAt + compressed);
    files.set(name, method === 8 ? inflateRawSync(raw) : raw);
    at += 46 + nameLength + extra;
  }
  return files;
}

/** The files documented for every collection (mdm-collect-logs.md §Understanding zip structure). */
const DOCUMENTED = [
  'MDMDiagHtmlReport.html',
  'MDMDiagReport.xml',
  'MdmDiagLogMetadata.json',
  'MdmDiagReport_RegistryDump.reg',
  'MdmLogCollectorFootPrint.txt',
  'microsoft-windows-devicemanagement-enterprise-diagnostics-provider-admin.evtx.xml',
];

describe.concurrent('oobe-sim exec --archive-out', { timeout: 120_000 }, () => {
  it('copies the ESP Collect logs cab and the command zip; both open and hold the documented files', async ({
    expect,
  }) => {
    const dir = join(work, 'both', 'nested');
    const zipPath = 'C:\\Users\\Public\\Documents\\MDMDiagReport.zip';
    const { code, stdout, stderr } = await oobeSim(
      'exec',
      'user-driven-entra-win10',
      '--archive-out',
      dir,
      '--',
      'mdmdiagnosticstool.exe',
      '-area',
      'DeviceEnrollment;DeviceProvisioning;Autopilot',
      '-zip',
      zipPath,
    );
    expect(code).toBe(0);
    expect(stdout).toBe('');
    // Where each came from is said on stderr, so stdout stays the device's output.
    expect(stderr).toBe(
      `oobe-sim: copied ${zipPath} to ${join(dir, 'MDMDiagReport.zip')}\n` +
        `oobe-sim: copied D:\\MDMDiagReport.cab to ${join(dir, 'MDMDiagReport.cab')}\n`,
    );
    expect(readdirSync(dir).sort()).toEqual(['MDMDiagReport.cab', 'MDMDiagReport.zip']);

    const cab = join(dir, 'MDMDiagReport.cab');
    expect(execFileSync('cabextract', ['-t', cab], { encoding: 'utf8' })).toContain('All done, no errors.');
    const cabNames = execFileSync('cabextract', ['-l', cab], { encoding: 'utf8' });
    for (const name of [...DOCUMENTED, 'DeviceHash_']) expect(cabNames, `${name} in the cab`).toContain(name);

    const zip = readZip(readFileSync(join(dir, 'MDMDiagReport.zip')));
    const names = [...zip.keys()];
    expect(names).toEqual(expect.arrayContaining(DOCUMENTED));
    expect(names.some((n) => /^DeviceHash_DESKTOP-[A-Z0-9]+\.csv$/.test(n))).toBe(true);
    expect(zip.get('MdmDiagLogMetadata.json')?.toString('utf8')).toContain(
      'mdmdiagnosticstool.exe -area DeviceEnrollment;DeviceProvisioning;Autopilot -zip',
    );
    // The registry dump is a regedit export: UTF-16 LE with a BOM.
    const reg = zip.get('MdmDiagReport_RegistryDump.reg');
    expect(reg?.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xfe]));
    expect(reg?.toString('utf16le')).toContain('Windows Registry Editor Version 5.00');
  });

  it('names a second archive of the same name as Explorer names a copy', async ({ expect }) => {
    const dir = join(work, 'twice');
    const { code, stderr } = await oobeSim(
      'exec',
      'user-driven-entra-win10',
      '--archive-out',
      dir,
      '--',
      'mdmdiagnosticstool',
      '-area',
      'Autopilot',
      '-cab',
      'C:\\temp\\MDMDiagReport.cab',
    );
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['MDMDiagReport (2).cab', 'MDMDiagReport.cab']);
    expect(stderr).toContain(`to ${join(dir, 'MDMDiagReport (2).cab')}\n`);
    expect(execFileSync('cabextract', ['-t', join(dir, 'MDMDiagReport (2).cab')], { encoding: 'utf8' })).toContain(
      'All done, no errors.',
    );
  });

  it('says so when the device holds no archive, and keeps the command exit code', async ({ expect }) => {
    const dir = join(work, 'none');
    const { code, stdout, stderr } = await oobeSim('exec', 'first-pages-wifi', '--archive-out', dir, '--', 'hostname');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^DESKTOP-[A-Z0-9]{7}\r\n$/);
    expect(stderr).toMatch(/^oobe-sim: --archive-out: the device holds no \.cab or \.zip to copy/);
    expect(readdirSync(dir)).toEqual([]);
  });

  const file = join(work, 'a-file');
  writeFileSync(file, 'not a folder');
  const bad: [string, string[], string][] = [
    [
      'a DIR that is a file',
      ['exec', 'first-pages-wifi', '--archive-out', file, '--', 'hostname'],
      `"${file}" is a file, not a folder`,
    ],
    [
      'a DIR under a file',
      ['exec', 'first-pages-wifi', '--archive-out', join(file, 'sub'), '--', 'hostname'],
      `cannot create the folder "${join(file, 'sub')}" (ENOTDIR)`,
    ],
    ['--archive-out on run', ['run', 'first-pages-wifi', '--archive-out', work], '--archive-out belongs to exec'],
  ];
  it.for(bad)(
    '%s: exit 2, one line naming the folder, before the scenario runs',
    async ([, args, message], { expect }) => {
      const { code, stdout, stderr } = await oobeSim(...args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
      expect(stderr).toContain(`oobe-sim: `);
      expect(stderr).toContain(message);
    },
  );
});
