import type { ReactNode } from 'react';
import type { ScreenId } from '../../shared/screen-ids';
import { OobeFooter } from './oobe-footer';
import { keepTabInside } from './page-focus';
import './frame.css';

interface OobeFrameProps {
  screen: ScreenId;
  /** The page's own drawing for the left half of the card (decorative). */
  illustration: ReactNode;
  children: ReactNode;
}

/**
 * The Windows 11 OOBE frame (oobe-ui.md §1): a translucent card centred on the soft background,
 * illustration on the left half, the page on the right half, and the footer strip below the card.
 * The background itself lives in DeviceScreen so it stays put while pages cross-fade.
 */
export function OobeFrame({ screen, illustration, children }: OobeFrameProps) {
  return (
    // Tab stays within the page (page-focus.ts); the keys themselves are the page's controls'.
    <div className="oobe-frame" data-screen={screen} onKeyDown={keepTabInside}>
      <div className="oobe-frame__stage">
        <div className="oobe-card">
          <div className="oobe-card__art" aria-hidden="true">
            {illustration}
          </div>
          <div className="oobe-card__page">{children}</div>
        </div>
      </div>
      <OobeFooter />
    </div>
  );
}
