import type { ScreenViewOf } from '../../shared/snapshot';

/** The screen of a switched-off device: black. The trainer's note about it is in the chrome. */
export function PoweredOffScreen({ view }: { view: ScreenViewOf<'powered-off'> }) {
  return (
    <div className="device-black" data-screen="powered-off" data-resealed={view.resealed || undefined}>
      <span className="visually-hidden">The device's screen is off.</span>
    </div>
  );
}
