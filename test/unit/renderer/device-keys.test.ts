import { describe, expect, it } from 'vitest';
import { chordOf } from '../../../renderer/state/use-device-keys';

/** The host keyboard's system chords the device receives (and the keys left to the page). */
function press(init: Partial<KeyboardEvent>): string | null {
  return chordOf({
    ctrlKey: false,
    altKey: false,
    shiftKey: false,
    metaKey: false,
    key: '',
    code: '',
    ...init,
  } as KeyboardEvent);
}

describe('chordOf', () => {
  it.each([
    [{ shiftKey: true, key: 'F10', code: 'F10' }, 'Shift+F10'],
    [{ ctrlKey: true, shiftKey: true, key: 'D', code: 'KeyD' }, 'Ctrl+Shift+D'],
    [{ ctrlKey: true, altKey: true, key: 'Delete', code: 'Delete' }, 'Ctrl+Alt+Delete'],
    [{ metaKey: true, key: 'l', code: 'KeyL' }, 'Meta+L'],
    [{ ctrlKey: true, metaKey: true, key: 'r', code: 'KeyR' }, 'Ctrl+Meta+R'],
  ])('%o is %s', (init, chord) => {
    expect(press(init)).toBe(chord);
  });

  it.each([
    [{ key: 'l', code: 'KeyL' }],
    [{ ctrlKey: true, key: 'r', code: 'KeyR' }],
    [{ ctrlKey: true, shiftKey: true, metaKey: true, key: 'R', code: 'KeyR' }],
    [{ key: 'Enter', code: 'Enter' }],
  ])('leaves %o to the page', (init) => {
    expect(press(init)).toBeNull();
  });
});
