import type { ScreenViewOf } from '../../shared/snapshot';
import { ProgressRing } from '../frame/progress-ring';
import { BootMark } from '../illustrations/boot-mark';

const RESTARTING = 'Restarting'; // [UNVERIFIED] Windows's restart screen text; not in the spec

/** Firmware and Windows boot: a neutral boot mark and a spinner on black (no Windows logo). */
export function BootScreen({ view }: { view: ScreenViewOf<'boot'> }) {
  return (
    <div className="device-black boot" data-screen="boot">
      <BootMark />
      <div className="boot__spinner">
        <ProgressRing status={view.restarting ? RESTARTING : ''} onDark />
      </div>
    </div>
  );
}
