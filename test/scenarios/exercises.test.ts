import { describe, expect, it } from 'vitest';
import { BUILTIN_IDS } from './builtin-library';
import { trainee } from './exercise-harness';

/**
 * The built-in exercises (issue 13): for each, a trainee who does the right things meets every
 * objective and the attempt completes with the full score; a wrong answer is rejected and costs
 * nothing but the try; a hint costs what it says.
 */

type Trainee = Awaited<ReturnType<typeof trainee>>;

/** The first sign-in's Windows Hello for Business (on unless the tenant turns it off): a PIN, then the desktop. */
async function setUpPinToDesktop(t: Trainee): Promise<void> {
  await t.until('windows-hello');
  await t.click('ok');
  await t.type('new-pin', '483920');
  await t.type('confirm-pin', '483920');
  await t.click('ok');
  await t.click('ok');
  await t.until('desktop');
}

/** Signs in again after "Try again" on the refusal page and lets the deployment run to the desktop. */
async function signInAgain(t: Trainee, upn: string): Promise<void> {
  await t.click('try-again');
  await t.until('branding-signin');
  await t.type('username', upn);
  await t.click('next');
  await t.until('password');
  await t.type('password', 'Pa55w.rd');
  await t.click('sign-in');
  await setUpPinToDesktop(t);
}

/** The right actions for each exercise, as a trainee who knows the fix would take them. */
const SOLUTIONS: Record<string, (t: Trainee) => Promise<void>> = {
  'exercise-esp-error-code': async (t) => {
    expect(await t.answer('error-code', '0x800705B4')).toBe(true);
    expect(await t.answer('meaning', '0')).toBe(true);
  },
  'exercise-device-limit': async (t) => {
    expect(await t.answer('error-code', '801c0003')).toBe(true);
    await t.tenant({ kind: 'entra.device-settings', deviceJoinLimit: 100 });
    await signInAgain(t, 'adm-build@adatum.com');
  },
  'exercise-unlicensed-user': async (t) => {
    await t.shell('reg query HKLM\\SOFTWARE\\Microsoft\\Enrollments');
    expect(await t.answer('hresult', '0x80180018')).toBe(true);
    await t.tenant({ kind: 'licence.assign', upn: 'patti@wideworldimporters.com' });
    await signInAgain(t, 'patti@wideworldimporters.com');
  },
  'exercise-no-profile': async (t) => {
    await t.shell('reg query HKLM\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot');
    expect(await t.answer('event', '1')).toBe(true);
    const serialNumber = (await t.client.invoke('device.snapshot', {})).info.serialNumber;
    await t.tenant({ kind: 'autopilot.assign-profile', serialNumber });
  },
  'exercise-collect-logs': async (t) => {
    expect(await t.answer('app-code', '0x87d1041c')).toBe(true);
    await t.shell(
      'reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\Autopilot\\EnrollmentStatusTracking\\Device\\Setup\\Apps\\Tracking\\Sidecar /s',
    );
    await t.shell('mdmdiagnosticstool.exe -area Autopilot -cab C:\\autopilot.cab');
  },
  'exercise-clock-skew': async (t) => {
    expect(await t.answer('why', '0')).toBe(true);
    await t.shell('w32tm /resync /force');
    await setUpPinToDesktop(t);
  },
  'exercise-vm-too-small': async (t) => {
    await t.shell(
      'reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\Autopilot\\EnrollmentStatusTracking\\Device\\DevicePreparation\\PolicyProviders\\Sidecar',
    );
    expect(await t.answer('processors', '2')).toBe(true);
    expect(await t.answer('memory', '4 GB')).toBe(true);
  },
  'exercise-self-deploying-vm': async (t) => {
    expect(await t.answer('error-code', '800705b4')).toBe(true);
    await t.shell('tpmtool getdeviceinformation');
    expect(await t.answer('why', '0')).toBe(true);
  },
  'exercise-hybrid-ou-permissions': async (t) => {
    await t.shell('reg query HKLM\\SOFTWARE\\Microsoft\\Enrollments');
    expect(await t.answer('step', '0')).toBe(true);
    expect(await t.answer('cause', '0')).toBe(true);
    await t.tenant({ kind: 'connector.grant-ou-rights' });
  },
  'exercise-comanagement-cmg': async (t) => {
    await t.shell(
      'reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\Autopilot\\EnrollmentStatusTracking\\Device\\DevicePreparation\\PolicyProviders\\ConfigMgr',
    );
    await t.shell('type C:\\Windows\\ccmsetup\\Logs\\ccmsetup.log');
    expect(await t.answer('cause', '0')).toBe(true);
    expect(await t.answer('timeout', '60')).toBe(true);
  },
};

const EXERCISES = Object.keys(SOLUTIONS);

describe('the built-in exercises', () => {
  it('are at least ten, from easy to hard, each in the built-in library', async () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(10);
    expect(BUILTIN_IDS).toEqual(expect.arrayContaining(EXERCISES));
    const t = await trainee(EXERCISES[0]!);
    const { exercises } = await t.client.invoke('exercise.list', {});
    expect(exercises.map((e) => e.id).sort()).toEqual([...EXERCISES].sort());
    expect(new Set(exercises.map((e) => e.level))).toEqual(new Set(['easy', 'medium', 'hard']));
  });
});

describe.each(EXERCISES)('exercise %s', (id) => {
  it('the right actions meet every objective, for the full score', async () => {
    const t = await trainee(id);
    expect(t.started.status).toBe('running');
    expect(t.started.debrief).toBeNull();
    await SOLUTIONS[id]!(t);
    const attempt = await t.state();
    expect(attempt.objectives.filter((o) => !o.met).map((o) => o.label)).toEqual([]);
    expect(attempt.status).toBe('completed');
    expect(attempt.score).toBe(attempt.maxScore);
    expect(attempt.debrief?.citations.length).toBeGreaterThan(0);
    const { reports } = await t.client.invoke('exercise.reports', {});
    expect(reports.at(-1)?.report).toMatchObject({ exercise: id, status: 'completed', score: attempt.maxScore });
  });

  it('rejects a wrong answer, and a hint costs its points', async () => {
    const t = await trainee(id);
    const asked = t.started.objectives.find((o) => o.kind === 'answer' || o.kind === 'choice');
    if (!asked) throw new Error(`${id} has no answer-box or multiple-choice objective`);
    // "9" is never a right answer: no exercise accepts it, and no choice list has ten entries.
    expect(await t.answer(asked.id, '9')).toBe(false);
    const after = await t.state();
    expect(after.objectives.find((o) => o.id === asked.id)).toMatchObject({ met: false, wrongAnswers: 1 });
    expect(after.status).toBe('running');

    const cost = after.nextHintCost;
    expect(cost).toBeGreaterThan(0);
    const { hint, attempt } = await t.hint();
    expect(hint.cost).toBe(cost);
    expect(attempt.hintsTaken).toEqual([hint]);
    await SOLUTIONS[id]!(t);
    const done = await t.state();
    expect(done.status).toBe('completed');
    expect(done.score).toBe(done.maxScore - hint.cost);
  });
});
