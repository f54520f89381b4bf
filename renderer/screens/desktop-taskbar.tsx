import {
  DesktopToolbox24Regular,
  LockClosed24Regular,
  Settings24Regular,
  Speaker220Regular,
  Wifi120Regular,
} from '@fluentui/react-icons';
import { RESET_STRINGS } from '../../shared/strings-reset';
import { ENROLLMENT_STRINGS } from '../../shared/strings-enrollment';
import { useCommands } from '../state/commands';

const D = ENROLLMENT_STRINGS.desktop;
const START = 'Start'; // [UNVERIFIED] the taskbar's start button name; not in the strings

/** The start button's glyph: our own two overlapping rounded shapes, not the Windows logo. */
function StartGlyph() {
  return (
    <svg className="taskbar__glyph" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle className="taskbar__glyph-back" cx="9" cy="9" r="6.5" />
      <rect className="taskbar__glyph-front" x="9.5" y="9.5" width="11" height="11" rx="3.5" />
    </svg>
  );
}

/**
 * The taskbar along the bottom: a start button (inert: the simulation has no start menu), the
 * Settings app (opens Accounts > Access work or school), and decorative tray icons.
 */
const CONFIGMGR = 'Configuration Manager'; // the Control Panel applet's name

export function Taskbar({
  settingsOpen,
  configMgr = false,
  appletOpen = false,
}: {
  settingsOpen: boolean;
  /** The Configuration Manager client is installed: its Control Panel applet can open. */
  configMgr?: boolean;
  appletOpen?: boolean;
}) {
  const { click } = useCommands();
  return (
    <div className="taskbar">
      <div className="taskbar__apps">
        <button type="button" className="taskbar__button" aria-label={START} title={START}>
          <StartGlyph />
        </button>
        <button
          type="button"
          className={settingsOpen ? 'taskbar__button taskbar__button--running' : 'taskbar__button'}
          aria-label={D.settings}
          title={D.settings}
          onClick={() => click('open-access-work-or-school')}
        >
          <Settings24Regular />
        </button>
        {configMgr ? (
          <button
            type="button"
            className={appletOpen ? 'taskbar__button taskbar__button--running' : 'taskbar__button'}
            aria-label={CONFIGMGR}
            title={CONFIGMGR}
            onClick={() => click('open-configmgr-applet')}
          >
            <DesktopToolbox24Regular />
          </button>
        ) : null}
        <button
          type="button"
          className="taskbar__button"
          aria-label={RESET_STRINGS.desktop.lock}
          title={`${RESET_STRINGS.desktop.lock} (Windows+L)`}
          onClick={() => click('lock')}
        >
          <LockClosed24Regular />
        </button>
      </div>
      <div className="taskbar__tray" aria-hidden="true">
        <Wifi120Regular />
        <Speaker220Regular />
      </div>
    </div>
  );
}
