import type { DeviceSetup } from '../../../shared/device-setup';
import type { EspCategoryId } from '../../../shared/views/esp-view';
import { TIMINGS } from '../oobe/timings';
import type { EspCategory, EspItem, EspItemId, EspMode, EspState, EspWork } from './esp-state';
import { comgmtEspWorks } from '../comgmt/comgmt-esp';

type Context = 'device' | 'user';

function work(partial: Omit<EspWork, 'state' | 'restart' | 'win32' | 'errorCode'> & Partial<EspWork>): EspWork {
  return { errorCode: null, restart: 'none', win32: false, state: 'waiting', ...partial };
}

function item(id: EspItemId, works: EspWork[]): EspItem {
  return { id, state: 'waiting', works, errorCode: null };
}

/** Apps the ESP tracks in one context: all required apps, or only the profile's selected blocking apps (esp.md §3). */
function trackedApps(setup: DeviceSetup, context: Context): EspWork[] {
  const blocking = setup.policies.enrollmentStatusPage?.blockingApps ?? 'all';
  return setup.workload.apps
    .filter((a) => a.context === context && (blocking === 'all' || blocking.selected.includes(a.id)))
    .map((a) =>
      work({
        ref: a.id,
        name: a.name,
        durationMs: a.durationMs,
        outcome: a.outcome,
        errorCode: a.errorCode ?? null,
        restart: a.restart,
        win32: a.type === 'win32',
      }),
    );
}

function profiles(list: DeviceSetup['workload']['certificates'], context: Context): EspWork[] {
  return list
    .filter((p) => p.context === context)
    .map((p) =>
      work({ ref: p.id, name: p.name, durationMs: p.durationMs, outcome: p.outcome, errorCode: p.errorCode ?? null }),
    );
}

/** "Security policies" always shows one tracked policy, the dummy EntDMID (external-facts.md §1.3). */
const entDmid = () => work({ ref: 'EntDMID', name: 'EntDMID', durationMs: TIMINGS.espPolicyMs, outcome: 'success' });

function setupItems(setup: DeviceSetup, context: Context): EspItem[] {
  // PROVISIONTS is tracked as an app in Device setup only (000:49-63: no Account setup integration).
  const comgmtApps = context === 'device' ? comgmtEspWorks(setup).apps : [];
  return [
    item('policies', [entDmid()]),
    item('certificates', profiles(setup.workload.certificates, context)),
    item('network', profiles(setup.workload.networkProfiles, context)),
    item('apps', [...trackedApps(setup, context), ...comgmtApps]),
  ];
}

/**
 * What the ESP tracks, category by category (oobe-ui.md §12.3, external-facts.md §1.2–1.3).
 * In user-driven mode the first three Device preparation steps are already done when the page
 * opens; hybrid join waits in "Joining your organization’s network" for the offline domain join.
 */
export function buildEspState(setup: DeviceSetup, hybrid: boolean, mode: EspMode = 'user-driven'): EspState {
  const ime = work({
    ref: 'ime',
    name: 'Intune Management Extension',
    durationMs: TIMINGS.imeInstallMs,
    outcome: 'success',
  });
  // A hybrid device restarts to complete the domain join (001:11416, 001:11524); pre-provisioning
  // postpones that reboot (001:11416): the technician flow reseals instead, the user's power-on is the restart.
  const odj = work({
    ref: 'odj',
    name: 'Offline domain join',
    durationMs: TIMINGS.odjBlobMs,
    outcome: 'success',
    restart: mode === 'technician' ? 'none' : 'hard',
  });
  const category = (id: EspCategoryId, items: EspItem[]): EspCategory => ({
    id,
    state: 'waiting',
    items,
    expanded: false,
  });
  const deviceSteps = mode === 'user-driven' ? null : deviceModeSteps();
  return {
    categories: [
      category('device-preparation', [
        item('tpm', deviceSteps ? [deviceSteps.attestation] : []),
        // Hybrid joins the domain (offline domain join) instead of Microsoft Entra ID.
        item('aadj', hybrid ? [odj] : deviceSteps ? [deviceSteps.join] : []),
        item('mdm', deviceSteps ? [deviceSteps.enroll] : []),
        // Co-management registers ConfigMgr as a policy provider: the ESP waits here for CCMSetup (000:31-45).
        item('prepare-mdm', [ime, ...comgmtEspWorks(setup).prepare]),
      ]),
      category('device-setup', setupItems(setup, 'device')),
      category('account-setup', setupItems(setup, 'user')),
    ],
    mode,
    phase: 'device',
    running: null,
    session: 0,
    failure: null,
    restartPending: false,
    awaitingSignOut: false,
    hybridPagesDone: false,
    logsWrittenTo: null,
    deviceLeft: false,
    userLeft: false,
  };
}

/**
 * Device preparation's own work when no user signed in before the ESP (technician flow,
 * self-deploying): TPM attestation ("Securing your hardware", its duration decided when it starts:
 * esp-attestation.ts), the device-based Entra join and the MDM enrollment. Durations are choices.
 */
function deviceModeSteps(): { attestation: EspWork; join: EspWork; enroll: EspWork } {
  return {
    attestation: work({ ref: 'tpm-attestation', name: 'TPM attestation', durationMs: 0, outcome: 'success' }),
    join: work({
      ref: 'device-join',
      name: 'Microsoft Entra device join',
      durationMs: TIMINGS.joinMs,
      outcome: 'success',
    }),
    enroll: work({ ref: 'mdm-enroll', name: 'MDM enrollment', durationMs: TIMINGS.joinMs, outcome: 'success' }),
  };
}
