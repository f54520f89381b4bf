import type { TenantState } from '../tenant-state';
import { autopilotProfile } from './autopilot-deployment';
import { entraJoin, entraRealm } from './entra';
import { intuneCheckIn, intuneEnroll } from './intune';
import { ccmsetupMsi, cmgClientContent, cmgPolicy, cmgRegister, coManagementPolicy } from './configmgr';
import { registerHelloKey, windowsHelloPolicy } from './windows-hello';
import { intuneAutoEnroll } from './auto-enroll';
import type { AnswerOf, CloudOp, CloudRequest, RequestOf } from './requests';

type Handlers = { [O in CloudOp]: (tenant: TenantState, request: RequestOf<O>) => AnswerOf<O> };

/** Each operation's service handler: the one table the emulated network routes requests through. */
const HANDLERS: Handlers = {
  'autopilot.profile': autopilotProfile,
  'entra.realm': entraRealm,
  'entra.join': entraJoin,
  'intune.enroll': intuneEnroll,
  'intune.check-in': intuneCheckIn,
  'intune.comanagement-policy': coManagementPolicy,
  'intune.ccmsetup': ccmsetupMsi,
  'cmg.client-content': cmgClientContent,
  'cmg.register': cmgRegister,
  'cmg.policy': cmgPolicy,
  'intune.windows-hello': windowsHelloPolicy,
  'entra.register-hello-key': registerHelloKey,
  'intune.auto-enroll': intuneAutoEnroll,
};

/** The tenant's services answer one request that reached them (the network decides whether it does). */
export function answerRequest<R extends CloudRequest>(tenant: TenantState, request: R): AnswerOf<R['op']> {
  const handler = HANDLERS[request.op] as unknown as (t: TenantState, r: R) => AnswerOf<R['op']>;
  return handler(tenant, request);
}
