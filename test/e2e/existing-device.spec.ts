import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scenarioBody } from '../../shared/scenario/scenario';
import { validateScenario } from '../../shared/scenario/validate';
import { expect, expectScreen, test } from './fixtures';

function setupOf(id: string) {
  const checked = validateScenario(JSON.parse(readFileSync(resolve('assets/scenarios', `${id}.json`), 'utf8')));
  if (!checked.ok) throw new Error(`${id} is invalid: ${JSON.stringify(checked.problems)}`);
  return scenarioBody(checked.scenario);
}

const SHOTS = process.env.SCREENSHOT_DIR;

test.describe('existing device: Software Center and the task sequence progress dialog', () => {
  test.use({ setup: setupOf('existing-device-json') });

  test('Install in Software Center, confirm, and the progress dialog shows the running action', async ({
    device,
    host,
  }) => {
    const core = host.session.core;
    for (let i = 0; i < 20 && core.execute('device.snapshot', {}).screen.id !== 'task-sequence'; i += 1)
      core.execute('clock.skip', {});
    await expectScreen(device, 'task-sequence');
    await expect(device.getByRole('heading', { name: 'Operating Systems' })).toBeVisible();
    await expect(device.getByText('Autopilot for existing devices')).toBeVisible();
    if (SHOTS) await device.screenshot({ path: `${SHOTS}/software-center.png` });

    await device.getByRole('button', { name: 'Install', exact: true }).click();
    const confirm = device.getByRole('alertdialog');
    await expect(confirm).toBeVisible();
    if (SHOTS) await device.screenshot({ path: `${SHOTS}/software-center-confirm.png` });
    await confirm.getByRole('button', { name: 'Install Operating System' }).click();

    const dialog = device.getByRole('dialog', { name: 'Installation Progress' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('Running action: Restart in Windows PE')).toBeVisible();
    if (SHOTS) await device.screenshot({ path: `${SHOTS}/task-sequence-full-os.png` });

    // Through the restart into Windows PE and a few minutes into Apply Operating System.
    for (
      let i = 0;
      i < 10 && !JSON.stringify(core.execute('device.snapshot', {}).screen).includes('Apply Operating System');
      i += 1
    ) {
      core.execute('clock.skip', {});
    }
    core.execute('clock.advance', { ms: 360_000 });
    await expect(dialog.getByText('Running action: Apply Operating System')).toBeVisible();
    const percent = Number(await device.getByRole('progressbar').getAttribute('aria-valuenow'));
    expect(percent).toBeGreaterThan(10);
    expect(percent).toBeLessThan(50);
    await expect(device.locator('[data-screen="task-sequence"]')).toHaveClass(/task-sequence--winpe/);
    if (SHOTS) await device.screenshot({ path: `${SHOTS}/task-sequence-winpe.png` });
  });
});

test.describe('existing device: a JSON saved as UTF-8 is ignored', () => {
  test.use({ setup: setupOf('existing-device-json-utf8') });

  test('after the task sequence, OOBE shows the License Agreement and then the consumer page', async ({
    device,
    host,
  }) => {
    const core = host.session.core;
    const skipTo = (id: string) => {
      for (let i = 0; i < 60 && core.execute('device.snapshot', {}).screen.id !== id; i += 1)
        core.execute('clock.skip', {});
    };
    skipTo('task-sequence');
    core.execute('device.click', { control: 'install' });
    core.execute('device.click', { control: 'install-operating-system' });
    skipTo('region');
    core.execute('device.click', { control: 'yes' });
    core.execute('device.click', { control: 'yes' });
    core.execute('device.click', { control: 'skip' });
    skipTo('license-agreement');
    await expectScreen(device, 'license-agreement');
    await expect(device.getByRole('heading', { name: 'Please review the License Agreement' })).toBeVisible();
    if (SHOTS) await device.screenshot({ path: `${SHOTS}/license-agreement.png` });
    await device.getByRole('button', { name: 'Accept' }).click();
    await expectScreen(device, 'consumer-oobe');
  });
});
