import { CIMV2_NAMESPACE, queryWmi } from '../../hardware/wmi';
import type { DeviceState } from '../../state';
import { fail, ok, type CommandOutput } from '../command-result';
import { liveWmi } from '../wmi-facts';
import { listView, psErrorRecord, tableView, type Row } from './ps-format';

/**
 * `Get-CimInstance` / `Get-WmiObject` for the classes the Autopilot troubleshooting steps read,
 * from the device's live WMI (wmi-facts.ts), in Windows PowerShell 5.1's default views: the
 * classes with a table view in the CIM cmdlets print a table, the others a list.
 */

const str = (v: unknown): string =>
  typeof v === 'boolean'
    ? v
      ? 'True'
      : 'False'
    : typeof v === 'string' || typeof v === 'number'
      ? String(v)
      : Array.isArray(v)
        ? `{${v.map(str).join(', ')}}`
        : '';

interface View {
  kind: 'list' | 'table';
  properties: string[];
}

/** The default property sets (types.ps1xml DefaultDisplayPropertySet / the CIM table views). */
const VIEWS: Readonly<Record<string, { cim: View; wmi: View }>> = {
  WIN32_BIOS: {
    cim: { kind: 'list', properties: ['SMBIOSBIOSVersion', 'Manufacturer', 'Name', 'SerialNumber', 'Version'] },
    wmi: { kind: 'list', properties: ['SMBIOSBIOSVersion', 'Manufacturer', 'Name', 'SerialNumber', 'Version'] },
  },
  WIN32_COMPUTERSYSTEM: {
    cim: {
      kind: 'table',
      properties: ['Name', 'PrimaryOwnerName', 'Domain', 'TotalPhysicalMemory', 'Model', 'Manufacturer'],
    },
    wmi: {
      kind: 'list',
      properties: ['Domain', 'Manufacturer', 'Model', 'Name', 'PrimaryOwnerName', 'TotalPhysicalMemory'],
    },
  },
  WIN32_COMPUTERSYSTEMPRODUCT: {
    cim: { kind: 'table', properties: ['IdentifyingNumber', 'Name', 'Vendor', 'Version', 'Caption'] },
    wmi: { kind: 'list', properties: ['IdentifyingNumber', 'Name', 'Vendor', 'Version', 'Caption'] },
  },
};

/** Properties WMI has that the device model does not keep as fields (fixed on a fresh OOBE device). */
function withFixed(className: string, instance: Record<string, unknown>): Record<string, unknown> {
  const upper = className.toUpperCase();
  if (upper === 'WIN32_COMPUTERSYSTEM') return { PrimaryOwnerName: '', ...instance };
  if (upper === 'WIN32_COMPUTERSYSTEMPRODUCT') return { ...instance, Caption: 'Computer System Product' };
  return instance;
}

/** One WMI query as the cmdlet prints it, or its error record (Invalid class / namespace). */
export function cimQuery(
  state: DeviceState,
  cmdlet: 'Get-CimInstance' | 'Get-WmiObject',
  line: string,
  className: string | undefined,
  namespace = CIMV2_NAMESPACE,
): CommandOutput {
  const cim = cmdlet === 'Get-CimInstance';
  if (!className)
    return fail(
      psErrorRecord(
        cmdlet,
        cim
          ? 'Cannot process command because of one or more missing mandatory parameters: ClassName.'
          : 'Cannot process command because of one or more missing mandatory parameters: Class.',
        line,
        `InvalidArgument: (:) [${cmdlet}], ParameterBindingException`,
        `MissingMandatoryParameter,${cim ? 'Microsoft.Management.Infrastructure.CimCmdlets.GetCimInstanceCommand' : 'Microsoft.PowerShell.Commands.GetWmiObjectCommand'}`,
      ),
    );
  const found = queryWmi(liveWmi(state), className, namespace);
  if (found === null) {
    const nsMissing = !namespaceExists(state, namespace);
    const what = nsMissing ? 'Invalid namespace' : 'Invalid class';
    return fail(
      cim
        ? psErrorRecord(
            cmdlet,
            `${what} `,
            line,
            `MetadataError: (${namespace}:${className}:String) [Get-CimInstance], CimException`,
            `HRESULT ${nsMissing ? '0x8004100e' : '0x80041010'},Microsoft.Management.Infrastructure.CimCmdlets.GetCimInstanceCommand`,
          )
        : psErrorRecord(
            cmdlet,
            nsMissing ? 'Invalid namespace "' + namespace + '"' : `Invalid class "${className}"`,
            line,
            `${nsMissing ? 'InvalidArgument' : 'InvalidType'}: (:) [Get-WmiObject], ManagementException`,
            'GetWMIManagementException,Microsoft.PowerShell.Commands.GetWmiObjectCommand',
          ),
    );
  }
  const upper = className.toUpperCase();
  const instances = found.map((i) => withFixed(className, i as Record<string, unknown>));
  const all = instances.map((i): Row[] => [
    ...Object.entries(i).map(([k, v]): Row => [k, str(v)]),
    ['PSComputerName', ''],
  ]);
  const view = VIEWS[upper]?.[cim ? 'cim' : 'wmi'];
  // The list view of `| Format-List` is the default property set, or every property without one.
  const listSet = VIEWS[upper]?.wmi.properties;
  const objects = instances.map((i, n) => ({
    display: listSet ? listSet.map((p): Row => [p, str(i[p])]) : all[n]!,
    all: all[n]!,
  }));
  // No view of its own (Win32_Tpm): every property, then PSComputerName, as a list.
  if (!view) return { ...ok(listView(all)), objects };
  if (view.kind === 'table')
    return {
      ...ok(
        tableView(
          view.properties.map((p) => ({ header: p })),
          instances.map((i) => view.properties.map((p) => str(i[p]))),
        ),
      ),
      objects,
    };
  return { ...ok(listView(instances.map((i) => view.properties.map((p): Row => [p, str(i[p])])))), objects };
}

function namespaceExists(state: DeviceState, namespace: string): boolean {
  const ns = namespace.replace(/\//g, '\\').toUpperCase();
  return Object.keys(liveWmi(state)).some((k) => k.toUpperCase() === ns);
}
