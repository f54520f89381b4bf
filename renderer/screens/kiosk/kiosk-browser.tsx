import { ArrowClockwise20Regular, ArrowLeft20Regular, ArrowRight20Regular, Home20Regular } from '@fluentui/react-icons';
import type { KioskView } from '../../../shared/snapshot';
import { format } from '../../../shared/strings-enrollment';
import { KIOSK_STRINGS as S } from './kiosk-strings';

/** The toolbar's navigation buttons, inert on a kiosk's start page. */
const NAVIGATION = [
  { label: S.back, Icon: ArrowLeft20Regular },
  { label: S.forward, Icon: ArrowRight20Regular },
  { label: S.refresh, Icon: ArrowClockwise20Regular },
  { label: S.home, Icon: Home20Regular },
];

/** The host name of the start page, shown large on the drawn page (no network content is loaded). */
function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * A browser kiosk (Kiosk Browser or Microsoft Edge in kiosk mode): a slim toolbar with inert
 * navigation buttons and the start page's address, over a start page drawn by the simulator.
 */
export function KioskBrowser({ view }: { view: KioskView }) {
  const host = hostOf(view.app.url);
  return (
    <div className="kiosk-browser">
      <div className="kiosk-browser__toolbar" role="toolbar" aria-label={view.app.name}>
        {NAVIGATION.map(({ label, Icon }) => (
          <button key={label} type="button" className="kiosk-browser__button" aria-label={label} title={label} disabled>
            <Icon />
          </button>
        ))}
        <input
          className="kiosk-browser__address"
          aria-label={S.address}
          readOnly
          value={view.app.url ?? S.noStartPage}
        />
      </div>
      <div className="kiosk-page">
        <div className="kiosk-page__hero" aria-hidden="true">
          <span className="kiosk-page__shape kiosk-page__shape--a" />
          <span className="kiosk-page__shape kiosk-page__shape--b" />
          <span className="kiosk-page__shape kiosk-page__shape--c" />
        </div>
        <h1 className="kiosk-page__title">{format(S.welcome, view.organizationName)}</h1>
        {host ? <p className="kiosk-page__host">{host}</p> : null}
        <div className="kiosk-page__tiles" aria-hidden="true">
          <span className="kiosk-page__tile" />
          <span className="kiosk-page__tile" />
          <span className="kiosk-page__tile" />
        </div>
      </div>
    </div>
  );
}
