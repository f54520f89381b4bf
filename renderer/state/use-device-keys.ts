import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * The chord a key press means to the device, or null for keys the page handles itself (typing,
 * Tab, Enter). Only these chords are forwarded, and they are forwarded even from text fields,
 * because on the device they are system keys, not text.
 */
export function chordOf(event: KeyboardEvent): string | null {
  const { ctrlKey: ctrl, altKey: alt, shiftKey: shift, metaKey: meta, key, code } = event;
  if (shift && key === 'F10' && !ctrl && !alt && !meta) return 'Shift+F10';
  if (ctrl && shift && code === 'KeyD' && !alt && !meta) return 'Ctrl+Shift+D';
  if (ctrl && alt && (key === 'Delete' || code === 'Delete') && !meta) return 'Ctrl+Alt+Delete';
  // Most hosts keep these for themselves; where the browser does see them, they reach the device.
  if (meta && code === 'KeyL' && !ctrl && !alt && !shift) return 'Meta+L';
  if (ctrl && meta && code === 'KeyR' && !alt && !shift) return 'Ctrl+Meta+R';
  return null;
}

/**
 * Forwards the host keyboard's system chords to the device. The Windows key is sent when it is
 * released without another key in between (as Windows itself does), so host shortcuts such as
 * Cmd+C on a Mac don't press the device's Windows key.
 */
export function useDeviceKeys(send: (chord: string) => void): void {
  // The listeners stay put for the page's life and read the latest `send` from a ref: re-adding them
  // whenever `send` changes (it does when OOBE starts) could fall between a Windows key's keydown
  // and keyup, and that press would be lost — WIN ×5 would then need a sixth press.
  // The ref is updated in a layout effect, in the same commit that draws the new screen: a plain
  // effect runs after paint, and a key pressed in between (the screen already showing OOBE) would
  // reach the previous `send`, which still thinks the device is booting.
  const sendRef = useRef(send);
  useLayoutEffect(() => {
    sendRef.current = send;
  }, [send]);
  useEffect(() => {
    const send = (chord: string) => sendRef.current(chord);
    let metaAlone = false;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Meta' || event.key === 'OS') {
        metaAlone = !event.repeat;
        return;
      }
      metaAlone = false;
      const chord = chordOf(event);
      if (!chord || event.repeat) return;
      event.preventDefault();
      send(chord);
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if ((event.key === 'Meta' || event.key === 'OS') && metaAlone) {
        metaAlone = false;
        event.preventDefault();
        send('Meta');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, []);
}
