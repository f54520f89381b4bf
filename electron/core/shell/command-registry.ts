import type { ShellCommand } from './command-result';
import { dsregcmdCommand } from './cmd/dsregcmd';
import { cdCommand, dirCommand, eventvwrCommand, notepadCommand, typeCommand } from './cmd/files';
import { ipconfigCommand } from './cmd/ipconfig';
import { licensingdiagCommand, mdmdiagCommand } from './cmd/mdmdiag';
import { nslookupCommand } from './cmd/nslookup';
import { pingCommand } from './cmd/ping';
import { reagentcCommand } from './cmd/reagentc';
import { echoCommand, helpCommand, hostnameCommand, setCommand, shutdownCommand, whoamiCommand } from './cmd/simple';
import { systeminfoCommand } from './cmd/systeminfo';
import { tpmtoolCommand } from './cmd/tpmtool';
import { wmicCommand } from './cmd/wmic';
import { regCommand } from './reg-command';
import { w32tmCommand } from './w32tm-command';

/**
 * Every program the device's cmd.exe knows, by the name typed (lower case, without `.exe`).
 * PowerShell runs the same programs when a line isn't a cmdlet.
 */
export const CMD_COMMANDS: Readonly<Record<string, ShellCommand>> = {
  cd: cdCommand,
  chdir: cdCommand,
  dir: dirCommand,
  dsregcmd: dsregcmdCommand,
  echo: echoCommand,
  eventvwr: eventvwrCommand,
  help: helpCommand,
  hostname: hostnameCommand,
  ipconfig: ipconfigCommand,
  licensingdiag: licensingdiagCommand,
  mdmdiagnosticstool: mdmdiagCommand,
  notepad: notepadCommand,
  nslookup: nslookupCommand,
  ping: pingCommand,
  reagentc: reagentcCommand,
  reg: regCommand,
  set: setCommand,
  shutdown: shutdownCommand,
  systeminfo: systeminfoCommand,
  tpmtool: tpmtoolCommand,
  type: typeCommand,
  w32tm: w32tmCommand,
  whoami: whoamiCommand,
  wmic: wmicCommand,
};

/** The registry key a typed program name is filed under: `C:\Windows\System32\REG.EXE` → `reg`. */
export function commandKey(program: string): string {
  return program
    .toLowerCase()
    .replace(/^.*\\/, '')
    .replace(/\.(exe|com)$/, '');
}
