import type { ProvisioningPackageScreenView } from '../../../../shared/views/provisioning-package-view';
import type { DeviceState } from '../../state';
import { foundPackages } from './ppkg-packages';
import { statusButtons } from './ppkg-page';
import type { ProvisioningPackagePage } from './ppkg-state';

export function provisioningPackageView(
  state: DeviceState,
  page: ProvisioningPackagePage,
): ProvisioningPackageScreenView {
  return {
    id: 'provisioning-package',
    stage: page.stage,
    packages: foundPackages(state).map(({ drive, label, file }) => ({ drive, label, file })),
    result: page.stage === 'status' ? page.result : null,
    buttons: page.stage === 'status' ? statusButtons(page.result) : [],
    logsWrittenTo: page.logsWrittenTo,
  };
}
