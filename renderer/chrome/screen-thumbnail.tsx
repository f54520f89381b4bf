import type { ScreenView } from '../../shared/snapshot';
import { DeviceScreen } from '../screens/device-screen';
import { WindowsVersionContext, type WindowsVersion } from '../state/windows-version';
import { SCREEN_HEIGHT, SCREEN_WIDTH } from './device-viewport';

/**
 * A recorded screen drawn small: the very components the display uses, laid out at the display's
 * logical size and scaled down, so a thumbnail is the screen and never a separate drawing. Inert
 * and hidden from assistive technology: it is a picture, and its controls must not take focus or
 * clicks (the button around it is what seeks).
 */
export function ScreenThumbnail({
  view,
  width,
  windowsVersion,
}: {
  view: ScreenView;
  width: number;
  windowsVersion: WindowsVersion;
}) {
  const scale = width / SCREEN_WIDTH;
  return (
    <span className="screen-thumbnail" style={{ width, height: SCREEN_HEIGHT * scale }} inert aria-hidden="true">
      <span
        className="viewport__display theme-light"
        style={{ width: SCREEN_WIDTH, height: SCREEN_HEIGHT, transform: `scale(${scale})` }}
      >
        <WindowsVersionContext.Provider value={windowsVersion}>
          <DeviceScreen view={view} />
        </WindowsVersionContext.Provider>
      </span>
    </span>
  );
}
