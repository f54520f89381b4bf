import type { DeviceSetupInput } from './device-setup';

/** The fictional tenant's logo: our own drawing (no real organisation's artwork). */
const CONTOSO_LOGO =
  'data:image/svg+xml;base64,' +
  btoa(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="10" fill="#1b5e7a"/>' +
      '<path d="M44 22a14 14 0 1 0 0 20" fill="none" stroke="#fff" stroke-width="7" stroke-linecap="round"/></svg>',
  );

/**
 * The device the app starts with when no scenario is loaded: a registered laptop with an assigned
 * user-driven profile, no cable plugged in, and Wi-Fi in range, so a trainee sees every first page.
 * The key of "Contoso-Guest" is `autopilot` (also in README.md).
 */
export const DEFAULT_DEVICE_SETUP: DeviceSetupInput = {
  seed: 20261122,
  device: {
    network: {
      ethernet: { present: true, cableConnected: false, internet: true },
      wifi: {
        present: true,
        networks: [
          { ssid: 'Contoso-Guest', security: 'WPA2-Personal', password: 'autopilot', signal: 4, internet: true },
          { ssid: 'Contoso-Lab', security: 'WPA3-Personal', password: 'lab-only', signal: 3, internet: false },
          { ssid: 'Cafe Corner', security: 'Open', signal: 2, internet: true },
        ],
      },
    },
  },
  tenant: {
    name: 'Contoso',
    domains: ['contoso.onmicrosoft.com'],
    users: [{ upn: 'megan@contoso.onmicrosoft.com', displayName: 'Megan Bowen', password: 'Pa55w.rd' }],
    branding: { configured: true, logo: CONTOSO_LOGO, signInText: 'Sign in with your Contoso work account.' },
  },
  registration: { registered: true, profileStatus: 'Assigned' },
  policies: { deploymentProfile: { name: 'Contoso user-driven (Entra join)' } },
};
