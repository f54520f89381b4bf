import {
  ArrowReset24Regular,
  BoxArrowUp24Regular,
  LaptopSettings24Regular,
  type FluentIcon,
} from '@fluentui/react-icons';
import type { ScreenViewOf } from '../../../shared/snapshot';
import { PREPROVISION_STRINGS } from '../../../shared/strings-preprovision';
import type { PreprovisionMenuRowId } from '../../../shared/views/preprovision-views';
import { OobeButton, OobeLink } from '../../frame/oobe-button';
import { OobeFrame } from '../../frame/oobe-frame';
import { OobePage } from '../../frame/oobe-page';
import { AutopilotArt } from '../../illustrations/autopilot-art';
import { useWindowsVersion, type WindowsVersion } from '../../state/windows-version';
import { SelectList, type ListItem } from '../select-list';
import { Win10Page } from './win10-page';
import './preprovision.css';

type View = ScreenViewOf<'preprovision-menu'>;

const S = PREPROVISION_STRINGS.menu;

/** Our pick of Fluent System Icons for each row's glyph (Windows's own glyphs are its font's). */
const ROW_ICONS: Record<PreprovisionMenuRowId, FluentIcon> = {
  'provisioning-package': BoxArrowUp24Regular,
  'pre-provision': LaptopSettings24Regular,
  'reset-device': ArrowReset24Regular,
};

/** Each visible row: icon glyph, bold name, one-line description (oobe-ui.md §13). */
function rowItems(view: View, windows: WindowsVersion): ListItem[] {
  return view.rows
    .filter((row) => row.visible)
    .map((row) => {
      const text = S.rows[row.id];
      const name = text.name[windows];
      const Icon = ROW_ICONS[row.id];
      return {
        value: row.id,
        label: name,
        description: text.description,
        content: (
          <>
            <Icon className="pp-menu__icon" aria-hidden="true" />
            {/* The bold name names the option; the description is said once, through aria-describedby. */}
            <span className="pp-menu__text">
              <span className="pp-menu__name">{name}</span>
              <span className="pp-menu__description" aria-hidden="true">
                {text.description}
              </span>
            </span>
          </>
        ),
      };
    });
}

function Options({ view, windows }: { view: View; windows: WindowsVersion }) {
  return (
    <>
      <SelectList
        list="preprovision-option"
        label={S.title}
        items={rowItems(view, windows)}
        selected={view.selected}
        className="pp-menu"
      />
      {view.notice ? (
        <p className="pp-menu__notice" role="status">
          {view.notice}
        </p>
      ) : null}
    </>
  );
}

/**
 * "What would you like to do?" after the Windows key was pressed five times (provisioning-modes.md
 * §1.4 T2, oobe-ui.md §13). Windows 11: the lite card, nothing preselected, "Cancel" and "Next" as
 * buttons, "Next" disabled until a row is picked. Windows 10: the blue full-screen page, the first
 * row preselected, "Cancel" as a link bottom-left and "Continue".
 */
export function PreprovisionMenuScreen({ view }: { view: View }) {
  const windows = useWindowsVersion();
  const accept = <OobeButton control="next" label={S.accept[windows]} primary disabled={!view.acceptEnabled} />;
  if (windows === '10') {
    return (
      <Win10Page
        screen="preprovision-menu"
        title={S.title}
        links={<OobeLink control="cancel" label={S.cancel} />}
        buttons={accept}
      >
        <Options view={view} windows={windows} />
      </Win10Page>
    );
  }
  const buttons = (
    <>
      <OobeButton control="cancel" label={S.cancel} />
      {accept}
    </>
  );
  return (
    <OobeFrame screen="preprovision-menu" illustration={<AutopilotArt />}>
      <OobePage title={S.title} buttons={buttons}>
        <Options view={view} windows={windows} />
      </OobePage>
    </OobeFrame>
  );
}
