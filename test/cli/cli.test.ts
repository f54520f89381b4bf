import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { runScenario } from '../../electron/core/scenario/runner';
import { SCREEN_IDS } from '../../shared/screen-ids';
import { BUILTIN_IDS, loadBuiltin } from '../scenarios/builtin-library';

/**
 * The real `oobe-sim` bin in a child process, as a user runs it from the repository root. Each
 * spawn costs about half a second (tsx compiles the CLI), so every test spawns once or twice and
 * the tests run concurrently.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const AUTOPILOT_KEY = 'HKLM\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot';

interface Spawned {
  code: number;
  stdout: string;
  stderr: string;
}

function oobeSim(...args: string[]): Promise<Spawned> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['bin/oobe-sim.mjs', ...args],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** The CLI's entry in this process, with its output collected (what the bin runs, without the spawn). */
async function inProcess(...args: string[]): Promise<Spawned> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { out: (t) => void (stdout += t), err: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

const lines = (text: string) => text.split('\n').filter((l) => l.length > 0);

describe.concurrent('oobe-sim list', { timeout: 30_000 }, () => {
  it('prints every built-in with its mode and title', async ({ expect }) => {
    const { code, stdout, stderr } = await oobeSim('list');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const rows = lines(stdout);
    expect(rows.map((r) => r.split(/\s+/)[0])).toEqual([...BUILTIN_IDS]);
    const wrongTenant = await loadBuiltin('wrong-tenant');
    expect(rows).toContainEqual(expect.stringMatching(new RegExp(`^wrong-tenant +user-driven +${wrongTenant.title}$`)));
    expect(rows).toContainEqual(expect.stringMatching(/^not-registered +not-autopilot +/));
  });

  it('--json gives id, mode, title and description for each', async ({ expect }) => {
    const { code, stdout } = await oobeSim('list', '--json');
    expect(code).toBe(0);
    const list = JSON.parse(stdout) as { id: string; mode: string; title: string; description: string }[];
    expect(list.map((s) => s.id)).toEqual([...BUILTIN_IDS]);
    for (const entry of list) {
      const scenario = await loadBuiltin(entry.id);
      expect(entry).toEqual({
        id: scenario.id,
        mode: scenario.mode,
        title: scenario.title,
        description: scenario.description,
      });
    }
  });
});

describe.concurrent('oobe-sim validate', { timeout: 30_000 }, () => {
  it('exits 0 for valid files, several at once', async ({ expect }) => {
    const { code, stdout, stderr } = await oobeSim(
      'validate',
      'assets/scenarios/first-pages-wifi.json',
      'assets/scenarios/wrong-tenant.json',
    );
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(lines(stdout)).toEqual([
      'assets/scenarios/first-pages-wifi.json: valid (first-pages-wifi)',
      'assets/scenarios/wrong-tenant.json: valid (wrong-tenant)',
    ]);
  });

  it('exits 1 and lists each problem of each broken file on stderr', async ({ expect }) => {
    const several = 'test/scenarios/fixtures/several-problems.json';
    const logo = 'test/scenarios/fixtures/missing-logo.json';
    const { code, stdout, stderr } = await oobeSim('validate', 'assets/scenarios/not-registered.json', several, logo);
    expect(code).toBe(1);
    expect(lines(stdout)).toEqual(['assets/scenarios/not-registered.json: valid (not-registered)']);
    const err = lines(stderr);
    for (const path of ['id', 'seed', 'device.tpm.presence', 'tenant.users[0].upn', 'expect.finalScreen']) {
      expect(err).toContainEqual(expect.stringMatching(`^${several}: ${path.replace(/[[\].]/g, '\\$&')}: `));
    }
    expect(err).toContainEqual(
      expect.stringMatching(`^${logo}: tenant\\.branding\\.logo: missing asset "art/fabrikam-logo-missing\\.svg"`),
    );
    expect(err.at(-1)).toBe('2 of 3 file(s) invalid');
  });
});

describe.concurrent('oobe-sim run', { timeout: 30_000 }, () => {
  it('prints a readable timeline that names the screens', async ({ expect }) => {
    const { code, stdout, stderr } = await oobeSim('run', 'first-pages-wifi');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^First OOBE pages on Wi-Fi \(first-pages-wifi, seed 1001\)\n/);
    for (const screen of ['region', 'keyboard', 'network', 'autopilot-profile', 'updates', 'branding-signin']) {
      expect(stdout).toContain(`Screen: ${screen}`);
    }
    expect(stdout).toMatch(/Outcome: success — final screen "branding-signin" after 0:00:34 of virtual time\n$/);
  });

  it('--json prints the run result, equal to the reviewed golden file', async ({ expect }) => {
    const { code, stdout } = await oobeSim('run', 'wrong-tenant', '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as Record<string, unknown>;
    for (const field of ['scenario', 'outcome', 'finalScreen', 'virtualDurationMs', 'screens', 'errors', 'events'])
      expect(result).toHaveProperty(field);
    expect(result).toMatchObject({ scenario: 'wrong-tenant', outcome: 'success', finalScreen: 'branding-signin' });
    // Goldens leave out a null device preparation report (test/scenarios/builtin-library.ts goldenText).
    expect(result).toEqual({
      report: null,
      ...JSON.parse(readFileSync(join(ROOT, 'test/golden/wrong-tenant.json'), 'utf8')),
    });
  });

  it('--json has a top-level "report": null for a run that is not device preparation', async ({ expect }) => {
    const { stdout } = await oobeSim('run', 'first-pages-wifi', '--json');
    expect(JSON.parse(stdout)).toHaveProperty('report', null);
  });

  it('--json carries the device preparation deployment report, equal to the golden file; the timeline ends with it', async ({
    expect,
  }) => {
    const [json, text] = await Promise.all([
      oobeSim('run', 'device-prep-timeout', '--json'),
      oobeSim('run', 'device-prep-timeout'),
    ]);
    const result = JSON.parse(json.stdout) as {
      report: { row: Record<string, unknown>; details: { apps: { status: string | null }[] } };
    };
    expect(result.report.row).toMatchObject({
      deploymentStatus: 'Failed',
      phase: 'Policy installation',
      deploymentTime: '0:15:00',
      upn: 'megan@contoso.com',
    });
    expect(result.report.details.apps[0]!.status).toBe('In progress');
    expect(result).toEqual(JSON.parse(readFileSync(join(ROOT, 'test/golden/device-prep-timeout.json'), 'utf8')));
    expect(text.stdout).toContain(
      'Device preparation report: Failed, phase Policy installation, deployment time 0:15:00',
    );
    expect(text.stdout).toContain('    App "Microsoft 365 Apps for enterprise": In progress');
  });

  it('--until stops at that screen', async ({ expect }) => {
    const { code, stdout } = await oobeSim('run', 'first-pages-wifi', '--until', 'network', '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { finalScreen: string; outcome: string; screens: { id: string }[] };
    expect(result.finalScreen).toBe('network');
    expect(result.outcome).toBe('incomplete');
    expect(result.screens.map((s) => s.id)).toEqual(['boot', 'region', 'keyboard', 'second-keyboard', 'network']);
  });

  it('--seed gives the same bytes as an in-process run with that seed (deterministic across processes)', async ({
    expect,
  }) => {
    const { code, stdout } = await oobeSim('run', 'ztd-endpoint-restored', '--seed', '42', '--json');
    expect(code).toBe(0);
    const { result } = runScenario(await loadBuiltin('ztd-endpoint-restored'), { seed: 42 });
    expect(result.seed).toBe(42);
    expect(stdout).toBe(`${JSON.stringify(result)}\n`);
  });
});

describe.concurrent('oobe-sim run: expect is an assertion (exit codes)', { timeout: 30_000 }, () => {
  /** A built-in scenario with its `expect` changed, written where a tenant admin keeps their designs. */
  function designWithExpect(id: string, expectation: Record<string, unknown>): string {
    const scenario = JSON.parse(readFileSync(join(ROOT, `assets/scenarios/${id}.json`), 'utf8')) as Record<
      string,
      unknown
    >;
    delete scenario.$schema;
    const dir = mkdtempSync(join(tmpdir(), 'oobe-sim-expect-'));
    const file = join(dir, 'my-design.json');
    writeFileSync(file, JSON.stringify({ ...scenario, expect: expectation }));
    return file;
  }

  it('exits 1 when the device does not end where expect says, naming the expectation and what happened', async ({
    expect,
  }) => {
    const file = designWithExpect('first-pages-wifi', { finalScreen: 'desktop' });
    const { code, stdout, stderr } = await oobeSim('run', file);
    expect(code).toBe(1);
    expect(stdout).toContain('Outcome: incomplete');
    expect(lines(stderr)).toEqual([
      'oobe-sim: expectation missed: expect.finalScreen is "desktop", but the device ended on "branding-signin" after 0:00:34 of virtual time',
    ]);
  });

  // The rest in-process (main() with buffers, the bin's own entry), to keep the spawns few.
  it('--json: exit 1 too, stdout stays the run result alone', async ({ expect }) => {
    const file = designWithExpect('wrong-tenant', { finalScreen: 'esp', failure: false });
    const { code, stdout, stderr } = await inProcess('run', file, '--json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ finalScreen: 'branding-signin' });
    expect(stderr).toMatch(
      /^oobe-sim: expectation missed: expect.finalScreen is "esp", but the device ended on "branding-signin"/,
    );
  });

  it('exits 0 for a run that meets its expect, including an expected failure', async ({ expect }) => {
    const met = await inProcess('run', 'user-driven-entra');
    const expectedFailure = await inProcess('run', 'esp-app-timeout');
    expect(met.code).toBe(0);
    expect(met.stderr).toBe('');
    expect(expectedFailure.stdout).toContain('Outcome: failure');
    expect(expectedFailure.code).toBe(0);
  });

  it('--help documents the exit codes of run', async ({ expect }) => {
    const { stdout } = await inProcess('--help');
    expect(stdout).toContain('1 run missed the scenario\'s "expect"');
  });
});

describe.concurrent('oobe-sim exec', { timeout: 30_000 }, () => {
  it('--seed changes the device identity (its computer name)', async ({ expect }) => {
    const nameKey = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ComputerName';
    const { code, stdout } = await oobeSim(
      'exec',
      'first-pages-wifi',
      '--seed',
      '42',
      '--',
      'reg',
      'query',
      nameKey,
      '/v',
      'ComputerName',
    );
    expect(code).toBe(0);
    const computerName = (out: string) => /ComputerName {4}REG_SZ {4}(\S+)/.exec(out)?.[1];
    const seeded = computerName(stdout);
    expect(seeded).toMatch(/^DESKTOP-[A-Z0-9]{7}$/);
    const scenario = await loadBuiltin('first-pages-wifi');
    const inProcess = (seed?: number) =>
      computerName(
        runScenario(scenario, seed === undefined ? {} : { seed }).device.execute('shell.run', {
          line: `reg query ${nameKey} /v ComputerName`,
        }).stdout,
      );
    expect(seeded).toBe(inProcess(42));
    expect(seeded).not.toBe(inProcess());
  });

  it('reg query prints the Autopilot key in reg.exe layout, with IsAutopilotDisabled', async ({ expect }) => {
    const { code, stdout } = await oobeSim('exec', 'not-registered', '--', 'reg', 'query', AUTOPILOT_KEY);
    expect(code).toBe(0);
    expect(
      stdout.startsWith('\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot\r\n'),
    ).toBe(true);
    expect(stdout.endsWith('\r\n\r\n')).toBe(true);
    expect(stdout).toContain('\r\n    IsAutopilotDisabled    REG_DWORD    0x1\r\n');
    const valueLines = stdout.split('\r\n').slice(2, -2);
    for (const line of valueLines) expect(line).toMatch(/^ {4}\S+ {4}REG_[A-Z_]+ {4}/);
  });

  it('reg export writes the key and says so as reg.exe does', async ({ expect }) => {
    const { code, stdout, stderr } = await oobeSim(
      'exec',
      'wrong-tenant',
      '--',
      'reg',
      'export',
      AUTOPILOT_KEY,
      'C:\\autopilot.reg',
    );
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe('The operation completed successfully.\r\n');
  });

  it('co-management auto-enrollment: CoManagementFlags 0x3 and the Enrollments key naming FooUser at the end', async ({
    expect,
  }) => {
    const flags = await oobeSim(
      'exec',
      'comanagement-auto-enroll',
      '--',
      'reg',
      'query',
      'HKLM\\SOFTWARE\\Microsoft\\CCM',
      '/v',
      'CoManagementFlags',
    );
    expect(flags.code).toBe(0);
    expect(flags.stdout).toContain('    CoManagementFlags    REG_DWORD    0x3\r\n');
    const enrollments = await oobeSim(
      'exec',
      'comanagement-auto-enroll',
      '--',
      'reg',
      'query',
      'HKLM\\SOFTWARE\\Microsoft\\Enrollments',
      '/s',
    );
    expect(enrollments.code).toBe(0);
    expect(enrollments.stdout).toContain('    UPN    REG_SZ    FooUser@contoso.com\r\n');
    expect(enrollments.stdout).toContain('    EnrollmentType    REG_DWORD    0x6\r\n');
  });

  it('an unknown program gets cmd.exe\'s "is not recognized" and exit 1', async ({ expect }) => {
    const { code, stderr } = await oobeSim('exec', 'first-pages-wifi', '--', 'mdmdiag', '/area', 'Autopilot');
    expect(code).toBe(1);
    expect(stderr).toBe(
      "'mdmdiag' is not recognized as an internal or external command,\r\noperable program or batch file.\r\n",
    );
  });
});

describe.concurrent('bad arguments', { timeout: 30_000 }, () => {
  const cases: [string, string[], RegExp][] = [
    ['an unknown command', ['frobnicate'], /unknown command "frobnicate"/],
    ['an unknown flag', ['run', 'first-pages-wifi', '--fast'], /Unknown option '--fast'/],
    [
      'a bad --until',
      ['run', 'first-pages-wifi', '--until', 'start-menu'],
      new RegExp(`--until: unknown screen id "start-menu" \\(known: ${SCREEN_IDS.join(', ')}\\)`),
    ],
    ['a bad --seed', ['run', 'first-pages-wifi', '--seed', 'abc'], /--seed: "abc" is not a whole number/],
  ];
  it.for(cases)('%s: exit 2 and exactly one line on stderr, no stack trace', async ([, args, message], { expect }) => {
    const { code, stdout, stderr } = await oobeSim(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(lines(stderr)).toHaveLength(1);
    expect(stderr).toMatch(/^oobe-sim: /);
    expect(stderr).toMatch(message);
  });

  it('a missing file: exit 2, names the file, no stack trace', async ({ expect }) => {
    const { code, stdout, stderr } = await oobeSim('run', 'no/such/scenario.json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('oobe-sim: no/such/scenario.json: file not found\n');
  });
});

describe.concurrent('oobe-sim on a closed pipe', { timeout: 30_000 }, () => {
  /** The reader (`true`) has exited before the CLI writes anything, so every write meets EPIPE. */
  function intoClosedPipe(args: string): Promise<Spawned> {
    return new Promise((done) => {
      execFile(
        'bash',
        ['-c', `node bin/oobe-sim.mjs ${args} | true; echo "exit \${PIPESTATUS[0]}"`],
        { cwd: ROOT, encoding: 'utf8' },
        (error, stdout, stderr) => done({ code: error ? -1 : 0, stdout, stderr }),
      );
    });
  }

  for (const args of ['list', 'list --json', 'run first-pages-wifi', 'run first-pages-wifi --json', '--help']) {
    it(`"oobe-sim ${args} | true" ends quietly`, async ({ expect }) => {
      const { stdout, stderr } = await intoClosedPipe(args);
      expect(stderr).toBe('');
      expect(stdout.trim()).toBe('exit 0');
    });
  }
});
