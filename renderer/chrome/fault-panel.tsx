import { CatalogueFaults } from './fault-panel-catalogue';
import { useId, useState } from 'react';
import type { Fault } from '../../shared/faults';
// The lists shared/device-setup.ts re-exports, taken from their own small modules so the
// renderer doesn't bundle the whole scenario schema.
import { TPM_FAULTS, type TpmFault } from '../../shared/scenario/hardware-constants';
import { SERVICE_ENDPOINTS, type ServiceEndpoint } from '../../shared/scenario/network-constants';
import type { DeviceSnapshot, FaultView } from '../../shared/snapshot';
import { useCommands } from '../state/commands';
import { Control, FaultButton, FaultSelect } from './fault-control';
import { OrganizationFaults } from './fault-panel-organization';
import { ComanagementFaults } from './fault-panel-comgmt';
import { formatDrift } from './format';

const HOUR_MS = 3_600_000;

/** What each TPM fault is, as a trainer reads it (the id, as scenario files write it, is the tooltip). */
const TPM_FAULT_LABELS: Record<TpmFault, string> = {
  none: 'No fault',
  'attestation-timeout': 'Attestation times out',
  'max-attestation-retry-exceeded': 'Attestation retries exhausted',
  'kb5013943-missing': 'Windows update KB5013943 missing',
  'vulnerable-firmware': 'Vulnerable TPM firmware',
  'amd-ftpm-element-not-found': 'AMD firmware TPM: element not found',
};

const TRIGGERS: Record<FaultView['trigger'], string> = {
  manual: 'manual',
  'on-screen': 'on a screen',
  at: 'at a set time',
};

/** The scenario's own faults: label, trigger, fired or not, and Fire for the manual ones. */
function ScenarioFaults({ faults }: { faults: FaultView[] }) {
  const { run } = useCommands();
  if (faults.length === 0) return null;
  return (
    <>
      <h3 className="side-section__subtitle">From the scenario</h3>
      <ul className="fault-list" aria-label="Scenario faults">
        {faults.map((fault) => (
          <ScenarioFault key={fault.id} fault={fault} onFire={() => void run('fault.fire', { id: fault.id })} />
        ))}
      </ul>
    </>
  );
}

function ScenarioFault({ fault, onFire }: { fault: FaultView; onFire: () => void }) {
  const labelId = useId();
  return (
    <li className="fault-list__item" aria-labelledby={labelId} data-fault={fault.id}>
      <div className="fault-list__text">
        <span id={labelId} className="fault-list__label" title={fault.id}>
          {fault.label}
        </span>
        <span className="fault-list__meta">
          <span className="chrome-badge">{TRIGGERS[fault.trigger]}</span>
          <span className={fault.fired ? 'chrome-badge chrome-badge--brand' : 'chrome-badge'}>
            {fault.fired ? 'fired' : 'not fired'}
          </span>
        </span>
      </div>
      {fault.trigger === 'manual' ? (
        <button
          type="button"
          className="chrome-button"
          disabled={fault.fired}
          aria-describedby={labelId}
          onClick={onFire}
        >
          Fire
        </button>
      ) : null}
    </li>
  );
}

/**
 * The trainer's fault panel (mounted afresh for each new device, so no choice of a previous scenario lingers): the scenario's faults, and ad-hoc faults fired at the running device
 * (cable, upstream internet, one service endpoint, the firmware clock, the TPM, Intune's actions,
 * the organization's side: assigned user, profile name, domain controller, kiosk autologon; and co-management:
 * a workload's slider, another user signing on). The device shows
 * their effects; nothing here changes the screen directly.
 */
