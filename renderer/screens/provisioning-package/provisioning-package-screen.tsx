import type { ScreenViewOf } from '../../../shared/snapshot';
import { PROVISIONING_PACKAGE_STRINGS } from '../../../shared/strings-local-oobe';
import type { ProvisioningPackageButton } from '../../../shared/views/provisioning-package-view';
import { OobeButton } from '../../frame/oobe-button';
import { OobeFrame } from '../../frame/oobe-frame';
import { OobePage } from '../../frame/oobe-page';
import { ProgressRing } from '../../frame/progress-ring';
import { AutopilotArt } from '../../illustrations/autopilot-art';
import { ErrorArt } from '../../illustrations/error-art';
import './provisioning-package.css';

type View = ScreenViewOf<'provisioning-package'>;

const S = PROVISIONING_PACKAGE_STRINGS;

const BUTTON_LABELS: Record<ProvisioningPackageButton, string> = {
  'try-again': S.status.tryAgain,
  'reset-pc': S.status.resetPc,
  'get-logs': S.status.getLogs,
  continue: S.status.continue,
};

/** The packages found on removable media (the simulator lists them so a trainee sees what is installed). */
function PackageList({ view }: { view: View }) {
  return (
    <ul className="ppkg-list" aria-label="Provisioning packages">
      {view.packages.map((p) => (
        <li key={`${p.drive}${p.file}`} className="ppkg-list__item">
          <span className="ppkg-list__file">{p.file}</span>
          <span className="ppkg-list__drive">
            {p.label} ({p.drive})
          </span>
        </li>
      ))}
    </ul>
  );
}

function StatusButtons({ view }: { view: View }) {
  return (
    <>
      {view.buttons.map((id, index) => (
        <OobeButton key={id} control={id} label={BUTTON_LABELS[id]} primary={index === view.buttons.length - 1} />
      ))}
    </>
  );
}

/**
 * WIN ×5 row 1, "Install provisioning package" (oobe-ui.md §14): "Set up your PC?" with Yes/Cancel,
 * the spinning ring while the packages install, then the status page. Windows shows the error
 * illustration when setup completed with errors (oobe-ui.md §1).
 */
export function ProvisioningPackageScreen({ view }: { view: View }) {
  if (view.stage === 'confirm') {
    const buttons = (
      <>
        <OobeButton control="cancel" label={S.confirm.cancel} />
        <OobeButton control="yes" label={S.confirm.yes} primary />
      </>
    );
    return (
      <OobeFrame screen="provisioning-package" illustration={<AutopilotArt />}>
        <OobePage title={S.confirm.title} subtitle={S.confirm.body} buttons={buttons}>
          <PackageList view={view} />
        </OobePage>
      </OobeFrame>
    );
  }
  if (view.stage === 'installing') {
    return (
      <OobeFrame screen="provisioning-package" illustration={<AutopilotArt />}>
        <OobePage title={S.installing.title}>
          <div className="ppkg-progress">
            <ProgressRing status={S.installing.status} detail={S.installing.detail} />
          </div>
        </OobePage>
      </OobeFrame>
    );
  }
  const errors = view.result === 'errors';
  return (
    <OobeFrame screen="provisioning-package" illustration={errors ? <ErrorArt /> : <AutopilotArt />}>
      <OobePage title={errors ? S.status.errors : S.status.success} buttons={<StatusButtons view={view} />}>
        <PackageList view={view} />
        {view.logsWrittenTo ? (
          <p className="ppkg-logs" role="status">
            {view.logsWrittenTo}
          </p>
        ) : null}
      </OobePage>
    </OobeFrame>
  );
}
