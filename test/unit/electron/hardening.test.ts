import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { RENDERER_CSP_HEADER } from '../../../electron/runtime/content-security-policy';
import { readBuilderConfig } from '../../../scripts/check-builder-config.mjs';

vi.mock('electron', () => import('./fake-electron'));

const { app, session, FakeBrowserWindow, FakeWebContents } = await import('./fake-electron');

beforeAll(async () => {
  await import('../../../electron/main/main');
  await new Promise((resolve) => setImmediate(resolve));
});

/** The CSP as directive -> sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/**
 * Electron's security checklist, read from what the real electron/main code hands to Electron
 * (through the fake in ./fake-electron.ts): not a copy of the settings, the settings themselves.
 */
describe('hardening, as Electron main really configures it', () => {
  it('every window: sandboxed, isolated, no Node, no webview, web security on, no auxclick', () => {
    const prefs = FakeBrowserWindow.instances[0]?.options.webPreferences;
    expect(prefs).toEqual({
      preload: expect.stringMatching(/preload\.cjs$/),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    });
    // Nothing that turns a protection back on: no nodeIntegrationInSubFrames, no experimental features.
    expect(Object.keys(prefs ?? {})).not.toContain('nodeIntegrationInSubFrames');
    expect(Object.keys(prefs ?? {})).not.toContain('experimentalFeatures');
    expect(app.enableSandbox).toHaveBeenCalled();
  });

  it('navigation, redirects, webviews and window.open are refused for any web contents, whatever the URL', () => {
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      for (const url of ['https://example.com/', 'app://renderer/index.html', 'file:///etc/passwd']) {
        const preventDefault = vi.fn();
        contents.emit(event, { preventDefault, url }, url);
        expect(preventDefault, `${event} ${url}`).toHaveBeenCalled();
      }
    }
    for (const url of ['https://example.com/', 'app://renderer/index.html', 'javascript:alert(1)']) {
      expect(contents.windowOpenHandler?.({ url, disposition: 'new-window' })).toEqual({ action: 'deny' });
    }
  });

  it('every permission request and check is denied', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'hid']) {
      const callback = vi.fn();
      session.defaultSession.requestHandler?.({}, permission, callback, { requestingUrl: 'app://renderer/' });
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(session.defaultSession.checkHandler?.({}, permission, 'app://renderer', {}), permission).toBe(false);
    }
  });

  it('the CSP is strict: only our own scripts, no eval, no plug-ins, no framing, loopback sockets only', () => {
    const csp = directives(RENDERER_CSP_HEADER);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toEqual(["'self'", 'ws://127.0.0.1:*', 'ws://localhost:*']);
    for (const [name, sources] of csp) {
      expect(sources, name).not.toContain("'unsafe-eval'");
      expect(sources, name).not.toContain('*');
      expect(
        sources.filter((s) => /^(https?:|blob:|filesystem:)/.test(s)),
        name,
      ).toEqual([]);
    }
    // Inline style only (React's style attributes and framer-motion set them); never inline script.
    expect([...csp].filter(([, sources]) => sources.includes("'unsafe-inline'")).map(([name]) => name)).toEqual([
      'style-src',
    ]);
    expect(readFileSync('renderer/index.html', 'utf8')).toContain('http-equiv="Content-Security-Policy"');
  });

  it('the packaged binary’s fuses: no running as Node, no NODE_OPTIONS or inspect flags, app.asar only and checked', () => {
    const { electronFuses } = readBuilderConfig() as { electronFuses: Record<string, boolean> };
    expect(electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
