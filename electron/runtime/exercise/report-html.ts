import type { AttemptReport } from '../../../shared/exercise';

/** h:mm:ss on the device's clock, as the CLI's timelines print it. */
export function clockText(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

const STATUS_TEXT: Record<AttemptReport['status'], string> = {
  running: 'In progress',
  completed: 'Completed: every objective met',
  ended: 'Ended by the trainee',
  'timed-out': 'Time limit reached',
};

/**
 * The attempt report as one self-contained HTML file: inline styles, no script, no external
 * resource, so a trainer opens it in any browser with no server. The JSON report rides along in a
 * `<script type="application/json">` block (data, never run) for tools that collect a class's work.
 */
export function reportHtml(report: AttemptReport): string {
  const e = escapeHtml;
  const objectives = report.objectives
    .map(
      (o) =>
        `<tr><td>${o.met ? '✔ met' : '✘ not met'}</td><td>${e(o.label)}</td><td>${o.points}</td><td>${o.metAtMs === null ? '' : clockText(o.metAtMs)}</td></tr>`,
    )
    .join('\n');
  const hints =
    report.hintsUsed.length === 0
      ? '<p>No hints used.</p>'
      : `<ol>${report.hintsUsed.map((h) => `<li>${e(h.text)} <small>(−${h.cost} at ${clockText(h.atMs)})</small></li>`).join('')}</ol>`;
  const timeline = report.timeline
    .map((a) => `<tr><td>${clockText(a.atMs)}</td><td>${e(a.kind)}</td><td>${e(a.detail)}</td></tr>`)
    .join('\n');
  const citations = report.debrief.citations.map((c) => `<li><code>${e(c)}</code></li>`).join('');
  const json = JSON.stringify(report).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Exercise report: ${e(report.title)}</title>
<style>
body{font-family:"Segoe UI",system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1b1b1b;line-height:1.45}
h1{font-size:1.5rem;margin-bottom:.25rem}h2{font-size:1.15rem;margin-top:1.75rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f5f5f5}.score{font-size:1.25rem;font-weight:600}code{background:#f3f3f3;padding:0 .25rem}
</style>
</head>
<body>
<h1>${e(report.title)}</h1>
<p>Exercise <code>${e(report.exercise)}</code> · level ${e(report.level)} · scenario seed ${report.scenarioSeed}</p>
<p class="score">Score: ${report.score} / ${report.maxScore}</p>
<p>${e(STATUS_TEXT[report.status])}. Time taken: ${clockText(report.timeTakenMs)} (device clock ${clockText(report.startedAtMs)} to ${clockText(report.endedAtMs)}).</p>
<h2>Objectives</h2>
<table><thead><tr><th>Result</th><th>Objective</th><th>Points</th><th>Met at</th></tr></thead><tbody>
${objectives}
</tbody></table>
<h2>Hints used</h2>
${hints}
<h2>Debrief</h2>
<p><strong>Root cause:</strong> ${e(report.debrief.rootCause)}</p>
<p><strong>The real-world fix:</strong> ${e(report.debrief.fix)}</p>
<p><strong>Where it is written:</strong></p><ul>${citations}</ul>
<h2>Timeline of the trainee's actions</h2>
<table><thead><tr><th>Device time</th><th>Kind</th><th>What</th></tr></thead><tbody>
${timeline}
</tbody></table>
<script type="application/json" id="report">${json}</script>
</body>
</html>
`;
}
