import {
  Calculator24Regular,
  CalendarLtr24Regular,
  ChevronRight16Regular,
  Folder24Regular,
  Image24Regular,
  LockClosed20Regular,
  Notepad24Regular,
  Power24Regular,
  Search20Regular,
  Settings24Regular,
} from '@fluentui/react-icons';
import { useId, type ReactNode } from 'react';
import type { DesktopView } from '../../shared/snapshot';
import { ENROLLMENT_STRINGS } from '../../shared/strings-enrollment';
import { RESET_STRINGS } from '../../shared/strings-reset';
import { useCommands } from '../state/commands';
import { initials } from './user-initials';

const D = ENROLLMENT_STRINGS.desktop;
// [UNVERIFIED] Windows 11 Start's wording (en-US); the spec has none of it.
const S = {
  menu: 'Start',
  search: 'Search for apps, settings, and documents',
  pinned: 'Pinned',
  allApps: 'All',
  power: 'Power',
} as const;

/** The apps Start pins besides Settings: inert tiles drawn for a faithful layout (the simulation runs none of them). */
const INERT_PINS: { name: string; icon: ReactNode }[] = [
  { name: 'File Explorer', icon: <Folder24Regular /> },
  { name: 'Notepad', icon: <Notepad24Regular /> },
  { name: 'Calculator', icon: <Calculator24Regular /> },
  { name: 'Photos', icon: <Image24Regular /> },
  { name: 'Calendar', icon: <CalendarLtr24Regular /> },
];

/**
 * Windows 11's Start menu over the taskbar: the search box, the pinned apps (Settings opens the
 * Settings app), and the signed-in user with Lock and Power at the foot.
 */
export function StartMenu({ view }: { view: DesktopView }) {
  const { click } = useCommands();
  const pinnedId = useId();
  return (
    <div className="start-menu" role="dialog" aria-label={S.menu} data-control="start-menu">
      <div className="start-menu__search" aria-hidden="true">
        <Search20Regular />
        <span>{S.search}</span>
      </div>
      <section className="start-menu__section" aria-labelledby={pinnedId}>
        <div className="start-menu__heading">
          <h2 id={pinnedId}>{S.pinned}</h2>
          <span className="start-menu__more" aria-hidden="true">
            {S.allApps}
            <ChevronRight16Regular />
          </span>
        </div>
        <ul className="start-menu__pins">
          <li>
            <button type="button" className="start-menu__pin" onClick={() => click('start-settings')}>
              <span className="start-menu__pin-icon start-menu__pin-icon--settings">
                <Settings24Regular />
              </span>
              {D.settings}
            </button>
          </li>
          {INERT_PINS.map((pin) => (
            <li key={pin.name}>
              <button type="button" className="start-menu__pin" aria-disabled="true">
                <span className="start-menu__pin-icon">{pin.icon}</span>
                {pin.name}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <footer className="start-menu__foot">
        <span className="start-menu__user">
          <span className="settings-user__picture start-menu__picture" aria-hidden="true">
            {initials(view.userDisplayName)}
          </span>
          <span>{view.userDisplayName}</span>
        </span>
        <span className="start-menu__foot-buttons">
          <button
            type="button"
            className="start-menu__round"
            aria-label={RESET_STRINGS.desktop.lock}
            title={`${RESET_STRINGS.desktop.lock} (Windows+L)`}
            onClick={() => click('lock')}
          >
            <LockClosed20Regular />
          </button>
          <span className="start-menu__round" aria-hidden="true" title={S.power}>
            <Power24Regular />
          </span>
        </span>
      </footer>
    </div>
  );
}
