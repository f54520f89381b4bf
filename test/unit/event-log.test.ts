import { describe, it, expect } from 'vitest';
import {
  AUTOPILOT_CHANNEL,
  AUTOPILOT_EVENTS,
  AUTOPILOT_PROVIDER,
  autopilotEvent,
  createEventLog,
  fillInserts,
  listChannels,
  readEvents,
  writeEvent,
} from '../../electron/core/os/event-log';

const UDR = 'Microsoft-Windows-User Device Registration/Admin';
const T0 = '2026-11-02T09:00:00.000Z';

describe('event log', () => {
  it('numbers records per channel, as Windows does', () => {
    const log = createEventLog();
    const a = writeEvent(log, autopilotEvent(160), 1000, T0);
    const b = writeEvent(
      log,
      {
        channel: UDR,
        provider: 'Microsoft-Windows-User Device Registration',
        eventId: 306,
        level: 'Information',
        message: 'Automatic registration Succeeded.',
      },
      1500,
      T0,
    );
    const c = writeEvent(log, autopilotEvent(161), 2000, T0);
    expect([a.recordId, b.recordId, c.recordId]).toEqual([1, 1, 2]);
    expect(c).toMatchObject({
      channel: AUTOPILOT_CHANNEL,
      provider: AUTOPILOT_PROVIDER,
      eventId: 161,
      level: 'Information',
      atMs: 2000,
      timeCreated: T0,
    });
  });

  it('reads one channel case-insensitively, or all channels in write order', () => {
    const log = createEventLog();
    writeEvent(log, autopilotEvent(164), 10, T0);
    writeEvent(log, { channel: UDR, provider: 'x', eventId: 304, level: 'Error', message: 'm' }, 20, T0);
    writeEvent(log, autopilotEvent(111), 30, T0);
    const lower = readEvents(log, AUTOPILOT_CHANNEL.toLowerCase());
    expect(lower.map((r) => r.eventId)).toEqual([164, 111]);
    expect(lower.every((r) => r.channel === AUTOPILOT_CHANNEL)).toBe(true);
    expect(readEvents(log).map((r) => r.eventId)).toEqual([164, 304, 111]);
    expect(readEvents(log, 'Application')).toEqual([]);
    expect(listChannels(log)).toEqual([AUTOPILOT_CHANNEL, UDR]);
  });

  it('keeps the channel’s first spelling and shares its numbering across spellings', () => {
    const log = createEventLog();
    writeEvent(log, { channel: UDR, provider: 'p', eventId: 1, level: 'Information', message: 'a' }, 0, T0);
    const r = writeEvent(
      log,
      { channel: UDR.toUpperCase(), provider: 'p', eventId: 2, level: 'Information', message: 'b' },
      0,
      T0,
    );
    expect(r.recordId).toBe(2);
    expect(r.channel).toBe(UDR);
  });

  it('hands out copies, so readers cannot change the log', () => {
    const log = createEventLog();
    writeEvent(log, autopilotEvent(111), 0, T0);
    readEvents(log)[0]!.message = 'tampered';
    expect(readEvents(log)[0]!.message).toBe('AutopilotRetrieveSettings succeeded.');
  });

  it('refuses impossible events', () => {
    const log = createEventLog();
    expect(() => writeEvent(log, { ...autopilotEvent(111), eventId: 70000 }, 0, T0)).toThrow();
    expect(() => writeEvent(log, { ...autopilotEvent(111), level: 'Fatal' as never }, 0, T0)).toThrow();
  });

  it('is plain JSON and keeps numbering after a save and restore', () => {
    const log = createEventLog();
    writeEvent(log, autopilotEvent(160), 0, T0);
    const restored = JSON.parse(JSON.stringify(log)) as typeof log;
    expect(restored).toEqual(log);
    expect(writeEvent(restored, autopilotEvent(161), 5, T0).recordId).toBe(2);
  });
});

