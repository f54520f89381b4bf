import { useId, type ReactNode } from 'react';
import type { ScreenId } from '../../../shared/screen-ids';
import type { PreprovisionDetailsView } from '../../../shared/views/preprovision-views';
import { formatElapsed } from '../../../shared/strings-preprovision';
import { useWindowsVersion } from '../../state/windows-version';
import { PreprovisionDetails } from './preprovision-details';
import { QR_LABEL } from './preprovision-labels';
import { QrCode } from './qr-code';

interface ResultPageProps {
  screen: Extract<ScreenId, 'preprovision-success' | 'preprovision-failure'>;
  title: string;
  /** The failure's error line, right under the title. */
  error?: string;
  details: PreprovisionDetailsView & { elapsedMs: number; showQr: boolean };
  /** The instruction sentences under the details. */
  children: ReactNode;
  links?: ReactNode;
  buttons: ReactNode;
}

/**
 * The frame of both result pages (oobe-ui.md §17): a full page, dark green for success and dark
 * red for failure, white text (docs/FIDELITY.md "Pre-provisioning": the documents give no
 * colours). Title, the error line, the details with the elapsed time, the instructions, the QR
 * code where the view asks for it (Windows 10), links bottom-left and buttons bottom-right.
 */
export function PreprovisionResultPage({ screen, title, error, details, children, links, buttons }: ResultPageProps) {
  const windows = useWindowsVersion();
  const titleId = useId();
  const tone = screen === 'preprovision-success' ? 'success' : 'failure';
  return (
    <section className={`pp-result pp-result--${tone}`} data-screen={screen} aria-labelledby={titleId}>
      <div className="pp-result__main">
        <div className="pp-result__text">
          <h1 id={titleId} className="pp-result__title">
            {title}
          </h1>
          {error ? (
            <p className="pp-result__error" role="alert">
              {error}
            </p>
          ) : null}
          <PreprovisionDetails details={details} windows={windows} elapsed={formatElapsed(details.elapsedMs)} />
          <div className="pp-result__instructions">{children}</div>
        </div>
        {details.showQr ? (
          <div className="pp-result__qr">
            <QrCode payload={details.qrPayload} label={QR_LABEL} />
          </div>
        ) : null}
      </div>
      <div className="pp-result__actions">
        <div className="pp-result__links">{links}</div>
        <div className="pp-result__buttons">{buttons}</div>
      </div>
    </section>
  );
}
