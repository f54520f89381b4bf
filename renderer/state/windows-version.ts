import { createContext, useContext } from 'react';
import type { DeviceSnapshot } from '../../shared/snapshot';

export type WindowsVersion = DeviceSnapshot['windowsVersion'];

/**
 * The device's Windows version, for the few screens whose labels or layout differ between
 * Windows 10 and 11 (pre-provisioning: provisioning-modes.md §1.5). The simulator provides it from
 * the snapshot; screens drawn without a provider are Windows 11.
 */
export const WindowsVersionContext = createContext<WindowsVersion>('11');

export function useWindowsVersion(): WindowsVersion {
  return useContext(WindowsVersionContext);
}
