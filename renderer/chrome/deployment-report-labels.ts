/**
 * The Intune admin center's own labels for the device preparation report, quoted exactly from
 * device-preparation.md §4.2–§4.3 (seed 001_8448dd59eaaba8e8.txt:409-444). The report name, screen
 * title and pane title come from shared/strings-device-prep.ts; everything else the panel says is
 * the simulator's.
 */
export const REPORT_LABELS = {
  /** §4.2: the list's columns, in the documented order. */
  columns: {
    deviceName: 'Device name',
    enrollmentDate: 'Enrollment date',
    deploymentStatus: 'Deployment status',
    phase: 'Phase',
    serialNumber: 'Serial number',
    deploymentTime: 'Deployment time',
    upn: 'UPN',
  },
  /** §4.3: the three sections of "Device deployment details". */
  sections: { device: 'Device', apps: 'Apps', scripts: 'Scripts' },
  /** §4.3: the fields of the Device section, in the documented order. */
  device: {
    deviceName: 'Device name',
    deploymentStatus: 'Deployment status',
    deviceId: 'Device ID',
    entraDeviceId: 'Microsoft Entra device ID',
    serialNumber: 'Serial number',
    deploymentPolicy: 'Deployment policy',
    policyVersion: 'Policy Version',
    osVersion: 'OS version',
  },
} as const;
