import type { ScreenViewOf } from '../../shared/snapshot';
import { OOBE_STRINGS } from '../../shared/strings';
import { OobeButton } from '../frame/oobe-button';
import { OobeFrame } from '../frame/oobe-frame';
import { OobePage } from '../frame/oobe-page';
import { GlobeArt } from '../illustrations/globe-art';
import { SelectList } from './select-list';

const S = OOBE_STRINGS.region;

/** "Is this the right country or region?" (oobe-ui.md §4). */
export function RegionScreen({ view }: { view: ScreenViewOf<'region'> }) {
  return (
    <OobeFrame screen="region" illustration={<GlobeArt />}>
      <OobePage title={S.title} buttons={<OobeButton control="yes" label={S.yes} primary />}>
        <SelectList
          list="region"
          label={S.listLabel}
          items={view.regions.map((region) => ({ value: region, label: region }))}
          selected={view.selected}
        />
      </OobePage>
    </OobeFrame>
  );
}
