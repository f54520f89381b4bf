import type { ScreenViewOf } from '../../shared/snapshot';
import { OOBE_STRINGS } from '../../shared/strings';
import { OobeButton } from '../frame/oobe-button';
import { OobeFrame } from '../frame/oobe-frame';
import { OobePage } from '../frame/oobe-page';
import { KeyboardArt } from '../illustrations/keyboard-art';
import { SelectList } from './select-list';

const S = OOBE_STRINGS.secondKeyboard;
const asItems = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

function Panel({ view }: { view: ScreenViewOf<'second-keyboard'> }) {
  switch (view.panel) {
    case 'ask':
      return (
        <OobePage
          key="ask"
          title={S.title}
          buttons={
            <>
              <OobeButton control="add-layout" label={S.addLayout} />
              <OobeButton control="skip" label={S.skip} accessibleName={S.skipAccessibleName} primary />
            </>
          }
        />
      );
    case 'language':
      return (
        <OobePage key="language" title={S.languageTitle} buttons={<OobeButton control="next" label={S.next} primary />}>
          <SelectList
            list="second-keyboard-language"
            label={S.languageTitle}
            items={asItems(view.languages)}
            selected={view.selectedLanguage}
          />
        </OobePage>
      );
    case 'layout':
      return (
        <OobePage
          key="layout"
          title={S.layoutTitle}
          buttons={<OobeButton control="add-layout" label={S.addLayout} primary />}
        >
          <SelectList
            list="second-keyboard-layout"
            label={S.layoutTitle}
            items={asItems(view.layouts)}
            selected={view.selectedLayout}
          />
        </OobePage>
      );
  }
}

/** The keyboard page's panels 2–4: ask, pick a language, pick a layout (oobe-ui.md §5). */
export function SecondKeyboardScreen({ view }: { view: ScreenViewOf<'second-keyboard'> }) {
  return (
    <OobeFrame screen="second-keyboard" illustration={<KeyboardArt />}>
      <Panel view={view} />
    </OobeFrame>
  );
}
