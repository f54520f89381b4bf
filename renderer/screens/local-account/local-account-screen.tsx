import type { ScreenViewOf } from '../../../shared/snapshot';
import { LOCAL_ACCOUNT_STRINGS } from '../../../shared/strings-local-oobe';
import { OobeButton } from '../../frame/oobe-button';
import { OobeFrame } from '../../frame/oobe-frame';
import { OobePage } from '../../frame/oobe-page';
import { OobeTextField } from '../../frame/oobe-text-field';
import { ConsumerArt } from '../../illustrations/consumer-art';
import { useCommands } from '../../state/commands';
import { useFieldText } from '../../state/use-field-text';
import { useSecretText } from '../../state/use-secret-text';

type View = ScreenViewOf<'local-account'>;

const S = LOCAL_ACCOUNT_STRINGS;

function NameField({ view }: { view: View }) {
  const { click } = useCommands();
  const name = useFieldText(view.name);
  return (
    <OobeTextField
      field="name"
      text={name.text}
      onText={name.setText}
      onFocus={name.onFocus}
      onBlur={name.onBlur}
      error={view.error}
      onEnter={() => click('next')}
      type="text"
      autoComplete="off"
      autoFocus
      spellCheck={false}
      maxLength={20}
      placeholder={S.name.field}
      aria-label={S.name.field}
    />
  );
}

function SecretField({ view }: { view: View }) {
  const { click } = useCommands();
  const [text, setText] = useSecretText(view.error);
  const label = view.stage === 'confirm' ? S.confirm.field : S.password.field;
  return (
    <OobeTextField
      field={view.stage === 'confirm' ? 'confirm-password' : 'password'}
      text={text}
      onText={setText}
      error={view.error}
      onEnter={() => click('next')}
      type="password"
      autoComplete="new-password"
      autoFocus
      placeholder={label}
      aria-label={label}
    />
  );
}

/**
 * Local-account creation of the pre-provisioning user flow without wlidsvc (003:80): name, password,
 * confirm. Every string is [UNVERIFIED] (shared/strings-local-oobe.ts). Each stage keys its own box,
 * so nothing typed on one stage shows on the next.
 */
export function LocalAccountScreen({ view }: { view: View }) {
  const text = S[view.stage];
  const buttons = (
    <>
      {view.stage !== 'name' ? <OobeButton control="back" label={S.back} /> : null}
      <OobeButton control="next" label={S.next} primary />
    </>
  );
  return (
    <OobeFrame screen="local-account" illustration={<ConsumerArt />}>
      <OobePage title={text.title} subtitle={text.subtitle} buttons={buttons}>
        <div className="signin-form" key={view.stage}>
          {view.stage === 'name' ? <NameField view={view} /> : <SecretField view={view} />}
        </div>
      </OobePage>
    </OobeFrame>
  );
}
