import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** `import 'virtual:fluent-tokens.css'`: the Fluent tokens as a stylesheet, written at build time. */
function fluentTokensCss(): Plugin {
  const id = 'virtual:fluent-tokens.css';
  const resolved = `\0${id}`;
  return {
    name: 'fluent-tokens-css',
    resolveId: (source) => (source === id ? resolved : null),
    load: async (loaded) => {
      if (loaded !== resolved) return null;
      const { fluentTokensCss: css } = await import('./renderer/styles/fluent-tokens');
      return css();
    },
  };
}

/**
 * Builds the renderer (renderer/) into dist/renderer with relative asset paths, so the same
 * output loads from file:// in Electron and from the web host. assets/ is copied verbatim into
 * the output: it carries the bundled font's licence (assets/fonts/Inter-LICENSE.txt).
 */
export default defineConfig({
  root: here('./renderer'),
  base: './',
  publicDir: here('./assets'),
  plugins: [react(), fluentTokensCss()],
  build: {
    // RENDERER_OUT_DIR lets parallel e2e runs (several working copies of a branch) build side by side.
    // An empty value counts as unset: `??` would build into (and empty) the project root's renderer/.
    outDir: process.env.RENDERER_OUT_DIR || here('./dist/renderer'),
    emptyOutDir: true,
    target: 'chrome120',
    // One bundle loaded from disk or localhost, never over a slow network: React, framer-motion
    // and the contract's zod schemas together are ~530 kB before gzip.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        // Everything the first screen needs in one file (issue 16): what the entry imports statically
        // would otherwise be split into the pieces it shares with lazy chunks, nine requests instead of
        // one, and the browser starts evaluating only when the last of them has come.
        codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] },
      },
    },
  },
});
