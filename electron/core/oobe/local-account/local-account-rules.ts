import { LOCAL_ACCOUNT_STRINGS } from '../../../../shared/strings-local-oobe';

const E = LOCAL_ACCOUNT_STRINGS.errors;

/** Characters a Windows user name can't hold (the SAM account name rules); `@` too, so it can't pass for a UPN. */
const FORBIDDEN = /["/\\[\]:;|=,+*?<>@]/;

/** Names Windows already uses for built-in or setup accounts. */
const RESERVED = ['administrator', 'guest', 'defaultaccount', 'wdagutilityaccount', 'defaultuser0', 'kioskuser0'];

/**
 * Why Windows would refuse this name for a new local account, or null when it is accepted. The
 * limits (20 characters, the forbidden set, reserved names) are Windows's user-name rules; the
 * error texts are [UNVERIFIED] (shared/strings-local-oobe.ts).
 */
export function localAccountNameError(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return E.emptyName;
  if (trimmed.length > 20) return E.longName;
  if (FORBIDDEN.test(trimmed)) return E.badCharacters;
  if (RESERVED.includes(trimmed.toLowerCase())) return E.reservedName;
  return null;
}
