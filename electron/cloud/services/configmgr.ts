import type { CoManagementPolicy } from '../../../shared/scenario/policies';
import type { ConfigManagerSite, TenantState } from '../tenant-state';
import { copyJson } from '../tenant-state';
import type { AnswerOf, RequestOf } from './requests';

/**
 * Co-management's side of the cloud: Intune's co-management settings policy and CCMSetup.msi
 * (enrollment.manage.microsoft.com), and the Configuration Manager site behind its cloud management
 * gateway (*.cloudapp.net): client content, registration, policy (device-model.md §12.1).
 */

/** The policies as a list: the scenario may give one or several. */
export function coManagementPolicies(tenant: TenantState): CoManagementPolicy[] {
  const value = tenant.intune.policies.coManagement;
  if (!value) return [];
  return Array.isArray(value) ? value : [value];
}

/** Intune pre-computes the winner by priority (000:133): the lowest number, the first listed on a tie. */
export function winningPolicy(policies: readonly CoManagementPolicy[]): CoManagementPolicy | null {
  let best: CoManagementPolicy | null = null;
  for (const p of policies) if (!best || p.priority < best.priority) best = p;
  return best;
}

export function coManagementPolicy(tenant: TenantState): AnswerOf<'intune.comanagement-policy'> {
  const policy = winningPolicy(coManagementPolicies(tenant));
  return policy ? { kind: 'policy', policy: copyJson(policy) } : { kind: 'none' };
}

/** Size of CCMSetup.msi as Intune serves it. [INF] A choice: the documents give no size. */
const CCMSETUP_MSI_BYTES = 5_242_880;

export function ccmsetupMsi(tenant: TenantState): AnswerOf<'intune.ccmsetup'> {
  const policy = winningPolicy(coManagementPolicies(tenant));
  return policy?.autoInstallConfigMgrClient ? { kind: 'msi', sizeBytes: CCMSETUP_MSI_BYTES } : { kind: 'no-policy' };
}

function siteOf(tenant: TenantState, siteCode: string): ConfigManagerSite | null {
  const site = tenant.configManager;
  return site && site.setup.siteCode.toUpperCase() === siteCode.toUpperCase() ? site : null;
}

export function cmgClientContent(
  tenant: TenantState,
  request: RequestOf<'cmg.client-content'>,
): AnswerOf<'cmg.client-content'> {
  const site = siteOf(tenant, request.siteCode);
  if (!site) return { kind: 'unknown-site' };
  return { kind: 'content', sizeMb: site.setup.clientContentMb, mbps: site.setup.cmgMbps };
}

export function cmgRegister(tenant: TenantState, request: RequestOf<'cmg.register'>): AnswerOf<'cmg.register'> {
  const site = siteOf(tenant, request.siteCode);
  if (!site) return { kind: 'unknown-site' };
  if (site.setup.clientAuthentication === 'pki') {
    return { kind: 'refused', reason: 'the CMG requires a PKI client certificate and the new client has none yet' };
  }
  const serialNumber = request.caller.serialNumber;
  let client = site.clients.find((c) => c.serialNumber === serialNumber);
  if (!client) {
    client = { serialNumber, clientId: `GUID:${clientGuid(serialNumber, site.setup.siteCode)}` };
    site.clients.push(client);
  }
  return { kind: 'registered', clientId: client.clientId };
}

export function cmgPolicy(tenant: TenantState, request: RequestOf<'cmg.policy'>): AnswerOf<'cmg.policy'> {
  const site = siteOf(tenant, request.siteCode);
  return site ? { kind: 'policy', site: copyJson(site.setup) } : { kind: 'unknown-site' };
}

/** A deterministic upper-case GUID for a client (FNV-1a over the serial number and site). */
function clientGuid(serialNumber: string, siteCode: string): string {
  let hex = '';
  for (let round = 0; hex.length < 32; round += 1) {
    let h = 0x811c9dc5 ^ round;
    for (const ch of `${siteCode}:${serialNumber}#${round}`) {
      h ^= ch.charCodeAt(0);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    hex += h.toString(16).padStart(8, '0');
  }
  const g = hex.toUpperCase();
  return `${g.slice(0, 8)}-${g.slice(8, 12)}-${g.slice(12, 16)}-${g.slice(16, 20)}-${g.slice(20, 32)}`;
}
