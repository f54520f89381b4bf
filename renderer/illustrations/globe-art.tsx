import { Art } from './art';

/** Region page: a globe with a location pin. */
export function GlobeArt() {
  return (
    <Art>
      <circle className="art-brand-pale" cx="160" cy="172" r="112" />
      <path
        className="art-brand-soft"
        d="M92 116c22-30 62-28 74-10 8 14-6 28-20 32-16 5-18 22-30 34-12 10-26 2-30-14-4-16-4-30 6-42z"
      />
      <path
        className="art-brand-soft"
        d="M190 160c24-12 50 0 52 22 2 26-16 52-38 56-20 4-26-18-24-38 1-18-2-32 10-40z"
      />
      <circle className="art-line-thin" cx="160" cy="172" r="112" />
      <ellipse className="art-line-thin" cx="160" cy="172" rx="50" ry="112" />
      <path className="art-line-thin" d="M48 172h224M63 116h194M63 228h194" />
      <g transform="translate(236 40)">
        <path className="art-brand" d="M0 0c-21 0-36 16-36 35 0 27 36 62 36 62s36-35 36-62C36 16 21 0 0 0z" />
        <circle className="art-paper" cx="0" cy="34" r="12" />
      </g>
    </Art>
  );
}
