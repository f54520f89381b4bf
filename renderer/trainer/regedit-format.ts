import type { RegistryValueView } from '../../shared/trainer-views';

const hex = (n: bigint, digits: number) => `0x${n.toString(16).padStart(digits, '0')}`;

/** A value's Name column as regedit shows it: the unnamed value is "(Default)". */
export function regeditName(value: RegistryValueView): string {
  return value.name === '' ? '(Default)' : value.name;
}

/**
 * A value's Data column as regedit shows it: REG_DWORD `0x00000001 (1)`, REG_QWORD with 16 hex
 * digits, REG_BINARY as spaced hex bytes, REG_MULTI_SZ joined by spaces, an empty default string
 * "(value not set)".
 */
export function regeditData(value: RegistryValueView): string {
  switch (value.type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return value.name === '' && value.data === '' ? '(value not set)' : value.data;
    case 'REG_DWORD':
      return `${hex(BigInt(value.data >>> 0), 8)} (${value.data >>> 0})`;
    case 'REG_QWORD':
      return `${hex(BigInt(value.data), 16)} (${value.data})`;
    case 'REG_MULTI_SZ':
      return value.data.join(' ');
    case 'REG_BINARY':
      return value.data.length === 0 ? '(zero-length binary value)' : (value.data.match(/../g) ?? []).join(' ');
  }
}
