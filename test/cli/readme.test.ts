import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { DEFAULT_DEVICE_SETUP } from '../../shared/default-device';

/** The README is a new user's first ten minutes: what it promises must be true of the app. */
const README = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');

// Schema validation and in-process runs take seconds on a loaded 2-core machine: not a speed check.
describe('README', { timeout: 30_000 }, () => {
  it("names the default device's sign-in account and its Wi-Fi key, as the default device has them", () => {
    const user = DEFAULT_DEVICE_SETUP.tenant?.users?.[0];
    const wifi = DEFAULT_DEVICE_SETUP.device?.network?.wifi?.networks?.[0];
    if (!user || !wifi || !('password' in wifi)) throw new Error('the default device has a user and a secured Wi-Fi');
    expect(README).toContain(`\`${user.upn}\``);
    expect(README).toContain(`\`${user.password}\``);
    expect(README).toContain(`**${wifi.ssid}** has the key \`${wifi.password}\``);
  });

  it('shows the CLI as a user runs it, and each command it shows is one the CLI knows', async () => {
    const shown = [...README.matchAll(/^npx oobe-sim ([^#\n]+?)\s*(?:#.*)?$/gm)].map((m) => m[1]!.trim());
    expect(shown).toEqual(
      expect.arrayContaining(['list', 'run user-driven-entra', 'run my-scenario.json --json', '--help']),
    );
    const io = { out: () => undefined, err: () => undefined };
    expect(await main(['list'], io)).toBe(0);
    expect(await main(['run', 'user-driven-entra'], io)).toBe(0);
  });

  it('documents the exit codes of run, and has a first-run walk', () => {
    expect(README).toMatch(/exits \*\*1\*\* when the device does not end on\s+`expect.finalScreen`/);
    expect(README).toContain('### First run, in two minutes');
    for (const step of ['Pick a scenario', 'Run it', 'Fire a fault', 'Look at the diagnostics'])
      expect(README).toContain(`**${step}**`);
  });
});
