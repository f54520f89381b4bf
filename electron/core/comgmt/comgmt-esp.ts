import type { DeviceSetup } from '../../../shared/device-setup';
import { cancelWhere } from '../clock/virtual-clock';
import { logEvent, timeline, type Ctx } from '../context';
import type { EspWork } from '../esp/esp-state';
import { cancelPlan, planRun, resumePlan, startPlan } from '../plan/plan-runner';
import { callService } from '../network/cloud-link';
import { parseClientCommandLine } from './command-line';
import { CCMSETUP_PLAN, ccmsetupPlan } from './ccmsetup-plan';
import { emptyComgmt, type ComgmtState } from './comgmt-state';
import { writeAuthority, writeProviderState, writeTaskSequenceState } from './comgmt-registry';
import { PROVISIONTS_PLAN, provisionTsPlan } from './provisionts-plan';
import { SMSTS_LOG, writeClientLog } from './cmtrace';
import { winningPolicyOf } from './comgmt-policy';

/** The ESP's refs for the two things co-management adds to it. */
export const CONFIGMGR_WORK = 'configmgr-client';
export const PROVISIONING_TS_WORK = 'Provisioning_TS';

/** What the ESP tracks for co-management: the client in Device preparation, PROVISIONTS under Apps in Device setup. */
export function comgmtEspWorks(setup: DeviceSetup): { prepare: EspWork[]; apps: EspWork[] } {
  const policy = winningPolicyOf(setup);
  if (!policy) return { prepare: [], apps: [] };
  const base = { errorCode: null, restart: 'none', win32: false, state: 'waiting', durationMs: 0 } as const;
  const prepare: EspWork[] = [
    { ...base, ref: CONFIGMGR_WORK, name: 'Configuration Manager client', outcome: 'success' },
  ];
  const ts = policy.autoInstallConfigMgrClient ? parseClientCommandLine(policy.commandLine).provisionTs : null;
  const apps: EspWork[] = ts
    ? [{ ...base, ref: PROVISIONING_TS_WORK, name: `Provisioning task sequence (${ts})`, outcome: 'success' }]
    : [];
  return { prepare, apps };
}

export function isComgmtWork(work: EspWork): boolean {
  return work.ref === CONFIGMGR_WORK || work.ref === PROVISIONING_TS_WORK;
}

export function comgmtOf(ctx: Ctx): ComgmtState {
  ctx.state.comgmt ??= emptyComgmt();
  return ctx.state.comgmt;
}

/**
 * The ESP reached a co-management step: its plan starts, or goes on after a restart. 'done': there
 * is nothing to run (the step is complete at once); 'working': the plan's owner (comgmt-owner.ts)
 * tells the ESP when it ends.
 */
export function startComgmtWork(ctx: Ctx, work: EspWork): 'done' | 'working' {
  const planId = work.ref === CONFIGMGR_WORK ? CCMSETUP_PLAN : PROVISIONTS_PLAN;
  const run = planRun(ctx.state, planId);
  if (run?.status === 'suspended') {
    resumePlan(ctx, planId);
    return 'working';
  }
  if (run && run.status !== 'failed' && run.status !== 'cancelled' && run.status !== 'done') return 'working';
  return work.ref === CONFIGMGR_WORK ? startClientInstall(ctx) : startTaskSequence(ctx);
}

/**
 * Device preparation: the ESP policy registered ConfigMgr as a policy provider (InstallationState 1,
 * 000:186); Intune's co-management policy sets the authority (000:35-39). Auto-install = No: the
 * provider is not required (2) and the ESP goes on.
 */
function startClientInstall(ctx: Ctx): 'done' | 'working' {
  const comgmt = comgmtOf(ctx);
  writeProviderState(ctx, 1);
  const answer = callService(ctx, { op: 'intune.comanagement-policy' });
  const policy = answer.kind === 'policy' ? answer.policy : null;
  comgmt.policy = policy;
  comgmt.authority = policy && !policy.overrideUseIntuneForAllWorkloads ? 'configmgr' : 'intune';
  writeAuthority(ctx, comgmt.authority);
  timeline(
    ctx,
    'cloud',
    comgmt.authority === 'configmgr'
      ? 'Co-management: management authority is Configuration Manager; Intune policies wait for the Configuration Manager workloads'
      : 'Co-management: management authority is Intune; Intune policies continue to apply',
  );
  if (!policy?.autoInstallConfigMgrClient) {
    writeProviderState(ctx, 2);
    return 'done';
  }
  startPlan(ctx, ccmsetupPlan());
  return 'working';
}

