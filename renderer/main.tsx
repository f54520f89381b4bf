// First: the connection to the device opens before React and the screens are evaluated.
import { firstClient } from './client/first-client';
import { takeBootSnapshot } from './client/boot-snapshot';
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import './styles/base.css';
// The Fluent tokens as CSS variables, written at build time (styles/fluent-tokens.ts).
import 'virtual:fluent-tokens.css';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { markPlatformFonts } from './styles/platform-fonts';
import { markSoftwareRendering } from './styles/software-rendering';

const root = document.getElementById('root');
if (!root) throw new Error('renderer/index.html has no #root');

markPlatformFonts(document, navigator);

const reactRoot = createRoot(root);
// The first render runs now, inside the bundle's evaluation, not in a task scheduled after it: the
// first frame carries the device's screen instead of an empty root (issue 16: about 15 ms sooner).
flushSync(() =>
  reactRoot.render(
    <StrictMode>
      {/* /trainer (web) or #trainer (Electron's app:// window) is the trainer console on the same session. */}
      {/* /lab or #lab likewise is the lab (issue 15). */}
      <App client={firstClient} view={viewOf(location)} bootSnapshot={takeBootSnapshot(document)} />
    </StrictMode>,
  ),
);

markSoftwareRendering(document);

function viewOf({ pathname, hash }: Location): 'device' | 'trainer' | 'lab' {
  if (pathname === '/trainer' || hash === '#trainer') return 'trainer';
  if (pathname === '/lab' || hash === '#lab') return 'lab';
  return 'device';
}
