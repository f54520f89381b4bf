import { describe, expect, it } from 'vitest';
import { pinPolicySchema } from '../../shared/scenario/windows-hello';
import { HELLO_STRINGS } from '../../shared/strings-hello';
import { pinProblem, pinRequirements } from '../../electron/core/hello/pin-rules';

/** The tenant's PIN rules (Intune > Windows Hello for Business), each broken one with its message. */

const P = HELLO_STRINGS.pin;
const DEFAULT = pinPolicySchema.parse({});

describe('PIN rules', () => {
  it('takes six digits without a pattern under the default rules', () => {
    expect(DEFAULT).toMatchObject({ minimumLength: 6, maximumLength: 127, uppercaseLetters: 'notAllowed' });
    expect(pinProblem(DEFAULT, '483920', '483920')).toBeNull();
  });

  it('says what is wrong: empty, too short, too long, letters where only digits go, mismatch', () => {
    expect(pinProblem(DEFAULT, '', '')).toBe(P.empty);
    expect(pinProblem(DEFAULT, '4839', '4839')).toBe('Your PIN must be at least 6 characters long.');
    const short = pinPolicySchema.parse({ maximumLength: 8 });
    expect(pinProblem(short, '4839201736', '4839201736')).toBe("Your PIN can't be longer than 8 characters.");
    expect(pinProblem(DEFAULT, '48392a', '48392a')).toBe(P.digitsOnly);
    expect(pinProblem(DEFAULT, '483920', '483921')).toBe(P.mismatch);
  });

  it('refuses simple patterns: a repeated digit, a climbing or falling run', () => {
    for (const pin of ['111111', '123456', '987654']) expect(pinProblem(DEFAULT, pin, pin)).toBe(P.simplePattern);
    expect(pinProblem(DEFAULT, '135790', '135790')).toBeNull();
  });

  it('applies required and not-allowed character classes', () => {
    const strict = pinPolicySchema.parse({
      minimumLength: 8,
      uppercaseLetters: 'required',
      lowercaseLetters: 'allowed',
      specialCharacters: 'required',
    });
    expect(pinProblem(strict, 'abcdefgh', 'abcdefgh')).toBe(P.needsUppercase);
    expect(pinProblem(strict, 'Abcdefgh', 'Abcdefgh')).toBe(P.needsSpecial);
    expect(pinProblem(strict, 'Abcdefg!', 'Abcdefg!')).toBeNull();
    const noLower = pinPolicySchema.parse({ uppercaseLetters: 'allowed' });
    expect(pinProblem(noLower, 'ABCdef12', 'ABCdef12')).toBe(P.noLowercase);
    expect(pinProblem(noLower, 'ABC#1234', 'ABC#1234')).toBe(P.noSpecial);
    expect(pinRequirements(strict)).toContain('Must include uppercase letters');
  });

  it('refuses a policy whose minimum is above its maximum', () => {
    expect(pinPolicySchema.safeParse({ minimumLength: 10, maximumLength: 8 }).success).toBe(false);
  });
});
