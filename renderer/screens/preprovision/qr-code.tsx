import QRCode from 'qrcode';
import { useMemo } from 'react';

/** White modules around the code, as the QR specification asks, so any reader finds its edges. */
const QUIET_ZONE = 4;

interface QrCodeProps {
  /** The text the code encodes (the view's `qrPayload`). */
  payload: string;
  /** Screen pixels per module: crisp at 4 or more. */
  moduleSize?: number;
  label: string;
}

/** The dark modules as one SVG path, one unit square each, in module coordinates (quiet zone included). */
function modulePath(payload: string): { path: string; size: number } {
  // Medium error correction: what phone readers expect, and still a small code for ~80 characters.
  const { modules } = QRCode.create(payload, { errorCorrectionLevel: 'M' });
  const squares: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (modules.get(row, col)) squares.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return { path: squares.join(''), size: modules.size + 2 * QUIET_ZONE };
}

/**
 * A real, scannable QR code drawn from the payload: black modules on white with a quiet zone,
 * edges kept sharp (no anti-aliasing between modules) so a camera or a decoder reads it.
 */
export function QrCode({ payload, moduleSize = 4, label }: QrCodeProps) {
  const { path, size } = useMemo(() => modulePath(payload), [payload]);
  const pixels = size * moduleSize;
  return (
    <svg
      className="pp-qr"
      role="img"
      aria-label={label}
      width={pixels}
      height={pixels}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
