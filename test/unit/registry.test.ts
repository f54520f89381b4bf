import { describe, it, expect } from 'vitest';
import {
  createKey,
  createRegistry,
  deleteKey,
  deleteValue,
  getValue,
  keyExists,
  listSubkeys,
  listValues,
  normalizeKeyPath,
  NOT_FOUND_MESSAGE,
  RegistryError,
  resolveKeyPath,
  setValue,
} from '../../electron/core/os/registry';

const AUTOPILOT = 'HKLM\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot';

describe('normalizeKeyPath', () => {
  it('spells out the root key and accepts reg.exe and PowerShell forms', () => {
    const full = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft';
    expect(normalizeKeyPath('HKLM\\SOFTWARE\\Microsoft')).toBe(full);
    expect(normalizeKeyPath('HKLM:\\SOFTWARE\\Microsoft\\')).toBe(full);
    expect(normalizeKeyPath('hklm:SOFTWARE\\Microsoft')).toBe(full);
    expect(normalizeKeyPath('Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft')).toBe(full);
    expect(normalizeKeyPath('Microsoft.PowerShell.Core\\Registry::HKLM\\SOFTWARE\\Microsoft')).toBe(full);
    expect(normalizeKeyPath('hkey_local_machine\\SOFTWARE\\\\Microsoft\\\\')).toBe(full);
    expect(normalizeKeyPath('HKCU\\Software')).toBe('HKEY_CURRENT_USER\\Software');
    expect(normalizeKeyPath('HKU\\.DEFAULT')).toBe('HKEY_USERS\\.DEFAULT');
    expect(normalizeKeyPath('HKCR:\\')).toBe('HKEY_CLASSES_ROOT');
  });

  it('throws a RegistryError naming the path for an unknown root key', () => {
    expect(() => normalizeKeyPath('HKXX\\SOFTWARE')).toThrow(RegistryError);
    try {
      normalizeKeyPath('HKEY_DYN_DATA\\Foo');
    } catch (e) {
      expect((e as RegistryError).path).toBe('HKEY_DYN_DATA\\Foo');
      expect((e as RegistryError).message).toContain('HKEY_DYN_DATA\\Foo');
      expect((e as RegistryError).code).toBe('invalid-key-name');
    }
  });
});

