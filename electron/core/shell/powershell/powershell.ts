import { timeline } from '../../context';
import { uploadHardwareHash } from '../../network/autopilot-upload';
import { hasInternet } from '../../network/connectivity';
import { exists, FileSystemError, writeFile } from '../../os/file-system';
import { getValue, normalizeKeyPath, RegistryError, resolveKeyPath } from '../../os/registry';
import { win32Tpm } from '../../hardware/tpm';
import { autopilotCsv, autopilotInfoRow } from '../autopilot-info';
import { CRLF, fail, ok, type CommandOutput, type ShellEnv } from '../command-result';
import { absolutePath } from '../cmd/files';
import { tokenize } from '../tokenize';
import { getChildItem, getCim, getContent, getItemProperty } from './item-cmdlets';
import { getNetAdapter, getWinEvent, testNetConnection } from './net-cmdlets';
import { psErrorRecord } from './ps-format';
import { getScheduledTask } from './task-cmdlets';

/**
 * The Windows PowerShell 5.1 prompt of the OOBE console: the cmdlets of the documented
 * troubleshooting steps (device-model.md §11). A line that is not a cmdlet runs as a program
 * (reg, ipconfig…), as PowerShell does; anything else gets PowerShell's own "not recognized" record.
 */

const SCRIPT_PATH = 'C:\\Program Files\\WindowsPowerShell\\Scripts\\Get-WindowsAutopilotInfo.ps1';

/** PowerShell's error record, as the console prints it for a failing cmdlet. */
export function psError(
  cmdlet: string,
  message: string,
  line: string,
  category: string,
  target: string,
  errorId: string,
): string {
  const reason = errorId.split(',')[0]!.replace(/^PathNotFound$/, 'ItemNotFoundException');
  return psErrorRecord(cmdlet, message, line, `${category}: (${target}:String) [${cmdlet}], ${reason}`, errorId);
}

