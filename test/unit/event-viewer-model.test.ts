import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../shared/records';
import { eventDateTime, eventsOf, logNodes, sourceName, treePath } from '../../renderer/chrome/event-viewer-model';

const record = (recordId: number, channel: string, eventId: number): EventRecord => ({
  recordId,
  channel,
  provider: channel.split('/')[0]!,
  eventId,
  level: 'Information',
  atMs: recordId * 1000,
  timeCreated: '2026-11-02T21:05:09.000Z',
  message: `event ${eventId}`,
});

describe('Event Viewer model', () => {
  it('files channels where Event Viewer shows them', () => {
    expect(treePath('Microsoft-Windows-ModernDeployment-Diagnostics-Provider/Autopilot')).toEqual([
      'Applications and Services Logs',
      'Microsoft',
      'Windows',
      'ModernDeployment-Diagnostics-Provider',
      'Autopilot',
    ]);
    expect(treePath('System')).toEqual(['Windows Logs', 'System']);
    expect(treePath('Microsoft-Windows-User Device Registration/Admin').slice(-2)).toEqual([
      'User Device Registration',
      'Admin',
    ]);
  });

  it('lists the four Windows Logs, then each channel written to, without the simulator trace', () => {
    const records = [
      record(1, 'OOBE Simulator/Service calls', 0),
      record(1, 'Microsoft-Windows-Shell-Core/Operational', 62407),
      record(1, 'System', 35),
      record(1, 'Microsoft-Windows-AAD/Operational', 1098),
    ];
    expect(logNodes(records).map((n) => n.channel)).toEqual([
      'Application',
      'Security',
      'Setup',
      'System',
      'Microsoft-Windows-AAD/Operational',
      'Microsoft-Windows-Shell-Core/Operational',
    ]);
  });

  it('lists a log newest first, names the source and prints the device clock as en-US', () => {
    const records = [record(1, 'System', 35), record(2, 'System', 37), record(1, 'Application', 1)];
    expect(eventsOf(records, 'system').map((r) => r.eventId)).toEqual([37, 35]);
    expect(sourceName('Microsoft-Windows-Time-Service')).toBe('Time-Service');
    expect(eventDateTime('2026-11-02T21:05:09.000Z')).toBe('11/2/2026 9:05:09 PM');
    expect(eventDateTime('2026-11-02T00:00:01.000Z')).toBe('11/2/2026 12:00:01 AM');
  });
});
