import { Rng } from '../../rng';
import type { DeviceState } from '../../state';
import { CRLF, fail, ok, type ShellCommand } from '../command-result';
import { deviceDate, dsregTime } from '../device-time';

/**
 * `dsregcmd /status` in the layout of external-diagnostics.md §1: 72-column banners, the field
 * name right-aligned in 26 characters, ` : `, the value. Sections and values follow the live join
 * state: not joined in OOBE (NO/NO/NO, no Device or Tenant Details), Entra joined after the join,
 * hybrid joined once the computer account exists, a PRT once the user is signed in.
 */

const RULE = `+${'-'.repeat(70)}+`;

function banner(title: string): string[] {
  return [RULE, `| ${title.padEnd(69)}|`, RULE, ''];
}

function f(name: string, value: string): string {
  return `${name.padStart(26)} :${value === '' ? '' : ` ${value}`}`;
}

function guid(seed: number, label: string): string {
  const hex = [...Rng.derive(seed, label).bytes(16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function thumbprint(seed: number): string {
  return [...Rng.derive(seed, 'dsreg.thumbprint').bytes(20)]
    .map((b) => b.toString(16).padStart(2, '0').toUpperCase())
    .join('');
}

/** The Entra device object id of this device (stable per seed). */
export function entraDeviceId(state: DeviceState): string {
  return guid(state.setup.seed, 'entra.deviceId');
}

function joinFacts(state: DeviceState) {
  const azureAd = state.account.joined;
  const domain = state.account.domainJoined;
  const tpm = state.setup.device.tpm.presence === '2.0';
  return { azureAd, domain, tpm };
}

function deviceState(state: DeviceState): string[] {
  const { azureAd, domain } = joinFacts(state);
  const ad = state.setup.tenant.activeDirectory;
  return [
    ...banner('Device State'),
    f('AzureAdJoined', azureAd ? 'YES' : 'NO'),
    f('EnterpriseJoined', 'NO'),
    f('DomainJoined', domain ? 'YES' : 'NO'),
    ...(domain && ad ? [f('DomainName', ad.netbiosName)] : []),
    f('Virtual Desktop', 'NOT SET'),
    f('Device Name', state.computerName),
    '',
  ];
}

function deviceDetails(state: DeviceState): string[] {
  const { tpm } = joinFacts(state);
  const joinedAt = deviceDate(state, 0);
  const from = new Date(joinedAt.getTime());
  const to = new Date(from.getTime() + 10 * 365.25 * 24 * 3600 * 1000 + 90 * 60 * 1000);
  return [
    ...banner('Device Details'),
    f('DeviceId', entraDeviceId(state)),
    f('Thumbprint', thumbprint(state.setup.seed)),
    f('DeviceCertificateValidity', `[ ${dsregTime(from)} -- ${dsregTime(to)} ]`),
    f('KeyContainerId', guid(state.setup.seed, 'dsreg.keyContainer')),
    f('KeyProvider', tpm ? 'Microsoft Platform Crypto Provider' : 'Microsoft Software Key Storage Provider'),
    f('TpmProtected', tpm ? 'YES' : 'NO'),
    f('DeviceAuthStatus', 'SUCCESS'),
    '',
  ];
}

function tenantDetails(state: DeviceState): string[] {
  const t = state.setup.tenant;
  const mdm = t.mdmUserScope !== 'None';
  return [
    ...banner('Tenant Details'),
    f('TenantName', t.name),
    f('TenantId', t.id),
    f('Idp', 'login.windows.net'),
    f('AuthCodeUrl', `https://login.microsoftonline.com/${t.id}/oauth2/authorize`),
    f('AccessTokenUrl', `https://login.microsoftonline.com/${t.id}/oauth2/token`),
    f('MdmUrl', mdm ? 'https://enrollment.manage.microsoft.com/enrollmentserver/discovery.svc' : ''),
    f('MdmTouUrl', mdm ? 'https://portal.manage.microsoft.com/TermsofUse.aspx' : ''),
    f('MdmComplianceUrl', mdm ? 'https://portal.manage.microsoft.com/?portalAction=Compliance' : ''),
    f('SettingsUrl', ''),
    f('JoinSrvVersion', '2.0'),
    f('JoinSrvUrl', 'https://enterpriseregistration.windows.net/EnrollmentServer/device/'),
    f('JoinSrvId', 'urn:ms-drs:enterpriseregistration.windows.net'),
    f('KeySrvVersion', '1.0'),
    f('KeySrvUrl', 'https://enterpriseregistration.windows.net/EnrollmentServer/key/'),
    f('KeySrvId', 'urn:ms-drs:enterpriseregistration.windows.net'),
    f('WebAuthNSrvVersion', '1.0'),
    f('WebAuthNSrvUrl', `https://enterpriseregistration.windows.net/webauthn/${t.id}/`),
    f('WebAuthNSrvId', 'urn:ms-drs:enterpriseregistration.windows.net'),
    f('DeviceManagementSrvVer', '1.0'),
    f('DeviceManagementSrvUrl', `https://enterpriseregistration.windows.net/manage/${t.id}/`),
    f('DeviceManagementSrvId', 'urn:ms-drs:enterpriseregistration.windows.net'),
    '',
  ];
}

/**
 * NgcSet and its key (external-diagnostics.md:102–109): YES once the signed-in user's PIN is set
 * (the Windows Hello record), with the key's id, stable per device and user, and CanReset.
 * DestructiveOnly because the simulated tenant has no PIN recovery setting [UNVERIFIED].
 */
function ngcLines(state: DeviceState): string[] {
  const upn = state.account.upn;
  const set = state.account.joined && state.account.signedIn && upn !== null && state.hello?.outcome === 'pin-set';
  if (!set) return [f('NgcSet', 'NO')];
  const keyId = guid(state.setup.seed, `ngc.key.${upn}`).toUpperCase();
  return [f('NgcSet', 'YES'), f('NgcKeyId', `{${keyId}}`), f('CanReset', 'DestructiveOnly')];
}

function userState(state: DeviceState): string[] {
  return [...banner('User State'), ...ngcLines(state), f('WorkplaceJoined', 'NO'), f('WamDefaultSet', 'NO'), ''];
}

function ssoState(state: DeviceState): string[] {
  const prt = state.account.joined && state.account.signedIn;
  const now = deviceDate(state);
  const adfs = state.account.domainJoined && state.setup.tenant.activeDirectory?.federation === 'adfs';
  return [
    ...banner('SSO State'),
    f('AzureAdPrt', prt ? 'YES' : 'NO'),
    ...(prt
      ? [
          f('AzureAdPrtUpdateTime', dsregTime(now)),
          f('AzureAdPrtExpiryTime', dsregTime(new Date(now.getTime() + 14 * 24 * 3600 * 1000))),
          f('AzureAdPrtAuthority', `https://login.microsoftonline.com/${state.setup.tenant.id}`),
        ]
      : []),
    f('EnterprisePrt', adfs && prt ? 'YES' : 'NO'),
    f('EnterprisePrtAuthority', ''),
    f('OnPremTgt', 'NO'),
    f('CloudTgt', prt ? 'YES' : 'NO'),
    ...(prt
      ? [
          f(
            'KerbTopLevelNames',
            '.windows.net,.windows.net:1433,.windows.net:3342,.azure.net,.azure.net:1433,.azure.net:3342',
          ),
        ]
      : []),
    '',
  ];
}

function diagnosticData(state: DeviceState): string[] {
  if (!state.account.joined) return [];
  const upn = state.account.upn;
  return [
    ...banner('Diagnostic Data'),
    f('AadRecoveryEnabled', 'NO'),
    ...(upn && state.account.signedIn ? [f('Executing Account Name', `AzureAD\\${upn.split('@')[0]}, ${upn}`)] : []),
    f('KeySignTest', 'PASSED'),
    '',
    f('DisplayNameUpdated', 'YES'),
    f('OsVersionUpdated', 'YES'),
    f('HostNameUpdated', 'YES'),
    '',
    f('Last HostName Update', 'NONE'),
    '',
  ];
}

function proxySections(): string[] {
  return [
    ...banner('IE Proxy Config for Current User'),
    f('Auto Detect Settings', 'YES'),
    f('Auto-Configuration URL', ''),
    f('Proxy Server List', ''),
    f('Proxy Bypass List', ''),
    '',
    ...banner('WinHttp Default Proxy Config'),
    f('Access Type', 'DIRECT'),
    '',
  ];
}

function ngcCheck(state: DeviceState): string[] {
  const joined = state.account.joined;
  const user = joined && state.account.signedIn;
  return [
    ...banner('Ngc Prerequisite Check'),
    f('IsDeviceJoined', joined ? 'YES' : 'NO'),
    f('IsUserAzureAD', user ? 'YES' : 'NO'),
    f('PolicyEnabled', 'NO'),
    f('PostLogonEnabled', 'YES'),
    f('DeviceEligible', 'YES'),
    f('SessionIsNotRemote', 'YES'),
    f('CertEnrollment', 'none'),
    f('PreReqResult', user ? 'WillProvision' : 'WillNotProvision'),
    '',
  ];
}

/** The whole /status report for the device as it is now. */
export function dsregStatus(state: DeviceState): string {
  const { azureAd, domain } = joinFacts(state);
  const joined = azureAd || domain;
  const body = [
    '',
    ...deviceState(state),
    ...(joined && azureAd ? [...deviceDetails(state), ...tenantDetails(state)] : []),
    ...userState(state),
    ...ssoState(state),
    ...diagnosticData(state),
    ...proxySections(),
    ...ngcCheck(state),
    'For more information, please visit https://www.microsoft.com/aadjerrors',
  ];
  return body.map((l) => `${l}${CRLF}`).join('');
}

const USAGE = [
  'DSREGCMD switches',
  '                        /? : Displays the help message for DSREGCMD',
  '                   /status : Displays the device join status',
  '               /status_old : Displays the device join status in old format',
  '                     /join : Schedules and monitors the Autojoin task to Hybrid Join the device',
  '                    /leave : Performs Hybrid Unjoin',
  '                    /debug : Displays debug messages',
  '               /refreshprt : Refreshes PRT in the CloudAP cache',
  '',
].join(CRLF);

/** `dsregcmd /status` (other switches print the usage). */
export const dsregcmdCommand: ShellCommand = ({ ctx }, args) => {
  if (args.some((a) => a.toLowerCase() === '/status')) return ok(dsregStatus(ctx.state));
  return args.length === 0 || args.includes('/?') ? ok(`${USAGE}${CRLF}`) : fail(`${USAGE}${CRLF}`);
};
