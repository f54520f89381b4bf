import type { Fault } from '../../shared/faults';
import { after, timeline, type Ctx } from './context';
import { DeviceError } from './device-core';
import { hasInternet } from './network/connectivity';
import { startProfileDownload } from './oobe/profile-download';
import { TIMINGS } from './oobe/timings';

/** Applies a fault to the running device; its effects follow from the emulated hardware and network. */
export function fireFault(ctx: Ctx, fault: Fault): void {
  const { state } = ctx;
  const net = state.network;
  switch (fault.kind) {
    case 'network.cable':
      if (!state.setup.network.ethernet.present) throw new DeviceError('This device has no Ethernet adapter.');
      net.cableConnected = fault.connected;
      if (fault.connected) {
        if (state.power === 'on') after(ctx, TIMINGS.dhcpMs, { type: 'link-up', medium: 'ethernet' });
      } else {
        net.ethernetIpv4 = null;
      }
      timeline(ctx, 'fault', fault.connected ? 'Ethernet cable plugged in' : 'Ethernet cable unplugged');
      break;
    case 'network.internet':
      net.uplink = fault.available;
      timeline(ctx, 'fault', fault.available ? 'Upstream internet restored' : 'Upstream internet lost');
      break;
    case 'network.endpoint': {
      const others = net.blockedEndpoints.filter((e) => e !== fault.endpoint);
      net.blockedEndpoints = fault.reachable ? others : [...others, fault.endpoint];
      timeline(ctx, 'fault', `${fault.endpoint} ${fault.reachable ? 'reachable again' : 'cut'}`);
      break;
    }
    case 'clock.drift':
      state.clockDriftMs = fault.driftMs;
      timeline(ctx, 'fault', `Firmware clock drift set to ${Math.round(fault.driftMs / 1000)} s`);
      break;
    case 'tpm.fault':
      if (state.setup.tpm.presence === 'absent') throw new DeviceError('This device has no TPM.');
      state.tpmFault = fault.fault;
      timeline(ctx, 'fault', `TPM fault: ${fault.fault}`);
      break;
  }
  if (state.power === 'on' && hasInternet(state)) startProfileDownload(ctx);
}
