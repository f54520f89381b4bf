import { ENROLLMENT_STRINGS } from '../../shared/strings-enrollment';
import { OobeTextField } from '../frame/oobe-text-field';
import { useCommands } from '../state/commands';
import { useSecretText } from '../state/use-secret-text';

const S = ENROLLMENT_STRINGS.mfa;

/**
 * The verification-code box of the sign-in's MFA page and of Windows Hello's identity check:
 * typed into the device's "code" field, Enter verifies, and a wrong code (the device's error)
 * empties it.
 */
export function MfaCodeField({ error, describedBy }: { error: string | null; describedBy: string }) {
  const { click } = useCommands();
  const [code, setCode] = useSecretText(error);
  return (
    <OobeTextField
      field="code"
      text={code}
      onText={setCode}
      error={error}
      describedBy={describedBy}
      onEnter={() => click('verify')}
      type="text"
      inputMode="numeric"
      autoComplete="one-time-code"
      autoFocus
      spellCheck={false}
      placeholder={S.placeholder}
      aria-label={S.placeholder}
    />
  );
}
