import { describe, expect, it } from 'vitest';
import { CommandError } from '../../shared/contract';
import { createDevice } from '../../electron/core';
import { createInMemoryClient } from '../../electron/runtime/in-memory-client';
import { Session } from '../../electron/runtime/session';
import { diskScenarioLibrary } from '../../electron/scenarios/disk-library';

function connect() {
  const session = new Session(createDevice({}), { scenarios: diskScenarioLibrary() });
  return { session, client: createInMemoryClient(session) };
}

describe('scenario commands', () => {
  it('lists the built-in scenarios with title and description', async () => {
    const { client } = connect();
    const { scenarios } = await client.invoke('scenario.list', {});
    const first = scenarios.find((s) => s.id === 'first-pages-wifi');
    expect(first).toMatchObject({ mode: 'user-driven', title: 'First OOBE pages on Wi-Fi' });
    expect(first?.description.length).toBeGreaterThan(40);
  });

  it('loads a built-in into a new device that every subscriber sees', async () => {
    const { client } = connect();
    const snapshots: string[] = [];
    client.subscribe('snapshot', (s) => snapshots.push(s.scenario?.id ?? '(none)'));
    await client.invoke('scenario.load', { id: 'wrong-tenant' });
    const snapshot = await client.invoke('device.snapshot', {});
    expect(snapshot.scenario?.id).toBe('wrong-tenant');
    expect(snapshot.screen.id).toBe('boot');
    expect(snapshots).toContain('wrong-tenant');
  });

  it('refuses a broken file with every problem, and the current device keeps running', async () => {
    const { client } = connect();
    await client.invoke('scenario.load', { id: 'first-pages-wifi' });
    const text = JSON.stringify({ id: 'Bad Id', title: '', mode: 'nope', expect: {} });
    const error = await client.invoke('scenario.load', { fileName: 'lesson.json', text }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandError);
    const detail = (error as CommandError).detail;
    expect(detail.code).toBe('invalid-scenario');
    const paths = detail.problems?.map((p) => `${p.file} ${p.path}`) ?? [];
    expect(paths).toEqual(
      expect.arrayContaining(['lesson.json id', 'lesson.json title', 'lesson.json mode', 'lesson.json description']),
    );
    const snapshot = await client.invoke('device.snapshot', {});
    expect(snapshot.scenario?.id).toBe('first-pages-wifi');
  });

  it('treats an id as a built-in id only, never as a path', async () => {
    const { client } = connect();
    const error = await client.invoke('scenario.load', { id: '../../package' }).catch((e: unknown) => e);
    expect((error as CommandError).detail.problems?.[0]?.message).toBe('no built-in scenario has this id');
  });
});
