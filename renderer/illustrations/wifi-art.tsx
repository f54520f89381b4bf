import { Art } from './art';

/** Network page: Wi-Fi waves. */
export function WifiArt() {
  return (
    <Art>
      <circle className="art-brand-pale" cx="160" cy="172" r="116" />
      <path className="art-line" d="M75 142a120 120 0 0 1 170 0" style={{ opacity: 0.45 }} />
      <path className="art-line" d="M103 170a80 80 0 0 1 114 0" style={{ opacity: 0.7 }} />
      <path className="art-line" d="M132 199a40 40 0 0 1 56 0" />
      <circle className="art-brand" cx="160" cy="232" r="14" />
    </Art>
  );
}
