import type { EventPayloads } from '../../../shared/contract';
import { ENDPOINTS_OF, type AnswerOf, type Caller, type CloudRequest } from '../../cloud/services/requests';
import { Tenant } from '../../cloud/tenant';
import { TenantChangeError } from '../../cloud/tenant-commands';
import type { TenantChange } from '../../../shared/tenant-commands';
import { DeviceError } from '../device-core';

export { Tenant };
import type { DeviceState } from '../state';
import { canReach } from './connectivity';

/**
 * The one door from the device to the simulated cloud (electron/cloud/): a request crosses the
 * emulated network to the tenant's services, or never arrives when an endpoint it needs is cut.
 * Nothing else in the core imports the cloud layer.
 */
export interface CloudLink {
  tenant: Tenant;
}

/** What a service call needs from its caller: the device, its cloud, and where to report the call. */
export interface CloudCaller {
  state: DeviceState;
  cloud: CloudLink;
  emit(name: 'service:called', payload: EventPayloads['service:called']): void;
}

/** The device's own hardware identity, as every request carries it. */
export function callerOf(state: DeviceState): Caller {
  return { serialNumber: state.identity.serialNumber, hardwareHash: state.identity.hardwareHash };
}

/**
 * How a device joins a tenant it is given: `record` adds only its Autopilot record if missing (a
 * device of the tenant's own setup); `scenario` loads its whole scenario into the tenant, scenario
 * wins by identity (the class tenant, a lab's tenant: electron/cloud/apply-scenario.ts).
 */
export type TenantJoin = 'record' | 'scenario';

/** The device's tenant: the given one (shared by several devices), else one of its own from its scenario. */
export function connectToCloud(state: DeviceState, tenant?: Tenant, join: TenantJoin = 'record'): CloudLink {
  if (!tenant) return { tenant: Tenant.fromSetup(state.setup, callerOf(state)) };
  if (join === 'scenario') tenant.loadScenario(state.setup, callerOf(state));
  else tenant.addScenarioDevice(state.setup, callerOf(state));
  return { tenant };
}

type RequestBody = CloudRequest extends infer R ? (R extends CloudRequest ? Omit<R, 'caller'> : never) : never;
export type CallAnswer<O extends CloudRequest['op']> = { kind: 'unreachable' } | AnswerOf<O>;

/**
 * Sends one request: through the emulated network (a cut endpoint or no internet answers
 * "unreachable"), else to the tenant's service. Every call is reported as `service:called`.
 */
export function callService<B extends RequestBody>(ctx: CloudCaller, body: B): CallAnswer<B['op']> {
  const { state } = ctx;
  const endpoints = ENDPOINTS_OF[body.op];
  const cut = endpoints.find((e) => !canReach(state, e));
  const answer: CallAnswer<B['op']> = cut
    ? { kind: 'unreachable' }
    : (ctx.cloud.tenant.answer({ ...body, caller: callerOf(state) }) as AnswerOf<B['op']>);
  ctx.emit('service:called', {
    atMs: state.clock.now,
    endpoint: cut ?? endpoints[0]!,
    operation: body.op,
    outcome: answer.kind,
  });
  return answer;
}

/** The connector's state as the organization's Active Directory has it now. */
export type IntuneConnector = NonNullable<ReturnType<Tenant['connector']>>;

/**
 * The Intune Connector for Active Directory as the tenant has it now (not the device's copy from
 * its scenario): the offline domain join is the connector's work on the organization's side, so a
 * trainer's `tenant.change` (connector.grant-ou-rights) is seen at the waiting step's next check.
 * A read, not a request of the device's: no `service:called` (the wait re-checks every few seconds).
 */
export function intuneConnector(link: CloudLink): IntuneConnector | null {
  return link.tenant.connector();
}

/** An admin's change to the device's tenant; a change that cannot apply fails the command with its reason. */
export function changeTenant(link: CloudLink, change: TenantChange): string {
  try {
    return link.tenant.change(change);
  } catch (error) {
    if (error instanceof TenantChangeError) throw new DeviceError(error.message);
    throw error;
  }
}
