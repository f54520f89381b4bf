import type { Page } from '@playwright/test';
import type { WebHost } from '../../electron/host/web-host';
import { PREPROVISION_STRINGS } from '../../shared/strings-preprovision';
import { MEGAN, PRESET_LANGUAGE, WIRED_NETWORK, preprovisionReady, wiredContoso } from '../support/setups';
import { seriousViolations } from './axe';
import {
  TEST_PIN,
  clickOnDevice,
  deviceScreen,
  expectScreen,
  signInToEntra,
  skipUntil,
  test,
  expect,
} from './fixtures';

/**
 * axe (WCAG 2.0/2.1 A and AA, no rule excluded: ./axe.ts) over what accessibility.spec.ts's
 * built-in walk does not reach: the Windows Hello pages, the desktop, Start, Settings > Accounts >
 * Access work or school and its Info page, the lock screen, the Shift+F10 console with Event
 * Viewer and Notepad, the pre-provisioning menu and its failure page, an exercise's briefing and
 * debrief, and the trainer console. No serious or critical violation on any. The pre-provisioning
 * menu's success page and device preparation's progress page are in the built-in walk
 * (preprovision-entra, device-prep-entra).
 */

const S = PREPROVISION_STRINGS;
const SHOTS = '/tmp/shots-qa2';

/** Runs axe on the page as it is now and files what it finds under `where`. */
async function check(page: Page, found: string[], where: string): Promise<void> {
  for (const v of await seriousViolations(page)) found.push(`${where}: ${v}`);
}

const screen = deviceScreen;
const ok = (page: Page) => screen(page).getByRole('button', { name: 'OK', exact: true });

test.describe('Hello, the desktop, Settings and the lock screen', () => {
  test.use({
    setup: wiredContoso(1811, {
      users: [{ ...MEGAN, displayName: 'Megan Bowen' }],
      policies: { deploymentProfile: { name: 'Contoso', ...PRESET_LANGUAGE }, enrollmentStatusPage: { name: 'ESP' } },
    }),
  });

  test('pass axe', async ({ device: page, host }) => {
    test.setTimeout(180_000);
    const found: string[] = [];
    const stage = () => {
      const s = host.session.core.execute('device.snapshot', {}).screen;
      return s.id === 'windows-hello' ? s.stage : s.id;
    };
    await signInToEntra(page, host, MEGAN);
    await skipUntil(page, host, 'windows-hello', 150);
    await expect(screen(page).getByRole('heading', { name: 'Use Windows Hello with your account' })).toBeVisible();
    await check(page, found, 'hello entra-intro');
    await clickOnDevice(host, ok(page), () => stage() !== 'entra-intro');
    await expect(screen(page).getByRole('heading', { name: 'Set up a PIN' })).toBeVisible();
    await check(page, found, 'hello set-pin');
    await screen(page).getByLabel('New PIN', { exact: true }).fill(TEST_PIN);
    await screen(page).getByLabel('Confirm PIN', { exact: true }).fill(TEST_PIN);
    await clickOnDevice(host, ok(page), () => stage() !== 'set-pin');
    await expect(screen(page).getByRole('heading', { name: 'All set!' })).toBeVisible();
    await check(page, found, 'hello all-set');
    await clickOnDevice(host, ok(page), 'windows-hello');
    await skipUntil(page, host, 'desktop', 120);
    await check(page, found, 'desktop');

    await screen(page).getByRole('button', { name: 'Start', exact: true }).click();
    await expect(screen(page).getByRole('dialog', { name: 'Start' })).toBeVisible();
    await check(page, found, 'Start');
    await screen(page).getByRole('dialog', { name: 'Start' }).getByRole('button', { name: 'Settings' }).click();
    await expect(screen(page).getByRole('heading', { name: 'System', exact: true })).toBeVisible();
    await check(page, found, 'Settings');
    await screen(page).getByRole('button', { name: 'Accounts', exact: true }).click();
    await screen(page)
      .getByRole('button', { name: /^Access work or school/ })
      .click();
    await expect(screen(page).getByText("Connected to Contoso's Microsoft Entra ID")).toBeVisible();
    await check(page, found, 'Access work or school');
    await screen(page).getByRole('button', { name: 'Info', exact: true }).click();
    await expect(screen(page).getByText('Device sync status')).toBeVisible();
    await check(page, found, 'Access work or school > Info');

    await page.getByRole('group', { name: 'Device keyboard' }).getByRole('button', { name: 'Windows key' }).click();
    await expect(screen(page).getByRole('dialog', { name: 'Start' })).toBeVisible();
    await screen(page).getByRole('button', { name: 'Lock', exact: true }).click();
    await expectScreen(page, 'lock-screen');
    await check(page, found, 'lock screen');
    expect(found).toEqual([]);
  });
});

