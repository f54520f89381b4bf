/**
 * A small virtual file system for the logs and artifacts a trainee can look at (Panther logs,
 * ccmsetup logs, AutopilotHWID.csv, MDMDiagnostics). Plain JSON, text files only.
 *
 * Windows rules kept here: paths are case-insensitive and keep the case they were created with;
 * `/` works as `\`; %VARIABLES% expand case-insensitively and unknown ones stay as typed (as cmd
 * does); directory listings are in NTFS order (ordinal comparison of upcased names).
 * Times are virtual milliseconds passed in by the caller.
 */

export interface FsFile {
  kind: 'file';
  name: string;
  content: string;
  modified: number;
  /** 'base64': `content` holds bytes (a .cab or .zip the device wrote), not text. */
  encoding?: 'base64';
}

export interface FsDirectory {
  kind: 'directory';
  name: string;
  modified: number;
  /** Keyed by the upcased name, which makes lookups case-insensitive. */
  children: Record<string, FsNode>;
}

export type FsNode = FsFile | FsDirectory;

export interface FileSystemState {
  /** Drives by upcased letter and colon ("C:"). */
  drives: Record<string, FsDirectory>;
  /** Environment variables used to expand paths, e.g. { TEMP: 'C:\\WINDOWS\\TEMP' }. */
  env: Record<string, string>;
}

export interface DirectoryEntry {
  name: string;
  isDirectory: boolean;
  /** Bytes (UTF-8); 0 for folders. */
  size: number;
  /** Virtual ms of the last change. */
  modified: number;
}

/** A file operation Windows would refuse. `winMessage` is the system's own text for the error. */
export class FileSystemError extends Error {
  constructor(
    readonly winMessage: string,
    readonly path: string,
  ) {
    super(`${winMessage} (${path})`);
    this.name = 'FileSystemError';
  }
}

const FILE_NOT_FOUND = 'The system cannot find the file specified.';
const PATH_NOT_FOUND = 'The system cannot find the path specified.';
const ACCESS_DENIED = 'Access is denied.';
const INVALID_NAME = 'The filename, directory name, or volume label syntax is incorrect.';

/**
 * The environment of the OOBE's SYSTEM context: OOBE and its provisioning run as SYSTEM, so
 * %TEMP% is the Windows temp folder (where `mdmdiagnosticstool ... -cab %temp%\autopilot-logs.cab`
 * lands) and %USERPROFILE% the systemprofile. Windows 10/11 spell %SystemRoot% and %windir% as
 * `C:\WINDOWS`. A signed-in user's session would override TEMP/TMP/USERPROFILE with setEnvironmentVariable.
 */
export const DEFAULT_ENVIRONMENT: Readonly<Record<string, string>> = {
  SystemDrive: 'C:',
  SystemRoot: 'C:\\WINDOWS',
  windir: 'C:\\WINDOWS',
  ComSpec: 'C:\\WINDOWS\\system32\\cmd.exe',
  ProgramData: 'C:\\ProgramData',
  ALLUSERSPROFILE: 'C:\\ProgramData',
  ProgramFiles: 'C:\\Program Files',
  'ProgramFiles(x86)': 'C:\\Program Files (x86)',
  CommonProgramFiles: 'C:\\Program Files\\Common Files',
  PUBLIC: 'C:\\Users\\Public',
  TEMP: 'C:\\WINDOWS\\TEMP',
  TMP: 'C:\\WINDOWS\\TEMP',
  USERPROFILE: 'C:\\WINDOWS\\system32\\config\\systemprofile',
  APPDATA: 'C:\\WINDOWS\\system32\\config\\systemprofile\\AppData\\Roaming',
  LOCALAPPDATA: 'C:\\WINDOWS\\system32\\config\\systemprofile\\AppData\\Local',
};

/** Folders every fresh Windows install has that the simulator's logs need. */
const SKELETON = [
  'C:\\Windows\\System32',
  'C:\\Windows\\Panther',
  'C:\\Windows\\Logs',
  'C:\\Windows\\Temp',
  'C:\\ProgramData',
  'C:\\Program Files',
  'C:\\Program Files (x86)',
  'C:\\Users\\Public\\Documents',
];

function upcase(name: string): string {
  let out = '';
  for (const ch of name) {
    const up = ch.toUpperCase();
    out += up.length === ch.length ? up : ch;
  }
  return out;
}

function newDirectory(name: string, atMs: number): FsDirectory {
  return { kind: 'directory', name, modified: atMs, children: {} };
}

/** A C: drive with the standard folders, all dated `atMs`. */
export function createFileSystem(atMs = 0): FileSystemState {
  const fs: FileSystemState = { drives: { 'C:': newDirectory('C:', atMs) }, env: { ...DEFAULT_ENVIRONMENT } };
  for (const folder of SKELETON) createDirectory(fs, folder, atMs);
  return fs;
}

