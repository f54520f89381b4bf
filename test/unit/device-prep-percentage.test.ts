import { describe, expect, it } from 'vitest';
import { elapsedTimePercent, percentStepMs, stepWeightedPercent } from '../../electron/core/device-prep/dp-percentage';
import { DEVICE_PREP_STRINGS } from '../../shared/strings-device-prep';
import { MINUTE, app, dpSetup, failureView, progressView, signIn } from './device-prep-driver';

/**
 * The percentage under "Setting up for work or school" (oobe-ui.md §18, docs/FIDELITY.md): the
 * observed model is a clock — 1 % at the start, +1 % every (timeout ÷ 99), 100 % = timeout — and the
 * step-weighted option follows the planned work. Checked on the pure model and on a running device.
 */

describe('elapsed-time model (observed)', () => {
  const T = 60 * MINUTE;
  it('starts at 1 % and gains 1 % every timeout ÷ 99', () => {
    expect(percentStepMs(T)).toBeCloseTo(36_363.64, 1);
    expect(elapsedTimePercent(0, T)).toBe(1);
    expect(elapsedTimePercent(Math.ceil(T / 99) - 1, T)).toBe(1);
    expect(elapsedTimePercent(Math.ceil(T / 99), T)).toBe(2);
    expect(elapsedTimePercent(30 * MINUTE, T)).toBe(50);
    expect(elapsedTimePercent(T - 1, T)).toBe(99);
  });

  it('reaches 100 % exactly when the budget is used up', () => {
    expect(elapsedTimePercent(T, T)).toBe(100);
    expect(elapsedTimePercent(2 * T, T)).toBe(100);
  });

  it('sits at a few percent for a long time with a 720-minute budget', () => {
    const big = 720 * MINUTE;
    expect(elapsedTimePercent(40 * MINUTE, big)).toBe(6);
    expect(elapsedTimePercent(2 * 60 * MINUTE, big)).toBe(17);
  });
});

describe('step-weighted model (simulator option)', () => {
  it('goes from 1 % to 99 % with the share of planned work done, never 100 % before the end', () => {
    expect(stepWeightedPercent(0, 1000)).toBe(1);
    expect(stepWeightedPercent(500, 1000)).toBe(50);
    expect(stepWeightedPercent(1000, 1000)).toBe(99);
    expect(stepWeightedPercent(0, 0)).toBe(1);
  });
});

