import type { PinPolicy } from '../../../shared/scenario/windows-hello';
import type { HelloStage } from '../../../shared/views/hello-view';

/** The Windows Hello screen's page state: its stage and what the person typed. */
export interface HelloPage {
  id: 'windows-hello';
  stage: HelloStage;
  flavour: 'entra' | 'hybrid';
  newPin: string;
  confirmPin: string;
  code: string;
  error: string | null;
  failure: { code: string; correlationId: string; timestamp: string } | null;
}

/** What the device keeps of Windows Hello: whether the first sign-in's provisioning is behind it, and its outcome. */
export interface HelloRecord {
  done: boolean;
  outcome: 'pin-set' | 'skipped' | 'not-required' | null;
  biometricEnrolled: boolean;
  /** The PIN rules the tenant last sent. */
  pin: PinPolicy;
}