/** Adds an empty drive, e.g. the USB stick the diagnostics page exports logs to. */
export function addDrive(fs: FileSystemState, letter: string, atMs: number): void {
  const drive = `${letter.replace(/:$/, '').toUpperCase()}:`;
  if (!/^[A-Z]:$/.test(drive)) throw new FileSystemError(INVALID_NAME, letter);
  if (!Object.hasOwn(fs.drives, drive)) fs.drives[drive] = newDirectory(drive, atMs);
}

/** Sets (or with null, removes) an environment variable; names are case-insensitive. */
export function setEnvironmentVariable(fs: FileSystemState, name: string, value: string | null): void {
  const existing = Object.keys(fs.env).find((k) => upcase(k) === upcase(name));
  if (existing !== undefined) delete fs.env[existing];
  if (value !== null) fs.env[existing ?? name] = value;
}

/** Expands %NAME% references; unknown names stay as typed, as cmd leaves them. */
export function expandEnvironment(fs: FileSystemState, text: string): string {
  return text.replace(/%([^%\\/:*?"<>|]+)%/g, (match, name: string) => {
    const key = Object.keys(fs.env).find((k) => upcase(k) === upcase(name));
    return key === undefined ? match : fs.env[key]!;
  });
}

/** Characters Windows refuses in file and folder names (control characters included). */
function isInvalidName(name: string): boolean {
  if (/[<>:"|?*]/.test(name)) return true;
  for (let i = 0; i < name.length; i += 1) if (name.charCodeAt(i) < 0x20) return true;
  return false;
}

/** Splits an absolute path into its drive and names, after expansion; `.` and `..` are resolved. */
function parsePath(fs: FileSystemState, path: string): { drive: string; names: string[] } {
  const expanded = expandEnvironment(fs, path).replace(/\//g, '\\');
  let drive: string;
  let rest: string;
  const m = /^([A-Za-z]):(\\|$)/.exec(expanded);
  if (m) {
    drive = `${m[1]!.toUpperCase()}:`;
    rest = expanded.slice(2);
  } else if (expanded.startsWith('\\') && !expanded.startsWith('\\\\')) {
    // A rooted path without a drive is on the current drive, which is always the system drive here.
    drive = 'C:';
    rest = expanded;
  } else {
    throw new FileSystemError(INVALID_NAME, path);
  }
  const names: string[] = [];
  for (const part of rest.split('\\')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      names.pop();
      continue;
    }
    if (isInvalidName(part)) throw new FileSystemError(INVALID_NAME, path);
    names.push(part);
  }
  return { drive, names };
}

/** The canonical spelling of a path (drive letter upcased, `\` separators, variables expanded). */
export function normalizePath(fs: FileSystemState, path: string): string {
  const { drive, names } = parsePath(fs, path);
  return [drive, ...names].join('\\') + (names.length === 0 ? '\\' : '');
}

interface Located {
  node: FsNode;
  parent: FsDirectory | null;
  /** The path in stored case. */
  path: string;
}

function locate(fs: FileSystemState, path: string): Located | null {
  const { drive, names } = parsePath(fs, path);
  if (!Object.hasOwn(fs.drives, drive)) return null;
  let node: FsNode = fs.drives[drive]!;
  let parent: FsDirectory | null = null;
  const spelled = [drive];
  for (const name of names) {
    if (node.kind !== 'directory') return null;
    const key = upcase(name);
    if (!Object.hasOwn(node.children, key)) return null;
    parent = node;
    node = node.children[key]!;
    spelled.push(node.name);
  }
  return { node, parent, path: spelled.length === 1 ? `${drive}\\` : spelled.join('\\') };
}

/** Walks to the folder that holds `path`, creating missing folders; returns it and the leaf name. */
function parentFor(fs: FileSystemState, path: string, atMs: number): { dir: FsDirectory; leaf: string } {
  const { drive, names } = parsePath(fs, path);
  if (!Object.hasOwn(fs.drives, drive)) throw new FileSystemError(PATH_NOT_FOUND, path);
  const leaf = names.pop();
  if (leaf === undefined) throw new FileSystemError(ACCESS_DENIED, path);
  let dir = fs.drives[drive]!;
  for (const name of names) {
    const key = upcase(name);
    if (!Object.hasOwn(dir.children, key)) {
      dir.children[key] = newDirectory(name, atMs);
      dir.modified = atMs;
    }
    const next: FsNode = dir.children[key]!;
    if (next.kind !== 'directory') throw new FileSystemError(PATH_NOT_FOUND, path);
    dir = next;
  }
  return { dir, leaf };
}

/** Creates a folder and any missing parents; an existing folder is left alone. */
export function createDirectory(fs: FileSystemState, path: string, atMs: number): void {
  const { drive, names } = parsePath(fs, path);
  if (names.length === 0) return;
  const { dir, leaf } = parentFor(fs, `${drive}\\${names.join('\\')}`, atMs);
  const key = upcase(leaf);
  if (Object.hasOwn(dir.children, key)) {
    if (dir.children[key]!.kind !== 'directory') throw new FileSystemError(ACCESS_DENIED, path);
    return;
  }
  dir.children[key] = newDirectory(leaf, atMs);
  dir.modified = atMs;
}

function putFile(fs: FileSystemState, path: string, content: string, atMs: number, append: boolean): void {
  const { dir, leaf } = parentFor(fs, path, atMs);
  const key = upcase(leaf);
  const existing = Object.hasOwn(dir.children, key) ? dir.children[key]! : undefined;
  if (existing?.kind === 'directory') throw new FileSystemError(ACCESS_DENIED, path);
  if (existing) {
    existing.content = append ? existing.content + content : content;
    existing.modified = atMs;
    delete existing.encoding;
    return;
  }
  dir.children[key] = { kind: 'file', name: leaf, content, modified: atMs };
  dir.modified = atMs;
}

/** Writes (replaces) a text file, creating missing parent folders as log writers do. */
export function writeFile(fs: FileSystemState, path: string, content: string, atMs: number): void {
  putFile(fs, path, content, atMs, false);
}

/** Writes (replaces) a binary file; the bytes are kept as Base64 so the state stays plain JSON. */
export function writeBinaryFile(fs: FileSystemState, path: string, bytes: Uint8Array, atMs: number): void {
  putFile(fs, path, bytesToBase64(bytes), atMs, false);
  const found = locate(fs, path);
  if (found?.node.kind === 'file') found.node.encoding = 'base64';
}

/** A file's bytes: a binary file's own, or a text file's UTF-8. */
export function readBinaryFile(fs: FileSystemState, path: string): Uint8Array {
  const found = locate(fs, path);
  if (!found) throw new FileSystemError(FILE_NOT_FOUND, normalizePath(fs, path));
  if (found.node.kind !== 'file') throw new FileSystemError(ACCESS_DENIED, found.path);
  return found.node.encoding === 'base64'
    ? base64ToBytes(found.node.content)
    : new TextEncoder().encode(found.node.content);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? B64[n & 63]! : '=';
  }
  return out;
}

function base64ToBytes(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const ch of clean) {
    value = (value << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

/** Appends to a text file, creating it and its parent folders when missing. */
export function appendFile(fs: FileSystemState, path: string, content: string, atMs: number): void {
  putFile(fs, path, content, atMs, true);
}

/** A file's text. Throws FileSystemError naming the path when it is missing or a folder. */
export function readFile(fs: FileSystemState, path: string): string {
  const found = locate(fs, path);
  if (!found) throw new FileSystemError(FILE_NOT_FOUND, normalizePath(fs, path));
  if (found.node.kind !== 'file') throw new FileSystemError(ACCESS_DENIED, found.path);
  return found.node.encoding === 'base64' ? bytesAsText(base64ToBytes(found.node.content)) : found.node.content;
}

/** A binary file read as text, as `type` shows it: UTF-16 LE after a BOM (a .reg export), else one char a byte. */
function bytesAsText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    let out = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) out += String.fromCharCode(bytes[i]! | (bytes[i + 1]! << 8));
    return out;
  }
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

export function exists(fs: FileSystemState, path: string): boolean {
  return locate(fs, path) !== null;
}

/** The stored spelling of an existing path, or null. */
export function resolvePath(fs: FileSystemState, path: string): string | null {
  return locate(fs, path)?.path ?? null;
}

/** Size in bytes of the text as UTF-8, the encoding the simulator's log files are written in. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** A folder's entries in NTFS order. Throws FileSystemError when the folder is missing. */
export function listDirectory(fs: FileSystemState, path: string): DirectoryEntry[] {
  const found = locate(fs, path);
  if (!found) throw new FileSystemError(PATH_NOT_FOUND, normalizePath(fs, path));
  if (found.node.kind !== 'directory') throw new FileSystemError(INVALID_NAME, found.path);
  return Object.keys(found.node.children)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((key) => {
      const node = (found.node as FsDirectory).children[key]!;
      return {
        name: node.name,
        isDirectory: node.kind === 'directory',
        size:
          node.kind !== 'file' ? 0 : node.encoding === 'base64' ? base64Size(node.content) : utf8Length(node.content),
        modified: node.modified,
      };
    });
}

function base64Size(text: string): number {
  return Math.floor((text.replace(/=+$/, '').length * 3) / 4);
}

/** Deletes a file, or a folder with everything in it (as `rd /s` does). Returns whether anything went. */
export function deletePath(fs: FileSystemState, path: string, atMs: number): boolean {
  const found = locate(fs, path);
  if (!found) return false;
  if (!found.parent) throw new FileSystemError(ACCESS_DENIED, found.path);
  delete found.parent.children[upcase(found.node.name)];
  found.parent.modified = atMs;
  return true;
}
