import type { LockScreenView } from '../../../shared/snapshot';
import { RESET_STRINGS } from '../../../shared/strings-reset';
import { useCommands } from '../../state/commands';
import { Wallpaper } from '../wallpaper';
import { ianaZone } from '../device-time';
import '../full-screen.css';
import './reset.css';

function formatted(iso: string, timeZone: string) {
  const date = new Date(iso);
  const zone = ianaZone(timeZone);
  return {
    // en-US draws the lock screen's time on a 12-hour clock without AM/PM ("3:07").
    time: new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: zone })
      .formatToParts(date)
      .filter((part) => part.type === 'hour' || part.type === 'minute' || part.type === 'literal')
      .map((part) => part.value)
      .join('')
      .trim(),
    date: new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', timeZone: zone }).format(
      date,
    ),
  };
}

/**
 * The lock screen of a signed-in device: our own night wallpaper, the device clock's time and date.
 * Selecting the screen (or Ctrl+Alt+Delete) brings up the password prompt; Ctrl+Win+R here opens
 * the local Autopilot Reset when the policy allows it.
 */
export function LockScreen({ view }: { view: LockScreenView }) {
  const { click } = useCommands();
  const { time, date } = formatted(view.deviceTime, view.timeZone);
  return (
    <div className="full-screen lock-screen" data-screen="lock-screen">
      <Wallpaper variant="lock" />
      <div className="full-screen__veil lock-screen__veil" />
      <div className="lock-screen__clock">
        <time className="lock-screen__time" dateTime={view.deviceTime}>
          {time}
        </time>
        <p className="lock-screen__date">{date}</p>
      </div>
      <button type="button" className="lock-screen__dismiss" onClick={() => click('dismiss')}>
        <span className="lock-screen__hint">{RESET_STRINGS.lock.hint}</span>
      </button>
    </div>
  );
}
