import { showPage, timeline } from '../../context';
import { DeviceError } from '../../device-core';
import { resetDevice } from '../../preprovision/reseal-reset';
import type { ProvisioningPackageButton } from '../../../../shared/views/provisioning-package-view';
import { notOnScreen, type PageHandler } from '../pages/page-input';
import { startInstall } from './ppkg-install';
import { writeProvisioningLogs } from './ppkg-logs';
import type { ProvisioningPackagePage } from './ppkg-state';

/**
 * The status page's buttons. oobe-ui.md §14 lists four without saying when each shows: the
 * simulator offers "Try again" and "Reset PC" only after errors (choice, docs/FIDELITY.md).
 */
export function statusButtons(result: ProvisioningPackagePage['result']): ProvisioningPackageButton[] {
  return result === 'errors' ? ['try-again', 'reset-pc', 'get-logs', 'continue'] : ['get-logs', 'continue'];
}

/** "Set up your PC?" → "Yes"/"Cancel"; the status page's buttons. Nothing while installing. */
export const provisioningPackagePage: PageHandler<ProvisioningPackagePage> = (ctx, page, input) => {
  if (input.kind !== 'click') throw notOnScreen(page, input);
  if (page.stage === 'installing')
    throw new DeviceError('The provisioning packages are installing: the page has no buttons until they finish.');
  if (page.stage === 'confirm') {
    if (input.control === 'yes') {
      timeline(ctx, 'input', 'Set up your PC?: Yes');
      return startInstall(ctx);
    }
    if (input.control === 'cancel') {
      timeline(ctx, 'input', 'Set up your PC?: Cancel');
      return showPage(ctx, page.returnTo);
    }
    throw notOnScreen(page, input);
  }
  if (!statusButtons(page.result).includes(input.control as ProvisioningPackageButton)) throw notOnScreen(page, input);
  switch (input.control as ProvisioningPackageButton) {
    case 'try-again':
      timeline(ctx, 'input', 'Provisioning packages: Try again');
      return startInstall(ctx);
    case 'reset-pc':
      timeline(ctx, 'input', 'Provisioning packages: Reset PC');
      return resetDevice(ctx);
    case 'get-logs':
      page.logsWrittenTo = writeProvisioningLogs(ctx);
      return;
    case 'continue':
      timeline(ctx, 'input', 'Provisioning packages: Continue');
      return showPage(ctx, page.returnTo);
  }
};
