import type { ScreenViewOf } from '../../shared/snapshot';
import { ENROLLMENT_STRINGS, format } from '../../shared/strings-enrollment';
import { OobeButton } from '../frame/oobe-button';
import { OobeFrame } from '../frame/oobe-frame';
import { OobePage } from '../frame/oobe-page';
import { ErrorArt } from '../illustrations/error-art';
import './something-went-wrong.css';

const S = ENROLLMENT_STRINGS.error;
/** [UNVERIFIED] the label before the code (docs show codes such as 801c0003 and 80180018 bare). */
const ERROR_CODE = 'Error code: {0}';

/** "Something went wrong" (oobe-ui.md §20, user-driven.md §5): the reason, its code, "Try again". */
export function SomethingWentWrongScreen({ view }: { view: ScreenViewOf<'something-went-wrong'> }) {
  // Some messages already end with their code ("…, error code 801c0003"): don't say it twice.
  const showCode = !!view.code && !view.message.toLowerCase().includes(view.code.toLowerCase());
  return (
    <OobeFrame screen="something-went-wrong" illustration={<ErrorArt />}>
      <OobePage
        title={S.title}
        buttons={view.canTryAgain ? <OobeButton control="try-again" label={S.tryAgain} primary /> : null}
      >
        <div className="swr" role="alert">
          <p className="swr__message">{view.message}</p>
          {showCode ? <p className="swr__code">{format(ERROR_CODE, view.code ?? '')}</p> : null}
        </div>
      </OobePage>
    </OobeFrame>
  );
}
