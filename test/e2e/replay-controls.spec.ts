import { mkdirSync, readFileSync } from 'node:fs';
import { contentHash, formatRecording } from '../../shared/recording';
import { Recorder } from '../../electron/core/recording/recorder';
import { runScenario } from '../../electron/core/scenario/runner';
import { loadScenarioRef } from '../../electron/scenarios/library';
import { deviceScreen, expect, test } from './fixtures';

/**
 * The replay bar in the app: a recording opened from a file shows one thumbnail per recorded
 * screen (the screen itself, drawn small); a thumbnail seeks there, Previous/Next step screen by
 * screen, Play moves on by itself.
 */
function recordingOf(id: string) {
  const loaded = loadScenarioRef(id);
  if (!loaded.ok) throw new Error(`cannot load ${id}`);
  const { scenario } = loaded;
  const recorder = new Recorder({ id, title: scenario.title, hash: contentHash(scenario), seed: scenario.seed });
  runScenario(scenario, { recorder });
  return recorder.recording();
}

test('replay bar: thumbnails of the recorded screens, seek by thumbnail, previous/next, play', async ({
  device: page,
}) => {
  const recording = recordingOf('first-pages-wired-preset');
  const screens = recording.screens;
  expect(screens.length).toBeGreaterThan(4);

  await page.getByLabel('Recording file').setInputFiles({
    name: 'first-pages.recording.json',
    mimeType: 'application/json',
    buffer: Buffer.from(formatRecording(recording)),
  });
  const bar = page.getByRole('group', { name: 'Replay' });
  const timeline = bar.getByRole('list', { name: 'Recorded screens' });
  const items = timeline.getByRole('button');
  await expect(items).toHaveCount(screens.length);
  // Every thumbnail draws its screen with the display's own components (inert, so not a second device).
  const thumbnails = timeline.locator('.screen-thumbnail');
  await expect(thumbnails).toHaveCount(screens.length);
  for (let i = 0; i < screens.length; i += 1)
    await expect(thumbnails.nth(i).locator(`[data-screen="${screens[i]!.id}"]`)).toHaveCount(1);
  await expect(thumbnails.first()).toHaveAttribute('inert', '');
  const box = await thumbnails.first().boundingBox();
  expect(Math.round(box!.width)).toBe(96);
  expect(Math.round(box!.height)).toBe(60);

  // Seek: the fourth thumbnail puts the device on the fourth recorded screen.
  const at = (i: number) => deviceScreen(page).locator(`[data-screen="${screens[i]!.id}"]`);
  await expect(at(0)).toBeVisible();
  await expect(items.first()).toHaveAttribute('aria-current', 'step');
  await items.nth(3).click();
  await expect(at(3)).toBeVisible();
  await expect(items.nth(3)).toHaveAttribute('aria-current', 'step');

  mkdirSync('/tmp/shots-ui', { recursive: true });
  await page.screenshot({ path: '/tmp/shots-ui/replay-bar.png' });
  await bar.screenshot({ path: '/tmp/shots-ui/replay-bar-only.png' });

  await bar.getByRole('button', { name: 'Previous screen' }).click();
  await expect(at(2)).toBeVisible();
  await expect(items.nth(2)).toHaveAttribute('aria-current', 'step');
  await bar.getByRole('button', { name: 'Next screen' }).click();
  await expect(items.nth(3)).toHaveAttribute('aria-current', 'step');

  // A note for the screen on show goes into the recording that "Save recording" downloads.
  await bar.getByLabel('Note for this step').fill('Plug in the cable first.');
  await bar.getByRole('button', { name: 'Save step' }).click();
  await expect(bar.getByRole('button', { name: 'Save step' })).toBeDisabled();
  const downloading = page.waitForEvent('download');
  await bar.getByRole('button', { name: 'Save recording' }).click();
  const saved = readFileSync(await (await downloading).path(), 'utf8');
  expect(saved).toContain(`{"atMs":${screens[3]!.atMs},"note":"Plug in the cable first."}`);

  // Play at 8× moves on without a click, and Pause holds it.
  await bar.getByRole('combobox', { name: 'Replay speed' }).selectOption('8');
  await bar.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(items.nth(4)).toHaveAttribute('aria-current', 'step', { timeout: 15_000 });
  await bar.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(bar.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
});
