// `npm run lint:electron`: Doyensec's electronegativity over the Electron sources (electron/) and
// the renderer (renderer/, whose index.html carries the CSP meta tag). Fails on any finding of
// medium severity or more that is not in ACCEPTED below with its reason; lower findings are listed.
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
/** Electron 45 (package.json): electronegativity cannot read the version from a node_modules symlink. */
const ELECTRON_VERSION = '45.4.1';

/**
 * Findings looked at and accepted, by check id and file (relative to the repository). Each says
 * why the setting is what we want; docs/ARCHITECTURE.md ("Security") points here.
 */
export const ACCEPTED = {
  'PRELOAD_JS_CHECK electron/main/device-window.ts':
    'A "review the preload" reminder. electron/preload/preload.ts is sandboxed and exposes exactly ' +
    'window.oobeSim = { invoke, subscribe } through contextBridge: one invoke channel answered by the ' +
    'dispatcher (which validates every payload with zod) and one event channel; no Node or ipcRenderer object crosses.',
};

/**
 * The two passes. The CSP check runs over the renderer (its index.html meta tag; Electron main
 * sends the same policy as a header from a constant the check cannot read, proven strict by
 * test/unit/electron/hardening.test.ts); every other check over electron/. The available-security-fixes
 * check is left out: it downloads Electron's release list, which the build machines cannot, and
 * Electron updates come through npm like every other dependency.
 */
const PASSES = [
  { folder: 'electron', excludeFromScan: ['CSPGlobalCheck', 'AvailableSecurityFixesGlobalCheck'] },
  { folder: 'renderer', customScan: ['CSPGlobalCheck'] },
];

/** One pass: its issues with repository-relative files. */
async function scan({ folder, customScan = [], excludeFromScan = [] }) {
  const run = require('@doyensec/electronegativity');
  const { issues, errors } = await run({
    input: join(ROOT, folder),
    isRelative: false,
    electronVersionOverride: ELECTRON_VERSION,
    parserPlugins: [],
    customScan,
    excludeFromScan,
  });
  for (const error of errors.filter((e) => !e.tolerable))
    console.error(`electronegativity: ${error.file}: ${error.message}`);
  return issues.map((issue) => ({
    id: issue.id,
    severity: issue.severity.name ?? String(issue.severity.value),
    severityValue: issue.severity.value,
    confidence: issue.confidence.name ?? String(issue.confidence.value),
    file: issue.file === 'N/A' ? folder : relative(ROOT, issue.file),
    line: issue.location?.line ?? 0,
    description: issue.description,
  }));
}

export async function electronegativityFindings() {
  const findings = [];
  for (const pass of PASSES) findings.push(...(await scan(pass)));
  // The severity scale: informational 0, low 1, medium 2, high 3 (electronegativity's finder).
  const serious = findings.filter((f) => f.severityValue >= 2);
  return {
    findings,
    unexplained: serious.filter((f) => !(`${f.id} ${f.file}` in ACCEPTED)),
    accepted: serious.filter((f) => `${f.id} ${f.file}` in ACCEPTED),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { findings, unexplained, accepted } = await electronegativityFindings();
  for (const f of accepted) console.log(`accepted  ${f.id} (${f.severity}) ${f.file}:${f.line}`);
  for (const f of findings.filter((x) => x.severityValue < 2))
    console.log(`low       ${f.id} (${f.severity}) ${f.file}:${f.line}`);
  for (const f of unexplained) console.error(`FINDING   ${f.id} (${f.severity}) ${f.file}:${f.line}: ${f.description}`);
  if (unexplained.length > 0) {
    console.error(
      `electronegativity: ${unexplained.length} finding(s) of medium or higher; fix them or explain them in scripts/electronegativity.mjs (ACCEPTED)`,
    );
    process.exit(1);
  }
  console.log(`electronegativity: ${findings.length} finding(s), none of medium or higher left unexplained`);
}
