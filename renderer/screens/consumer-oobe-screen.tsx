import { Briefcase24Regular, Person24Regular } from '@fluentui/react-icons';
import type { ScreenViewOf } from '../../shared/snapshot';
import { OOBE_STRINGS } from '../../shared/strings';
import { OobeButton } from '../frame/oobe-button';
import { OobeFrame } from '../frame/oobe-frame';
import { OobePage } from '../frame/oobe-page';
import { ConsumerArt } from '../illustrations/consumer-art';
import { SelectList } from './select-list';
import './consumer-oobe.css';

const S = OOBE_STRINGS.consumer;

const TILES = [
  { value: 'personal', label: S.personal, Icon: Person24Regular },
  { value: 'work', label: S.workOrSchool, Icon: Briefcase24Regular },
] as const;

/**
 * Windows 11 Pro's stock question when no Autopilot profile applies (oobe-ui.md §11): two
 * selectable tiles and "Next".
 */
export function ConsumerOobeScreen({ view }: { view: ScreenViewOf<'consumer-oobe'> }) {
  const items = TILES.map(({ value, label, Icon }) => ({
    value,
    label,
    content: (
      <>
        <Icon className="setup-tile__icon" aria-hidden="true" />
        <span>{label}</span>
      </>
    ),
  }));
  return (
    <OobeFrame screen="consumer-oobe" illustration={<ConsumerArt />}>
      <OobePage
        title={S.title}
        buttons={<OobeButton control="next" label={S.next} primary disabled={!view.selected} />}
      >
        <SelectList list="setup-type" label={S.title} items={items} selected={view.selected} className="setup-tiles" />
      </OobePage>
    </OobeFrame>
  );
}
