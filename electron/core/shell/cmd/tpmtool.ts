import { win32Tpm } from '../../hardware/tpm';
import type { DeviceState } from '../../state';
import { CRLF, fail, lines, ok, type ShellCommand } from '../command-result';

const FULL_NAMES: Readonly<Record<string, string>> = {
  IFX: 'Infineon',
  INTC: 'Intel',
  AMD: 'AMD',
  NTC: 'Nuvoton Technology',
  STM: 'STMicroelectronics',
  MSFT: 'Microsoft',
  QCOM: 'Qualcomm',
};

/** `tpmtool getdeviceinformation` in the layout of external-diagnostics.md §3.1, from the device's TPM. */
export function tpmDeviceInformation(state: DeviceState): string {
  const tpm = state.setup.device.tpm;
  const wmi = win32Tpm(tpm);
  if (!wmi) return lines('', '-TPM Present: False');
  const vulnerable = tpm.fault === 'vulnerable-firmware';
  const ready = tpm.ready && !tpm.reducedFunctionalityMode;
  const attest = tpm.attestationSupported && ready && tpm.presence === '2.0';
  const yes = (b: boolean) => (b ? 'True' : 'False');
  return lines(
    '',
    '-TPM Present: True',
    `-TPM Version: ${tpm.presence}`,
    `-TPM Manufacturer ID: ${tpm.manufacturerId}`,
    `-TPM Manufacturer Full Name: ${FULL_NAMES[tpm.manufacturerId.toUpperCase()] ?? tpm.manufacturerId}`,
    `-TPM Manufacturer Version: ${tpm.manufacturerVersion}`,
    '-PPI Version: 1.3',
    `-Is Initialized: ${yes(tpm.owned)}`,
    `-Ready For Storage: ${yes(ready)}`,
    `-Ready For Attestation: ${yes(attest)}`,
    `-Is Capable For Attestation: ${yes(tpm.attestationSupported)}`,
    `-Clear Needed To Recover: ${yes(tpm.reducedFunctionalityMode)}`,
    '-Clear Possible: True',
    `-TPM Has Vulnerable Firmware: ${yes(vulnerable)}`,
    '-Maintenance Task Complete: True',
    '-Bitlocker PCR7 Binding State: Binding Not Possible',
    `-TPM Spec Version: ${tpm.presence === '2.0' ? '1.38' : '1.2'}`,
    '-TPM Errata Date: Wednesday, December 18, 2019',
    '-PC Client Version: 1.04',
    '-Lockout Information:',
    '\t-Is Locked Out: False',
    '\t-Lockout Counter: 0',
    '\t-Max Auth Fail: 32',
    '\t-Lockout Interval: 7200s',
    '\t-Lockout Recovery: 86400s',
  );
}

const USAGE = lines(
  '',
  'TpmTool.exe [/parameter] [<arguments>]',
  '',
  'Parameters:',
  '    getdeviceinformation - Displays the basic information of the TPM.',
  '    gatherlogs [output directory path] - Collects TPM logs and places them in the specified directory.',
  '    drivertracing [start | stop] - Start/Stop collecting TPM driver traces.',
  '    /? - Displays help.',
);

export const tpmtoolCommand: ShellCommand = ({ ctx }, args) => {
  const verb = args[0]?.toLowerCase();
  if (verb === 'getdeviceinformation') return ok(tpmDeviceInformation(ctx.state));
  if (verb === undefined || verb === '/?') return ok(USAGE);
  return fail(`Unrecognized parameter: ${args[0]}${CRLF}${USAGE}`);
};
