import { Art } from './art';
import { AutopilotShield, Briefcase } from './autopilot-shield';

/** Autopilot pages (profile retrieval, organisation sign-in): a shield with a briefcase. */
export function AutopilotArt() {
  return (
    <Art>
      <circle className="art-brand-pale" cx="160" cy="168" r="118" />
      <AutopilotShield
        shield={{
          cx: 160,
          top: 44,
          halfWidth: 92,
          shoulder: 34,
          side: 74,
          depth: 132,
          curve: { down: 66, inward: 40, lower: 108 },
        }}
      />
      <Briefcase
        briefcase={{
          cx: 160,
          top: 138,
          width: 96,
          height: 72,
          radius: 10,
          seam: 30,
          handle: { rise: 12, radius: 8, span: 20, stroke: 7 },
        }}
      />
      <rect className="art-brand" x="152" y="160" width="16" height="16" rx="3" />
    </Art>
  );
}
