import type { Workload } from './scenario/config-manager';

/**
 * The co-management workloads by the names and in the order the console's co-management
 * properties list them (external-diagnostics.md §5.1). A module of its own, without zod, so the
 * renderer's fault panel and the core's applet view share one list without pulling the schema
 * module into the renderer's bundle.
 */
export const WORKLOAD_NAMES = {
  'compliance-policies': 'Compliance policies',
  'windows-update-policies': 'Windows Update policies',
  'resource-access-policies': 'Resource access policies',
  'endpoint-protection': 'Endpoint Protection',
  'device-configuration': 'Device configuration',
  'office-click-to-run-apps': 'Office Click-to-Run apps',
  'client-apps': 'Client apps',
} as const satisfies Record<Workload, string>;

/** The three positions of a workload's slider in the console ("Pilot Intune": 000:105, 004:49). */
export const WORKLOAD_AUTHORITY_NAMES = {
  configmgr: 'Configuration Manager',
  'pilot-intune': 'Pilot Intune',
  intune: 'Intune',
} as const;
