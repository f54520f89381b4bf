import {
  Accessibility20Regular,
  Alert20Regular,
  Apps20Regular,
  ArrowSync20Regular,
  Battery020Regular,
  Bluetooth20Regular,
  Briefcase20Regular,
  ChevronRight20Regular,
  Clock20Regular,
  CloudArrowUp20Regular,
  Desktop20Regular,
  Desktop24Regular,
  Games20Regular,
  HardDrive20Regular,
  Info20Regular,
  Key20Regular,
  Mail20Regular,
  PaintBrush20Regular,
  People20Regular,
  PeopleTeam20Regular,
  Person20Regular,
  PersonInfo20Regular,
  ShieldKeyhole20Regular,
  Speaker220Regular,
  Wifi120Regular,
} from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { DesktopWindow } from '../../shared/snapshot';
import { ENROLLMENT_STRINGS } from '../../shared/strings-enrollment';
import { useCommands } from '../state/commands';

const D = ENROLLMENT_STRINGS.desktop;

interface Row {
  name: string;
  description: string;
  icon: ReactNode;
  /** The control a click sends; rows without one are drawn but inert. */
  control?: string;
}

// [UNVERIFIED] Windows 11 Settings' category names and row descriptions (en-US); not in the spec.
const NAV: { name: string; icon: ReactNode; control?: string; page?: DesktopWindow[] }[] = [
  { name: 'System', icon: <Desktop20Regular />, control: 'settings-nav-system', page: ['settings-system'] },
  { name: 'Bluetooth & devices', icon: <Bluetooth20Regular /> },
  { name: 'Network & internet', icon: <Wifi120Regular /> },
  { name: 'Personalization', icon: <PaintBrush20Regular /> },
  { name: 'Apps', icon: <Apps20Regular /> },
  {
    name: D.accounts,
    icon: <Person20Regular />,
    control: 'settings-nav-accounts',
    page: ['settings-accounts', 'access-work-or-school', 'work-account-info'],
  },
  { name: 'Time & language', icon: <Clock20Regular /> },
  { name: 'Gaming', icon: <Games20Regular /> },
  { name: 'Accessibility', icon: <Accessibility20Regular /> },
  { name: 'Privacy & security', icon: <ShieldKeyhole20Regular /> },
  { name: 'Windows Update', icon: <ArrowSync20Regular /> },
];

const SYSTEM_ROWS: Row[] = [
  { name: 'Display', description: 'Monitors, brightness, night light, display profile', icon: <Desktop20Regular /> },
  { name: 'Sound', description: 'Volume levels, output, input, sound devices', icon: <Speaker220Regular /> },
  { name: 'Notifications', description: 'Alerts from apps and system', icon: <Alert20Regular /> },
  { name: 'Power & battery', description: 'Sleep, battery usage, battery saver', icon: <Battery020Regular /> },
  { name: 'Storage', description: 'Storage space, drives, configuration rules', icon: <HardDrive20Regular /> },
  { name: 'About', description: 'Device specifications, rename PC, Windows specifications', icon: <Info20Regular /> },
];

const ACCOUNT_ROWS: Row[] = [
  { name: 'Your info', description: 'Profile photo', icon: <PersonInfo20Regular /> },
  { name: 'Sign-in options', description: 'Windows Hello, security key, password', icon: <Key20Regular /> },
  { name: 'Email & accounts', description: 'Accounts used by email, calendar, and contacts', icon: <Mail20Regular /> },
  { name: 'Windows backup', description: 'Back up your files, apps, preferences', icon: <CloudArrowUp20Regular /> },
  { name: 'Other users', description: 'Device access, work or school users', icon: <PeopleTeam20Regular /> },
  {
    name: D.accessWorkOrSchool,
    description: 'Organization resources like email, apps, and network',
    icon: <Briefcase20Regular />,
    control: 'open-access-work-or-school',
  },
  { name: 'Family', description: 'Manage your family group', icon: <People20Regular /> },
];

/** Settings' category list; System and Accounts open their pages, the others are drawn only. */
export function SettingsNav({ window }: { window: DesktopWindow }) {
  const { click } = useCommands();
  return (
    <ul className="settings-nav__list">
      {NAV.map((item) => {
        const current = item.page?.includes(window) ?? false;
        const control = item.control;
        return (
          <li key={item.name}>
            <button
              type="button"
              className="settings-nav__item"
              aria-current={current ? 'page' : undefined}
              aria-disabled={control ? undefined : 'true'}
              onClick={control ? () => click(control) : undefined}
            >
              <span aria-hidden="true">{item.icon}</span>
              {item.name}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function RowList({ rows }: { rows: Row[] }) {
  const { click } = useCommands();
  return (
    <ul className="settings-rows">
      {rows.map((row) => {
        const control = row.control;
        return (
          <li key={row.name}>
            <button
              type="button"
              className="settings-row"
              aria-disabled={control ? undefined : 'true'}
              onClick={control ? () => click(control) : undefined}
            >
              <span className="settings-row__icon" aria-hidden="true">
                {row.icon}
              </span>
              <span className="settings-row__text">
                <span className="settings-row__name">{row.name}</span>
                <span className="settings-row__description">{row.description}</span>
              </span>
              <ChevronRight20Regular className="settings-row__chevron" aria-hidden="true" />
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** Settings > System, where Settings opens: the device's name at the top, then the System rows. */
export function SettingsSystemPage({ computerName }: { computerName: string }) {
  return (
    <>
      <h1 className="settings-page__title">System</h1>
      <div className="settings-device">
        <Desktop24Regular className="settings-device__icon" aria-hidden="true" />
        <span className="settings-device__name">{computerName}</span>
      </div>
      <RowList rows={SYSTEM_ROWS} />
    </>
  );
}

/** Settings > Accounts: its rows, of which "Access work or school" opens. */
export function SettingsAccountsPage() {
  return (
    <>
      <h1 className="settings-page__title">{D.accounts}</h1>
      <RowList rows={ACCOUNT_ROWS} />
    </>
  );
}
