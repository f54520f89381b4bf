/**
 * Service endpoints the device reaches (external-diagnostics.md §7.3, from Microsoft's Autopilot
 * networking requirements). Wildcard hosts are represented by one name each.
 */
export const SERVICE_ENDPOINTS = [
  'ztd.dds.microsoft.com',
  'cs.dds.microsoft.com',
  'login.live.com',
  'login.microsoftonline.com',
  'enterpriseregistration.windows.net',
  'enrollment.manage.microsoft.com',
  'portal.manage.microsoft.com',
  'time.windows.com',
  'www.msftconnecttest.com',
  'microsoftaik.azure.net',
  'lgmsapeweu.blob.core.windows.net',
  // The Configuration Manager cloud management gateway (*.cloudapp.net, external-diagnostics.md §5.3).
  'cloudapp.net',
] as const;
export type ServiceEndpoint = (typeof SERVICE_ENDPOINTS)[number];
