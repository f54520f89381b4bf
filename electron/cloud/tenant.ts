import type { DeviceSetup } from '../../shared/device-setup';
import type { TenantChange } from '../../shared/tenant-commands';
import { answerRequest } from './services/answer';
import type { AnswerOf, CloudRequest } from './services/requests';
import { applyScenarioToTenant, retireDevice } from './apply-scenario';
import { applyTenantChange } from './tenant-commands';
import {
  createTenantState,
  registerScenarioDevice,
  type DeviceIdentityForCloud,
  type Directory,
  type TenantState,
} from './tenant-state';

/**
 * One organization's cloud: its state (plain JSON, `state`) and its services. The owner (the
 * runtime Session, a test) creates it from a scenario and hands it to every device that uses it.
 */
export class Tenant {
  #state: TenantState;

  constructor(state: TenantState) {
    this.#state = state;
  }

  /** A tenant whose initial state is a scenario's `tenant`, `policies` and `registration` blocks. */
  static fromSetup(setup: DeviceSetup, device: DeviceIdentityForCloud): Tenant {
    return new Tenant(createTenantState(setup, device));
  }

  /** The whole tenant as plain JSON (for saving, the trainer's panel and tests). */
  get state(): TenantState {
    return this.#state;
  }

  /** Another device of a scenario starts using this tenant: its Autopilot record is added if missing. */
  addScenarioDevice(setup: DeviceSetup, device: DeviceIdentityForCloud): void {
    registerScenarioDevice(this.#state, setup, device);
  }

  /**
   * A device whose scenario is loaded into this tenant, which other devices may share: what the
   * scenario defines wins by identity, the rest stays (`applyScenarioToTenant`).
   */
  loadScenario(setup: DeviceSetup, device: DeviceIdentityForCloud): void {
    applyScenarioToTenant(this.#state, setup, device);
  }

  /** A device that left the app: its Entra, Intune and Configuration Manager records go (`retireDevice`). */
  retireDevice(serialNumber: string): void {
    retireDevice(this.#state, serialNumber);
  }

  /**
   * The Intune Connector for Active Directory as the organization has it now (null without an
   * on-premises Active Directory). The offline domain join step asks this while it waits: the
   * connector's rights on the OU are the organization's, so an admin's fix shows at the next check.
   */
  connector(): NonNullable<Directory['activeDirectory']>['connector'] | null {
    return this.#state.entra.directory.activeDirectory?.connector ?? null;
  }

  /** A request that reached the services (the device's network decided that). */
  answer<R extends CloudRequest>(request: R): AnswerOf<R['op']> {
    return answerRequest(this.#state, request);
  }

  /** An admin's change: in the tenant at once, seen by devices at their next request. */
  change(change: TenantChange): string {
    return applyTenantChange(this.#state, change);
  }
}
