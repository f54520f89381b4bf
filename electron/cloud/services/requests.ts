import type { ServiceEndpoint } from '../../../shared/device-setup';
import type { DeploymentProfile } from '../../../shared/scenario/policies';
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
  | { op: 'intune.check-in'; caller: Caller };

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
