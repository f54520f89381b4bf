import type { DeviceSetupInput } from '../../shared/device-setup';
import type { ScreenId } from '../../shared/screen-ids';
import {
  TEST_PIN,
  answerWindowsHello as answerWindowsHelloOn,
  driveDevice,
  type DeviceDriver,
} from '../support/device-driver';
import { CONTOSO, MINUTE, PASSWORD, PRESET_LANGUAGE, UPN, WIRED_NETWORK } from '../support/setups';

/** Drives a real device through a user-driven deployment to the desktop, for the Autopilot Reset tests. */

export { MINUTE, PASSWORD, UPN } from '../support/setups';
export const ADMIN = { name: 'ContosoAdmin', password: 'Admin-2026' };
export const STANDARD = { name: 'Kiosk', password: 'Kiosk-2026' };

export interface ResetSetupOptions {
  policy?: 'allow' | 'not-configured' | null;
  winre?: 'enabled' | 'disabled' | 'missing';
  hybrid?: boolean;
  usbPackage?: string;
  wifi?: boolean;
}

/** A wired (or Wi-Fi) Contoso device with a local administrator, a standard local account and two users. */
export function resetSetup(options: ResetSetupOptions = {}): DeviceSetupInput {
  const hybrid = options.hybrid ?? false;
  const policy = options.policy === undefined ? 'allow' : options.policy;
  return {
    seed: 7707,
    device: {
      winre: options.winre ?? 'enabled',
      localAccounts: [
        { name: ADMIN.name, password: ADMIN.password, administrator: true },
        { name: STANDARD.name, password: STANDARD.password, administrator: false },
      ],
      usbDrives: options.usbPackage ? [{ label: 'CONTOSO-IT', provisioningPackage: options.usbPackage }] : [],
      network: options.wifi
        ? {
            ethernet: { present: false },
            wifi: {
              present: true,
              networks: [{ ssid: 'Contoso-Corp', security: 'WPA2-Personal', password: 'corp-key' }],
            },
          }
        : WIRED_NETWORK,
    },
    environment: { domainControllerReachable: true },
    tenant: {
      ...CONTOSO,
      users: [
        { upn: UPN, displayName: 'Megan Bowen', password: PASSWORD, onPremisesSamAccountName: 'mbowen' },
        { upn: 'lee@contoso.com', displayName: 'Lee Gu', password: 'Lee-Pa55' },
        { upn: 'admin@contoso.com', displayName: 'Contoso Admin', password: 'Entra-Adm1n', entraAdmin: true },
      ],
      ...(hybrid
        ? { activeDirectory: { domain: 'contoso.com', netbiosName: 'CONTOSO', federation: 'adfs' as const } }
        : {}),
    },
    policies: {
      deploymentProfile: {
        name: 'Contoso',
        joinType: hybrid ? 'hybrid' : 'entra',
        ...(options.wifi ? {} : PRESET_LANGUAGE),
      },
      enrollmentStatusPage: { name: 'Contoso ESP' },
      ...(hybrid ? { domainJoin: { computerNamePrefix: 'CTS-', domain: 'contoso.com' } } : {}),
      ...(policy ? { deviceRestrictions: { autopilotReset: policy } } : {}),
    },
    workload: {
      apps: [
        { id: 'portal', name: 'Company Portal', type: 'store', durationMs: 2 * MINUTE },
        { id: 'agent', name: 'Contoso agent', type: 'win32', durationMs: 4 * MINUTE },
        { id: 'notes', name: 'Contoso Notes', type: 'lob', context: 'user', durationMs: 3 * MINUTE },
      ],
      certificates: [{ id: 'scep', name: 'Contoso SCEP certificate', durationMs: 20_000 }],
    },
  };
}

export type Driven = DeviceDriver;

/** Powers the device on: the shared driver (click, type, keys, waits for screens). */
export const drive = driveDevice;

export { TEST_PIN };

/** Answers whatever the user-driven flow asks until the desktop (or `stopAt`) shows; Windows Hello gets a PIN. */
export function deployToDesktop(input: DeviceSetupInput, stopAt: ScreenId = 'desktop'): Driven {
  const d = drive(input);
  const hybrid = input.policies?.deploymentProfile?.joinType === 'hybrid';
  for (let guard = 0; d.device.state.page.id !== stopAt; guard++) {
    if (guard > 10_000) throw new Error(`stuck on ${d.device.state.page.id}`);
    const page = d.device.state.page;
    switch (page.id) {
      case 'region':
        d.click('yes');
        break;
      case 'keyboard':
        d.click('yes');
        break;
      case 'second-keyboard':
        d.click('skip');
        break;
      case 'network':
        if (page.connecting || d.device.state.network.connectedSsid) {
          if (d.view().id === 'network' && (d.view() as { canContinue: boolean }).canContinue) d.click('next');
          else d.skip();
          break;
        }
        d.select('network', 'Contoso-Corp');
        d.click('connect');
        d.type('network-key', 'corp-key');
        d.click('key-next');
        break;
      case 'branding-signin':
        d.type('username', UPN);
        d.click('next');
        break;
      case 'password':
        if (page.busy) d.skip();
        else {
          d.type('password', PASSWORD);
          d.click('sign-in');
        }
        break;
      case 'signon':
        if (page.stage === 'press-ctrl-alt-del') d.key('Ctrl+Alt+Delete');
        else {
          d.type('username', hybrid ? 'CONTOSO\\mbowen' : UPN);
          d.type('password', PASSWORD);
          d.click('sign-in');
        }
        break;
      case 'stay-signed-in':
        d.click('ok');
        break;
      case 'all-set':
        d.click('done');
        break;
      case 'windows-hello':
        answerWindowsHello(d);
        break;
      case 'mfa':
        if (page.busy) d.skip();
        else {
          d.type('code', '123456');
          d.click('verify');
        }
        break;
      case 'esp':
        if (d.view().id === 'esp' && (d.view() as { signOut: boolean }).signOut) d.click('sign-out');
        else if (d.skip() === null) throw new Error('ESP waits for nothing');
        break;
      default:
        if (d.skip() === null) throw new Error(`stuck on ${page.id}`);
    }
  }
  return d;
}

/** One step of the Windows Hello pages (the shared driver's answers). */
export function answerWindowsHello(d: Driven): void {
  answerWindowsHelloOn(d.device);
}

/** From the desktop: lock, Ctrl+Win+R, and the administrator's credentials. */
export function triggerLocalReset(d: Driven, account = ADMIN): void {
  d.key('Meta+L');
  d.key('Ctrl+Meta+R');
  d.type('username', account.name);
  d.type('password', account.password);
  d.click('reset');
}
