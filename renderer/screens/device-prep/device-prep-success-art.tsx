import { Art } from '../../illustrations/art';

/**
 * Our own drawing for "Required setup complete": the Autopilot shield with its briefcase, and a
 * round check badge in front of it (Windows swaps in a success animation here; oobe-ui.md §18).
 */
export function DevicePrepSuccessArt() {
  return (
    <Art>
      <circle className="art-brand-pale" cx="160" cy="168" r="118" />
      <path className="art-brand" d="M150 48l84 31v68c0 61-37 99-84 121-47-22-84-60-84-121V79z" />
      <path className="art-brand-soft" d="M150 48v220c-47-22-84-60-84-121V79z" style={{ opacity: 0.35 }} />
      <path className="art-line-paper" d="M134 136v-10a7 7 0 0 1 7-7h18a7 7 0 0 1 7 7v10" style={{ strokeWidth: 6 }} />
      <rect className="art-paper" x="106" y="136" width="88" height="64" rx="9" />
      <path className="art-line" d="M106 162h88" style={{ strokeWidth: 4 }} />
      <circle className="art-paper" cx="226" cy="222" r="46" />
      <circle className="art-teal" cx="226" cy="222" r="38" />
      <path className="art-line-paper" d="M207 223l13 13 26-28" style={{ strokeWidth: 9 }} />
      <circle className="art-accent" cx="62" cy="236" r="8" />
    </Art>
  );
}
