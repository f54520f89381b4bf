// Checks electron-builder.yml without building an installer (the build machines cannot download
// the Electron binary): valid against app-builder-lib's own scheme.json, and every file it names
// is there. Part of `npm run lint`; `npm run dist` runs it with --built first.
//
//   node scripts/check-builder-config.mjs           the config and the source files it names
//   node scripts/check-builder-config.mjs --built   also the build outputs it packages (after npm run build)
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// The validator and YAML parser electron-builder itself uses (app-builder-lib depends on both), so
// this check accepts and refuses exactly what `electron-builder` would.
const builderRequire = createRequire(createRequire(join(ROOT, 'package.json')).resolve('app-builder-lib/package.json'));
const Ajv = builderRequire('ajv').default;
const yaml = builderRequire('js-yaml');

/** The smallest icon each platform's converter accepts (electron-builder makes .icns from 512+, .ico from 256+). */
const MIN_ICON_PX = 512;

/** Paths under dist/ are build outputs: checked only with `built`, the rest must exist now. */
const isBuildOutput = (pattern) => pattern.startsWith('dist/');

/** The literal folder a files pattern starts from ("dist/renderer/**" -> "dist/renderer"). */
function literalPrefix(pattern) {
  const parts = [];
  for (const part of pattern.split('/')) {
    if (/[*?{}[\]!]/.test(part)) break;
    parts.push(part);
  }
  return parts.join('/');
}

/** Width and height of a PNG, from its IHDR chunk; null when the file is not a PNG. */
export function pngSize(file) {
  const head = readFileSync(file).subarray(0, 24);
  if (head.length < 24 || head.readUInt32BE(0) !== 0x89504e47 || head.toString('latin1', 12, 16) !== 'IHDR')
    return null;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

function nonEmpty(path) {
  if (!existsSync(path)) return false;
  return statSync(path).isDirectory() ? readdirSync(path).length > 0 : true;
}

/** The parsed config, or throws naming the file. */
export function readBuilderConfig(root = ROOT) {
  const file = join(root, 'electron-builder.yml');
  try {
    return yaml.load(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`electron-builder.yml: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Every problem with `config` (as read from electron-builder.yml under `root`), one line each. */
export function builderConfigProblems(config, { root = ROOT, built = false } = {}) {
  const problems = [];
  const schema = JSON.parse(readFileSync(builderRequire.resolve('app-builder-lib/scheme.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, coerceTypes: true, strict: false }).compile(schema);
  if (!validate(structuredClone(config))) {
    for (const error of validate.errors ?? []) {
      const where = error.instancePath || '(top level)';
      const extra = error.params?.additionalProperty ? ` "${error.params.additionalProperty}"` : '';
      problems.push(`electron-builder.yml ${where}: ${error.message ?? 'invalid'}${extra}`);
    }
  }
  if (typeof config !== 'object' || config === null) return problems;

  const icons = ['win', 'mac', 'linux']
    .map((platform) => [platform, config[platform]?.icon ?? config.icon])
    .filter(([, icon]) => icon !== undefined);
  for (const [platform, icon] of icons) {
    const file = join(root, icon);
    if (!existsSync(file)) {
      problems.push(`electron-builder.yml ${platform}.icon: no file at "${icon}"`);
      continue;
    }
    const size = pngSize(file);
    if (!size) problems.push(`electron-builder.yml ${platform}.icon: "${icon}" is not a PNG`);
    else if (size.width < MIN_ICON_PX || size.height < MIN_ICON_PX || size.width !== size.height)
      problems.push(
        `electron-builder.yml ${platform}.icon: "${icon}" is ${size.width}x${size.height}; it must be square, at least ${MIN_ICON_PX} px`,
      );
  }
  for (const [key, dir] of Object.entries(config.directories ?? {})) {
    if (key !== 'output' && !existsSync(join(root, dir)))
      problems.push(`electron-builder.yml directories.${key}: no folder "${dir}"`);
  }
  for (const pattern of config.files ?? []) {
    if (typeof pattern !== 'string' || pattern.startsWith('!')) continue;
    if (isBuildOutput(pattern) && !built) continue;
    const base = literalPrefix(pattern);
    if (!nonEmpty(join(root, base)))
      problems.push(
        `electron-builder.yml files: nothing at "${pattern}"${isBuildOutput(pattern) ? ' (run npm run build first)' : ''}`,
      );
  }
  // What must never ship in app.asar: dev dependencies (and every other node_modules: the bundles carry
  // what they use), tests, and the installers' own output folder.
  const files = (config.files ?? []).filter((p) => typeof p === 'string');
  for (const banned of ['!node_modules/**', '!test/**'])
    if (!files.includes(banned))
      problems.push(`electron-builder.yml files: "${banned}" is missing (it must not be packaged)`);
  const output = config.directories?.output ?? 'dist';
  for (const pattern of files)
    if (
      !pattern.startsWith('!') &&
      ['node_modules', 'test', output].some(
        (dir) =>
          literalPrefix(pattern) === dir || literalPrefix(pattern).startsWith(`${dir}/`) || pattern.startsWith('**'),
      )
    )
      problems.push(`electron-builder.yml files: "${pattern}" would package ${literalPrefix(pattern) || 'everything'}`);
  const main = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).main;
  if (!(config.files ?? []).includes(main))
    problems.push(`electron-builder.yml files: package.json "main" (${main}) is not packaged`);
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let problems;
  try {
    problems = builderConfigProblems(readBuilderConfig(), { built: process.argv.includes('--built') });
  } catch (error) {
    problems = [error instanceof Error ? error.message : String(error)];
  }
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exit(1);
  console.log('electron-builder.yml: schema-valid, every file it names is there');
}
