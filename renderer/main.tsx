import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createClient } from './client/create-client';
import { installFluentTokens } from './styles/fluent-tokens';

installFluentTokens(document);

const root = document.getElementById('root');
if (!root) throw new Error('renderer/index.html has no #root');

createRoot(root).render(
  <StrictMode>
    {/* /trainer (web) or #trainer (Electron's app:// window) is the trainer console on the same session. */}
    {/* /lab or #lab likewise is the lab (issue 15). */}
    <App client={createClient()} view={viewOf(location)} />
  </StrictMode>,
);

function viewOf({ pathname, hash }: Location): 'device' | 'trainer' | 'lab' {
  if (pathname === '/trainer' || hash === '#trainer') return 'trainer';
  if (pathname === '/lab' || hash === '#lab') return 'lab';
  return 'device';
}
