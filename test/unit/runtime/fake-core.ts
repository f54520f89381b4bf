import type { CommandInput, CommandResult } from '../../../shared/contract';
import type { Pacing } from '../../../shared/snapshot';
import {
  DeviceError,
  type DeviceCommandName,
  type DeviceCore,
  type DeviceEventListener,
} from '../../../electron/core/device-core';

/**
 * A scripted DeviceCore for testing the runtime's own behaviour (errors the real device never
 * throws, pacing). Contract tests use the real device.
 */
export class FakeCore implements DeviceCore {
  pacing: Pacing = 'paused';
  nowMs = 0;
  readonly calls: { name: string; input: unknown }[] = [];
  readonly listeners = new Set<DeviceEventListener>();
  failWith: Error | null = null;

  execute<N extends DeviceCommandName>(name: N, input: CommandInput<N>): CommandResult<N> {
    this.calls.push({ name, input });
    if (this.failWith) throw this.failWith;
    if (name === 'clock.pacing') this.pacing = (input as CommandInput<'clock.pacing'>).pacing;
    if (name === 'clock.advance') {
      this.nowMs += (input as CommandInput<'clock.advance'>).ms;
      this.emit('screen:entered', { screen: 'region', atMs: this.nowMs });
      return { nowMs: this.nowMs };
    }
    if (name === 'device.click') throw new DeviceError('That control is not on screen.');
    if (name === 'device.snapshot') return { nowMs: this.nowMs, screen: { id: 'boot', restarting: false } };
    return { ok: true };
  }

  onEvent(listener: DeviceEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit: DeviceEventListener = (name, payload) => {
    for (const listener of this.listeners) listener(name, payload);
  };
}
