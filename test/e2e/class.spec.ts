import { expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
 * pack's exercises, hands one out to the trainee's device, and collects the reports, which open
 * as file:// pages in Chromium with no server. The --reports folder gets the same files.
 */
const SHOTS = '/tmp/shots-tenant';
const PACK = ['exercise-esp-error-code', 'exercise-no-profile'];

test('a trainer opens a pack, hands out an exercise, and collects a report that opens from the disk', async ({
  browser,
}) => {
  const packDir = mkdtempSync(join(tmpdir(), 'oobe-class-pack-'));
  for (const id of PACK)
    writeFileSync(join(packDir, `${id}.json`), readFileSync(join(BUILTIN_SCENARIOS_DIR, `${id}.json`)));
  const opened = loadExercisePack(packDir);
  if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
  const host = await startWebHost({
    port: 0,
    staticDir: resolve(process.env.RENDERER_OUT_DIR ?? 'dist/renderer'),
    setup: DEFAULT_DEVICE_SETUP,
    scenarios: packScenarioLibrary(opened.pack),
  });
  const reportsDir = join(mkdtempSync(join(tmpdir(), 'oobe-class-reports-')), 'out');
  const stop = collectReportsTo(host.session, reportsDir, (e) => {
    throw e;
  });
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    const device = await context.newPage();
    await device.emulateMedia({ reducedMotion: 'reduce' });
    await device.goto(host.url);
    const trainer = await context.newPage();
    await trainer.emulateMedia({ reducedMotion: 'reduce' });
    await trainer.goto(`${host.url}trainer`);
    const list = trainer.getByRole('list', { name: 'Class exercises' });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list).toContainText('read the error code on the Enrollment Status Page (easy) · 0 attempts');

    await trainer.getByRole('button', { name: 'Hand out exercise-esp-error-code' }).click();
    await expect(device.locator('[data-window="exercise-briefing"]')).toBeVisible();

    const client = createNodeWsClient(`ws://127.0.0.1:${host.port}/ws`);
    try {
      await client.invoke('exercise.end', {});
    } finally {
      client.close();
    }
    await expect(list).toContainText('· 1 attempt · best 0/');

    const [html] = await Promise.all([
      trainer.waitForEvent('download'),
      trainer.getByRole('button', { name: 'Collect reports' }).click(),
    ]);
    expect(html.suggestedFilename()).toMatch(/^01-exercise-esp-error-code-0of\d+\.html$/);
    const saved = join(SHOTS, html.suggestedFilename());
    await html.saveAs(saved);
    await expect(trainer.getByRole('status').last()).toHaveText('1 report collected.');
    await trainer.screenshot({ path: `${SHOTS}/class-panel.png`, fullPage: true });

    // The report is a page of its own: no server, opened from the disk.
    const report = await context.newPage();
    await report.goto(pathToFileURL(saved).href);
    await expect(report.locator('body')).toContainText('read the error code on the Enrollment Status Page');
    await report.screenshot({ path: `${SHOTS}/report-file.png`, fullPage: true });

    // The host's --reports folder holds the same attempt.
    await expect
      .poll(() => existsSync(reportsDir) && readdirSync(reportsDir).sort())
      .toEqual([html.suggestedFilename(), html.suggestedFilename().replace(/\.html$/, '.json')]);
  } finally {
    stop();
    await context.close();
    await host.close();
  }
});
