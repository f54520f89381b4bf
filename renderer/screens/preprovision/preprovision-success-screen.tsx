import type { ScreenViewOf } from '../../../shared/snapshot';
import { PREPROVISION_STRINGS } from '../../../shared/strings-preprovision';
import { OobeButton } from '../../frame/oobe-button';
import { PreprovisionResultPage } from './preprovision-result-page';
import './preprovision.css';

const S = PREPROVISION_STRINGS.result;

/**
 * Pre-provisioning succeeded (provisioning-modes.md §1.4 T6a): the details, the elapsed time and
 * "Reseal", which shuts the device down ready to ship. With no ESP tracking, a line says the
 * success covers enrollment only.
 */
export function PreprovisionSuccessScreen({ view }: { view: ScreenViewOf<'preprovision-success'> }) {
  return (
    <PreprovisionResultPage
      screen="preprovision-success"
      title={S.successTitle}
      details={view}
      buttons={<OobeButton control="reseal" label={S.reseal} primary />}
    >
      {view.enrollmentOnly ? <p>{S.enrollmentOnlyText}</p> : null}
      <p>{S.successText}</p>
    </PreprovisionResultPage>
  );
}
