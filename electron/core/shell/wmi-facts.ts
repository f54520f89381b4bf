import { buildWmi, type WmiView } from '../hardware/wmi';
import { ethernetUp } from '../network/connectivity';
import type { DeviceState } from '../state';

/**
 * The device's WMI as it is now: the setup's hardware plus the live computer name, domain and
 * link states. Win32_BaseBoard is added here (the mainboard's maker is the system's; its serial
 * is the system serial, as OEMs with one service tag report it).
 */
export function liveWmi(state: DeviceState): WmiView & { 'root\\cimv2': { Win32_BaseBoard: object[] } } {
  const domain = state.account.domainJoined ? state.setup.tenant.activeDirectory?.domain : undefined;
  const view = buildWmi(state.setup, state.identity, {
    computerName: state.computerName,
    ...(domain ? { domain } : {}),
    links: { ethernet: ethernetUp(state), wifi: state.network.connectedSsid !== null },
  });
  const smbios = state.setup.device.smbios;
  return {
    ...view,
    'root\\cimv2': {
      ...view['root\\cimv2'],
      Win32_BaseBoard: [
        {
          Manufacturer: smbios.manufacturer,
          Product: smbios.skuNumber,
          SerialNumber: state.identity.serialNumber,
          Version: smbios.biosVersion,
        },
      ],
    },
  };
}
