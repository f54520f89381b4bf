import { ENROLLMENT_STRINGS, format } from '../../../shared/strings-enrollment';
import type { EspCategoryView, EspItemView } from '../../../shared/views/esp-view';
import type { EspCategory, EspItem } from './esp-state';

const S = ENROLLMENT_STRINGS.esp;

/** The verb each setup item counts with (external-facts.md §1.4): applied, added, installed. */
const COUNT_TEMPLATE: Partial<Record<EspItem['id'], string>> = {
  policies: S.itemStatus.applied,
  certificates: S.itemStatus.applied,
  network: S.itemStatus.added,
  apps: S.itemStatus.installed,
};

/** The text in parentheses after an item's name (oobe-ui.md §12.3). */
function itemStatusText(item: EspItem): string {
  switch (item.state) {
    case 'waiting':
      return S.itemStatus.waiting;
    case 'identifying':
      return S.itemStatus.identifying;
    case 'not-required':
      return S.itemStatus.notRequired;
    case 'previous-failed':
      return S.itemStatus.previousFailed;
    case 'failed':
      return item.errorCode ?? S.categoryStatus.failed;
    default: {
      const template = COUNT_TEMPLATE[item.id];
      if (!template) return item.state === 'complete' ? S.itemStatus.complete : S.itemStatus.working;
      const done = item.works.filter((w) => w.state === 'done').length;
      return format(template, done, item.works.length);
    }
  }
}

function itemView(item: EspItem): EspItemView {
  return { id: item.id, label: S.items[item.id], state: item.state, statusText: itemStatusText(item) };
}

/** A category as the screen draws it: name, status text, and its items when expanded. */
export function categoryView(cat: EspCategory): EspCategoryView {
  return {
    id: cat.id,
    label: S.categories[cat.id],
    state: cat.state,
    statusText: S.categoryStatus[cat.state],
    expanded: cat.expanded,
    // "Securing your hardware" is hidden after an Autopilot Reset only; user-driven shows it as complete.
    items: cat.items.map(itemView),
  };
}