export function notRecognized(name: string, line: string): string {
  return [
    `${name} : The term '${name}' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
    'At line:1 char:1',
    `+ ${line}`,
    `+ ${'~'.repeat(name.length)}`,
    `    + CategoryInfo          : ObjectNotFound: (${name}:String) [], CommandNotFoundException`,
    '    + FullyQualifiedErrorId : CommandNotFoundException',
    '',
    '',
  ].join(CRLF);
}

/** Named parameters (`-Name value`, switches as 'true') and positional arguments. */
function parameters(args: string[]): { named: Record<string, string>; positional: string[] } {
  const named: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i]!;
    if (/^-[A-Za-z]/.test(a)) {
      const next = args[i + 1];
      if (next !== undefined && !/^-[A-Za-z]/.test(next)) named[a.slice(1).toLowerCase()] = args[(i += 1)]!;
      else named[a.slice(1).toLowerCase()] = 'true';
    } else positional.push(a);
  }
  return { named, positional };
}

/** `Name : value` lines padded to the longest name, as Format-List prints an object. */
export function formatList(rows: [string, string][]): string {
  const w = Math.max(...rows.map(([k]) => k.length));
  return `${CRLF}${rows.map(([k, v]) => `${k.padEnd(w)} : ${v}`.trimEnd()).join(CRLF)}${CRLF}${CRLF}${CRLF}`;
}

function regPath(path: string): string {
  return normalizeKeyPath(path.replace(/^(HK[A-Z]+):/i, '$1').replace(/^Registry::/i, ''));
}

function getItemPropertyValue(
  env: ShellEnv,
  line: string,
  named: Record<string, string>,
  pos: string[],
): CommandOutput {
  const path = named['path'] ?? named['literalpath'] ?? pos[0];
  const name = named['name'] ?? pos[1];
  const cmdlet = 'Get-ItemPropertyValue';
  if (!path || !name)
    return fail(
      psError(
        cmdlet,
        'Cannot bind argument to parameter because it is null.',
        line,
        'InvalidData',
        'Path',
        'ParameterArgumentValidationErrorNullNotAllowed',
      ),
    );
  const reg = env.ctx.state.registry;
  let key: string | null = null;
  try {
    key = resolveKeyPath(reg, regPath(path));
  } catch (error) {
    if (!(error instanceof RegistryError)) throw error;
  }
  if (key === null)
    return fail(
      psError(
        cmdlet,
        `Cannot find path '${path}' because it does not exist.`,
        line,
        'ObjectNotFound',
        path,
        `PathNotFound,Microsoft.PowerShell.Commands.GetItemPropertyValueCommand`,
      ),
    );
  const data = getValue(reg, key, name);
  if (!data)
    return fail(
      psError(
        cmdlet,
        `Property ${name} does not exist at path ${key}.`,
        line,
        'InvalidArgument',
        name,
        'System.Management.Automation.PSArgumentException,Microsoft.PowerShell.Commands.GetItemPropertyValueCommand',
      ),
    );
  const text = Array.isArray(data.data)
    ? data.data.join(CRLF)
    : data.type === 'REG_DWORD'
      ? String(data.data >>> 0)
      : String(data.data);
  return ok(`${text}${CRLF}`);
}

function getTpm(env: ShellEnv): CommandOutput {
  const tpm = env.ctx.state.setup.device.tpm;
  const wmi = win32Tpm(tpm);
  const b = (v: boolean) => (v ? 'True' : 'False');
  const present = wmi !== null;
  const ready = present && tpm.ready && !tpm.reducedFunctionalityMode;
  const first: [string, string][] = [
    ['TpmPresent', b(present)],
    ['TpmReady', b(ready)],
    ['TpmEnabled', b(present)],
    ['TpmActivated', b(present)],
    ['TpmOwned', b(present && tpm.owned)],
    ['RestartPending', 'False'],
    ['ManufacturerId', String(wmi?.ManufacturerId ?? 0)],
    ['ManufacturerIdTxt', wmi?.ManufacturerIdTxt ?? ''],
    ['ManufacturerVersion', wmi?.ManufacturerVersion ?? ''],
    ['ManufacturerVersionFull20', wmi?.ManufacturerVersionFull20 ?? ''],
  ];
  const second: [string, string][] = [
    ['ManagedAuthLevel', 'Full'],
    ['OwnerAuth', ''],
    ['OwnerClearDisabled', 'False'],
    ['AutoProvisioning', 'Enabled'],
    ['LockedOut', 'False'],
    ['LockoutHealTime', '10 minutes'],
    ['LockoutCount', '0'],
    ['LockoutMax', '31'],
    ['SelfTest', '{}'],
  ];
  const w = 25;
  const show = (rows: [string, string][]) => rows.map(([k, v]) => `${k.padEnd(w)} : ${v}`.trimEnd()).join(CRLF);
  return ok(`${CRLF}${show(first)}${CRLF}${CRLF}${show(second)}${CRLF}${CRLF}${CRLF}`);
}

function installScript(env: ShellEnv, line: string, named: Record<string, string>): CommandOutput {
  const name = named['name'] ?? '';
  const state = env.ctx.state;
  if (name.toLowerCase() !== 'get-windowsautopilotinfo' || !hasInternet(state))
    return fail(
      `WARNING: Unable to resolve package source 'https://www.powershellgallery.com/api/v2'.${CRLF}` +
        psError(
          'PackageManagement\\Install-Package',
          `No match was found for the specified search criteria and script name '${name}'. Try Get-PSRepository to see all available registered script sources.`,
          line,
          'ObjectNotFound',
          'Microsoft.Power...InstallPackage:InstallPackage',
          'NoMatchFoundForCriteria,Microsoft.PowerShell.PackageManagement.Cmdlets.InstallPackage',
        ),
    );
  writeFile(state.fs, SCRIPT_PATH, '<# Get-WindowsAutopilotInfo (simulated PSGallery copy) #>\r\n', state.clock.now);
  timeline(env.ctx, 'input', 'Installed Get-WindowsAutopilotInfo from PSGallery');
  return ok('');
}

function autopilotInfo(env: ShellEnv, line: string, named: Record<string, string>): CommandOutput {
  const state = env.ctx.state;
  if (!exists(state.fs, SCRIPT_PATH)) return fail(notRecognized('Get-WindowsAutopilotInfo', line));
  const options = {
    ...(named['grouptag'] !== undefined ? { groupTag: named['grouptag'] } : {}),
    ...(named['assigneduser'] !== undefined ? { assignedUser: named['assigneduser'] } : {}),
  };
  if (named['online'] !== undefined) {
    if (!hasInternet(state)) return fail(`Connect-MgGraph : No such host is known.${CRLF}`);
    uploadHardwareHash(env.ctx, options);
    timeline(
      env.ctx,
      'cloud',
      'Hardware hash uploaded with Get-WindowsAutopilotInfo -Online; the device is registered',
    );
    return ok(
      [
        'Waiting for 1 of 1 to be imported',
        'All devices imported.  Elapsed time to complete import: 18 seconds',
        'Waiting for 1 of 1 to be synced',
        'All devices synced.  Elapsed time to complete sync: 12 seconds',
        '',
      ].join(CRLF),
    );
  }
  if (named['outputfile'] !== undefined) {
    try {
      writeFile(state.fs, absolutePath(env, named['outputfile']), autopilotCsv(state, options), state.clock.now);
    } catch (error) {
      if (error instanceof FileSystemError) return fail(`Out-File : ${error.winMessage}${CRLF}`);
      throw error;
    }
    return ok('');
  }
  return ok(formatList(autopilotInfoRow(state, options)));
}

/** Runs one PowerShell line. `exit` leaves PowerShell (back to cmd.exe in the same window). */
export function runPowerShellLine(
  env: ShellEnv,
  line: string,
  runProgram: (line: string) => CommandOutput,
): CommandOutput {
  const vars = /^\$(\w+)\s*=\s*['"](.*)['"]\s*$/.exec(line);
  if (vars) {
    env.session.vars = { ...env.session.vars, [vars[1]!.toLowerCase()]: vars[2]! };
    return ok('');
  }
  line = line.replace(/\$(\w+)/g, (m, name: string) => env.session.vars?.[name.toLowerCase()] ?? m);
  const [program, ...args] = tokenize(line);
  if (!program) return ok('');
  const { named, positional } = parameters(args);
  switch (program.toLowerCase()) {
    case 'exit':
      env.session.mode = 'cmd';
      return ok('');
    case 'cls':
    case 'clear-host':
      return { ...ok(''), clear: true };
    case 'get-itempropertyvalue':
      return getItemPropertyValue(env, line, named, positional);
    case 'get-tpm':
      return getTpm(env);
    case 'get-itemproperty':
    case 'gp':
      return getItemProperty(env, line, named, positional);
    case 'get-childitem':
    case 'gci':
    case 'dir':
    case 'ls':
      return getChildItem(env, line, named, positional);
    case 'get-content':
    case 'gc':
    case 'cat':
    case 'type':
      return getContent(env, line, named, positional);
    case 'get-ciminstance':
      return getCim(env, 'Get-CimInstance', line, named, positional);
    case 'get-netadapter':
      return getNetAdapter(env.ctx.state);
    case 'test-netconnection':
    case 'tnc':
      return testNetConnection(env.ctx.state, named, positional);
    case 'get-winevent':
      return getWinEvent(env.ctx.state, line, named, positional);
    case 'get-scheduledtask':
      return getScheduledTask(env.ctx.state, line, named, positional);
    case 'get-wmiobject':
    case 'gwmi':
      return getCim(env, 'Get-WmiObject', line, named, positional);
    case 'install-script':
      return installScript(env, line, named);
    case 'set-executionpolicy':
      return ok('');
    case 'get-windowsautopilotinfo':
    case 'get-windowsautopilotinfo.ps1':
      return autopilotInfo(env, line, named);
    case 'set-timezone': {
      const id = named['id'] ?? positional[0] ?? '';
      if (!/^(UTC|[A-Z][A-Za-z .()-]+ Standard Time)$/.test(id))
        return fail(
          psError(
            'Set-TimeZone',
            `Cannot find a time zone with Id '${id}'.`,
            line,
            'InvalidArgument',
            id,
            'TimeZoneNotFound,Microsoft.PowerShell.Commands.SetTimeZoneCommand',
          ),
        );
      env.ctx.state.setup.device.timeZone = id;
      return ok('');
    }
    default: {
      const out = runProgram(line);
      if (out.exitCode === 9009) return fail(notRecognized(program, line));
      return out;
    }
  }
}
