import { logonKindOf } from '../../../../shared/scenario/auto-enroll';
import { cancelWhere } from '../../clock/virtual-clock';
import { after, showPage, timeline, type Ctx } from '../../context';
import { callService } from '../../network/cloud-link';
import { findUser } from '../../enrollment/users';
import { capabilitiesOf } from '../capabilities';
import { CCMSETUP_LOG, COMANAGEMENT_LOG, writeClientLog } from '../cmtrace';
import { comgmtOf } from '../comgmt-esp';
import { writeCapabilities } from '../comgmt-registry';
import {
  DEVICE_ENROLLER,
  logAutoEnrollResult,
  logEnrollmentInformation,
  logTaskRun,
  seededGuid,
  writeAutoEnrollment,
} from './auto-enroll-events';
import {
  TASK_FIRST_RUN_MS,
  TASK_INTERVAL_MS,
  USER_TRIES,
  WORKLOAD_POLICY_MS,
  type AutoEnrollState,
} from './auto-enroll-state';

/**
 * Auto-enrollment of an existing co-managed Configuration Manager client (seed 002; device-model.md
 * §12.2): the device starts at its desktop, domain and hybrid joined, with a healthy client and not
 * MDM enrolled; co-management is enabled in the console, its policy lands, a scheduled task runs
 * DeviceEnroller.exe with the logged-on user's credential (3 tries, again at each new logon), then
 * with the device's (AADDeviceCredentials, userless).
 */

export type AutoEnrollTimer = 'policy' | 'task' | 'device-credential' | 'workload-policy';

const handlerLog = (ctx: Ctx, message: string, type: 1 | 2 | 3 = 1) =>
  writeClientLog(ctx, COMANAGEMENT_LOG, 'CoManagementHandler', message, type);

function autoEnrollOf(ctx: Ctx): AutoEnrollState | null {
  return ctx.state.comgmt?.autoEnroll ?? null;
}

function cloudUpns(ctx: Ctx): string[] {
  return ctx.state.setup.tenant.users.map((u) => u.upn);
}

/** The logged-on user's session: a cloud user has a UPN the device signs in with; the others have none. */
function logOn(ctx: Ctx, name: string): void {
  const cloud = logonKindOf(name, cloudUpns(ctx)) === 'cloud';
  const { account } = ctx.state;
  account.upn = cloud
    ? (ctx.state.setup.tenant.users.find((u) => u.upn.toLowerCase() === name.toLowerCase())?.upn ?? name)
    : null;
  account.signedIn = true;
  account.credentialsCached = true;
  timeline(ctx, 'input', `Signed in as ${name}`);
  showPage(ctx, { id: 'desktop', window: 'none' });
}

/**
 * Boot finished on an auto-enrollment device: it is already set up, so the desktop shows with the
 * logged-on user. The first boot writes what 002:32-46 says a healthy client shows before
 * co-management: ccmsetup.log's success, CoManagementHandler.log's "not MDM enrolled", capabilities 1.
 */
export function onAutoEnrollBoot(ctx: Ctx): boolean {
  const setup = ctx.state.setup.autoEnroll;
  const site = ctx.state.setup.tenant.configManager;
  if (!setup || !site) return false;
  const comgmt = comgmtOf(ctx);
  const { account } = ctx.state;
  if (!comgmt.autoEnroll) {
    comgmt.autoEnroll = {
      loggedOnUser: setup.loggedOnUser,
      phase: 'waiting',
      userTries: 0,
      taskRuns: 0,
      policyId: `ScopeId_${seededGuid(ctx.state.setup.seed, 'comgmt-scope').toUpperCase()}/ConfigurationPolicy_${seededGuid(ctx.state.setup.seed, 'comgmt-policy')}`,
      enrolledWith: null,
      enrolledUpn: null,
    };
    comgmt.clientInstalled = true;
    // A healthy client is registered with its site: it has its ClientID (the applet's Client ID row).
    comgmt.clientId = `GUID:${seededGuid(ctx.state.setup.seed, 'configmgr-client-id').toUpperCase()}`;
    comgmt.authority = 'configmgr';
    comgmt.site = JSON.parse(JSON.stringify(site)) as typeof site;
    comgmt.capabilities = 1;
    account.joined = true;
    account.domainJoined = true;
    writeClientLog(ctx, CCMSETUP_LOG, 'ccmsetup', 'CcmSetup is exiting with return code 0');
    handlerLog(ctx, 'Device is not MDM enrolled yet. All workloads are managed by SCCM.');
  }
  const ae = comgmt.autoEnroll;
  // Signed out before the restart: Windows comes back to its lock screen, nobody logged on.
  if (ae.loggedOff) showPage(ctx, { id: 'lock-screen' });
  else logOn(ctx, ae.loggedOnUser);
  if (ae.phase === 'waiting')
    after(ctx, Math.max(0, setup.coManagementEnabledAtMs - ctx.state.clock.now), {
      type: 'auto-enroll',
      what: 'policy',
    });
  if (ae.phase === 'queued' && !(ae.loggedOff && ae.userTries < USER_TRIES))
    after(ctx, TASK_FIRST_RUN_MS, {
      type: 'auto-enroll',
      what: ae.userTries >= USER_TRIES ? 'device-credential' : 'task',
    });
  return true;
}

