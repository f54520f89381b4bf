/** Views of the sign-in, join and desktop screens of the user-driven flow. */

export interface PasswordView {
  id: 'password';
  username: string;
  organizationName: string;
  logo: string | null;
  /** "Sign in" on Windows 11, "Next" on Windows 10 (user-driven.md §4). */
  submitLabel: 'Sign in' | 'Next';
  error: string | null;
  /** Signing in: the page waits for Entra ID and Intune. */
  busy: boolean;
}

export interface MfaView {
  id: 'mfa';
  username: string;
  /** The end of the phone number the code was "sent" to. */
  phoneHint: string;
  error: string | null;
  busy: boolean;
}

export interface SomethingWentWrongView {
  id: 'something-went-wrong';
  /** The page's explanation, as Windows shows it. */
  message: string;
  code: string | null;
  canTryAgain: boolean;
}

export interface PrivacySettingView {
  id: string;
  heading: string;
  /** "Yes"/"No", or for diagnostic data "Required only"/"Include Optional". */
  choice: string;
  choices: string[];
  description: string;
}

export interface PrivacyView {
  id: 'privacy';
  settings: PrivacySettingView[];
  /** "Next" until the list has been scrolled to its end, then "Accept". */
  atEnd: boolean;
}

export interface SignOnView {
  id: 'signon';
  /** The lock screen asks for Ctrl+Alt+Delete first, then credentials. */
  stage: 'press-ctrl-alt-del' | 'credentials';
  /** "Sign in to: CONTOSO". */
  domain: string;
  username: string;
  error: string | null;
}

export interface StaySignedInView {
  id: 'stay-signed-in';
  allowManage: boolean;
}

export interface AllSetView {
  id: 'all-set';
}

export interface WorkAccountView {
  upn: string;
  organizationName: string;
  joinType: 'Microsoft Entra joined' | 'Microsoft Entra hybrid joined';
  managedBy: string;
  /** MDM enrolled: the entry has its Info button (an existing client gets it with its enrollment, 002:85). */
  mdmEnrolled: boolean;
}

/**
 * What is open on the desktop: nothing, the Start menu, or a Settings page (System, the home page
 * Settings opens at; Accounts; Accounts > Access work or school; its Info page) or the Configuration
 * Manager applet.
 */
export const DESKTOP_WINDOWS = [
  'none',
  'start-menu',
  'settings-system',
  'settings-accounts',
  'access-work-or-school',
  'work-account-info',
  'configmgr-applet',
] as const;
export type DesktopWindow = (typeof DESKTOP_WINDOWS)[number];

/** The taskbar's network icon: the connection Windows would show (wired wins over Wi-Fi), and whether it reaches the internet. */
export interface DesktopNetworkView {
  kind: 'ethernet' | 'wifi' | 'none';
  internet: boolean;
  /** The Wi-Fi network's name, when connected over Wi-Fi. */
  ssid: string | null;
  /** The Wi-Fi signal in bars (1–4, as the scenario sets it), when connected over Wi-Fi. */
  signal: number | null;
}

export interface DesktopView {
  id: 'desktop';
  computerName: string;
  joinType: 'Microsoft Entra joined' | 'Microsoft Entra hybrid joined' | 'Workgroup';
  userDisplayName: string;
  userPrincipalName: string;
  /** The Settings window open on the desktop, if any ("work-account-info": Managed by <organization> > Info). */
  window: DesktopWindow;
  /** The device's clock (ISO 8601, UTC) and time zone: the taskbar's clock and date. */
  deviceTime?: string;
  timeZone?: string;
  /** What the notification area's network icon shows, from the emulated adapters. */
  network?: DesktopNetworkView;
  workAccount: WorkAccountView | null;
  /** The Configuration Manager client, when installed: what its control panel applet shows (co-management). */
  configMgrClient?: ConfigMgrClientView;
  /** Provisioning finished with an error the user skipped ("Continue anyway"). */
  provisioningIncomplete: boolean;
  /** Device sync status and the apps installing after an Autopilot Reset (Settings > Access work or school > Info). */
  management?: DesktopManagementView;
}

/** The Configuration Manager applet's co-management facts (002:46, 002:135; external-diagnostics.md §5). */
export interface ConfigMgrClientView {
  siteCode: string;
  clientId: string | null;
  /** "Enabled" or "Disabled" (002:46). */
  coManagement: 'Enabled' | 'Disabled';
  /** CoManagementFlags: 1 = all workloads on Configuration Manager. */
  capabilities: number;
  /** Who manages the device: set by Autopilot from the co-management policy. */
  authority: 'Configuration Manager' | 'Intune';
  /** Each workload and who manages it, in the console's order. */
  workloads: { name: string; managedBy: 'Configuration Manager' | 'Intune' }[];
}

export interface DesktopManagementView {
  organizationName: string;
  /** The last MDM sync (device time, ISO 8601), or null. */
  lastSync: string | null;
  appsAfterReset: { name: string; state: 'waiting' | 'installing' | 'installed' }[];
}

export interface DiagnosticsSectionView {
  id: string;
  title: string;
  status: 'complete' | 'error' | 'working';
  rows: { name: string; value: string }[];
}

export interface AutopilotDiagnosticsView {
  id: 'autopilot-diagnostics';
  sections: DiagnosticsSectionView[];
  expanded: string[];
  export: { state: 'idle' | 'exported' | 'failed'; message: string | null };
}
