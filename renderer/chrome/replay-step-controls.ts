import type { RecordedInput } from '../../shared/recording';
import type { ControlLabel } from '../../shared/recording-captions';

/**
 * The device screen's element an input used, found by the data attributes the screens put on
 * their controls (the same ones `oobe-sim record` looks up in Chromium), and what it is called
 * on screen. Only the live device counts: the replay bar's thumbnails carry the same attributes.
 */
export function controlOf(input: RecordedInput): HTMLElement | null {
  let selector: string | null = null;
  if ('click' in input) selector = `[data-control="${cssString(input.click)}"]`;
  else if ('select' in input)
    selector = `[data-list="${cssString(input.select.list)}"] [data-value="${cssString(input.select.item)}"]`;
  else if ('type' in input) selector = `[data-field="${cssString(input.type.field)}"]`;
  if (!selector) return null;
  const stage = document.querySelector('main.sim-stage');
  if (!stage) return null;
  return (
    [...stage.querySelectorAll<HTMLElement>(selector)].find(
      (el) => !el.closest('.screen-thumbnail') && el.getClientRects().length > 0,
    ) ?? null
  );
}

/**
 * A control's name as a person reads it: a box by its label (a placeholder is an example, not a
 * name), a button by the text on it, an icon button by its accessible name.
 */
export function labelOf(el: HTMLElement | null): ControlLabel {
  if (!el) return { label: null };
  const named = el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '';
  let label: string;
  if (el instanceof HTMLInputElement) {
    const byId = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null;
    label = named || byId || '';
  } else label = (el.innerText || '').split('\n')[0]!.trim() || named;
  return {
    label: label.trim() || null,
    secret: el instanceof HTMLInputElement && el.type === 'password',
  };
}

function cssString(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
