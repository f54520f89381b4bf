import type { Page } from '@playwright/test';
import { MEGAN } from '../support/setups';
import { signInToEntra, skipUntil, test, expect } from './fixtures';

/**
 * The windows console commands open over OOBE: `eventvwr` (the device's event logs, in Event
 * Viewer's tree, list and details pane) and `notepad <file>` (a read-only view of a log file), on a
 * device whose ESP timed out on a hanging app.
 */
const consoles = (page: Page) => page.getByRole('dialog', { name: 'Administrator: C:\\Windows\\system32\\cmd.exe' });

async function run(page: Page, line: string) {
  const input = consoles(page).first().getByRole('textbox', { name: 'Command' });
  await expect(input).toBeEnabled();
  await input.fill(line);
  await input.press('Enter');
  await expect(input).toHaveValue('');
}

test.describe('Event Viewer and Notepad after an ESP timeout', () => {
  test.use({
    setup: {
      device: { network: { ethernet: { present: true, cableConnected: true, internet: true } } },
      tenant: { domains: ['contoso.com'], users: [{ upn: 'megan@contoso.com', password: 'Pa55w.rd' }] },
      policies: {
        deploymentProfile: { name: 'Contoso user-driven', language: 'en-US', automaticallyConfigureKeyboard: true },
        enrollmentStatusPage: { timeoutMinutes: 60, allowReset: true, allowUseOnError: false, logCollection: true },
      },
      workload: { apps: [{ id: 'stuck', name: 'Stuck installer', type: 'win32', outcome: 'hang' }] },
    },
  });

  test('Filter Current Log keeps the checked levels and the Event IDs typed ("153", ranges)', async ({
    device: page,
    host,
  }) => {
    await signInToEntra(page, host, MEGAN);
    await skipUntil(page, host, 'esp-error');
    await page.keyboard.press('Shift+F10');
    await run(page, 'eventvwr');
    const viewer = page.getByRole('dialog', { name: 'Event Viewer' });
    const channel = 'Microsoft-Windows-ModernDeployment-Diagnostics-Provider/Autopilot';
    await viewer.getByRole('tree', { name: 'Logs' }).getByRole('treeitem', { name: 'Autopilot', exact: true }).click();
    const rows = viewer.getByRole('table', { name: 'Events' }).getByRole('row');
    const all = host.session.core.execute('eventlog.read', { channel }).records;
    await expect(rows).toHaveCount(all.length + 1);

    await viewer.getByRole('button', { name: 'Filter Current Log…' }).click();
    const filter = viewer.getByRole('dialog', { name: 'Filter Current Log' });
    for (const level of ['Critical', 'Warning', 'Verbose', 'Error', 'Information'])
      await expect(filter.getByRole('checkbox', { name: level })).not.toBeChecked();
    await filter.getByRole('textbox', { name: 'Event IDs' }).fill('153');
    await page.screenshot({ path: '/tmp/shots-diag/event-viewer-filter.png' });
    await filter.getByRole('button', { name: 'OK' }).click();
    await expect(filter).toHaveCount(0);
    const with153 = all.filter((r) => r.eventId === 153).length;
    await expect(rows).toHaveCount(with153 + 1);
    await expect(
      viewer.getByText(`Filtered: Log: ${channel}; Levels: All; Event ID: 153. Number of events: ${with153}`),
    ).toBeVisible();

    // A range, and a level: only the Error events whose IDs fall in it.
    await viewer.getByRole('button', { name: 'Filter Current Log…' }).click();
    await filter.getByRole('textbox', { name: 'Event IDs' }).fill('100-400');
    await filter.getByRole('checkbox', { name: 'Error' }).check();
    await filter.getByRole('button', { name: 'OK' }).click();
    const errors = all.filter((r) => r.level === 'Error' && r.eventId >= 100 && r.eventId <= 400).length;
    await expect(rows).toHaveCount(errors + 1);

    // A bad entry is refused in the form; Clear Filter lists everything again.
    await viewer.getByRole('button', { name: 'Filter Current Log…' }).click();
    await filter.getByRole('textbox', { name: 'Event IDs' }).fill('75,abc');
    await expect(filter.getByRole('alert')).toContainText('"abc" is not a valid Event ID or range.');
    await expect(filter.getByRole('button', { name: 'OK' })).toBeDisabled();
    await filter.getByRole('button', { name: 'Cancel' }).click();
    await viewer.getByRole('button', { name: 'Clear Filter' }).click();
    await expect(rows).toHaveCount(all.length + 1);
    await page.screenshot({ path: '/tmp/shots-diag/event-viewer-cleared.png' });
  });

  test('eventvwr lists the Autopilot channel with event 153 and its message; notepad shows the ZTD profile file; both close', async ({
    device: page,
    host,
  }) => {
    await signInToEntra(page, host, MEGAN);
    await skipUntil(page, host, 'esp-error');
    await page.keyboard.press('Shift+F10');
    await expect(consoles(page)).toHaveCount(1);

    await run(page, 'eventvwr');
    const viewer = page.getByRole('dialog', { name: 'Event Viewer' });
    await expect(viewer).toBeVisible();
    const tree = viewer.getByRole('tree', { name: 'Logs' });
    for (const log of ['Application', 'System', 'Autopilot', 'Admin'])
      await expect(tree.getByRole('treeitem', { name: log, exact: true }).first()).toBeVisible();
    await expect(tree.getByText('ModernDeployment-Diagnostics-Provider', { exact: true })).toBeVisible();
    await expect(tree.getByText('DeviceManagement-Enterprise-Diagnostics-Provider', { exact: true })).toBeVisible();
    // The simulator's own trace of service calls is no Windows log.
    await expect(tree.getByText('OOBE Simulator')).toHaveCount(0);

    await tree.getByRole('treeitem', { name: 'Autopilot', exact: true }).click();
    const events = viewer.getByRole('table', { name: 'Events' });
    const expected = host.session.core
      .execute('eventlog.read', { channel: 'Microsoft-Windows-ModernDeployment-Diagnostics-Provider/Autopilot' })
      .records.at(-1)!;
    // Newest first, as Event Viewer lists them.
    await expect(events.getByRole('row').nth(1)).toContainText(String(expected.eventId));
    const row153 = events.getByRole('row').filter({ has: page.getByRole('cell', { name: '153', exact: true }) });
    await expect(row153).toHaveCount(1);
    await expect(row153.getByRole('cell').nth(0)).toHaveText('Information');
    await expect(row153.getByRole('cell').nth(2)).toHaveText('ModernDeployment-Diagnostics-Provider');
    await row153.click();
    const details = viewer.getByRole('region', { name: 'Event details' });
    await expect(details).toContainText('Event 153, ModernDeployment-Diagnostics-Provider');
    await expect(details).toContainText(
      'AutopilotManager reported the state changed from ProfileState_Unknown to ProfileState_Available.',
    );
    await expect(details).toContainText('Microsoft-Windows-ModernDeployment-Diagnostics-Provider/Autopilot');
    await page.screenshot({ path: '/tmp/shots-diag/event-viewer.png' });

    await run(page, 'notepad C:\\Windows\\ServiceState\\wmansvc\\AutopilotDDSZTDFile.json');
    const notepad = page.getByRole('dialog', { name: 'AutopilotDDSZTDFile.json - Notepad' });
    await expect(notepad).toBeVisible();
    const text = notepad.getByRole('textbox');
    await expect(text).toHaveJSProperty('readOnly', true);
    await expect(text).toHaveValue(/"DeploymentProfileName": "Contoso user-driven"/);
    await page.screenshot({ path: '/tmp/shots-diag/notepad.png' });

    // A second Event Viewer opens beside the first; each closes on its own.
    await run(page, 'eventvwr');
    await expect(page.getByRole('dialog', { name: 'Event Viewer' })).toHaveCount(2);
    await page.getByRole('button', { name: 'Close Event Viewer' }).first().click();
    await expect(page.getByRole('dialog', { name: 'Event Viewer' })).toHaveCount(1);
    await notepad.getByRole('button', { name: 'Close AutopilotDDSZTDFile.json - Notepad' }).click();
    await expect(notepad).toHaveCount(0);
    await expect(consoles(page)).toHaveCount(1);
  });
});
