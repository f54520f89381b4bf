import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScenario } from '../../electron/core/scenario/runner';
import { loadScenarioRef } from '../../electron/scenarios/library';
import { clickOnDevice, deviceScreen, expect, expectScreen, test } from './fixtures';

/**
 * Issue #12: the ESP's "Collect logs" writes the cab on the device, and the browser offers it —
 * a non-modal "Logs collected" notice whose Save… downloads the real cabinet (the desktop app
 * opens its save dialog instead, electron/main/archive-save.ts).
 */
test('Collect logs on the ESP error page offers the cab, and Save… downloads a real cabinet', async ({
  device,
  host,
}) => {
  const loaded = loadScenarioRef('user-driven-entra-win10');
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('; '));
  host.session.replaceDevice(runScenario(loaded.scenario, { until: 'esp-error' }).device);
  await expectScreen(device, 'esp-error');

  const notice = device.getByRole('status', { name: 'Logs collected' });
  await expect(notice).toHaveCount(0);
  await clickOnDevice(host, deviceScreen(device).getByRole('link', { name: 'Collect logs' }));
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Logs collected: MDMDiagReport.cab');
  // Non-modal: the page's own buttons still take clicks while the notice shows.
  await expect(deviceScreen(device).getByRole('button', { name: 'Try again' })).toBeEnabled();
  await device.screenshot({ path: '/tmp/shots-diag/collect-logs-notice.png' });

  const downloaded = device.waitForEvent('download');
  await notice.getByRole('button', { name: 'Save…' }).click();
  const file = await downloaded;
  expect(file.suggestedFilename()).toBe('MDMDiagReport.cab');
  const target = join(mkdtempSync(join(tmpdir(), 'oobe-collect-logs-')), file.suggestedFilename());
  await file.saveAs(target);
  const bytes = readFileSync(target);
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('MSCF');
  expect(execFileSync('cabextract', ['-t', target], { encoding: 'utf8' })).toContain('All done, no errors.');
  // Saved: the notice goes; the device is where it was.
  await expect(notice).toHaveCount(0);
  await expectScreen(device, 'esp-error');
});
