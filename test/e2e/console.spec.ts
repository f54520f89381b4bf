import type { Page } from '@playwright/test';
import { OOBE_SESSION } from '../../shared/shell';
import { clickOnDevice, expect, expectScreen, skipUntil, test } from './fixtures';

/**
 * The console windows Shift+F10 opens over OOBE: cmd.exe's prompt, `powershell` switching the same
 * window to PowerShell's prompt and `exit` back, history, Ctrl+C, cls, exit closing the window, and
 * several windows at once. Each window prints what `oobe-sim exec` prints for the same line.
 */
const consoles = (page: Page) => page.getByRole('dialog', { name: 'Administrator: C:\\Windows\\system32\\cmd.exe' });

async function run(page: Page, window: ReturnType<typeof consoles>, line: string) {
  const input = window.getByRole('textbox', { name: 'Command' });
  await expect(input).toBeEnabled();
  await input.fill(line);
  await input.press('Enter');
  await expect(input).toBeEnabled();
  await expect(input).toHaveValue('');
}

test('Shift+F10 opens cmd.exe windows that switch to PowerShell and back, recall, cancel, clear and close', async ({
  device: page,
  host,
}) => {
  await skipUntil(page, host, 'region');
  await page.keyboard.press('Shift+F10');
  const first = consoles(page).first();
  await expect(first).toBeVisible();
  await expect(first.getByTestId('prompt')).toHaveText('C:\\Windows\\system32>');

  // Same text as `oobe-sim exec hostname` (the core's shell.run from OOBE's session).
  await run(page, first, 'hostname');
  const expected = host.session.core.execute('shell.run', { line: 'hostname', session: OOBE_SESSION }).stdout;
  await expect(first.getByRole('log')).toContainText('C:\\Windows\\system32>hostname');
  await expect(first.locator('.cmd__out').last()).toHaveText(expected.replace(/\r\n$/, '').replace(/\r\n/g, '\n'));

  await run(page, first, 'powershell');
  await expect(first.getByTestId('prompt')).toHaveText('PS C:\\Windows\\system32>');
  await run(page, first, 'Get-Tpm');
  await expect(first.getByRole('log')).toContainText('PS C:\\Windows\\system32> Get-Tpm');
  await expect(first.getByRole('log')).toContainText('TpmPresent');

  // Up recalls the last line, then the one before it.
  const input = first.getByRole('textbox', { name: 'Command' });
  await input.press('ArrowUp');
  await expect(input).toHaveValue('Get-Tpm');
  await input.press('ArrowUp');
  await expect(input).toHaveValue('powershell');
  await input.press('ArrowDown');
  await expect(input).toHaveValue('Get-Tpm');

  // Ctrl+C abandons the typed line and prints ^C.
  await input.fill('Get-Thing');
  await input.press('End');
  await input.press('Control+c');
  await expect(input).toHaveValue('');
  await expect(first.getByRole('log')).toContainText('Get-Thing^C');

  await run(page, first, 'exit');
  await expect(first.getByTestId('prompt')).toHaveText('C:\\Windows\\system32>');
  await expect(first).toBeVisible();

  // A second Shift+F10 opens a second window with its own session.
  await page.locator('.sim-header').click({ position: { x: 4, y: 4 } });
  await page.keyboard.press('Shift+F10');
  await expect(consoles(page)).toHaveCount(2);
  const second = consoles(page).nth(1);
  await expect(second.getByRole('log')).toHaveText('');
  await run(page, second, 'powershell');
  await expect(second.getByTestId('prompt')).toHaveText('PS C:\\Windows\\system32>');
  await expect(first.getByTestId('prompt')).toHaveText('C:\\Windows\\system32>');
  await page.screenshot({ path: 'test-results/console-two-windows.png' });

  await run(page, first, 'cls');
  await expect(first.getByRole('log')).toHaveText('');
  await run(page, first, 'exit');
  await expect(consoles(page)).toHaveCount(1);

  // The on-screen Shift+F10 control opens one too.
  await page.getByRole('button', { name: 'Shift+F10', exact: true }).click();
  await expect(consoles(page)).toHaveCount(2);
});

test('Shift+F10 on an OOBE page: reg query prints the Autopilot values the profile download wrote', async ({
  device: page,
  host,
}) => {
  // Through the first pages with a cable, as first-pages.spec.ts does, to the branded sign-in page.
  await skipUntil(page, host, 'region');
  for (const control of ['yes', 'yes', 'skip']) host.session.core.execute('device.click', { control });
  host.session.core.execute('fault.fire', { fault: { kind: 'network.cable', connected: true } });
  await expectScreen(page, 'network');
  host.session.core.execute('clock.skip', {});
  await clickOnDevice(host, page.getByRole('button', { name: 'Next', exact: true }), 'network');
  await skipUntil(page, host, 'branding-signin');
  await page.keyboard.press('Shift+F10');
  const window = consoles(page).first();
  await expect(window).toBeVisible();
  const line = 'reg query HKLM\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot';
  await run(page, window, line);
  await expect(window.getByRole('log')).toContainText(`C:\\Windows\\system32>${line}`);
  const printed = ((await window.locator('.cmd__out').last().textContent()) ?? '').split(/\r?\n/);
  // The key's heading, then one `    name    TYPE    data` line per value, as reg.exe prints them.
  expect(printed).toContain('HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot');
  const snap = host.session.core.execute('device.snapshot', {});
  expect(snap.screen.id).toBe('branding-signin');
  expect(printed.filter((l) => /^ {4}CloudAssignedTenantDomain {4}REG_SZ {4}\S+$/.test(l))).toHaveLength(1);
  expect(printed).toContain('    IsAutopilotDisabled    REG_DWORD    0x0');
  // And the whole answer is the one `oobe-sim exec` gives for the same line.
  const expected = host.session.core.execute('shell.run', { line, session: OOBE_SESSION }).stdout;
  expect(printed).toEqual(expected.split('\r\n'));
  await page.screenshot({ path: '/tmp/shots-diag/console-reg-query.png' });
});
