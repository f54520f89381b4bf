import type { ServiceEndpoint } from '../../../shared/device-setup';
import type { DeploymentProfile } from '../../../shared/scenario/policies';
import type { CoManagementPolicy } from '../../../shared/scenario/policies';
import type { ConfigManagerSetup } from '../../../shared/scenario/config-manager';
import type { WindowsHelloSetting } from '../../../shared/scenario/windows-hello';
import type { Directory, Policies, Registration } from '../tenant-state';

/** Who is asking: the device's own hardware identity, as every request of Windows carries it. */
export interface Caller {
  serialNumber: string;
  hardwareHash: string;
}

/** A documented refusal: what Windows shows, the code, and the log entry the device writes. */
export interface Refusal {
  message: string;
  code: string | null;
  reason: string;
  event?: { id: 71 | 52; text: string };
}

/** Every request a device can make, by the service operation it names. */
export type CloudRequest =
  | { op: 'autopilot.profile'; caller: Caller }
  | { op: 'entra.realm'; caller: Caller; upn: string }
  | { op: 'entra.join'; caller: Caller; upn: string }
  | { op: 'intune.enroll'; caller: Caller; upn: string }
  | { op: 'intune.check-in'; caller: Caller }
  | { op: 'intune.comanagement-policy'; caller: Caller }
  | { op: 'intune.ccmsetup'; caller: Caller }
  | { op: 'cmg.client-content'; caller: Caller; siteCode: string }
  | { op: 'cmg.register'; caller: Caller; siteCode: string }
  | { op: 'cmg.policy'; caller: Caller; siteCode: string }
  | { op: 'intune.windows-hello'; caller: Caller }
  | { op: 'entra.register-hello-key'; caller: Caller; upn: string }
  | { op: 'intune.auto-enroll'; caller: Caller; credential: 'user' | 'device'; upn: string | null };

/** The answers, per operation. */
export interface CloudAnswers {
  'autopilot.profile':
    | { kind: 'not-registered' }
    | { kind: 'no-profile'; registration: Registration }
    | { kind: 'profile'; registration: Registration; profile: DeploymentProfile };
  'entra.realm':
    | { kind: 'other-organization' }
    | { kind: 'unknown-user'; directory: Directory }
    | { kind: 'ok'; directory: Directory };
  'entra.join': { kind: 'refused'; refusal: Refusal } | { kind: 'joined'; directory: Directory };
  'intune.enroll': { kind: 'refused'; refusal: Refusal } | { kind: 'enrolled'; policies: Policies };
  'intune.check-in': { kind: 'actions'; actions: ('autopilot-reset' | 'sync')[]; policies: Policies };
  /** The co-management settings policy Intune computed as the winner for the device (000:29, 000:133). */
  'intune.comanagement-policy': { kind: 'none' } | { kind: 'policy'; policy: CoManagementPolicy };
  /** CCMSetup.msi, the bootstrap Intune delivers as a first-party app (000:11, 000:41). */
  'intune.ccmsetup': { kind: 'no-policy' } | { kind: 'msi'; sizeBytes: number };
  /** The site's production client from the CMG (000:41-45). */
  'cmg.client-content': { kind: 'unknown-site' } | { kind: 'content'; sizeMb: number; mbps: number };
  /** Registration with the site through the CMG (000:47): Entra ID auth works, PKI has no certificate yet (000:107). */
  'cmg.register':
    { kind: 'unknown-site' } | { kind: 'refused'; reason: string } | { kind: 'registered'; clientId: string };
  /** The client's first policy request: the workloads' authority and the task sequences it must run. */
  'cmg.policy': { kind: 'unknown-site' } | { kind: 'policy'; site: ConfigManagerSetup };
  /** Windows Hello for Business: the tenant-wide setting and PIN rules (oobe-ui.md §22). */
  'intune.windows-hello': { kind: 'policy'; setting: WindowsHelloSetting };
  /** The new Windows Hello key registered for the user (login.microsoftonline.com/webapp/windowsngc, oobe-ui.md §22). */
  'entra.register-hello-key': { kind: 'registered' } | { kind: 'refused' };
  /** DeviceEnroller.exe's MDM auto-enrollment of a co-managed client (002:67-131): with the user's or the device's credential. */
  'intune.auto-enroll': { kind: 'refused'; code: string; log: string } | { kind: 'enrolled'; upn: string | null };
}
export type CloudOp = CloudRequest['op'];
export type AnswerOf<O extends CloudOp> = CloudAnswers[O];
export type RequestOf<O extends CloudOp> = Extract<CloudRequest, { op: O }>;

/** The endpoints each operation needs: any of them cut and the request never arrives. */
export const ENDPOINTS_OF: Readonly<Record<CloudOp, readonly ServiceEndpoint[]>> = {
  'autopilot.profile': ['ztd.dds.microsoft.com'],
  'entra.realm': ['login.microsoftonline.com'],
  'entra.join': ['enterpriseregistration.windows.net', 'login.microsoftonline.com'],
  'intune.enroll': ['enrollment.manage.microsoft.com'],
  'intune.check-in': ['enrollment.manage.microsoft.com'],
  'intune.comanagement-policy': ['enrollment.manage.microsoft.com'],
  'intune.ccmsetup': ['enrollment.manage.microsoft.com'],
  'cmg.client-content': ['cloudapp.net'],
  'cmg.register': ['cloudapp.net'],
  'cmg.policy': ['cloudapp.net'],
  'intune.windows-hello': ['enrollment.manage.microsoft.com'],
  'entra.register-hello-key': ['login.microsoftonline.com', 'enterpriseregistration.windows.net'],
  'intune.auto-enroll': ['enrollment.manage.microsoft.com'],
};

/** One request the services answered (or that never arrived), as `service:called` carries it. */
export interface ServiceCall {
  atMs: number;
  endpoint: ServiceEndpoint;
  op: CloudOp;
  serialNumber: string;
  /** "unreachable" when the network did not carry it; else the answer's kind. */
  outcome: string;
}
