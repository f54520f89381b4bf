import type { Page } from '@playwright/test';
import { OOBE_SESSION } from '../../shared/shell';
import { expect, skipUntil, test } from './fixtures';

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
