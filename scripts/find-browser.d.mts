// Types for scripts/find-browser.mjs (plain JavaScript, so `npm test` can run it untranspiled).
export declare const SYSTEM_LOCATIONS: readonly string[];
export declare const PATH_COMMANDS: readonly string[];
export declare const NO_BROWSER_HINT: string;

export interface LocateOptions {
  env?: NodeJS.ProcessEnv;
  exists?: (path: string) => boolean;
  /** Playwright's own Chromium path; undefined asks playwright-core, null means none. */
  playwrightPath?: string | null;
  platform?: NodeJS.Platform;
}

export type Located =
  | { path: string; source: 'CHROMIUM_PATH' | 'playwright' | 'system' | 'PATH' }
  | { path: null; source: 'CHROMIUM_PATH'; missing: string };

export declare function locateBrowser(options?: LocateOptions): Located | null;
export declare function requireBrowser(options?: LocateOptions): string;
