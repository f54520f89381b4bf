import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builderConfigProblems, pngSize, readBuilderConfig } from '../../../scripts/check-builder-config.mjs';
import { OPENED_FILE_COMMANDS } from '../../../electron/main/opened-files';

/** The parts of electron-builder.yml these tests read. */
interface Target {
  target: string;
  arch: string[];
}
interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  fileAssociations: { ext: string }[];
  win: { target: Target[]; icon: string };
  mac: { target: Target[]; icon: string };
  linux: { target: Target[]; icon: string };
  electronFuses: Record<string, boolean>;
}
const config = readBuilderConfig() as BuilderConfig;
const targets = (platform: 'win' | 'mac' | 'linux') =>
  config[platform].target.map((t) => `${t.target}:${t.arch.join('+')}`);

// Schema validation and in-process runs take seconds on a loaded 2-core machine: not a speed check.
describe(
  'electron-builder.yml (installers are built on a connected machine; this checks what CI can)',
  { timeout: 30_000 },
  () => {
    it('is valid against app-builder-lib’s own scheme.json and every file it names exists', () => {
      expect(builderConfigProblems(config)).toEqual([]);
    });

    it('builds NSIS + portable for Windows, a dmg for each Mac architecture, AppImage + deb for Linux', () => {
      expect(config.appId).toBe('com.oobesim.simulator');
      expect(config.productName).toBe('OOBE Simulator');
      expect(targets('win')).toEqual(['nsis:x64+arm64', 'portable:x64']);
      expect(targets('mac')).toEqual(['dmg:x64+arm64']);
      expect(targets('linux')).toEqual(['AppImage:x64', 'deb:x64']);
    });

    it('uses the 1024 px app icon on every platform', () => {
      for (const platform of ['win', 'mac', 'linux'] as const) {
        expect(config[platform].icon).toBe('assets/icons/icon.png');
      }
      expect(pngSize('assets/icons/icon.png')).toEqual({ width: 1024, height: 1024 });
    });

    it('associates exactly the file types the app opens on double-click', () => {
      expect(config.fileAssociations.map((a) => `.${a.ext}`).sort()).toEqual(Object.keys(OPENED_FILE_COMMANDS).sort());
    });

    it('packages the Electron bundles and the renderer, not the CLI, the web host, tests or source maps', () => {
      expect(config.files).toEqual(
        expect.arrayContaining(['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/**']),
      );
      expect(config.files).toEqual(
        expect.arrayContaining(['!dist/cli/**', '!dist/host/**', '!test/**', '!**/*.map', '!node_modules/**']),
      );
      expect(config.files.filter((f) => /^dist\/(\*|cli|host)/.test(f))).toEqual([]);
    });
  },
);

describe('the check itself', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'oobe-sim-builder-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("refuses a files list that would package node_modules, tests or the installers' output folder", () => {
    const files = config.files.filter((f) => f !== '!node_modules/**');
    expect(builderConfigProblems({ ...config, files: [...files, 'out/**', 'test/e2e/**', '**/*'] })).toEqual(
      expect.arrayContaining([
        'electron-builder.yml files: "!node_modules/**" is missing (it must not be packaged)',
        'electron-builder.yml files: "out/**" would package out',
        'electron-builder.yml files: "test/e2e/**" would package test/e2e',
        'electron-builder.yml files: "**/*" would package everything',
      ]),
    );
  }, 30_000); // schema validation takes seconds on a loaded machine

  it('names a key the schema does not know, and where', () => {
    const problems = builderConfigProblems({ ...config, nsis: { oneClick: 'sometimes', colour: 'blue' } });
    expect(problems.join('\n')).toMatch(/electron-builder\.yml \/nsis: .*additional properties "colour"/);
  });

  it('names a missing or too small icon and a missing source folder; build outputs only with --built', () => {
    cpSync('package.json', join(scratch, 'package.json'));
    writeFileSync(
      join(scratch, 'small.png'),
      Buffer.from('89504e470d0a1a0a0000000d4948445200000010000000100806000000', 'hex'),
    );
    const problems = builderConfigProblems(
      { ...config, win: { ...config.win, icon: 'small.png' }, mac: { ...config.mac, icon: 'nope.png' } },
      { root: scratch },
    );
    expect(problems).toContain(
      'electron-builder.yml win.icon: "small.png" is 16x16; it must be square, at least 512 px',
    );
    expect(problems).toContain('electron-builder.yml mac.icon: no file at "nope.png"');
    expect(problems).toContain('electron-builder.yml files: nothing at "assets/scenarios/**"');
    expect(problems.some((p) => p.includes('dist/'))).toBe(false);
    expect(builderConfigProblems(config, { root: scratch, built: true })).toContain(
      'electron-builder.yml files: nothing at "dist/renderer/**" (run npm run build first)',
    );
  });
});
