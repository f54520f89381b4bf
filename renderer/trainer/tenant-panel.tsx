import { useId, useState } from 'react';
import type { TenantChange } from '../../shared/tenant-commands';
import { useCommands } from '../state/commands';

/**
 * The admin side a trainee fixes (tenant.change): each change lands in the simulated tenant at once,
 * and the device sees it at its next request (a retry, Refresh, a restart), as Windows would.
 */
export function TenantPanel({ serialNumber, onChanged }: { serialNumber: string | null; onChanged: () => void }) {
  const { run } = useCommands();
  const [upn, setUpn] = useState('');
  const [group, setGroup] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const upnId = useId();
  const groupId = useId();
  const change = async (c: TenantChange) => {
    const result = await run('tenant.change', { change: c });
    if (result) setMessage(result.message);
    onChanged();
  };
  const serial = serialNumber ?? '';
  const noDevice = !serialNumber;
  return (
    <section className="trainer-panel" aria-labelledby="trainer-tenant-title">
      <h2 id="trainer-tenant-title" className="side-section__title">
        Tenant
      </h2>
      <p className="side-section__note">Admin changes; the device sees each at its next service call.</p>
      <div className="trainer-row">
        <label htmlFor={upnId}>User (UPN)</label>
        <input id={upnId} value={upn} onChange={(e) => setUpn(e.target.value)} placeholder="user@contoso.com" />
        <button
          type="button"
          className="chrome-button"
          disabled={!upn}
          onClick={() => void change({ kind: 'licence.assign', upn })}
        >
          Assign licence
        </button>
        <button
          type="button"
          className="chrome-button"
          disabled={!upn}
          onClick={() => void change({ kind: 'licence.remove', upn })}
        >
          Remove licence
        </button>
      </div>
      <div className="trainer-row">
        <button
          type="button"
          className="chrome-button"
          disabled={noDevice}
          onClick={() => void change({ kind: 'autopilot.assign-profile', serialNumber: serial })}
        >
          Assign profile
        </button>
        <button
          type="button"
          className="chrome-button"
          disabled={noDevice}
          onClick={() => void change({ kind: 'autopilot.delete-record', serialNumber: serial })}
        >
          Delete Autopilot record
        </button>
        <button
          type="button"
          className="chrome-button"
          disabled={noDevice}
          onClick={() => void change({ kind: 'entra.delete-device', serialNumber: serial })}
        >
          Delete Entra device
        </button>
      </div>
      <div className="trainer-row">
        <label htmlFor={groupId}>Group</label>
        <input id={groupId} value={group} onChange={(e) => setGroup(e.target.value)} placeholder="group name" />
        <button
          type="button"
          className="chrome-button"
          disabled={!group || noDevice}
          onClick={() => void change({ kind: 'group.add-member', group, member: serial })}
        >
          Add device to group
        </button>
      </div>
      <div className="trainer-row">
        <button
          type="button"
          className="chrome-button"
          onClick={() => void change({ kind: 'connector.grant-ou-rights' })}
        >
          Grant OU permissions
        </button>
        <button
          type="button"
          className="chrome-button"
          onClick={() => void change({ kind: 'esp.edit', settings: { allowUseOnError: true } })}
        >
          ESP: allow use on error
        </button>
      </div>
      {message ? (
        <p className="side-section__note" role="status">
          {message}
        </p>
      ) : null}
    </section>
  );
}
