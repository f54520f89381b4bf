/**
 * The CCMSetup command line an admin pastes into the co-management settings policy: the
 * `CCMSETUPCMD="…"` form from the console's Enablement tab or the bare properties
 * (external-diagnostics.md §5.3). Only the properties the simulator acts on are read.
 */
export interface ClientCommandLine {
  /** CCMHOSTNAME: the CMG, <name>.CLOUDAPP.NET/CCM_Proxy_MutualAuth/<number>. */
  ccmHostName: string | null;
  /** SMSSITECODE. */
  siteCode: string | null;
  /** AADTENANTID, when given. */
  tenantId: string | null;
  /** PROVISIONTS: the task sequence deployment ID to run right after registration. */
  provisionTs: string | null;
  /** Every property as written, upper-cased names. */
  properties: Record<string, string>;
}

export function parseClientCommandLine(text: string): ClientCommandLine {
  const inner = /CCMSETUPCMD\s*=\s*"([^"]*)"/i.exec(text)?.[1] ?? text;
  const properties: Record<string, string> = {};
  for (const token of inner.split(/\s+/)) {
    const eq = token.indexOf('=');
    if (eq <= 0) continue;
    properties[token.slice(0, eq).toUpperCase()] = token.slice(eq + 1).replace(/^"|"$/g, '');
  }
  return {
    ccmHostName: properties.CCMHOSTNAME ?? null,
    siteCode: properties.SMSSITECODE ?? null,
    tenantId: properties.AADTENANTID ?? null,
    provisionTs: properties.PROVISIONTS ?? null,
    properties,
  };
}
