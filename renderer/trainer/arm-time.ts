/**
 * The time a trainer arms a fault for: "mm:ss" or "h:mm:ss" from the run's start, or "in N
 * minutes" ("+N", "in N min") from now. Null when the text is neither.
 */
export function parseArmTime(text: string, nowMs: number): number | null {
  const t = text.trim().toLowerCase();
  const relative = /^(?:\+|in\s+)(\d+(?:\.\d+)?)\s*(?:m|min|mins|minute|minutes)?$/.exec(t);
  if (relative) return nowMs + Math.round(Number(relative[1]) * 60_000);
  const clock = /^(?:(\d+):)?(\d{1,3}):([0-5]\d)$/.exec(t);
  if (!clock) return null;
  const [, h, m, s] = clock;
  return ((Number(h ?? 0) * 60 + Number(m)) * 60 + Number(s)) * 1000;
}
