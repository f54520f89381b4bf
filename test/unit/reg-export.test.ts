import { describe, it, expect } from 'vitest';
import { createKey, createRegistry, NOT_FOUND_MESSAGE, RegistryError, setValue } from '../../electron/core/os/registry';
import { encodeRegFile, exportKey, formatRegValue } from '../../electron/core/os/reg-export';

/** Joins hand-written lines with CRLF, as regedit writes them. */
const crlf = (...lines: string[]): string => lines.join('\r\n');

describe('exportKey', () => {
  it('writes the Autopilot diagnostics key exactly as regedit does', () => {
    const reg = createRegistry();
    const key = 'HKLM\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot';
    setValue(reg, key, 'CloudAssignedTenantDomain', { type: 'REG_SZ', data: 'contoso.onmicrosoft.com' });
    setValue(reg, key, 'CloudAssignedTenantId', { type: 'REG_SZ', data: '5f1c7a3e-2b8d-4c6a-9e0f-3d2a1b4c5e6f' });
    setValue(reg, key, 'TenantMatched', { type: 'REG_DWORD', data: 1 });
    setValue(reg, key, 'CloudAssignedOobeConfig', { type: 'REG_DWORD', data: 28 });
    createKey(reg, `${key}\\EstablishedCorrelations`);

    expect(exportKey(reg, 'hklm:\\software\\microsoft\\provisioning\\diagnostics\\autopilot\\')).toBe(
      crlf(
        'Windows Registry Editor Version 5.00',
        '',
        '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot]',
        '"CloudAssignedTenantDomain"="contoso.onmicrosoft.com"',
        '"CloudAssignedTenantId"="5f1c7a3e-2b8d-4c6a-9e0f-3d2a1b4c5e6f"',
        '"TenantMatched"=dword:00000001',
        '"CloudAssignedOobeConfig"=dword:0000001c',
        '',
        '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot\\EstablishedCorrelations]',
        '',
        '',
      ),
    );
  });

  it('matches the native export Wine’s tests check against Windows (escapes, wrapping, order)', () => {
    const reg = createRegistry();
    const base = 'HKCU\\Software\\Wine\\reg_test';
    setValue(reg, base, 'DWORD', { type: 'REG_DWORD', data: 0x100 });
    setValue(reg, base, 'String', { type: 'REG_SZ', data: 'Your text here...' });
    setValue(reg, `${base}\\Subkey4`, '', { type: 'REG_DWORD', data: 0x12345678 });
    setValue(reg, `${base}\\Subkey3a\\Subkey3b\\Subkey3c`, 'String expansion', {
      type: 'REG_EXPAND_SZ',
      data: '%HOME%\\%PATH%',
    });
    setValue(reg, `${base}\\Subkey3a`, 'Backslash', { type: 'REG_SZ', data: 'Use \\\\ to escape a backslash' });
    setValue(reg, `${base}\\Subkey2a\\Subkey2b`, '', { type: 'REG_SZ', data: 'Default value name' });
    setValue(reg, `${base}\\Subkey2a\\Subkey2b`, 'Multiple strings', {
      type: 'REG_MULTI_SZ',
      data: ['Line1', 'Line2', 'Line3'],
    });
    setValue(reg, `${base}\\Subkey2a`, 'double"quote', { type: 'REG_SZ', data: '"Hello, World!"' });
    setValue(reg, `${base}\\Subkey2a`, "single'quote", { type: 'REG_DWORD', data: 8 });
    setValue(reg, `${base}\\Subkey1`, 'Binary', { type: 'REG_BINARY', data: '11223344' });

    expect(exportKey(reg, base)).toBe(
      crlf(
        'Windows Registry Editor Version 5.00',
        '',
        '[HKEY_CURRENT_USER\\Software\\Wine\\reg_test]',
        '"DWORD"=dword:00000100',
        '"String"="Your text here..."',
        '',
        '[HKEY_CURRENT_USER\\Software\\Wine\\reg_test\\Subkey1]',
        '"Binary"=hex:11,22,33,44',
        '',
        '[HKEY_CURRENT_USER\\Software\\Wine\\reg_test\\Subkey2a]',
        '"double\\"quote"="\\"Hello, World!\\""',
        '"single\'quote"=dword:00000008',
        '',
        '[HKEY_CURRENT_USER\\Software\\Wine\\reg_test\\Subkey2a\\Subkey2b]',
        '@="Default value name"',
        '"Multiple strings"=hex(7):4c,00,69,00,6e,00,65,00,31,00,00,00,4c,00,69,00,6e,\\',
        '  00,65,00,32,00,00,00,4c,00,69,00,6e,00,65,00,33,00,00,00,00,00',
        '',
        '[HKEY_CURRENT_USER\\Software\\Wine\\reg_test\\Subkey3a]',
        '"Backslash"="Use \\\\\\\\ to escape a backslash"',
        '',
        '[HKEY_CURRENT_USER\\Software\\Wine\\reg_test\\Subkey3a\\Subkey3b]',
        '',
        '[HKEY_CURRENT_USER\\Software\\Wine\\reg_test\\Subkey3a\\Subkey3b\\Subkey3c]',
        '"String expansion"=hex(2):25,00,48,00,4f,00,4d,00,45,00,25,00,5c,00,25,00,50,\\',
        '  00,41,00,54,00,48,00,25,00,00,00',
        '',
        '[HKEY_CURRENT_USER\\Software\\Wine\\reg_test\\Subkey4]',
        '@=dword:12345678',
        '',
        '',
      ),
    );
  });

  it('throws Windows’ text for a missing key', () => {
    const reg = createRegistry();
    expect(() => exportKey(reg, 'HKLM\\SOFTWARE\\Nope')).toThrow(RegistryError);
    expect(() => exportKey(reg, 'HKLM\\SOFTWARE\\Nope')).toThrow(NOT_FOUND_MESSAGE);
    expect(NOT_FOUND_MESSAGE).toBe('The system was unable to find the specified registry key or value.');
  });
});

