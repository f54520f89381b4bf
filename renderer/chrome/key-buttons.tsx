import { useCommands } from '../state/commands';

/** Keys a trainer can't press on the host keyboard (the Windows key is often taken by the host). */
export function KeyButtons({ enabled }: { enabled: boolean }) {
  const { key } = useCommands();
  return (
    <div className="chrome-group" role="group" aria-label="Device keyboard">
      <span className="chrome-group__label" aria-hidden="true">
        Keys
      </span>
      <button type="button" className="chrome-button" disabled={!enabled} onClick={() => key('Meta')}>
        Windows key
      </button>
      <button type="button" className="chrome-button" disabled={!enabled} onClick={() => key('Shift+F10')}>
        Shift+F10
      </button>
    </div>
  );
}
