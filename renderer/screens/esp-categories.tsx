import {
  Checkmark12Filled,
  ChevronDown20Regular,
  ChevronUp20Regular,
  Dismiss12Filled,
  People24Regular,
  PhoneLaptop24Regular,
  SettingsCogMultiple24Regular,
} from '@fluentui/react-icons';
import { useId } from 'react';
import type { EspCategoryId, EspCategoryView, EspItemView } from '../../shared/snapshot';
import { ENROLLMENT_STRINGS } from '../../shared/strings-enrollment';
import { ESP_CATEGORY_IDS } from '../../shared/views/esp-view';
import { useCommands } from '../state/commands';
import './esp.css';

const S = ENROLLMENT_STRINGS.esp;

/** The category glyphs of oobe-ui.md §12.1: gears, devices, people. */
const GLYPHS: Record<EspCategoryId, typeof People24Regular> = {
  'device-preparation': SettingsCogMultiple24Regular,
  'device-setup': PhoneLaptop24Regular,
  'account-setup': People24Regular,
};

type DetailsStyle = 'chevron' | 'text';

/** The small round badge before the status text: a check on success, a cross on failure, else nothing. */
function StatusBadge({ state }: { state: EspCategoryView['state'] }) {
  if (state === 'complete') {
    return (
      <span className="esp-badge esp-badge--complete" aria-hidden="true">
        <Checkmark12Filled />
      </span>
    );
  }
  if (state === 'failed') {
    return (
      <span className="esp-badge esp-badge--failed" aria-hidden="true">
        <Dismiss12Filled />
      </span>
    );
  }
  return null;
}

/**
 * Windows 11 opens a category with a chevron named "<category> Show details"; Windows 10 with a
 * "Show details" text button that only appears once the category has started (oobe-ui.md §12.1).
 */
function DetailsToggle({ category, style }: { category: EspCategoryView; style: DetailsStyle }) {
  const { click } = useCommands();
  const label = category.expanded ? S.hideDetails : S.showDetails;
  const onClick = () => click(`toggle-${category.id}`);
  if (style === 'text') {
    if (category.state === 'waiting') return null;
    return (
      <button
        type="button"
        className="esp-cat__text-toggle"
        data-control={`toggle-${category.id}`}
        aria-expanded={category.expanded}
        onClick={onClick}
      >
        {label}
      </button>
    );
  }
  const Chevron = category.expanded ? ChevronUp20Regular : ChevronDown20Regular;
  return (
    <button
      type="button"
      className="esp-cat__chevron"
      data-control={`toggle-${category.id}`}
      aria-label={`${category.label} ${label}`}
      aria-expanded={category.expanded}
      title={label}
      onClick={onClick}
    >
      <Chevron aria-hidden="true" />
    </button>
  );
}

function itemClass(item: EspItemView): string {
  return item.state === 'failed' ? 'esp-item esp-item--failed' : 'esp-item';
}

function Category({ category, style }: { category: EspCategoryView; style: DetailsStyle }) {
  const nameId = useId();
  const Glyph = GLYPHS[category.id];
  const failed = category.state === 'failed';
  return (
    <div className="esp-cat" role="group" aria-labelledby={nameId} data-category={category.id}>
      <div className="esp-cat__head">
        <Glyph className="esp-cat__glyph" aria-hidden="true" />
        <h2 id={nameId} className="esp-cat__name">
          {category.label}
        </h2>
        <DetailsToggle category={category} style={style} />
      </div>
      <div className={failed ? 'esp-cat__status esp-cat__status--failed' : 'esp-cat__status'}>
        <StatusBadge state={category.state} />
        <span>{category.statusText}</span>
      </div>
      {category.state === 'working' ? (
        <div className="esp-cat__bar" role="progressbar" aria-label={category.label}>
          <span className="esp-cat__bar-fill" />
        </div>
      ) : null}
      {category.expanded ? (
        <ul className="esp-cat__items">
          {category.items.map((item) => (
            <li key={item.id} className={itemClass(item)}>
              {`${item.label} (${item.statusText})`}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A category the device hasn't reported (yet): drawn waiting, because the page always shows all three. */
function waiting(id: EspCategoryId): EspCategoryView {
  return {
    id,
    label: S.categories[id],
    state: 'waiting',
    statusText: S.categoryStatus.waiting,
    expanded: false,
    items: [],
  };
}

/** The ESP's three category blocks (always all three), shared by the running and the error page. */
export function EspCategories({
  categories,
  detailsStyle,
}: {
  categories: readonly EspCategoryView[];
  detailsStyle: DetailsStyle;
}) {
  const all = ESP_CATEGORY_IDS.map((id) => categories.find((c) => c.id === id) ?? waiting(id));
  return (
    <div className="oobe-scroll-column esp-cats">
      {all.map((category) => (
        <Category key={category.id} category={category} style={detailsStyle} />
      ))}
    </div>
  );
}
