import { Art } from '../../illustrations/art';
import { AutopilotShield, Briefcase } from '../../illustrations/autopilot-shield';

/**
 * Our own drawing for "Required setup complete": the Autopilot shield with its briefcase, and a
 * round check badge in front of it (Windows swaps in a success animation here; oobe-ui.md §18).
 */
export function DevicePrepSuccessArt() {
  return (
    <Art>
      <circle className="art-brand-pale" cx="160" cy="168" r="118" />
      <AutopilotShield
        shield={{
          cx: 150,
          top: 48,
          halfWidth: 84,
          shoulder: 31,
          side: 68,
          depth: 121,
          curve: { down: 61, inward: 37, lower: 99 },
        }}
      />
      <Briefcase
        briefcase={{
          cx: 150,
          top: 136,
          width: 88,
          height: 64,
          radius: 9,
          seam: 26,
          handle: { rise: 10, radius: 7, span: 18, stroke: 6 },
        }}
      />
      <circle className="art-paper" cx="226" cy="222" r="46" />
      <circle className="art-teal" cx="226" cy="222" r="38" />
      <path className="art-line-paper" d="M207 223l13 13 26-28" style={{ strokeWidth: 9 }} />
      <circle className="art-accent" cx="62" cy="236" r="8" />
    </Art>
  );
}
