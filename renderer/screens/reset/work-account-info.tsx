import { ArrowSync20Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { DesktopManagementView } from '../../../shared/snapshot';
import { RESET_STRINGS, fill } from '../../../shared/strings-reset';
import { useCommands } from '../../state/commands';
import './reset.css';

const T = RESET_STRINGS.settings;

function lastSyncText(iso: string | null): string {
  if (!iso) return T.neverSynced;
  const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
    new Date(iso),
  );
  return fill(T.lastSync, `${when} UTC`);
}

/**
 * Settings > Accounts > Access work or school > Managed by <organization> > Info: "Device sync status"
 * and "Sync" (001:10367–10371), the local way to make the device check in (a queued remote Autopilot
 * Reset then starts). After a reset it also lists the required apps installing at the desktop.
 */
export function WorkAccountInfo({ management }: { management: DesktopManagementView }) {
  const { click } = useCommands();
  const syncId = useId();
  const appsId = useId();
  return (
    <div className="work-info">
      <h2 className="work-info__title">{fill(T.managedBy, management.organizationName)}</h2>
      <section className="settings-entry" aria-labelledby={syncId}>
        <div className="work-info__section">
          <h3 id={syncId} className="settings-entry__title">
            {T.deviceSyncStatus}
          </h3>
          <p className="settings-entry__secondary" role="status">
            {lastSyncText(management.lastSync)}
          </p>
          <button type="button" className="settings-button work-info__sync" onClick={() => click('sync')}>
            <ArrowSync20Regular aria-hidden="true" />
            {T.sync}
          </button>
        </div>
      </section>
      {management.appsAfterReset.length ? (
        <section className="settings-entry" aria-labelledby={appsId}>
          <div className="work-info__section">
            <h3 id={appsId} className="settings-entry__title">
              {T.appsAfterReset}
            </h3>
            <ul className="work-info__apps">
              {management.appsAfterReset.map((app) => (
                <li key={app.name} className="work-info__app">
                  <span>{app.name}</span>
                  <span className={`work-info__state work-info__state--${app.state}`}>{T.appStates[app.state]}</span>
                </li>
              ))}
            </ul>
          </div>
        </section>
      ) : null}
    </div>
  );
}
