import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../electron/core/scenario/runner';
import { Session } from '../../electron/runtime/session';
import { loadScenarioRef } from '../../electron/scenarios/library';
import type { EventPayloads } from '../../shared/contract';

/**
 * `archive.list` / `archive.read` and the `archive:written` event (issue #12): what a host needs to
 * offer the logs a page's Collect logs or mdmdiagnosticstool wrote — a download in the browser, the
 * save dialog in the desktop app — through the one contract, input validated by the dispatcher.
 */
function sessionAtEnd(id: string): Session {
  const loaded = loadScenarioRef(id);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('; '));
  return new Session(runScenario(loaded.scenario).device, { autoRun: false });
}

const send = (session: Session, name: string, payload: unknown) =>
  session.handle({ kind: 'req', id: 1, name, payload }) as
    { kind: 'res'; payload: never } | { kind: 'err'; error: { code: string; message: string } };

describe('archive commands', () => {
  it('lists the cab Collect logs wrote and reads it back as a real cabinet', () => {
    const session = sessionAtEnd('user-driven-entra-win10');
    const listed = send(session, 'archive.list', {});
    expect(listed.kind).toBe('res');
    const { archives } = (listed as { payload: { archives: { path: string; fileName: string; size: number }[] } })
      .payload;
    expect(archives.map((a) => a.path)).toEqual(['D:\\MDMDiagReport.cab']);
    expect(archives[0]!.fileName).toBe('MDMDiagReport.cab');

    // Any case, as Windows paths are.
    const read = send(session, 'archive.read', { path: 'd:\\mdmdiagreport.cab' });
    expect(read.kind).toBe('res');
    const file = (read as { payload: { path: string; size: number; base64: string } }).payload;
    expect(file.path).toBe('D:\\MDMDiagReport.cab');
    const bytes = Buffer.from(file.base64, 'base64');
    expect(bytes.length).toBe(file.size);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('MSCF');
    const cab = join(mkdtempSync(join(tmpdir(), 'oobe-archive-read-')), 'MDMDiagReport.cab');
    writeFileSync(cab, bytes);
    expect(execFileSync('cabextract', ['-t', cab], { encoding: 'utf8' })).toContain('All done, no errors.');
  });

  it('says clearly when the path holds no archive, and rejects bad input by name', () => {
    const session = sessionAtEnd('user-driven-entra-win10');
    const missing = send(session, 'archive.read', { path: 'C:\\nothing.cab' });
    expect(missing).toMatchObject({ kind: 'err', error: { code: 'command-failed' } });
    expect((missing as { error: { message: string } }).error.message).toContain('C:\\nothing.cab');
    expect(send(session, 'archive.read', {})).toMatchObject({ kind: 'err', error: { code: 'invalid-payload' } });
    expect(send(session, 'archive.read', { path: 'C:\\x.cab', extra: 1 })).toMatchObject({ kind: 'err' });
  });

  it('announces each archive mdmdiagnosticstool writes, with its path as the disk spells it', () => {
    const session = sessionAtEnd('user-driven-entra-win10');
    const written: EventPayloads['archive:written'][] = [];
    session.subscribe((event) => {
      if (event.name === 'archive:written') written.push(event.payload as EventPayloads['archive:written']);
    });
    const ran = send(session, 'shell.run', {
      line: 'mdmdiagnosticstool.exe -area Autopilot -zip C:\\Users\\Public\\Documents\\diag.zip',
    });
    expect(ran.kind).toBe('res');
    expect(written.map((w) => w.path)).toEqual(['C:\\Users\\Public\\Documents\\diag.zip']);
    const { archives } = (send(session, 'archive.list', {}) as { payload: { archives: { path: string }[] } }).payload;
    expect(archives.map((a) => a.path)).toContain('C:\\Users\\Public\\Documents\\diag.zip');
  });
});
