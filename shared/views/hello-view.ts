/** The Windows Hello pages at the first sign-in (oobe-ui.md §22), one screen with a stage per page. */

export const HELLO_STAGES = [
  /** "Want to use your face / fingerprint…?": only with biometric hardware. */
  'biometric',
  /** Entra joined: "Use Windows Hello with your account" → OK. */
  'entra-intro',
  /** Entra joined, MFA required: "Verify your identity" / "Enter code" → Verify. */
  'mfa',
  /** Hybrid / domain joined: "Your organization requires Windows Hello" → Set up PIN. */
  'hybrid-intro',
  /** "Set up a PIN": New PIN, Confirm PIN → OK. */
  'set-pin',
  /** "Something went wrong": the PIN could not be registered. */
  'error',
  /** "All set!" → OK. */
  'all-set',
] as const;
export type HelloStage = (typeof HELLO_STAGES)[number];

export interface WindowsHelloView {
  id: 'windows-hello';
  stage: HelloStage;
  /** Entra-joined pages (login.microsoftonline.com) or the hybrid/domain ones (CXH). */
  flavour: 'entra' | 'hybrid';
  /** Which biometric hardware the device has (the biometric page's title and picture). */
  biometrics: 'face' | 'fingerprint' | 'both' | null;
  username: string;
  /** The end of the phone number the MFA code was "sent" to. */
  phoneHint: string;
  /** How many characters each PIN box holds (never the PIN itself). */
  newPinLength: number;
  confirmPinLength: number;
  /** The PIN rule broken, the wrong code, or null. */
  error: string | null;
  /** The tenant's PIN rules, as "PIN requirements" lists them. */
  requirements: string[];
  /** The error page's lines (hybrid: Error code / Correlation ID / Timestamp). */
  failure: { code: string; correlationId: string; timestamp: string } | null;
}
