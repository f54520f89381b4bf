import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { WebHost } from '../../electron/host/web-host';
import type { AttemptReport } from '../../shared/exercise';
import { createNodeWsClient } from '../support/node-ws-client';
import { clickOnDevice, deviceScreen, enterPassword, enterUsername, expect, skipUntil, test } from './fixtures';

/**
 * Trainee mode through the web host (issue 13): an exercise started from the header, the briefing
 * with live ticks, a wrong answer refused, a hint that costs points, the fix made in the tenant (as
 * the trainer's panel or a second client would), the device on to the desktop, and the debrief with
 * the score and the report to download. The scenario's notes and the fault panel stay hidden.
 */

const SHOTS = '/tmp/shots-trainer';
const EXERCISE = 'exercise-unlicensed-user';
const UPN = 'patti@wideworldimporters.com';

const briefing = (page: Page) => page.locator('[data-window="exercise-briefing"]');
const debrief = (page: Page) => page.locator('[data-window="exercise-debrief"]');
const objective = (page: Page, id: string) => page.locator(`[data-objective="${id}"]`);

async function startExercise(page: Page, id: string): Promise<void> {
  await page.getByRole('button', { name: 'Exercises', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Exercises' });
  await expect(dialog.locator(`[data-exercise="${id}"]`)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/exercise-picker.png` });
  await dialog.locator(`[data-exercise="${id}"]`).getByRole('button', { name: 'Start' }).click();
  await expect(dialog).toBeHidden();
  await expect(briefing(page)).toBeVisible();
}

async function runInPrompt(page: Page, line: string): Promise<void> {
  const window = page.getByRole('dialog', { name: 'Administrator: C:\\Windows\\system32\\cmd.exe' }).first();
  await expect(window).toBeVisible();
  const input = window.getByRole('textbox', { name: 'Command' });
  await expect(input).toBeEnabled();
  await input.fill(line);
  await input.press('Enter');
  await expect(input).toHaveValue('');
}

async function changeTenant(host: WebHost, upn: string): Promise<void> {
  const client = createNodeWsClient(`ws://127.0.0.1:${host.port}/ws`);
  try {
    await client.invoke('tenant.change', { change: { kind: 'licence.assign', upn } });
  } finally {
    client.close();
  }
}

test('a trainee completes an exercise: Shift+F10, a wrong then right answer, a hint, the tenant fix, the debrief', async ({
  device: page,
  host,
}) => {
  await startExercise(page, EXERCISE);
  await expect(page.locator('[data-screen="something-went-wrong"]')).toBeVisible();
  // Trainee mode hides the scenario's internals: its description and the trainer's faults.
  await expect(page.getByRole('heading', { name: 'Faults' })).toHaveCount(0);
  await expect(page.getByText('The text points at terms of use')).toHaveCount(0);
  await expect(briefing(page)).toContainText('Patti Fernandez');
  await expect(briefing(page).getByText('Score 0 of 90')).toBeVisible();

  // The command the objective wants, from the device's own prompt.
  await page.keyboard.press('Shift+F10');
  await runInPrompt(page, 'reg query HKLM\\SOFTWARE\\Microsoft\\Enrollments');
  await expect(objective(page, 'no-enrollment')).toHaveAttribute('data-met', 'true');
  await page.screenshot({ path: `${SHOTS}/exercise-prompt.png` });
  const prompt = page.getByRole('dialog', { name: 'Administrator: C:\\Windows\\system32\\cmd.exe' });
  await prompt.getByRole('textbox', { name: 'Command' }).fill('exit');
  await prompt.getByRole('textbox', { name: 'Command' }).press('Enter');
  await expect(prompt).toHaveCount(0);

  // A wrong code is refused; the objective stays open.
  const box = objective(page, 'hresult');
  await box.getByRole('textbox').fill('0x801c0003');
  await box.getByRole('button', { name: 'Check' }).click();
  await expect(box).toContainText('Not right');
  await expect(box).toHaveAttribute('data-met', 'false');
  await box.getByRole('textbox').fill('0x80180018');
  await box.getByRole('button', { name: 'Check' }).click();
  await expect(box).toHaveAttribute('data-met', 'true');

  // A hint shows its cost before it is taken, and takes it off the score.
  await briefing(page).getByRole('button', { name: 'Show a hint (costs 5 points)' }).click();
  await expect(briefing(page)).toContainText('event 71');
  await expect(briefing(page).getByText('Score 25 of 90')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/exercise-briefing.png` });

  // The fix is the tenant's; the device meets it when the user tries again.
  await changeTenant(host, UPN);
  await expect(objective(page, 'licence')).toHaveAttribute('data-met', 'true');
  await clickOnDevice(host, deviceScreen(page).getByRole('button', { name: 'Try again', exact: true }));
  await enterUsername(page, host, UPN);
  await enterPassword(page, host, 'Pa55w.rd');
  await skipUntil(page, host, 'desktop', 400);

  // Every objective met: the debrief, with the score less the hint.
  await expect(debrief(page)).toBeVisible();
  await expect(debrief(page)).toContainText('Every objective met');
  await expect(debrief(page).getByLabel('Score 85 of 90')).toBeVisible();
  await expect(debrief(page).locator('[data-debrief="root-cause"]')).toContainText('Intune licence');
  await expect(debrief(page)).toContainText('spec/errors.md:42');
  await expect(debrief(page).locator('[data-met="false"]')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/exercise-debrief.png`, fullPage: true });

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    debrief(page).getByRole('button', { name: 'Report (JSON)' }).click(),
  ]);
  expect(json.suggestedFilename()).toBe(`${EXERCISE}-report.json`);
  const report = JSON.parse(await readFile(await json.path(), 'utf8')) as AttemptReport;
  expect(report).toMatchObject({ exercise: EXERCISE, status: 'completed', score: 85, maxScore: 90 });
  expect(report.objectives.every((o) => o.met)).toBe(true);
  const [html] = await Promise.all([
    page.waitForEvent('download'),
    debrief(page).getByRole('button', { name: 'Report (HTML)' }).click(),
  ]);
  expect(await readFile(await html.path(), 'utf8')).toContain('85');

  // Leaving trainee mode brings the trainer's panels back.
  await debrief(page).getByRole('button', { name: 'Leave trainee mode' }).click();
  await expect(page.getByRole('heading', { name: 'Faults' })).toBeVisible();
});

test('the answer check rejects a wrong code and a time limit shows', async ({ device: page }) => {
  await startExercise(page, 'exercise-esp-error-code');
  await expect(briefing(page)).toContainText('Time left');
  const box = objective(page, 'error-code');
  await box.getByRole('textbox').fill('0x80180018');
  await box.getByRole('button', { name: 'Check' }).click();
  await expect(box).toContainText('1 wrong so far');
  await expect(box).toHaveAttribute('data-met', 'false');
  await briefing(page).getByRole('button', { name: 'End attempt' }).click();
  await expect(debrief(page)).toContainText('Attempt ended');
  await expect(debrief(page).getByLabel('Score 0 of 40')).toBeVisible();
  await expect(debrief(page)).toContainText('0x800705b4');
  await page.screenshot({ path: `${SHOTS}/exercise-debrief-ended.png`, fullPage: true });
});