test.describe('the Shift+F10 console, Event Viewer and Notepad', () => {
  test.use({
    setup: wiredContoso(1812, {
      users: [MEGAN],
      policies: {
        deploymentProfile: { name: 'Contoso', ...PRESET_LANGUAGE },
        enrollmentStatusPage: { timeoutMinutes: 60, allowReset: true, allowUseOnError: false, logCollection: true },
      },
      workload: { apps: [{ id: 'stuck', name: 'Stuck installer', type: 'win32', outcome: 'hang' }] },
    }),
  });

  test('pass axe', async ({ device: page, host }) => {
    test.setTimeout(180_000);
    const found: string[] = [];
    await signInToEntra(page, host, MEGAN);
    await skipUntil(page, host, 'esp-error');
    await page.keyboard.press('Shift+F10');
    const cmd = page.getByRole('dialog', { name: 'Administrator: C:\\Windows\\system32\\cmd.exe' });
    await expect(cmd).toHaveCount(1);
    await check(page, found, 'cmd.exe');
    const input = cmd.getByRole('textbox', { name: 'Command' });
    const run = async (line: string) => {
      await expect(input).toBeEnabled();
      await input.fill(line);
      await input.press('Enter');
      await expect(input).toHaveValue('');
    };
    // One window at a time first: axe leaves the contrast of text under another window unchecked.
    await run('eventvwr');
    await expect(page.getByRole('dialog', { name: 'Event Viewer' })).toBeVisible();
    await check(page, found, 'cmd.exe + Event Viewer');
    await run('notepad C:\\Windows\\ServiceState\\wmansvc\\AutopilotDDSZTDFile.json');
    await expect(page.getByRole('dialog', { name: 'AutopilotDDSZTDFile.json - Notepad' })).toBeVisible();
    await check(page, found, 'cmd.exe + Event Viewer + Notepad');
    await page.screenshot({ path: `${SHOTS}/console-eventvwr-notepad.png` });
    expect(found).toEqual([]);
  });
});

test.describe('the pre-provisioning menu and its failure page', () => {
  test.use({
    setup: preprovisionReady(
      [MEGAN],
      {},
      { device: { network: WIRED_NETWORK, tpm: { fault: 'vulnerable-firmware' } } },
    ),
  });

  test('pass axe', async ({ device: page, host }) => {
    test.setTimeout(180_000);
    const found: string[] = [];
    await skipUntil(page, host, 'region');
    const win = page.getByRole('button', { name: 'Windows key', exact: true });
    for (let i = 0; i < 5; i += 1) await win.click();
    await expectScreen(page, 'preprovision-menu');
    await check(page, found, 'preprovision-menu');
    await screen(page).getByRole('option', { name: S.menu.rows['pre-provision'].name['11'], exact: true }).click();
    const accept = screen(page).getByRole('button', { name: S.menu.accept['11'], exact: true });
    await clickOnDevice(host, accept, 'preprovision-menu');
    await skipUntil(page, host, 'preprovision-config');
    const provision = screen(page).getByRole('button', { name: S.config.provision['11'], exact: true });
    for (let i = 0; i < 50 && !(await provision.isEnabled()); i += 1) host.session.core.execute('clock.skip', {});
    await expect(provision).toBeEnabled();
    await check(page, found, 'preprovision-config');
    await clickOnDevice(host, provision, 'preprovision-config');
    await skipUntil(page, host, 'preprovision-failure', 2000);
    await check(page, found, 'preprovision-failure');
    expect(found).toEqual([]);
  });
});

test('an exercise briefing and debrief pass axe', async ({ device: page }) => {
  test.setTimeout(120_000);
  const found: string[] = [];
  await page.getByRole('button', { name: 'Exercises', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Exercises' });
  await expect(dialog.locator('[data-exercise="exercise-esp-error-code"]')).toBeVisible();
  await check(page, found, 'exercise picker');
  await dialog.locator('[data-exercise="exercise-esp-error-code"]').getByRole('button', { name: 'Start' }).click();
  const briefing = page.locator('[data-window="exercise-briefing"]');
  await expect(briefing).toBeVisible();
  await check(page, found, 'exercise briefing');
  await briefing.getByRole('button', { name: 'End attempt' }).click();
  await expect(page.locator('[data-window="exercise-debrief"]')).toContainText('Attempt ended');
  await check(page, found, 'exercise debrief');
  expect(found).toEqual([]);
});

test('the trainer console passes axe', async ({ device: page, host }: { device: Page; host: WebHost }) => {
  test.setTimeout(120_000);
  const found: string[] = [];
  const trainer = await page.context().newPage();
  await trainer.emulateMedia({ reducedMotion: 'reduce' });
  await trainer.goto(`${host.url}trainer`);
  await expect(trainer.locator('[data-window="trainer"]')).toBeVisible();
  await check(trainer, found, '/trainer');
  // The scrolling panels take focus (scrollable-region-focusable), so arrows can scroll them.
  await trainer.getByLabel('Tenant state', { exact: true }).focus();
  await expect(trainer.getByLabel('Tenant state', { exact: true })).toBeFocused();
  await trainer.screenshot({ path: `${SHOTS}/trainer.png`, fullPage: true });
  expect(found).toEqual([]);
});