export function FaultPanel({ snapshot }: { snapshot: DeviceSnapshot | null }) {
  const { run } = useCommands();
  const [endpoint, setEndpoint] = useState<ServiceEndpoint>(SERVICE_ENDPOINTS[0]);
  const [tpmFault, setTpmFault] = useState<TpmFault>(TPM_FAULTS[1] ?? 'none');
  const endpointId = useId();
  const tpmId = useId();
  const info = snapshot?.info ?? null;
  const disabled = !snapshot;
  const fire = (fault: Fault) => void run('fault.fire', { fault });

  const ethernet = info?.adapters.find((a) => a.kind === 'ethernet') ?? null;
  const blocked = info?.blockedEndpoints ?? [];
  const endpointCut = blocked.includes(endpoint);
  const drift = info?.clockDriftMs ?? 0;

  return (
    <section className="side-section faults" aria-labelledby="fault-panel-title">
      <h2 id="fault-panel-title" className="side-section__title">
        Faults
      </h2>
      <p className="side-section__note">Fire faults at the running device, as a trainer would.</p>
      <ScenarioFaults faults={snapshot?.faults ?? []} />
      <h3 className="side-section__subtitle">Ad hoc</h3>
      {info && !ethernet ? null : (
        <Control label="Ethernet cable" status={ethernet ? (ethernet.linkUp ? 'link up' : 'link down') : undefined}>
          <FaultButton disabled={disabled} onClick={() => fire({ kind: 'network.cable', connected: true })}>
            Plug in cable
          </FaultButton>
          <FaultButton disabled={disabled} onClick={() => fire({ kind: 'network.cable', connected: false })}>
            Unplug cable
          </FaultButton>
        </Control>
      )}
      <Control
        label="Upstream internet"
        status={info ? (info.internet ? 'device online' : 'device offline') : undefined}
      >
        <FaultButton disabled={disabled} onClick={() => fire({ kind: 'network.internet', available: false })}>
          Cut internet
        </FaultButton>
        <FaultButton disabled={disabled} onClick={() => fire({ kind: 'network.internet', available: true })}>
          Restore internet
        </FaultButton>
      </Control>
      <Control
        label="Service endpoint"
        htmlFor={endpointId}
        status={blocked.length > 0 ? `${blocked.length} cut` : 'all reachable'}
      >
        <FaultSelect
          id={endpointId}
          value={endpoint}
          options={SERVICE_ENDPOINTS}
          labelOf={(name) => (blocked.includes(name) ? `${name} (cut)` : name)}
          onChange={setEndpoint}
        />
        <FaultButton
          disabled={disabled || endpointCut}
          onClick={() => fire({ kind: 'network.endpoint', endpoint, reachable: false })}
        >
          Cut endpoint
        </FaultButton>
        <FaultButton
          disabled={disabled || !endpointCut}
          onClick={() => fire({ kind: 'network.endpoint', endpoint, reachable: true })}
        >
          Restore endpoint
        </FaultButton>
      </Control>
      <Control label="Firmware clock drift" status={formatDrift(drift)}>
        <FaultButton disabled={disabled} onClick={() => fire({ kind: 'clock.drift', driftMs: drift - HOUR_MS })}>
          −1 hour
        </FaultButton>
        <FaultButton disabled={disabled} onClick={() => fire({ kind: 'clock.drift', driftMs: drift + HOUR_MS })}>
          +1 hour
        </FaultButton>
        <FaultButton disabled={disabled || drift === 0} onClick={() => fire({ kind: 'clock.drift', driftMs: 0 })}>
          No drift
        </FaultButton>
      </Control>
      <Control label="TPM fault" htmlFor={tpmId}>
        <FaultSelect
          id={tpmId}
          value={tpmFault}
          options={TPM_FAULTS}
          labelOf={(fault) => TPM_FAULT_LABELS[fault]}
          onChange={setTpmFault}
        />
        <FaultButton disabled={disabled} onClick={() => fire({ kind: 'tpm.fault', fault: tpmFault })}>
          Set TPM fault
        </FaultButton>
      </Control>
      <Control label="Intune device actions">
        {/* Devices > Windows > the device > "Autopilot Reset" / "Sync" (the reset waits for the next check-in). */}
        <FaultButton disabled={disabled} onClick={() => fire({ kind: 'intune.autopilot-reset' })}>
          Autopilot Reset
        </FaultButton>
        <FaultButton disabled={disabled} onClick={() => fire({ kind: 'intune.sync' })}>
          Sync
        </FaultButton>
      </Control>
      <OrganizationFaults disabled={disabled} fire={fire} />
      <ComanagementFaults disabled={disabled} fire={fire} />
      <CatalogueFaults disabled={disabled} fire={fire} />
    </section>
  );
}
