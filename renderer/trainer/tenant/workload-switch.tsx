import { useId, useState } from 'react';
import { WORKLOAD_NAMES } from '../../../shared/comgmt-workload-names';
import type { TenantChange } from '../../../shared/tenant-commands';

type WorkloadChange = Extract<TenantChange, { kind: 'configmgr.workload' }>;

/** The console's slider positions (002:141-145). */
const AUTHORITIES: readonly (readonly [WorkloadChange['authority'], string])[] = [
  ['configmgr', 'Configuration Manager'],
  ['pilot-intune', 'Pilot Intune'],
  ['intune', 'Intune'],
];

/** Configuration Manager console > co-management properties > Workloads: move one slider. */
export function WorkloadSwitch({ onSwitch }: { onSwitch: (change: WorkloadChange) => void }) {
  const workloadId = useId();
  const authorityId = useId();
  const [workload, setWorkload] = useState<WorkloadChange['workload']>('compliance-policies');
  const [authority, setAuthority] = useState<WorkloadChange['authority']>('intune');
  return (
    <div className="trainer-row">
      <label htmlFor={workloadId}>Workload</label>
      <select
        id={workloadId}
        value={workload}
        onChange={(e) => setWorkload(e.target.value as WorkloadChange['workload'])}
      >
        {Object.entries(WORKLOAD_NAMES).map(([key, name]) => (
          <option key={key} value={key}>
            {name}
          </option>
        ))}
      </select>
      <label htmlFor={authorityId}>to</label>
      <select
        id={authorityId}
        value={authority}
        onChange={(e) => setAuthority(e.target.value as WorkloadChange['authority'])}
      >
        {AUTHORITIES.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="chrome-button"
        onClick={() => onSwitch({ kind: 'configmgr.workload', workload, authority })}
      >
        Switch workload
      </button>
    </div>
  );
}
