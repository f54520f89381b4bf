import { ArrowReset24Regular, Checkmark16Regular, UsbStick20Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { AutopilotResetView, ResetStepView } from '../../../shared/snapshot';
import { RESET_STRINGS, fill } from '../../../shared/strings-reset';
import { Wallpaper } from '../wallpaper';
import { ResetCredentialsForm } from './reset-credentials-form';
import '../full-screen.css';
import './reset.css';

const S = RESET_STRINGS.signIn;
const P = RESET_STRINGS.progress;

/**
 * The custom sign-in screen of a local Autopilot Reset (001:11320–11325): it checks the person may
 * trigger the reset and says whether a provisioning package will be used. Wording is ours (the seeds
 * give none), over the lock screen's blurred wallpaper.
 */
function ResetSignIn({ view }: { view: AutopilotResetView }) {
  const titleId = useId();
  const pkg = view.provisioningPackage;
  return (
    <div className="full-screen reset-screen" data-screen="autopilot-reset" data-stage="sign-in">
      <Wallpaper variant="lock" />
      <div className="full-screen__veil full-screen__veil--blur" />
      <section className="reset-panel" aria-labelledby={titleId}>
        <ResetCredentialsForm
          username={view.username}
          error={view.error}
          submit={{ control: 'reset', label: S.reset }}
          secondary={{ control: 'cancel', label: S.cancel }}
        >
          <div className="reset-panel__icon" aria-hidden="true">
            <ArrowReset24Regular />
          </div>
          <h1 id={titleId} className="reset-panel__title">
            {S.title}
          </h1>
          <p className="reset-panel__text">{S.intro}</p>
          <p className="reset-panel__text reset-panel__text--quiet">{S.keeps}</p>
          <p className={pkg ? 'reset-panel__package' : 'reset-panel__package reset-panel__package--none'} role="status">
            <UsbStick20Regular aria-hidden="true" />
            <span>{pkg ? fill(S.packageFound, pkg.file, pkg.label, pkg.drive) : S.noPackage}</span>
          </p>
        </ResetCredentialsForm>
      </section>
    </div>
  );
}

function Step({ step }: { step: ResetStepView }) {
  return (
    <li
      className={`reset-steps__item reset-steps__item--${step.state}`}
      aria-current={step.state === 'working' ? 'step' : undefined}
    >
      <span className="reset-steps__mark" aria-hidden="true">
        {step.state === 'done' ? (
          <Checkmark16Regular />
        ) : step.state === 'working' ? (
          <span className="reset-spinner" />
        ) : null}
      </span>
      {step.label}
    </li>
  );
}

/** The reset under way: the share done, what it is doing, and not to switch the device off. */
function ResetProgress({ view }: { view: AutopilotResetView }) {
  const titleId = useId();
  return (
    <div className="full-screen reset-progress" data-screen="autopilot-reset" data-stage="progress">
      <section className="reset-progress__body" aria-labelledby={titleId}>
        <span className="reset-spinner reset-spinner--large" aria-hidden="true" />
        <h1 id={titleId} className="reset-progress__title">
          {view.kind === 'remote' ? P.titleRemote : P.titleLocal}
        </h1>
        <p className="reset-progress__percent" role="status">
          {fill(P.percent, String(view.percent))}
        </p>
        <ol className="reset-steps">
          {view.steps.map((step) => (
            <Step key={step.id} step={step} />
          ))}
        </ol>
        <p className="reset-progress__note">{P.keepOn}</p>
      </section>
    </div>
  );
}

export function AutopilotResetScreen({ view }: { view: AutopilotResetView }) {
  return view.stage === 'sign-in' ? <ResetSignIn view={view} /> : <ResetProgress view={view} />;
}
