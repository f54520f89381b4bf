import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { contentHash, formatRecording } from '../../shared/recording';
import { Recorder } from '../../electron/core/recording/recorder';
import { runScenario } from '../../electron/core/scenario/runner';
import { loadScenarioRef } from '../../electron/scenarios/library';
import { deviceScreen, expect, test } from './fixtures';

/**
 * Editing a guide step in the replay bar: the caption comes pre-filled with the one the guide
 * would generate, the control the person used is ringed on the device, and an edited caption
 * saved into the recording is the one `oobe-sim record` prints for that step.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const RENDERER = resolve(process.env.RENDERER_OUT_DIR ?? 'dist/renderer');

function recordingOf(id: string) {
  const loaded = loadScenarioRef(id);
  if (!loaded.ok) throw new Error(`cannot load ${id}`);
  const { scenario } = loaded;
  const recorder = new Recorder({ id, title: scenario.title, hash: contentHash(scenario), seed: scenario.seed });
  runScenario(scenario, { recorder });
  return recorder.recording();
}

test('replay bar: a step caption pre-filled from the action, its control ringed, edited and used by the guide', async ({
  device: page,
}) => {
  test.setTimeout(120_000);
  const recording = recordingOf('first-pages-wired-preset');
  const signIn = recording.screens.findIndex((s) => s.id === 'branding-signin');
  const typed = recording.inputs.find((i) => 'type' in i)!;
  expect(signIn).toBeGreaterThan(0);

  await page.getByLabel('Recording file').setInputFiles({
    name: 'first-pages.recording.json',
    mimeType: 'application/json',
    buffer: Buffer.from(formatRecording(recording)),
  });
  const bar = page.getByRole('group', { name: 'Replay' });
  await bar.getByRole('list', { name: 'Recorded screens' }).getByRole('button').nth(signIn).click();
  await expect(deviceScreen(page).locator('[data-screen="branding-signin"]')).toBeVisible();

  // The caption the guide would print, from the label of the box the person typed in.
  const caption = bar.getByLabel('Caption for this step');
  await expect(caption).toHaveValue(/^Enter \*\*lynne@northwindtraders\.com\*\*/);
  // The ring sits around that box on the device screen.
  const ring = page.locator('.replay-highlights__box');
  await expect(ring).toHaveCount(1);
  const field = await deviceScreen(page).locator('[data-field="username"]').first().boundingBox();
  const box = await ring.boundingBox();
  expect(box!.x).toBeLessThanOrEqual(field!.x);
  expect(box!.x + box!.width).toBeGreaterThanOrEqual(field!.x + field!.width);
  mkdirSync('/tmp/shots-ui', { recursive: true });
  await page.screenshot({ path: '/tmp/shots-ui/replay-caption.png' });

  await caption.fill('Sign in with your **work account**');
  await bar.getByLabel('Note for this step').fill('Use the account the tenant admin gave you.');
  await bar.getByRole('button', { name: 'Save step' }).click();
  await expect(bar.getByRole('button', { name: 'Save step' })).toBeDisabled();
  // Another screen and back: the edit is kept (it is in the recording, not the field).
  await bar.getByRole('button', { name: 'Previous screen' }).click();
  await bar.getByRole('button', { name: 'Next screen' }).click();
  await expect(caption).toHaveValue('Sign in with your **work account**');
  await page.screenshot({ path: '/tmp/shots-ui/replay-caption-edited.png' });

  const downloading = page.waitForEvent('download');
  await bar.getByRole('button', { name: 'Save recording' }).click();
  const saved = readFileSync(await (await downloading).path(), 'utf8');
  expect(saved).toContain(
    `{"atMs":${typed.atMs},"caption":"Sign in with your **work account**","note":"Use the account the tenant admin gave you."}`,
  );

  // The saved recording through `oobe-sim record`: the step of that action has the edited caption.
  const out = mkdtempSync(join(tmpdir(), 'oobe-caption-'));
  try {
    const file = join(out, 'edited.recording.json');
    writeFileSync(file, saved);
    const stdout = execFileSync(
      process.execPath,
      ['bin/oobe-sim.mjs', 'record', file, '--out', out, '--format', 'md', '--renderer', RENDERER, '--size', '640x400'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(stdout).toMatch(/^\d+ steps/);
    const guide = readFileSync(join(out, 'guide.md'), 'utf8');
    expect(guide).toMatch(/^## \d+\. Sign in with your \*\*work account\*\*$/m);
    expect(guide).toContain('> Use the account the tenant admin gave you.');
    expect(guide).not.toContain('Enter **lynne@northwindtraders.com**');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
