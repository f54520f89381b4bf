import type { DeviceSetup } from '../../../shared/device-setup';
import { Rng } from '../rng';
import type { DeviceIdentity } from './device-identity';

/**
 * The 4K hardware hash (a.k.a. OA3 hash, device hardware data): a 4096-byte blob, Base64 encoded.
 *
 * Microsoft does not document the blob's layout, so this one is the simulator's own: a 28-byte
 * header, then tag-length-value fields for the inputs device-model.md §1.1 lists, then seeded
 * filler to 4096 bytes. What matches Windows is what a trainee can see: the size, the 'OA' magic
 * and header that make every hash start like the docs' sample `T0HLAQEAHAAA…` ("T0", a length, then "AQEAHAAAAAA"), and the
 * encoding — Windows emits the Base64 *unpadded* while the Autopilot service wants it padded
 * (`padBase64`). A 4096-byte blob needs two '=' of padding, so the difference always shows.
 *
 * The real hash also embeds the time it was captured, so two captures never match byte for byte.
 * This one deliberately omits any time: the simulator's identities must be the same on every run
 * of a scenario (golden tests compare them).
 */

export const HARDWARE_HASH_BYTES = 4096;
const HEADER_BYTES = 28;
const FORMAT_VERSION = 1;
/** SMBIOS strings are short; capping each keeps every field set well inside 4096 bytes. */
const MAX_STRING_BYTES = 255;

/** Field tags of the TLV section, named as the Autopilot docs name the hash's inputs. */
export const HASH_FIELD_TAGS = {
  SmbiosSystemManufacturer: 0x0001,
  SmbiosSystemProductName: 0x0002,
  SmbiosSystemSerialNumber: 0x0003,
  SmbiosSkuNumber: 0x0004,
  SmbiosSystemFamily: 0x0005,
  MacAddress: 0x0006,
  SmbiosUuid: 0x0007,
  DiskSerialNumber: 0x0008,
  TPM: 0x0009,
  EkPub: 0x000a,
  ProductKeyID: 0x000b,
} as const;
export type HashFieldName = keyof typeof HASH_FIELD_TAGS;

/** What `decodeHardwareHash` reads back. MACs come back in `getmac` form, the UUID uppercase. */
export type HardwareHashFields = Partial<Record<Exclude<HashFieldName, 'MacAddress'>, string>> & {
  MacAddress: string[];
};

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard Base64; `pad` false gives the unpadded form Windows writes for the hash. */
export function toBase64(bytes: Uint8Array, pad = true): string {
  // Characters go into an array joined once: appending one at a time leaves the string as thousands
  // of rope fragments that every idle device keeps alive (a 4K hash is ~5,500 characters).
  const chars: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const count = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < count; c += 1) chars.push(B64[(n >> (18 - 6 * c)) & 63]!);
  }
  const out = chars.join('');
  return pad ? padBase64(out) : out;
}

