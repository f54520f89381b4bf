import type { FoundPackageView } from '../../../../shared/views/provisioning-package-view';
import type { DeviceState } from '../../state';

export interface FoundPackage extends FoundPackageView {
  /** The scenario marked the package to fail (usbDrives[].provisioningPackageFails). */
  fails: boolean;
}

/** Every provisioning package on the device's USB drives, lettered as Windows letters them (D:, E:, …). */
export function foundPackages(state: DeviceState): FoundPackage[] {
  const found: FoundPackage[] = [];
  state.setup.device.usbDrives.forEach((drive, index) => {
    if (!drive.provisioningPackage) return;
    found.push({
      drive: `${String.fromCharCode(68 + index)}:`,
      label: drive.label,
      file: drive.provisioningPackage,
      fails: drive.provisioningPackageFails,
    });
  });
  return found;
}
