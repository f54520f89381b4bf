import { describe, expect, it } from 'vitest';
import { createDevice } from '../../../electron/core/index';
import { Session } from '../../../electron/runtime/session';
import { diskScenarioLibrary } from '../../../electron/scenarios/disk-library';
import { DEFAULT_DEVICE_SETUP } from '../../../shared/default-device';

/** The clock of a device people watch (autoRun): it runs when switched on, at the speed chosen last. */
const req = (name: string, payload: unknown) => ({ kind: 'req', id: 1, name, payload });

describe('Session autoRun', () => {
  it('starts the first device, a picked scenario and a factory-reset device at ×1, then at the speed chosen last', () => {
    const session = new Session(createDevice(DEFAULT_DEVICE_SETUP), {
      autoRun: true,
      scenarios: diskScenarioLibrary(),
    });
    try {
      expect(session.core.pacing).toBe('x1');
      expect(session.pacingTimerActive).toBe(true);
      session.handle(req('clock.pacing', { pacing: 'x60' }));
      session.handle(req('clock.pacing', { pacing: 'paused' }));
      expect(session.handle(req('scenario.load', { id: 'wrong-tenant' }))).toMatchObject({ kind: 'res' });
      expect(session.core.pacing).toBe('x60');
      session.handle(req('clock.pacing', { pacing: 'paused' }));
      session.handle(req('device.power', { action: 'factory-reset' }));
      expect(session.core.pacing).toBe('x60');
    } finally {
      session.dispose();
    }
  });

  it('leaves a device paused without autoRun (tests drive time themselves)', () => {
    const session = new Session(createDevice(DEFAULT_DEVICE_SETUP));
    expect(session.core.pacing).toBe('paused');
    expect(session.pacingTimerActive).toBe(false);
    session.dispose();
  });
});

describe('factory reset', () => {
  it("starts the new device's clock at 0:00:00, on the first page again", () => {
    const device = createDevice(DEFAULT_DEVICE_SETUP);
    device.execute('clock.advance', { ms: 600_000 });
    expect(device.nowMs).toBe(600_000);
    device.execute('device.power', { action: 'factory-reset' });
    expect(device.nowMs).toBe(0);
    const snapshot = device.execute('device.snapshot', {});
    expect(snapshot.nowMs).toBe(0);
    expect(snapshot.screen.id).toBe('boot');
  });
});

describe('input meant for a page', () => {
  it('reaches the page while it shows; dropped with a timeline note, no error, once it has gone', () => {
    const device = createDevice(DEFAULT_DEVICE_SETUP);
    const notes: string[] = [];
    device.onEvent((name, payload) => name === 'timeline' && notes.push((payload as { text: string }).text));
    while (device.execute('device.snapshot', {}).screen.id !== 'region') device.execute('clock.skip', {});
    const { pageChanges } = device.execute('device.snapshot', {});
    const page = { screen: 'region', changes: pageChanges };
    device.execute('device.click', { control: 'yes', page });
    expect(device.execute('device.snapshot', {})).toMatchObject({
      screen: { id: 'keyboard' },
      pageChanges: pageChanges + 1,
    });
    expect(device.execute('device.click', { control: 'yes', page })).toEqual({ ok: true });
    expect(device.execute('device.key', { chord: 'Ctrl+Shift+D', page })).toEqual({ ok: true });
    expect(device.execute('device.snapshot', {}).screen.id).toBe('keyboard');
    expect(notes).toContain('Ignored click "yes": it was meant for the "region" page, which has gone (now "keyboard")');
    // Without a page (scripts, the CLI) input goes to whatever is on screen, as before.
    device.execute('device.click', { control: 'yes' });
    expect(device.execute('device.snapshot', {}).screen.id).toBe('second-keyboard');
  });
});
