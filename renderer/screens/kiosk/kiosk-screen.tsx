import { AppsList24Regular } from '@fluentui/react-icons';
import type { KioskView } from '../../../shared/snapshot';
import { format } from '../../../shared/strings-enrollment';
import { KioskBrowser } from './kiosk-browser';
import { KIOSK_STRINGS as S } from './kiosk-strings';
import './kiosk.css';

/** A Microsoft Store app in single-app kiosk mode: the app's own window fills the screen. */
function KioskStoreApp({ view }: { view: KioskView }) {
  return (
    <div className="kiosk-app">
      <AppsList24Regular className="kiosk-app__icon" aria-hidden="true" />
      <h1 className="kiosk-app__name">{view.app.name}</h1>
      <p className="kiosk-app__org">{view.organizationName}</p>
    </div>
  );
}

/**
 * The self-deploying kiosk (provisioning-modes.md §2.4 step 6): KioskUser0 signed in and the
 * kiosk profile's one app full screen, with no taskbar or Start (assigned access). The app is our
 * own drawing; the device takes no input here.
 */
export function KioskScreen({ view }: { view: KioskView }) {
  const how = view.signedIn === 'autologon' ? S.autologon : S.manual;
  return (
    <div
      className="kiosk"
      data-screen="kiosk"
      data-account={view.account}
      data-signed-in={view.signedIn}
      data-app={view.app.type}
    >
      <p className="visually-hidden">{format(S.summary, view.app.name, view.account, how)}</p>
      {view.app.type === 'store-app' ? <KioskStoreApp view={view} /> : <KioskBrowser view={view} />}
    </div>
  );
}
