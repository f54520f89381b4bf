/**
 * Builds Electron's main process and preload into dist/electron/{main,preload}.cjs.
 *
 * Two separate builds (two Vite environments), not one build with two entries: a sandboxed
 * preload cannot require() anything but `electron`, so it must be one self-contained file, and
 * with two entries the bundler may split shared code into a chunk both require. The
 * `selfContained` check fails the build if that ever happens anyway.
 * Everything else (the core, the runtime, zod) is bundled in, so the packaged app needs no
 * node_modules; only `electron` and Node's built-ins stay external.
 */
import { builtinModules } from 'node:module';
import { defineConfig, type EnvironmentOptions, type Plugin } from 'vite';

const EXTERNAL = ['electron', /^electron\//, ...builtinModules, /^node:/];

function electronBundle(entry: string, fileName: string): EnvironmentOptions {
  return {
    consumer: 'server',
    resolve: { noExternal: true, external: ['electron'] },
    build: {
      outDir: 'dist/electron',
      emptyOutDir: false,
      // Electron 45 ships Node 22 / Chromium 142.
      target: 'node22',
      minify: false,
      sourcemap: true,
      copyPublicDir: false,
      rolldownOptions: {
        input: entry,
        external: EXTERNAL,
        output: { format: 'cjs', entryFileNames: fileName, codeSplitting: false },
      },
    },
  };
}

/** Fails the build when an output file would require() another bundle file. */
function selfContained(): Plugin {
  return {
    name: 'oobe-sim:self-contained',
    generateBundle(_options, bundle) {
      const files = Object.values(bundle);
      if (files.filter((file) => file.type === 'chunk').length > 1) {
        this.error(`expected one chunk, got ${files.map((file) => file.fileName).join(', ')}`);
      }
    },
  };
}

export default defineConfig({
  // No index.html or public/ here: this config only bundles Node-side entries.
  publicDir: false,
  plugins: [selfContained()],
  environments: {
    main: electronBundle('electron/main/main.ts', 'main.cjs'),
    preload: electronBundle('electron/preload/preload.ts', 'preload.cjs'),
  },
  builder: {
    async buildApp(builder) {
      const { main, preload } = builder.environments;
      if (!main || !preload) throw new Error('vite.electron.config.ts: missing environments');
      await builder.build(main);
      await builder.build(preload);
    },
  },
});