export function fireAutoEnrollTimer(ctx: Ctx, what: AutoEnrollTimer): void {
  const ae = autoEnrollOf(ctx);
  if (!ae) return;
  if (what === 'policy') return policyLands(ctx, ae);
  if (what === 'task') return runTask(ctx, ae);
  if (what === 'device-credential') return runDeviceCredential(ctx, ae);
  return workloadPolicy(ctx, ae);
}

/**
 * The admin enabled co-management (002:50-63): with Pilot only members of the "Intune Auto
 * Enrollment" collection get the configuration policy; it lands, and the task is created (002:67).
 */
function policyLands(ctx: Ctx, ae: AutoEnrollState): void {
  const setup = ctx.state.setup.autoEnroll;
  if (!setup) return;
  timeline(
    ctx,
    'cloud',
    `Configuration Manager: co-management enabled, automatic enrollment in Intune: ${setup.automaticEnrollment === 'all' ? 'All' : 'Pilot'}`,
  );
  if (setup.automaticEnrollment === 'pilot' && !setup.inAutoEnrollmentCollection) {
    ae.phase = 'not-targeted';
    timeline(
      ctx,
      'cloud',
      'Configuration Manager: the device is not in the Intune Auto Enrollment collection: no co-management policy for it',
    );
    return;
  }
  const site = comgmtOf(ctx).site;
  handlerLog(ctx, `Received new co-management policy ${ae.policyId}`);
  handlerLog(ctx, `Merged value for 'CoManagementSettings_AutoEnroll' is 'True'`);
  handlerLog(ctx, `Merged value for 'CoManagementSettings_Capabilities' is '${capabilitiesOf(site, false)}'`);
  handlerLog(ctx, 'Co-management is disabled but expected to be enabled.');
  handlerLog(ctx, 'Successfully queued MDM auto enrollment');
  timeline(ctx, 'update', `Scheduled task created: ${DEVICE_ENROLLER} /c /AutoEnrollMDM`);
  ae.phase = 'queued';
  ae.userTries = 0;
  after(ctx, TASK_FIRST_RUN_MS, { type: 'auto-enroll', what: 'task' });
}

/** One run of the task with the logged-on user's credential (002:76-111). */
function runTask(ctx: Ctx, ae: AutoEnrollState): void {
  if (ae.phase !== 'queued') return;
  const run = ae.userTries + 1;
  ae.taskRuns += 1;
  const instance = ae.taskRuns;
  logTaskRun(ctx, instance, 'launched');
  handlerLog(ctx, `Enrolling device to MDM... Try #${run} out of ${USER_TRIES}`);
  const upn = ctx.state.account.upn;
  logEnrollmentInformation(ctx, upn ?? '');
  const answer = callService(ctx, { op: 'intune.auto-enroll', credential: 'user', upn });
  if (answer.kind === 'enrolled') {
    enrolled(ctx, ae, 'user', answer.upn);
    logTaskRun(ctx, instance, 'finished');
    return;
  }
  const code = answer.kind === 'refused' ? answer.code : '0x80072EE7';
  handlerLog(ctx, answer.kind === 'refused' ? answer.log : 'The enrollment server could not be reached.', 3);
  logAutoEnrollResult(ctx, 'user', code);
  logTaskRun(ctx, instance, 'finished');
  ae.userTries = run;
  timeline(ctx, 'cloud', `DeviceEnroller: try ${run} of ${USER_TRIES} with ${ae.loggedOnUser} failed (${code})`);
  if (run < USER_TRIES) after(ctx, TASK_INTERVAL_MS, { type: 'auto-enroll', what: 'task' });
  // The retries are spent: the enrollment timer is queued for the device credential (002:113-114).
  else after(ctx, TASK_INTERVAL_MS, { type: 'auto-enroll', what: 'device-credential' });
}

/** The try with AADDeviceCredentials: the device enrolls without user affinity (002:113-131). */
function runDeviceCredential(ctx: Ctx, ae: AutoEnrollState): void {
  if (ae.phase !== 'queued') return;
  handlerLog(ctx, 'Enrolling device with RegisterDeviceWithManagementUsingAADDeviceCredentials');
  const answer = callService(ctx, { op: 'intune.auto-enroll', credential: 'device', upn: null });
  if (answer.kind === 'enrolled') return enrolled(ctx, ae, 'device', null);
  const code = answer.kind === 'refused' ? answer.code : '0x80072EE7';
  handlerLog(ctx, answer.kind === 'refused' ? answer.log : 'The enrollment server could not be reached.', 3);
  logAutoEnrollResult(ctx, 'device', code);
  ae.phase = 'failed';
  timeline(ctx, 'cloud', `DeviceEnroller: the device credential failed too (${code}); the next logon tries again`);
}

