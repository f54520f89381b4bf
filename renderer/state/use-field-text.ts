import { useState } from 'react';

/**
 * Local text for a field whose value also lives on the device. The device's value is adopted
 * whenever it changes, except while the user is typing in the field: snapshots for earlier
 * keystrokes arrive after later ones were typed and must not rewind the text.
 */
export function useFieldText(deviceValue: string) {
  const [text, setText] = useState(deviceValue);
  const [focused, setFocused] = useState(false);
  const [seen, setSeen] = useState(deviceValue);
  if (deviceValue !== seen) {
    setSeen(deviceValue);
    if (!focused) setText(deviceValue);
  }
  return {
    text,
    setText,
    onFocus: () => setFocused(true),
    onBlur: () => setFocused(false),
  };
}
