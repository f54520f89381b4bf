import { useId, useState } from 'react';
import { SCREEN_IDS, type ScreenId } from '../../shared/screen-ids';
import { formatClock } from '../chrome/format';
import { useCommands } from '../state/commands';

/**
 * "Jump to a screen": runs the virtual clock event by event until the device shows the chosen
 * screen (clock.runUntilScreen). A screen that needs a person's input first is not reached; the
 * note says so and where the device stopped.
 */
export function JumpToScreen() {
  const { run } = useCommands();
  const [screen, setScreen] = useState<ScreenId>('esp');
  const [note, setNote] = useState('');
  const selectId = useId();
  const jump = async () => {
    const result = await run('clock.runUntilScreen', { screen });
    if (!result) return;
    setNote(
      result.reached
        ? `${screen} at ${formatClock(result.nowMs)}`
        : `${screen} not reached: the device waits for input (at ${formatClock(result.nowMs)})`,
    );
  };
  return (
    <div className="chrome-group" role="group" aria-label="Jump to screen">
      <label htmlFor={selectId} className="chrome-group__label">
        Jump to
      </label>
      <select id={selectId} value={screen} onChange={(e) => setScreen(e.target.value as ScreenId)}>
        {SCREEN_IDS.map((id) => (
          <option key={id} value={id}>
            {id}
          </option>
        ))}
      </select>
      <button type="button" className="chrome-button" onClick={() => void jump()}>
        Jump to screen
      </button>
      <span className="clock__next" role="status">
        {note}
      </span>
    </div>
  );
}
