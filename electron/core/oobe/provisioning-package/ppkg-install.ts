import { setRegistryValue, showPage, timeline, type Ctx } from '../../context';
import type { PlanOwner } from '../../plan/plan-owner';
import { startPlan } from '../../plan/plan-runner';
import { writeFile } from '../../os/file-system';
import { APPLIED_PACKAGES_FOLDER } from '../../reset/reset-effects';
import type { ReturnablePage } from '../../preprovision/preprovision-state';
import { foundPackages, type FoundPackage } from './ppkg-packages';
import { PPKG_TIMINGS } from './ppkg-state';

/**
 * Where the simulator records each install. An applied package is kept in the folder Autopilot
 * Reset reapplies packages from (reset/reset-effects.ts). Neither path is in the seeds or the
 * spec: inferred, docs/FIDELITY.md "Offline OOBE paths".
 */
export const PACKAGES_KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Provisioning\\Packages';

/** Row 1 of "What would you like to do?" with packages on removable media: "Set up your PC?". */
export function openPackageConfirm(ctx: Ctx, returnTo: ReturnablePage): void {
  const files = foundPackages(ctx.state).map((p) => `${p.drive}\\${p.file}`);
  timeline(ctx, 'input', `Install provisioning package: found ${files.join(', ')}`);
  showPage(ctx, {
    id: 'provisioning-package',
    stage: 'confirm',
    result: null,
    attempt: 0,
    logsWrittenTo: null,
    returnTo,
  });
}

/** "Yes" (and "Try again"): "Setting up your PC" while the packages install. */
export function startInstall(ctx: Ctx): void {
  const page = ctx.state.page;
  if (page.id !== 'provisioning-package') return;
  page.stage = 'installing';
  page.result = null;
  page.attempt += 1;
  const count = foundPackages(ctx.state).length;
  timeline(ctx, 'update', `Installing provisioning packages (${count})`);
  // One step for the whole install: Windows applies the packages offline and reports them together.
  startPlan(ctx, {
    id: PPKG_PLAN_ID,
    owner: 'provisioning-package',
    pollMs: 60_000,
    steps: [
      {
        id: `install-${page.attempt}`,
        name: 'Installing provisioning packages',
        duration: { kind: 'fixed', ms: PPKG_TIMINGS.installPerPackageMs * Math.max(1, count) },
        needs: [],
        writes: [],
        outcome: { kind: 'success' },
        interrupted: { kind: 'resume' },
        onRestart: 'restart',
      },
    ],
  });
}

/** The provisioning package install's one run in `state.plans`. */
export const PPKG_PLAN_ID = 'provisioning-package';

/** What the install does when its step is done (registered as 'provisioning-package'). */
export const PPKG_OWNER: PlanOwner<Ctx> = {
  stepDone(ctx, _run, step) {
    onInstallDone(ctx, Number(step.id.slice('install-'.length)));
  },
};

/** The install is done: each package applies or fails; the status page says which overall. */
function onInstallDone(ctx: Ctx, attempt: number): void {
  const page = ctx.state.page;
  if (page.id !== 'provisioning-package' || page.stage !== 'installing' || page.attempt !== attempt) return;
  const packages = foundPackages(ctx.state);
  for (const pkg of packages) recordInstall(ctx, pkg);
  page.stage = 'status';
  page.result = packages.some((p) => p.fails) ? 'errors' : 'success';
  timeline(
    ctx,
    'update',
    page.result === 'errors'
      ? 'Provisioning packages: Setup completed with errors'
      : 'Provisioning packages: Setup completed successfully',
  );
}

/**
 * What a trainer can check with `reg query` and the file system: a package that applied is copied
 * under C:\ProgramData\Microsoft\Provisioning; every attempt leaves its source and result in the registry.
 */
function recordInstall(ctx: Ctx, pkg: FoundPackage): void {
  const { state } = ctx;
  const source = `${pkg.drive}\\${pkg.file}`;
  const key = `${PACKAGES_KEY}\\${pkg.file}`;
  setRegistryValue(ctx, key, 'Source', { type: 'REG_SZ', data: source });
  setRegistryValue(ctx, key, 'Result', { type: 'REG_SZ', data: pkg.fails ? 'Failed' : 'Installed' });
  if (pkg.fails) {
    timeline(ctx, 'update', `Provisioning package failed to apply: ${source} (${pkg.label})`);
    return;
  }
  writeFile(
    state.fs,
    `${APPLIED_PACKAGES_FOLDER}\\${pkg.file}`,
    `Provisioning package copied from ${source} (${pkg.label}) during OOBE\r\n`,
    state.clock.now,
  );
  timeline(ctx, 'update', `Provisioning package applied: ${source} (${pkg.label})`);
}