/** Device setup: the client runs the PROVISIONTS deployment the site sent with its policy (000:49-57). */
function startTaskSequence(ctx: Ctx): 'done' | 'working' {
  const comgmt = comgmtOf(ctx);
  const id = comgmt.policy ? parseClientCommandLine(comgmt.policy.commandLine).provisionTs : null;
  const ts = comgmt.site?.taskSequences.find((t) => t.deploymentId.toUpperCase() === id?.toUpperCase());
  writeTaskSequenceState(ctx, 1);
  if (!ts) {
    // Nothing deployed under that ID to All Provisioning Devices: the state stays Not installed (1).
    timeline(ctx, 'cloud', `Task sequence ${id ?? '(none)'}: no deployment with this ID reached the client`);
    return 'working';
  }
  writeTaskSequenceState(ctx, 2);
  writeClientLog(ctx, SMSTS_LOG, 'TSManager', `Task sequence ${ts.deploymentId} (${ts.name}) started`);
  startPlan(ctx, provisionTsPlan(ts));
  return 'working';
}

const SHELL_CORE = { channel: 'Microsoft-Windows-Shell-Core/Operational', provider: 'Microsoft-Windows-Shell-Core' };
/** "CloudExperienceHost Web App Event 2" (000:170): the Shell-Core event id is 62407. [UNVERIFIED] */
const WEB_APP_EVENT_2 = 62407;

/** A CloudExperienceHost event as the Shell-Core log carries it (000:170-172, 000:206-208). */
export function logShellCoreEvent(ctx: Ctx, name: string, message: string, errorCode: number): void {
  logEvent(ctx, {
    ...SHELL_CORE,
    eventId: WEB_APP_EVENT_2,
    level: 'Information',
    message: `CloudExperienceHost Web App Event 2. Name: '${name}', Value: '{"message": "${message}","errorCode":${errorCode}}'.`,
  });
}

/** Device setup's Apps subcategory failed (the task sequence did not finish): 000:204-208. */
export function logAppsSubcategoryFailed(ctx: Ctx): void {
  logShellCoreEvent(
    ctx,
    'CommercialOOBE_BootstrapStatusCategory_SubcategoryProcessing_Failed',
    'BootstrapStatus: Subcategory ID = DeviceSetup.AppsSubcategory; state = failed.',
    0,
  );
}

/**
 * The ESP's time ran out on a co-management step (000:162-172, 000:225-232): the plan stops, the
 * Shell-Core event is written; the registry keeps the state it had (1 or 2 tells how far it got).
 */
export function comgmtEspTimedOut(ctx: Ctx, work: EspWork | undefined): void {
  if (!work || !isComgmtWork(work)) return;
  const planId = work.ref === CONFIGMGR_WORK ? CCMSETUP_PLAN : PROVISIONTS_PLAN;
  cancelPlan(ctx, planId);
  // The run's stale timers leave the queue too: nothing happens after the ESP gave up.
  cancelWhere(ctx.state.clock, (t) => t.type === 'plan' && t.run === planId);
  if (work.ref === CONFIGMGR_WORK) {
    logShellCoreEvent(
      ctx,
      'CommercialOOBE_ESPDevicePreparation_PolicyProvidersInstallation_TimedOut',
      'BootstrapStatus: Timed out waiting for all policy providers to provide a list of policies.',
      2147943860,
    );
    return;
  }
  logAppsSubcategoryFailed(ctx);
}

/**
 * An ESP step finished: when it is the Win32 app that installs the client without a co-management
 * policy, the authority Autopilot set stays (Intune keeps every workload, 000:75) unless the app also
 * set ConfigInfo = 2, the documented mitigation that makes Configuration Manager the authority (000:101).
 */
export function comgmtWorkDone(ctx: Ctx, work: EspWork): void {
  const site = ctx.state.setup.tenant.configManager;
  if (!site?.clientWin32AppId || work.ref !== site.clientWin32AppId) return;
  const comgmt = comgmtOf(ctx);
  comgmt.clientInstalled = true;
  if (site.setConfigInfoWithClient) {
    comgmt.authority = 'configmgr';
    writeAuthority(ctx, 'configmgr');
    timeline(
      ctx,
      'cloud',
      'Co-management: ConfigInfo = 2 with the client install: Configuration Manager is the management authority',
    );
    return;
  }
  timeline(
    ctx,
    'cloud',
    `Co-management: the client was installed as a Win32 app without a co-management policy: the management authority stays ${comgmt.authority === 'configmgr' ? 'Configuration Manager' : 'Intune'}`,
  );
}
