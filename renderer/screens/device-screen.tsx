import { memo, useState, type AnimationEvent } from 'react';
import type { ScreenView } from '../../shared/snapshot';
import { useReducedMotion } from '../state/use-reduced-motion';
import { isOobeScreen, ScreenFor } from './screen-for';
import './screens.css';

/**
 * Card pages: the card is at the same place on each of them, and what lies around it is the backdrop.
 * The card itself (its acrylic fill, border and shadow) is drawn once under the pages (CardShell),
 * and the pages over it carry only their content. A change of page then fades the old content out and
 * the new in over the same card, and the software compositor (issue 16: no GPU) rasters only the new
 * content, not a fresh 1,150 x 710 px card of gradients and shadow for each page, which cost frames.
 * Pre-provisioning pages may be full-screen, so they draw their own.
 */
const isCardPage = (view: ScreenView) => isOobeScreen(view) && !view.id.startsWith('preprovision');

/** The card of every card page, drawn with the frame's own layout so it lies exactly where theirs would. */
function CardShell() {
  return (
    <div className="oobe-frame" aria-hidden>
      <div className="oobe-frame__stage">
        <div className="oobe-card" />
      </div>
    </div>
  );
}

/**
 * The screens on the display: the current one, and under it those still fading out (each frozen at
 * the last view it showed). A leaving screen stays visible while it fades, but is inert: nothing on
 * it can be found or clicked.
 */
interface Layers {
  current: ScreenView;
  leaving: readonly ScreenView[];
  /** False for the first screen drawn: it appears at once, as before any change of screen. */
  fadeIn: boolean;
}

/** A leaving layer keeps its last view object, so it is not drawn again while it fades. */
const FrozenScreen = memo(function FrozenScreen({ view }: { view: ScreenView }) {
  return <ScreenFor view={view} />;
});

/**
 * What the device's display shows: the current screen, cross-faded by screen id. The fades are CSS
 * animations of opacity only (screens.css), which the compositor runs without the main thread or a
 * repaint (issue 16: a GPU-less Chromium dropped frames while script drove them). Fading is cosmetic
 * and off under reduced motion; a layer leaves when its own fade ends, never on a timer.
 */
export function DeviceScreen({ view }: { view: ScreenView }) {
  const reduced = useReducedMotion();
  const [layers, setLayers] = useState<Layers>({ current: view, leaving: [], fadeIn: false });
  let shown = layers;
  if (view !== layers.current) {
    // Adjusting state while rendering (React's pattern for "state derived from a changing prop").
    const changed = view.id !== layers.current.id;
    shown = changed
      ? {
          current: view,
          leaving: reduced ? [] : [...layers.leaving.filter((v) => v.id !== view.id), layers.current],
          fadeIn: !reduced,
        }
      : { ...layers, current: view };
    setLayers(shown);
  }
  const done = (id: string) => (event: AnimationEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return; // an animation inside the screen
    setLayers((now) => ({ ...now, leaving: now.leaving.filter((v) => v.id !== id) }));
  };
  const onCard = isCardPage(shown.current);
  return (
    <div className={onCard ? 'device-screen device-screen--on-card' : 'device-screen'}>
      {isOobeScreen(view) ? <div className="oobe-backdrop" /> : null}
      {onCard ? <CardShell /> : null}
      {shown.leaving.map((old) => (
        <div
          key={old.id}
          className="screen-layer screen-layer--leaving"
          inert
          aria-hidden
          onAnimationEnd={done(old.id)}
        >
          <FrozenScreen view={old} />
        </div>
      ))}
      <div
        key={shown.current.id}
        className={shown.fadeIn && !reduced ? 'screen-layer screen-layer--entering' : 'screen-layer'}
      >
        <ScreenFor view={shown.current} />
      </div>
    </div>
  );
}
