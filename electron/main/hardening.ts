import { app, session } from 'electron';

/**
 * Electron's security checklist, applied to every web contents the app ever creates (not just the
 * main window), so nothing opened later slips past it. Not relaxed for tests.
 */
export function hardenWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    // The renderer is a single page: it never navigates, redirects or opens windows.
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

/** The simulator needs no camera, notifications, geolocation or anything else: deny all of it. */
export function denyPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
