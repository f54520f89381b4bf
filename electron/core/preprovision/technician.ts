import { fillTemplate, PREPROVISION_STRINGS } from '../../../shared/strings-preprovision';
import { requestProfile } from '../network/autopilot-client';
import { after, showError, showPage, timeline, type Ctx } from '../context';
import { isHybrid } from '../enrollment/users';
import { type EspHooks, openEspPage, resumeEsp, runCategory } from '../esp/esp-engine';
import { buildEspState } from '../esp/esp-plan';
import { NO_DOMAIN_CONTROLLER_CODE } from '../esp/esp-blockers';
import { ANOTHER_INSTALLATION_CODE } from '../esp/esp-device-steps';
import type { EspState } from '../esp/esp-state';
import { hasInternet } from '../network/connectivity';
import { needsRename, renameAndRestart } from '../oobe/device-rename';
import { restart } from '../power';
import { enterUpdates } from '../oobe/updates';
import type { DeviceState } from '../state';
import { PP_TIMINGS } from './pp-timings';
import { ztdId } from './ztd-id';

const E = PREPROVISION_STRINGS.errors;
/** ERROR_TIMEOUT: the attestation wait or the ESP timer ran out. */
const TIMEOUT_CODE = '0x800705b4';

/** Row 2 of the menu: the configuration page, which first downloads the profile details (T3). */
export function startTechnicianFlow(ctx: Ctx): void {
  const pp = ctx.state.preprovision;
  pp.stage = 'technician';
  pp.result = null;
  pp.startedAtMs = null;
  pp.exportedTo = null;
  timeline(ctx, 'input', 'Pre-provisioning selected');
  // Row 2 checks for critical updates first (oobe-ui.md §13), unless OOBE already did.
  if (!ctx.state.oobe.updatesChecked && hasInternet(ctx.state)) {
    enterUpdates(ctx);
    return;
  }
  openConfigPage(ctx);
}

/**
 * OOBE's page order asks what comes next (after the updates check, or its restart): in the
 * technician flow before "Provision", the configuration page. False: OOBE goes on as usual.
 */
export function technicianLanding(ctx: Ctx): boolean {
  const pp = ctx.state.preprovision;
  if (pp.stage !== 'technician' || pp.startedAtMs !== null || pp.result) return false;
  openConfigPage(ctx);
  return true;
}

/** Shows the configuration page while it (re-)downloads the profile ("Refresh" disabled meanwhile). */
export function openConfigPage(ctx: Ctx): void {
  showPage(ctx, { id: 'preprovision-config', refreshing: true });
  downloadDetails(ctx);
}

export function downloadDetails(ctx: Ctx): void {
  after(ctx, PP_TIMINGS.profileDetailsMs, { type: 'pp-details-done' });
}

/** The profile details as the tenant has them now: its later changes included (Refresh shows them). */
function tenantDetails(state: DeviceState, profileName: string): NonNullable<DeviceState['preprovision']['details']> {
  const { tenant } = state.preprovision;
  const assigned =
    tenant.assignedUser === undefined ? (state.setup.registration.assignedUser ?? null) : tenant.assignedUser;
  return {
    organizationName: state.setup.tenant.name,
    profileName: tenant.profileName ?? profileName,
    assignedUser: assigned,
  };
}

/**
 * The download answered (oobe-ui.md §15): no Internet and no profile go straight to the failure
 * page; otherwise the page shows organization, profile and assigned user.
 */
export function onDetailsDone(ctx: Ctx): void {
  const { state } = ctx;
  const page = state.page;
  if (page.id !== 'preprovision-config' || !page.refreshing) return;
  if (!hasInternet(state)) return showResultFailure(ctx, E.noInternet, null);
  const answer = requestProfile(ctx);
  if (answer.kind === 'unreachable') return showResultFailure(ctx, E.noInternet, null);
  if (answer.kind !== 'profile' || ztdId(state) === null) return showResultFailure(ctx, E.noProfile, null);
  const details = tenantDetails(state, answer.profile.name);
  state.preprovision.details = details;
  page.refreshing = false;
  const user = details.assignedUser ? `, assigned to ${details.assignedUser}` : ', no assigned user';
  timeline(
    ctx,
    'cloud',
    `Pre-provisioning details: ${details.organizationName}, profile "${details.profileName}"${user}`,
  );
}

