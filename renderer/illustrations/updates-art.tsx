import { Art } from './art';

/** Checking for updates: a cloud with turning arrows. */
export function UpdatesArt() {
  return (
    <Art>
      <path
        className="art-brand-pale"
        d="M84 236h156c30 0 52-22 52-50s-22-50-50-50h-4c-8-36-38-60-74-60-40 0-72 30-76 70-26 4-46 24-46 46 0 24 18 44 42 44z"
      />
      <path className="art-line" style={{ strokeWidth: 12 }} d="M126 176a38 38 0 0 1 68-22" />
      <path className="art-line" style={{ strokeWidth: 12 }} d="M198 180a38 38 0 0 1-68 22" />
      <path className="art-brand" d="M204 136l2 34-32-10z" />
      <path className="art-brand" d="M120 220l-2-34 32 10z" />
      <circle className="art-accent" cx="246" cy="96" r="10" />
      <circle className="art-teal" cx="72" cy="120" r="7" />
    </Art>
  );
}
