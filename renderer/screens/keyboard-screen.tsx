import type { ScreenViewOf } from '../../shared/snapshot';
import { OOBE_STRINGS } from '../../shared/strings';
import { OobeButton } from '../frame/oobe-button';
import { OobeFrame } from '../frame/oobe-frame';
import { OobePage } from '../frame/oobe-page';
import { KeyboardArt } from '../illustrations/keyboard-art';
import { SelectList } from './select-list';

const S = OOBE_STRINGS.keyboard;

/** "Is this the right keyboard layout or input method?" (oobe-ui.md §5 panel 1). */
export function KeyboardScreen({ view }: { view: ScreenViewOf<'keyboard'> }) {
  return (
    <OobeFrame screen="keyboard" illustration={<KeyboardArt />}>
      <OobePage title={S.title} subtitle={S.subtitle} buttons={<OobeButton control="yes" label={S.yes} primary />}>
        <SelectList
          list="keyboard"
          label={S.title}
          items={view.layouts.map((layout) => ({ value: layout, label: layout }))}
          selected={view.selected}
        />
      </OobePage>
    </OobeFrame>
  );
}
