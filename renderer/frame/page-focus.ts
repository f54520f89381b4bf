import { useEffect, type KeyboardEvent, type RefObject } from 'react';

/**
 * Keyboard focus on an OOBE page as Windows does it: each page starts with focus on its first
 * control (the list's current item, the first text box, or the primary button), focus that falls
 * off the page (its control removed or disabled) comes back to that control, and Tab cycles
 * within the page instead of wandering into the simulator's chrome.
 */

const TABBABLE =
  'button:not([disabled]), a[href], input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The order in which a page's "first control" is looked for (oobe-ui.md §1). */
const FIRST_CONTROL = [
  '[role="listbox"] [role="option"][tabindex="0"]',
  'input:not([disabled]):not([type="hidden"]):not([type="checkbox"]):not([type="radio"]), textarea:not([disabled])',
  '.oobe-button--primary:not([disabled])',
  TABBABLE,
];

// checkVisibility needs the page's styles only, not its layout: asking for client rects forced a
// layout of the new page inside the snapshot's task, before the frame laid it out again (issue 16).
function visible(element: HTMLElement): boolean {
  return element.checkVisibility() && !element.closest('[inert]');
}

/** Puts focus on the page's first control; false when the page has none yet. */
export function focusFirstControl(root: HTMLElement): boolean {
  for (const selector of FIRST_CONTROL) {
    const target = [...root.querySelectorAll<HTMLElement>(selector)].find(visible);
    if (target) {
      // The first control is in view on arrival; scrolling it there would lay the page out now.
      target.focus({ preventScroll: true });
      return true;
    }
  }
  return false;
}

/** Focus is free to take: nothing focused, or something on the device's own display (never the chrome). */
function focusIsFree(root: HTMLElement): boolean {
  const active = document.activeElement;
  if (!active || active === document.body) return true;
  if (root.contains(active)) return false;
  return active.closest('.viewport__display') !== null && !active.closest('[data-screen]')?.contains(root);
}

/** Gives the page its first control's focus on arrival, and back whenever focus falls off the page. */
export function usePageFocus(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    if (focusIsFree(root)) focusFirstControl(root);
    let last: Element | null = root.contains(document.activeElement) ? document.activeElement : null;
    const onFocusIn = (event: FocusEvent) => {
      last = event.target as Element;
    };
    // The focused control was removed (a Connect button replaced by the key box) or disabled.
    const observer = new MutationObserver(() => {
      const active = document.activeElement;
      const lost = last !== null && (!last.isConnected || (last as HTMLButtonElement).disabled === true);
      if (lost && (!active || active === document.body || active === last)) {
        last = null;
        focusFirstControl(root);
      }
    });
    root.addEventListener('focusin', onFocusIn);
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
    return () => {
      root.removeEventListener('focusin', onFocusIn);
      observer.disconnect();
    };
  }, [ref]);
}

/** Tab and Shift+Tab wrap around inside the page (its card and footer), as on Windows. */
export function keepTabInside(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey) return;
  const tabbables = [...event.currentTarget.querySelectorAll<HTMLElement>(TABBABLE)].filter(visible);
  const first = tabbables[0];
  const last = tabbables.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !event.currentTarget.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !event.currentTarget.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}
