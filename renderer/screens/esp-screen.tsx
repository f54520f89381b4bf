import type { ScreenViewOf } from '../../shared/snapshot';
import { ENROLLMENT_STRINGS } from '../../shared/strings-enrollment';
import { OobeButton } from '../frame/oobe-button';
import { OobeFrame } from '../frame/oobe-frame';
import { OobePage } from '../frame/oobe-page';
import { AutopilotArt } from '../illustrations/autopilot-art';
import { EspCategories } from './esp-categories';

const S = ENROLLMENT_STRINGS.esp;

/**
 * "Setting up for work or school" while it runs (oobe-ui.md §12.1, §12.5): the three categories,
 * and "Continue anyway" (non-blocking ESP) or "Sign out" (hybrid, Account setup done) bottom-right.
 */
export function EspScreen({ view }: { view: ScreenViewOf<'esp'> }) {
  const buttons = (
    <>
      {view.continueAnyway ? <OobeButton control="continue-anyway" label={S.continueAnyway} primary /> : null}
      {view.signOut ? <OobeButton control="sign-out" label={S.signOut} primary /> : null}
    </>
  );
  return (
    <OobeFrame screen="esp" illustration={<AutopilotArt />}>
      <OobePage title={S.title} subtitle={S.subtitle} buttons={buttons}>
        <EspCategories categories={view.categories} detailsStyle={view.detailsStyle} />
      </OobePage>
    </OobeFrame>
  );
}