describe('the percentage on a running device', () => {
  it('follows the clock of the policy budget while the work runs, then jumps to 100 % and holds 3 s', () => {
    const d = signIn(dpSetup({ timeoutMinutes: 30 }, [app('big', 20)]));
    d.until('device-prep-progress');
    const start = d.screenAt('device-prep-progress')!;
    const budget = 30 * MINUTE;
    for (const minutes of [0, 1, 5, 10, 15, 20]) {
      d.advance(start + minutes * MINUTE - d.device.nowMs);
      const view = progressView(d.view());
      expect(view.percent).toBe(elapsedTimePercent(minutes * MINUTE, budget));
      expect(view.percentText).toBe(`${view.percent}% complete`);
    }
    // The work (join 8 s + extension 45 s + admin 2 s + sync 30 s + 20 min app) ends before 21 minutes.
    d.advance(start + 20 * MINUTE + 85_000 - d.device.nowMs);
    expect(progressView(d.view()).percent).toBe(100);
    d.advance(2_999);
    expect(d.view().id).toBe('device-prep-progress');
    d.advance(1);
    expect(d.view().id).toBe('device-prep-complete');
  });

  it('shows 100 % by the clock only at the timeout, and then the failure page with 0x800705B4', () => {
    const d = signIn(dpSetup({ timeoutMinutes: 15 }, [app('hangs', 5, { outcome: 'hang' })]));
    d.until('device-prep-progress');
    const start = d.screenAt('device-prep-progress')!;
    d.advance(start + 15 * MINUTE - 1 - d.device.nowMs);
    expect(progressView(d.view()).percent).toBe(99);
    d.advance(1);
    const failure = failureView(d.view());
    expect(failure.errorCode).toBe('0x800705B4');
    expect(d.errors.at(-1)?.code).toBe('0x800705B4');
  });

  it('keeps counting from the attempt start across a restart (the progress survives reboots)', () => {
    const d = signIn(dpSetup({ timeoutMinutes: 60 }, [app('big', 30)]));
    d.until('device-prep-progress');
    const start = d.screenAt('device-prep-progress')!;
    d.advance(start + 10 * MINUTE - d.device.nowMs);
    const before = progressView(d.view()).percent;
    d.device.execute('device.power', { action: 'restart' });
    d.until('device-prep-progress');
    const after = progressView(d.view());
    expect(after.percent).toBe(elapsedTimePercent(d.device.nowMs - start, 60 * MINUTE));
    expect(after.percent).toBeGreaterThanOrEqual(before);
  });

  it('with percentageModel "step-weighted" shows the share of planned work instead', () => {
    const d = signIn(
      dpSetup({ timeoutMinutes: 720, percentageModel: 'step-weighted', userAccountType: 'administrator' }, [
        app('a', 10),
        app('b', 10),
      ]),
    );
    d.until('device-prep-progress');
    const start = d.screenAt('device-prep-progress')!;
    // Planned: join 8 s + extension 45 s + sync 30 s + 2 × 10 min = 1283 s; after 83 s + 10 min, 683 s are done.
    d.advance(start + 83_000 + 10 * MINUTE - d.device.nowMs);
    const view = progressView(d.view());
    expect(view.percentageModel).toBe('step-weighted');
    expect(view.percent).toBe(stepWeightedPercent(683_000, 1_283_000));
    expect(view.percent).toBe(53);
    // The elapsed-time model would show 2 % here (11 min of a 720-minute budget).
    expect(elapsedTimePercent(683_000, 720 * MINUTE)).toBe(2);
  });

  it('pauses after 5 s without internet, shows the connectivity error, and pushes the timeout back by the pause', () => {
    const d = signIn(dpSetup({ timeoutMinutes: 15 }, [app('hangs', 5, { outcome: 'hang' })]));
    d.until('device-prep-progress');
    const start = d.screenAt('device-prep-progress')!;
    d.advance(start + 5 * MINUTE - d.device.nowMs);
    d.device.execute('fault.fire', { fault: { kind: 'network.cable', connected: false } });
    d.advance(5_000);
    expect(progressView(d.view()).connectivityError).toBe(false);
    d.advance(1);
    const offline = progressView(d.view());
    expect(offline.connectivityError).toBe(true);
    expect(offline.subheader).toBe(DEVICE_PREP_STRINGS.progress.connectivityError);
    const frozen = offline.percent;
    d.advance(20 * MINUTE);
    expect(progressView(d.view()).percent).toBe(frozen);
    d.device.execute('fault.fire', { fault: { kind: 'network.cable', connected: true } });
    d.until('device-prep-failure');
    // Offline 20 min 5 s + 2 s for the new DHCP lease; the clock stood still for all of it but the 5 s grace.
    const paused = 20 * MINUTE + 1 + 2_000;
    expect(d.screenAt('device-prep-failure')).toBe(start + 15 * MINUTE + paused);
  });

  it('replaces the percentage line with the reboot message for 3 s when an app needs a restart, then resumes', () => {
    const d = signIn(dpSetup({}, [app('vpn', 1, { restart: 'hard' }), app('after', 1)]));
    d.until('device-prep-progress');
    while (!progressView(d.view()).rebootRequired) d.device.execute('clock.skip', {});
    expect(progressView(d.view()).percentText).toBe(DEVICE_PREP_STRINGS.progress.rebootRequired);
    d.advance(3_000);
    expect(d.view().id).toBe('boot');
    d.until('device-prep-complete');
    expect(d.report()!.details.apps.map((a) => a.status)).toEqual(['Installed', 'Installed']);
  });
});
