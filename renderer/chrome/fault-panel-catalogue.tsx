import { useId, useState } from 'react';
import type { Fault } from '../../shared/faults';
import { Control, FaultButton } from './fault-control';

/**
 * The rest of the general catalogue (issue 13): an app the ESP tracks hangs or fails, the USB drive
 * is pulled out. Each says what Windows will do (spec/errors.md A1/A5, esp.md, device-model.md).
 */
export function CatalogueFaults({ disabled, fire }: { disabled: boolean; fire: (fault: Fault) => void }) {
  const [app, setApp] = useState('');
  const appId = useId();
  const named = app.trim();
  return (
    <>
      <h3 className="side-section__subtitle">Apps and media</h3>
      <Control label="App the ESP tracks (its name as the ESP lists it)" htmlFor={appId}>
        <input id={appId} value={app} placeholder="e.g. Company Portal" onChange={(e) => setApp(e.target.value)} />
        <FaultButton
          disabled={disabled || !named}
          onClick={() => fire({ kind: 'esp.app', app: named, outcome: 'hang' })}
        >
          Hang app
        </FaultButton>
        <FaultButton
          disabled={disabled || !named}
          onClick={() => fire({ kind: 'esp.app', app: named, outcome: 'failure' })}
        >
          Fail app
        </FaultButton>
      </Control>
      <p className="side-section__note">
        What Windows will do: a hung app keeps the ESP on its page until the ESP&apos;s time limit (60 minutes by
        default), then the page shows 0x800705b4 (errors.md A1); a failed app shows the ESP&apos;s error for Apps at
        once (errors.md A5), 0x80070643 here.
      </p>
      <Control label="USB drive">
        <FaultButton disabled={disabled} onClick={() => fire({ kind: 'usb.remove' })}>
          Remove USB drive
        </FaultButton>
      </Control>
      <p className="side-section__note">
        What Windows will do: Export logs and Collect logs find no removable drive to write to, and a provisioning
        package on the drive is no longer there to apply (device-model.md, oobe-ui.md §19).
      </p>
    </>
  );
}