/** Enrolled: the Enrollments key, the events, the log, co-management enabled with the site's capabilities (002:80-97, 002:135). */
function enrolled(ctx: Ctx, ae: AutoEnrollState, credential: 'user' | 'device', upn: string | null): void {
  const comgmt = comgmtOf(ctx);
  ae.phase = 'enrolled';
  ae.enrolledWith = credential;
  ae.enrolledUpn = upn;
  ctx.state.account.enrollmentId = writeAutoEnrollment(ctx, upn);
  logAutoEnrollResult(ctx, credential, null);
  handlerLog(ctx, 'MDM enrollment succeeded');
  comgmt.capabilities = capabilitiesOf(comgmt.site, false);
  writeCapabilities(ctx, comgmt.capabilities);
  handlerLog(
    ctx,
    `New merged workloadflags value with co-management max capabilities '4095' is '${comgmt.capabilities}'`,
  );
  timeline(
    ctx,
    'cloud',
    credential === 'user'
      ? `Intune: the device enrolled with user affinity (${upn ?? ''}); co-management enabled`
      : 'Intune: the device enrolled as a userless device (AADDeviceCredentials); co-management enabled',
  );
}

/** Another user logs on (a trainer's `comgmt.logon`): a device not yet enrolled tries again for them (002:111). */
export function logOnUser(ctx: Ctx, name: string): void {
  const ae = autoEnrollOf(ctx);
  logOn(ctx, name);
  if (!ae) return;
  ae.loggedOnUser = name;
  ae.loggedOff = false;
  if (ae.phase !== 'queued' && ae.phase !== 'failed') return;
  cancelWhere(
    ctx.state.clock,
    (e) => e.type === 'auto-enroll' && (e.what === 'task' || e.what === 'device-credential'),
  );
  ae.phase = 'queued';
  ae.userTries = 0;
  after(ctx, TASK_FIRST_RUN_MS, { type: 'auto-enroll', what: 'task' });
}

/**
 * The logged-on user signs out (a trainer's `comgmt.logoff`): the desktop gives way to the lock
 * screen. A try with the user's credential still pending is dropped, as there is no user to try
 * with [INF]; a queued device-credential try still runs (it needs no user, 002:113-114). The next
 * logon, from the fault panel or the sign-in screen, starts the user tries again (002:111).
 * Returns false when nobody is logged on at the desktop.
 */
export function logOffUser(ctx: Ctx): boolean {
  const { account, page } = ctx.state;
  if (page.id !== 'desktop' || !account.signedIn) return false;
  const ae = autoEnrollOf(ctx);
  const name = ae?.loggedOnUser ?? account.upn ?? '';
  account.signedIn = false;
  account.upn = null;
  timeline(ctx, 'input', `Signed out ${name}`);
  showPage(ctx, { id: 'lock-screen' });
  if (!ae) return true;
  ae.loggedOff = true;
  cancelWhere(ctx.state.clock, (e) => e.type === 'auto-enroll' && e.what === 'task');
  return true;
}

/** Whether the device's user signed out: the sign-in screen then takes any cloud user of the tenant. */
export function awaitsComgmtLogon(ctx: Ctx): boolean {
  return autoEnrollOf(ctx)?.loggedOff === true;
}

/**
 * The sign-in screen after a sign-out: a cloud user of the tenant signs in with their password and
 * becomes the logged-on user (the DeviceEnroller tries start again for them). On-premises and local
 * accounts have no password in the scenario: the fault panel's "Sign on user" logs them on.
 */
export function signInAfterLogoff(
  ctx: Ctx,
  page: { username: string; password: string; error: string | null },
  wrong: string,
): void {
  const user = findUser(ctx.state, page.username.trim());
  if (!user || user.password !== page.password) {
    page.error = wrong;
    page.password = '';
    return;
  }
  logOnUser(ctx, user.upn);
}

/** A workload moved in the console: the site pushes the policy again after a while (002:141-145). */
export function workloadMoved(ctx: Ctx): void {
  if (autoEnrollOf(ctx) && ctx.state.power === 'on')
    after(ctx, WORKLOAD_POLICY_MS, { type: 'auto-enroll', what: 'workload-policy' });
}

/** The new policy: CoManagementHandler.log and CoManagementFlags show the capabilities it sets (002:145). */
function workloadPolicy(ctx: Ctx, ae: AutoEnrollState): void {
  const comgmt = comgmtOf(ctx);
  const siteCode = comgmt.site?.siteCode ?? '';
  const answer = callService(ctx, { op: 'cmg.policy', siteCode });
  if (answer.kind !== 'policy') return;
  comgmt.site = answer.site;
  const flags = capabilitiesOf(answer.site, false);
  handlerLog(ctx, `Merged value for 'CoManagementSettings_Capabilities' is '${flags}'`);
  if (ae.phase !== 'enrolled') return;
  comgmt.capabilities = flags;
  writeCapabilities(ctx, flags);
  handlerLog(ctx, `New merged workloadflags value with co-management max capabilities '4095' is '${flags}'`);
}
