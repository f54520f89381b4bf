import { useId, type ReactNode } from 'react';
import type { ScreenId } from '../../shared/screen-ids';
import type { ScreenViewOf } from '../../shared/snapshot';
import { ENROLLMENT_STRINGS } from '../../shared/strings-enrollment';
import { OobeButton } from '../frame/oobe-button';
import { OobeFrame } from '../frame/oobe-frame';
import { AutopilotArt } from '../illustrations/autopilot-art';
import { useCommands } from '../state/commands';
import { useDeviceChoice } from './privacy-screen';
import './entra-dialog.css';

const H = ENROLLMENT_STRINGS.hybrid;

/**
 * The white Entra ID dialog the hybrid user phase shows over the OOBE (user-driven.md §3 rows 14–15):
 * a web page of Entra's, not a Windows page, so it is drawn as a dialog of its own in the card.
 */
export function EntraDialog({
  screen,
  title,
  button,
  children,
}: {
  screen: ScreenId;
  title: string;
  button: ReactNode;
  children?: ReactNode;
}) {
  const titleId = useId();
  return (
    <OobeFrame screen={screen} illustration={<AutopilotArt />}>
      <div className="entra-dialog-stage">
        <section className="entra-dialog" role="dialog" aria-labelledby={titleId}>
          <h1 id={titleId} className="entra-dialog__title">
            {title}
          </h1>
          {children ? <div className="entra-dialog__content">{children}</div> : null}
          <div className="entra-dialog__buttons">{button}</div>
        </section>
      </div>
    </OobeFrame>
  );
}

/** "Stay signed in to all your apps": keep "Allow my organization to manage my device", then "OK". */
export function StaySignedInScreen({ view }: { view: ScreenViewOf<'stay-signed-in'> }) {
  const { select } = useCommands();
  const [allow, setAllow] = useDeviceChoice(view.allowManage);
  return (
    <EntraDialog
      screen="stay-signed-in"
      title={H.staySignedIn}
      button={<OobeButton control="ok" label={H.ok} primary />}
    >
      <label className="entra-check">
        <input
          type="checkbox"
          className="entra-check__input"
          checked={allow}
          onChange={(event) => {
            setAllow(event.target.checked);
            select('allow-manage', event.target.checked ? 'on' : 'off');
          }}
        />
        <span>{H.allowManage}</span>
      </label>
    </EntraDialog>
  );
}
