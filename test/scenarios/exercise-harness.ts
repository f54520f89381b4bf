import { createDevice } from '../../electron/core';
import { createInMemoryClient } from '../../electron/runtime/in-memory-client';
import { Session } from '../../electron/runtime/session';
import { diskScenarioLibrary } from '../../electron/scenarios/disk-library';
import type { AttemptView } from '../../shared/exercise';
import type { ScreenId } from '../../shared/screen-ids';
import type { TenantChange } from '../../shared/tenant-commands';

/** How many timers `until` fires before it gives up: far more than any exercise needs. */
const UNTIL_LIMIT = 5_000;

/**
 * A trainee at a built-in exercise, through the same contract the app speaks (an in-memory client
 * of a real session over the disk library): start it, act on the device, answer, take hints.
 */
export async function trainee(id: string) {
  const session = new Session(createDevice({}), { scenarios: diskScenarioLibrary() });
  const client = createInMemoryClient(session);
  const started = await client.invoke('exercise.start', { id });
  const screen = async (): Promise<ScreenId> => (await client.invoke('device.snapshot', {})).screen.id;
  const state = async (): Promise<AttemptView> => {
    const { attempt } = await client.invoke('exercise.state', {});
    if (!attempt) throw new Error('no attempt');
    return attempt;
  };
  return {
    session,
    client,
    started,
    screen,
    state,
    /** Fires timers until the device shows `target` (or the attempt has ended). */
    async until(target: ScreenId): Promise<void> {
      for (let i = 0; i < UNTIL_LIMIT; i += 1) {
        if ((await screen()) === target) return;
        const { firedAtMs } = await client.invoke('clock.skip', {});
        if (firedAtMs === null) break;
      }
      throw new Error(`the device never showed "${target}" (it shows "${await screen()}")`);
    },
    click: (control: string) => client.invoke('device.click', { control }),
    type: (field: string, text: string) => client.invoke('device.type', { field, text }),
    key: (chord: string) => client.invoke('device.key', { chord }),
    shell: (line: string) => client.invoke('shell.run', { line }),
    tenant: (change: TenantChange) => client.invoke('tenant.change', { change }),
    answer: async (objective: string, answer: string) =>
      (await client.invoke('exercise.answer', { objective, answer })).correct,
    hint: () => client.invoke('exercise.hint', {}),
    end: () => client.invoke('exercise.end', {}),
    /** The ids of the objectives met so far. */
    async met(): Promise<string[]> {
      return (await state()).objectives.filter((o) => o.met).map((o) => o.id);
    },
  };
}
