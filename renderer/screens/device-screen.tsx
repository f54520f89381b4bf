import { AnimatePresence, m, useIsPresent, useReducedMotion } from 'framer-motion';
import type { ReactNode } from 'react';
import type { ScreenView } from '../../shared/snapshot';
import { isOobeScreen, ScreenFor } from './screen-for';
import './screens.css';

/** A leaving screen stays visible while it fades, but is inert: nothing on it can be found or clicked. */
function ScreenLayer({ children, instant }: { children: ReactNode; instant: boolean }) {
  const present = useIsPresent();
  return (
    <m.div
      className="screen-layer"
      initial={{ opacity: 0 }}
      animate={{ opacity: 1 }}
      exit={{ opacity: 0 }}
      transition={{ duration: instant ? 0 : 0.25, ease: 'easeInOut' }}
      inert={!present}
      aria-hidden={present ? undefined : true}
    >
      {children}
    </m.div>
  );
}

/**
 * What the device's display shows: the current screen, cross-faded by screen id. Fading is
 * cosmetic and switched off under reduced motion (MotionConfig only stops transforms, so the
 * opacity fade is turned off here).
 */
export function DeviceScreen({ view }: { view: ScreenView }) {
  const reduced = useReducedMotion() ?? false;
  return (
    <div className="device-screen">
      {isOobeScreen(view) ? <div className="oobe-backdrop" /> : null}
      <AnimatePresence initial={false}>
        <ScreenLayer key={view.id} instant={reduced}>
          <ScreenFor view={view} />
        </ScreenLayer>
      </AnimatePresence>
    </div>
  );
}
