/**
 * The lab's results as the contract carries them (`lab.run`, `lab:progress`, `lab:done`): the same
 * shape electron/core/lab returns, written here so the renderer needs no core import.
 */
export type LabOutcome = 'success' | 'failure' | 'incomplete';

export interface LabDeviceView {
  seed: number;
  outcome: LabOutcome;
  /** The last error the device showed (e.g. "0x80180014"), or null. */
  errorCode: string | null;
  finalScreen: string;
  /** Virtual ms at which the device stopped. */
  endMs: number;
  /** The device's own serial number: every lab device has its own Autopilot record in the run's tenant. */
  serialNumber: string;
  /** The user it signed in as (the scenario's user, or its numbered copy for devices 2..N), or null. */
  upn: string | null;
}

/** The lab run's one tenant, shared by all its devices, at the end of the run. */
export interface LabTenantView {
  autopilotRecords: number;
  entraDeviceObjects: number;
  intuneDevices: number;
  users: number;
}

export interface LabResultView {
  scenario: string;
  devices: LabDeviceView[];
  summary: { counts: Record<LabOutcome, number>; minMs: number; medianMs: number; maxMs: number };
  tenant: LabTenantView;
}
