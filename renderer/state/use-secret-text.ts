import { useState } from 'react';

/**
 * The text of a secret box (password, code) that the device clears after a wrong attempt: the
 * view never carries the secret back, so a new error is the sign that the device emptied it.
 */
export function useSecretText(error: string | null) {
  const [text, setText] = useState('');
  const [seenError, setSeenError] = useState(error);
  if (error !== seenError) {
    setSeenError(error);
    if (error) setText('');
  }
  return [text, setText] as const;
}
