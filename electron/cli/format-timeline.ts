import type { RunResult } from '../core/scenario/run-result';
import type { DeploymentReport } from '../../shared/report';

/** Virtual time as H:MM:SS. */
export function formatVirtualTime(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** The readable timeline `oobe-sim run` prints without --json: virtual time, screen, what happened. */
export function formatTimeline(result: RunResult, title: string): string {
  const lines = [`${title} (${result.scenario}, seed ${result.seed})`];
  let screen: string = 'powered-off';
  for (const entry of result.timeline) {
    if (entry.kind === 'screen') screen = entry.text.replace(/^Screen: /, '');
    lines.push(`  ${formatVirtualTime(entry.atMs).padStart(9)}  ${screen.padEnd(20)} ${entry.text}`);
  }
  if (result.report) lines.push(...formatReport(result.report));
  for (const problem of result.scriptProblems) {
    lines.push(`  script step ${problem.step + 1} at ${formatVirtualTime(problem.atMs)}: ${problem.message}`);
  }
  lines.push(
    `Outcome: ${result.outcome} — final screen "${result.finalScreen}" after ${formatVirtualTime(result.virtualDurationMs)} of virtual time`,
  );
  return `${lines.join('\n')}\n`;
}

/** The device preparation deployment report in a few lines: the list row, then each app and script. */
function formatReport(report: DeploymentReport): string[] {
  const { row, details } = report;
  const status = (s: string | null) => s ?? '(no status reported)';
  return [
    `Device preparation report: ${row.deploymentStatus}, phase ${row.phase ?? '-'}, deployment time ${row.deploymentTime}`,
    `  ${row.deviceName} (${row.serialNumber}), ${row.upn}, policy "${details.device.deploymentPolicy}" version ${details.device.policyVersion}`,
    ...details.apps.map((a) => `    App "${a.name}": ${status(a.status)}`),
    ...details.scripts.map((s) => `    Script "${s.name}": ${status(s.status)}`),
  ];
}
