import type { FileEntryView, RegistryKeyView } from '../../../shared/trainer-views';
import { DeviceError } from '../device-core';
import { FileSystemError, listDirectory, readFile, resolvePath } from '../os/file-system';
import { listSubkeys, listValues, RegistryError, resolveKeyPath } from '../os/registry';
import type { DeviceState } from '../state';

/** Read-only views of the device's registry and files for the trainer's inspector; a wrong path is the caller's mistake. */
export function browseRegistry(state: DeviceState, key: string): RegistryKeyView {
  try {
    return {
      key: resolveKeyPath(state.registry, key) ?? key,
      subkeys: listSubkeys(state.registry, key),
      values: listValues(state.registry, key),
    };
  } catch (error) {
    if (error instanceof RegistryError) throw new DeviceError(`${key}: ${error.message}`);
    throw error;
  }
}

export function listFolder(state: DeviceState, path: string): { path: string; entries: FileEntryView[] } {
  try {
    const entries = listDirectory(state.fs, path);
    return { path: resolvePath(state.fs, path) ?? path, entries };
  } catch (error) {
    if (error instanceof FileSystemError) throw new DeviceError(error.message);
    throw error;
  }
}

/** A file's text; bytes the device wrote (a .cab, a .zip) are not shown as text, except a UTF-16 .reg export. */
export function readDeviceFile(state: DeviceState, path: string): { path: string; content: string; binary: boolean } {
  try {
    const content = readFile(state.fs, path);
    const binary = [...content.slice(0, 4096)].some(
      (c) => c.charCodeAt(0) < 9 || (c.charCodeAt(0) > 13 && c.charCodeAt(0) < 32),
    );
    return { path: resolvePath(state.fs, path) ?? path, content: binary ? '' : content, binary };
  } catch (error) {
    if (error instanceof FileSystemError) throw new DeviceError(error.message);
    throw error;
  }
}
