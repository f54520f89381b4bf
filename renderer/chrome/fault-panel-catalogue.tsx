import { useId, useState } from 'react';
import type { Fault } from '../../shared/faults';
import { Control, FaultButton } from './fault-control';

/**
 * The rest of the general catalogue (issue 13): an app the ESP tracks hangs or fails, the USB drive
 * is pulled out, the cloud management gateway slows down or stops answering. Each says what Windows will do (spec/errors.md A1/A5, esp.md, device-model.md).
 */
export function CatalogueFaults({ disabled, fire }: { disabled: boolean; fire: (fault: Fault) => void }) {
  const [app, setApp] = useState('');
  const appId = useId();
  const named = app.trim();
  const [script, setScript] = useState('');
  const scriptId = useId();
  const scriptName = script.trim();
  const [mbps, setMbps] = useState('1');
  const mbpsId = useId();
  const speed = Number(mbps);
  const speedOk = mbps.trim() !== '' && Number.isFinite(speed) && speed >= 0.01 && speed <= 10_000;
  return (
    <>
      <h3 className="side-section__subtitle">Apps and media</h3>
      <Control label="App the ESP tracks (its name as the ESP lists it)" htmlFor={appId}>
        <input
          id={appId}
          className="chrome-input"
          value={app}
          placeholder="e.g. Company Portal"
          onChange={(e) => setApp(e.target.value)}
        />
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
      <Control label="PowerShell script of the device preparation policy (its name)" htmlFor={scriptId}>
        <input id={scriptId} className="chrome-input" value={script} onChange={(e) => setScript(e.target.value)} />
        <FaultButton
          disabled={disabled || !scriptName}
          onClick={() => fire({ kind: 'device-prep.script', script: scriptName, outcome: 'hang' })}
        >
          Hang script
        </FaultButton>
        <FaultButton
          disabled={disabled || !scriptName}
          onClick={() => fire({ kind: 'device-prep.script', script: scriptName, outcome: 'failure' })}
        >
          Fail script
        </FaultButton>
      </Control>
      <p className="side-section__note">
        What Windows will do: a failed script fails the deployment (device-preparation.md F2): the page shows the
        failure message with Retry and Export logs, and the report lists the script Failed. A hung script keeps the page
        where it is until the policy&apos;s time limit (15–720 minutes) runs out, then the same failure page.
      </p>
      <Control label="Cloud management gateway speed to this device (Mbit/s)" htmlFor={mbpsId}>
        <input
          id={mbpsId}
          className="chrome-input"
          value={mbps}
          inputMode="decimal"
          onChange={(e) => setMbps(e.target.value)}
        />
        <FaultButton disabled={disabled || !speedOk} onClick={() => fire({ kind: 'configmgr.cmg', mbps: speed })}>
          Slow the CMG
        </FaultButton>
        <FaultButton disabled={disabled} onClick={() => fire({ kind: 'configmgr.cmg', reachable: false })}>
          Cut the CMG
        </FaultButton>
        <FaultButton disabled={disabled} onClick={() => fire({ kind: 'configmgr.cmg', reachable: true })}>
          Restore the CMG
        </FaultButton>
      </Control>
      <p className="side-section__note" style={{ overflowWrap: 'anywhere' }}>
        What Windows will do: CCMSetup downloads the Configuration Manager client from the CMG during the ESP&apos;s
        Device preparation; slower, the download takes longer; unreachable, it waits. If it is not done when the
        ESP&apos;s time limit runs out, the page shows 0x800705b4 and the Shell-Core log records
        CommercialOOBE_ESPDevicePreparation_PolicyProvidersInstallation_TimedOut (errors.md A1).
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
