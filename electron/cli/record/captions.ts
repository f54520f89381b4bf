export { captionFor, type ControlLabel } from '../../../shared/recording-captions';
import { ENROLLMENT_STRINGS } from '../../../shared/strings-enrollment';
import type { EspCategoryId } from '../../../shared/views/esp-view';

/** "23 minutes", "1 hour 5 minutes", "40 seconds". */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.round(seconds / 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hours = h > 0 ? `${h} hour${h === 1 ? '' : 's'}` : '';
  const mins = m > 0 ? `${m} minute${m === 1 ? '' : 's'}` : '';
  return [hours, mins].filter(Boolean).join(' ');
}

/** Waits shorter than this are not worth a line of their own when longer ones exist. */
const LONG_SPAN_MS = 60_000;

/**
 * What a person would call the time spent on one screen: the ESP by the category at work
 * ("ESP Device setup", the words of the docs' "ESP Device setup: 23 minutes"), the dark
 * screens by what the device is doing, any other page by its heading.
 */
export function waitSpanName(screen: string, espCategory: EspCategoryId | null, heading: string): string {
  if (screen === 'esp' && espCategory) return `ESP ${ENROLLMENT_STRINGS.esp.categories[espCategory]}`;
  if (screen === 'powered-off') return 'The device is off';
  if (screen === 'boot') return 'Starting up';
  return heading;
}

/**
 * A long wait in one line: "ESP Device preparation: 4 minutes; ESP Device setup: 23 minutes".
 * Neighbouring spans of one name are one span; when some spans last a minute or more, the short
 * ones are left out (a restart in the middle of Device setup is still Device setup's time).
 */
export function waitCaption(spans: readonly { heading: string; ms: number }[]): string {
  const merged = mergeNeighbours(spans);
  const floor = merged.some((span) => span.ms >= LONG_SPAN_MS) ? LONG_SPAN_MS : 1000;
  // Merged again: a short restart between two stretches of Device setup leaves one stretch.
  return mergeNeighbours(merged.filter((span) => span.ms >= floor))
    .map((span) => `${span.heading}: ${formatDuration(span.ms)}`)
    .join('; ');
}

function mergeNeighbours(spans: readonly { heading: string; ms: number }[]): { heading: string; ms: number }[] {
  const merged: { heading: string; ms: number }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && last.heading === span.heading) last.ms += span.ms;
    else merged.push({ ...span });
  }
  return merged;
}