describe('keys', () => {
  it('creates missing parents and reports each created key', () => {
    const reg = createRegistry();
    const changes = createKey(reg, 'HKLM\\SOFTWARE\\Contoso\\App');
    expect(changes).toEqual([
      { op: 'create-key', key: 'HKEY_LOCAL_MACHINE\\SOFTWARE' },
      { op: 'create-key', key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso' },
      { op: 'create-key', key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\App' },
    ]);
    expect(createKey(reg, 'hklm\\software\\contoso\\app')).toEqual([]);
  });

  it('finds keys case-insensitively and keeps the case they were created with', () => {
    const reg = createRegistry();
    createKey(reg, 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon');
    expect(keyExists(reg, 'hklm:\\software\\MICROSOFT\\windows nt\\currentversion\\WINLOGON')).toBe(true);
    expect(resolveKeyPath(reg, 'hklm\\software\\microsoft\\windows nt\\currentversion\\winlogon')).toBe(
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon',
    );
    const changes = setValue(reg, 'HKLM\\software\\microsoft\\WINDOWS NT\\currentversion\\winlogon', 'AutoAdminLogon', {
      type: 'REG_SZ',
      data: '1',
    });
    expect(changes).toEqual([
      {
        op: 'set-value',
        key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon',
        value: 'AutoAdminLogon',
      },
    ]);
    expect(keyExists(reg, 'HKLM\\SOFTWARE\\Missing')).toBe(false);
  });

  it('lists subkeys as regedit does: ordinal order of the upcased names', () => {
    const reg = createRegistry();
    for (const name of ['b', '_x', 'Zeta', 'a1', 'A']) createKey(reg, `HKCU\\Test\\${name}`);
    // '_' (0x5F) sorts after 'Z' (0x5A) once names are upcased, unlike a lowercase comparison.
    expect(listSubkeys(reg, 'HKCU\\Test')).toEqual(['A', 'a1', 'b', 'Zeta', '_x']);
  });

  it('deletes a key with its subtree, deepest keys first', () => {
    const reg = createRegistry();
    createKey(reg, 'HKLM\\SOFTWARE\\Contoso\\B\\Deep');
    createKey(reg, 'HKLM\\SOFTWARE\\Contoso\\A');
    setValue(reg, 'HKLM\\SOFTWARE\\Contoso', 'X', { type: 'REG_DWORD', data: 1 });
    expect(deleteKey(reg, 'hklm\\software\\CONTOSO')).toEqual([
      { op: 'delete-key', key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\A' },
      { op: 'delete-key', key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\B\\Deep' },
      { op: 'delete-key', key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\B' },
      { op: 'delete-key', key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso' },
    ]);
    expect(keyExists(reg, 'HKLM\\SOFTWARE\\Contoso')).toBe(false);
    expect(keyExists(reg, 'HKLM\\SOFTWARE')).toBe(true);
    expect(deleteKey(reg, 'HKLM\\SOFTWARE\\Contoso')).toEqual([]);
    expect(() => deleteKey(reg, 'HKLM')).toThrow(RegistryError);
  });

  it('throws Windows’ not-found text when listing a missing key', () => {
    const reg = createRegistry();
    expect(() => listValues(reg, 'HKLM\\SOFTWARE\\Nope')).toThrow(NOT_FOUND_MESSAGE);
    expect(() => listSubkeys(reg, 'HKLM\\SOFTWARE\\Nope')).toThrow(RegistryError);
  });
});

describe('values', () => {
  it('matches value names case-insensitively, keeping the first spelling and the creation order', () => {
    const reg = createRegistry();
    setValue(reg, AUTOPILOT, 'CloudAssignedTenantDomain', { type: 'REG_SZ', data: 'contoso.onmicrosoft.com' });
    setValue(reg, AUTOPILOT, 'TenantMatched', { type: 'REG_DWORD', data: 0 });
    const changes = setValue(reg, AUTOPILOT, 'tenantmatched', { type: 'REG_DWORD', data: 1 });
    expect(changes[0]!.value).toBe('TenantMatched');
    expect(getValue(reg, AUTOPILOT, 'TENANTMATCHED')).toEqual({ type: 'REG_DWORD', data: 1 });
    expect(listValues(reg, AUTOPILOT).map((v) => v.name)).toEqual(['CloudAssignedTenantDomain', 'TenantMatched']);
  });

  it('keeps values in creation order, not alphabetical', () => {
    const reg = createRegistry();
    setValue(reg, 'HKCU\\Order', 'Value 2', { type: 'REG_SZ', data: 'I was added first!' });
    setValue(reg, 'HKCU\\Order', 'Value 1', { type: 'REG_SZ', data: 'I was added second!' });
    expect(listValues(reg, 'HKCU\\Order').map((v) => v.name)).toEqual(['Value 2', 'Value 1']);
  });

  it("stores the default value under ''", () => {
    const reg = createRegistry();
    setValue(reg, 'HKCR\\.txt', '', { type: 'REG_SZ', data: 'txtfile' });
    expect(getValue(reg, 'HKCR\\.TXT', '')).toEqual({ type: 'REG_SZ', data: 'txtfile' });
    expect(listValues(reg, 'HKCR\\.txt')[0]).toEqual({ name: '', type: 'REG_SZ', data: 'txtfile' });
  });

  it('creates the key when setting a value and reports it', () => {
    const reg = createRegistry();
    const changes = setValue(reg, 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\UserOOBE', 'RetryCount', {
      type: 'REG_DWORD',
      data: 1,
    });
    expect(changes.map((c) => c.op)).toEqual([
      'create-key',
      'create-key',
      'create-key',
      'create-key',
      'create-key',
      'set-value',
    ]);
  });

  it('deletes values and ignores missing ones', () => {
    const reg = createRegistry();
    setValue(reg, AUTOPILOT, 'IsAutopilotDisabled', { type: 'REG_DWORD', data: 1 });
    expect(deleteValue(reg, AUTOPILOT, 'isautopilotdisabled')).toEqual([
      {
        op: 'delete-value',
        key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot',
        value: 'IsAutopilotDisabled',
      },
    ]);
    expect(getValue(reg, AUTOPILOT, 'IsAutopilotDisabled')).toBeUndefined();
    expect(deleteValue(reg, AUTOPILOT, 'IsAutopilotDisabled')).toEqual([]);
    expect(deleteValue(reg, 'HKLM\\Nope', 'X')).toEqual([]);
  });

  it('validates data and stores canonical copies', () => {
    const reg = createRegistry();
    expect(() => setValue(reg, 'HKCU\\T', 'D', { type: 'REG_DWORD', data: 2 ** 32 })).toThrow(RegistryError);
    expect(() => setValue(reg, 'HKCU\\T', 'D', { type: 'REG_DWORD', data: 1.5 })).toThrow(RegistryError);
    expect(() => setValue(reg, 'HKCU\\T', 'B', { type: 'REG_BINARY', data: 'abc' })).toThrow(RegistryError);
    expect(() => setValue(reg, 'HKCU\\T', 'Q', { type: 'REG_QWORD', data: '18446744073709551616' })).toThrow(
      RegistryError,
    );
    expect(() => setValue(reg, 'HKCU\\T', 'M', { type: 'REG_MULTI_SZ', data: ['a', '', 'b'] })).toThrow(RegistryError);
    setValue(reg, 'HKCU\\T', 'Q', { type: 'REG_QWORD', data: '0018446744073709551615' });
    setValue(reg, 'HKCU\\T', 'B', { type: 'REG_BINARY', data: 'DEADBEEF' });
    expect(getValue(reg, 'HKCU\\T', 'Q')).toEqual({ type: 'REG_QWORD', data: '18446744073709551615' });
    expect(getValue(reg, 'HKCU\\T', 'B')).toEqual({ type: 'REG_BINARY', data: 'deadbeef' });
    const list = ['one', 'two'];
    setValue(reg, 'HKCU\\T', 'M', { type: 'REG_MULTI_SZ', data: list });
    list.push('three');
    const read = getValue(reg, 'HKCU\\T', 'M') as { data: string[] };
    read.data.push('four');
    expect(getValue(reg, 'HKCU\\T', 'M')).toEqual({ type: 'REG_MULTI_SZ', data: ['one', 'two'] });
  });

  it('is plain JSON that survives a save and restore', () => {
    const reg = createRegistry();
    setValue(reg, AUTOPILOT, 'CloudAssignedOobeConfig', { type: 'REG_DWORD', data: 28 });
    setValue(reg, 'HKLM\\SOFTWARE\\X', 'List', { type: 'REG_MULTI_SZ', data: ['a', 'b'] });
    const restored = JSON.parse(JSON.stringify(reg)) as typeof reg;
    expect(restored).toEqual(reg);
    expect(getValue(restored, AUTOPILOT, 'cloudassignedoobeconfig')).toEqual({ type: 'REG_DWORD', data: 28 });
  });
});
