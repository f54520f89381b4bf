import { after, setRegistryValue, timeline, type Ctx } from '../context';
import { intuneAppId } from '../esp/esp-registry';
import { RESET_TIMINGS } from './reset-timings';

const UNINSTALL_KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall';

/** After the next user signs in, the Intune management extension waits for their desktop. */
export function watchForDesktop(ctx: Ctx): void {
  const { reset } = ctx.state;
  if (!reset.appsAfterReset.some((a) => a.state !== 'installed')) return;
  reset.desktopPollsLeft = RESET_TIMINGS.desktopPolls;
  after(ctx, RESET_TIMINGS.desktopPollMs, { type: 'reset', action: 'desktop-poll' });
}

/** Not at the desktop yet: look again later (a bounded number of times). At the desktop: install. */
export function onDesktopPoll(ctx: Ctx): void {
  const { state } = ctx;
  if (state.page.id !== 'desktop') {
    state.reset.desktopPollsLeft -= 1;
    if (state.reset.desktopPollsLeft > 0)
      after(ctx, RESET_TIMINGS.desktopPollMs, { type: 'reset', action: 'desktop-poll' });
    return;
  }
  timeline(
    ctx,
    'cloud',
    'User reached the desktop: required apps install now (not tracked by the ESP after an Autopilot Reset)',
  );
  installNext(ctx);
}

function installNext(ctx: Ctx): void {
  const app = ctx.state.reset.appsAfterReset.find((a) => a.state !== 'installed');
  if (!app) return;
  app.state = 'installing';
  timeline(ctx, 'cloud', `Installing ${app.name}`);
  after(ctx, app.durationMs, { type: 'reset', action: 'app-installed' });
}

/** An app finished: Programs and Features lists it, and the next one starts. */
export function onAppInstalled(ctx: Ctx): void {
  const { state } = ctx;
  const app = state.reset.appsAfterReset.find((a) => a.state === 'installing');
  if (!app) return;
  app.state = 'installed';
  setRegistryValue(ctx, `${UNINSTALL_KEY}\\{${intuneAppId(state.setup.seed, app.ref).toUpperCase()}}`, 'DisplayName', {
    type: 'REG_SZ',
    data: app.name,
  });
  timeline(ctx, 'cloud', `${app.name} installed`);
  installNext(ctx);
}
