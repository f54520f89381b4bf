import type { DeviceState } from '../state';

/**
 * The console's environment: the file system's variables (SYSTEM's, DEFAULT_ENVIRONMENT) plus
 * the ones Windows derives from the machine (COMPUTERNAME, USERNAME, PROCESSOR_*).
 */
export function environmentOf(state: DeviceState): Record<string, string> {
  return {
    COMPUTERNAME: state.computerName,
    USERNAME: 'SYSTEM',
    USERDOMAIN: 'WORKGROUP',
    NUMBER_OF_PROCESSORS: String(state.setup.device.smbios.processors),
    OS: 'Windows_NT',
    PROCESSOR_ARCHITECTURE: 'AMD64',
    PROMPT: '$P$G',
    ...state.fs.env,
  };
}
