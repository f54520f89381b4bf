import { Dismiss16Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { ConfigMgrClientView } from '../../shared/snapshot';
import { useCommands } from '../state/commands';

// The applet's labels: "Co-management" and "Co-management capabilities" are documented (002:46, 002:135);
// the window title and the other labels are the simulator's wording. [UNVERIFIED]
const A = {
  title: 'Configuration Manager Properties',
  siteCode: 'Site code',
  clientId: 'Client ID',
  coManagement: 'Co-management',
  capabilities: 'Co-management capabilities',
  authority: 'Management authority',
  workloads: 'Workloads',
  workload: 'Workload',
  managedBy: 'Managed by',
  close: 'Close',
};

/** Control Panel > Configuration Manager: the client, its co-management state and the workloads per authority. */
export function ConfigMgrApplet({ client }: { client: ConfigMgrClientView }) {
  const { click } = useCommands();
  const titleId = useId();
  const rows: [string, string][] = [
    [A.siteCode, client.siteCode],
    [A.clientId, client.clientId ?? ''],
    [A.coManagement, client.coManagement],
    [A.capabilities, String(client.capabilities)],
    [A.authority, client.authority],
  ];
  return (
    <section
      className="settings-window configmgr-applet"
      data-screen="configmgr-applet"
      role="dialog"
      aria-labelledby={titleId}
    >
      <header className="settings-window__bar">
        <span id={titleId} className="settings-window__title">
          {A.title}
        </span>
        <button
          type="button"
          className="settings-window__control settings-window__close"
          aria-label={A.close}
          title={A.close}
          onClick={() => click('close-settings')}
        >
          <Dismiss16Regular />
        </button>
      </header>
      <div className="configmgr-applet__body">
        <dl className="configmgr-applet__facts">
          {rows.map(([name, value]) => (
            <div key={name} className="configmgr-applet__row">
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <table className="configmgr-applet__workloads" aria-label={A.workloads}>
          <thead>
            <tr>
              <th scope="col">{A.workload}</th>
              <th scope="col">{A.managedBy}</th>
            </tr>
          </thead>
          <tbody>
            {client.workloads.map((w) => (
              <tr key={w.name}>
                <td>{w.name}</td>
                <td>{w.managedBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
