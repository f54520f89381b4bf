import type { ReactNode } from 'react';
import type { ScreenViewOf } from '../../../shared/snapshot';
import { PREPROVISION_STRINGS } from '../../../shared/strings-preprovision';
import { OobeButton } from '../../frame/oobe-button';
import { OobeFrame } from '../../frame/oobe-frame';
import { OobePage } from '../../frame/oobe-page';
import { AutopilotArt } from '../../illustrations/autopilot-art';
import { useWindowsVersion } from '../../state/windows-version';
import { PreprovisionDetails } from './preprovision-details';
import { PreprovisionLink } from './preprovision-link';
import { QR_LABEL } from './preprovision-labels';
import { QrCode } from './qr-code';
import { Win10Page } from './win10-page';
import './preprovision.css';

type View = ScreenViewOf<'preprovision-config'>;

const S = PREPROVISION_STRINGS.config;

/** Puts `link` where the step names the Refresh link ("Select Refresh."); other steps stay text. */
function stepWithLink(step: string, link: ReactNode): ReactNode {
  const at = step.indexOf(S.refresh);
  if (at < 0) return step;
  return (
    <>
      {step.slice(0, at)}
      {link}
      {step.slice(at + S.refresh.length)}
    </>
  );
}

/** The intro sentence and the three numbered steps; on Windows 11 "Refresh" in step 3 is the link. */
function Instructions({ refreshLink }: { refreshLink: ReactNode | null }) {
  return (
    <div className="pp-instructions">
      <p>{S.instructionsIntro}</p>
      <ol className="pp-instructions__steps">
        {S.instructions.map((step) => (
          <li key={step}>{refreshLink ? stepWithLink(step, refreshLink) : step}</li>
        ))}
      </ol>
    </div>
  );
}

/**
 * The pre-provisioning configuration ("landing") page (provisioning-modes.md §1.4 T3, oobe-ui.md
 * §15). Windows 11: the lite card — details, numbered instructions with an inline "Refresh" link,
 * the QR code, "Cancel" and "Next". Windows 10 ("Windows Autopilot Configuration"): the details
 * left and the QR code right on the blue page, "Refresh" and "Cancel" as links bottom-left,
 * "Provision". Both buttons and "Refresh" are disabled while the profile downloads.
 */
export function PreprovisionConfigScreen({ view }: { view: View }) {
  const windows = useWindowsVersion();
  const refresh = <PreprovisionLink control="refresh" label={S.refresh} disabled={view.refreshing} />;
  const provision = (
    <OobeButton control="provision" label={S.provision[windows]} primary disabled={!view.nextEnabled} />
  );
  const qr = <QrCode payload={view.qrPayload} moduleSize={5} label={QR_LABEL} />;

  if (windows === '10') {
    const links = (
      <>
        {refresh}
        <PreprovisionLink control="cancel" label={S.cancel} />
      </>
    );
    return (
      <Win10Page
        screen="preprovision-config"
        title={S.title['10']}
        subtitle={S.subtitle}
        links={links}
        buttons={provision}
      >
        <div className="pp-config10">
          <div className="pp-config10__text">
            <PreprovisionDetails details={view} windows={windows} loading={view.refreshing} />
            <Instructions refreshLink={null} />
          </div>
          <div className="pp-config10__qr">{qr}</div>
        </div>
      </Win10Page>
    );
  }

  const buttons = (
    <>
      <OobeButton control="cancel" label={S.cancel} />
      {provision}
    </>
  );
  return (
    <OobeFrame screen="preprovision-config" illustration={<AutopilotArt />}>
      <OobePage title={S.title['11']} subtitle={S.subtitle} buttons={buttons}>
        <div className="pp-config">
          <PreprovisionDetails details={view} windows={windows} loading={view.refreshing} />
          <Instructions refreshLink={refresh} />
          {qr}
        </div>
      </OobePage>
    </OobeFrame>
  );
}
