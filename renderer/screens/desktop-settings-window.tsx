import {
  ArrowLeft20Regular,
  Briefcase24Regular,
  ChevronRight20Regular,
  ChevronUp20Regular,
  Dismiss16Regular,
  Settings20Regular,
  Square16Regular,
  Subtract16Regular,
} from '@fluentui/react-icons';
import { useId } from 'react';
import type { DesktopView, WorkAccountView } from '../../shared/snapshot';
import { ENROLLMENT_STRINGS, format } from '../../shared/strings-enrollment';
import { useCommands } from '../state/commands';
import { WorkAccountInfo } from './reset/work-account-info';
import { SettingsAccountsPage, SettingsNav, SettingsSystemPage } from './desktop-settings-pages';
import { initials } from './user-initials';

const D = ENROLLMENT_STRINGS.desktop;
const NO_ACCOUNT = 'No work or school account is connected to this device.'; // [UNVERIFIED] simulator wording

/** "Connected to Contoso's Microsoft Entra ID", or for a hybrid-joined device the AD domain line. */
function connectedLine(account: WorkAccountView): string {
  // The view carries no NetBIOS domain name, so the organization's name stands in for it.
  if (account.joinType === 'Microsoft Entra hybrid joined')
    return format(D.connectedToDomain, account.organizationName);
  return format(D.connectedTo, `${account.organizationName}'s`);
}

/** The work account's entry, shown expanded: its line, then Info and Disconnect (inert here). */
function AccountEntry({ account }: { account: WorkAccountView }) {
  const { click } = useCommands();
  const titleId = useId();
  return (
    <section className="settings-entry" aria-labelledby={titleId}>
      <div className="settings-entry__head">
        <Briefcase24Regular className="settings-entry__icon" aria-hidden="true" />
        <div className="settings-entry__text">
          <h2 id={titleId} className="settings-entry__title">
            {D.workOrSchoolAccount}
          </h2>
          <p className="settings-entry__secondary">{account.upn}</p>
        </div>
        <ChevronUp20Regular className="settings-entry__chevron" aria-hidden="true" />
      </div>
      <div className="settings-entry__body">
        <p>{connectedLine(account)}</p>
        <div className="settings-entry__buttons">
          {account.mdmEnrolled ? (
            <button type="button" className="settings-button" onClick={() => click('open-work-account-info')}>
              {D.info}
            </button>
          ) : null}
          <button type="button" className="settings-button">
            {D.disconnect}
          </button>
        </div>
      </div>
    </section>
  );
}

/** Accounts > Access work or school: the work account's entry, or its Info page. */
function AccessWorkOrSchoolPage({ view }: { view: DesktopView }) {
  const { click } = useCommands();
  return (
    <div className="settings-page__content" data-screen="access-work-school">
      <h1 className="settings-page__title">
        <button type="button" className="settings-page__crumb" onClick={() => click('settings-nav-accounts')}>
          {D.accounts}
        </button>
        <ChevronRight20Regular className="settings-page__chevron" aria-hidden="true" />
        <span>{D.accessWorkOrSchool}</span>
      </h1>
      {view.window === 'work-account-info' && view.management ? (
        <WorkAccountInfo management={view.management} />
      ) : view.workAccount ? (
        <AccountEntry account={view.workAccount} />
      ) : (
        <p>{NO_ACCOUNT}</p>
      )}
    </div>
  );
}

/**
 * The Settings app: the signed-in user and the categories on the left; System (where Settings
 * opens from Start), Accounts, or Accounts > Access work or school (the place a technician checks a
 * device's join, and the taskbar's pinned Settings goes straight to) on the right.
 */
export function SettingsWindow({ view }: { view: DesktopView }) {
  const { click } = useCommands();
  const titleId = useId();
  return (
    <section className="settings-window" aria-labelledby={titleId}>
      <header className="settings-window__bar">
        <ArrowLeft20Regular className="settings-window__back" aria-hidden="true" />
        <Settings20Regular className="settings-window__app" aria-hidden="true" />
        <span id={titleId} className="settings-window__title">
          {D.settings}
        </span>
        <span className="settings-window__control" aria-hidden="true">
          <Subtract16Regular />
        </span>
        <span className="settings-window__control" aria-hidden="true">
          <Square16Regular />
        </span>
        <button
          type="button"
          className="settings-window__control settings-window__close"
          aria-label={D.close}
          title={D.close}
          onClick={() => click('close-settings')}
        >
          <Dismiss16Regular />
        </button>
      </header>
      <div className="settings-window__body">
        <nav className="settings-nav" aria-label={D.settings}>
          <div className="settings-user">
            <span className="settings-user__picture" aria-hidden="true">
              {initials(view.userDisplayName)}
            </span>
            <span className="settings-user__text">
              <span className="settings-user__name">{view.userDisplayName}</span>
              <span className="settings-user__upn">{view.userPrincipalName}</span>
            </span>
          </div>
          <SettingsNav window={view.window} />
        </nav>
        <div className="settings-page">
          {view.window === 'settings-system' ? (
            <SettingsSystemPage computerName={view.computerName} />
          ) : view.window === 'settings-accounts' ? (
            <SettingsAccountsPage />
          ) : (
            <AccessWorkOrSchoolPage view={view} />
          )}
        </div>
      </div>
    </section>
  );
}
