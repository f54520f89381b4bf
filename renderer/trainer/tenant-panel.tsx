import { useId, useState } from 'react';
import type { TenantChange } from '../../shared/tenant-commands';
import { useCommands } from '../state/commands';
import { ActionRow } from './tenant/action-row';
import { CsvImport } from './tenant/csv-import';
import { COMANAGEMENT_FIELDS, DEVICE_PREPARATION_FIELDS, ESP_FIELDS, PROFILE_FIELDS } from './tenant/setting-fields';
import { SettingsForm } from './tenant/settings-form';
import { WorkloadSwitch } from './tenant/workload-switch';

/**
 * The admin side a trainee fixes (tenant.change): each change lands in the simulated tenant at once,
 * and the device sees it at its next request (a retry, Refresh, a restart), as Windows would.
 * A refused change (an unknown user, a bad CSV line) shows in the console's failure banner.
 */
export function TenantPanel({ serialNumber, onChanged }: { serialNumber: string | null; onChanged: () => void }) {
  const { run } = useCommands();
  const [message, setMessage] = useState<string | null>(null);
  const policyId = useId();
  const [policy, setPolicy] = useState('');
  const change = async (c: TenantChange) => {
    const result = await run('tenant.change', { change: c });
    if (result) setMessage(result.message);
    onChanged();
  };
  const serial = serialNumber ?? '';
  const hasDevice = serialNumber !== null && serialNumber !== '';
  return (
    <section className="trainer-panel" aria-labelledby="trainer-tenant-title">
      <h2 id="trainer-tenant-title" className="side-section__title">
        Tenant
      </h2>
      <p className="side-section__note">Admin changes; the device sees each at its next service call.</p>
      <ActionRow
        hasDevice={hasDevice}
        field={{ label: 'User (UPN)', placeholder: 'user@contoso.com' }}
        actions={[
          { label: 'Assign licence', onClick: (upn) => void change({ kind: 'licence.assign', upn }) },
          { label: 'Remove licence', onClick: (upn) => void change({ kind: 'licence.remove', upn }) },
        ]}
      />
      <ActionRow
        hasDevice={hasDevice}
        actions={[
          {
            label: 'Assign profile',
            needsDevice: true,
            onClick: () => void change({ kind: 'autopilot.assign-profile', serialNumber: serial }),
          },
          {
            label: 'Delete Autopilot record',
            needsDevice: true,
            onClick: () => void change({ kind: 'autopilot.delete-record', serialNumber: serial }),
          },
          {
            label: 'Delete Entra device',
            needsDevice: true,
            onClick: () => void change({ kind: 'entra.delete-device', serialNumber: serial }),
          },
        ]}
      />
      <ActionRow
        hasDevice={hasDevice}
        field={{ label: 'Group', placeholder: 'group name' }}
        actions={[
          {
            label: 'Add device to group',
            needsDevice: true,
            onClick: (group) => void change({ kind: 'group.add-member', group, member: serial }),
          },
        ]}
      />
      <ActionRow
        hasDevice={hasDevice}
        actions={[
          { label: 'Grant OU permissions', onClick: () => void change({ kind: 'connector.grant-ou-rights' }) },
          {
            label: 'ESP: allow use on error',
            onClick: () => void change({ kind: 'esp.edit', settings: { allowUseOnError: true } }),
          },
        ]}
      />
      <CsvImport onImport={(csv) => void change({ kind: 'autopilot.import', csv })} />
      <SettingsForm
        title="Deployment profile"
        fields={PROFILE_FIELDS}
        onSave={(s) => void change({ kind: 'profile.edit', settings: s })}
      />
      <SettingsForm
        title="Enrollment Status Page"
        fields={ESP_FIELDS}
        onSave={(s) => void change({ kind: 'esp.edit', settings: s })}
      />
      <SettingsForm
        title="Device preparation policy"
        fields={DEVICE_PREPARATION_FIELDS}
        onSave={(s) =>
          void change({
            kind: 'device-preparation.edit',
            policy,
            settings: s,
          })
        }
      >
        <div className="trainer-row">
          <label htmlFor={policyId}>Policy name</label>
          <input id={policyId} value={policy} onChange={(e) => setPolicy(e.target.value)} placeholder="policy name" />
        </div>
      </SettingsForm>
      <SettingsForm
        title="Co-management settings"
        fields={COMANAGEMENT_FIELDS}
        onSave={(s) => void change({ kind: 'comanagement.edit', settings: s })}
      />
      <WorkloadSwitch onSwitch={(c) => void change(c)} />
      {message ? (
        <p className="side-section__note" role="status">
          {message}
        </p>
      ) : null}
    </section>
  );
}