/**
 * "Provision" (Windows 10) / "Next" (Windows 11): the clock starts; a profile with a name template
 * renames the device and restarts at once (2303+, 001:1853), then the ESP runs the device phase.
 */
export function provision(ctx: Ctx): void {
  const { state } = ctx;
  state.preprovision.startedAtMs = state.clock.now;
  timeline(ctx, 'input', 'Pre-provisioning started');
  if (needsRename(state)) {
    renameAndRestart(ctx);
    return;
  }
  startTechnicianEsp(ctx);
}

/**
 * The ESP of the technician flow: Device preparation does the device's own work, then Device setup.
 * Without an ESP profile nothing is tracked, so "Reseal" comes as soon as enrollment is done (003:60).
 */
function startTechnicianEsp(ctx: Ctx): void {
  const { state } = ctx;
  const esp = buildEspState(state.setup, isHybrid(state), 'technician');
  if (!state.setup.policies.enrollmentStatusPage?.showProgress) {
    for (const cat of esp.categories)
      if (cat.id !== 'device-preparation') for (const item of cat.items) item.works = [];
  }
  state.esp = esp;
  openEspPage(ctx);
  runCategory(ctx, 'device-preparation');
}

/** The failed step's line on the result page (oobe-ui.md §17), chosen by what failed. */
export function failureText(esp: EspState): string {
  const code = esp.failure?.code ?? '';
  const failed = esp.categories.flatMap((c) => c.items).find((i) => i.state === 'failed');
  if (failed?.id === 'tpm') return code === TIMEOUT_CODE ? E.tpmTimeout : fillTemplate(E.tpmFailed, code);
  // The ESP timer ran out elsewhere: Windows's default line for "not in the required time".
  if (!failed || code === TIMEOUT_CODE) return E.timeUp;
  if (code === NO_DOMAIN_CONTROLLER_CODE) return fillTemplate(E.adControllerNotReached, code);
  if (failed.id === 'aadj') return fillTemplate(E.deviceJoin, code);
  if (failed.id === 'mdm') return fillTemplate(E.mdmEnroll, code);
  if (code === ANOTHER_INSTALLATION_CODE) return E.anotherInstallation;
  return fillTemplate(E.mdmFinish, code);
}

/** The ESP is done (5 s after its end or its failure): the result page. */
function finishTechnician(ctx: Ctx): void {
  const { state } = ctx;
  const esp = state.esp;
  if (esp?.failure) {
    showResultFailure(ctx, failureText(esp), esp.failure.code);
    return;
  }
  const enrollmentOnly = !state.setup.policies.enrollmentStatusPage?.showProgress;
  const setup = esp?.categories.find((c) => c.id === 'device-setup');
  state.preprovision.installedRefs = (setup?.items ?? []).flatMap((i) =>
    i.works.filter((w) => w.state === 'done').map((w) => w.ref),
  );
  state.preprovision.result = { kind: 'success', atMs: state.clock.now, enrollmentOnly };
  timeline(ctx, 'cloud', 'Pre-provisioning technician flow succeeded');
  showPage(ctx, { id: 'preprovision-success' });
}

export function showResultFailure(ctx: Ctx, text: string, code: string | null): void {
  const pp = ctx.state.preprovision;
  pp.result = { kind: 'failure', atMs: ctx.state.clock.now, text, code };
  showPage(ctx, { id: 'preprovision-failure' });
  showError(ctx, { code, message: text });
}

/**
 * After a restart in the technician flow: the result page again, the ESP resuming (or starting,
 * after the rename restart), or, before "Provision" (the updates restart), the configuration page.
 */
export function resumeTechnician(ctx: Ctx): boolean {
  const { state } = ctx;
  const pp = state.preprovision;
  if (pp.result) {
    showPage(ctx, { id: pp.result.kind === 'success' ? 'preprovision-success' : 'preprovision-failure' });
    return true;
  }
  if (pp.startedAtMs === null) return technicianLanding(ctx);
  if (state.esp?.mode === 'technician') resumeEsp(ctx, TECHNICIAN_HOOKS);
  else startTechnicianEsp(ctx);
  return true;
}

export const TECHNICIAN_HOOKS: EspHooks = {
  restart,
  next: finishTechnician,
  hybridPages: () => false,
};
