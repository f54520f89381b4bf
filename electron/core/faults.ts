import type { Fault } from '../../shared/faults';
import { schedule } from './clock/virtual-clock';
import { after, timeline, type Ctx } from './context';
import { DeviceError } from './device-core';
import { hasInternet } from './network/connectivity';
import { startProfileDownload } from './oobe/profile-download';
import { TIMINGS } from './oobe/timings';
import { devicePrepConnectivityChanged } from './device-prep/dp-engine';
import { selfDeploying } from './self-deploying/sd-mode';
import { intuneSync, queueRemoteReset } from './reset/remote-reset';
import { firePreprovisionFault } from './preprovision/preprovision-faults';
import { planRoutesChanged } from './plan/plan-runner';
import { changeTenant } from './network/cloud-link';
import { logOnUser, logOffUser, workloadMoved } from './comgmt/auto-enroll/auto-enroll';
import { fireAppFault, removeUsbDrives } from './trainer/catalogue-faults';
import { fireCmgFault } from './trainer/cmg-fault';
import { fireScriptFault } from './trainer/script-fault';

/** Applies a fault to the running device; its effects follow from the emulated hardware and network. */
export function fireFault(ctx: Ctx, fault: Fault): void {
  const { state } = ctx;
  const net = state.network;
  switch (fault.kind) {
    case 'network.cable':
      if (!state.setup.device.network.ethernet.present) throw new DeviceError('This device has no Ethernet adapter.');
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
    case 'network.domain-controller':
      net.domainControllerReachable = fault.reachable;
      timeline(ctx, 'fault', fault.reachable ? 'Domain controller reachable' : 'Domain controller unreachable');
      break;
    case 'clock.drift':
      state.clockDriftMs = fault.driftMs;
      timeline(ctx, 'fault', `Firmware clock drift set to ${Math.round(fault.driftMs / 1000)} s`);
      break;
    case 'device-prep.known-issue':
      if (!state.devicePrepIssues.includes(fault.issue))
        state.devicePrepIssues = [...state.devicePrepIssues, fault.issue];
      timeline(ctx, 'fault', `Device preparation known issue armed: ${fault.issue}`);
      break;
    case 'intune.autopilot-reset':
      // An Intune action on an enrolled device: no profile download follows it.
      queueRemoteReset(ctx);
      return;
    case 'intune.sync':
      intuneSync(ctx);
      return;
    case 'kiosk.autologon-issue': {
      const sd = selfDeploying(state);
      if (!sd.kioskIssues.includes(fault.issue)) sd.kioskIssues = [...sd.kioskIssues, fault.issue];
      timeline(ctx, 'fault', `Kiosk autologon problem armed: ${fault.issue}`);
      break;
    }
    case 'tenant.profile-name':
    case 'tenant.assign-user':
    case 'tenant.one-time-limit':
    case 'tenant.entra-device-deleted':
    case 'preprovision.caveat':
      firePreprovisionFault(ctx, fault);
      return;
    case 'configmgr.workload':
      timeline(
        ctx,
        'fault',
        changeTenant(ctx.cloud, { kind: 'configmgr.workload', workload: fault.workload, authority: fault.authority }),
      );
      workloadMoved(ctx);
      return;
    case 'comgmt.logon':
      if (state.power !== 'on') throw new DeviceError('The device is switched off: nobody can log on.');
      logOnUser(ctx, fault.user);
      return;
    case 'comgmt.logoff':
      if (state.power !== 'on') throw new DeviceError('The device is switched off: nobody is logged on.');
      if (!logOffUser(ctx)) throw new DeviceError('Nobody is logged on at the desktop to sign out.');
      return;
    case 'esp.app':
      fireAppFault(ctx, fault);
      return;
    case 'device-prep.script':
      fireScriptFault(ctx, fault);
      return;
    case 'configmgr.cmg':
      fireCmgFault(ctx, fault);
      break;
    case 'usb.remove':
      removeUsbDrives(ctx);
      return;
    case 'tpm.fault':
      if (state.setup.device.tpm.presence === 'absent') throw new DeviceError('This device has no TPM.');
      state.tpmFault = fault.fault;
      timeline(ctx, 'fault', `TPM fault: ${fault.fault}`);
      break;
  }
  if (state.power === 'on' && hasInternet(state)) startProfileDownload(ctx);
  if (state.power === 'on') devicePrepConnectivityChanged(ctx);
  if (state.power === 'on') planRoutesChanged(ctx);
}

/** Fires one of the scenario's faults by id (each fires once; a manual one may be fired by a trainer or the script). */
export function fireScenarioFault(ctx: Ctx, id: string): void {
  const fault = ctx.state.setup.faults.find((f) => f.id === id);
  if (!fault) throw new DeviceError(`This scenario has no fault "${id}".`);
  if (ctx.state.firedFaults.includes(id)) return;
  ctx.state.firedFaults = [...ctx.state.firedFaults, id];
  timeline(ctx, 'fault', `Scenario fault "${fault.label}"`);
  fireFault(ctx, fault.effect);
}

/** Puts the scenario's timed faults on the clock (they fire at their virtual time, across restarts). */
export function scheduleTimedFaults(ctx: Ctx): void {
  for (const fault of ctx.state.setup.faults) {
    if (fault.trigger.kind === 'at') {
      schedule(ctx.state.clock, fault.trigger.atMs, { type: 'scenario-fault', boot: 0, faultId: fault.id });
    }
  }
}

/** Fires the faults waiting for a screen, the first time it shows. */
export function fireScreenFaults(ctx: Ctx, screen: string): void {
  for (const fault of ctx.state.setup.faults) {
    if (fault.trigger.kind === 'on-screen' && fault.trigger.screen === screen) fireScenarioFault(ctx, fault.id);
  }
}
