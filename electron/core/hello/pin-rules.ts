import type { PinPolicy } from '../../../shared/scenario/windows-hello';
import { HELLO_STRINGS } from '../../../shared/strings-hello';

const P = HELLO_STRINGS.pin;

function fill(template: string, n: number): string {
  return template.replace('{0}', String(n));
}

/** A run of one digit, or digits that climb or fall by one (123456, 987654, 111111): Windows refuses them. */
function isSimplePattern(pin: string): boolean {
  if (!/^\d+$/.test(pin) || pin.length < 2) return false;
  const steps = new Set<number>();
  for (let i = 1; i < pin.length; i += 1) steps.add(pin.charCodeAt(i) - pin.charCodeAt(i - 1));
  return steps.size === 1 && [0, 1, -1].includes([...steps][0]!);
}

/**
 * Checks a new PIN and its confirmation against the tenant's PIN rules; returns the message Windows
 * shows for the first rule broken, or null for a PIN it takes. The order is Windows's own as far as
 * we can tell: length first, then character classes, then the pattern, then the confirmation.
 */
export function pinProblem(policy: PinPolicy, pin: string, confirm: string): string | null {
  if (pin.length === 0) return P.empty;
  if (pin.length < policy.minimumLength) return fill(P.tooShort, policy.minimumLength);
  if (pin.length > policy.maximumLength) return fill(P.tooLong, policy.maximumLength);
  const upper = /[A-Z]/.test(pin);
  const lower = /[a-z]/.test(pin);
  const special = /[^A-Za-z0-9]/.test(pin);
  const lettersAllowed = policy.uppercaseLetters !== 'notAllowed' || policy.lowercaseLetters !== 'notAllowed';
  const specialAllowed = policy.specialCharacters !== 'notAllowed';
  // With no letters or symbols allowed the PIN is digits only, and Windows says so in those words.
  if (!lettersAllowed && !specialAllowed && (upper || lower || special)) return P.digitsOnly;
  if (policy.uppercaseLetters === 'notAllowed' && upper) return P.noUppercase;
  if (policy.lowercaseLetters === 'notAllowed' && lower) return P.noLowercase;
  if (policy.specialCharacters === 'notAllowed' && special) return P.noSpecial;
  if (policy.uppercaseLetters === 'required' && !upper) return P.needsUppercase;
  if (policy.lowercaseLetters === 'required' && !lower) return P.needsLowercase;
  if (policy.specialCharacters === 'required' && !special) return P.needsSpecial;
  if (isSimplePattern(pin)) return P.simplePattern;
  if (pin !== confirm) return P.mismatch;
  return null;
}

/** The rules as the "PIN requirements" list reads them (our wording, [UNVERIFIED]). */
export function pinRequirements(policy: PinPolicy): string[] {
  const usage = (what: string, u: PinPolicy['uppercaseLetters']) =>
    u === 'required' ? `Must include ${what}` : u === 'allowed' ? `May include ${what}` : `Can't include ${what}`;
  return [
    `Must be at least ${policy.minimumLength} characters long`,
    `Can be up to ${policy.maximumLength} characters long`,
    usage('uppercase letters', policy.uppercaseLetters),
    usage('lowercase letters', policy.lowercaseLetters),
    usage('special characters', policy.specialCharacters),
  ];
}
