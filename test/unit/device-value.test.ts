import { describe, expect, it } from 'vitest';
import { runScenario } from '../../electron/core/scenario/runner';
import { Recorder } from '../../electron/core/recording/recorder';
import { restoreDevice, serializeDevice } from '../../electron/core/device-value';
import { BUILTIN_IDS, loadBuiltin } from '../scenarios/builtin-library';

/**
 * The device as one value: for every built-in, a run that is saved and restored after N fired
 * timers gives byte for byte the `oobe-sim run --json` output (and the final device) of the run
 * that went straight through, for cut points spread over the whole run.
 */
const CUT_FRACTIONS = [0, 0.25, 0.5, 0.75, 1] as const;

describe('save + restore at any point changes nothing', () => {
  for (const id of BUILTIN_IDS) {
    it(id, async () => {
      const scenario = await loadBuiltin(id);
      const recorder = new Recorder({ id, hash: '', seed: scenario.seed });
      const straight = runScenario(scenario, { recorder });
      const timers = recorder.recording().inputs.reduce((sum, input) => sum + ('skip' in input ? input.skip : 0), 0);
      const want = JSON.stringify(straight.result);
      const wantDevice = JSON.stringify(serializeDevice(straight.device));
      const cuts = [...new Set(CUT_FRACTIONS.map((f) => Math.max(1, Math.round(f * timers))))];
      for (const cut of cuts) {
        const restored = runScenario(scenario, { restoreAfterTimers: cut });
        expect(JSON.stringify(restored.result), `${id}: restored after timer ${cut} of ${timers}`).toBe(want);
        expect(JSON.stringify(serializeDevice(restored.device)), `${id}: final device, cut ${cut}`).toBe(wantDevice);
      }
    });
  }
});

describe('restoreDevice refuses a damaged or newer value, naming what and where', () => {
  const saved = async () => JSON.stringify(serializeDevice(runScenario(await loadBuiltin('first-pages-wifi')).device));

  it('a truncated file', async () => {
    const text = await saved();
    expect(() => restoreDevice(text.slice(0, text.length / 2))).toThrow(/truncated or not JSON/);
  });

  it('a file that is not a device', () => {
    expect(() => restoreDevice('{"format":"oobe-sim-recording","version":1}')).toThrow(/not a saved device/);
  });

  it('a newer version says so', async () => {
    const value = JSON.parse(await saved()) as { version: number };
    value.version = 2;
    expect(() => restoreDevice(value)).toThrow(/saved by a newer version of the simulator \(device format version 2/);
  });

  it('a damaged field is named by its path', async () => {
    const value = JSON.parse(await saved()) as { device: { clock: { queue: unknown[]; now: unknown } } };
    value.device.clock.now = 'soon';
    expect(() => restoreDevice(value)).toThrow(/damaged: device\.clock\.now: /);
  });

  it('a restored device is a copy: the value it came from stays as it was', async () => {
    const text = await saved();
    const device = restoreDevice(text);
    device.execute('clock.advance', { ms: 60_000 });
    expect(JSON.stringify(serializeDevice(restoreDevice(text)))).toBe(text);
  });
});
