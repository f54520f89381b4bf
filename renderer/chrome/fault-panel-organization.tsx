import { useId, useState } from 'react';
import { KIOSK_AUTOLOGON_ISSUES, type KioskAutologonIssue } from '../../shared/fault-constants';
import type { Fault } from '../../shared/faults';
import { Control, FaultButton, FaultSelect } from './fault-control';

/** Plain names for the kiosk autologon problems (the ids are shared/faults.ts's, with their sources). */
const KIOSK_ISSUE_LABELS: Record<KioskAutologonIssue, string> = {
  'eas-policies': 'Exchange ActiveSync policies',
  'devicelock-policies': 'DeviceLock password policies',
  'january-2023-update': 'January 2023 update',
  'multiple-reboots': 'Several restarts during OOBE',
};

/**
 * Ad-hoc faults on the organization's side and the kiosk: what Intune changes about the device
 * (the pre-provisioning page shows it after "Refresh"), the domain controller answering or not,
 * and the documented reasons a kiosk does not sign in automatically.
 */
export function OrganizationFaults({ disabled, fire }: { disabled: boolean; fire: (fault: Fault) => void }) {
  const [upn, setUpn] = useState('');
  const [profileName, setProfileName] = useState('');
  const [kioskIssue, setKioskIssue] = useState<KioskAutologonIssue>(KIOSK_AUTOLOGON_ISSUES[0]);
  const upnId = useId();
  const profileId = useId();
  const kioskId = useId();
  return (
    <>
      <h3 className="side-section__subtitle">Organization and kiosk</h3>
      <Control label="Assigned user in Intune" htmlFor={upnId}>
        <input
          id={upnId}
          className="chrome-input"
          type="text"
          placeholder="user@contoso.com"
          value={upn}
          onChange={(event) => setUpn(event.target.value)}
        />
        <FaultButton
          disabled={disabled || upn.trim() === ''}
          onClick={() => fire({ kind: 'tenant.assign-user', upn: upn.trim() })}
        >
          Assign user
        </FaultButton>
        <FaultButton disabled={disabled} onClick={() => fire({ kind: 'tenant.assign-user', upn: null })}>
          Remove assigned user
        </FaultButton>
      </Control>
      <Control label="Autopilot profile name in Intune" htmlFor={profileId}>
        <input
          id={profileId}
          className="chrome-input"
          type="text"
          maxLength={256}
          value={profileName}
          onChange={(event) => setProfileName(event.target.value)}
        />
        <FaultButton
          disabled={disabled || profileName.trim() === ''}
          onClick={() => fire({ kind: 'tenant.profile-name', name: profileName.trim() })}
        >
          Rename profile
        </FaultButton>
      </Control>
      {/* Button names stay short; the group's label says what they cut and restore. */}
      <Control label="Domain controller">
        <FaultButton disabled={disabled} onClick={() => fire({ kind: 'network.domain-controller', reachable: false })}>
          Cut
        </FaultButton>
        <FaultButton disabled={disabled} onClick={() => fire({ kind: 'network.domain-controller', reachable: true })}>
          Restore
        </FaultButton>
      </Control>
      <Control label="Kiosk autologon problem" htmlFor={kioskId}>
        <FaultSelect
          id={kioskId}
          value={kioskIssue}
          options={KIOSK_AUTOLOGON_ISSUES}
          labelOf={(issue) => KIOSK_ISSUE_LABELS[issue]}
          onChange={setKioskIssue}
        />
        <FaultButton disabled={disabled} onClick={() => fire({ kind: 'kiosk.autologon-issue', issue: kioskIssue })}>
          Arm problem
        </FaultButton>
      </Control>
    </>
  );
}