/** Decodes padded or unpadded Base64; throws on characters outside the alphabet. */
export function fromBase64(text: string): Uint8Array {
  const body = text.replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(body) || body.length % 4 === 1)
    throw new Error('Invalid length for a Base-64 char array or string.');
  const out = new Uint8Array(Math.floor((body.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (const ch of body) {
    acc = ((acc << 6) | B64.indexOf(ch)) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** Adds the '=' padding the Autopilot service expects (at most two, at the end only). */
export function padBase64(text: string): string {
  const body = text.replace(/=+$/, '');
  if (body.length % 4 === 1) throw new Error('Invalid length for a Base-64 char array or string.');
  return body + '='.repeat((4 - (body.length % 4)) % 4);
}

/** True when the text is Base64 the service accepts: padded to a multiple of four. */
export function isPaddedBase64(text: string): boolean {
  return text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text);
}

function utf8(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return out;
}

function fromUtf8(bytes: Uint8Array): string {
  // Only ever reads what `utf8` wrote; decodeURIComponent does the multi-byte work.
  return decodeURIComponent(Array.from(bytes, (b) => `%${b.toString(16).padStart(2, '0')}`).join(''));
}

/** UTF-8 of a string field, cut at a character boundary to MAX_STRING_BYTES. */
function stringBytes(text: string): number[] {
  let bytes = utf8(text);
  let chars = Array.from(text);
  while (bytes.length > MAX_STRING_BYTES) {
    chars = chars.slice(0, -1);
    bytes = utf8(chars.join(''));
  }
  return bytes;
}

function macBytes(mac: string): number[] {
  return (mac.match(/[0-9A-Fa-f]{2}/g) ?? []).map((h) => parseInt(h, 16));
}

/** SMBIOS 2.6+ stores a UUID's first three fields little-endian; the rest as written. */
function uuidBytes(uuid: string): number[] {
  const hex = uuid.replace(/-/g, '');
  const b = (hex.match(/../g) ?? []).map((h) => parseInt(h, 16));
  return [b[3]!, b[2]!, b[1]!, b[0]!, b[5]!, b[4]!, b[7]!, b[6]!, ...b.slice(8)];
}

function uuidFromBytes(b: Uint8Array): string {
  const order = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];
  const h = order.map((i) => b[i]!.toString(16).toUpperCase().padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function fieldList(setup: DeviceSetup, id: Omit<DeviceIdentity, 'hardwareHash'>): [HashFieldName, number[]][] {
  const fields: [HashFieldName, number[]][] = [
    ['SmbiosSystemManufacturer', stringBytes(setup.device.smbios.manufacturer)],
    ['SmbiosSystemProductName', stringBytes(setup.device.smbios.model)],
    ['SmbiosSystemSerialNumber', stringBytes(id.serialNumber)],
    ['SmbiosSkuNumber', stringBytes(setup.device.smbios.skuNumber)],
    ['SmbiosSystemFamily', stringBytes(setup.device.smbios.systemFamily)],
  ];
  // Every built-in NIC counts, wired and wireless (device-model.md §1.1).
  if (setup.device.network.ethernet.present) fields.push(['MacAddress', macBytes(id.ethernetMac)]);
  if (setup.device.network.wifi.present) fields.push(['MacAddress', macBytes(id.wifiMac)]);
  fields.push(['SmbiosUuid', uuidBytes(id.uuid)], ['DiskSerialNumber', stringBytes(id.diskSerial)]);
  if (setup.device.tpm.presence !== 'absent' && id.ekPub !== null) {
    fields.push(['TPM', stringBytes(setup.device.tpm.presence)], ['EkPub', Array.from(fromBase64(id.ekPub))]);
  }
  fields.push(['ProductKeyID', stringBytes(id.productKeyId)]);
  return fields;
}

/** Builds the device's hash: unpadded Base64 of exactly 4096 bytes, the same for the same setup. */
export function buildHardwareHash(setup: DeviceSetup, identity: Omit<DeviceIdentity, 'hardwareHash'>): string {
  const fields = fieldList(setup, identity);
  const blob = new Uint8Array(HARDWARE_HASH_BYTES);
  const view = new DataView(blob.buffer);
  let at = HEADER_BYTES;
  for (const [name, value] of fields) {
    view.setUint16(at, HASH_FIELD_TAGS[name], true);
    view.setUint16(at + 2, value.length, true);
    blob.set(value, at + 4);
    at += 4 + value.length;
  }
  blob[0] = 0x4f; // 'O'
  blob[1] = 0x41; // 'A'
  view.setUint16(2, at - HEADER_BYTES, true);
  view.setUint16(4, FORMAT_VERSION, true);
  view.setUint16(6, HEADER_BYTES, true);
  // Bytes 8-11 stay zero, as in the docs' sample; then the field count and the total size.
  view.setUint16(12, fields.length, true);
  view.setUint32(16, HARDWARE_HASH_BYTES, true);
  blob.set(Rng.derive(setup.seed, 'hardware-hash.filler').bytes(HARDWARE_HASH_BYTES - at), at);
  return toBase64(blob, false);
}

/**
 * Reads a hash built by `buildHardwareHash` (padded or not) back into its fields, as the
 * simulated Autopilot service does to match a device. Throws on anything else.
 */
export function decodeHardwareHash(hash: string): HardwareHashFields {
  const blob = fromBase64(hash);
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  if (blob.length !== HARDWARE_HASH_BYTES || blob[0] !== 0x4f || blob[1] !== 0x41)
    throw new Error('Not a 4K hardware hash.');
  const end = HEADER_BYTES + view.getUint16(2, true);
  const names = new Map(Object.entries(HASH_FIELD_TAGS).map(([name, tag]) => [tag, name as HashFieldName]));
  const out: HardwareHashFields = { MacAddress: [] };
  for (let at = HEADER_BYTES; at < end;) {
    const name = names.get(view.getUint16(at, true) as (typeof HASH_FIELD_TAGS)[HashFieldName]);
    const value = blob.subarray(at + 4, at + 4 + view.getUint16(at + 2, true));
    at += 4 + value.length;
    if (name === undefined) continue;
    if (name === 'MacAddress')
      out.MacAddress.push(Array.from(value, (b) => b.toString(16).toUpperCase().padStart(2, '0')).join('-'));
    else if (name === 'SmbiosUuid') out.SmbiosUuid = uuidFromBytes(value);
    else if (name === 'EkPub') out.EkPub = toBase64(value);
    else out[name] = fromUtf8(value);
  }
  return out;
}
