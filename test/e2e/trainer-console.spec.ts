import { clickOnDevice, deviceScreen, expect, expectScreen, skipUntil, test } from './fixtures';

/**
 * The trainer console (issue 13) opened after the device has run a while: its timeline starts at
 * the run's start; a fault armed for a time fires on the virtual clock; the clock area jumps to a
 * screen and rewinds; the inspector browses the registry and the files.
 */
test('a console opened late lists the run from its start; a fault armed for a time fires on the clock', async ({
  device: page,
  host,
  context,
}) => {
  await skipUntil(page, host, 'region');
  const screen = deviceScreen(page);
  await clickOnDevice(host, screen.getByRole('button', { name: 'Yes', exact: true }), 'region');
  await expectScreen(page, 'keyboard');

  const trainer = await context.newPage();
  await trainer.emulateMedia({ reducedMotion: 'reduce' });
  await trainer.goto(`${host.url}trainer`);
  const entries = trainer.getByRole('list', { name: 'Timeline entries' });
  // Both screens came before the console opened.
  await expect(entries).toContainText('Screen: region');
  await expect(entries).toContainText('Screen: keyboard');

  // Armed for two minutes from now; it fires when the virtual clock gets there, not before.
  await trainer.getByLabel('Fault', { exact: true }).selectOption({ label: 'Clock 10 minutes off' });
  await trainer.getByLabel('when', { exact: true }).selectOption('time');
  await trainer.getByLabel('at time', { exact: true }).fill('in 2 minutes');
  await trainer.getByRole('button', { name: 'Arm', exact: true }).click();
  const armed = trainer.getByRole('list', { name: 'Armed faults' });
  await expect(armed).toContainText('Clock 10 minutes off → at');
  await expect(entries).toContainText('Fault armed for');
  await expect(entries).not.toContainText('Firmware clock drift');
  host.session.core.execute('clock.advance', { ms: 121_000 });
  await expect(entries).toContainText('Firmware clock drift set to 600 s');
  await expect(armed).not.toContainText('Clock 10 minutes off');
  await trainer.screenshot({ path: '/tmp/shots-trainer/console-armed-time.png' });
});

test('the clock area jumps to a screen and rewinds; the inspector browses the registry and the files', async ({
  device: page,
  host,
  context,
}) => {
  const trainer = await context.newPage();
  await trainer.emulateMedia({ reducedMotion: 'reduce' });
  await trainer.goto(`${host.url}trainer`);
  await trainer.getByLabel('Jump to', { exact: true }).selectOption('region');
  await trainer.getByRole('button', { name: 'Jump to screen', exact: true }).click();
  await expectScreen(page, 'region');
  await expect(trainer.getByRole('group', { name: 'Jump to screen' }).getByRole('status')).toContainText('region at');
  // A screen that needs the person first is not reached; the console says so.
  await trainer.getByLabel('Jump to', { exact: true }).selectOption('esp');
  await trainer.getByRole('button', { name: 'Jump to screen', exact: true }).click();
  await expect(trainer.getByRole('group', { name: 'Jump to screen' }).getByRole('status')).toContainText(
    'esp not reached',
  );

  await clickOnDevice(host, deviceScreen(page).getByRole('button', { name: 'Yes', exact: true }), 'region');
  await expectScreen(page, 'keyboard');
  await trainer.getByRole('button', { name: '⟲ Rewind…', exact: true }).click();
  await trainer
    .getByRole('dialog', { name: 'Rewind the device' })
    .getByRole('button', { name: 'Go back to just before: Click "yes" on region', exact: true })
    .click();
  await expectScreen(page, 'region');
  // What the rewind undid leaves the timeline.
  await expect(trainer.getByRole('list', { name: 'Timeline entries' })).not.toContainText('Screen: keyboard');
  await expect(trainer.getByRole('list', { name: 'Timeline entries' })).toContainText('Screen: region');

  // Registry: expand to a key, select it, its values show as regedit lists them.
  const tree = trainer.getByRole('tree', { name: 'Registry keys' });
  for (const name of ['HKEY_LOCAL_MACHINE', 'SYSTEM', 'CurrentControlSet', 'Control', 'ComputerName']) {
    await tree
      .getByRole('button', { name: `Expand ${name}`, exact: true })
      .first()
      .click();
  }
  await tree
    .getByRole('treeitem', { name: 'ComputerName' })
    .last()
    .getByRole('button', { name: 'ComputerName', exact: true })
    .click();
  const values = trainer.getByRole('table', { name: 'Registry values' });
  await expect(values).toContainText('(Default)');
  await expect(values).toContainText('REG_SZ');
  await trainer.screenshot({ path: '/tmp/shots-trainer/console-registry.png' });

  // Files: open folders, then a file in the read-only viewer.
  await trainer.getByRole('button', { name: 'Files', exact: true }).click();
  await expect(trainer.getByLabel('Current folder')).toHaveText('C:\\');
  await trainer
    .getByRole('list', { name: 'Folder contents' })
    .getByRole('button', { name: /Windows$/i })
    .click();
  await expect(trainer.getByLabel('Current folder')).toContainText('Windows');
  await trainer.screenshot({ path: '/tmp/shots-trainer/console-files.png' });
});
