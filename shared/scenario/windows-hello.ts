import { z } from 'zod';

/**
 * Intune > Devices > Enrollment > Windows Hello for Business, the tenant-wide setting the device
 * meets at its first sign-in (oobe-ui.md §22). Names follow Graph's
 * deviceEnrollmentWindowsHelloForBusinessConfiguration: `state` (enabled / disabled /
 * notConfigured; anything but disabled provisions Hello, as Windows does on an Entra-joined
 * device), the PIN length and its character rules.
 */

/** A PIN character class: may be used, must be used, or may not be used. */
export const PIN_CHARACTER_USAGES = ['allowed', 'required', 'notAllowed'] as const;
const usage = z.enum(PIN_CHARACTER_USAGES);

export const pinPolicySchema = z
  .object({
    /** At least 4, at most 127 (Windows's own limits); 6 by default. */
    minimumLength: z.number().int().min(4).max(127).default(6),
    maximumLength: z.number().int().min(4).max(127).default(127),
    uppercaseLetters: usage.default('notAllowed'),
    lowercaseLetters: usage.default('notAllowed'),
    specialCharacters: usage.default('notAllowed'),
  })
  .strict()
  .refine((p) => p.minimumLength <= p.maximumLength, {
    message: 'minimumLength must not be more than maximumLength',
    path: ['minimumLength'],
  });
export type PinPolicy = z.infer<typeof pinPolicySchema>;

export const WINDOWS_HELLO_STATES = ['enabled', 'disabled', 'notConfigured'] as const;

export const windowsHelloSchema = z
  .object({
    state: z.enum(WINDOWS_HELLO_STATES).default('notConfigured'),
    pin: pinPolicySchema.default(pinPolicySchema.parse({})),
  })
  .strict();
export type WindowsHelloSetting = z.infer<typeof windowsHelloSchema>;
