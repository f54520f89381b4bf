import { Art } from './art';

/** Autopilot pages (profile retrieval, organisation sign-in): a shield with a briefcase. */
export function AutopilotArt() {
  return (
    <Art>
      <circle className="art-brand-pale" cx="160" cy="168" r="118" />
      <path className="art-brand" d="M160 44l92 34v74c0 66-40 108-92 132-52-24-92-66-92-132V78z" />
      <path className="art-brand-soft" d="M160 44v240c-52-24-92-66-92-132V78z" style={{ opacity: 0.35 }} />
      <path className="art-line-paper" d="M142 138v-12a8 8 0 0 1 8-8h20a8 8 0 0 1 8 8v12" style={{ strokeWidth: 7 }} />
      <rect className="art-paper" x="112" y="138" width="96" height="72" rx="10" />
      <path className="art-line" d="M112 168h96" style={{ strokeWidth: 4 }} />
      <rect className="art-brand" x="152" y="160" width="16" height="16" rx="3" />
    </Art>
  );
}
