import type { EventRecord } from '../../../../shared/records';
import { readEvents, listChannels } from '../../os/event-log';
import { encodeRegFile, exportKey, REG_FILE_HEADER } from '../../os/reg-export';
import { keyExists } from '../../os/registry';
import type { DeviceState } from '../../state';
import type { FsNode } from '../../os/file-system';
import { autopilotCsv } from '../autopilot-info';
import { deviceDate } from '../device-time';
import { dsregStatus } from '../cmd/dsregcmd';
import { tpmDeviceInformation } from '../cmd/tpmtool';
import type { ArchiveEntry } from './archive-entry';
import { buildCabinet } from './cab-writer';
import { buildZip } from './zip-writer';

/**
 * What "Collect logs" gathers, as mdmdiagnosticstool.exe's areas do (external-diagnostics.md §4):
 * the MDM registry dump (.reg, UTF-16), an export of each event channel the flows wrote, the log
 * files on disk (Panther, IME, ConfigMgr, …), MDMDiagReport.xml/.html, MdmDiagLogMetadata.json,
 * MdmLogCollectorFootPrint.txt, the hardware hash CSV and, for the TPM area, TpmHliInfo_Output.txt.
 *
 * Event logs are exported as the XML `wevtutil qe <log> /f:xml` prints (named after the real
 * .evtx files with `.xml` appended): a binary .evtx isn't produced (docs/FIDELITY.md).
 */

const REGISTRY_DUMP_KEYS = [
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Enrollments',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Provisioning\\AutopilotPolicyCache',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Provisioning\\OMADM',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\Autopilot\\EnrollmentStatusTracking',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\PolicyManager',
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\CloudDomainJoin',
];

/** Folders whose files go into the archive (the log folders the collectors read). */
const LOG_FOLDERS = [
  'C:\\Windows\\Panther',
  'C:\\Windows\\Logs',
  'C:\\Windows\\ccmsetup\\Logs',
  'C:\\Windows\\CCM\\Logs',
  'C:\\ProgramData\\Microsoft\\IntuneManagementExtension\\Logs',
  'C:\\Windows\\ServiceState\\wmansvc',
];

export const KNOWN_AREAS = ['Autopilot', 'DeviceEnrollment', 'DeviceProvisioning', 'TPM'] as const;

/** The .evtx file name mdmdiagnosticstool gives a channel, e.g. microsoft-windows-aad-operational.evtx. */
export function evtxName(channel: string): string {
  return `${channel.toLowerCase().replace(/\//g, '-')}.evtx`;
}

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const LEVEL_NUMBERS: Record<EventRecord['level'], number> = {
  Critical: 1,
  Error: 2,
  Warning: 3,
  Information: 4,
  Verbose: 5,
};

/** One channel as `wevtutil qe <channel> /f:xml` prints it (one <Event> per record). */
export function eventsAsXml(records: readonly EventRecord[], computer: string): string {
  return records
    .map(
      (r) =>
        `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='${xmlEscape(r.provider)}'/>` +
        `<EventID>${r.eventId}</EventID><Level>${LEVEL_NUMBERS[r.level]}</Level><TimeCreated SystemTime='${r.timeCreated.replace('Z', '0000Z')}'/>` +
        `<EventRecordID>${r.recordId}</EventRecordID><Channel>${xmlEscape(r.channel)}</Channel><Computer>${xmlEscape(computer)}</Computer></System>` +
        `<RenderingInfo Culture='en-US'><Message>${xmlEscape(r.message)}</Message></RenderingInfo></Event>\r\n`,
    )
    .join('');
}

function text(name: string, content: string, modified: Date): ArchiveEntry {
  return { name, bytes: new TextEncoder().encode(content), modified };
}

function filesUnder(node: FsNode, path: string, out: { path: string; node: FsNode & { kind: 'file' } }[]): void {
  if (node.kind === 'file') out.push({ path, node });
  else for (const child of Object.values(node.children)) filesUnder(child, `${path}\\${child.name}`, out);
}

function findNode(state: DeviceState, path: string): FsNode | null {
  const [drive, ...names] = path.split('\\');
  let node: FsNode | undefined = state.fs.drives[drive!.toUpperCase()];
  for (const name of names) {
    if (!node || node.kind !== 'directory') return null;
    node = node.children[name.toUpperCase()];
  }
  return node ?? null;
}

function registryDump(state: DeviceState): string {
  const body = REGISTRY_DUMP_KEYS.filter((k) => keyExists(state.registry, k))
    .map((k) => exportKey(state.registry, k).slice(REG_FILE_HEADER.length + 4))
    .join('');
  return `${REG_FILE_HEADER}\r\n\r\n${body}`;
}

