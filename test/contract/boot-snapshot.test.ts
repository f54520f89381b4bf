import { describe, expect, it } from 'vitest';
import { withBootSnapshot } from '../../electron/host/boot-snapshot';
import { BOOT_SNAPSHOT_ID } from '../../shared/boot-snapshot';
import { createNodeWsClient } from '../support/node-ws-client';
import { scratchWebHost } from '../support/scratch-web-host';

/**
 * The device's page carries the device's snapshot (issue 16), so the first screen is drawn before
 * the WebSocket answers: the default device's on `/`, a handed-out device's on `/?device=<id>`, none
 * on the trainer console or the lab.
 */
const PAGE = '<!doctype html><html><head><title>OOBE Simulator</title></head><body><div id="root"></div></body></html>';

function bootBlock(html: string): unknown {
  const match = new RegExp(`<script type="application/json" id="${BOOT_SNAPSHOT_ID}">(.*?)</script>`, 's').exec(html);
  return match ? JSON.parse(match[1]!) : undefined;
}

describe("the device's page carries its snapshot", () => {
  const hostOf = scratchWebHost(PAGE);
  const get = (path: string) => fetch(`http://127.0.0.1:${hostOf().port}${path}`).then((r) => r.text());

  it("writes the device's current snapshot before the React root, and a fresh one on each load", async () => {
    const first = await get('/');
    expect(first.indexOf(BOOT_SNAPSHOT_ID)).toBeLessThan(first.indexOf('<div id="root">'));
    expect(bootBlock(first)).toEqual(hostOf().session.core.execute('device.snapshot', {}));
    hostOf().session.core.execute('clock.advance', { ms: 5_000 });
    const again = bootBlock(await get('/')) as { nowMs: number };
    expect(again.nowMs).toBe(hostOf().session.core.execute('device.snapshot', {}).nowMs);
  });

  it("gives a handed-out device's page that device's snapshot, and the trainer console and lab none", async () => {
    const trainer = createNodeWsClient(`ws://127.0.0.1:${hostOf().port}/ws`);
    try {
      const { deviceId, url } = await trainer.invoke('class.handOut', { exerciseId: 'exercise-no-profile' });
      const trainee = hostOf().classroom.session(deviceId)!;
      expect(bootBlock(await get(url))).toEqual(trainee.core.execute('device.snapshot', {}));
      expect(bootBlock(await get(url))).not.toEqual(hostOf().session.core.execute('device.snapshot', {}));
    } finally {
      trainer.close();
    }
    expect(await get('/trainer')).toBe(PAGE);
    expect(await get('/lab')).toBe(PAGE);
  });

  it('escapes every < so no value can close the block early', () => {
    const html = withBootSnapshot(PAGE, { name: '</script><script>alert(1)</script>' });
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(bootBlock(html)).toEqual({ name: '</script><script>alert(1)</script>' });
  });

  it('leaves a page without a React root as it is', () => {
    expect(withBootSnapshot('<!doctype html><p>hello</p>', { a: 1 })).toBe('<!doctype html><p>hello</p>');
  });
});
