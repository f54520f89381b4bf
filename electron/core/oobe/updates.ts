import { cancelWhere } from '../clock/virtual-clock';
import { after, showPage, timeline, type Ctx } from '../context';
import type { UpdatesStep } from '../timer-events';
import { TIMINGS } from './timings';

/**
 * "Checking for updates" (oobe-ui.md §8): scan; when a critical update applies, download and
 * install it while the status line cycles every 15 s; then "Good things coming your way" and
 * either the restart notice or the final line, 5 s each.
 */
export function enterUpdates(ctx: Ctx): void {
  showPage(ctx, { id: 'updates', status: { phase: 'scanning' } });
  after(ctx, TIMINGS.updatesScanMs, { type: 'updates-step', step: 'scan-done' });
}

export interface UpdatesHooks {
  /** The update asks for a restart: the device reboots and OOBE resumes after the page. */
  restart(ctx: Ctx): void;
  /** The page is done: OOBE goes on. */
  done(ctx: Ctx): void;
}

export function onUpdatesStep(ctx: Ctx, step: UpdatesStep, hooks: UpdatesHooks): void {
  const { state } = ctx;
  const page = state.page;
  if (page.id !== 'updates') return;
  const updates = state.setup.updates;
  const set = (status: typeof page.status) => showPage(ctx, { id: 'updates', status });
  switch (step) {
    case 'scan-done':
      if (!updates.available) {
        state.oobe.updatesChecked = true;
        hooks.done(ctx);
        return;
      }
      timeline(ctx, 'update', 'Critical update found; downloading');
      set({ phase: 'downloading' });
      after(ctx, TIMINGS.updatesTextStepMs, { type: 'updates-step', step: 'downloading-done' });
      after(ctx, Math.max(updates.downloadMs, TIMINGS.updatesTextStepMs), {
        type: 'updates-step',
        step: 'download-complete',
      });
      return;
    case 'downloading-done':
      set({ phase: 'loop', index: 0 });
      after(ctx, TIMINGS.updatesLoopMs, { type: 'updates-step', step: 'loop-next' });
      return;
    case 'loop-next':
      if (page.status.phase !== 'loop') return;
      set({ phase: 'loop', index: (page.status.index + 1) % 4 });
      after(ctx, TIMINGS.updatesLoopMs, { type: 'updates-step', step: 'loop-next' });
      return;
    case 'download-complete':
      cancelWhere(
        state.clock,
        (e) => e.type === 'updates-step' && (e.step === 'loop-next' || e.step === 'downloading-done'),
      );
      timeline(ctx, 'update', 'Critical update installed');
      set({ phase: 'finished' });
      after(ctx, TIMINGS.updatesTextStepMs, { type: 'updates-step', step: 'finished-done' });
      return;
    case 'finished-done':
      set(updates.restart ? { phase: 'finished-reboot' } : { phase: 'finished-final' });
      after(ctx, TIMINGS.updatesTextStepMs, { type: 'updates-step', step: updates.restart ? 'reboot' : 'final-done' });
      return;
    case 'final-done':
      state.oobe.updatesChecked = true;
      hooks.done(ctx);
      return;
    case 'reboot':
      state.oobe.updatesChecked = true;
      hooks.restart(ctx);
      return;
  }
}