describe('Autopilot events', () => {
  it('catalogues the documented ids', () => {
    expect(Object.keys(AUTOPILOT_EVENTS).map(Number)).toEqual([
      100, 101, 103, 109, 111, 153, 160, 161, 163, 164, 171, 172, 807, 809, 815, 908,
    ]);
  });

  it('renders messages as autopilotdiag.dll does, filling the insert strings', () => {
    expect(autopilotEvent(100, { policyName: 'CloudAssignedTenantDomain' })).toEqual({
      channel: AUTOPILOT_CHANNEL,
      provider: AUTOPILOT_PROVIDER,
      eventId: 100,
      level: 'Warning',
      message: 'Autopilot policy [CloudAssignedTenantDomain] not found.',
    });
    expect(autopilotEvent(101, { policyName: 'CloudAssignedOobeConfig', value: 28 }).message).toBe(
      'AutopilotGetPolicyDwordByName succeeded:  policy name = CloudAssignedOobeConfig; policy value = 28.',
    );
    expect(
      autopilotEvent(103, { policyName: 'CloudAssignedTenantDomain', value: 'contoso.onmicrosoft.com' }).message,
    ).toBe(
      'AutopilotGetPolicyStringByName succeeded:  policy name = CloudAssignedTenantDomain; policy value = contoso.onmicrosoft.com.',
    );
    expect(autopilotEvent(109, { setting: 'SkipEula', state: 'True' }).message).toBe(
      'AutopilotGetOobeSettingsOverride succeeded:  OOBE setting = SkipEula; state = True.',
    );
    expect(autopilotEvent(153, { from: 'ProfileState_Unknown', to: 'ProfileState_Available' }).message).toBe(
      'AutopilotManager reported the state changed from ProfileState_Unknown to ProfileState_Available.',
    );
    expect(autopilotEvent(163).message).toBe(
      'AutopilotManager determined download is not required and the device is already provisioned.  Clean or reset the device to change this.',
    );
    const e171 = autopilotEvent(171, { hresult: '0x81039001' });
    expect(e171.level).toBe('Error');
    expect(e171.message).toBe('AutopilotManager failed to set TPM identity confirmed.  HRESULT = 0x81039001.');
    expect(autopilotEvent(172, { hresult: '0x81039001' }).message).toBe(
      'AutopilotManager failed to set Autopilot profile as available.  HRESULT = 0x81039001.',
    );
  });

  it('uses the docs’ wording for the service events', () => {
    expect(autopilotEvent(807)).toMatchObject({ level: 'Error', message: 'ZtdDevicesNotRegistered' });
    expect(autopilotEvent(809).message).toBe('ZtdDeviceHasNoAssignedProfile - Assigned profile does not exist.');
    expect(autopilotEvent(815).message).toBe(
      'ZtdDeviceHasNoAssignedProfile - No profile assigned to the device, and no default profile found in the tenant.',
    );
    expect(autopilotEvent(908).message).toBe('SerialNumberMismatch ProductKeyIdMismatch');
  });

  it('gives every event its documented level', () => {
    const levels = Object.fromEntries(Object.entries(AUTOPILOT_EVENTS).map(([id, e]) => [id, e.level]));
    expect(levels).toEqual({
      100: 'Warning',
      101: 'Information',
      103: 'Information',
      109: 'Information',
      111: 'Information',
      153: 'Information',
      160: 'Information',
      161: 'Information',
      163: 'Information',
      164: 'Information',
      171: 'Error',
      172: 'Error',
      807: 'Error',
      809: 'Error',
      815: 'Error',
      908: 'Error',
    });
  });

  it('refuses to render an event with a missing insert string', () => {
    expect(() => autopilotEvent(153, { from: 'ProfileState_Unknown' })).toThrow(/to/);
  });

  it('fills %n inserts and leaves unknown ones', () => {
    expect(fillInserts('%1 and %2 and %3', ['a', 'b'])).toBe('a and b and %3');
  });
});
