import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TenantState } from '../../electron/cloud/tenant-state';
import { startWebHost, type WebHost } from '../../electron/host/web-host';
import { diskScenarioLibrary } from '../../electron/scenarios/disk-library';
import { DEFAULT_DEVICE_SETUP } from '../../shared/default-device';
import { createNodeWsClient } from '../support/node-ws-client';

/**
 * One tenant per app instance, through the web host's WebSocket: the default device (the trainer's)
 * and a handed-out one share it, a scenario loaded on the handed-out device joins it (its scenario
 * applied) instead of making a tenant of its own, and an admin change from the trainer console is
 * in the tenant both devices call.
 */
describe('the devices of one web host share one tenant', () => {
  let host: WebHost;
  let scratch: string;
  const ws = (query = '') => `ws://127.0.0.1:${host.port}/ws${query}`;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'oobe-sim-shared-tenant-'));
    await writeFile(join(scratch, 'index.html'), '<!doctype html>');
    host = await startWebHost({
      port: 0,
      staticDir: scratch,
      setup: DEFAULT_DEVICE_SETUP,
      scenarios: diskScenarioLibrary(),
    });
  });
  afterAll(async () => {
    await host.close();
    await rm(scratch, { recursive: true, force: true });
  });

  it('a scenario load on a handed-out device joins the class tenant; an admin change from the trainer is seen by both', async () => {
    const trainer = createNodeWsClient(ws());
    try {
      const { deviceId } = await trainer.invoke('class.handOut', { exerciseId: 'exercise-no-profile' });
      const trainee = createNodeWsClient(ws(`?device=${deviceId}`));
      try {
        const tenantOf = async (client: typeof trainer) =>
          (await client.invoke('tenant.state', {})).tenant as TenantState;
        // The exercise's device is on the trainer's tenant already.
        const before = await tenantOf(trainer);
        expect(await tenantOf(trainee)).toEqual(before);

        expect(await trainee.invoke('scenario.load', { id: 'user-driven-entra' })).toEqual({
          ok: true,
          id: 'user-driven-entra',
        });
        const seenByTrainer = await tenantOf(trainer);
        // No tenant of its own: the trainer's tenant now holds the scenario's user, profile and the device's record.
        expect(await tenantOf(trainee)).toEqual(seenByTrainer);
        expect(seenByTrainer.entra.directory.users.map((u) => u.upn)).toContain('megan@contoso.com');
        expect(seenByTrainer.entra.directory.users.map((u) => u.upn)).toContain(
          DEFAULT_DEVICE_SETUP.tenant!.users![0]!.upn,
        );
        expect(seenByTrainer.intune.policies.enrollmentStatusPage?.name).toBe('Contoso ESP');
        // The loaded device's own Autopilot record was added beside the ones already there.
        expect(seenByTrainer.autopilot.devices.slice(0, -1)).toEqual(before.autopilot.devices);
        expect(seenByTrainer.autopilot.devices).toHaveLength(before.autopilot.devices.length + 1);

        // The trainer console changes the tenant; the trainee's device sees it in the one tenant it calls.
        await trainer.invoke('tenant.change', { change: { kind: 'licence.remove', upn: 'megan@contoso.com' } });
        const licensed = (t: TenantState) =>
          t.entra.directory.users.find((u) => u.upn === 'megan@contoso.com')?.licensed;
        expect(licensed(await tenantOf(trainee))).toBe(false);
        expect(licensed(await tenantOf(trainer))).toBe(false);
        // And the other way round: an admin change from the trainee's device reaches the trainer's.
        await trainee.invoke('tenant.change', { change: { kind: 'licence.assign', upn: 'megan@contoso.com' } });
        expect(licensed(await tenantOf(trainer))).toBe(true);
        // The trainer loading a scenario does not split from the devices handed out before.
        await trainer.invoke('scenario.load', { id: 'kiosk-autologon' });
        expect(await tenantOf(trainee)).toEqual(await tenantOf(trainer));
        expect(licensed(await tenantOf(trainee))).toBe(true);
      } finally {
        trainee.close();
      }
    } finally {
      trainer.close();
    }
  });
});
