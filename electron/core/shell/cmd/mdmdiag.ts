import { writeBinaryFile, FileSystemError } from '../../os/file-system';
import { timeline } from '../../context';
import { CRLF, fail, lines, ok, type ShellCommand } from '../command-result';
import { buildArchive, collectEntries } from '../archive/collect-logs';
import { announceArchive } from '../archive/device-archives';
import { absolutePath } from './files';

const USAGE = [
  '',
  '  Usage1: C:\\Windows\\system32\\MdmDiagnosticsTool.exe -out <output folder path>',
  '      * Output MDM diagnostics info only to given folder path specified in -out parameter.',
  '      eg: C:\\Windows\\system32\\MdmDiagnosticsTool.exe -out c:\\temp\\outputfolder',
  '',
  '  Usage2: C:\\Windows\\system32\\MdmDiagnosticsTool.exe -area <area name(s)> -cab <output cab file path>',
  '      * Collect predefined area logs and create a log cab to given cab file.',
  '      * Supported area name example:',
  '          Autopilot',
  '          DeviceProvisioning',
  '          Tpm',
  "      * It also supports multiple areas, separated by ';', example:",
  '          Autopilot;DeviceEnrollment;Tpm',
  '      * Please find all possible areas in registry under:',
  '          HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\MdmDiagnostics\\Area',
  '      eg: C:\\Windows\\system32\\MdmDiagnosticsTool.exe -area Autopilot;Tpm -cab c:\\temp\\AutopilotDiag.cab',
  '  Usage3: C:\\Windows\\system32\\MdmDiagnosticsTool.exe -area <area name(s)> -zip <output zip file path>',
  '      * Collect predefined area logs and create a log zip to given zip file. Areas supported are the same as Usage2 for creating cab',
  '  Usage4: C:\\Windows\\system32\\MdmDiagnosticsTool.exe -xml <xml file of information to gather> -zip <output zip file path> -server <MDM Server to alert>',
  '      * Collect information specified in the xml and create a log zip to given zip file. ',
  '',
].join(CRLF);

/** `mdmdiagnosticstool.exe -area <areas> -cab|-zip <file>`: writes a real cabinet or zip to the device's disk. */
export const mdmdiagCommand: ShellCommand = (env, args) => {
  let areas: string[] | null = null;
  let kind: 'cab' | 'zip' | null = null;
  let target: string | null = null;
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i]!.toLowerCase();
    if (a === '-area' && args[i + 1]) areas = args[(i += 1)]!.split(';').filter(Boolean);
    else if ((a === '-cab' || a === '-zip' || a === '-out') && args[i + 1]) {
      kind = a === '-cab' ? 'cab' : 'zip';
      target = args[(i += 1)]!;
    }
  }
  if (!target || (!areas && kind === 'cab')) return ok(USAGE);
  const state = env.ctx.state;
  const areaList = areas ?? ['DeviceEnrollment', 'DeviceProvisioning', 'Autopilot'];
  const entries = collectEntries(state, areaList, `mdmdiagnosticstool.exe ${args.join(' ')}`);
  try {
    writeBinaryFile(
      state.fs,
      absolutePath(env, target),
      buildArchive(entries, kind ?? 'zip', state.setup.seed),
      state.clock.now,
    );
  } catch (error) {
    if (error instanceof FileSystemError) return fail(lines(error.winMessage));
    throw error;
  }
  timeline(env.ctx, 'input', `Collected ${entries.length} diagnostics files into ${target}`);
  announceArchive(env.ctx, absolutePath(env, target));
  return ok('');
};

/** `licensingdiag.exe -cab <file>`: the licensing support cab (before 1809, the ESP's log collector). */
export const licensingdiagCommand: ShellCommand = (env, args) => {
  const i = args.findIndex((a) => a.toLowerCase() === '-cab');
  if (i < 0 || !args[i + 1])
    return ok(lines('Usage: LicensingDiag.exe [-report <report file>] [-log <cab file>] [-cab <cab file>] [-q]'));
  const state = env.ctx.state;
  const entries = collectEntries(state, ['Licensing'], `licensingdiag.exe ${args.join(' ')}`).filter(
    (e) => !e.name.startsWith('MDMDiag'),
  );
  try {
    writeBinaryFile(state.fs, absolutePath(env, args[i + 1]!), buildArchive(entries, 'cab'), state.clock.now);
  } catch (error) {
    if (error instanceof FileSystemError) return fail(lines(error.winMessage));
    throw error;
  }
  announceArchive(env.ctx, absolutePath(env, args[i + 1]!));
  return ok('');
};
