/**
 * The device setup the core builds a device from: a scenario's body (everything but its id, title,
 * description, script and expected end). Kept as its own name because hosts and tests create
 * ad-hoc devices without a scenario file.
 */
export {
  scenarioBodySchema as deviceSetupSchema,
  type ScenarioBody as DeviceSetup,
  type ScenarioBodyInput as DeviceSetupInput,
} from './scenario/scenario';
export {
  SERVICE_ENDPOINTS,
  serviceEndpointSchema,
  type ServiceEndpoint,
  type WifiNetworkSetup,
} from './scenario/network';
export { TPM_FAULTS, type TpmFault } from './scenario/hardware';
export type { DeploymentProfile } from './scenario/policies';
