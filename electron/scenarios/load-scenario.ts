import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, isAbsolute, relative, resolve } from 'node:path';
import type { Scenario } from '../../shared/scenario/scenario';
import { validateScenario } from '../../shared/scenario/validate';
import { jsonErrorLocation, oneLineJsonMessage } from './json-error-location';
import { ASSETS_DIR } from './paths';

/** One problem in one file: which file, where in it (JSON path or line:column), and what. */
export interface FileProblem {
  file: string;
  path: string;
  message: string;
}

export type LoadResult = { ok: true; scenario: Scenario; file: string } | { ok: false; problems: FileProblem[] };

const IMAGE_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
};

/**
 * Reads, parses and validates a scenario file, then inlines the assets it references (the tenant
 * logo) as data: URLs so the pure core never touches the disk. Every problem is reported, not
 * just the first; nothing throws for a bad file. Synchronous: files are small, and the hosts'
 * dispatcher answers each command in one go.
 */
export function loadScenarioFile(path: string): LoadResult {
  const file = relative(process.cwd(), resolve(path)) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    return { ok: false, problems: [{ file, path: '(file)', message: reason }] };
  }
  return loadScenarioText(text, file, dirname(path));
}

/** Parses and validates scenario text (from a file, or sent by the app's "Open file" button). */
export function loadScenarioText(text: string, file: string, baseDir: string): LoadResult {
  let json: unknown;
  const body = text.replace(/^\uFEFF/, '');
  try {
    json = JSON.parse(body);
  } catch (error) {
    const message = `not valid JSON: ${oneLineJsonMessage((error as SyntaxError).message)}`;
    return { ok: false, problems: [{ file, path: jsonErrorLocation(body), message }] };
  }
  const validation = validateScenario(json);
  if (!validation.ok) return { ok: false, problems: validation.problems.map((p) => ({ file, ...p })) };
  const scenario = validation.scenario;
  const problems: FileProblem[] = [];
  const logo = scenario.tenant.branding.logo;
  if (logo && !logo.startsWith('data:')) {
    const inlined = inlineAsset(baseDir, logo);
    if (inlined.ok) scenario.tenant.branding.logo = inlined.dataUrl;
    else problems.push({ file, path: 'tenant.branding.logo', message: inlined.message });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, scenario, file };
}

function inlineAsset(baseDir: string, ref: string): { ok: true; dataUrl: string } | { ok: false; message: string } {
  const type = IMAGE_TYPES[extname(ref).toLowerCase()];
  if (!type) return { ok: false, message: `"${ref}" is not an image this app can show (use .svg, .png, .jpg or .gif)` };
  const candidates = isAbsolute(ref) ? [ref] : [resolve(baseDir, ref), resolve(ASSETS_DIR, ref)];
  const found = candidates.find((c) => existsSync(c));
  if (!found)
    return {
      ok: false,
      message: `missing asset "${ref}" (looked in ${candidates.map((c) => relative(process.cwd(), c)).join(' and ')})`,
    };
  const bytes = readFileSync(found);
  return { ok: true, dataUrl: `data:${type};base64,${bytes.toString('base64')}` };
}
