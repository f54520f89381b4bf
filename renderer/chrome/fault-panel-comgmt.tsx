import { useId, useState } from 'react';
import type { Fault } from '../../shared/faults';
import { WORKLOAD_AUTHORITY_NAMES, WORKLOAD_NAMES } from '../../shared/comgmt-workload-names';
import type { Workload } from '../../shared/scenario/config-manager';
import { Control, FaultButton, FaultSelect } from './fault-control';

const WORKLOAD_LIST = Object.keys(WORKLOAD_NAMES) as Workload[];

const AUTHORITY_LABELS = WORKLOAD_AUTHORITY_NAMES;
type Authority = keyof typeof AUTHORITY_LABELS;
const AUTHORITY_LIST = Object.keys(AUTHORITY_LABELS) as Authority[];

/**
 * Co-management from the trainer's side (seed 002): move a workload's slider in the Configuration
 * Manager console (the client's capabilities change when the new policy lands, 002:141-145), and
 * sign another user on at the desktop or the user out (the auto-enrollment tries again for each new
 * logon, 002:111).
 */
export function ComanagementFaults({ disabled, fire }: { disabled: boolean; fire: (fault: Fault) => void }) {
  const [workload, setWorkload] = useState<Workload>('compliance-policies');
  const [authority, setAuthority] = useState<Authority>('intune');
  const [user, setUser] = useState('');
  const workloadId = useId();
  const authorityId = useId();
  const userId = useId();
  return (
    <>
      <h3 className="side-section__subtitle">Co-management</h3>
      <Control label="Workload in the Configuration Manager console" htmlFor={workloadId}>
        <FaultSelect
          id={workloadId}
          value={workload}
          options={WORKLOAD_LIST}
          labelOf={(w) => WORKLOAD_NAMES[w]}
          onChange={setWorkload}
        />
      </Control>
      <Control label="Workload managed by" htmlFor={authorityId}>
        <FaultSelect
          id={authorityId}
          value={authority}
          options={AUTHORITY_LIST}
          labelOf={(a) => AUTHORITY_LABELS[a]}
          onChange={setAuthority}
        />
        <FaultButton disabled={disabled} onClick={() => fire({ kind: 'configmgr.workload', workload, authority })}>
          Move workload
        </FaultButton>
      </Control>
      <Control label="Sign on another user (UPN, DOMAIN\name or .\Administrator)" htmlFor={userId}>
        <input
          id={userId}
          className="chrome-input"
          type="text"
          placeholder="megan@contoso.com"
          value={user}
          onChange={(event) => setUser(event.target.value)}
        />
        <FaultButton
          disabled={disabled || user.trim() === ''}
          onClick={() => fire({ kind: 'comgmt.logon', user: user.trim() })}
        >
          Sign on user
        </FaultButton>
        <FaultButton disabled={disabled} onClick={() => fire({ kind: 'comgmt.logoff' })}>
          Sign out user
        </FaultButton>
      </Control>
    </>
  );
}
