import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { TenantState } from '../../electron/cloud/tenant-state';
import { DEFAULT_DEVICE_SETUP } from '../../shared/default-device';
import { createNodeWsClient } from '../support/node-ws-client';
import { scratchWebHost } from '../support/scratch-web-host';

/**
 * The class on the web host (issue 13): the default URL drives the default device as before;
 * `class.handOut` gives each trainee a device of its own at `/?device=<id>` (its own clock and
 * attempt); an id never handed out is refused on the page and on the socket.
 */
describe('the web host serves one device per trainee', () => {
  const hostOf = scratchWebHost('<!doctype html>');
  const ws = (query = '') => `ws://127.0.0.1:${hostOf().port}/ws${query}`;

  it('hands out two exercises: two devices, each with its own exercise and clock; the default one unchanged', async () => {
    const trainer = createNodeWsClient(ws());
    try {
      const before = await trainer.invoke('device.snapshot', {});
      const a = await trainer.invoke('class.handOut', { exerciseId: 'exercise-esp-error-code' });
      const b = await trainer.invoke('class.handOut', { exerciseId: 'exercise-no-profile' });
      expect(a).toEqual({ deviceId: 'd1', url: '/?device=d1', opened: false });
      expect(b.url).toBe('/?device=d2');

      const first = createNodeWsClient(ws('?device=d1'));
      const second = createNodeWsClient(ws('?device=d2'));
      try {
        expect((await first.invoke('exercise.state', {})).attempt?.exercise).toBe('exercise-esp-error-code');
        expect((await second.invoke('exercise.state', {})).attempt?.exercise).toBe('exercise-no-profile');
        // Their clocks are their own: time moved on one only.
        const t1 = (await first.invoke('device.snapshot', {})).nowMs;
        const t2 = (await second.invoke('device.snapshot', {})).nowMs;
        await first.invoke('clock.advance', { ms: 60_000 });
        expect((await first.invoke('device.snapshot', {})).nowMs).toBe(t1 + 60_000);
        expect((await second.invoke('device.snapshot', {})).nowMs).toBe(t2);
        // The default URL still drives the default device, which has no attempt.
        expect((await trainer.invoke('exercise.state', {})).attempt).toBeNull();
        expect((await trainer.invoke('device.snapshot', {})).nowMs).toBe(before.nowMs);
        // A trainee's device hands out nothing.
        await expect(first.invoke('class.handOut', { exerciseId: 'exercise-no-profile' })).rejects.toThrow(
          'this device cannot hand out exercises',
        );

        await first.invoke('exercise.end', {});
        const { devices } = await trainer.invoke('class.devices', {});
        expect(devices.map((d) => [d.deviceId, d.exerciseId, d.attempt?.status === 'running'])).toEqual([
          ['d1', 'exercise-esp-error-code', false],
          ['d2', 'exercise-no-profile', true],
        ]);
        await second.invoke('exercise.end', {});
        const { reports } = await trainer.invoke('class.reports', {});
        expect(reports.map((r) => [r.deviceId, r.report.exercise])).toEqual([
          ['d1', 'exercise-esp-error-code'],
          ['d2', 'exercise-no-profile'],
        ]);
      } finally {
        first.close();
        second.close();
      }
    } finally {
      trainer.close();
    }
  });

  it('an unknown exercise is refused with its name; an unknown device id is refused on the page and the socket', async () => {
    const trainer = createNodeWsClient(ws());
    try {
      await expect(trainer.invoke('class.handOut', { exerciseId: 'no-such' })).rejects.toThrow('no exercise "no-such"');
    } finally {
      trainer.close();
    }
    const page = await fetch(`${hostOf().url}?device=zz`);
    expect(page.status).toBe(404);
    expect((await page.text()).trim()).toBe('No such device: "zz" was never handed out on this host');
    expect((await fetch(hostOf().url)).status).toBe(200);
    const status = await new Promise<number>((resolve) => {
      const socket = new WebSocket(ws('?device=zz'));
      socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.on('open', () => resolve(101));
      socket.on('error', () => undefined);
    });
    expect(status).toBe(404);
  });

  it('the Host check applies to a device URL too', async () => {
    const trainer = createNodeWsClient(ws());
    try {
      await trainer.invoke('class.handOut', { exerciseId: 'exercise-no-profile' });
    } finally {
      trainer.close();
    }
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: hostOf().port, path: '/?device=d1', headers: { Host: 'evil.example' } },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  // One tenant per app instance (docs/ARCHITECTURE.md): a scenario loaded on a handed-out device joins
  // the trainer's tenant, its scenario applied, and an admin change from either side is in the one both call.
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
