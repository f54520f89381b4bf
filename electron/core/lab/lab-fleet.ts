import type { Scenario } from '../../../shared/scenario/scenario';
import type { ScriptStep } from '../../../shared/scenario/script';
import { deviceSetupSchema } from '../../../shared/device-setup';
import { scenarioBody } from '../../../shared/scenario/scenario';
import { deriveIdentity } from '../hardware/identity';

/** SMBIOS serial numbers the scenario schema takes: at most 64 characters (shared/scenario/hardware.ts). */
const MAX_SERIAL = 64;

/** `megan@contoso.com`, device 3 → `megan-3@contoso.com`. */
export function labUpn(upn: string, n: number): string {
  const at = upn.lastIndexOf('@');
  return `${upn.slice(0, at)}-${n}${upn.slice(at)}`;
}

/** `5CG1234XYZ`, device 3 → `5CG1234XYZ-3`, shortened at the front of the suffix to fit 64 characters. */
export function labSerial(serial: string, n: number): string {
  const suffix = `-${n}`;
  return `${serial.slice(0, MAX_SERIAL - suffix.length)}${suffix}`;
}

/** The UPNs a device of the scenario signs in with: its assigned user and any tenant user's UPN its script types. */
function usersOfDevice(scenario: Scenario): Set<string> {
  const known = new Map(scenario.tenant.users.map((u) => [u.upn.toLowerCase(), u.upn]));
  const used = new Set<string>();
  const assigned = scenario.registration.assignedUser?.toLowerCase();
  if (assigned && known.has(assigned)) used.add(assigned);
  for (const step of scenario.script)
    for (const action of step.do)
      if ('type' in action && known.has(action.type.text.toLowerCase())) used.add(action.type.text.toLowerCase());
  return used;
}

/**
 * The N devices of a lab run as N scenarios on one tenant. Device 1 is the scenario as written;
 * device n > 1 is the same scenario with its own serial number and its own users:
 *
 * - Serial number: a serial fixed by the scenario becomes `<serial>-<n>`; a derived one (from the
 *   seed) is already the device's own, and gets `-<n>` only if an earlier device drew the same.
 *   The hardware hash and the Autopilot record follow from it, so each device has its own record.
 * - Users: each user the device signs in as (assigned user, UPNs its script types) is copied as
 *   `<local>-<n>@<domain>` with the same password, MFA, licence and device counts, and the device's
 *   script and assigned user use the copy. So one lab run does not trip the per-user device limits
 *   (801c0003, Intune's enrollment limit) by its own construction, while a scenario whose user is
 *   at a limit still shows it on every device.
 *
 * Device n's `tenant` block is the scenario's plus its own user copies (group memberships extended
 * to them), so loading it into the lab's tenant (scenario wins by identity) adds its users and its
 * Autopilot record and changes nothing the earlier devices use. A group keeps the memberships of
 * the last device loaded (groups are replaced by name): the devices before it have finished by
 * then. Each block holds one device's copies, not all N, so a run of 10,000 stays linear. Pure: the
 * same scenario, seeds and count give the same devices.
 */
export function labFleet(scenario: Scenario, seeds: readonly number[]): Scenario[] {
  const signInUsers = usersOfDevice(scenario);
  const fixedSerial = scenario.device.smbios.serialNumber;
  const taken = new Set<string>();
  return seeds.map((seed, i) => {
    const n = i + 1;
    const rename = (text: string) => (n > 1 && signInUsers.has(text.toLowerCase()) ? labUpn(text, n) : text);
    const body = scenarioBody(scenario);
    const own = fixedSerial ?? deriveIdentity(deviceSetupSchema.parse({ ...body, seed })).serialNumber;
    const serial = n > 1 && (fixedSerial !== undefined || taken.has(own)) ? labSerial(own, n) : own;
    taken.add(serial);
    // Only a changed serial is written into the device: otherwise it stays derived, as in a single run.
    const device =
      serial === own
        ? scenario.device
        : { ...scenario.device, smbios: { ...scenario.device.smbios, serialNumber: serial } };
    const script: ScriptStep[] = scenario.script.map((step) => ({
      ...step,
      do: step.do.map((action) =>
        'type' in action ? { type: { ...action.type, text: rename(action.type.text) } } : action,
      ),
    }));
    const { assignedUser } = scenario.registration;
    // The device's own users beside the scenario's; loading it into the lab's tenant adds them (by UPN).
    const users = scenario.tenant.users.flatMap((user) =>
      n > 1 && signInUsers.has(user.upn.toLowerCase()) ? [user, { ...user, upn: labUpn(user.upn, n) }] : [user],
    );
    const groups = scenario.tenant.groups.map((group) => ({
      ...group,
      members: group.members.flatMap((m) => (n > 1 && signInUsers.has(m.toLowerCase()) ? [m, labUpn(m, n)] : [m])),
    }));
    return {
      ...scenario,
      seed,
      device,
      registration: { ...scenario.registration, ...(assignedUser ? { assignedUser: rename(assignedUser) } : {}) },
      tenant: { ...scenario.tenant, users, groups },
      script,
    };
  });
}
