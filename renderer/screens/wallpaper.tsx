import { useId } from 'react';
import './wallpaper.css';

/** Soft hills across the bottom of the picture, back to front. */
const HILLS = [
  'M0 520 C 200 430 420 600 690 520 S 1100 400 1280 470 V800 H0 Z',
  'M0 610 C 240 540 520 700 820 620 S 1150 540 1280 590 V800 H0 Z',
  'M0 700 C 280 640 600 770 900 700 S 1190 660 1280 680 V800 H0 Z',
];

/** Thin contour lines drawn over the hills, like a relief map. */
const CONTOURS = [
  'M0 470 C 220 380 440 560 700 480 S 1110 360 1280 420',
  'M0 560 C 230 490 500 650 800 575 S 1140 490 1280 545',
  'M0 655 C 260 595 580 725 880 655 S 1180 615 1280 635',
];

/**
 * The project's own abstract wallpaper (no Microsoft artwork): a gradient sky, a soft glow and
 * layered hills, coloured from Fluent palette tokens. `lock` is the darker night variant behind
 * the sign-on screen; `desktop` the lighter dusk variant.
 */
export function Wallpaper({ variant }: { variant: 'lock' | 'desktop' }) {
  // SVG references need an id that is valid in url(#…); React's ids carry punctuation.
  const id = `wp${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  return (
    <svg
      className={`wallpaper wallpaper--${variant}`}
      viewBox="0 0 1280 800"
      preserveAspectRatio="xMidYMid slice"
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        <linearGradient id={`${id}-sky`} x1="0" y1="0" x2="0.8" y2="1">
          <stop offset="0" className="wallpaper__sky-top" />
          <stop offset="0.6" className="wallpaper__sky-middle" />
          <stop offset="1" className="wallpaper__sky-bottom" />
        </linearGradient>
        <radialGradient id={`${id}-glow`}>
          <stop offset="0" className="wallpaper__glow" stopOpacity="0.85" />
          <stop offset="1" className="wallpaper__glow" stopOpacity="0" />
        </radialGradient>
        {HILLS.map((_, i) => (
          <linearGradient key={i} id={`${id}-hill${i}`} x1="0" y1="0" x2="1" y2="0.4">
            <stop offset="0" className={`wallpaper__hill${i}-a`} />
            <stop offset="1" className={`wallpaper__hill${i}-b`} />
          </linearGradient>
        ))}
      </defs>
      <rect width="1280" height="800" fill={`url(#${id}-sky)`} />
      <circle cx="930" cy="250" r="380" fill={`url(#${id}-glow)`} />
      <circle className="wallpaper__orb" cx="930" cy="250" r="92" />
      <circle className="wallpaper__ring" cx="930" cy="250" r="150" />
      <circle className="wallpaper__ring wallpaper__ring--outer" cx="930" cy="250" r="220" />
      {HILLS.map((d, i) => (
        <path key={d} d={d} fill={`url(#${id}-hill${i})`} className="wallpaper__hill" />
      ))}
      {CONTOURS.map((d) => (
        <path key={d} d={d} className="wallpaper__contour" />
      ))}
    </svg>
  );
}
