const pad = (n: number) => String(n).padStart(2, '0');

/** Virtual milliseconds as H:MM:SS (hours unpadded, never wrapping at 24). */
export function formatClock(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  return `${Math.floor(total / 3600)}:${pad(Math.floor(total / 60) % 60)}:${pad(total % 60)}`;
}

/** A clock drift, signed: "+0:05:00", "−250 ms", or "none". */
export function formatDrift(ms: number): string {
  if (ms === 0) return 'none';
  const sign = ms > 0 ? '+' : '−';
  const size = Math.abs(ms);
  return size < 1000 ? `${sign}${size} ms` : `${sign}${formatClock(size)}`;
}