describe('formatRegValue', () => {
  it('writes each type in regedit’s notation', () => {
    expect(formatRegValue('S', { type: 'REG_SZ', data: 'C:\\Windows "x"' })).toBe('"S"="C:\\\\Windows \\"x\\""');
    expect(formatRegValue('E', { type: 'REG_SZ', data: '' })).toBe('"E"=""');
    expect(formatRegValue('D', { type: 'REG_DWORD', data: 0xffffffff })).toBe('"D"=dword:ffffffff');
    expect(formatRegValue('D', { type: 'REG_DWORD', data: 0 })).toBe('"D"=dword:00000000');
    expect(formatRegValue('Q', { type: 'REG_QWORD', data: '1234605616436508552' })).toBe(
      '"Q"=hex(b):88,77,66,55,44,33,22,11',
    );
    expect(formatRegValue('X', { type: 'REG_EXPAND_SZ', data: 'A' })).toBe('"X"=hex(2):41,00,00,00');
    expect(formatRegValue('X', { type: 'REG_EXPAND_SZ', data: '' })).toBe('"X"=hex(2):00,00');
    expect(formatRegValue('M', { type: 'REG_MULTI_SZ', data: ['a', 'b'] })).toBe(
      '"M"=hex(7):61,00,00,00,62,00,00,00,00,00',
    );
    expect(formatRegValue('M', { type: 'REG_MULTI_SZ', data: [] })).toBe('"M"=hex(7):00,00');
    expect(formatRegValue('B', { type: 'REG_BINARY', data: '' })).toBe('"B"=hex:');
    expect(formatRegValue('', { type: 'REG_BINARY', data: '00ff' })).toBe('@=hex:00,ff');
    expect(formatRegValue('', { type: 'REG_SZ', data: 'x' })).toBe('@="x"');
  });

  it('wraps long hex data at regedit’s column: 80 characters at most, continuation lines indented by two', () => {
    const bytes = Array.from({ length: 60 }, (_, i) => i.toString(16).padStart(2, '0')).join('');
    expect(formatRegValue('Bin', { type: 'REG_BINARY', data: bytes })).toBe(
      crlf(
        '"Bin"=hex:00,01,02,03,04,05,06,07,08,09,0a,0b,0c,0d,0e,0f,10,11,12,13,14,15,16,\\',
        '  17,18,19,1a,1b,1c,1d,1e,1f,20,21,22,23,24,25,26,27,28,29,2a,2b,2c,2d,2e,2f,\\',
        '  30,31,32,33,34,35,36,37,38,39,3a,3b',
      ),
    );
  });

  it('breaks after the first byte when the name alone fills the line, as regedit does', () => {
    const name = 'x'.repeat(80);
    expect(formatRegValue(name, { type: 'REG_BINARY', data: '0102' })).toBe(crlf(`"${name}"=hex:01,\\`, '  02'));
  });

  it('keeps every line of a long REG_MULTI_SZ within 80 characters', () => {
    const text = formatRegValue('Paths', {
      type: 'REG_MULTI_SZ',
      data: ['C:\\Windows\\System32', 'C:\\Program Files\\Microsoft Intune Management Extension', 'C:\\ProgramData'],
    });
    const lines = text.split('\r\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    for (const line of lines.slice(0, -1)) expect(line.endsWith(',\\')).toBe(true);
    for (const line of lines.slice(1)) expect(line.startsWith('  ')).toBe(true);
  });
});

describe('encodeRegFile', () => {
  it('writes UTF-16LE with a byte-order mark', () => {
    const bytes = encodeRegFile('Wi\r\n');
    expect(Array.from(bytes)).toEqual([0xff, 0xfe, 0x57, 0x00, 0x69, 0x00, 0x0d, 0x00, 0x0a, 0x00]);
  });
});
