import { canReach, domainControllerReachable, hasInternet } from '../network/connectivity';
import type { DeviceState } from '../state';
import type { PlanNeed } from './plan-types';

/** Why a need is not met now, in the words the timeline uses; null when the route is there. */
export function unmetNeed(state: DeviceState, needs: readonly PlanNeed[]): string | null {
  for (const need of needs) {
    switch (need.kind) {
      case 'internet':
        if (!hasInternet(state)) return need.why ?? 'the internet cannot be reached';
        break;
      case 'endpoint':
        if (!canReach(state, need.endpoint)) return need.why ?? `${need.endpoint} cannot be reached`;
        break;
      case 'domain-controller':
        if (!domainControllerReachable(state)) return need.why ?? 'no domain controller could be contacted';
        break;
      default:
        need satisfies never;
    }
  }
  return null;
}
