import { CheckmarkCircle20Filled, Warning20Filled } from '@fluentui/react-icons';
import { useId } from 'react';
import type { DesktopView } from '../../shared/snapshot';
import { ENROLLMENT_STRINGS, format } from '../../shared/strings-enrollment';
import { SettingsWindow } from './desktop-settings-window';
import { ConfigMgrApplet } from './desktop-configmgr-applet';
import { Taskbar } from './desktop-taskbar';
import { StartMenu } from './desktop-start-menu';
import { Wallpaper } from './wallpaper';
import './desktop.css';
import './desktop-start.css';

// The welcome card is the simulator's summary drawn on the desktop, not a Windows surface.
const CARD = {
  welcome: 'Welcome, {0}', // [UNVERIFIED] simulator wording
  welcomeNoName: 'Welcome', // [UNVERIFIED] simulator wording
  ready: 'This device is set up and ready for work.', // [UNVERIFIED] simulator wording
  deviceName: 'Device name', // [UNVERIFIED] label as Settings > System > About names it; not in the strings
  joinType: 'Join type', // [UNVERIFIED] simulator wording
  signedInAs: 'Signed in as', // [UNVERIFIED] simulator wording
  incompleteTitle: "Setup didn't finish", // [UNVERIFIED] simulator wording
  // True for every way here: past a failed ESP or device preparation deployment, or an ESP still running.
  incomplete: 'The user chose “{0}” before setup finished. Some apps and settings might be missing.', // [UNVERIFIED] simulator wording
} as const;

/** The provisioning summary on the desktop: device name, join type, user, and whether setup finished. */
function WelcomeCard({ view }: { view: DesktopView }) {
  const titleId = useId();
  return (
    <section className="welcome-card" aria-labelledby={titleId}>
      <h1 id={titleId} className="welcome-card__title">
        {view.userDisplayName ? format(CARD.welcome, view.userDisplayName) : CARD.welcomeNoName}
      </h1>
      {view.provisioningIncomplete ? (
        <div className="welcome-card__warning" role="status">
          <Warning20Filled className="welcome-card__warning-icon" aria-hidden="true" />
          <div>
            <p className="welcome-card__warning-title">{CARD.incompleteTitle}</p>
            <p>{format(CARD.incomplete, ENROLLMENT_STRINGS.esp.continueAnyway)}</p>
          </div>
        </div>
      ) : (
        <p className="welcome-card__ready">
          <CheckmarkCircle20Filled className="welcome-card__ready-icon" aria-hidden="true" />
          {CARD.ready}
        </p>
      )}
      <dl className="welcome-card__facts">
        <div className="welcome-card__fact">
          <dt>{CARD.deviceName}</dt>
          <dd>{view.computerName}</dd>
        </div>
        <div className="welcome-card__fact">
          <dt>{CARD.joinType}</dt>
          <dd>{view.joinType}</dd>
        </div>
        <div className="welcome-card__fact">
          <dt>{CARD.signedInAs}</dt>
          <dd>
            {view.userDisplayName}
            {view.userPrincipalName && view.userPrincipalName !== view.userDisplayName ? (
              <span className="welcome-card__upn">{view.userPrincipalName}</span>
            ) : null}
          </dd>
        </div>
      </dl>
    </section>
  );
}

/**
 * The Windows desktop at the end of provisioning (user-driven.md §2 row 14): our own wallpaper,
 * the provisioning summary, the taskbar with Start and the notification area, the Start menu, and
 * Settings (System, Accounts, Accounts > Access work or school) when open.
 */
export function DesktopScreen({ view }: { view: DesktopView }) {
  const appletOpen = view.window === 'configmgr-applet' && view.configMgrClient !== undefined;
  const settingsOpen = view.window !== 'none' && view.window !== 'start-menu' && view.window !== 'configmgr-applet';
  return (
    <div className="desktop" data-screen="desktop" data-window={view.window}>
      <Wallpaper variant="desktop" />
      <div className="desktop__area">
        <WelcomeCard view={view} />
        {settingsOpen ? <SettingsWindow view={view} /> : null}
        {appletOpen && view.configMgrClient ? <ConfigMgrApplet client={view.configMgrClient} /> : null}
      </div>
      {view.window === 'start-menu' ? <StartMenu view={view} /> : null}
      <Taskbar view={view} />
    </div>
  );
}
