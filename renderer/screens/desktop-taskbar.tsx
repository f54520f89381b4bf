import {
  ChevronUp16Regular,
  DesktopToolbox24Regular,
  Folder24Regular,
  Search24Regular,
  Settings24Regular,
  Speaker220Regular,
} from '@fluentui/react-icons';
import type { DesktopView } from '../../shared/snapshot';
import { ENROLLMENT_STRINGS } from '../../shared/strings-enrollment';
import { useCommands } from '../state/commands';
import { NetworkIcon } from './desktop-network-icon';
import { taskbarClock } from './device-time';

const D = ENROLLMENT_STRINGS.desktop;
const START = 'Start'; // [UNVERIFIED] the taskbar's start button name; not in the strings
const SEARCH = 'Search'; // [UNVERIFIED] the taskbar's search button name
const FILE_EXPLORER = 'File Explorer'; // [UNVERIFIED] pinned by default; inert here
const SHOW_HIDDEN = 'Show hidden icons'; // [UNVERIFIED] the notification area's chevron
const CONFIGMGR = 'Configuration Manager'; // the Control Panel applet's name

/** The start button's glyph: our own two overlapping rounded shapes, not the Windows logo. */
export function StartGlyph() {
  return (
    <svg className="taskbar__glyph" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle className="taskbar__glyph-back" cx="9" cy="9" r="6.5" />
      <rect className="taskbar__glyph-front" x="9.5" y="9.5" width="11" height="11" rx="3.5" />
    </svg>
  );
}

function running(on: boolean): string {
  return on ? 'taskbar__button taskbar__button--running' : 'taskbar__button';
}

/** The clock and date at the taskbar's right end, from the device's own clock. */
function TaskbarClock({ iso, timeZone }: { iso: string; timeZone: string }) {
  const { time, date, long } = taskbarClock(iso, timeZone);
  return (
    <time className="taskbar__clock" dateTime={iso} title={long} data-control="taskbar-clock">
      <span>{time}</span>
      <span>{date}</span>
    </time>
  );
}

/**
 * The Windows 11 taskbar: Start, Search and the pinned apps centred (Settings opens Accounts >
 * Access work or school; the Configuration Manager applet when its client is installed), and the
 * notification area on the right with the network icon and the clock.
 */
export function Taskbar({ view }: { view: DesktopView }) {
  const { click } = useCommands();
  const settingsOpen = view.window !== 'none' && view.window !== 'start-menu' && view.window !== 'configmgr-applet';
  const configMgr = view.configMgrClient !== undefined;
  return (
    <div className="taskbar">
      <div className="taskbar__apps">
        <button
          type="button"
          className={running(view.window === 'start-menu')}
          aria-label={START}
          aria-expanded={view.window === 'start-menu'}
          title={START}
          onClick={() => click('start')}
        >
          <StartGlyph />
        </button>
        <button type="button" className="taskbar__button" aria-label={SEARCH} title={SEARCH}>
          <Search24Regular />
        </button>
        <button type="button" className="taskbar__button" aria-label={FILE_EXPLORER} title={FILE_EXPLORER}>
          <Folder24Regular />
        </button>
        <button
          type="button"
          className={running(settingsOpen)}
          aria-label={D.settings}
          title={D.settings}
          onClick={() => click('open-access-work-or-school')}
        >
          <Settings24Regular />
        </button>
        {configMgr ? (
          <button
            type="button"
            className={running(view.window === 'configmgr-applet')}
            aria-label={CONFIGMGR}
            title={CONFIGMGR}
            onClick={() => click('open-configmgr-applet')}
          >
            <DesktopToolbox24Regular />
          </button>
        ) : null}
      </div>
      <div className="taskbar__tray">
        <span className="taskbar__tray-icon" aria-hidden="true" title={SHOW_HIDDEN}>
          <ChevronUp16Regular />
        </span>
        <span className="taskbar__tray-group">
          {view.network ? <NetworkIcon network={view.network} /> : null}
          <span className="taskbar__tray-icon" aria-hidden="true">
            <Speaker220Regular />
          </span>
        </span>
        {view.deviceTime ? <TaskbarClock iso={view.deviceTime} timeZone={view.timeZone ?? 'UTC'} /> : null}
      </div>
    </div>
  );
}
