import { Fragment, useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useCommands } from '../state/commands';
import './select-list.css';

export interface ListItem {
  /** What the core calls the item (sent as `device.select`'s item). */
  value: string;
  /**
   * The item's visible name (type-ahead spells it). Also its accessible name: a `content` must show it
   * as text screen readers can read (not aria-hidden), since the name is computed from what is shown.
   */
  label: string;
  content?: ReactNode;
  /** Extra state read by screen readers after the name (e.g. "Secured"). */
  description?: string;
  disabled?: boolean;
}

interface SelectListProps {
  /** The control id the core knows this list by. */
  list: string;
  label?: string;
  labelledBy?: string;
  items: readonly ListItem[];
  selected: string | null;
  /** Rendered right after an item's row, e.g. the expanded part of the selected network. */
  after?: (item: ListItem) => ReactNode;
  className?: string;
}

const PAGE = 8;

/**
 * A single-select Windows list as an ARIA listbox: click, arrow keys, Home/End, Page Up/Down and
 * type-ahead all select through the device (`device.select`); the highlight follows the device's
 * state, not local state.
 */
export function SelectList({ list, label, labelledBy, items, selected, after, className }: SelectListProps) {
  const { select } = useCommands();
  const listRef = useRef<HTMLDivElement>(null);
  const idBase = useId();
  const enabled = items.filter((item) => !item.disabled);
  // The picks sent to the device that its snapshot does not show yet. Keys pressed faster than the
  // device's answer (a held arrow key) move on from the last pick, not from the selection shown.
  const pending = useRef<string[]>([]);
  useLayoutEffect(() => {
    const caughtUp = pending.current.indexOf(selected ?? '');
    // The device reached one of our picks (drop it and those before it), or chose on its own (a replay).
    pending.current = caughtUp >= 0 ? pending.current.slice(caughtUp + 1) : [];
  }, [selected]);
  // Read when a key arrives, not at render: several keys can come between two snapshots.
  const current = () => pending.current.at(-1) ?? selected;
  const currentIndex = () => enabled.findIndex((item) => item.value === current());
  const selectedIndex = enabled.findIndex((item) => item.value === selected);

  // Keep the device's selection in view (the region list opens on the current country).
  // Measured in the next frame's animation callback, which runs before that frame is drawn: read in
  // the commit, offsetTop laid the whole new page out inside the snapshot's task (issue 16).
  useLayoutEffect(() => {
    const frame = requestAnimationFrame(() => {
      const box = listRef.current;
      const option = box?.querySelector<HTMLElement>('[role="option"][aria-selected="true"]');
      if (!box || !option) return;
      const top = option.offsetTop; // .select-list is the option's offsetParent
      if (top < box.scrollTop || top + option.offsetHeight > box.scrollTop + box.clientHeight) {
        box.scrollTop = top - (box.clientHeight - option.offsetHeight) / 2;
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [selected]);

  const choose = (index: number) => {
    const item = enabled[Math.max(0, Math.min(enabled.length - 1, index))];
    if (!item) return;
    if (item.value !== current()) pick(item.value);
    listRef.current?.querySelector<HTMLElement>(`[data-value="${CSS.escape(item.value)}"]`)?.focus();
  };

  const pick = (value: string) => {
    pending.current = [...pending.current, value];
    select(list, value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys typed into a row's own controls (the network key box) are not list navigation.
    if ((event.target as HTMLElement).getAttribute('role') !== 'option') return;
    const at = currentIndex();
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: enabled.length - 1,
      PageDown: at + PAGE,
      PageUp: at - PAGE,
    };
    if (event.key.length !== 1 || event.key === ' ') typed.current = '';
    const target = moves[event.key];
    const option = event.target as HTMLElement;
    const focused = enabled.find((item) => item.value === option.dataset.value);
    if (target !== undefined) {
      event.preventDefault();
      choose(at < 0 && event.key.startsWith('Arrow') ? 0 : target);
    } else if ((event.key === ' ' || event.key === 'Enter') && focused) {
      // Space and Enter act on the focused item: choose it; Enter on the chosen one goes on with it.
      event.preventDefault();
      if (focused.value !== current()) pick(focused.value);
      else if (event.key === 'Enter') activate(option);
    } else if (event.key.length === 1 && /\S/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      typeAhead(event.key);
    }
  };

  /**
   * Enter on the chosen item: its own button when it has one open under it (a network's Connect),
   * otherwise the page's primary button (Yes, Next), as Windows's default button.
   */
  const activate = (option: HTMLElement) => {
    const below = option.nextElementSibling;
    const own = below && below.getAttribute('role') !== 'option' ? below.querySelector<HTMLElement>('button') : null;
    const primary = listRef.current
      ?.closest('.oobe-page')
      ?.querySelector<HTMLButtonElement>('.oobe-page__buttons .oobe-button--primary:not([disabled])');
    (own ?? primary)?.click();
  };

  // Type-ahead: letters typed one after another spell the start of an entry ("sw" → Sweden); the
  // same letter again steps through the entries starting with it. No wall clock (renderer rule): the
  // spelling starts over on any other key, when focus leaves, or when it matches nothing.
  const typed = useRef('');
  const typeAhead = (key: string) => {
    const letter = key.toLocaleLowerCase();
    const find = (text: string, from: number) =>
      [...enabled.slice(from), ...enabled.slice(0, from)].find((item) =>
        item.label.toLocaleLowerCase().startsWith(text),
      );
    const spelled = typed.current === letter ? letter : typed.current + letter;
    const at = currentIndex();
    let match = find(spelled, spelled.length > 1 ? Math.max(at, 0) : at + 1);
    typed.current = spelled;
    if (!match) {
      typed.current = letter;
      match = find(letter, at + 1);
    }
    if (match) choose(enabled.indexOf(match));
  };

  const focusable = selected !== null && selectedIndex >= 0 ? selected : enabled[0]?.value;

  return (
    <div
      ref={listRef}
      role="listbox"
      data-list={list}
      aria-label={label}
      aria-labelledby={labelledBy}
      className={className ? `select-list ${className}` : 'select-list'}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) typed.current = '';
      }}
    >
      {items.map((item, index) => {
        const isSelected = item.value === selected;
        const descriptionId = item.description ? `${idBase}-d${index}` : undefined;
        return (
          <Fragment key={item.value}>
            <div
              role="option"
              aria-selected={isSelected}
              aria-disabled={item.disabled || undefined}
              // No aria-label: the name comes from the row's visible text, so what a speech-input user
              // reads on screen is what names the option (WCAG 2.5.3, axe label-content-name-mismatch).
              aria-describedby={descriptionId}
              data-value={item.value}
              tabIndex={item.value === focusable ? 0 : -1}
              className="select-list__option"
              onClick={() => !item.disabled && !isSelected && select(list, item.value)}
            >
              {item.content ?? item.label}
              {descriptionId ? (
                <span id={descriptionId} hidden>
                  {item.description}
                </span>
              ) : null}
            </div>
            {after?.(item)}
          </Fragment>
        );
      })}
    </div>
  );
}
