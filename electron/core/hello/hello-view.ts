import type { WindowsHelloView } from '../../../shared/snapshot';
import type { DeviceState } from '../state';
import { signedInUser } from '../enrollment/users';
import { pinRequirements } from './pin-rules';
import type { HelloPage } from './hello-state';

function biometrics(state: DeviceState): WindowsHelloView['biometrics'] {
  const { faceCamera, fingerprintReader } = state.setup.device.biometrics;
  if (faceCamera && fingerprintReader) return 'both';
  if (faceCamera) return 'face';
  return fingerprintReader ? 'fingerprint' : null;
}

/** Projects the Windows Hello page onto what the screen draws (the PIN itself never leaves the core). */
export function helloView(state: DeviceState, page: HelloPage): WindowsHelloView {
  const pin = state.hello?.pin;
  return {
    id: 'windows-hello',
    stage: page.stage,
    flavour: page.flavour,
    biometrics: biometrics(state),
    username: signedInUser(state)?.upn ?? '',
    phoneHint: '+X XXXXXXXX12',
    newPinLength: page.newPin.length,
    confirmPinLength: page.confirmPin.length,
    error: page.error,
    requirements: pin ? pinRequirements(pin) : [],
    failure: page.failure,
  };
}
