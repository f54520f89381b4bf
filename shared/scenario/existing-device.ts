import { z } from 'zod';
import { autopilotJsonFileSchema, readAutopilotJson, SELF_DEPLOYING_OOBE_BITS } from './autopilot-json';
import { deviceNameTemplateProblems } from './device-name';

/**
 * Windows Autopilot deployment for existing devices (provisioning-modes.md §3): the Configuration
 * Manager task sequence that reinstalls Windows and places the Autopilot JSON, and that JSON.
 */
export const taskSequenceSchema = z
  .object({
    /** The task sequence as Software Center lists it (001:11878). */
    name: z.string().min(1).max(100).default('Autopilot for existing devices'),
    /**
     * How it starts: the user picks it in Software Center → Operating Systems → Install (an
     * "Available" deployment, 001:11877–11878), or it starts by itself (a "Required" deployment, 001:9660–9682).
     */
    start: z.enum(['software-center', 'required']).default('software-center'),
    /**
     * How the task sequence runs Sysprep (001:9482–9530): the documented fix, a "Run Command Line"
     * step named "Sysprep" with `/oobe /reboot` or `/oobe /shutdown`; or the wizard's own
     * "Prepare Windows for Capture", whose /Generalize deletes the JSON (§6 row 31).
     */
    sysprep: z.enum(['oobe-reboot', 'oobe-shutdown', 'prepare-windows-for-capture']).default('oobe-reboot'),
    /** The organization name Configuration Manager shows in its dialogs (client setting). */
    organizationName: z.string().min(1).max(100).default('IT Organization'),
  })
  .strict();

export const existingDeviceSchema = z
  .object({
    taskSequence: taskSequenceSchema.default(taskSequenceSchema.parse({})),
    /** The JSON file in the task sequence's package ("Prepare System for Windows Autopilot"). */
    autopilotJson: autopilotJsonFileSchema,
  })
  .strict();
export type ExistingDeviceSetup = z.infer<typeof existingDeviceSchema>;

export interface ExistingDeviceProblem {
  path: (string | number)[];
  message: string;
}

/** What the checks need from the scenario (kept structural so this file does not import scenario.ts). */
interface ScenarioFacts {
  mode: string;
  existingDevice?: ExistingDeviceSetup | undefined;
  device: { existingState: string; smbios: { serialNumber?: string | undefined } };
  registration: { registered: boolean; profileStatus: string };
  policies: { deploymentProfile?: unknown; domainJoin?: unknown };
  tenant: { id: string; domains: string[]; activeDirectory?: unknown };
}

/** The device is registered and the service hands it its assigned profile: that one wins over the JSON (001:9963–9968). */
export function onlineProfileWins(s: Pick<ScenarioFacts, 'registration' | 'policies'>): boolean {
  const { registered, profileStatus } = s.registration;
  return (
    registered && s.policies.deploymentProfile !== undefined && ['Assigned', 'Fix pending'].includes(profileStatus)
  );
}

/**
 * Problems with an existing-devices scenario, and notes. Every reason Windows would ignore the
 * JSON is a problem, unless `expectIgnoredByWindows` says the scenario wants exactly that: then
 * it is a note `oobe-sim validate` prints.
 */
export function existingDeviceChecks(s: ScenarioFacts): {
  problems: ExistingDeviceProblem[];
  notes: ExistingDeviceProblem[];
} {
  const problems: ExistingDeviceProblem[] = [];
  const notes: ExistingDeviceProblem[] = [];
  const setup = s.existingDevice;
  if (!setup) {
    if (s.mode === 'existing-devices')
      problems.push({
        path: ['existingDevice'],
        message: 'an "existing-devices" scenario needs existingDevice (the task sequence and the Autopilot JSON)',
      });
    return { problems, notes };
  }
  if (s.device.existingState !== 'domain-joined-configmgr') {
    problems.push({
      path: ['device', 'existingState'],
      message:
        'the task sequence runs from Software Center: the device must start as "domain-joined-configmgr" (an existing device with a Configuration Manager client)',
    });
  }
  const base = ['existingDevice', 'autopilotJson'];
  const file = setup.autopilotJson;
  const read = readAutopilotJson(file);
  const ignored: ExistingDeviceProblem[] = read.ok
    ? []
    : read.problems.map((p) => ({ path: [...base, ...p.path], message: p.message }));
  if (read.ok) {
    const { profile } = read;
    if ((profile.oobeConfig & SELF_DEPLOYING_OOBE_BITS) !== 0 && !onlineProfileWins(s)) {
      ignored.push({
        path: [...base, 'content', 'CloudAssignedOobeConfig'],
        message: `${profile.oobeConfig} sets the self-deploying bits (32, 64): the JSON supports only user-driven profiles, because self-deploying and pre-provisioning need TPM attestation and a registered device (001:8968); on this unregistered device Windows ignores the file`,
      });
    }
    // Not a reason Windows ignores the file, but the scenario's tenant must be the one the JSON names.
    if (profile.tenantId.toLowerCase() !== s.tenant.id.toLowerCase()) {
      problems.push({
        path: [...base, 'content', 'CloudAssignedTenantId'],
        message: `"${profile.tenantId}" is not tenant.id ("${s.tenant.id}")`,
      });
    }
    if (!s.tenant.domains.some((d) => d.toLowerCase() === profile.tenantDomain.toLowerCase())) {
      problems.push({
        path: [...base, 'content', 'CloudAssignedTenantDomain'],
        message: `"${profile.tenantDomain}" is not one of tenant.domains`,
      });
    }
    // CloudAssignedDeviceName follows the profile's naming pattern (001:11701): the same rules as the template.
    if (profile.deviceName !== null) {
      for (const message of deviceNameTemplateProblems(profile.deviceName, s.device.smbios.serialNumber ?? null)) {
        problems.push({ path: [...base, 'content', 'CloudAssignedDeviceName'], message });
      }
    }
    // Hybrid join: the task sequence must not join the domain; a Domain Join profile (assigned to All Devices) does (001:11889).
    if (
      profile.domainJoinMethod === 1 &&
      (s.policies.domainJoin === undefined || s.tenant.activeDirectory === undefined)
    ) {
      problems.push({
        path: [...base, 'content', 'CloudAssignedDomainJoinMethod'],
        message:
          'hybrid join (1) needs policies.domainJoin (a Domain Join profile assigned to All Devices) and tenant.activeDirectory',
      });
    }
  }
  if (file.expectIgnoredByWindows) {
    if (ignored.length === 0) {
      problems.push({
        path: [...base, 'expectIgnoredByWindows'],
        message: 'Windows would read this file and apply its profile: remove expectIgnoredByWindows',
      });
    }
    notes.push(...ignored);
  } else {
    problems.push(
      ...ignored.map((p) => ({
        ...p,
        message: `${p.message} (set expectIgnoredByWindows: true if the scenario wants this)`,
      })),
    );
  }
  return { problems, notes };
}
