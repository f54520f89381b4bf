import { Rng } from '../../rng';
import { fail, lines, ok, type ShellCommand } from '../command-result';

/**
 * `reagentc /info` and `/enable`: the Windows Recovery Environment that Autopilot Reset needs
 * (device-model.md §11; the scenario's device.winre). /enable turns a disabled WinRE back on; a
 * missing image can't be enabled.
 */
export const reagentcCommand: ShellCommand = ({ ctx }, args) => {
  const flag = args[0]?.toLowerCase();
  const device = ctx.state.setup.device;
  if (flag === '/enable') {
    if (device.winre === 'missing') return fail(lines('REAGENTC.EXE: Unable to update Boot Configuration Data.', ''));
    device.winre = 'enabled';
    return ok(lines('REAGENTC.EXE: Operation Successful.', ''));
  }
  if (flag === '/disable') {
    if (device.winre === 'enabled') device.winre = 'disabled';
    return ok(lines('REAGENTC.EXE: Operation Successful.', ''));
  }
  if (flag !== '/info') return fail(lines('REAGENTC.EXE: Invalid command-line syntax.', ''));
  const enabled = device.winre === 'enabled';
  const hex = [...Rng.derive(ctx.state.setup.seed, 'winre.bcd').bytes(16)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
  const bcd = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return ok(
    lines(
      'Windows Recovery Environment (Windows RE) and system reset configuration',
      'Information:',
      '',
      `    Windows RE status:         ${enabled ? 'Enabled' : 'Disabled'}`,
      `    Windows RE location:       ${enabled ? '\\\\?\\GLOBALROOT\\device\\harddisk0\\partition4\\Recovery\\WindowsRE' : ''}`,
      `    Boot Configuration Data (BCD) identifier: ${enabled ? bcd : '00000000-0000-0000-0000-000000000000'}`,
      '    Recovery image location:   ',
      '    Recovery image index:      0',
      '    Custom image location:     ',
      '    Custom image index:        0',
      '',
      'REAGENTC.EXE: Operation Successful.',
      '',
    ),
  );
};
