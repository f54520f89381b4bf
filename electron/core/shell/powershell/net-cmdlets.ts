import { latencyMs } from '../../network/connectivity';
import { listChannels, readEvents } from '../../os/event-log';
import type { DeviceState } from '../../state';
import { CRLF, fail, ok, type CommandOutput } from '../command-result';
import { usDateTime } from '../device-time';
import { adapters, hostAnswers, primaryAdapter, resolveHost } from '../network-facts';
import { listView, psErrorRecord, tableLines, tableView, type Row } from './ps-format';

/**
 * Get-NetAdapter, Test-NetConnection and Get-WinEvent over the device's adapters, reachability and
 * event log (network-facts.ts, os/event-log.ts), in Windows PowerShell 5.1's default views.
 */

type Named = Record<string, string>;

export function getNetAdapter(state: DeviceState): CommandOutput {
  const rows = adapters(state).map((a) => [
    a.alias,
    a.description,
    String(a.ifIndex),
    a.up ? 'Up' : 'Disconnected',
    a.mac,
    a.up ? a.linkSpeed : '0 bps',
  ]);
  return ok(
    tableView(
      [
        { header: 'Name', width: 25 },
        { header: 'InterfaceDescription', width: 39 },
        { header: 'ifIndex', width: 7, align: 'right' },
        { header: 'Status', width: 12 },
        { header: 'MacAddress', width: 22 },
        { header: 'LinkSpeed', width: 12, align: 'right' },
      ],
      rows,
    ),
  );
}

export function testNetConnection(state: DeviceState, named: Named, pos: string[]): CommandOutput {
  const host = named['computername'] ?? named['cn'] ?? pos[0] ?? 'internetbeacon.msedge.net';
  const port =
    named['port'] ??
    (named['commontcpport']
      ? { http: '80', rdp: '3389', smb: '445', winrm: '5985' }[named['commontcpport'].toLowerCase()]
      : undefined);
  const adapter = primaryAdapter(state);
  const ip = adapter ? resolveHost(state, host) : null;
  const answers = ip !== null && hostAnswers(state, host);
  const warnings: string[] = [];
  if (ip === null) warnings.push(`WARNING: Name resolution of ${host} failed`);
  else if (!answers)
    warnings.push(
      port === undefined
        ? `WARNING: Ping to ${ip} failed with status: TimedOut`
        : `WARNING: TCP connect to (${ip} : ${port}) failed`,
    );
  const rows: Row[] = [
    ['ComputerName', host],
    ['RemoteAddress', ip ?? ''],
  ];
  if (port !== undefined) rows.push(['RemotePort', port]);
  rows.push(
    ['InterfaceAlias', ip !== null ? (adapter?.alias ?? '') : ''],
    ['SourceAddress', ip !== null ? (adapter?.ipv4 ?? '') : ''],
  );
  if (port === undefined) {
    rows.push(['PingSucceeded', answers ? 'True' : 'False']);
    if (answers) rows.push(['PingReplyDetails (RTT)', `${Math.max(1, Math.round(latencyMs(state) / 2))} ms`]);
  } else rows.push(['TcpTestSucceeded', answers ? 'True' : 'False']);
  const text = listView([rows]);
  return { ...ok(`${warnings.map((w) => `${w}${CRLF}`).join('')}${text}`), objects: [{ display: rows, all: rows }] };
}

/** `Get-WinEvent -LogName <channel> [-MaxEvents n]`: newest first, grouped under each ProviderName. */
export function getWinEvent(state: DeviceState, line: string, named: Named, pos: string[]): CommandOutput {
  const logName = named['logname'] ?? pos[0];
  if (!logName)
    return fail(
      psErrorRecord(
        'Get-WinEvent',
        'A parameter cannot be found that matches parameter name.',
        line,
        'InvalidArgument: (:) [Get-WinEvent], ParameterBindingException',
        'NamedParameterNotFound,Microsoft.PowerShell.Commands.GetWinEventCommand',
      ),
    );
  const known = ['Application', 'Security', 'Setup', 'System', ...listChannels(state.eventLog)];
  const channel = known.find((c) => c.toLowerCase() === logName.toLowerCase());
  if (!channel)
    return fail(
      psErrorRecord(
        'Get-WinEvent',
        `There is not an event log on the localhost computer that matches "${logName}".`,
        line,
        `ObjectNotFound: (${logName}:String) [Get-WinEvent], Exception`,
        'NoMatchingLogsFound,Microsoft.PowerShell.Commands.GetWinEventCommand',
      ),
    );
  let records = readEvents(state.eventLog, channel).slice().reverse();
  if (named['maxevents'] !== undefined) records = records.slice(0, Math.max(0, Number(named['maxevents']) || 0));
  if (records.length === 0)
    return fail(
      psErrorRecord(
        'Get-WinEvent',
        'No events were found that match the specified selection criteria.',
        line,
        'ObjectNotFound: (:) [Get-WinEvent], Exception',
        'NoMatchingEventsFound,Microsoft.PowerShell.Commands.GetWinEventCommand',
      ),
    );
  const columns = [
    { header: 'TimeCreated', width: 25 },
    { header: 'Id', width: 8, align: 'right' as const },
    { header: 'LevelDisplayName', width: 16 },
    { header: 'Message' },
  ];
  let out = '';
  let group: typeof records = [];
  const flush = () => {
    if (group.length === 0) return;
    const rows = group.map((r) => [
      usDateTime(new Date(r.timeCreated)),
      String(r.eventId),
      r.level,
      r.message.split(/\r?\n/)[0] ?? '',
    ]);
    out += `${CRLF}${CRLF}   ProviderName: ${group[0]!.provider}${CRLF}${CRLF}${tableLines(columns, rows).join(CRLF)}${CRLF}`;
    group = [];
  };
  for (const r of records) {
    if (group.length > 0 && group[0]!.provider !== r.provider) flush();
    group.push(r);
  }
  flush();
  const objects = records.map((r) => {
    const rows: Row[] = [
      ['TimeCreated', usDateTime(new Date(r.timeCreated))],
      ['ProviderName', r.provider],
      ['Id', String(r.eventId)],
      ['Message', r.message],
    ];
    return { display: rows, all: [...rows, ['LevelDisplayName', r.level] as Row, ['LogName', r.channel] as Row] };
  });
  return { ...ok(`${out}${CRLF}${CRLF}`), objects };
}