function mdmDiagReportXml(state: DeviceState, areas: readonly string[]): string {
  const enrollment = state.account.enrollmentId;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<MDMEnterpriseDiagnosticsReport>',
    `  <DeviceInfo><DeviceName>${xmlEscape(state.computerName)}</DeviceName><SerialNumber>${xmlEscape(state.identity.serialNumber)}</SerialNumber></DeviceInfo>`,
    `  <Areas>${areas.map((a) => `<Area>${xmlEscape(a)}</Area>`).join('')}</Areas>`,
    enrollment
      ? `  <Enrollments><Enrollment><EnrollmentId>${enrollment}</EnrollmentId><ProviderID>MS DM Server</ProviderID><UPN>${xmlEscape(state.account.upn ?? '')}</UPN></Enrollment></Enrollments>`
      : '  <Enrollments/>',
    '</MDMEnterpriseDiagnosticsReport>',
    '',
  ].join('\r\n');
}

function mdmDiagReportHtml(state: DeviceState): string {
  const enrolled = state.account.enrollmentId !== null;
  return [
    '<!DOCTYPE html>',
    '<html><head><meta charset="utf-8"><title>MDM Diagnostic Report</title></head><body>',
    '<h1>MDM Diagnostic Report</h1>',
    `<table><tr><td>Device name</td><td>${xmlEscape(state.computerName)}</td></tr>`,
    `<tr><td>Managed by</td><td>${enrolled ? 'MS DM Server' : 'Not enrolled'}</td></tr>`,
    `<tr><td>Management server address</td><td>${enrolled ? 'https://r.manage.microsoft.com/devicegatewayproxy/cimhandler.ashx' : ''}</td></tr>`,
    `<tr><td>MDM server device ID</td><td>${state.account.enrollmentId ?? ''}</td></tr></table>`,
    '</body></html>',
    '',
  ].join('\r\n');
}

/** The files of a collection, in the order the archive lists them. */
export function collectEntries(state: DeviceState, areas: readonly string[], commandLine: string): ArchiveEntry[] {
  const now = deviceDate(state);
  const entries: ArchiveEntry[] = [];
  entries.push(
    text(
      'MdmDiagLogMetadata.json',
      `{"CollectionArgs":${JSON.stringify(commandLine)},"Areas":${JSON.stringify(areas.join(';'))}}\r\n`,
      now,
    ),
  );
  entries.push({ name: 'MdmDiagReport_RegistryDump.reg', bytes: encodeRegFile(registryDump(state)), modified: now });
  entries.push(text('MDMDiagReport.xml', mdmDiagReportXml(state, areas), now));
  entries.push(text('MDMDiagHtmlReport.html', mdmDiagReportHtml(state), now));
  for (const channel of listChannels(state.eventLog)) {
    entries.push(
      text(`${evtxName(channel)}.xml`, eventsAsXml(readEvents(state.eventLog, channel), state.computerName), now),
    );
  }
  const upper = areas.map((a) => a.toUpperCase());
  if (upper.includes('AUTOPILOT')) {
    entries.push(text(`DeviceHash_${state.computerName}.csv`, autopilotCsv(state), now));
    entries.push(text('DsRegCmd_Status_Output.txt', dsregStatus(state), now));
  }
  if (upper.includes('TPM') || upper.includes('AUTOPILOT'))
    entries.push(text('TpmHliInfo_Output.txt', tpmDeviceInformation(state), now));
  const seen = new Set<string>();
  for (const folder of LOG_FOLDERS) {
    const node = findNode(state, folder);
    if (!node) continue;
    const files: { path: string; node: FsNode & { kind: 'file' } }[] = [];
    filesUnder(node, folder, files);
    for (const f of files) {
      if (seen.has(f.node.name.toUpperCase())) continue;
      seen.add(f.node.name.toUpperCase());
      entries.push(text(f.node.name, f.node.content, deviceDate(state, f.node.modified)));
    }
  }
  entries.push(text('MdmLogCollectorFootPrint.txt', entries.map((e) => `Collected ${e.name}\r\n`).join(''), now));
  return entries;
}

/** The archive's bytes: a cabinet for `-cab`, a zip for `-zip` (and the exports Windows zips). */
export function buildArchive(entries: readonly ArchiveEntry[], kind: 'cab' | 'zip', setId = 0): Uint8Array {
  return kind === 'cab' ? buildCabinet(entries, setId) : buildZip(entries);
}
