import { expect, test, type Download } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { collectReportsTo } from '../../electron/host/report-folder';
import { startWebHost } from '../../electron/host/web-host';
import { BUILTIN_SCENARIOS_DIR } from '../../electron/scenarios/paths';
import { loadExercisePack, packScenarioLibrary } from '../../electron/scenarios/exercise-pack';
import { DEFAULT_DEVICE_SETUP } from '../../shared/default-device';
import { createNodeWsClient } from '../support/node-ws-client';

/**
 * The class (issue 13): a host opened on an exercise pack; the trainer's Class panel lists the
 * pack's exercises, hands each out to a trainee device of its own (a new tab on its briefing), and
 * collects every device's reports, which open as file:// pages in Chromium with no server. The
 * --reports folder gets the same files, named after the device.
 */
const SHOTS = '/tmp/shots-class';
const PACK = ['exercise-esp-error-code', 'exercise-no-profile'];

test('a trainer opens a pack, hands out two exercises to two devices, and collects both reports', async ({
  browser,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  const packDir = mkdtempSync(join(tmpdir(), 'oobe-class-pack-'));
  for (const id of PACK)
    writeFileSync(join(packDir, `${id}.json`), readFileSync(join(BUILTIN_SCENARIOS_DIR, `${id}.json`)));
  const opened = loadExercisePack(packDir);
  if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
  const reportsDir = join(mkdtempSync(join(tmpdir(), 'oobe-class-reports-')), 'out');
  const stops: (() => void)[] = [];
  const fail = (e: unknown) => {
    throw e;
  };
  const host = await startWebHost({
    port: 0,
    staticDir: resolve(process.env.RENDERER_OUT_DIR ?? 'dist/renderer'),
    setup: DEFAULT_DEVICE_SETUP,
    scenarios: packScenarioLibrary(opened.pack),
    onHandedOut: (id, session) => stops.push(collectReportsTo(session, reportsDir, fail, `${id}-`)),
  });
  stops.push(collectReportsTo(host.session, reportsDir, fail));
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    const trainer = await context.newPage();
    await trainer.emulateMedia({ reducedMotion: 'reduce' });
    await trainer.goto(`${host.url}trainer`);
    const list = trainer.getByRole('list', { name: 'Class exercises' });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list).toContainText('read the error code on the Enrollment Status Page (easy) · 0 attempts');

    // Each "Hand out" opens a trainee's tab on a device of its own, on its exercise's briefing.
    const tabs = [];
    for (const id of PACK) {
      const [tab] = await Promise.all([
        context.waitForEvent('page'),
        trainer.getByRole('button', { name: `Hand out ${id}` }).click(),
      ]);
      await tab.waitForLoadState();
      await expect(tab.locator('[data-window="exercise-briefing"]')).toBeVisible();
      tabs.push(tab);
    }
    expect(tabs.map((t) => new URL(t.url()).search)).toEqual(['?device=d1', '?device=d2']);
    await expect(tabs[0]!.locator('[data-window="exercise-briefing"]')).toContainText('error code');
    await tabs[1]!.screenshot({ path: `${SHOTS}/trainee-d2-briefing.png` });
    const devices = trainer.getByRole('list', { name: 'Handed-out devices' });
    await expect(devices.getByRole('listitem')).toHaveCount(2);
    await expect(devices).toContainText('exercise-esp-error-code · in progress');

    for (const id of ['d1', 'd2']) {
      const client = createNodeWsClient(`ws://127.0.0.1:${host.port}/ws?device=${id}`);
      try {
        await client.invoke('exercise.end', {});
      } finally {
        client.close();
      }
    }
    await expect(devices).toContainText('exercise-esp-error-code · ended');
    await expect(devices).toContainText('exercise-no-profile · ended');

    const downloads: Download[] = [];
    trainer.on('download', (d) => downloads.push(d));
    await trainer.getByRole('button', { name: 'Collect reports' }).click();
    await expect(trainer.getByRole('status').last()).toHaveText('2 reports collected.');
    await expect.poll(() => downloads.length).toBe(3);
    const names = downloads.map((d) => d.suggestedFilename());
    expect(names[0]).toMatch(/^01-exercise-esp-error-code-0of\d+\.html$/);
    expect(names[1]).toMatch(/^02-exercise-no-profile-0of\d+\.html$/);
    expect(names[2]).toBe('class-reports.json');
    await trainer.screenshot({ path: `${SHOTS}/class-panel.png`, fullPage: true });
    const saved = join(SHOTS, names[1]!);
    await downloads[1]!.saveAs(saved);

    // The report is a page of its own: no server, opened from the disk.
    const report = await context.newPage();
    await report.goto(pathToFileURL(saved).href);
    await expect(report.locator('body')).toContainText('exercise-no-profile');
    await report.screenshot({ path: `${SHOTS}/report-file.png`, fullPage: true });

    // The host's --reports folder holds both attempts, named after their devices.
    await expect
      .poll(() => existsSync(reportsDir) && readdirSync(reportsDir).sort())
      .toEqual([
        expect.stringMatching(/^d1-01-exercise-esp-error-code-0of\d+\.html$/),
        expect.stringMatching(/^d1-01-exercise-esp-error-code-0of\d+\.json$/),
        expect.stringMatching(/^d2-01-exercise-no-profile-0of\d+\.html$/),
        expect.stringMatching(/^d2-01-exercise-no-profile-0of\d+\.json$/),
      ]);
  } finally {
    for (const stop of stops) stop();
    await context.close();
    await host.close();
  }
});
