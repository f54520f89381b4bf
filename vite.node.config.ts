/**
 * Builds the `oobe-sim` CLI and the web host as plain JavaScript, so neither needs tsx (and its
 * TypeScript transform) at start-up: dist/cli/oobe-sim.mjs and dist/host/web-host.mjs.
 *
 * Both land two folders below the repository root, as their sources do (electron/cli/,
 * electron/host/), so the `new URL('../../assets', import.meta.url)` look-ups in the code find
 * the same files built or not. zod and the rest of the project are bundled in; ws and
 * playwright-core stay external (their optional native parts and browser registry resolve at run
 * time) and load from node_modules. Dynamic imports stay separate chunks, so `oobe-sim --help`
 * loads no core and no zod.
 *
 * Each output folder gets sources.json: the source files the bundle was made from, which
 * bin/oobe-sim.mjs and scripts/web.mjs compare against the bundle so an edited checkout never runs
 * a stale build.
 */
import { relative } from 'node:path';
import { builtinModules } from 'node:module';
import { defineConfig, type EnvironmentOptions, type Plugin } from 'vite';

const EXTERNAL = [...builtinModules, /^node:/, 'ws', 'playwright-core', /^playwright-core\//, 'tsx', /^tsx\//];

function nodeBundle(entry: string, outDir: string, fileName: string): EnvironmentOptions {
  return {
    consumer: 'server',
    resolve: { noExternal: true, external: ['ws', 'playwright-core'] },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      rolldownOptions: {
        input: entry,
        external: EXTERNAL,
        output: { format: 'esm', entryFileNames: fileName, chunkFileNames: '[name]-[hash].mjs' },
      },
    },
  };
}

/** Writes sources.json (repository-relative paths of every bundled source file) next to the bundle. */
function sourceList(): Plugin {
  return {
    name: 'oobe-sim:source-list',
    generateBundle(_options, bundle) {
      const sources = new Set<string>();
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        for (const id of file.moduleIds) {
          const path = relative(process.cwd(), id.split('?')[0] ?? id).replaceAll('\\', '/');
          if (!path.startsWith('..') && !path.includes('node_modules') && !id.startsWith('\0')) sources.add(path);
        }
      }
      this.emitFile({ type: 'asset', fileName: 'sources.json', source: JSON.stringify([...sources].sort(), null, 1) });
    },
  };
}

/**
 * OOBE_SIM_NODE_PREFIX puts the output in dist/<prefix>cli and dist/<prefix>host instead (the test
 * that builds it uses this, so CLI tests running beside it never see dist/cli half-written).
 */
const prefix = process.env.OOBE_SIM_NODE_PREFIX ?? '';
if (!/^[a-z-]*$/.test(prefix)) throw new Error(`OOBE_SIM_NODE_PREFIX: "${prefix}" is not lowercase letters and dashes`);

export default defineConfig({
  publicDir: false,
  plugins: [sourceList()],
  environments: {
    cli: nodeBundle('electron/cli/main.ts', `dist/${prefix}cli`, 'oobe-sim.mjs'),
    host: nodeBundle('electron/host/main.ts', `dist/${prefix}host`, 'web-host.mjs'),
  },
  builder: {
    async buildApp(builder) {
      const { cli, host } = builder.environments;
      if (!cli || !host) throw new Error('vite.node.config.ts: missing environments');
      await builder.build(cli);
      await builder.build(host);
    },
  },
});
