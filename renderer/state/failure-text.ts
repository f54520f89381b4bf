import type { CommandName } from '../../shared/contract';

/**
 * What the chrome's error banner says. A refused command reads as what the user tried and why it
 * did not work ("The click did not reach the device: …"), never "device.click: …".
 */
const WHAT_FAILED: Partial<Record<CommandName, string>> = {
  'device.click': 'The click did not work',
  'device.type': 'The text could not be typed',
  'device.select': 'The choice could not be made',
  'device.key': 'The key press did not work',
  'device.power': 'The power button did not work',
  'device.snapshot': 'The device could not be read',
  'clock.pacing': 'The clock speed could not be changed',
  'clock.skip': 'The clock could not skip to the next event',
  'clock.advance': 'The clock could not move on',
  'fault.fire': 'The fault could not be fired',
  'scenario.load': 'The scenario could not be opened',
  'shell.run': 'The command could not be run',
};

/** The message of an error as transports raise it (CommandError reads "<command>: <message>"). */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The device's own words (CommandError's detail.message), else the error's message. */
function reasonOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'detail' in error) {
    const detail = error.detail;
    if (typeof detail === 'object' && detail !== null && 'message' in detail) return String(detail.message);
  }
  return messageOf(error);
}

/** One banner line for a failed command, in the user's words. */
export function describeFailure(command: CommandName, error: unknown): string {
  const reason = reasonOf(error).replace(/\.$/, '');
  return `${WHAT_FAILED[command] ?? 'The simulator could not do that'}: ${reason}.`;
}

// The transports' own words when the host (web host, or Electron main's device session) is gone.
const CONNECTION_LOSS = [
  'the connection to the simulator was lost',
  'the client is closed',
  'the session has been closed',
  'No handler registered',
  'Error invoking remote method',
];

/** Whether a failure means the simulator is unreachable (shown over the device, not in the banner). */
export function isConnectionLoss(error: unknown): boolean {
  const text = messageOf(error);
  return CONNECTION_LOSS.some((phrase) => text.includes(phrase));
}
