import type { ScreenViewOf } from '../../../shared/snapshot';
import { PREPROVISION_STRINGS } from '../../../shared/strings-preprovision';
import { OobeButton } from '../../frame/oobe-button';
import { PreprovisionLink } from './preprovision-link';
import { PreprovisionResultPage } from './preprovision-result-page';
import './preprovision.css';

const S = PREPROVISION_STRINGS.result;

/**
 * Pre-provisioning failed (provisioning-modes.md §1.4 T6b): the error line, the details, the
 * elapsed time, "Retry" and "Reset" (both primary, both disabled once a reset is starting), and
 * the way to the logs when the ESP profile collects them — Windows 10 a "View diagnostics" link
 * bottom-left, Windows 11 a line naming Ctrl+Shift+D (the page then offers "Export Logs").
 */
export function PreprovisionFailureScreen({ view }: { view: ScreenViewOf<'preprovision-failure'> }) {
  const links =
    view.logs === 'view-diagnostics' ? (
      <PreprovisionLink control="view-diagnostics" label={S.viewDiagnostics} disabled={view.resetting} />
    ) : null;
  const buttons = (
    <>
      <OobeButton control="retry" label={S.retry} primary disabled={view.resetting} />
      <OobeButton control="reset" label={S.reset} primary disabled={view.resetting} />
    </>
  );
  return (
    <PreprovisionResultPage
      screen="preprovision-failure"
      title={S.failureTitle}
      error={view.errorText}
      details={view}
      links={links}
      buttons={buttons}
    >
      <p>{S.failureText}</p>
      {view.logs === 'ctrl-shift-d' ? <p>{S.ctrlShiftDHint}</p> : null}
    </PreprovisionResultPage>
  );
}
