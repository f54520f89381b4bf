/** Where Windows keeps what it learned from the Autopilot profile (user-driven.md §6.4). */
export const AUTOPILOT_DIAGNOSTICS_KEY =
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot';
