import { ENROLLMENT_STRINGS } from '../../../shared/strings-enrollment';

const P = ENROLLMENT_STRINGS.privacy;

/** The privacy settings as oobe-ui.md §21 lists them: id → heading and choices (first = preselected). */
export const PRIVACY_SETTINGS: readonly { id: string; heading: string; choices: readonly string[] }[] = [
  { id: 'location', heading: 'Let Microsoft and apps use your location', choices: [P.yes, P.no] },
  { id: 'find-my-device', heading: 'Find my device', choices: [P.yes, P.no] },
  { id: 'diagnostic-data', heading: 'Send diagnostic data to Microsoft', choices: [P.includeOptional, P.requiredOnly] },
  { id: 'inking-typing', heading: 'Improve inking & typing', choices: [P.yes, P.no] },
  { id: 'tailored-experiences', heading: 'Get tailored experiences with diagnostic data', choices: [P.yes, P.no] },
  { id: 'personalized-offers', heading: 'Get personalized offers from Windows', choices: [P.yes, P.no] },
];

export const DEFAULT_PRIVACY_CHOICES: Readonly<Record<string, string>> = Object.fromEntries(
  PRIVACY_SETTINGS.map((s) => [s.id, s.choices[0]!]),
);
