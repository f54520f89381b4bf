import { useId, useState, type KeyboardEvent } from 'react';
import type { ScreenViewOf } from '../../shared/snapshot';
import { OobeButton } from '../frame/oobe-button';
import { useCommands } from '../state/commands';
import { NETWORK_TEXT as T } from './network-strings';

type NetworkView = ScreenViewOf<'network'>;

/** The security-key box of the selected network; each keystroke goes to the device. */
function KeyPrompt({ ssid, error }: { ssid: string; error: string | null }) {
  const { type, click } = useCommands();
  const [key, setKey] = useState('');
  // A wrong key empties the device's box; the visible box follows, so what's shown is what's sent.
  const [shownError, setShownError] = useState(error);
  if (error !== shownError) {
    setShownError(error);
    if (error) setKey('');
  }
  const inputId = useId();
  const errorId = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') click('key-next');
    if (event.key === 'Escape') click('key-cancel');
  };
  return (
    <div className="net-detail" role="group" aria-label={ssid}>
      <label className="net-detail__label" htmlFor={inputId}>
        {T.keyLabel}
      </label>
      <input
        id={inputId}
        data-field="network-key"
        className="oobe-input"
        type="password"
        autoComplete="off"
        spellCheck={false}
        autoFocus
        value={key}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => {
          setKey(event.target.value);
          type('network-key', event.target.value);
        }}
        onKeyDown={onKeyDown}
      />
      {error ? (
        <p id={errorId} className="net-detail__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="net-detail__buttons">
        <OobeButton control="key-next" label={T.keyNext} primary />
        <OobeButton control="key-cancel" label={T.cancel} />
      </div>
    </div>
  );
}

/** What opens under the selected network: the Connect button, or the key prompt once asked. */
export function NetworkDetails({ view, ssid }: { view: NetworkView; ssid: string }) {
  const network = view.networks.find((n) => n.ssid === ssid);
  if (!network || view.selectedSsid !== ssid) return null;
  if (view.passwordPrompt?.ssid === ssid) {
    return <KeyPrompt ssid={ssid} error={view.passwordPrompt.error} />;
  }
  if (network.connected || view.connecting === ssid) return null;
  return (
    <div className="net-detail net-detail--connect" role="group" aria-label={ssid}>
      <div className="net-detail__buttons">
        <OobeButton control="connect" label={T.connect} primary />
      </div>
    </div>
  );
}
